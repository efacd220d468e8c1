"""Drafts on disk: TOML files, saved atomically, loaded with clear errors.

Promises kept here (see DESIGN.md):
- save = temp file in the same folder, flush, fsync, `os.replace`, fsync the folder;
  a kill at any instant leaves the old file or the new one, never a torn one;
- a draft that breaks the rules still saves (nothing here looks at the rules);
- a file that cannot be read is never written over;
- a save can be told which file content it was loaded from (`expected`), and
  refuses with `ConflictError` when the file changed on disk since;
- files are 0600 and the folders this module creates are 0700;
- every save that changes a draft first keeps the old content as a revision;
- the check of `expected`, the revision and the rename are one step under an advisory
  lock (`.NAME.toml.lock` beside the draft), so of two writers one gets ConflictError;
- only regular files are read, within size and nesting limits (see `userfiles`);
- a symlinked draft is written through: its target is replaced atomically, the link stays;
  symlinked `.revisions` and `.trash` folders are refused;
- temp files left by a killed save are removed by the next save or library listing
  (`draft_locks`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from proposal_tui.draft_locks import (
    DRAFT_SUFFIX,
    FILE_MODE,
    LOCK_TIMEOUT,
    TEMP_SUFFIX,
    draft_lock,
    remove_abandoned_temps,
    remove_stale_temps,
    revisions_dir,
    write_target,
)
from proposal_tui.draft_locks import REVISIONS_DIR as REVISIONS_DIR
from proposal_tui.draft_schema import SCHEMA_VERSION as SCHEMA_VERSION
from proposal_tui.draft_schema import draft_data, proposal_from_data
from proposal_tui.errors import DraftError
from proposal_tui.model import Proposal
from proposal_tui.userfiles import MAX_DRAFT_BYTES, loads_toml, read_regular

TRASH_DIR = ".trash"
REVISIONS_KEPT = 50
"""The newest revisions kept whole; older ones thin out to one a day."""
DIR_MODE = 0o700
STAMP_FORMAT = "%Y%m%dT%H%M%S%f"
"""How revision and trash file names say when they were made: 20250615T140312000001."""
MAX_SECTION_WORDS = 50_000
"""A text longer than this many words is refused when a draft is read."""
MAX_ITEMS = 500
"""A list (speakers, organisers, questions …) longer than this is refused."""


class ConflictError(DraftError):
    """The file changed on disk since it was loaded; saving would overwrite that."""


class LockBusyError(ConflictError):
    """Another save of the draft held its lock for longer than the save would wait."""


@dataclass(frozen=True)
class Draft:
    """A draft as loaded: its path, its proposal and the fingerprint of the bytes read."""

    path: Path
    proposal: Proposal
    fingerprint: str


@dataclass(frozen=True)
class LibraryEntry:
    """One file of a library folder: its proposal, or the error that kept it from loading."""

    path: Path
    modified: datetime
    proposal: Proposal | None = None
    error: DraftError | None = None
    fingerprint: str | None = None


@dataclass(frozen=True)
class Revision:
    """An earlier content of a draft, kept beside it."""

    path: Path
    saved: datetime


# --- reading ----------------------------------------------------------------------


def fingerprint(data: bytes) -> str:
    """A short, stable identity of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def disk_fingerprint(path: Path) -> str | None:
    """The fingerprint of the file at `path` now, or None if there is no file."""
    if not os.path.lexists(path):
        return None
    return fingerprint(read_regular(path, DraftError))


