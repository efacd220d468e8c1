"""A workspace: one folder of drafts and what a person does to them, for both faces.

The library screen, the trash, revisions and compare screens, and the command line all
ask a `Workspace` for the rows of the library (read through the library's index,
`index.py`, and made into rows by one function, `row_from_index`),
and to create, duplicate, rename, delete, restore, import, export and compare drafts,
so both faces show the same rows and the same errors.  No Textual here; the calls
block on disk, so the app runs them in threads.  The core (pydantic) is imported when
first used, so making a workspace costs the app's first frame nothing.

A workspace may also show a folder of sample drafts beside the data dir (the demo):
those rows are marked as samples, and what a person makes (new, copy, import) goes to
the data dir, never to the samples' folder.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from proposal_tui.errors import DraftError, ProposalTuiError
from proposal_tui.folding import fold

if TYPE_CHECKING:
    from proposal_tui.call import Call
    from proposal_tui.checks import Readiness
    from proposal_tui.compare import Comparison
    from proposal_tui.index import FileStat, Hit, IndexRow
    from proposal_tui.model import Proposal
    from proposal_tui.people_directory import Directory
    from proposal_tui.store import Draft, Revision

SORTS = ("changed", "title", "readiness")
"""The orders the library can be sorted in (see `DraftRow.sort_key`)."""


class ExportTargetError(ProposalTuiError):
    """An export was asked to write where it must not (the draft itself)."""


def count(n: int, noun: str) -> str:
    """'1 draft', '3 drafts'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def error_line(error: DraftError) -> str:
    """A draft error as one line without the path: 'line 3, column 5: not valid TOML: …'."""
    where = ""
    if error.line is not None:
        where = f"line {error.line}" + (f", column {error.column}" if error.column else "")
        where += ": "
    return where + error.message


def short_readiness(state: Readiness) -> str:
    """Readiness for a table cell: '✗ 7/9, 2 problems', '! 9/9, 1 warning', '✓ 9/9, ready'."""
    head = f"{state.mark} {state.sections_complete}/{state.sections_total}"
    if state.errors:
        return f"{head}, {count(state.errors, 'problem')}"
    if not state.ready:
        return f"{head}, not ready"
    if state.warnings:
        return f"{head}, {count(state.warnings, 'warning')}"
    return f"{head}, ready"


# --- the rows of the library -------------------------------------------------------------


@dataclass(frozen=True)
class DraftRow:
    """One draft of the library: what the list shows and what the filter searches.

    Plain data, made from what the library's index knows of the draft (`row_from_index`).
    """

    path: Path
    modified: datetime
    title: str = ""
    call_name: str = ""
    readiness: Readiness | None = None
    error: str | None = None
    """Why the file could not be read (one line, no path); None for a readable draft."""
    call_problem: str | None = None
    """Why the draft's call profile could not be loaded, if it could not."""
    people: tuple[str, ...] = field(default=())
    sample: bool = False
    """True for a sample draft the demo shows from its own folder."""
    pending: bool = False
    """True while only the title is known (the first rows of a first start)."""

    @property
    def readable(self) -> bool:
        """True when the file loaded as a draft."""
        return self.error is None

    @cached_property
    def name(self) -> str:
        """The file name."""
        return self.path.name

    @property
    def shown_title(self) -> str:
        """The title (marked when a sample), or a placeholder saying why there is none."""
        if not self.readable:
            return f"{self.name} (cannot be read)"
        title = self.title or "(untitled)"
        return f"(sample) {title}" if self.sample else title

    @cached_property
    def search_text(self) -> str:
        """What the filter matches against: title, file name, people's names."""
        return fold(" ".join((self.title, self.name, *self.people)))

    @cached_property
    def _sort_title(self) -> str:
        return fold(self.title)

    def fold_keys(self) -> None:
        """Work out the row's filter and sort keys now (the library does it in the thread
        that reads the rows, so that no key typed in the filter waits for it)."""
        _ = self.search_text, self._sort_title

    def matches(self, query: str) -> bool:
        """True when every word of `query` is found (case and accents ignored)."""
        return self.has_words(fold(query).split())

    def has_words(self, folded: list[str]) -> bool:
        """True when every one of the `folded` words is found (see `fold`)."""
        text = self.search_text
        return all(word in text for word in folded)

    def readiness_cell(self) -> str:
        """The readiness column's text."""
        if not self.readable:
            return "✗ unreadable"
        if self.pending:
            return "… reading"
        if self.readiness is None:
            return "? unknown call"
        return short_readiness(self.readiness)

    def state_line(self) -> str:
        """Readiness in one line: '✓ Ready: 9 of 9 sections, 1 warning' or why unknown."""
        if not self.readable:
            return f"✗ unreadable: {self.error}"
        if self.pending:
            return "… reading the draft"
        if self.readiness is None:
            return f"? call profile {self.call_name!r}: {self.call_problem}"
        return f"{self.readiness.mark} {self.readiness.summary()}"

    def sort_key(self, sort: str) -> tuple[Any, ...]:
        """The key this row sorts by under `sort` (see SORTS)."""
        title = self._sort_title
        if sort == "title":
            return (not self.readable, not title, title, self.name)
        if sort == "readiness":
            r = self.readiness
            if r is None:
                return (1, 0, 0, 0.0, title, self.name)
            done = r.sections_complete / r.sections_total if r.sections_total else 0.0
            return (0, not r.ready, r.errors, -done, title, self.name)
        return (-self.modified.timestamp(), title, self.name)


