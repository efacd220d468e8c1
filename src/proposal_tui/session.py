"""One open draft: the proposal being edited, the file it came from, and whether it is saved.

A `DraftSession` decides; the wizard shows and asks.  It holds the proposal, the
fingerprint of the bytes it was loaded from (or last saved as), how many edits are not on
disk yet, and the outcome of the last save: saved, a conflict (the file changed or went
away on disk) or a failure with its reason and the wait before the next try.  Saving goes
through `store.save_draft`, which refuses to overwrite a file changed since it was read.

No Textual here: the screen keeps the timers, workers and dialogs and calls, in order,
`begin_save` (on the UI side), `write` (in a thread) and `finish_save` (on the UI side).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal

from proposal_tui import store
from proposal_tui.call import DEFAULT_CALL, Call, available_calls, load_call
from proposal_tui.errors import CallError, DraftError
from proposal_tui.model import Person, Proposal

SaveMode = Literal["normal", "overwrite", "copy"]
"""'normal': only over the content loaded; 'overwrite': over whatever is there now;
'copy': to a new file beside the draft."""
CHANGED_ON_DISK = "changed on disk (ctrl+s)"
"""The reason shown while the person has not chosen what to do about a change on disk."""


class SaveState(StrEnum):
    """Where the draft stands on disk."""

    LOADING = "loading"
    NOT_LOADED = "not loaded"
    SAVED = "saved"
    EDITED = "edited"
    SAVING = "saving"
    FAILED = "failed"
    CONFLICT = "conflict"


class Choice(StrEnum):
    """What the person may do about a file changed (or removed) on disk."""

    RELOAD = "reload"
    KEEP = "keep"
    COPY = "copy"


@dataclass(frozen=True)
class Loaded:
    """A draft as read for editing, with the call it is judged against."""

    draft: store.Draft
    call: Call
    calls: list[str]
    note: str = ""


@dataclass(frozen=True)
class SaveJob:
    """One save to run: a copy of the proposal, where, over what, and which edit it holds."""

    path: Path
    proposal: Proposal
    expected: str | None
    mode: SaveMode
    edits: int


@dataclass(frozen=True)
class SaveOutcome:
    """What a save did: the file written and its fingerprint, or why it was not."""

    path: Path
    fingerprint: str | None = None
    error: str | None = None
    conflict: bool = False
    deleted: bool = False
    """With `conflict`: the file was no longer there."""


@dataclass(frozen=True)
class ConflictQuestion:
    """What to ask about a change on disk: a title, the situation, and the choices."""

    title: str
    message: str
    choices: list[tuple[Choice, str]]


def load(path: Path, call_name: str | None) -> Loaded:
    """Read the draft and its call (run it in a thread); an unknown call falls back to the
    default with a note.  Raises DraftError when the file cannot be read."""
    draft = store.read_draft(path)
    calls = available_calls()
    name = call_name or draft.proposal.call or DEFAULT_CALL
    try:
        return Loaded(draft, load_call(name), calls)
    except CallError as exc:
        note = f"{exc.message}; judging against {DEFAULT_CALL}"
        return Loaded(draft, load_call(DEFAULT_CALL), calls, note)


BUSY_PAUSES: tuple[float, ...] = (0.25, 0.5, 1.0)
"""Seconds before trying a save again while another save of the draft holds its lock."""


def write(job: SaveJob, *, lock_timeout: float = store.LOCK_TIMEOUT) -> SaveOutcome:
    """Run `job` (in a thread): never raises, every failure is an outcome with its reason.

    When another save holds the draft's lock (waited for up to `lock_timeout` seconds),
    the save is tried again after each of BUSY_PAUSES; still busy, it is a failure that
    the session retries later, never a conflict: nothing changed on disk.
    """
    for pause in BUSY_PAUSES:
        try:
            return _write_once(job, lock_timeout)
        except store.LockBusyError:
            time.sleep(pause)
    try:
        return _write_once(job, lock_timeout)
    except store.LockBusyError as exc:
        return SaveOutcome(job.path, error=exc.message)


def _write_once(job: SaveJob, lock_timeout: float) -> SaveOutcome:
    """One try at `job`; raises LockBusyError, every other failure is an outcome."""
    path, expected = job.path, job.expected
    try:
        if job.mode == "copy":
            path = store.new_draft_path(path.parent, f"{path.stem} mine")
            expected = None
        elif job.mode == "overwrite":
            expected = store.disk_fingerprint(path)
        saved = store.save_draft(path, job.proposal, expected=expected, lock_timeout=lock_timeout)
        return SaveOutcome(path, saved)
    except store.LockBusyError:
        raise
    except store.ConflictError as exc:
        deleted = not path.exists()
        return SaveOutcome(path, error=exc.message, conflict=True, deleted=deleted)
    except DraftError as exc:
        return SaveOutcome(path, error=exc.message.removeprefix("not saved: "))
    except OSError as exc:
        return SaveOutcome(path, error=exc.strerror or str(exc))


class DraftSession:
    """The life of one open draft, from loading to the last save."""

    RETRY_DELAYS: tuple[float, ...] = (5.0, 10.0, 20.0, 30.0)
    """Seconds before retrying a failed save (the last repeats)."""

    def __init__(self, path: Path, call_override: str | None = None) -> None:
        self.path = Path(path)
        self.call_override = call_override
        self.proposal: Proposal | None = None
        self.call: Call | None = None
        self.calls: list[str] = []
        self.fingerprint: str | None = None
        """The fingerprint of the file as last loaded or saved here."""
        self.load_error: str | None = None
        self.save_error: str | None = None
        """Why the last save failed (None after a good save)."""
        self.conflict: Literal["changed", "deleted"] | None = None
        """The file changed (or went away) on disk and the person has not chosen yet."""
        self.saving = False
        self.saves = 0
        """How many saves were started: a disk check older than the last save is stale."""
        self.retries = 0
        self._edits = 0
        self._saved_edits = 0

    # --- loading --------------------------------------------------------------------

    def opened(self, loaded: Loaded) -> None:
        """Take a freshly read draft (first open or reload): nothing unsaved, no conflict."""
        self.proposal = loaded.draft.proposal
        self.fingerprint = loaded.draft.fingerprint
        self.call = loaded.call
        self.calls = loaded.calls
        self.load_error = self.save_error = None
        self.conflict = None
        self.retries = 0
        self._edits = self._saved_edits = 0

    def failed_to_open(self, message: str) -> None:
        """The draft could not be read: nothing will ever be saved over it."""
        self.load_error = message

    def use_call(self, call: Call) -> None:
        """Judge the draft against `call` from now on (the person picked another call)."""
        self.call = call
        self.call_override = None

    # --- editing --------------------------------------------------------------------

    def edit(self, field: str, value: object) -> bool:
        """Set `field` to `value`; False (nothing to save) when it already held it."""
        if self.proposal is None or getattr(self.proposal, field) == value:
            return False
        setattr(self.proposal, field, value)
        self._edits += 1
        return True

    def edit_person(self, old: Person, new: Person) -> bool:
        """Put `new` wherever the record `old` still is: a person edited in one role is
        edited in all of theirs.  False when no other role held `old`."""
        if self.proposal is None or old is new or not self.proposal.roles_of(old):
            return False
        self.proposal.replace_person(old, new)
        self._edits += 1
        return True

    def has_unsaved_changes(self) -> bool:
        """True when something edited here is not on disk yet."""
        return self._edits != self._saved_edits

    @property
    def state(self) -> SaveState:
        """Where the draft stands on disk now."""
        if self.load_error is not None:
            return SaveState.NOT_LOADED
        if self.proposal is None:
            return SaveState.LOADING
        if self.saving:
            return SaveState.SAVING
        if self.conflict is not None:
            return SaveState.CONFLICT
        if self.save_error is not None:
            return SaveState.FAILED
        return SaveState.EDITED if self.has_unsaved_changes() else SaveState.SAVED

    @property
    def reason(self) -> str:
        """Why the draft is not saved (empty when it is, or is on its way)."""
        state = self.state
        if state is SaveState.NOT_LOADED:
            return "not loaded"
        if state is SaveState.CONFLICT:
            return CHANGED_ON_DISK
        if state is SaveState.FAILED:
            return f"{self.save_error} · retrying in {self.retry_delay():g} s"
        return ""

    # --- saving ---------------------------------------------------------------------

    def begin_save(self, mode: SaveMode = "normal", *, force: bool = False) -> SaveJob | None:
        """The save to run now, or None: nothing loaded, nothing to save, or a change on
        disk waiting for the person's choice (`force` saves anyway, for that choice)."""
        if self.proposal is None or self.load_error is not None:
            return None
        if not force and (self.conflict is not None or not self.has_unsaved_changes()):
            return None
        self.saves += 1
        self.saving = True
        proposal = self.proposal.model_copy(deep=True)
        return SaveJob(self.path, proposal, self.fingerprint, mode, self._edits)

    def finish_save(self, job: SaveJob, outcome: SaveOutcome) -> float | None:
        """Record what the save did; the seconds to wait before retrying, when it failed
        for a reason other than a change on disk (None otherwise)."""
        self.saving = False
        if outcome.error is None:
            self.path = outcome.path
            self.fingerprint = outcome.fingerprint
            self._saved_edits = job.edits
            self.save_error = None
            self.conflict = None
            self.retries = 0
            return None
        if outcome.conflict:
            self.conflict = "deleted" if outcome.deleted else "changed"
            return None
        self.save_error = outcome.error
        self.retries += 1
        return self.retry_delay()

    def retry_delay(self) -> float:
        """The wait before the next retry of the failed save (grows, then stays)."""
        return self.RETRY_DELAYS[min(max(self.retries - 1, 0), len(self.RETRY_DELAYS) - 1)]

    # --- changes made elsewhere -----------------------------------------------------

    def disk_check(self, path: Path, saves: int, now: str | None) -> bool:
        """A look at the disk (`now`, the fingerprint there, None when gone) taken for
        `path` after `saves` saves: True when it shows a change made elsewhere (a new
        conflict).  A look older than the last save or move says nothing."""
        if path != self.path or saves != self.saves or self.saving or self.conflict:
            return False
        if now == self.fingerprint:
            return False
        self.conflict = "deleted" if now is None else "changed"
        return True

    def conflict_question(self) -> ConflictQuestion:
        """What to ask about the change on disk, in words that fit this draft's state."""
        mine = (
            "Your changes here are not saved yet."
            if self.has_unsaved_changes()
            else "You have no unsaved changes here."
        )
        if self.conflict == "deleted":
            return ConflictQuestion(
                "The draft was deleted or moved",
                f"{self.path.name} is no longer on disk. {mine}",
                [
                    (Choice.KEEP, "Keep mine: save this window's version here again"),
                    (Choice.COPY, "Save mine as a copy, under a new name"),
                ],
            )
        reload = (
            "Reload theirs: drop what you changed here"
            if self.has_unsaved_changes()
            else "Reload theirs: show the version on disk"
        )
        return ConflictQuestion(
            "The draft changed on disk",
            f"{self.path.name} was changed by another window or program (a sync?) "
            f"since it was opened here. {mine}",
            [
                (Choice.RELOAD, reload),
                (Choice.KEEP, "Keep mine: overwrite theirs (kept as a revision)"),
                (Choice.COPY, "Save mine as a copy; theirs stays as it is"),
            ],
        )

    def save_for(self, choice: Choice) -> SaveMode | None:
        """The save that carries out `choice` (None for a reload, which reads instead)."""
        if choice is Choice.KEEP:
            return "overwrite"
        if choice is Choice.COPY:
            return "copy"
        return None

    def leave_reason(self) -> str:
        """Why the draft is not saved, for the question before leaving without it."""
        return "the file changed on disk" if self.conflict else self.save_error or "not saved"
