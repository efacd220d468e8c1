"""The command line: list, check, export, new, --version, --help; one-line errors; the
scriptable commands never load Textual; real runs of `python -m` and the installed script."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES
from proposal_tui import __version__, cli
from proposal_tui.call import load_call
from proposal_tui.export import export
from proposal_tui.model import Proposal
from proposal_tui.store import dump_draft, load_draft, save_draft
from proposal_tui.workspace import Workspace

SCRIPT = Path(sys.executable).with_name("proposal-tui")
SAMPLE = SAMPLES / "community-networks-draft.toml"
RULE_BREAKER = SAMPLES / "ai-governance-rule-breaker.toml"


def ready_proposal() -> Proposal:
    """A proposal that meets every rule of the 2025 call."""
    person = {
        "organization": "Org",
        "email": "x@example.org",
        "stakeholder_group": "Civil Society",
        "region": "African Group",
    }
    speakers = [
        {**person, "name": "Ana", "gender": "female", "participation": "onsite"},
        {
            **person,
            "name": "Ben",
            "gender": "male",
            "participation": "onsite",
            "stakeholder_group": "Government",
            "region": "Western European and Others Group (WEOG)",
        },
        {
            **person,
            "name": "Chen",
            "gender": "female",
            "participation": "online",
            "stakeholder_group": "Private Sector",
            "region": "Asia-Pacific Group",
        },
    ]
    return Proposal.model_validate(
        {
            "call": "igf-2025",
            "title": "Open data for all",
            "theme": "Digital Cooperation",
            "organizers": [{**person, "name": "Ana", "gender": "female"}],
            "speakers": [{**s, "confirmed": True} for s in speakers],
            "onsite_moderator": {**person, "name": "Dee", "participation": "onsite"},
            "online_moderator": {**person, "name": "Eve", "participation": "online"},
            "rapporteur": {**person, "name": "Fay"},
            "format": "Round Table",
            "duration": 60,
            "format_description": "A round table lets every speaker answer every question.",
            "policy_questions": ["Who owns public data?", "Who decides?", "Who pays?"],
            "participants_gain": "A map of open data practice.",
            "description": "How governments open data, and who benefits.",
            "expected_outcomes": "A short report.",
            "hybrid_format": "Online participants speak first in every round.",
            "sdgs": [16],
            "links": ["https://example.org"],
        }
    )


@pytest.fixture
def ready_draft(tmp_path: Path) -> Path:
    path = tmp_path / "ready.toml"
    save_draft(path, ready_proposal())
    return path


@pytest.fixture
def broken_draft(tmp_path: Path) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text('title = "ok"\ndescription = "unclosed\n', encoding="utf-8")
    return path


def run(*args: str, module: bool = True, **kwargs: object) -> subprocess.CompletedProcess:
    """Run the real command line in a fresh interpreter (stdin not a terminal)."""
    command = [sys.executable, "-m", "proposal_tui"] if module else [str(SCRIPT)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        **kwargs,
    )


def one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("proposal-tui: ")
    return lines[0]


# --- version and help ----------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"proposal-tui {__version__}\n"


def test_help_documents_the_exit_codes_and_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    assert "\n  0  " in out and "\n  1  " in out and "\n  2  " in out
    for command in ("new", "open", "list", "check", "export", "import", "diff", "compare"):
        assert command in out
    for option in ("--data-dir", "--call", "--version", "PROPOSAL_TUI_DATA_DIR"):
        assert option in out
    assert "igf-2025" in out


def test_export_help_lists_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    out = capsys.readouterr().out
    for option in ("--format", "--field", "-o", "--include-contacts", "text", "markdown", "json"):
        assert option in out


# --- export -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_export_prints_the_format(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(SAMPLE), "--format", fmt]) == 0
    proposal = load_draft(SAMPLE)
    assert capsys.readouterr().out == export(proposal, load_call(proposal.call), fmt)


def test_export_defaults_to_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("IGF 2024 workshop proposals")
    assert "\nTitle\nCommunity networks after the subsidy" in out


def test_export_field_prints_one_section(ready_draft: Path, capsys) -> None:
    assert cli.main(["export", str(ready_draft), "--field", "description"]) == 0
    assert capsys.readouterr().out == "How governments open data, and who benefits.\n"


def test_export_field_as_json(ready_draft: Path, capsys) -> None:
    assert cli.main(["export", str(ready_draft), "--field", "sdgs", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"sdgs": [16]}


def test_export_include_contacts(ready_draft: Path, capsys) -> None:
    assert cli.main(["export", str(ready_draft)]) == 0
    assert "x@example.org" not in capsys.readouterr().out
    assert cli.main(["export", str(ready_draft), "--include-contacts"]) == 0
    assert "Email: x@example.org" in capsys.readouterr().out


def test_export_call_overrides_the_drafts_call(ready_draft: Path, capsys) -> None:
    assert cli.main(["--call", "igf-2023", "export", str(ready_draft)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("IGF 2023 workshop proposals")
    assert "\nFormat\nRound Table - 60 Min\n" in out
    assert "\nModerator\nDee\n" in out


def test_export_names_each_box_with_text_that_the_calls_form_does_not_ask(
    ready_draft: Path, capsys
) -> None:
    assert cli.main(["--call", "igf-2021", "export", str(ready_draft)]) == 0
    captured = capsys.readouterr()
    assert "Online participants" not in captured.out
    assert captured.err.splitlines() == [
        f"proposal-tui: export: left out {label}: this call's form asks no such box "
        "(the text stays in the draft)"
        for label in ("Participants gain", "Hybrid format", "Links")
    ]
    assert cli.main(["--call", "igf-2021", "export", str(ready_draft), "--field", "links"]) == 0
    assert capsys.readouterr().err == ""


def test_export_to_a_file(ready_draft: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out" / "proposal.json"
    assert cli.main(["export", str(ready_draft), "--format", "json", "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"wrote {target}\n"
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Open data for all"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_never_writes_over_the_draft_itself(ready_draft: Path, capsys) -> None:
    before = ready_draft.read_bytes()
    assert cli.main(["export", str(ready_draft), "-o", str(ready_draft)]) == 2
    one_line_error(capsys.readouterr().err)
    assert ready_draft.read_bytes() == before


def test_export_leaves_the_draft_unchanged(ready_draft: Path, capsys) -> None:
    before = ready_draft.read_bytes()
    cli.main(["export", str(ready_draft), "--format", "json", "--include-contacts"])
    assert ready_draft.read_bytes() == before


# --- one-line errors ----------------------------------------------------------------------------


def test_a_missing_file_is_one_line(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "missing.toml"
    assert cli.main(["export", str(missing)]) == 2
    assert one_line_error(capsys.readouterr().err) == f"proposal-tui: {missing}: no such file"


def test_broken_toml_is_one_line_with_line_and_column(broken_draft: Path, capsys) -> None:
    assert cli.main(["export", str(broken_draft)]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert line.startswith(f"proposal-tui: {broken_draft}:2:")
    assert "not valid TOML" in line


def test_a_future_schema_is_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "future.toml"
    path.write_text("schema = 5\n", encoding="utf-8")
    assert cli.main(["export", str(path)]) == 2
    assert "newer proposal-tui" in one_line_error(capsys.readouterr().err)
    assert path.read_text(encoding="utf-8") == "schema = 5\n"


def test_an_unknown_call_is_one_line(ready_draft: Path, capsys) -> None:
    assert cli.main(["--call", "igf-1999", "export", str(ready_draft)]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert "igf-1999" in line and "igf-2025" in line


def test_a_draft_naming_an_unknown_call_is_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "d.toml"
    save_draft(path, Proposal(call="forum-3000"))
    assert cli.main(["export", str(path)]) == 2
    assert "forum-3000" in one_line_error(capsys.readouterr().err)


def test_an_unknown_field_is_one_line(ready_draft: Path, capsys) -> None:
    assert cli.main(["export", str(ready_draft), "--field", "abstract"]) == 2
    assert "abstract" in one_line_error(capsys.readouterr().err)


def test_an_unknown_format_is_refused_by_the_parser(ready_draft: Path, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["export", str(ready_draft), "--format", "pdf"])
    assert info.value.code == 2
    assert "pdf" in capsys.readouterr().err


@pytest.mark.parametrize(
    "make_args",
    [
        lambda d: ["export", str(d / "missing.toml")],
        lambda d: ["export", str(d / "broken.toml")],
        lambda d: ["export", str(d / "future.toml")],
        lambda d: ["--call", "nope", "export", str(d / "ok.toml")],
        lambda d: ["export", str(d / "ok.toml"), "--field", "nope"],
    ],
)
def test_errors_in_a_real_run_are_one_line_without_traceback(tmp_path: Path, make_args) -> None:
    (tmp_path / "broken.toml").write_text("title = \n", encoding="utf-8")
    (tmp_path / "future.toml").write_text("schema = 9\n", encoding="utf-8")
    save_draft(tmp_path / "ok.toml", Proposal(title="ok"))
    result = run(*make_args(tmp_path))
    assert result.returncode == 2
    assert result.stdout == ""
    one_line_error(result.stderr)


# --- new ------------------------------------------------------------------------------------------


def test_new_creates_the_file_in_the_data_dir_and_prints_its_path(data_dir: Path, capsys) -> None:
    assert cli.main(["new", "--title", "Open data", "--no-open"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == data_dir / "open-data.toml"
    proposal = load_draft(path)
    assert (proposal.title, proposal.call) == ("Open data", "igf-2025")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_new_honours_data_dir_and_call(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "elsewhere"
    assert cli.main(["--data-dir", str(folder), "--call", "igf-2023", "new", "--no-open"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.parent == folder
    assert load_draft(path).call == "igf-2023"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_new_in_a_non_terminal_does_not_start_the_app(
    data_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_app(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app was started")

    monkeypatch.setattr(cli, "_run_app", no_app)
    assert cli.main(["new", "--title", "Quiet"]) == 0
    assert Path(capsys.readouterr().out.strip()) == data_dir / "quiet.toml"


def test_new_in_a_terminal_opens_the_new_draft(
    data_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[dict] = []
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(cli, "_run_app", lambda args, **kwargs: opened.append(kwargs) or 0)
    assert cli.main(["new", "--title", "Loud"]) == 0
    assert opened == [{"open_path": data_dir / "loud.toml"}]
    assert cli.main(["new", "--title", "Loud", "--no-open"]) == 0
    assert len(opened) == 1


def test_new_in_a_real_non_terminal_run(data_dir: Path) -> None:
    result = run("new", "--title", "From a script")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == data_dir / "from-a-script.toml"
    assert load_draft(data_dir / "from-a-script.toml").title == "From a script"


def test_an_unknown_call_for_new_creates_nothing(data_dir: Path, capsys) -> None:
    assert cli.main(["--call", "nope", "new", "--no-open"]) == 2
    one_line_error(capsys.readouterr().err)
    assert list(data_dir.iterdir()) == []


# --- interactive commands outside a terminal ---------------------------------------------


SAMPLE_NAMES = sorted(p.name for p in SAMPLES.glob("*.toml"))


def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Make the command line believe it runs in a terminal; record each app start."""
    started: list[dict] = []

    def run_app(args, **kwargs: object) -> int:  # type: ignore[no-untyped-def]
        started.append(kwargs)
        return 0

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(cli, "_run_app", run_app)
    return started


