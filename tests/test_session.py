"""The life of one open draft without a screen: load, edit, save, fail, retry, conflict."""

from __future__ import annotations

import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from proposal_tui import session, store
from proposal_tui.errors import DraftError
from proposal_tui.model import Proposal
from proposal_tui.session import Choice, DraftSession, SaveState

SAMPLES = Path(__file__).resolve().parent.parent / "sample_proposals"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.toml"
    store.save_draft(path, Proposal(title="Mine", call="igf-2025"))
    return path


def opened(path: Path) -> DraftSession:
    draft_session = DraftSession(path)
    draft_session.opened(session.load(path, None))
    return draft_session


def save(draft_session: DraftSession, mode: session.SaveMode = "normal", *, force: bool = False):
    """Run one save as the wizard does: begin, write (a thread there), finish."""
    job = draft_session.begin_save(mode, force=force)
    assert job is not None
    assert draft_session.state is SaveState.SAVING
    return draft_session.finish_save(job, session.write(job))


def test_a_fresh_draft_is_saved_and_an_edit_makes_it_edited(draft: Path) -> None:
    s = DraftSession(draft)
    assert s.state is SaveState.LOADING
    s.opened(session.load(draft, None))
    assert (s.state, s.reason) == (SaveState.SAVED, "")
    assert s.call is not None and s.call.name == "igf-2025"
    assert not s.edit("title", "Mine")  # the same value is no edit
    assert s.state is SaveState.SAVED
    assert s.edit("title", "Ours")
    assert s.state is SaveState.EDITED and s.has_unsaved_changes()


def test_nothing_to_save_starts_no_save(draft: Path) -> None:
    s = opened(draft)
    assert s.begin_save() is None
    assert s.saves == 0


def test_a_good_save_writes_records_the_fingerprint_and_clears_the_edit(draft: Path) -> None:
    s = opened(draft)
    s.edit("title", "Ours")
    assert save(s) is None
    assert store.load_draft(draft).title == "Ours"
    assert s.fingerprint == store.disk_fingerprint(draft)
    assert s.state is SaveState.SAVED and s.saves == 1


def test_edits_made_during_a_save_stay_unsaved(draft: Path) -> None:
    s = opened(draft)
    s.edit("title", "First")
    job = s.begin_save()
    assert job is not None
    s.edit("title", "Second")  # typed while the thread writes
    s.finish_save(job, session.write(job))
    assert store.load_draft(draft).title == "First"
    assert s.state is SaveState.EDITED


