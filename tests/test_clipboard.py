"""The system clipboard: found from the environment alone, used without hanging, never
reported as used when the tool failed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from proposal_tui.clipboard import Clipboard, copy_text, find_clipboard

LINUX = "Linux version 6.1.0 (gcc) #1 SMP Debian"
WSL = "Linux version 5.15.90.1-microsoft-standard-WSL2"


def tools(*names: str):
    """A `which` that finds only `names`."""
    return lambda name: f"/usr/bin/{name}" if name in names else None


@pytest.mark.parametrize(
    ("env", "found", "platform", "kernel", "expected"),
    [
        (
            {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
            ("wl-copy", "xclip"),
            "linux",
            LINUX,
            "wl-copy",
        ),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ("xclip",), "linux", LINUX, "xclip"),
        ({"DISPLAY": ":0"}, ("xsel",), "linux", LINUX, "xsel"),
        ({"DISPLAY": ":0"}, ("xclip", "xsel"), "linux", LINUX, "xclip"),
        ({}, ("clip.exe", "xclip"), "linux", WSL, "clip.exe"),
        ({}, ("pbcopy",), "darwin", "", "pbcopy"),
        ({}, (), "win32", "", "the Windows clipboard"),
    ],
)
def test_the_mechanism_follows_the_environment(env, found, platform, kernel, expected) -> None:
    clipboard = find_clipboard(env, tools(*found), platform, kernel)
    assert clipboard is not None and clipboard.name == expected


@pytest.mark.parametrize(
    ("env", "found", "platform"),
    [
        ({}, ("xclip", "xsel", "wl-copy"), "linux"),  # a tool but no display: over ssh, a console
        ({"DISPLAY": ":0"}, ("wl-copy",), "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, ("xclip",), "linux"),
        ({}, (), "darwin"),
    ],
)
def test_no_mechanism_without_a_display_and_a_tool(env, found, platform) -> None:
    assert find_clipboard(env, tools(*found), platform, LINUX) is None


def fake_tool(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_a_copy_reaches_the_tool(tmp_path: Path) -> None:
    received = tmp_path / "received"
    tool = fake_tool(tmp_path, "xclip", f'cat > "{received}"')
    outcome = copy_text("Línea uno\nline two ✓", Clipboard("xclip", (str(tool),)))
    assert outcome.ok and outcome.via == "xclip" and outcome.problem == ""
    assert received.read_text(encoding="utf-8") == "Línea uno\nline two ✓"


def test_clip_exe_gets_utf16(tmp_path: Path) -> None:
    received = tmp_path / "received"
    tool = fake_tool(tmp_path, "clip.exe", f'cat > "{received}"')
    assert copy_text("Núñez", Clipboard("clip.exe", (str(tool),), "utf-16-le")).ok
    assert received.read_bytes().decode("utf-16-le") == "Núñez"


def test_a_failing_tool_is_not_a_copy(tmp_path: Path) -> None:
    tool = fake_tool(
        tmp_path, "xclip", "cat > /dev/null; echo 'Error: cannot open display' >&2; exit 1"
    )
    outcome = copy_text("text", Clipboard("xclip", (str(tool),)))
    assert not outcome.ok
    assert outcome.problem == "xclip failed (exit status 1)"


def test_a_tool_that_never_answers_is_given_up(tmp_path: Path) -> None:
    tool = fake_tool(tmp_path, "xsel", "exec sleep 60")
    outcome = copy_text("text", Clipboard("xsel", (str(tool),)), timeout=0.5)
    assert not outcome.ok and outcome.problem == "xsel did not answer"


def test_a_tool_that_stays_to_serve_the_selection_does_not_hold_the_copy(tmp_path: Path) -> None:
    # xclip and wl-copy fork a child that keeps running: the copy must not wait for it.
    received = tmp_path / "received"
    tool = fake_tool(tmp_path, "xclip", f'cat > "{received}"; (sleep 60 &) ; exit 0')
    outcome = copy_text("text", Clipboard("xclip", (str(tool),)), timeout=20)
    assert outcome.ok and received.read_text(encoding="utf-8") == "text"


def test_a_tool_that_cannot_run_is_one_reason(tmp_path: Path) -> None:
    outcome = copy_text("text", Clipboard("xclip", (str(tmp_path / "missing"),)))
    assert not outcome.ok and outcome.problem.startswith("xclip could not run (")


def test_no_clipboard_is_said_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("proposal_tui.clipboard.find_clipboard", lambda: None)
    outcome = copy_text("text")
    assert outcome == type(outcome)(False, None, "no system clipboard found")


def test_finding_runs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a process was started while looking for the clipboard")

    monkeypatch.setattr("subprocess.Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    find_clipboard({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, tools("xclip"), "linux", LINUX)
    find_clipboard()
