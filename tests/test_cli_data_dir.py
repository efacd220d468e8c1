"""The command line over the data dir: `check` alone checks every draft, a bare file name
as `list` prints it is found in the data dir, and the help says what to type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from proposal_tui import cli
from proposal_tui.section_names import SECTION_FIELDS
from proposal_tui.store import load_draft

READY = "cybercrime-human-rights-roundtable.toml"
BREAKER = "ai-governance-rule-breaker.toml"


def test_check_without_a_path_checks_every_draft_in_the_data_dir(
    sample_library: Path, capsys
) -> None:
    names = sorted(p.name for p in sample_library.glob("*.toml"))
    code = cli.main(["check"])
    out = capsys.readouterr().out
    checked = [line.split(": ")[0] for line in out.splitlines() if not line.startswith(" ")]
    assert [Path(p).name for p in checked] == names
    assert code == 1  # the rule breaker is among them


def test_check_without_a_path_exits_2_when_a_draft_is_unreadable(
    sample_library: Path, capsys
) -> None:
    (sample_library / "broken.toml").write_text('title = "unclosed\n', encoding="utf-8")
    assert cli.main(["check"]) == 2
    err = capsys.readouterr().err
    assert "broken.toml" in err and "Traceback" not in err


def test_check_without_a_path_on_an_empty_data_dir(data_dir: Path, capsys) -> None:
    assert cli.main(["check"]) == 0
    assert "no drafts in" in capsys.readouterr().err


def test_check_of_ready_drafts_only_exits_0(data_dir: Path, sample_library: Path, capsys) -> None:
    for path in sample_library.glob("*.toml"):
        if path.name != READY:
            path.unlink()
    assert cli.main(["check"]) == 0


@pytest.mark.parametrize("command", ["check", "export", "diff"])
def test_a_bare_name_as_list_prints_it_is_found_in_the_data_dir(
    command: str, sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)  # somewhere else: the name is not in the current folder
    cli.main(["list"])
    listed = capsys.readouterr().out
    assert READY in listed
    args = {"check": [READY], "export": [READY, "--field", "title"], "diff": [READY, BREAKER]}
    code = cli.main([command, *args[command]])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code in (0, 1), captured.err
    if command == "export":
        assert captured.out.strip() == load_draft(sample_library / READY).title


def test_a_file_in_the_current_folder_wins_over_the_data_dir(
    sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    shutil.copyfile(sample_library / BREAKER, tmp_path / READY)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["export", READY, "--field", "title"]) == 0
    assert capsys.readouterr().out.strip() == load_draft(sample_library / BREAKER).title


def test_a_name_in_neither_place_is_one_line(
    sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "nowhere.toml"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere.toml" in err


def test_parent_folder_names_are_not_looked_up_in_the_data_dir(
    sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.in_data_dir(Path(".."), cli.build_parser().parse_args(["list"])) == Path("..")


def test_an_unknown_field_lists_the_valid_names(sample_library: Path, capsys) -> None:
    assert cli.main(["export", str(sample_library / READY), "--field", "abstract"]) == 2
    err = capsys.readouterr().err
    assert "abstract" in err
    assert all(name in err for name in SECTION_FIELDS)
    assert err.count("\n") == 1


def test_export_help_lists_the_field_names(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "participants_gain" in out and "expected_outcomes" in out and "policy_questions" in out
    assert "--split DIR" in out and "--force" in out


def test_help_says_the_bare_command_opens_the_library(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Run `proposal-tui` alone (no command) to open the library of drafts." in out
    assert "found in the data dir" in out


def test_the_section_names_are_the_models_fields() -> None:
    from proposal_tui.model import PROPOSAL_FIELDS

    assert tuple(f for f in PROPOSAL_FIELDS if f not in ("call", "import_notes")) == SECTION_FIELDS


def test_the_parser_is_built_without_pydantic() -> None:
    import subprocess
    import sys

    code = "import sys, proposal_tui.cli as c; c.build_parser(); print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
