"""An index of the library: what the rows, the people and search need, kept in SQLite.

It is only ever a cache of the draft files:
- a draft whose size or last-change time differs from what the index holds is read
  again (and one changed within the last two seconds is read again next time too, as
  a change in the same clock tick would not show);
- an index that is broken, of another version, or made for another data dir is
  rebuilt, never trusted over the files; one that cannot be opened at all is replaced
  by an index in memory, so a missing or read-only cache only costs speed;
- readiness is kept with the rules it was judged by (call profiles, the call override,
  this version's code), and judged again when they change;
- several processes may share it (SQLite's write-ahead log and a busy timeout);
- deleting it loses nothing.

It lives in the user's cache folder (`cache_dir()/index/<key of the data dir>.sqlite3`,
0600 in 0700 folders), never beside the drafts, which may be a synced folder or a git
repository.  Search goes through an FTS5 table that folds case and accents.

Nothing on the way to the rows of an unchanged library imports pydantic, the model or
the checks: they are imported only when a draft has to be read again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from stat import S_ISREG
from typing import NamedTuple

from proposal_tui import __version__
from proposal_tui.call_files import SHIPPED_CALLS_DIR, user_calls_dir
from proposal_tui.draft_locks import DRAFT_SUFFIX, remove_abandoned_temps
from proposal_tui.errors import DraftError, ProposalTuiError
from proposal_tui.folding import fold_letters
from proposal_tui.paths import PACKAGE_DIR, cache_dir
from proposal_tui.readiness import Readiness
from proposal_tui.search_words import (
    MARK_END,
    MARK_START,
    pieces,
    query_words,
    restored,
    snippet,
)

INDEX_VERSION = 6
"""Bumped when the tables change (4: people keep gender and onsite/online; 5: role
clashes; 6: a clash of moderator and speaker names the moderator's role), so an older
cache is made anew."""
RACY_NS = 2_000_000_000
"""A file changed this recently when it was read is read again next time."""
BUSY_TIMEOUT_S = 10.0
FIRST_ROWS = 60
"""Rows read first on a start with drafts the index does not know (the newest first)."""
BATCH = 400
RANKED = 2_000
"""Sections a search ranks at most: the first found in the index's order.  Ranking (bm25)
costs about 5 µs a section, and a word found in every draft is in 13,000 of them."""
PEEK_LIMIT = 2_000_000
"""Larger files get no first glance (the full read judges them)."""
FIELD_SLOTS = 64
"""Search rows of one draft: rowid = draft id * FIELD_SLOTS + the field's place."""
SEARCH_FIELDS = (
    "title",
    "people",
    "theme",
    "topics",
    "format",
    "format_description",
    "policy_questions",
    "participants_gain",
    "description",
    "expected_outcomes",
    "hybrid_format",
    "links",
)
"""The text search looks in: the form's text sections, and `people` (names, organisations)."""
_CODE_FILES = ("model.py", "call.py", "checks.py", "readiness.py", "store.py", "index.py")

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    rules TEXT NOT NULL,
    fingerprint TEXT,
    title TEXT NOT NULL DEFAULT '',
    call TEXT NOT NULL DEFAULT '',
    call_problem TEXT,
    sections_total INTEGER,
    sections_complete INTEGER,
    errors INTEGER,
    warnings INTEGER,
    error TEXT,
    error_line INTEGER,
    error_column INTEGER
);
CREATE TABLE people (
    draft_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    organization TEXT NOT NULL,
    email TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    region TEXT NOT NULL,
    gender TEXT NOT NULL,
    participation TEXT NOT NULL
);
CREATE INDEX people_by_draft ON people (draft_id);
CREATE INDEX people_by_name ON people (name);
CREATE TABLE clashes (draft_id INTEGER NOT NULL, role TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX clashes_by_draft ON clashes (draft_id);
CREATE VIRTUAL TABLE words USING fts5 (
    text, original UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO meta VALUES ('version', '{INDEX_VERSION}');
"""


class PersonEntry(NamedTuple):
    """One role a person holds in one draft, as the index keeps it."""

    role: str
    """The role as `Proposal.people()` names it: 'organizer 1', 'speaker 2', 'rapporteur'."""
    name: str
    organization: str = ""
    email: str = ""
    stakeholder_group: str = ""
    region: str = ""
    gender: str = ""
    participation: str = ""
    """Where they take part from in this session: 'onsite', 'online' (as typed) or blank."""


class IndexRow(NamedTuple):
    """What the library knows of one draft file without reading it (a tuple: cheap to make)."""

    folder: Path
    name: str
    """The file name (drafts sit directly in the data dir)."""
    size: int
    mtime_ns: int
    title: str = ""
    call_name: str = ""
    call_problem: str | None = None
    """Why the draft's call profile could not be loaded (one line, no path), if it could not."""
    sections_total: int = 0
    sections_complete: int = 0
    errors: int = 0
    warnings: int = 0
    error: str | None = None
    """Why the file could not be read (the message, without path); None when it could."""
    error_line: int | None = None
    error_column: int | None = None
    people: tuple[str, ...] = ()
    """The names of the draft's people (filled only when asked for)."""
    pending: bool = False
    """True for a first glance (the title alone): the draft's full row comes later."""

    @property
    def path(self) -> Path:
        """The draft file."""
        return self.folder / self.name

    @property
    def modified(self) -> datetime:
        """The file's last change, local time."""
        return datetime.fromtimestamp(self.mtime_ns / 1e9)

    @property
    def readable(self) -> bool:
        """True when the file loaded as a draft."""
        return self.error is None

    @property
    def counts(self) -> tuple[int, int, int, int] | None:
        """Readiness as its four numbers (sections total, complete, errors, warnings); None
        when unreadable, of an unknown call, or `pending`."""
        if self.error is not None or self.call_problem is not None or self.pending:
            return None
        return (self.sections_total, self.sections_complete, self.errors, self.warnings)

    @property
    def readiness(self) -> Readiness | None:
        """How far the draft is from ready (None as for `counts`)."""
        counts = self.counts
        return None if counts is None else Readiness(*counts)

    def draft_error(self) -> DraftError | None:
        """The read error as the store raised it (with path, line and column), if any."""
        if self.error is None:
            return None
        return DraftError(self.error, self.path, self.error_line, self.error_column)


class Hit(NamedTuple):
    """One section of one draft that matches a search."""

    path: Path
    title: str
    field: str
    """The section, by its field name ('description'), or 'people'."""
    snippet: tuple[tuple[str, bool], ...]
    """The matching words in context: pieces of text, True for a matching word."""

    @property
    def text(self) -> str:
        """The snippet as plain text."""
        return "".join(piece for piece, _ in self.snippet)


class FileStat(NamedTuple):
    """A draft file as `scan` lists it: its name, size and last-change time."""

    name: str
    size: int
    mtime_ns: int


# --- where it lives ---------------------------------------------------------------------


def index_path(data_dir: Path) -> Path:
    """The index file of the library in `data_dir` (in the user's cache folder)."""
    key = hashlib.sha256(str(_resolved(data_dir)).encode("utf-8", "surrogateescape"))
    return cache_dir() / "index" / f"{key.hexdigest()[:24]}.sqlite3"


def _resolved(data_dir: Path) -> Path:
    try:
        return Path(data_dir).expanduser().resolve()
    except OSError:
        return Path(os.path.abspath(Path(data_dir).expanduser()))


def rules_key(call_override: str | None) -> str:
    """What readiness depends on besides the draft: the call profiles, the override, the code.

    Read from the files' names, sizes and times only, so it costs a few stats.
    """
    parts = [__version__, call_override or ""]
    for folder in (SHIPPED_CALLS_DIR, user_calls_dir()):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.name.endswith(".toml"):
                    info = entry.stat()
                    parts.append(f"{folder.name}/{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    for name in _CODE_FILES:
        with contextlib.suppress(OSError):
            info = (PACKAGE_DIR / name).stat()
            parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def scan(folder: Path) -> list[FileStat]:
    """The draft files directly in `folder`, as `store.draft_files` finds them, with stats."""
    found = []
    try:
        entries = os.scandir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    with entries:
        for entry in entries:
            if not entry.name.endswith(DRAFT_SUFFIX) or entry.name.startswith("."):
                continue
            try:  # a FIFO, a folder or a dangling link is listed too: reading it says why
                info = entry.stat()
            except OSError:
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
            found.append(FileStat(entry.name, info.st_size, info.st_mtime_ns))
    return found


# --- reading one draft --------------------------------------------------------------------


class _Record(NamedTuple):
    row: IndexRow
    fingerprint: str | None
    people: list[PersonEntry]
    texts: dict[str, str]
    clashes: tuple[tuple[str, str], ...] = ()
    """(role, what the rules say) where a person's roles clash (`checks.role_clashes`)."""


def _read(folder: Path, stat: FileStat, call_override: str | None) -> _Record:
    """Read one draft file and judge it: the row, its people and its searchable text."""
    from proposal_tui.call import call_for
    from proposal_tui.checks import readiness, role_clashes
    from proposal_tui.store import read_draft

    path = folder / stat.name
    base = IndexRow(folder, stat.name, stat.size, stat.mtime_ns)
    try:
        draft = read_draft(path)
    except DraftError as exc:
        row = base._replace(error=exc.message, error_line=exc.line, error_column=exc.column)
        return _Record(row, None, [], {})
    except (RecursionError, ValueError) as exc:  # the store's own limits come later
        return _Record(base._replace(error=f"cannot be read: {exc}"), None, [], {})
    proposal = draft.proposal
    people = [person_entry(role, person) for role, person in proposal.people()]
    texts = _texts(proposal, people)
    row = base._replace(title=_text(proposal.title))
    try:
        call = call_for(proposal, call_override)
    except ProposalTuiError as exc:
        problem = getattr(exc, "message", str(exc))
        row = row._replace(call_name=call_override or _text(proposal.call), call_problem=problem)
        return _Record(row, draft.fingerprint, people, texts)
    state = readiness(proposal, call)
    row = row._replace(
        call_name=call.name,
        sections_total=state.sections_total,
        sections_complete=state.sections_complete,
        errors=state.errors,
        warnings=state.warnings,
    )
    clashes = tuple((f.field.replace("_", " "), f.message) for f in role_clashes(proposal, call))
    return _Record(row, draft.fingerprint, people, texts, clashes)


def person_entry(role: str, person: object) -> PersonEntry:
    """What the index keeps of `person` (a `model.Person`) in `role`."""
    return PersonEntry(
        role,
        *(_text(getattr(person, detail, "")) for detail in PersonEntry._fields[1:]),
    )


def _peek(folder: Path, stat: FileStat) -> IndexRow:
    """A first glance at a draft: its title, read with tomllib alone (no model, no checks)."""
    import tomllib

    title = ""
    try:  # non-blocking: a FIFO swapped in since the scan must not hang the first rows
        fd = os.open(folder / stat.name, os.O_RDONLY | os.O_NONBLOCK)
        with open(fd, "rb") as handle:
            if S_ISREG(os.fstat(fd).st_mode) and stat.size <= PEEK_LIMIT:
                title = _text(tomllib.loads(handle.read().decode("utf-8")).get("title"))
    except (OSError, ValueError, RecursionError):
        pass  # the full read says what is wrong
    return IndexRow(folder, stat.name, stat.size, stat.mtime_ns, title=title, pending=True)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _texts(proposal: object, people: list[PersonEntry]) -> dict[str, str]:
    """The searchable text of each section (markers taken out, so snippets stay true)."""
    texts: dict[str, str] = {}
    for name in SEARCH_FIELDS:
        if name == "people":
            value = "\n".join(
                ", ".join(part for part in (p.name, p.organization) if part) for p in people
            )
        else:
            raw = getattr(proposal, name, "")
            value = (
                "\n".join(v for v in raw if isinstance(v, str)) if isinstance(raw, list) else raw
            )
        if isinstance(value, str) and value.strip():
            texts[name] = value.replace(MARK_START, " ").replace(MARK_END, " ")
    return texts


# --- the index ----------------------------------------------------------------------------


class Index:
    """The index of one data dir; safe to share between threads and processes.

    `Index(data_dir)` opens (or makes, or rebuilds) the index file; `rows()` brings it
    up to date with the files and yields the library's rows; `search()` finds text.
    """

    def __init__(
        self,
        data_dir: Path,
        call_override: str | None = None,
        *,
        location: Path | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.call_override = call_override
        self.location = location or index_path(self.data_dir)
        self.in_memory = False
        """True when the index file could not be used: this process keeps one in memory."""
        self.found = 0
        """How many draft files the last `rows()` found."""
        self._lock = threading.RLock()
        self._rules = rules_key(call_override)
        self._db = self._open()

    # opening --------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            return self._open_file()
        except sqlite3.DatabaseError as exc:
            if not isinstance(exc, sqlite3.OperationalError):  # not a database: start anew
                self._remove_files()
                with contextlib.suppress(sqlite3.Error, OSError):
                    return self._open_file()
        except OSError:
            pass
        self.in_memory = True
        db = self._connect(":memory:")
        self._prepare(db)
        return db

    def _open_file(self) -> sqlite3.Connection:
        folder = self.location.parent
        for part in (folder.parent, folder):  # folders made here are private (0700)
            if not part.is_dir():
                part.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.chmod(part, 0o700)
        if not self.location.exists():  # private from the start; SQLite's -wal/-shm follow
            os.close(os.open(self.location, os.O_WRONLY | os.O_CREAT, 0o600))
        db = self._connect(str(self.location))
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            self._prepare(db)
        except BaseException:
            db.close()
            raise
        return db

    def _connect(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return db

    def _prepare(self, db: sqlite3.Connection) -> None:
        """Make the tables, or make them anew when they are of another version or data dir."""
        owner = str(_resolved(self.data_dir))
        if self._meta(db) == (str(INDEX_VERSION), owner):
            return
        with _write(db):
            if self._meta(db) == (str(INDEX_VERSION), owner):  # another process just did it
                return
            for kind, name in db.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')"
            ).fetchall():
                if kind == "table" and not name.startswith(("sqlite_", "words_")):
                    db.execute(f'DROP TABLE IF EXISTS "{name}"')
                elif kind == "view":
                    db.execute(f'DROP VIEW IF EXISTS "{name}"')
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("INSERT INTO meta VALUES ('data_dir', ?)", (owner,))

    @staticmethod
    def _meta(db: sqlite3.Connection) -> tuple[str | None, str | None]:
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None, None
            raise
        return meta.get("version"), meta.get("data_dir")

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.location}{suffix}")

    def close(self) -> None:
        """Close the index file."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # the rows -------------------------------------------------------------------------

    def rows(
        self,
        *,
        first: int = FIRST_ROWS,
        batch: int = BATCH,
        people: bool = True,
        quick: bool = True,
        stats: list[FileStat] | None = None,
    ) -> Iterator[list[IndexRow]]:
        """Bring the index up to date with the files, yielding rows as they are known.

        The first batch holds every draft the index already knew unchanged, and the
        `first` most recently changed of the others; each later batch `batch` more.
        A draft file read again is written to the index before its batch is yielded.
        The batches together hold each draft file once, except with `quick` when more
        than `first` drafts must be read (a first start): the first batch then gives
        those `first` as `pending` rows (the title alone, read without the model or
        the checks, so it comes at once), and a later batch gives each of them whole.
        `people`: fill in the names.  `stats`: the folder's files as `scan` found them
        (a caller that just listed them); listed here when None.  Temp files of killed
        saves are removed first, as `store.list_library` does.
        """
        remove_abandoned_temps(self.data_dir)
        if stats is None:
            stats = scan(self.data_dir)
        self.found = len(stats)
        with self._lock:
            try:
                known = self._known_rows(people)
            except sqlite3.OperationalError:  # busy beyond the timeout: read the files
                known = {}
            except sqlite3.DatabaseError:  # broken
                self._start_over()
                known = {}
        current = {stat.name for stat in stats}
        gone = [name for name in known if name not in current]
        fresh, stale = [], []
        for stat in stats:
            row = known.get(stat.name)
            if row is not None and row.mtime_ns == stat.mtime_ns and row.size == stat.size:
                fresh.append(row)
            else:
                stale.append(stat)
        if gone:
            self._forget(gone)
        stale.sort(key=lambda stat: stat.mtime_ns, reverse=True)
        if quick and len(stale) > first:
            yield fresh + [_peek(self.data_dir, stat) for stat in stale[:first]]
            for start in range(0, len(stale), batch):
                yield self._refresh(stale[start : start + batch], people)
            return
        yield fresh + self._refresh(stale[:first], people)
        for start in range(first, len(stale), batch):
            yield self._refresh(stale[start : start + batch], people)

    def all_rows(
        self, *, people: bool = True, stats: list[FileStat] | None = None
    ) -> list[IndexRow]:
        """Every draft's row, up to date, sorted by file name (`stats` as for `rows`)."""
        found = [row for rows in self.rows(people=people, quick=False, stats=stats) for row in rows]
        return sorted(found, key=lambda row: row.name)

    def _known_rows(self, people: bool) -> dict[str, IndexRow | None]:
        """The rows the index holds, by file name; None for one judged by other rules."""
        names: dict[int, tuple[str, ...]] = {}
        if people:
            names = {
                draft_id: tuple(joined.split(_SEP))
                for draft_id, joined in self._db.execute(
                    "SELECT draft_id, group_concat(name, ?) FROM"
                    " (SELECT draft_id, name FROM people WHERE name != ''"
                    " ORDER BY draft_id, position) GROUP BY draft_id",
                    (_SEP,),
                )
            }
        folder = self.data_dir
        known: dict[str, IndexRow | None] = {}
        for draft_id, same_rules, name, *rest in self._db.execute(
            f"SELECT id, rules = ?, {_ROW_COLUMNS} FROM drafts", (self._rules,)
        ):
            known[name] = (
                IndexRow(folder, name, *rest, people=names.get(draft_id, ()))
                if same_rules
                else None
            )
        return known

    def _refresh(self, stats: list[FileStat], people: bool) -> list[IndexRow]:
        """Read `stats`' files again and write what they hold to the index."""
        if not stats:
            return []
        records = [_read(self.data_dir, stat, self.call_override) for stat in stats]
        now = time.time_ns()
        with self._lock:
            try:
                self._store(records, now)
            except sqlite3.OperationalError:  # busy, full or read-only: kept next time
                pass
            except sqlite3.DatabaseError:  # broken: start anew, the files are the truth
                self._start_over()
                with contextlib.suppress(sqlite3.Error):
                    self._store(records, now)
        if not people:
            return [record.row for record in records]
        return [
            record.row._replace(people=tuple(p.name for p in record.people if p.name))
            for record in records
        ]

    def _store(self, records: list[_Record], now: int) -> None:
        db = self._db
        with _write(db):
            for record in records:
                row = record.row
                size = row.size if now - row.mtime_ns >= RACY_NS else -1
                values = (row.name, size, row.mtime_ns, self._rules, record.fingerprint)
                values += _row_values(row)
                (draft_id,) = db.execute(_UPSERT, values).fetchone()
                base = draft_id * FIELD_SLOTS
                db.execute(
                    "DELETE FROM words WHERE rowid BETWEEN ? AND ?", (base, base + FIELD_SLOTS - 1)
                )
                db.execute("DELETE FROM people WHERE draft_id = ?", (draft_id,))
                db.execute("DELETE FROM clashes WHERE draft_id = ?", (draft_id,))
                db.executemany(
                    "INSERT INTO clashes VALUES (?, ?, ?)",
                    [(draft_id, role, message) for role, message in record.clashes],
                )
                db.executemany(
                    "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (draft_id, position, p.role, p.name, p.organization, p.email,
                         p.stakeholder_group, p.region, p.gender, p.participation)
                        for position, p in enumerate(record.people)
                    ],
                )  # fmt: skip
                db.executemany(
                    "INSERT INTO words (rowid, text, original) VALUES (?, ?, ?)",
                    [
                        (
                            base + SEARCH_FIELDS.index(name),
                            spelled,
                            None if spelled == text else text,
                        )
                        for name, text in record.texts.items()
                        for spelled in (fold_letters(text),)
                    ],
                )

    def _forget(self, names: list[str]) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error), _write(self._db):
            for name in names:
                found = self._db.execute("SELECT id FROM drafts WHERE name = ?", (name,)).fetchone()
                if found is None:
                    continue
                base = found[0] * FIELD_SLOTS
                self._db.execute(
                    "DELETE FROM words WHERE rowid BETWEEN ? AND ?", (base, base + FIELD_SLOTS - 1)
                )
                self._db.execute("DELETE FROM people WHERE draft_id = ?", (found[0],))
                self._db.execute("DELETE FROM clashes WHERE draft_id = ?", (found[0],))
                self._db.execute("DELETE FROM drafts WHERE id = ?", (found[0],))

    def _start_over(self) -> None:
        """The index broke while in use: make a new one (the files are the truth)."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        if not self.in_memory:
            self._remove_files()
        self._db = self._open()

    # search and people -------------------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """The sections of the drafts that hold the words of `text` (the last may be a
        word's start), best first, at most `limit`.

        A draft matches when it holds every word, in one section or spread over several;
        each of its sections holding any of them is a hit.  Sections that hold every
        word come first, then titles and people before the form's other sections, each
        group by FTS5's rank (bm25).  Case, accents and the letters of
        `folding.FOLDED_LETTERS` are ignored ('soren' finds 'Søren').  Call `rows()`
        first for an index that is up to date with the files.
        """
        words = query_words(text)
        if not words:
            return []
        either = " OR ".join(words)
        in_draft = f"rowid / {FIELD_SLOTS} IN (SELECT rowid / {FIELD_SLOTS} FROM words"
        many = len(words) > 1
        candidates = (  # bm25 is worked out for these rows only (see RANKED)
            "SELECT rowid, bm25(words) FROM words WHERE words MATCH ?"
            + "".join(f" AND {in_draft} WHERE words MATCH ?)" for _ in words if many)
            + " ORDER BY rowid LIMIT ?"
        )
        every = "SELECT rowid FROM words WHERE words MATCH ? AND rowid BETWEEN ? AND ?"
        shown = (
            "SELECT words.rowid, drafts.name, drafts.title, text, original"
            f" FROM words JOIN drafts ON drafts.id = words.rowid / {FIELD_SLOTS}"
            " WHERE words.rowid IN ({})"
        )
        with self._lock:
            try:
                scored = self._db.execute(
                    candidates, (either, *(words if many else []), RANKED)
                ).fetchall()
                whole = {rowid for rowid, _ in scored}
                if many and scored:  # the sections holding every word themselves
                    bounds = (" AND ".join(words), scored[0][0], scored[-1][0])
                    whole = {rowid for (rowid,) in self._db.execute(every, bounds)}
                scored.sort(
                    key=lambda found: (found[0] not in whole, found[0] % FIELD_SLOTS > 1, found[1])
                )
                ids = [
                    rowid for rowid, _ in scored[:limit] if rowid % FIELD_SLOTS < len(SEARCH_FIELDS)
                ]
                found = self._db.execute(shown.format(", ".join("?" * len(ids))), ids).fetchall()
            except sqlite3.DatabaseError:
                return []
        by_id = {row[0]: row for row in found}
        hits = []
        for rowid in ids:
            if rowid not in by_id:
                continue
            _, name, title, spelled, original = by_id[rowid]
            marked = snippet(spelled, words)
            if original is not None:
                marked = restored(marked, spelled, original)
            field = SEARCH_FIELDS[rowid % FIELD_SLOTS]
            hits.append(Hit(self.data_dir / name, title, field, pieces(marked)))
        return hits

    def fingerprint(self, path: Path) -> str | None:
        """The fingerprint of the draft at `path` when it was last read (None: not known)."""
        with self._lock:
            found = self._db.execute(
                "SELECT fingerprint FROM drafts WHERE name = ?", (Path(path).name,)
            ).fetchone()
        return found[0] if found else None

    def fingerprints(self) -> dict[Path, str]:
        """The fingerprint of each readable draft when it was last read."""
        with self._lock:
            found = self._db.execute(
                "SELECT name, fingerprint FROM drafts WHERE fingerprint IS NOT NULL"
            ).fetchall()
        return {self.data_dir / name: fingerprint for name, fingerprint in found}

    def people(self) -> dict[str, list[PersonEntry]]:
        """By draft file name: every role of every person in the draft, in form order."""
        found: dict[str, list[PersonEntry]] = {}
        make = PersonEntry._make
        with self._lock:
            rows = self._db.execute(
                "SELECT drafts.name, role, people.name, organization, email,"
                " stakeholder_group, region, gender, participation"
                " FROM people JOIN drafts ON drafts.id = draft_id"
                " ORDER BY drafts.name, position"
            ).fetchall()
        for row in rows:
            entries = found.get(row[0])
            if entries is None:
                entries = found[row[0]] = []
            entries.append(make(row[1:]))
        return found

    def clashes(self) -> dict[str, list[tuple[str, str]]]:
        """By draft file name: each single-person role ('onsite moderator') whose holder's
        roles clash, with what the rules say (`checks.role_clashes`, judged when read)."""
        found: dict[str, list[tuple[str, str]]] = {}
        with self._lock:
            for name, role, message in self._db.execute(
                "SELECT drafts.name, role, message FROM clashes"
                " JOIN drafts ON drafts.id = draft_id ORDER BY drafts.name, clashes.rowid"
            ):
                found.setdefault(name, []).append((role, message))
        return found


_SEP = "\x1f"
"""Joins names in one query (the unit separator; names are single-line text)."""
_ROW_FIELDS = (
    "title",
    "call",
    "call_problem",
    "sections_total",
    "sections_complete",
    "errors",
    "warnings",
    "error",
    "error_line",
    "error_column",
)
_ROW_COLUMNS = "name, size, mtime_ns, " + ", ".join(_ROW_FIELDS)
_UPSERT = (
    f"INSERT INTO drafts (name, size, mtime_ns, rules, fingerprint, {', '.join(_ROW_FIELDS)})"
    f" VALUES ({', '.join('?' * (5 + len(_ROW_FIELDS)))})"
    " ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
    " rules = excluded.rules, fingerprint = excluded.fingerprint, "
    + ", ".join(f"{name} = excluded.{name}" for name in _ROW_FIELDS)
    + " RETURNING id"
)


def _row_values(row: IndexRow) -> tuple[object, ...]:
    return (
        row.title,
        row.call_name,
        row.call_problem,
        row.sections_total,
        row.sections_complete,
        row.errors,
        row.warnings,
        row.error,
        row.error_line,
        row.error_column,
    )


@contextlib.contextmanager
def _write(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (another writer waits up to the busy timeout)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