@pytest.mark.parametrize(
    "reason", ["No space left on device", "Permission denied", "Read-only file system"]
)
def test_a_failed_save_keeps_the_text_says_why_and_retries_later_and_later(
    draft: Path, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    def refuse(path: Path, proposal: Proposal, **how: object) -> str:
        raise DraftError(f"not saved: {reason}", path)

    monkeypatch.setattr(store, "save_draft", refuse)
    s = opened(draft)
    s.edit("title", "Ours")
    delays = [save(s) for _ in range(6)]
    assert delays == [5.0, 10.0, 20.0, 30.0, 30.0, 30.0]
    assert s.state is SaveState.FAILED
    assert s.reason == f"{reason} · retrying in 30 s"
    assert s.proposal is not None and s.proposal.title == "Ours"
    assert s.has_unsaved_changes()
    monkeypatch.undo()
    assert save(s) is None  # the disk has room again
    assert (s.state, s.retries, s.save_error) == (SaveState.SAVED, 0, None)
    assert store.load_draft(draft).title == "Ours"


def test_a_real_permission_error_is_a_failure_with_its_reason(draft: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    s = opened(draft)
    s.edit("title", "Ours")
    draft.parent.chmod(0o500)
    try:
        assert save(s) == 5.0
    finally:
        draft.parent.chmod(0o700)
    assert s.state is SaveState.FAILED and "ermission" in (s.save_error or "")
    assert store.load_draft(draft).title == "Mine"


def test_an_os_error_from_the_store_is_an_outcome_not_a_crash(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path, proposal: Proposal, **how: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_draft", broken)
    s = opened(draft)
    s.edit("title", "Ours")
    assert save(s) == 5.0
    assert s.save_error == "No space left on device"


def _busy_tries(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], threading.Event]:
    """Watch the store's saves (the real ones run): each try's result, and an event set
    when a try found the draft's lock held by another save."""
    tries: list[str] = []
    busy = threading.Event()
    real = store.save_draft

    def watched(*args: object, **kwargs: object) -> str:
        try:
            saved = real(*args, **kwargs)  # type: ignore[arg-type]
        except store.LockBusyError:
            tries.append("busy")
            busy.set()
            raise
        tries.append("saved")
        return saved

    monkeypatch.setattr(store, "save_draft", watched)
    return tries, busy


def test_a_save_waits_out_another_save_holding_the_lock(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries, busy = _busy_tries(monkeypatch)
    s = opened(draft)
    s.edit("title", "Ours")
    job = s.begin_save()
    assert job is not None
    with ThreadPoolExecutor(1) as pool:
        with store.draft_lock(draft):  # another save of this draft, under way
            writing = pool.submit(session.write, job, lock_timeout=0.05)
            assert busy.wait(60)
        outcome = writing.result(timeout=60)  # the other save is done: tried again
    assert (outcome.error, outcome.conflict) == (None, False)
    assert tries == ["busy", "saved"]
    assert s.finish_save(job, outcome) is None and s.state is SaveState.SAVED
    assert store.load_draft(draft).title == "Ours"


def test_a_lock_held_for_long_is_a_failure_retried_later_not_a_conflict(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries, _ = _busy_tries(monkeypatch)
    monkeypatch.setattr(session, "BUSY_PAUSES", (0.01, 0.01))
    s = opened(draft)
    s.edit("title", "Ours")
    job = s.begin_save()
    assert job is not None
    with store.draft_lock(draft):
        outcome = session.write(job, lock_timeout=0.01)
    assert tries == ["busy"] * 3  # bounded: the pauses, then one last try
    assert outcome.conflict is False and "under way" in (outcome.error or "")
    assert s.finish_save(job, outcome) == 5.0  # tried again later, as any failed save
    assert s.state is SaveState.FAILED and s.conflict is None
    assert store.load_draft(draft).title == "Mine"


def test_a_change_on_disk_is_a_conflict_and_is_never_overwritten(draft: Path) -> None:
    s = opened(draft)
    store.save_draft(draft, Proposal(title="Theirs"), expected=s.fingerprint)
    s.edit("title", "Ours")
    assert save(s) is None
    assert (s.state, s.reason) == (SaveState.CONFLICT, session.CHANGED_ON_DISK)
    assert store.load_draft(draft).title == "Theirs"
    assert s.begin_save() is None  # no autosave until the person chooses
    question = s.conflict_question()
    assert [choice for choice, _ in question.choices] == [Choice.RELOAD, Choice.KEEP, Choice.COPY]
    assert "not saved yet" in question.message
    assert s.leave_reason() == "the file changed on disk"


def test_keep_mine_overwrites_theirs_and_keeps_theirs_as_a_revision(draft: Path) -> None:
    s = opened(draft)
    store.save_draft(draft, Proposal(title="Theirs"), expected=s.fingerprint)
    s.edit("title", "Ours")
    save(s)
    mode = s.save_for(Choice.KEEP)
    assert mode == "overwrite"
    assert save(s, mode, force=True) is None
    assert s.state is SaveState.SAVED and s.conflict is None
    assert store.load_draft(draft).title == "Ours"
    kept = [store.load_draft(r.path).title for r in store.list_revisions(draft)]
    assert "Theirs" in kept


def test_save_as_copy_leaves_theirs_and_moves_the_session(draft: Path) -> None:
    s = opened(draft)
    store.save_draft(draft, Proposal(title="Theirs"), expected=s.fingerprint)
    s.edit("title", "Ours")
    save(s)
    mode = s.save_for(Choice.COPY)
    assert mode == "copy"
    assert save(s, mode, force=True) is None
    assert s.path != draft and s.path.parent == draft.parent
    assert store.load_draft(s.path).title == "Ours"
    assert store.load_draft(draft).title == "Theirs"
    assert s.state is SaveState.SAVED


def test_reload_takes_theirs_and_drops_mine(draft: Path) -> None:
    s = opened(draft)
    store.save_draft(draft, Proposal(title="Theirs"), expected=s.fingerprint)
    s.edit("title", "Ours")
    save(s)
    assert s.save_for(Choice.RELOAD) is None  # a reload reads instead of saving
    s.opened(session.load(s.path, None))
    assert s.proposal is not None and s.proposal.title == "Theirs"
    assert s.state is SaveState.SAVED and s.conflict is None


def test_a_removed_file_is_a_conflict_offering_keep_or_copy(draft: Path) -> None:
    s = opened(draft)
    draft.unlink()
    s.edit("title", "Ours")
    save(s)
    assert s.conflict == "deleted" and s.state is SaveState.CONFLICT
    question = s.conflict_question()
    assert [choice for choice, _ in question.choices] == [Choice.KEEP, Choice.COPY]
    assert save(s, "overwrite", force=True) is None
    assert store.load_draft(draft).title == "Ours"


def test_the_disk_check_notices_a_change_and_a_removal_but_not_its_own_saves(
    draft: Path,
) -> None:
    s = opened(draft)
    path, saves = s.path, s.saves
    assert not s.disk_check(path, saves, store.disk_fingerprint(draft))
    s.edit("title", "Ours")
    save(s)
    stale = store.fingerprint(b"what the file held before the save")
    assert not s.disk_check(path, saves, stale)  # taken before the save: says nothing
    assert not s.disk_check(path, s.saves, s.fingerprint)
    assert s.disk_check(path, s.saves, stale)
    assert s.conflict == "changed"
    assert not s.disk_check(path, s.saves, None)  # one question at a time
    other = opened(draft)
    assert other.disk_check(draft, other.saves, None)
    assert other.conflict == "deleted"


def test_reload_of_a_file_made_unreadable_raises_and_keeps_mine(draft: Path) -> None:
    s = opened(draft)
    s.edit("title", "Ours")
    draft.write_text('title = "broken\n', encoding="utf-8")
    with pytest.raises(DraftError):
        session.load(draft, None)
    assert s.proposal is not None and s.proposal.title == "Ours"
    assert s.has_unsaved_changes()


def test_an_unreadable_file_is_never_saved_over(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("title = \n", encoding="utf-8")
    s = DraftSession(path)
    with pytest.raises(DraftError) as caught:
        s.opened(session.load(path, None))
    s.failed_to_open(str(caught.value))
    assert s.state is SaveState.NOT_LOADED and s.reason == "not loaded"
    assert s.begin_save(force=True) is None
    assert s.edit("title", "x") is False
    assert path.read_text(encoding="utf-8") == "title = \n"


def test_saving_over_a_file_that_became_unreadable_fails_and_leaves_it(draft: Path) -> None:
    s = opened(draft)
    s.edit("title", "Ours")
    draft.write_text("not = [valid", encoding="utf-8")
    save(s, "copy", force=True)  # a copy is always possible
    assert store.load_draft(s.path).title == "Ours"
    assert draft.read_text(encoding="utf-8") == "not = [valid"


def test_an_unknown_call_falls_back_to_the_default_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "odd.toml"
    store.save_draft(path, Proposal(title="Odd", call="igf-1999"))
    loaded = session.load(path, None)
    assert loaded.note and "igf-1999" not in loaded.call.name
    assert session.load(path, "igf-2023").call.name == "igf-2023"


def test_a_sample_draft_opens_and_saves_unchanged(tmp_path: Path) -> None:
    sample = next(iter(sorted(SAMPLES.glob("*.toml"))))
    path = Path(shutil.copy(sample, tmp_path / sample.name))
    s = opened(path)
    before = path.read_bytes()
    assert save(s, force=True) is None
    assert path.read_bytes() == before
    assert s.fingerprint == store.fingerprint(before) and s.state is SaveState.SAVED
