"""Writes go only where they should: export -o, symlinks, private folders, demo copies."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from proposal_tui import cli
from proposal_tui.errors import DraftError
from proposal_tui.model import Proposal
from proposal_tui.store import (
    keep_revision,
    list_revisions,
    load_draft,
    read_draft,
    revisions_dir,
    save_draft,
    trash_draft,
)


@pytest.fixture
def draft(data_dir: Path) -> Path:
    path = data_dir / "mine.toml"
    save_draft(path, Proposal(call="igf-2025", title="Mine", description="Text"))
    return path


def _one_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("proposal-tui: ")
    return err


def test_export_writes_a_new_file_and_needs_force_to_replace_one(
    draft: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out.txt"
    assert cli.main(["export", str(draft), "-o", str(out)]) == 0
    first = out.read_bytes()
    capsys.readouterr()
    out.write_text("older export")
    assert cli.main(["export", str(draft), "-o", str(out)]) == 2
    assert "already exists; add --force to replace it" in _one_error(capsys)
    assert out.read_text() == "older export"
    assert cli.main(["export", str(draft), "-o", str(out), "--force"]) == 0
    assert out.read_bytes() == first


def test_export_never_writes_over_a_draft(draft: Path, data_dir: Path, tmp_path: Path, capsys):
    other = data_dir / "other.toml"
    save_draft(other, Proposal(title="Other"))
    before = other.read_bytes()
    assert cli.main(["export", str(draft), "-o", str(other), "--force"]) == 2
    assert "is a draft in the data dir" in _one_error(capsys)
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_bytes(before)
    assert cli.main(["export", str(draft), "-o", str(elsewhere), "--force"]) == 2
    assert "is a draft; export will not replace it" in _one_error(capsys)
    assert other.read_bytes() == before == elsewhere.read_bytes()


def test_export_never_writes_over_a_fifo_a_device_or_a_link(
    draft: Path, tmp_path: Path, capsys
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert cli.main(["export", str(draft), "-o", str(fifo), "--force"]) == 2
    assert "is a FIFO (named pipe); export writes only to a file" in _one_error(capsys)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert cli.main(["export", str(draft), "-o", "/dev/null", "--force"]) == 2
    assert "/dev/null: is a device" in _one_error(capsys)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    target = tmp_path / "target.txt"
    target.write_text("kept")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert cli.main(["export", str(draft), "-o", str(link), "--force"]) == 2
    assert "is a symbolic link" in _one_error(capsys)
    assert link.is_symlink() and target.read_text() == "kept"


def test_folders_made_along_the_way_are_private(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "c" / "out.md"
    assert cli.main(["export", str(draft), "--format", "markdown", "-o", str(out)]) == 0
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    text = tmp_path / "published.txt"
    text.write_text("Title\nA session\n")
    target = tmp_path / "x" / "y" / "imported.toml"
    assert cli.main(["import", str(text), "-o", str(target)]) == 0
    assert stat.S_IMODE((tmp_path / "x").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "x" / "y").stat().st_mode) == 0o700


def test_demo_copies_are_private_from_the_start(tmp_path: Path, monkeypatch) -> None:
    made_public = []
    real_chmod = os.chmod

    def chmod(path, mode, *args, **kwargs):  # the copies must never need a chmod to 0600
        made_public.append(path)
        return real_chmod(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", chmod)
    assert cli.main(["demo", str(tmp_path / "demo")]) == 0
    copies = list((tmp_path / "demo").glob("*.toml"))
    assert copies
    for copy in copies:
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert copy not in [Path(p) for p in made_public]


def test_a_symlinked_revisions_folder_is_refused(draft: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (draft.parent / ".revisions").symlink_to(outside)
    before = draft.read_bytes()
    with pytest.raises(
        DraftError, match=r"mine.toml: not saved: the folder \.revisions is a symbolic link"
    ):
        save_draft(draft, Proposal(title="changed"), expected=read_draft(draft).fingerprint)
    assert draft.read_bytes() == before
    assert list(outside.iterdir()) == []


def test_a_symlinked_revision_folder_of_one_draft_is_refused(draft: Path, tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    revisions_dir(draft).parent.mkdir(exist_ok=True)
    revisions_dir(draft).symlink_to(outside)
    with pytest.raises(DraftError, match="the folder mine is a symbolic link"):
        keep_revision(draft, b'title = "x"\n')
    assert list(outside.iterdir()) == []


def test_a_symlinked_trash_is_refused(draft: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (draft.parent / ".trash").symlink_to(outside)
    with pytest.raises(DraftError, match=r"the folder \.trash is a symbolic link"):
        trash_draft(draft)
    assert draft.exists() and list(outside.iterdir()) == []


def test_a_symlinked_draft_is_written_through_to_its_target(data_dir: Path, tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "shared.toml"
    save_draft(target, Proposal(title="First"))
    link = data_dir / "shared.toml"
    link.symlink_to(target)
    loaded = read_draft(link)
    save_draft(link, Proposal(title="Second"), expected=loaded.fingerprint)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_draft(target).title == "Second"
    assert [load_draft(r.path).title for r in list_revisions(link)] == ["First"]
    assert not [p for p in synced.iterdir() if p.name != "shared.toml"]  # no temp, no lock
