"""Real faults, injected by strace into the command line: every one is reported, none
loses a file, none leaves a temp file behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from proposal_tui.model import Proposal
from proposal_tui.store import load_draft, save_draft

STRACE = shutil.which("strace")


def _strace_works() -> bool:
    if STRACE is None:
        return False
    probe = subprocess.run([STRACE, "-f", "-o", os.devnull, "true"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(
    not _strace_works(), reason="strace is missing or may not trace here (ptrace refused)"
)


def _cli_under_fault(data_dir: Path, inject: str, *args: str) -> subprocess.CompletedProcess:
    """Run `proposal-tui ARGS` with one system call failing as `inject` says."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PROPOSAL_TUI_DATA_DIR": str(data_dir)}
    command = [STRACE, "-f", "-o", os.devnull, "-e", f"inject={inject}"]
    command += [sys.executable, "-m", "proposal_tui", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def _one_line(result: subprocess.CompletedProcess, said: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and said in result.stderr
    assert "Traceback" not in result.stderr


def _no_temp_files(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_an_eio_on_the_folder_fsync_is_reported_not_called_saved(data_dir: Path) -> None:
    # The first fsync is the temp file's, the second the folder's after the rename.
    result = _cli_under_fault(data_dir, "fsync:error=EIO:when=2", "new", "--no-open")
    _one_line(result, "not safely saved: the folder could not be synced to disk")
    assert result.stdout == ""  # the path of a saved draft is not printed


def test_an_eio_on_the_file_fsync_saves_nothing(data_dir: Path) -> None:
    result = _cli_under_fault(data_dir, "fsync:error=EIO:when=1", "new", "--no-open")
    _one_line(result, "not saved: Input/output error")
    assert list(data_dir.iterdir()) == []


def test_a_full_disk_while_writing_saves_nothing(data_dir: Path) -> None:
    result = _cli_under_fault(data_dir, "write:error=ENOSPC:when=1", "new", "--no-open")
    _one_line(result, "not saved: No space left on device")
    assert list(data_dir.iterdir()) == []


def test_a_failed_rename_leaves_the_old_export_and_no_temp(data_dir: Path, tmp_path: Path):
    draft = data_dir / "d.toml"
    save_draft(draft, Proposal(call="igf-2025", title="Draft"))
    out = tmp_path / "out.txt"
    out.write_text("the old export")
    result = _cli_under_fault(
        data_dir,
        "rename,renameat,renameat2:error=EXDEV",
        "export",
        str(draft),
        "-o",
        str(out),
        "--force",
    )
    _one_line(result, "not saved: Invalid cross-device link")
    assert out.read_text() == "the old export"
    _no_temp_files(tmp_path)


def test_a_failed_write_of_a_revision_keeps_the_draft_and_leaves_no_folder(
    data_dir: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "d.toml"
    save_draft(draft, Proposal(call="igf-2025", title="Kept"))
    before = draft.read_bytes()
    code = (
        "import sys; from proposal_tui.store import save_draft, read_draft;"
        "from proposal_tui.model import Proposal; from proposal_tui.errors import DraftError\n"
        "d = read_draft(sys.argv[1])\n"
        "try: save_draft(d.path, Proposal(title='New'), expected=d.fingerprint)\n"
        "except DraftError as e: print(e, file=sys.stderr); sys.exit(2)\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    python = [sys.executable, "-c", code, str(draft)]
    result = subprocess.run(
        [STRACE, "-f", "-o", os.devnull, "-e", "inject=write:error=ENOSPC:when=1", *python],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    _one_line(result, "not saved: No space left on device")
    assert draft.read_bytes() == before and load_draft(draft).title == "Kept"
    assert not (tmp_path / ".revisions").exists()
    _no_temp_files(tmp_path)
