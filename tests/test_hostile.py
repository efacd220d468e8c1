"""The hostile corpus (tests/hostile/): drafts, call profiles, themes and settings made to
break things, plus FIFOs, folders, symlinks, hostile file names and huge files made here.

Each corpus file starts with `# expect: ...` (for a draft: the exit code of `check` and a
phrase of its one error line; for the others: a phrase of the problem) and, for profiles
and themes, `# expect-line: N`, the line the problem must name.  For each case: the exit
code and one clear line, `list` shows the file with its error, no raw control character
in any output, and no file changes.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from proposal_tui import cli
from proposal_tui.settings import Settings, load_settings

HOSTILE = Path(__file__).parent / "hostile"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _expect(path: Path) -> tuple[str, str | None]:
    """The `# expect:` phrase and the `# expect-line:` number (None for '-') of a file."""
    head = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    said = head[0].removeprefix("# expect: ")
    line = head[1].removeprefix("# expect-line: ") if len(head) > 1 else "-"
    return said, None if not line.isdigit() else line


def _snapshot(folder: Path) -> dict[str, object]:
    """Every entry under `folder`: its kind, and for a file its bytes and mtime."""
    found: dict[str, object] = {}
    for item in sorted(folder.rglob("*")):
        info = item.lstat()
        if stat.S_ISREG(info.st_mode):
            found[str(item)] = (item.read_bytes(), info.st_mtime_ns)
        else:
            found[str(item)] = stat.S_IFMT(info.st_mode)
    return found


def _one_line(text: str) -> str:
    assert text.count("\n") == 1 and text.endswith("\n"), text
    assert not RAW_CONTROL.search(text), text
    assert "Traceback" not in text
    return text


def _cases(kind: str) -> list[Path]:
    return sorted((HOSTILE / kind).glob("*.toml"))


def test_the_corpus_holds_at_least_thirty_files() -> None:
    assert sum(len(_cases(kind)) for kind in ("drafts", "calls", "themes", "config")) >= 30


def _check_draft(data_dir: Path, target: Path, code: int, said: str, capsys) -> None:
    """`check` gives `code` (and for 2, one line with `said`); `list` shows the same."""
    before = _snapshot(data_dir)
    result = cli.main(["check", str(target)])
    out, err = capsys.readouterr()
    assert result == code, err
    if code == 2:
        assert said in _one_line(err)
        assert out == ""
    else:
        assert err == ""
        assert cli.main(["export", str(target)]) == 0
        assert not RAW_CONTROL.search(capsys.readouterr().out)
    assert cli.main(["list"]) == 0
    out, _ = capsys.readouterr()
    row = _one_line(out)
    if code == 2:
        assert row.startswith("✗ unreadable\t") and said in row
    assert _snapshot(data_dir) == before


@pytest.mark.parametrize("case", _cases("drafts"), ids=lambda p: p.stem)
def test_a_hostile_draft(case: Path, data_dir: Path, capsys) -> None:
    said = _expect(case)[0]
    code, _, phrase = said.partition(" ")
    target = data_dir / case.name
    shutil.copyfile(case, target)
    _check_draft(data_dir, target, int(code), phrase, capsys)


def _huge(folder: Path) -> Path:
    path = folder / "huge.toml"
    path.write_text('title = "t"\ndescription = """' + "word " * 600_000 + '"""\n')
    return path


def _deep(folder: Path) -> Path:
    path = folder / "deep.toml"
    path.write_text("x = " + "[" * 1000 + "]" * 1000 + "\n")
    return path


def _crowd(folder: Path) -> Path:
    path = folder / "crowd.toml"
    path.write_text('title = "t"\n' + '[[speakers]]\nname = "S"\n' * 600)
    return path


def _wordy(folder: Path) -> Path:
    path = folder / "wordy.toml"
    path.write_text('title = "t"\ndescription = """' + "w " * 60_000 + '"""\n')
    return path


def _folder(folder: Path) -> Path:
    (folder / "folder.toml").mkdir()
    return folder / "folder.toml"


def _dangling(folder: Path) -> Path:
    (folder / "dangling.toml").symlink_to(folder / "gone.toml")
    return folder / "dangling.toml"


def _escape_name(folder: Path) -> Path:
    path = folder / "evil\x1b]0;pwned\x07[bold]x\x9b2J.toml"
    path.write_text("title = [\n")
    return path


def _newline_name(folder: Path) -> Path:
    path = folder / "two\nlines.toml"
    path.write_text("title = [\n")
    return path


MADE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "3 MB file": (_huge, "too large (3.0 MB; the limit is 2 MB)"),
    "1000 levels deep": (_deep, "nested more than 16 deep"),
    "600 speakers": (_crowd, "speakers: 600 items; the limit is 500"),
    "60,000 words": (_wordy, "description: 60,000 words; the limit is 50,000"),
    "a folder named x.toml": (_folder, "is a folder, not a regular file"),
    "a dangling symlink": (_dangling, "dangling.toml: no such file"),
    "escapes and markup in the name": (_escape_name, "evil␛]0;pwned␇[bold]x�2J.toml:"),
    "a newline in the name": (_newline_name, "two␊lines.toml: not valid TOML"),
}


@pytest.mark.parametrize("case", MADE, ids=MADE)
def test_a_hostile_file_made_here(case: str, data_dir: Path, capsys) -> None:
    make, said = MADE[case]
    _check_draft(data_dir, make(data_dir), 2, said, capsys)


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PROPOSAL_TUI_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "proposal_tui", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("via_link", [False, True], ids=["fifo", "symlink to a fifo"])
def test_a_fifo_is_one_line_never_a_hang(via_link: bool, data_dir: Path) -> None:
    fifo = data_dir / "pipe.toml"
    os.mkfifo(fifo)
    if via_link:
        os.rename(fifo, data_dir / ".real-pipe")
        fifo.symlink_to(data_dir / ".real-pipe")
    before = _snapshot(data_dir)
    for command in (["check"], ["export"], ["diff", str(fifo)], ["open"], ["import"]):
        result = _run([*command, str(fifo)], data_dir)
        assert result.returncode == 2, (command, result.stderr)
        assert "pipe.toml: is a FIFO (named pipe), not a regular file" in _one_line(result.stderr)
    listed = _run(["list"], data_dir)
    assert listed.returncode == 0
    assert "✗ unreadable\tpipe.toml\t" in _one_line(listed.stdout)
    assert _snapshot(data_dir) == before


@pytest.mark.parametrize("case", _cases("calls"), ids=lambda p: p.stem)
def test_a_hostile_call_profile(case: Path, data_dir: Path, config_dir: Path, capsys) -> None:
    said, line = _expect(case)
    calls = config_dir / "calls"
    calls.mkdir()
    shutil.copyfile(case, calls / f"hostile-{case.name}")
    draft = data_dir / "d.toml"
    draft.write_text('title = "t"\n')
    before = _snapshot(data_dir) | _snapshot(config_dir)
    assert cli.main(["--call", f"hostile-{case.stem}", "check", str(draft)]) == 2
    err = _one_line(capsys.readouterr().err)
    where = f"hostile-{case.name}:{line}:" if line else f"hostile-{case.name}:"
    assert where in err and said in err
    assert cli.main(["--call", f"hostile-{case.stem}", "list"]) == 0
    row = _one_line(capsys.readouterr().out)
    assert row.startswith("? ") and said in row
    assert _snapshot(data_dir) | _snapshot(config_dir) == before


def test_a_call_profile_that_is_a_fifo_is_one_line(data_dir: Path, config_dir: Path) -> None:
    (config_dir / "calls").mkdir()
    os.mkfifo(config_dir / "calls" / "pipe.toml")
    (data_dir / "d.toml").write_text('title = "t"\n')
    env = {"PROPOSAL_TUI_CONFIG_DIR": str(config_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "proposal_tui", "--call", "pipe", "check", str(data_dir / "d.toml")],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert result.returncode == 2
    assert "pipe.toml: is a FIFO (named pipe), not a regular file" in _one_line(result.stderr)


@pytest.mark.parametrize("case", _cases("themes"), ids=lambda p: p.stem)
def test_a_hostile_theme(case: Path, tmp_path: Path) -> None:
    from proposal_tui.tui.themes import load_themes

    said, line = _expect(case)
    shutil.copyfile(case, tmp_path / case.name)
    os.mkfifo(tmp_path / "pipe.toml")
    before = _snapshot(tmp_path)
    themes, problems = load_themes([tmp_path])
    assert themes == []
    bad, fifo = sorted(problems, key=lambda p: "pipe.toml" in p)
    assert f"{case.name}:{line}: " in bad and said in bad
    assert "pipe.toml: is a FIFO" in fifo
    for problem in problems:
        assert "\n" not in problem and not RAW_CONTROL.search(problem)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("case", _cases("config"), ids=lambda p: p.stem)
def test_a_hostile_config(case: Path, config_dir: Path) -> None:
    said, _ = _expect(case)
    shutil.copyfile(case, config_dir / "config.toml")
    before = _snapshot(config_dir)
    settings, problem = load_settings()
    assert problem is not None and said in problem
    assert "config.toml" in problem and "\n" not in problem
    assert not RAW_CONTROL.search(problem)
    assert settings.theme == Settings().theme and settings.keys == {}
    assert _snapshot(config_dir) == before


def test_a_config_that_is_a_fifo_gives_defaults(config_dir: Path) -> None:
    os.mkfifo(config_dir / "config.toml")
    settings, problem = load_settings()
    assert settings == Settings()
    assert problem is not None and "is a FIFO (named pipe), not a regular file" in problem