def test_demo_copies_the_samples_privately_and_opens_the_app_on_them(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = fake_app(monkeypatch)
    originals = {p.name: p.read_bytes() for p in SAMPLES.glob("*.toml")}
    folder = tmp_path / "demo"
    assert cli.main(["demo", str(folder)]) == 0
    assert started == [{"samples_dir": folder}]
    assert sorted(p.name for p in folder.glob("*.toml")) == SAMPLE_NAMES
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for copy in folder.glob("*.toml"):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert copy.read_bytes() == originals[copy.name]
    assert capsys.readouterr().err.startswith(
        f"{len(SAMPLE_NAMES)} sample drafts copied to {folder};"
    )
    assert {p.name: p.read_bytes() for p in SAMPLES.glob("*.toml")} == originals


def test_demo_again_into_the_same_folder_keeps_the_first_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_app(monkeypatch)
    folder = tmp_path / "demo"
    assert cli.main(["demo", str(folder)]) == 0
    edited = folder / SAMPLE_NAMES[0]
    edited.write_text('title = "Mine now"\n', encoding="utf-8")
    assert cli.main(["demo", str(folder)]) == 0
    assert edited.read_text(encoding="utf-8") == 'title = "Mine now"\n'
    assert len(list(folder.glob("*.toml"))) == 2 * len(SAMPLE_NAMES)


def test_demo_without_a_folder_makes_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = fake_app(monkeypatch)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(cli.tempfile, "tempdir", None)  # read TMPDIR again
    assert cli.main(["demo"]) == 0
    [folder] = tmp_path.iterdir()
    assert folder.name.startswith("proposal-tui-demo-")
    assert started == [{"samples_dir": folder}]
    assert sorted(p.name for p in folder.glob("*.toml")) == SAMPLE_NAMES


def test_the_library_needs_a_terminal(capsys) -> None:
    assert cli.main([]) == 2
    assert "needs a terminal" in one_line_error(capsys.readouterr().err)


def test_open_reports_an_unreadable_file_before_anything_else(broken_draft: Path, capsys) -> None:
    assert cli.main(["open", str(broken_draft)]) == 2
    assert "not valid TOML" in one_line_error(capsys.readouterr().err)


# --- list ----------------------------------------------------------------------------------------


def test_list_prints_each_draft_with_readiness(sample_library: Path, capsys) -> None:
    (sample_library / "zz-broken.toml").write_text("title = \n", encoding="utf-8")
    assert cli.main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = sorted(p.name for p in SAMPLES.glob("*.toml"))
    assert [line.split("\t")[-1] for line in lines[:-1]] == names
    for line in lines[:-1]:
        fields = line.split("\t")
        assert len(fields) == 4
        assert fields[1].startswith("igf-")
    broken = lines[-1]
    assert broken.startswith("✗ unreadable\tzz-broken.toml\t")
    assert "not valid TOML" in broken


def test_list_of_an_empty_data_dir(data_dir: Path, capsys) -> None:
    assert cli.main(["list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(data_dir) in captured.err


def test_list_honours_data_dir(tmp_path: Path, capsys) -> None:
    save_draft(tmp_path / "a.toml", ready_proposal())
    assert cli.main(["--data-dir", str(tmp_path), "list"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\tigf-2025\tOpen data for all\ta.toml\n")


# --- check ----------------------------------------------------------------------------------------


def test_check_a_ready_draft_exits_0(ready_draft: Path, capsys) -> None:
    code = cli.main(["check", str(ready_draft)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith(f"{ready_draft}: ")
    assert "(igf-2025)" in out.splitlines()[0]


def test_check_a_rule_breaker_exits_1_and_prints_findings(capsys) -> None:
    assert cli.main(["check", str(RULE_BREAKER)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{RULE_BREAKER}: ")
    findings = lines[1:]
    assert findings
    assert all(re.match(r"^  [✗!i] (error|warning|info): [^:]+: \S", line) for line in findings)
    assert any(line.startswith("  ✗ error: ") for line in findings)
    assert "✗" in lines[0]


def test_check_an_unreadable_draft_exits_2(broken_draft: Path, capsys) -> None:
    assert cli.main(["check", str(broken_draft)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    one_line_error(captured.err)


def test_check_the_worst_exit_code_wins(ready_draft: Path, broken_draft: Path, capsys) -> None:
    assert cli.main(["check", str(ready_draft), str(RULE_BREAKER)]) == 1
    assert cli.main(["check", str(RULE_BREAKER), str(broken_draft), str(ready_draft)]) == 2
    out = capsys.readouterr().out
    assert str(ready_draft) in out


def test_check_an_unreadable_draft_before_a_not_ready_one_still_exits_2(
    ready_draft: Path, broken_draft: Path, capsys
) -> None:
    assert cli.main(["check", str(broken_draft), str(RULE_BREAKER)]) == 2
    assert cli.main(["check", str(broken_draft), str(ready_draft)]) == 2
    assert cli.main(["check", str(RULE_BREAKER), str(ready_draft)]) == 1
    captured = capsys.readouterr()
    assert captured.out.count(f"{RULE_BREAKER}: ") == 2  # checked after the unreadable one
    assert captured.err.count(str(broken_draft)) == 2


def test_check_with_another_call(ready_draft: Path, capsys) -> None:
    cli.main(["--call", "igf-2023", "check", str(ready_draft)])
    assert "(igf-2023)" in capsys.readouterr().out


def test_check_never_changes_the_file(capsys) -> None:
    before = RULE_BREAKER.read_bytes()
    cli.main(["check", str(RULE_BREAKER)])
    assert RULE_BREAKER.read_bytes() == before


# --- real runs: python -m and the installed script ----------------------------------------


@pytest.mark.parametrize("module", [True, False], ids=["python -m", "installed script"])
def test_real_export_matches_in_process(module: bool, capsys) -> None:
    cli.main(["export", str(SAMPLE), "--format", "markdown"])
    expected = capsys.readouterr().out
    result = run("export", str(SAMPLE), "--format", "markdown", module=module)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


@pytest.mark.parametrize("module", [True, False], ids=["python -m", "installed script"])
def test_real_check_exit_codes(module: bool, ready_draft: Path, broken_draft: Path) -> None:
    assert run("check", str(ready_draft), module=module).returncode == 0
    assert run("check", str(RULE_BREAKER), module=module).returncode == 1
    result = run("check", str(broken_draft), module=module)
    assert result.returncode == 2
    one_line_error(result.stderr)


def test_real_version_from_the_installed_script() -> None:
    assert SCRIPT.is_file()
    result = run("--version", module=False)
    assert (result.returncode, result.stdout) == (0, f"proposal-tui {__version__}\n")


# --- no Textual for scriptable commands ------------------------------------------------------

NO_TEXTUAL = """\
import sys
from proposal_tui.cli import main
code = main(sys.argv[1:])
tui = ("textual", "proposal_tui.tui")
loaded = sorted(m for m in sys.modules if m in tui or m.startswith(tuple(t + "." for t in tui)))
sys.stderr.write("LOADED:" + ",".join(loaded) + "\\n")
"""


@pytest.mark.parametrize(
    "args",
    [
        ["export", str(SAMPLE)],
        ["export", str(SAMPLE), "--format", "json"],
        ["check", str(SAMPLE)],
        ["list"],
        ["people"],
        ["new", "--title", "x", "--no-open"],
    ],
    ids=lambda a: " ".join(a[:3]).replace(str(SAMPLES) + "/", ""),
)
def test_scriptable_commands_do_not_import_textual(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_TEXTUAL, *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "LOADED:\n" in result.stderr, result.stderr


def test_the_dump_of_a_new_draft_is_what_new_writes(data_dir: Path, capsys) -> None:
    cli.main(["new", "--title", "Same", "--no-open"])
    path = Path(capsys.readouterr().out.strip())
    assert path.read_text(encoding="utf-8") == dump_draft(Proposal(call="igf-2025", title="Same"))
    assert os.listdir(data_dir) == ["same.toml"]


def test_import_from_stdin_takes_binary_junk_even_with_strict_decoding(tmp_path: Path) -> None:
    target = tmp_path / "junk.toml"
    junk = b"Title: \xff\xfe caf\xe9\nDescription:\n\x00\x9c half an emoji \xf0\x9f\n"
    result = subprocess.run(
        [sys.executable, "-m", "proposal_tui", "import", "-", "-o", str(target)],
        input=junk,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert "caf" in load_draft(target).title


# --- demo ----------------------------------------------------------------------------------------


def test_demo_dir_copies_the_samples_and_lists_them_as_samples(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    result = run("demo", str(folder), module=False)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in SAMPLES.glob("*.toml"))
    assert sorted(p.name for p in folder.glob("*.toml")) == names
    lines = result.stdout.splitlines()
    assert sorted(line.split("\t")[-1] for line in lines) == names
    assert all(line.split("\t")[2].startswith("(sample) ") for line in lines)
    assert str(data_dir) in result.stderr
    assert list(data_dir.iterdir()) == []  # nothing is made in the data dir until asked


def test_demo_opens_the_app_on_the_data_dir_with_the_samples_beside_it(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from proposal_tui.tui import app

    opened: list[Workspace] = []
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(app, "run_app", lambda space, **kwargs: opened.append(space) or 0)
    assert cli.main(["--call", "igf-2024", "demo", str(tmp_path / "demo")]) == 0
    [space] = opened
    assert space.data_dir == data_dir and space.samples_dir == tmp_path / "demo"
    assert space.call_override == "igf-2024"
    made = space.create("Mine", "igf-2025")
    assert made.parent == data_dir
    assert {row.name: row.sample for row in space.rows()}["mine.toml"] is False