class Scan(NamedTuple):
    """Each folder's draft files with their stats (`index.scan`), listed once, and when."""

    files: tuple[list[FileStat], ...]
    """In the order of `Workspace.folders`."""
    at_ns: int
    """`time.time_ns()` once they were listed."""


class RowBatch(NamedTuple):
    """Rows as the index delivers them, and how far the reading is."""

    rows: list[DraftRow]
    whole: int
    """Drafts read whole so far (not `pending`)."""
    total: int
    """Drafts found so far."""


def row_from_index(row: IndexRow, *, sample: bool = False) -> DraftRow:
    """The library row for a row of the index (which judged the draft when it was read)."""
    error = row.draft_error()
    return DraftRow(
        row.path,
        row.modified,
        title=row.title,
        call_name=row.call_name,
        readiness=row.readiness,
        error=error_line(error) if error is not None else None,
        call_problem=row.call_problem,
        people=tuple(dict.fromkeys(row.people)),  # a person in several roles: once
        sample=sample,
        pending=row.pending,
    )


def sorted_rows(rows: Iterable[DraftRow], sort: str, query: str = "") -> list[DraftRow]:
    """The rows `query` lets through, in the order `sort` names."""
    return filtered_rows(sorted(rows, key=lambda row: row.sort_key(sort)), query)


def filtered_rows(rows: list[DraftRow], query: str) -> list[DraftRow]:
    """The rows `query` lets through, in their order (case and accents ignored)."""
    words = fold(query).split()
    if len(words) == 1:  # the common case, as a word is typed: one test a row
        word = words[0]
        return [row for row in rows if word in row.search_text]
    return [row for row in rows if row.has_words(words)] if words else list(rows)


# --- what other screens show ---------------------------------------------------------------


@dataclass(frozen=True)
class TrashedDraft:
    """A draft in the trash: where it is, the name it had, when it was deleted, its title."""

    path: Path
    name: str
    deleted: datetime | None
    title: str

    def label(self) -> str:
        """One line for the list."""
        when = f"deleted {self.deleted:%Y-%m-%d %H:%M}" if self.deleted else "deleted"
        return f"{self.name} · {self.title or '(untitled)'} · {when}"


@dataclass(frozen=True)
class RevisionRow:
    """A revision with the one-line summary of what changed after it."""

    revision: Revision
    summary: str


@dataclass(frozen=True)
class Revisions:
    """A draft's revisions, newest first, and the fingerprint a restore must find on disk."""

    rows: list[RevisionRow]
    fingerprint: str


@dataclass(frozen=True)
class ComparedDrafts:
    """Two drafts as read, the call they are compared under, and their comparison."""

    a: Draft
    b: Draft
    call: Call
    readiness_a: Readiness
    readiness_b: Readiness
    comparison: Comparison


@dataclass(frozen=True)
class Imported:
    """A draft made from published text, what the importer noticed, and what it guessed."""

    path: Path
    notes: tuple[str, ...]
    guesses: tuple[str, ...] = ()


