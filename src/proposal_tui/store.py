"""Drafts on disk: TOML files, saved atomically, loaded with clear errors.

Promises kept here (see DESIGN.md):
- save = temp file in the same folder, flush, fsync, `os.replace`, fsync the folder;
  a kill at any instant leaves the old file or the new one, never a torn one;
- a draft that breaks the rules still saves (nothing here looks at the rules);
- a file that cannot be read is never written over;
- a save can be told which file content it was loaded from (`expected`), and
  refuses with `ConflictError` when the file changed on disk since;
- files are 0600 and the folders this module creates are 0700;
- every save that changes a draft first keeps the old content as a revision.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from proposal_tui.errors import DraftError, toml_error_parts
from proposal_tui.model import Proposal

SCHEMA_VERSION = 1
DRAFT_SUFFIX = ".toml"
TRASH_DIR = ".trash"
REVISIONS_DIR = ".revisions"
REVISIONS_KEPT = 50
"""The newest revisions kept whole; older ones thin out to one a day."""
FILE_MODE = 0o600
DIR_MODE = 0o700
STAMP_FORMAT = "%Y%m%dT%H%M%S%f"
"""How revision and trash file names say when they were made: 20250615T140312000001."""


class ConflictError(DraftError):
    """The file changed on disk since it was loaded; saving would overwrite that."""


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
    try:
        return fingerprint(Path(path).read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DraftError(f"cannot read: {_reason(exc)}", path) from exc


def parse_draft(data: bytes, path: Path | str = "<draft>") -> Proposal:
    """Turn a draft file's bytes into a Proposal; raises DraftError naming the place."""
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
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line, column = toml_error_parts(exc)
        raise DraftError(f"not valid TOML: {message}", path, line, column) from exc
    raw = _migrate(raw, path)
    try:
        return Proposal.model_validate(raw)
    except ValidationError as exc:
        raise DraftError(_describe(exc, raw), path, _line_of(text, exc)) from exc


def read_draft(path: Path | str) -> Draft:
    """Load a draft with the fingerprint a later `save_draft(expected=...)` checks."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DraftError("no such file", path) from exc
    except IsADirectoryError as exc:
        raise DraftError("is a folder, not a draft file", path) from exc
    except OSError as exc:
        raise DraftError(f"cannot read: {_reason(exc)}", path) from exc
    return Draft(path, parse_draft(data, path), fingerprint(data))


def load_draft(path: Path | str) -> Proposal:
    """Load the proposal in the draft file at `path`; raises DraftError, one clear line."""
    return read_draft(path).proposal


def _migrate(raw: dict[str, Any], path: Path | str) -> dict[str, Any]:
    """Bring an older file's keys up to the current schema; refuse a newer one."""
    version = raw.pop("schema", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DraftError(f"schema must be a whole number, not {version!r}", path)
    if version > SCHEMA_VERSION:
        raise DraftError(
            f"written by a newer proposal-tui (schema {version}; this one reads up to "
            f"{SCHEMA_VERSION}): update proposal-tui to open it",
            path,
        )
    return raw


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
    pattern = re.compile(rf"^[ \t]*(\[\[?[ \t]*)?{re.escape(loc[0])}\b", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# --- writing ----------------------------------------------------------------------


def dump_draft(proposal: Proposal) -> str:
    """The TOML text of a draft: `schema` first, then the form's order, unknown keys kept.

    TOML puts tables after plain keys, so the people ([[organizers]], [[speakers]],
    [onsite_moderator] ...) follow the text sections, each group in the form's order.
    Text with line breaks is written as a multi-line string, unless some text holds a
    CR LF pair: a multi-line TOML string cannot keep one, so such a file escapes its line
    breaks instead (nothing typed is lost).  Unknown keys keep their TOML types (dates stay
    dates).
    """
    data: dict[str, Any] = {"schema": SCHEMA_VERSION}
    data.update(proposal.model_dump(exclude_none=True))
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
    """Create `folder` (private, 0700) if it is missing; an existing one is left as it is."""
    folder = Path(folder)
    if not folder.is_dir():
        try:
            folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            os.chmod(folder, DIR_MODE)
        except OSError as exc:
            raise DraftError(f"cannot create folder: {_reason(exc)}", folder) from exc
    return folder


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically: temp file, fsync, replace, fsync the folder."""
    path = Path(path)
    folder = ensure_folder(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_draft(path: Path | str, proposal: Proposal, *, expected: str | None = None) -> str:
    """Save `proposal` to `path` atomically and return the new file's fingerprint.

    `expected` is the fingerprint the caller loaded (from `read_draft`), or None for
    a file the caller believes new.  The save refuses with `ConflictError` when the
    file on disk is no longer that content (changed by another window or a sync),
    and with `DraftError` when an existing file is not a readable draft: such a
    file is never written over.  When the content changes, the previous content is
    kept first as a revision (see `list_revisions`).
    """
    path = Path(path)
    new = dump_draft(proposal).encode("utf-8")
    try:
        old: bytes | None = path.read_bytes()
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise DraftError(f"not saved: cannot read the file first: {_reason(exc)}", path) from exc
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
    write_atomic(path, new)
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


def revisions_dir(path: Path) -> Path:
    """The folder that keeps the earlier contents of the draft at `path`."""
    path = Path(path)
    return path.parent / REVISIONS_DIR / path.stem


def keep_revision(path: Path, content: bytes, now: datetime | None = None) -> Path:
    """Keep `content` as a revision of the draft at `path`, then thin old revisions."""
    folder = revisions_dir(path)
    ensure_folder(folder.parent)
    ensure_folder(folder)
    stamp = make_stamp(now)
    target = folder / f"{stamp}{DRAFT_SUFFIX}"
    counter = 1
    while target.exists():
        target = folder / f"{stamp}-{counter}{DRAFT_SUFFIX}"
        counter += 1
    write_atomic(target, content)
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
    """The draft files directly in `folder` (hidden files and folders left out)."""
    folder = Path(folder)
    if not folder.is_dir():
        return iter(())
    return iter(
        sorted(
            p
            for p in folder.iterdir()
            if p.suffix == DRAFT_SUFFIX and not p.name.startswith(".") and p.is_file()
        )
    )


def list_library(folder: Path) -> list[LibraryEntry]:
    """Every draft file in `folder`, each loaded or carrying its error; sorted by name."""
    entries = []
    for path in draft_files(folder):
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime)
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
    folder = ensure_folder(trash_dir(path.parent))
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
    """Copy the sample drafts in `source` into `folder` (never editing the originals)."""
    ensure_folder(folder)
    copied = []
    for sample in draft_files(source):
        target = new_draft_path(folder, sample.stem)
        shutil.copyfile(sample, target)
        os.chmod(target, FILE_MODE)
        copied.append(target)
    return copied
