"""Revisions kept by the store: every changing save keeps the old content beside the draft."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from proposal_tui import store
from proposal_tui.errors import DraftError
from proposal_tui.model import Proposal
from proposal_tui.store import (
    REVISIONS_KEPT,
    ConflictError,
    keep_revision,
    list_revisions,
    load_draft,
    prune_revisions,
    read_draft,
    restore_revision,
    revisions_dir,
    save_draft,
)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A saved draft with no revisions yet."""
    path = tmp_path / "drafts" / "my-session.toml"
    path.parent.mkdir()
    save_draft(path, Proposal(title="First title"))
    return path


def _titles(revisions: list[store.Revision]) -> list[str]:
    return [load_draft(r.path).title for r in revisions]


def _keep(path: Path, when: datetime, title: str = "") -> Path:
    content = store.dump_draft(Proposal(title=title or when.isoformat())).encode()
    return keep_revision(path, content, now=when)


# --- what a save keeps ------------------------------------------------------------


def test_a_new_draft_has_no_revisions(draft: Path) -> None:
    assert list_revisions(draft) == []
    assert not revisions_dir(draft).exists()


def test_a_changing_save_keeps_the_previous_content(draft: Path) -> None:
    before = draft.read_bytes()
    save_draft(draft, Proposal(title="Second title"))

    revisions = list_revisions(draft)
    assert len(revisions) == 1
    assert revisions[0].path.read_bytes() == before
    assert revisions[0].path.parent == draft.parent / ".revisions" / "my-session"
    assert load_draft(draft).title == "Second title"


def test_an_unchanged_save_keeps_nothing(draft: Path) -> None:
    fingerprint = read_draft(draft).fingerprint
    assert save_draft(draft, Proposal(title="First title"), expected=fingerprint) == fingerprint
    assert list_revisions(draft) == []


def test_each_changing_save_keeps_one_revision_newest_first(draft: Path) -> None:
    for title in ("Second", "Third", "Fourth"):
        save_draft(draft, Proposal(title=title))
    assert _titles(list_revisions(draft)) == ["Third", "Second", "First title"]


def test_a_refused_save_keeps_no_revision(draft: Path) -> None:
    stale = read_draft(draft).fingerprint
    save_draft(draft, Proposal(title="Changed elsewhere"))
    with pytest.raises(ConflictError):
        save_draft(draft, Proposal(title="Mine"), expected=stale)
    assert _titles(list_revisions(draft)) == ["First title"]
    assert load_draft(draft).title == "Changed elsewhere"


