"""Copying out of the app: the message says which clipboard took the text, and never
says "Copied" when none is known to have."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from app_support import Host, sync, workers_done
from textual.screen import Screen

from proposal_tui.clipboard import Clipboard, CopyOutcome
from proposal_tui.tui.copy_out import copy_out, copy_report

FALLBACK = "press v for the paste view"


async def copy_from_a_screen(text: str, what: str) -> Host:
    app = Host(Screen)
    async with app.run_test() as pilot:
        await pilot.pause()
        copy_out(app.screen, text, what, FALLBACK)
        await workers_done(app)
        await pilot.pause()
    return app


@sync
async def test_without_a_system_clipboard_it_says_so_and_offers_the_fallback() -> None:
    app = await copy_from_a_screen("Cybercrime and human rights", "Title (27 characters)")
    assert app.copied == ["Cybercrime and human rights"]  # OSC 52 was still sent
    assert app.notes == [
        "Not known to be copied: no system clipboard found; sent Title (27 characters) to "
        "the terminal (OSC 52), which many terminals ignore. "
        f"If pasting gives nothing: {FALLBACK}"
    ]


@sync
async def test_with_a_system_clipboard_it_names_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = tmp_path / "received"
    tool = tmp_path / "xclip"
    tool.write_text(f'#!/bin/sh\ncat > "{received}"\n', encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    fake = Clipboard("xclip", (str(tool),))
    monkeypatch.setattr("proposal_tui.clipboard.find_clipboard", lambda: fake)
    app = await copy_from_a_screen("Cybercrime and human rights", "Title (27 characters)")
    assert received.read_text(encoding="utf-8") == "Cybercrime and human rights"
    assert app.copied == ["Cybercrime and human rights"]
    assert app.notes == [
        "Copied Title (27 characters) to the clipboard (xclip), "
        "and sent it to the terminal (OSC 52)"
    ]


def test_a_failed_tool_is_named_and_tmux_explained() -> None:
    message, severity = copy_report(
        "Description",
        CopyOutcome(False, "xclip", "xclip failed (exit status 1)"),
        FALLBACK,
        in_tmux=True,
    )
    assert severity == "warning"
    assert not message.startswith("Copied")
    assert message == (
        "Not known to be copied: xclip failed (exit status 1); sent Description to the "
        "terminal (OSC 52), which tmux passes on only with set-clipboard on. "
        f"If pasting gives nothing: {FALLBACK}"
    )