def write_export(
    proposal: Proposal,
    call: Call,
    fmt: str,
    target: Path,
    *,
    include_contacts: bool = False,
    source: Path | None = None,
) -> Path:
    """Write `proposal` in `fmt` to `target` (never onto `source`, the draft's own file)."""
    from proposal_tui.export import export
    from proposal_tui.store import write_atomic

    if source is not None and Path(target).resolve() == Path(source).resolve():
        raise ExportTargetError("that is the draft itself; choose another file", target)
    text = export(proposal, call, fmt, include_contacts=include_contacts)
    write_atomic(Path(target), text.encode("utf-8"))
    return Path(target)


# --- the workspace ---------------------------------------------------------------------

EXPORTS_DIR = "exports"
"""The data dir's folder for exports (not drafts: the library lists only the data dir's own
files)."""


class Workspace:
    """The drafts folder a person works in, the call override, and an optional samples folder.

    Every method reads or writes the disk, and raises `ProposalTuiError` (or `OSError`)
    with one clear line when it cannot do what was asked.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        call_override: str | None = None,
        samples_dir: Path | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.call_override = call_override
        apart = samples_dir is not None and Path(samples_dir).resolve() != self.data_dir.resolve()
        self.samples_dir = Path(samples_dir) if apart else None
        self._people: tuple[object, Directory] | None = None
        """The directory last built, with the state of the folders it was built from."""
        self._people_lock = threading.Lock()
        """One build at a time: a second asker (the screen, while the library builds it
        ahead) waits for the first and gets its directory."""

    def __repr__(self) -> str:
        return f"Workspace({self.data_dir!s}, call_override={self.call_override!r})"

    @property
    def folders(self) -> list[Path]:
        """The folders whose drafts the library lists: the data dir, then the samples'."""
        return [self.data_dir] + ([self.samples_dir] if self.samples_dir else [])

    def is_sample(self, path: Path) -> bool:
        """True for a draft in the samples' folder."""
        return self.samples_dir is not None and Path(path).parent == self.samples_dir

    # --- listing --------------------------------------------------------------------------

    def rows(self) -> list[DraftRow]:
        """A row for every draft of the workspace, readable or not, by folder then name."""
        latest: dict[Path, DraftRow] = {}
        for batch in self.row_batches(quick=False):
            latest.update((row.path, row) for row in batch.rows)
        order = {folder: place for place, folder in enumerate(self.folders)}
        return sorted(latest.values(), key=lambda row: (order[row.path.parent], row.name))

    def row_batches(self, *, quick: bool = True, scan: Scan | None = None) -> Iterator[RowBatch]:
        """The rows of every draft, in batches as the index knows them (see `Index.rows`):
        the drafts it knows unchanged and the newest others first; with `quick`, a later
        batch may bring the whole row of one given `pending` before (same path).  `scan`:
        the folders as `scan` just listed them (listed again when None)."""
        from proposal_tui.index import Index

        whole = total = 0
        for place, folder in enumerate(self.folders):
            sample = folder == self.samples_dir
            stats = scan.files[place] if scan is not None else None
            with Index(folder, self.call_override) as index:
                for batch in index.rows(quick=quick, stats=stats):
                    rows = [row_from_index(row, sample=sample) for row in batch]
                    whole += sum(not row.pending for row in rows)
                    yield RowBatch(rows, whole, total + index.found)
                total += index.found

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """Sections of the workspace's drafts holding the words of `text` (see
        `Index.search`; call `rows` or `row_batches` first for an index up to date)."""
        from proposal_tui.index import Index

        hits: list[Hit] = []
        for folder in self.folders:
            with Index(folder, self.call_override) as index:
                hits += index.search(text, limit=limit - len(hits))
            if len(hits) >= limit:
                break
        return hits

    def scan(self) -> Scan:
        """Each folder's draft files with their stats, in one pass over each: what `state`,
        `row_batches` and `people` can share instead of listing the folders again."""
        from proposal_tui.index import scan

        files = tuple(scan(folder) for folder in self.folders)
        return Scan(files, time.time_ns())

    def state(self, scan: Scan | None = None) -> object | None:
        """What the rows and the People directory are made of, in a few stats: the call
        override, the rules drafts are judged by (`index.rules_key`) and each folder's
        draft files with their sizes and last-change times (`scan`, listed now when
        None).  Two equal states: nothing to read again.  None when a draft changed
        within the last tick before the listing (a second change in the same tick would
        not show), so that it is never taken as unchanged."""
        from proposal_tui.index import RACY_NS, rules_key

        scan = scan or self.scan()
        stats = tuple(frozenset(found) for found in scan.files)
        newest = max((stat.mtime_ns for found in stats for stat in found), default=0)
        if scan.at_ns - newest < RACY_NS:
            return None
        return (self.call_override, rules_key(self.call_override), stats)

    def people(self, scan: Scan | None = None) -> Directory:
        """Everyone in the workspace's drafts (as the index knows them), with their flags:
        over the call's session limit, details that differ, roles that clash, names maybe
        the same; and each draft's fingerprint as read, for `update_everywhere`.  Kept
        while `state` stays the same.  `scan`: the folders as `scan` listed them for the
        read that comes just before (the library's), listed now when None.  Safe to call
        from several threads: they build it once."""
        with self._people_lock:
            scan = scan or self.scan()
            state = self.state(scan)
            if state is not None and self._people is not None and self._people[0] == state:
                return self._people[1]  # no draft added, removed or changed since
            found = self._build_people(scan)
            if state is not None:
                self._people = (state, found)
            return found

    def kept_people(self) -> Directory | None:
        """The directory `people` built last, without looking whether a draft changed since
        (to show at once while `people` looks)."""
        return self._people[1] if self._people is not None else None

    def _build_people(self, scan: Scan) -> Directory:
        from proposal_tui.index import Index
        from proposal_tui.people_directory import (
            DraftPeople,
            directory_with_calls,
            drafts_from_index,
        )

        drafts: list[DraftPeople] = []
        seen: dict[Path, str] = {}
        for folder, stats in zip(self.folders, scan.files, strict=True):
            with Index(folder, self.call_override) as index:
                drafts += drafts_from_index(index, stats)
                seen |= index.fingerprints()
        directory = directory_with_calls(drafts, self.call_override, fingerprints=seen)
        directory.fold_names()
        return directory

    def trash_count(self) -> int:
        """How many deleted drafts can be restored."""
        from proposal_tui.store import list_trash

        return sum(len(list_trash(folder)) for folder in self.folders)

    def trashed(self) -> list[TrashedDraft]:
        """The drafts in the trash, most recently deleted first."""
        from proposal_tui.store import list_trash, load_draft, original_name, trashed_at

        found = []
        for folder in self.folders:
            for path in list_trash(folder):
                try:
                    title = load_draft(path).title
                except ProposalTuiError:
                    title = "(cannot be read)"
                found.append(TrashedDraft(path, original_name(path), trashed_at(path), title))
        return sorted(found, key=lambda item: item.deleted or datetime.min, reverse=True)

    def call_choices(self) -> list[tuple[str, str]]:
        """(name, 'name: title') for every call profile that loads."""
        from proposal_tui.call import available_calls, load_call

        choices = []
        for name in available_calls():
            try:
                choices.append((name, f"{name}: {load_call(name).title}"))
            except ProposalTuiError:
                continue
        if not choices:
            raise ProposalTuiError("no call profile could be read")
        return choices

    def call_of(self, proposal: Proposal) -> Call:
        """The call `proposal` is judged against (the override, else its own)."""
        from proposal_tui.call import call_for

        return call_for(proposal, self.call_override)

    # --- changing the folder ---------------------------------------------------------------

    def create(self, title: str, call_name: str) -> Path:
        """A new draft in the data dir titled `title` for call `call_name`; its path."""
        from proposal_tui.model import Proposal
        from proposal_tui.store import create_draft

        return create_draft(self.data_dir, Proposal(call=call_name, title=title))

    def duplicate(self, path: Path) -> Path:
        """A copy of the draft at `path`, titled '… (copy)': beside it, or in the data dir
        when it is a sample."""
        from proposal_tui.store import create_draft, duplicate_draft, load_draft

        if self.is_sample(path):
            proposal = load_draft(path)
            copy = proposal.model_copy(
                update={"title": f"{proposal.title} (copy)".strip()}, deep=True
            )
            return create_draft(self.data_dir, copy)
        return duplicate_draft(path)

    @staticmethod
    def rename_problem(path: Path, new_stem: str) -> str | None:
        """Why `path` cannot be renamed to `new_stem` (another draft has that name), or None."""
        from proposal_tui.store import DRAFT_SUFFIX, slugify

        target = Path(path).with_name(slugify(new_stem) + DRAFT_SUFFIX)
        if target != Path(path) and target.exists():
            return f"A draft named {target.name} is already there."
        return None

    @staticmethod
    def rename(path: Path, new_stem: str) -> Path:
        """Give the draft at `path` a new file name; its new path."""
        from proposal_tui.store import rename_draft

        return rename_draft(path, new_stem)

    @staticmethod
    def trash(path: Path) -> Path:
        """Move the draft at `path` to the trash; where it went."""
        from proposal_tui.store import trash_draft

        return trash_draft(path)

    @staticmethod
    def restore(trashed: Path) -> Path:
        """Put a trashed draft back in its folder, under a free name; its path."""
        from proposal_tui.store import restore_draft

        return restore_draft(trashed)

    def add_samples(self) -> list[Path]:
        """Copy the shipped sample drafts into the data dir; the copies' paths."""
        from proposal_tui.paths import bundled_dir
        from proposal_tui.store import copy_samples

        return copy_samples(bundled_dir("sample_proposals"), self.data_dir)

    def import_text(self, text: str, target: Path | None = None) -> Imported:
        """A new draft from published proposal text: at `target` (which must not exist yet),
        else a free name in the data dir."""
        from proposal_tui.importer import import_text
        from proposal_tui.store import create_draft, ensure_folder, save_draft

        result = import_text(text, call_name=self.call_override)
        if target is None:
            path = create_draft(self.data_dir, result.proposal)
        else:
            if os.path.lexists(target):  # a dangling symlink too: never written through
                raise DraftError("already exists; choose another path", target)
            ensure_folder(target.parent)
            save_draft(target, result.proposal)
            path = target
        return Imported(path, tuple(result.notes), tuple(result.guesses))

    # --- reading for other screens ---------------------------------------------------------

    @property
    def exports_dir(self) -> Path:
        """Where exports go unless the person types another folder: `exports/` in the data
        dir (made on the first export), or the home folder where the data dir cannot
        hold it (read-only); never the folder the app happened to start in."""
        folder = self.data_dir / EXPORTS_DIR
        if folder.is_dir() or os.access(self.data_dir, os.W_OK):
            return folder
        return Path.home()

    def export_path(self, path: Path, fmt: str, folder: Path) -> Path:
        """Where an export of the draft at `path` in `fmt` goes in `folder` by default."""
        from proposal_tui.export_formats import EXPORT_FORMATS

        return folder / EXPORT_FORMATS[fmt].file_name(Path(path).stem)

    def export(self, path: Path, fmt: str, target: Path, *, include_contacts: bool = False) -> Path:
        """Write the draft at `path` in `fmt` to `target`; `target`."""
        from proposal_tui.store import load_draft

        proposal = load_draft(path)
        return write_export(
            proposal,
            self.call_of(proposal),
            fmt,
            target,
            include_contacts=include_contacts,
            source=path,
        )

    def compared(self, a: Path, b: Path) -> ComparedDrafts:
        """Read both drafts and compare them under a's call (the override wins)."""
        from proposal_tui.checks import readiness
        from proposal_tui.compare import compare
        from proposal_tui.store import read_draft

        draft_a, draft_b = read_draft(a), read_draft(b)
        call = self.call_of(draft_a.proposal)
        call_b = self.call_of(draft_b.proposal)
        return ComparedDrafts(
            draft_a,
            draft_b,
            call,
            readiness(draft_a.proposal, call),
            readiness(draft_b.proposal, call_b),
            compare(draft_a.proposal, draft_b.proposal, call),
        )

    def revisions(self, path: Path) -> Revisions:
        """Each revision of the draft at `path` (newest first) with what the next newer
        version changed, and the fingerprint of the current file."""
        from proposal_tui.compare import change_summary
        from proposal_tui.store import list_revisions, load_draft, read_draft

        current = read_draft(path)
        call = self.call_of(current.proposal)
        rows = []
        newer = current.proposal
        for revision in list_revisions(path):
            try:
                older = load_draft(revision.path)
            except ProposalTuiError as exc:
                rows.append(RevisionRow(revision, f"✗ unreadable: {exc.message}"))
                continue
            rows.append(RevisionRow(revision, change_summary(older, newer, call)))
            newer = older
        return Revisions(rows, current.fingerprint)