def test_revisions_stay_out_of_the_library(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    assert [e.path for e in store.list_library(draft.parent)] == [draft]


def test_revisions_carry_their_time_from_the_file_name(draft: Path) -> None:
    when = datetime(2025, 6, 1, 9, 30, 15, 123456)
    kept = _keep(draft, when)
    assert kept.name == "20250601T093015123456.toml"
    assert list_revisions(draft)[0].saved == when


def test_files_that_are_not_revisions_are_ignored(draft: Path) -> None:
    _keep(draft, datetime(2025, 6, 1, 9, 0))
    (revisions_dir(draft) / "notes.toml").write_text("title = 'x'\n")
    (revisions_dir(draft) / "20250601T090000000000.txt").write_text("x")
    assert [r.saved for r in list_revisions(draft)] == [datetime(2025, 6, 1, 9, 0)]


def test_revisions_kept_at_the_same_instant_list_in_the_order_they_were_kept(draft: Path) -> None:
    when = datetime(2025, 6, 1, 9, 0)
    for title in ("one", "two", "three"):
        _keep(draft, when, title)
    assert _titles(list_revisions(draft)) == ["three", "two", "one"]


# --- privacy and atomicity ----------------------------------------------------------


def test_revision_files_and_folders_are_private(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    revision = list_revisions(draft)[0].path
    assert stat.S_IMODE(revision.stat().st_mode) == 0o600
    assert stat.S_IMODE(revision.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(revision.parent.parent.stat().st_mode) == 0o700


def test_a_revision_is_written_atomically(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src, dst):
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(store.os, "replace", spy)
    kept = _keep(draft, datetime(2025, 6, 1, 9, 0))
    source, target = replaced[0]
    assert target == str(kept)
    assert Path(source).parent == kept.parent and Path(source).name.endswith(".tmp")


def test_a_failed_revision_write_leaves_the_draft_and_no_torn_file(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = draft.read_bytes()

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", fail)
    with pytest.raises(DraftError, match="No space left"):
        save_draft(draft, Proposal(title="Second title"))
    monkeypatch.undo()
    assert draft.read_bytes() == before
    assert not revisions_dir(draft).exists()  # no empty folder left behind


# --- how many are kept --------------------------------------------------------------


def test_the_newest_fifty_are_kept_whole(draft: Path) -> None:
    start = datetime(2025, 6, 1, 8, 0)
    for minute in range(REVISIONS_KEPT + 5):
        _keep(draft, start + timedelta(minutes=minute))
    revisions = list_revisions(draft)
    assert REVISIONS_KEPT == 50
    assert len(revisions) == 50
    assert revisions[0].saved == start + timedelta(minutes=54)
    assert revisions[-1].saved == start + timedelta(minutes=5)


def test_beyond_fifty_one_a_day_is_kept_the_days_last(draft: Path) -> None:
    older = [
        datetime(2025, 5, 1, 9, 0),
        datetime(2025, 5, 1, 12, 0),
        datetime(2025, 5, 1, 18, 0),  # the last of 1 May
        datetime(2025, 5, 2, 10, 0),
        datetime(2025, 5, 2, 11, 0),  # the last of 2 May
        datetime(2025, 5, 4, 7, 0),  # alone on 4 May
    ]
    for when in older:
        _keep(draft, when)
    recent = [datetime(2025, 6, 1, 8, 0) + timedelta(minutes=m) for m in range(50)]
    for when in recent:
        _keep(draft, when)

    saved = [r.saved for r in list_revisions(draft)]
    assert saved[:50] == sorted(recent, reverse=True)
    assert saved[50:] == [
        datetime(2025, 5, 4, 7, 0),
        datetime(2025, 5, 2, 11, 0),
        datetime(2025, 5, 1, 18, 0),
    ]


def test_a_day_already_among_the_newest_fifty_keeps_no_extra(draft: Path) -> None:
    start = datetime(2025, 6, 1, 8, 0)
    for minute in range(60):
        _keep(draft, start + timedelta(minutes=minute))
    assert len(list_revisions(draft)) == 50


def test_prune_can_be_asked_to_keep_fewer(draft: Path) -> None:
    for minute in range(6):
        _keep(draft, datetime(2025, 6, 1, 8, minute))
    _keep(draft, datetime(2025, 5, 30, 8, 0))
    prune_revisions(draft, keep=3)
    assert [r.saved for r in list_revisions(draft)] == [
        datetime(2025, 6, 1, 8, 5),
        datetime(2025, 6, 1, 8, 4),
        datetime(2025, 6, 1, 8, 3),
        datetime(2025, 5, 30, 8, 0),
    ]


# --- restoring ----------------------------------------------------------------------


def test_restore_makes_the_current_text_a_revision_first(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    first = list_revisions(draft)[0]
    current = read_draft(draft)

    restore_revision(draft, first, expected=current.fingerprint)

    assert load_draft(draft).title == "First title"
    assert _titles(list_revisions(draft)) == ["Second title", "First title"]


def test_restore_returns_the_new_fingerprint(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    revision = list_revisions(draft)[0]
    new = restore_revision(draft, revision, expected=read_draft(draft).fingerprint)
    assert new == read_draft(draft).fingerprint


def test_restore_refuses_when_the_draft_changed_on_disk(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    revision = list_revisions(draft)[0]
    stale = read_draft(draft).fingerprint
    save_draft(draft, Proposal(title="Third title"))

    with pytest.raises(ConflictError):
        restore_revision(draft, revision, expected=stale)
    assert load_draft(draft).title == "Third title"
    assert len(list_revisions(draft)) == 2


def test_restore_never_writes_over_an_unreadable_draft(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    revision = list_revisions(draft)[0]
    draft.write_text("title = [unclosed\n")
    with pytest.raises(DraftError):
        restore_revision(draft, revision)
    assert draft.read_text() == "title = [unclosed\n"


def test_restoring_the_current_content_keeps_nothing_new(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    save_draft(draft, Proposal(title="First title"))
    same_as_now = list_revisions(draft)[1]
    assert load_draft(same_as_now.path).title == "First title"
    restore_revision(draft, same_as_now, expected=read_draft(draft).fingerprint)
    assert len(list_revisions(draft)) == 2


def test_renaming_a_draft_takes_its_revisions_along(draft: Path) -> None:
    save_draft(draft, Proposal(title="Second title"))
    renamed = store.rename_draft(draft, "renamed")
    assert _titles(list_revisions(renamed)) == ["First title"]
    assert list_revisions(draft) == []