def parse_draft(data: bytes, path: Path | str = "<draft>") -> Proposal:
    """Turn a draft file's bytes into a Proposal; raises DraftError naming the place."""
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError(f"too large (the limit is {MAX_DRAFT_BYTES // 2**20} MB)", path)
    if b"\x00" in data:
        raise DraftError("not a draft: the file holds binary data", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DraftError("not UTF-8 text (save it as UTF-8 and try again)", path, line) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DraftError("the file is empty", path)
    raw = loads_toml(text, DraftError, path)
    _check_sizes(raw, text, path)
    try:
        return proposal_from_data(raw, path)
    except ValidationError as exc:
        raise DraftError(_describe(exc, raw), path, _line_of(text, exc)) from exc


def read_draft(path: Path | str) -> Draft:
    """Load a draft with the fingerprint a later `save_draft(expected=...)` checks."""
    path = Path(path)
    data = read_regular(path, DraftError, limit=MAX_DRAFT_BYTES)
    return Draft(path, parse_draft(data, path), fingerprint(data))


def load_draft(path: Path | str) -> Proposal:
    """Load the proposal in the draft file at `path`; raises DraftError, one clear line."""
    return read_draft(path).proposal


def _check_sizes(raw: dict[str, Any], text: str, path: Path | str) -> None:
    """Refuse texts over MAX_SECTION_WORDS words and lists over MAX_ITEMS items."""
    stack: list[tuple[str, Any]] = list(raw.items())
    while stack:
        key, value = stack.pop()
        if isinstance(value, str) and len(value) > MAX_SECTION_WORDS:
            words = len(value.split())
            if words > MAX_SECTION_WORDS:
                raise DraftError(
                    f"{key}: {words:,} words; the limit is {MAX_SECTION_WORDS:,}",
                    path,
                    _line_of_key(text, key),
                )
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                raise DraftError(
                    f"{key}: {len(value):,} items; the limit is {MAX_ITEMS}",
                    path,
                    _line_of_key(text, key),
                )
            stack.extend((key, item) for item in value)
        elif isinstance(value, dict):
            stack.extend((key, item) for item in value.values())


def _line_of_key(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*(\[\[?[ \t]*)?{re.escape(key)}\b", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    error = exc.errors()[0]
    key = ""
    for part in error["loc"]:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    kind = _toml_kind(error.get("input"))
    message = _EXPECTED.get(error["type"], error["msg"].removeprefix("Value error, "))
    more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{key}: {message}, got {kind}{more}"


_EXPECTED = {
    "model_type": "expected a table (a person: name = ..., organization = ...)",
    "dict_type": "expected a table",
    "string_type": "expected text",
    "list_type": "expected a list",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
}


def _toml_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _line_of(text: str, exc: ValidationError) -> int | None:
    """The line where the first bad top-level key is written, if it can be found."""
    loc = exc.errors()[0]["loc"]
    if not loc or not isinstance(loc[0], str):
        return None
    return _line_of_key(text, loc[0])


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# --- writing ----------------------------------------------------------------------


def dump_draft(proposal: Proposal) -> str:
    """The TOML text of a draft: `schema` first, then the form's order, unknown keys kept.

    Roles name people by key (`draft_schema`); TOML puts tables after plain keys, so the
    people table ([people.<key>], each person once) follows the form's sections.
    Text with line breaks is written as a multi-line string, unless some text holds a
    CR LF pair: a multi-line TOML string cannot keep one, so such a file escapes its line
    breaks instead (nothing typed is lost).  Unknown keys keep their TOML types (dates stay
    dates).
    """
    data = draft_data(proposal)
    return tomli_w.dumps(data, multiline_strings=not _holds_crlf(data))


def _holds_crlf(value: Any) -> bool:
    """True if any text in `value` (searched through lists and tables) holds a CR LF pair."""
    if isinstance(value, str):
        return "\r\n" in value
    if isinstance(value, dict):
        return any(_holds_crlf(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_crlf(v) for v in value)
    return False


def ensure_folder(folder: Path) -> Path:
    """Create `folder` and any missing parents, each private (0700); existing ones are left
    as they are."""
    folder = Path(folder)
    if folder.is_dir():
        return folder
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for level in reversed([p for p in missing if not p.is_dir()]):
        try:
            level.mkdir(mode=DIR_MODE)
            os.chmod(level, DIR_MODE)
        except FileExistsError:
            if not level.is_dir():
                raise DraftError("cannot create folder: a file is in the way", level) from None
        except OSError as exc:
            raise DraftError(f"cannot create folder: {_reason(exc)}", level) from exc
    return folder


def _internal_folder(folder: Path) -> Path:
    """`folder` (`.revisions`, `.trash` …) created if missing; a symlink there is refused."""
    if folder.is_symlink():
        raise DraftError(
            f"the folder {folder.name} is a symbolic link; proposal-tui keeps its own folders "
            "inside the data dir and will not follow it (replace it with a real folder)",
            folder,
        )
    return ensure_folder(folder)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically: temp file, fsync, replace, fsync the folder."""
    path = Path(path)
    folder = ensure_folder(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise DraftError(f"not saved: {_reason(exc)}", path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise DraftError(f"not saved: {_reason(exc)}", path) from exc
    _fsync_folder(folder, path)


_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF}
"""Folder fsync errors that mean "this file system does not do that", not a failure."""


def _fsync_folder(folder: Path, path: Path) -> None:
    """Make the rename durable; a real failure (EIO …) is reported, not ignored."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_UNSUPPORTED:
            raise DraftError(
                f"not safely saved: the folder could not be synced to disk ({_reason(exc)})",
                path,
            ) from exc
    finally:
        os.close(fd)


def save_draft(
    path: Path | str,
    proposal: Proposal,
    *,
    expected: str | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
) -> str:
    """Save `proposal` to `path` atomically and return the new file's fingerprint.

    `expected` is the fingerprint the caller loaded (from `read_draft`), or None for
    a file the caller believes new.  The save refuses with `ConflictError` when the
    file on disk is no longer that content (changed by another window or a sync),
    and with `DraftError` when an existing file is not a readable draft: such a
    file is never written over.  When the content changes, the previous content is
    kept first as a revision (see `list_revisions`).  When another save holds the
    draft's lock for longer than `lock_timeout` seconds, it raises `LockBusyError`
    (a `ConflictError` that says nothing about the file's content).
    """
    path = Path(path)
    try:
        new = dump_draft(proposal).encode("utf-8")
    except (RecursionError, ValueError, TypeError) as exc:
        raise DraftError(f"not saved: cannot write this content as TOML ({exc})", path) from exc
    try:  # write nothing that could not be read back
        if len(new) > MAX_DRAFT_BYTES:
            raise DraftError(f"too large (the limit is {MAX_DRAFT_BYTES // 2**20} MB)", path)
        _check_sizes(proposal.model_dump(exclude_none=True), "", path)
    except DraftError as exc:
        raise DraftError(f"not saved: {exc.message}", path) from exc
    from filelock import Timeout  # here: reading drafts needs no lock

    ensure_folder(path.parent)
    try:
        with draft_lock(path, lock_timeout):
            return _save_locked(path, new, expected)
    except Timeout as exc:
        raise LockBusyError("another save of this draft is under way; try again", path) from exc
    except OSError as exc:  # the lock file itself could not be made
        raise DraftError(f"not saved: {_reason(exc)}", path) from exc


def _save_locked(path: Path, new: bytes, expected: str | None) -> str:
    """The body of `save_draft`, run while holding the draft's lock."""
    remove_stale_temps(path)
    old: bytes | None = None
    if os.path.lexists(path):
        try:
            old = read_regular(path, DraftError)
        except DraftError as exc:
            if expected is not None:
                raise ConflictError(
                    f"changed on disk since it was opened ({exc.message})", path
                ) from exc
            raise DraftError(
                f"not saved: the file there is not a readable draft ({exc.message})", path
            ) from exc
    if old is not None:
        if expected is not None and fingerprint(old) != expected:
            raise ConflictError("changed on disk since it was opened", path)
        if expected is None:
            try:
                parse_draft(old, path)
            except DraftError as exc:
                raise DraftError(
                    f"not saved: the file there is not a readable draft ({exc.message})", path
                ) from exc
        if old == new:
            return fingerprint(new)
        try:
            keep_revision(path, old)
        except DraftError as exc:  # name the draft the person saved, not the revision file
            reason = exc.message.removeprefix("not saved: ")
            raise DraftError(f"not saved: {reason}", path) from exc
    elif expected is not None:
        raise ConflictError("was deleted or moved on disk since it was opened", path)
    write_atomic(write_target(path), new)
    return fingerprint(new)


# --- file-name stamps --------------------------------------------------------------


def make_stamp(now: datetime | None = None) -> str:
    """The stamp for `now` (default: this instant) that revision and trash names carry."""
    return (now or datetime.now()).strftime(STAMP_FORMAT)


def read_stamp(stamp: str) -> datetime | None:
    """The time a stamp names, or None when `stamp` is not one."""
    try:
        return datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return None


def revision_time(path: Path) -> datetime | None:
    """When the revision file at `path` was kept (None if its name carries no stamp)."""
    order = _stamp_order(Path(path).stem)
    return order[0] if order else None


def trashed_at(trashed: Path) -> datetime | None:
    """When the draft at `trashed` was moved to the trash (None if its name says nothing)."""
    return read_stamp(_trash_stamp(trashed))


# --- revisions ----------------------------------------------------------------------


def keep_revision(path: Path, content: bytes, now: datetime | None = None) -> Path:
    """Keep `content` as a revision of the draft at `path`, then thin old revisions."""
    folder = revisions_dir(path)
    created = [f for f in (folder.parent, folder) if not os.path.lexists(f)]
    _internal_folder(folder.parent)
    _internal_folder(folder)
    stamp = make_stamp(now)
    target = folder / f"{stamp}{DRAFT_SUFFIX}"
    counter = 1
    while target.exists():
        target = folder / f"{stamp}-{counter}{DRAFT_SUFFIX}"
        counter += 1
    try:
        write_atomic(target, content)
    except DraftError:
        for made in reversed(created):  # leave no empty folder behind
            with contextlib.suppress(OSError):
                made.rmdir()
        raise
    prune_revisions(path)
    return target


def list_revisions(path: Path) -> list[Revision]:
    """The revisions of the draft at `path`, newest first."""
    folder = revisions_dir(path)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.glob(f"*{DRAFT_SUFFIX}"):
        order = _stamp_order(item.stem)
        if order is not None:
            found.append((order, Revision(item, order[0])))
    return [revision for _, revision in sorted(found, key=lambda pair: pair[0], reverse=True)]


def _stamp_order(stem: str) -> tuple[datetime, int] | None:
    """When a revision named `stem` was kept, and its place among those kept that instant.

    `keep_revision` names the first revision of an instant STAMP, the next STAMP-1, STAMP-2…
    """
    stamp, _, counter = stem.partition("-")
    when = read_stamp(stamp)
    try:
        return (when, int(counter or 0)) if when is not None else None
    except ValueError:
        return None


def prune_revisions(path: Path, keep: int = REVISIONS_KEPT) -> None:
    """Keep the newest `keep` revisions, and one a day (the day's last) beyond them."""
    revisions = list_revisions(path)
    days_seen: set[str] = set()
    for revision in revisions[keep:]:
        day = revision.saved.strftime("%Y-%m-%d")
        if day in days_seen or any(r.saved.strftime("%Y-%m-%d") == day for r in revisions[:keep]):
            with contextlib.suppress(OSError):
                revision.path.unlink()
        days_seen.add(day)


def restore_revision(path: Path, revision: Revision, *, expected: str | None = None) -> str:
    """Make `revision` the draft's content again; the current content becomes a revision."""
    proposal = load_draft(revision.path)
    return save_draft(path, proposal, expected=expected)


# --- the library --------------------------------------------------------------------


def draft_files(folder: Path) -> Iterator[Path]:
    """The `*.toml` entries directly in `folder`, hidden ones left out.

    Anything named like a draft is listed, a folder or a FIFO too: reading it then gives
    the error the library shows, rather than the file silently missing.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return iter(())
    return iter(
        sorted(
            p for p in folder.iterdir() if p.suffix == DRAFT_SUFFIX and not p.name.startswith(".")
        )
    )


def list_library(folder: Path) -> list[LibraryEntry]:
    """Every draft file in `folder`, each loaded or carrying its error; sorted by name."""
    entries = []
    remove_abandoned_temps(folder)
    for path in draft_files(folder):
        try:
            modified = datetime.fromtimestamp(path.lstat().st_mtime)
        except OSError:
            continue
        try:
            draft = read_draft(path)
        except DraftError as exc:
            entries.append(LibraryEntry(path, modified, error=exc))
        else:
            entries.append(
                LibraryEntry(path, modified, draft.proposal, fingerprint=draft.fingerprint)
            )
    return entries


def slugify(title: str) -> str:
    """A file-name stem for a title: lower case ASCII words joined by dashes."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "draft"


def new_draft_path(folder: Path, title: str) -> Path:
    """A path in `folder` named after `title` that no file holds yet."""
    stem = slugify(title)
    candidate = Path(folder) / f"{stem}{DRAFT_SUFFIX}"
    counter = 2
    while candidate.exists():
        candidate = Path(folder) / f"{stem}-{counter}{DRAFT_SUFFIX}"
        counter += 1
    return candidate


def create_draft(folder: Path, proposal: Proposal) -> Path:
    """Save `proposal` as a new draft in `folder`, named after its title; return the path."""
    ensure_folder(folder)
    path = new_draft_path(folder, proposal.title)
    save_draft(path, proposal)
    return path


def duplicate_draft(path: Path) -> Path:
    """Copy the draft at `path` to a new file beside it, titled '… (copy)'."""
    proposal = load_draft(path)
    copy = proposal.model_copy(update={"title": f"{proposal.title} (copy)".strip()}, deep=True)
    return create_draft(Path(path).parent, copy)


def rename_draft(path: Path, new_stem: str) -> Path:
    """Rename the draft file (and its revisions folder); refuses to replace another file."""
    path = Path(path)
    stem = slugify(new_stem)
    target = path.with_name(f"{stem}{DRAFT_SUFFIX}")
    if target == path:
        return path
    if target.exists():
        raise DraftError(f"a draft named {target.name} is already there", target)
    try:
        os.rename(path, target)
    except OSError as exc:
        raise DraftError(f"cannot rename: {_reason(exc)}", path) from exc
    old_revisions = revisions_dir(path)
    if old_revisions.is_dir() and not revisions_dir(target).exists():
        with contextlib.suppress(OSError):
            os.rename(old_revisions, revisions_dir(target))
    return target


def trash_dir(folder: Path) -> Path:
    """The recoverable trash of a library folder."""
    return Path(folder) / TRASH_DIR


def trash_draft(path: Path) -> Path:
    """Move the draft at `path` to its folder's trash; return where it went."""
    path = Path(path)
    folder = _internal_folder(trash_dir(path.parent))
    target = folder / f"{path.stem}.{make_stamp()}{DRAFT_SUFFIX}"
    try:
        os.rename(path, target)
    except OSError as exc:
        raise DraftError(f"cannot move to the trash: {_reason(exc)}", path) from exc
    return target


def list_trash(folder: Path) -> list[Path]:
    """Drafts in the trash of `folder`, most recently deleted first."""
    trash = trash_dir(folder)
    if not trash.is_dir():
        return []
    return sorted(trash.glob(f"*{DRAFT_SUFFIX}"), key=_trash_stamp, reverse=True)


def _trash_stamp(trashed: Path) -> str:
    return Path(trashed).name.removesuffix(DRAFT_SUFFIX).rpartition(".")[2]


def original_name(trashed: Path) -> str:
    """The file name a trashed draft had before it was deleted."""
    stem, _, _ = Path(trashed).name.removesuffix(DRAFT_SUFFIX).rpartition(".")
    return f"{stem or Path(trashed).stem}{DRAFT_SUFFIX}"


def restore_draft(trashed: Path) -> Path:
    """Move a trashed draft back to its library folder, under a free name."""
    trashed = Path(trashed)
    folder = trashed.parent.parent
    target = folder / original_name(trashed)
    counter = 2
    while target.exists():
        target = folder / f"{Path(original_name(trashed)).stem}-{counter}{DRAFT_SUFFIX}"
        counter += 1
    try:
        os.rename(trashed, target)
    except OSError as exc:
        raise DraftError(f"cannot restore: {_reason(exc)}", trashed) from exc
    return target


def copy_samples(source: Path, folder: Path) -> list[Path]:
    """Copy the sample drafts in `source` into `folder` (never editing the originals).

    Each copy is written holding its draft's lock, as a save is: a listing of `folder`
    meanwhile (the library's own, another window's) removes the temp files of drafts no
    one is saving, and would take a copy's temp file from under it."""
    from filelock import Timeout

    ensure_folder(folder)
    copied = []
    for sample in draft_files(source):
        data = read_regular(sample, DraftError)
        target = new_draft_path(folder, sample.stem)
        try:
            with draft_lock(target):
                write_atomic(target, data)  # private (0600) from the start
        except Timeout as exc:
            raise LockBusyError(
                "another save of this draft is under way; try again", target
            ) from exc
        except OSError as exc:  # the lock file itself could not be made
            raise DraftError(f"not copied: {_reason(exc)}", target) from exc
        copied.append(target)
    return copied
