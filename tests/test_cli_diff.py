"""`proposal-tui diff A B`: the comparison printed, with exit codes scripts can rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from proposal_tui.cli import main
from proposal_tui.model import Person
from proposal_tui.store import load_draft, save_draft

READY = "cybercrime-human-rights-roundtable.toml"


@pytest.fixture
def ours(sample_library: Path) -> Path:
    return sample_library / READY


@pytest.fixture
def theirs(sample_library: Path) -> Path:
    """A co-organiser's copy: one word added to the description, a speaker added."""
    proposal = load_draft(sample_library / READY)
    proposal.description = proposal.description.replace(
        "The UN convention against cybercrime", "The new UN convention against cybercrime"
    )
    proposal.speakers = [*proposal.speakers, Person(name="Ana Souza", organization="Rede Livre")]
    path = sample_library / "co-organiser.toml"
    save_draft(path, proposal)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_equal_drafts_exit_0(capsys, ours: Path, tmp_path: Path) -> None:
    twin = tmp_path / "twin.toml"
    twin.write_bytes(ours.read_bytes())
    code, out, err = run(capsys, str(ours), str(twin), "--width", "100")
    assert code == 0
    assert "✓ No differences" in out
    assert "[-" not in out and "{+" not in out
    assert err == ""


def test_line_breaks_alone_are_a_difference(capsys, ours: Path, tmp_path: Path) -> None:
    """A numbered list against the same words run together is not "No differences"."""
    listed, run_together = tmp_path / "listed.toml", tmp_path / "run-together.toml"
    proposal = load_draft(ours)
    proposal.expected_outcomes = "1. A list of safeguards.\n2. A follow-up meeting."
    save_draft(listed, proposal)
    proposal.expected_outcomes = "1. A list of safeguards. 2. A follow-up meeting."
    save_draft(run_together, proposal)
    code, out, _ = run(capsys, str(listed), str(run_together), "--width", "80")
    assert code == 1
    assert "No differences" not in out
    assert "line breaks changed" in out
    assert "[-¶-]" in out


def test_different_drafts_exit_1_with_changed_words_marked(
    capsys, ours: Path, theirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ours.parent)
    code, out, err = run(capsys, ours.name, theirs.name, "--width", "140", "--color", "never")
    assert code == 1
    assert err == ""
    assert "{+new+}" in out
    assert "≠ Description" in out
    assert "+ added {+Ana Souza, Rede Livre+}" in out
    assert "\x1b[" not in out
    assert out.splitlines()[0].split() == ["A:", ours.name, "│", "B:", theirs.name]
    assert "readiness: ready: 16/16 sections" in out


def test_removed_words_are_marked_on_side_a(capsys, ours: Path, theirs: Path) -> None:
    code, out, _ = run(capsys, str(theirs), str(ours), "--width", "80")
    assert code == 1
    assert "[-new-]" in out
    assert "− removed [-Ana Souza, Rede Livre-]" in out


def test_wide_output_is_side_by_side(capsys, ours: Path, theirs: Path) -> None:
    _, out, _ = run(capsys, str(ours), str(theirs), "--width", "140")
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 140
    description_row = next(line for line in lines if "{+new+}" in line)
    assert " │ " in description_row
    left, right = description_row.split(" │ ", 1)
    assert left.startswith("The UN convention") and right.startswith("The {+new+} UN convention")


def test_narrow_output_is_one_side_after_the_other(capsys, ours: Path, theirs: Path) -> None:
    _, out, _ = run(capsys, str(ours), str(theirs), "--width", "80")
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not any(" │ " in line for line in lines)
    side_a = lines.index("− A")
    side_b = lines.index("+ B")
    assert side_a < side_b
    assert lines[side_a + 1].strip().startswith("The UN convention")
    assert lines[side_b + 1].strip().startswith("The {+new+} UN convention")


def test_unchanged_sections_are_folded_with_a_count(capsys, ours: Path, theirs: Path) -> None:
    _, out, _ = run(capsys, str(ours), str(theirs), "--width", "140")
    assert "… 3 unchanged sections: Title, Subtheme, Organizers" in out
    assert "Round Table" not in out  # the format is the same: folded, not printed


def test_color_always_marks_in_colour_as_well(capsys, ours: Path, theirs: Path) -> None:
    _, out, _ = run(capsys, str(ours), str(theirs), "--width", "100", "--color", "always")
    assert "\x1b[32m{+new+}\x1b[0m" in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"title = [unclosed\n", "not valid TOML"),
        (b"\x00\x01\x02", "binary"),
        (b"schema = 99\ntitle = 'x'\n", "newer proposal-tui"),
    ],
    ids=["bad-toml", "binary", "newer-schema"],
)
def test_an_unreadable_draft_exits_2_with_one_line(
    capsys, ours: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(content)
    code, out, err = run(capsys, str(ours), str(bad))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"proposal-tui: {bad}")
    assert reason in err
    assert "Traceback" not in err


def test_a_missing_draft_exits_2(capsys, ours: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, str(tmp_path / "nowhere.toml"), str(ours))
    assert code == 2
    assert out == ""
    assert err == f"proposal-tui: {tmp_path / 'nowhere.toml'}: no such file\n"


def test_an_unknown_call_exits_2(capsys, ours: Path, theirs: Path) -> None:
    code, _, err = (
        main(["--call", "igf-1999", "diff", str(ours), str(theirs)]),
        *capsys.readouterr(),
    )
    assert code == 2
    assert "no call profile named 'igf-1999'" in err


def test_python_m_proposal_tui_diff(ours: Path, theirs: Path) -> None:
    env = {**os.environ, "COLUMNS": "200"}
    result = subprocess.run(
        [sys.executable, "-m", "proposal_tui", "diff", str(ours), str(theirs), "--width", "120"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == ""
    assert "{+new+}" in result.stdout
    assert "\x1b[" not in result.stdout  # a pipe gets no colour by default
    assert max(len(line) for line in result.stdout.splitlines()) <= 120


def test_python_m_proposal_tui_diff_unreadable(ours: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("title = \n")
    result = subprocess.run(
        [sys.executable, "-m", "proposal_tui", "diff", str(ours), str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"proposal-tui: {bad}:1")
