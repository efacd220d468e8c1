"""The lock that makes one save of a draft one step, and the cleanup of killed saves.

A save writes a temp file beside its target (`.NAME.toml.XXXX.tmp`, or inside the
draft's revisions folder) and renames it; a save killed in between leaves the temp
file behind.  The next save of that draft removes its own (holding the lock), and
every listing of a folder removes those of drafts no one is saving at that moment, the
plain listing (`store.list_library`) and the index's (`index.Index.rows`) alike.

Lean on purpose (no pydantic, no model): the index imports it on the way to the rows.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

DRAFT_SUFFIX = ".toml"
REVISIONS_DIR = ".revisions"
TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600
LOCK_TIMEOUT = 10.0
"""Seconds a save waits for another save of the same draft before giving up."""
_DRAFT_TEMP = re.compile(
    rf"\.(.+{re.escape(DRAFT_SUFFIX)})\.[^.]+{re.escape(TEMP_SUFFIX)}", re.DOTALL
)


def revisions_dir(path: Path) -> Path:
    """The folder that keeps the earlier contents of the draft at `path`."""
    path = Path(path)
    return path.parent / REVISIONS_DIR / path.stem


def write_target(path: Path) -> Path:
    """Where a save of `path` writes: the target of a symlinked draft, else `path`."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def glob_escape(name: str) -> str:
    """`name` with glob's special characters escaped."""
    return re.sub(r"([*?[])", r"[\1]", name)


@contextlib.contextmanager
def draft_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the advisory lock that makes one save of the draft at `path` one step.

    The lock file (`.NAME.toml.lock` beside the draft) is removed before the lock is
    let go; filelock re-checks the file it locked, so a waiter on the removed file
    tries again rather than sharing the lock.  Raises filelock.Timeout.
    """
    from filelock import FileLock  # here: what only reads (check, the library) loads none

    target = write_target(Path(path))
    lock = FileLock(target.parent / f".{target.name}.lock", timeout=timeout, mode=FILE_MODE)
    with lock:
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.unlink(lock.lock_file)


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed save of `path` left (call it holding `draft_lock`)."""
    target = write_target(Path(path))
    stale = list(target.parent.glob(f".{glob_escape(target.name)}.*{TEMP_SUFFIX}"))
    revisions = revisions_dir(Path(path))
    if revisions.is_dir() and not revisions.is_symlink():
        stale += revisions.glob(f".*{TEMP_SUFFIX}")
    for item in stale:
        with contextlib.suppress(OSError):
            item.unlink()


def remove_abandoned_temps(folder: Path) -> None:
    """Remove temp files of killed saves in `folder`, for drafts no one is saving now.

    One pass over the folder and one over each revisions folder (cheap enough for every
    listing); only a draft with a temp file left is locked, and only if free at once."""
    folder = Path(folder)
    names = {m.group(1) for name in _names(folder) if (m := _DRAFT_TEMP.fullmatch(name))}
    revisions = folder / REVISIONS_DIR
    if not revisions.is_symlink():
        names |= {
            f"{Path(kept).name}{DRAFT_SUFFIX}"
            for kept in _folders(revisions)
            if any(_is_temp(name) for name in _names(Path(kept)))
        }
    if not names:
        return
    from filelock import Timeout

    for name in sorted(names):
        try:
            with draft_lock(folder / name, timeout=0):
                remove_stale_temps(folder / name)
        except (Timeout, OSError):
            continue


def _is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def _names(folder: Path) -> list[str]:
    """The names in `folder` (none when it cannot be read)."""
    try:
        with os.scandir(folder) as entries:
            return [entry.name for entry in entries]
    except OSError:
        return []


def _folders(folder: Path) -> list[str]:
    """The paths of the real folders (not links) directly in `folder`."""
    try:
        with os.scandir(folder) as entries:
            return [e.path for e in entries if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
