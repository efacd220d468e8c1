"""Text from files stays text: control characters never reach a terminal or an export raw."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from proposal_tui import cli
from proposal_tui.call import load_call
from proposal_tui.export import export
from proposal_tui.model import Person, Proposal
from proposal_tui.safe_text import has_controls, json_safe, visible
from proposal_tui.store import save_draft

ATTACKS = {
    "clear screen": "\x1b[2J",
    "window title": "\x1b]0;pwned\x07",
    "clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "link": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "8-bit CSI": "\x9b2J",
    "DEL and BS": "ab\x7f\x08c",
}
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_visible_replaces_every_control_character(attack: str) -> None:
    shown = visible(f"Title {attack} end")
    assert not RAW_CONTROL.search(shown)
    assert shown.startswith("Title ") and shown.endswith(" end")


def test_visible_keeps_prose_and_foreign_scripts() -> None:
    prose = "Línea uno\n\tdos 👩‍👩‍👧 مرحبا שָׁלוֹם \u202bRTL\u202c\r\nend"
    assert visible(prose) == prose
    assert not has_controls(prose)
    assert visible("a\nb\tc", prose=False) == "a\u240ab\u2409c"
    assert visible("\x1b[2J") == "\u241b[2J"  # ␛[2J: the person sees what was there
    assert visible("\x9b") == "\ufffd" and visible("\x7f") == "\u2421"


def test_json_safe_escapes_c1_and_keeps_the_value() -> None:
    value = {"title": "é \x1b \x9b \x7f 😀"}
    dumped = json_safe(json.dumps(value, ensure_ascii=False))
    assert not RAW_CONTROL.search(dumped)
    assert "\\u009b" in dumped and "é" in dumped and "😀" in dumped
    assert json.loads(dumped) == value


def _hostile_proposal() -> Proposal:
    bad = "".join(ATTACKS.values())
    person = Person(name=f"Ana{bad}", organization=f"Org{bad}", email=f"a{bad}@x.org")
    return Proposal(
        call="igf-2025",
        title=f"Title{bad}",
        description=f"Para one\n\tindented{bad}",
        policy_questions=[f"Q{bad}"],
        speakers=[person],
        onsite_moderator=person,
        links=[f"https://x.org/{bad}"],
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_every_export_format_is_free_of_raw_controls(fmt: str) -> None:
    proposal = _hostile_proposal()
    out = export(proposal, load_call(), fmt, include_contacts=True)
    assert not RAW_CONTROL.search(out)
    assert "\n\tindented" in out or fmt == "json"
    if fmt == "json":
        assert json.loads(out)["title"] == proposal.title  # JSON keeps the exact text
    for field in ("title", "description", "speakers", "onsite_moderator"):
        assert not RAW_CONTROL.search(export(proposal, load_call(), fmt, field=field))


def _run_on_a_terminal(args: list[str]) -> tuple[int, bytes]:
    """Run the CLI with stdout and stderr on a pseudo-terminal; its exit code and output."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "proposal_tui", *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=60), b"".join(chunks)


def test_the_cli_on_a_terminal_sends_no_escape_from_a_draft(data_dir: Path) -> None:
    path = data_dir / "x.toml"
    save_draft(path, _hostile_proposal())
    other = data_dir / "y.toml"
    save_draft(other, Proposal(call="igf-2025", title="Plain"))
    (data_dir / "bad\x1b]0;pwned\x07.toml").write_text("title = [\n")
    for args in (
        ["list"],
        ["check", str(path)],
        ["export", str(path)],
        ["export", str(path), "--format", "json"],
        ["diff", str(path), str(other), "--color", "never"],
        ["check", str(data_dir / "bad\x1b]0;pwned\x07.toml")],
    ):
        code, out = _run_on_a_terminal(args)
        text = out.decode("utf-8").replace("\r\n", "\n")  # the terminal adds the CR
        assert code in (0, 1, 2), args
        assert not RAW_CONTROL.search(text), (args, text)
        assert "pwned" in text  # the text is shown, as text


def test_diff_in_colour_keeps_its_own_colours_only(data_dir: Path, capsys) -> None:
    a, b = data_dir / "a.toml", data_dir / "b.toml"
    save_draft(a, _hostile_proposal())
    save_draft(b, Proposal(call="igf-2025", title="Plain"))
    assert cli.main(["diff", str(a), str(b), "--color", "always", "--width", "100"]) == 1
    out = capsys.readouterr().out
    ours = re.sub(r"\x1b\[[0-9;]*m", "", out)  # the diff's own SGR colours
    assert "\x1b[" in out and not RAW_CONTROL.search(ours)


def test_diff_shows_control_characters_as_the_app_does(data_dir: Path, capsys) -> None:
    a, b = data_dir / "a.toml", data_dir / "b.toml"
    save_draft(a, Proposal(call="igf-2025", title="x\x1b[2J\x9b\x7f y"))
    save_draft(b, Proposal(call="igf-2025", title="Plain"))
    assert cli.main(["diff", str(a), str(b), "--width", "100"]) == 1
    out = capsys.readouterr().out
    assert visible("x\x1b[2J\x9b\x7f", prose=False) in out  # ␛[2J�␡, one placeholder each
    assert "\u241b[2J" in out and not RAW_CONTROL.search(out)


def test_error_lines_show_control_characters_in_file_names(tmp_path: Path, capsys) -> None:
    name = tmp_path / "evil\x1b[2J\x9b\nname.toml"
    assert cli.main(["check", str(name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not RAW_CONTROL.search(err)
    assert "evil\u241b[2J\ufffd\u240aname.toml: no such file" in err


def test_list_keeps_one_line_per_draft_whatever_the_title(data_dir: Path, capsys) -> None:
    save_draft(data_dir / "a.toml", Proposal(call="igf-2025", title="two\nlines\x1b[2J"))
    assert cli.main(["list"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and not RAW_CONTROL.search(out)
