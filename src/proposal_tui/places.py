"""Where the person left each draft: the step, the field and the cursor in it.

Kept for this person only, in the cache dir (`places.json`), never in the draft, which
co-organisers share.  Keyed by the draft's real path (a symlink and its target are one
draft).  Losing the file loses nothing but the places: a missing, unreadable or broken
file reads as no places, a bad entry is skipped, and a place that cannot be written is
let go quietly.  Written atomically; only the MAX_PLACES drafts left most recently are
kept.  No Textual here: the wizard asks for the place on opening and hands it back on
saving and leaving.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proposal_tui.errors import ProposalTuiError
from proposal_tui.paths import cache_dir
from proposal_tui.userfiles import read_regular

PLACES_FILE = "places.json"
MAX_PLACES = 500
"""Drafts whose place is kept; the ones left longest ago give way."""
MAX_BYTES = 1024 * 1024
"""A larger file is not read (it was not written by us)."""


@dataclass(frozen=True)
class Place:
    """A step of the wizard (its id), the widget that had the focus there (its id, ''
    for the step's first field) and the cursor in it (line and column; an input's
    cursor is on line 0)."""

    step: str
    widget: str = ""
    row: int = 0
    column: int = 0


def places_path() -> Path:
    """Where the places are kept."""
    return cache_dir() / PLACES_FILE


def _key(draft: Path) -> str:
    return os.path.realpath(draft)


def _read() -> dict[str, dict[str, Any]]:
    """Every well-formed entry of the file (none when it is missing or broken)."""
    try:
        data = json.loads(read_regular(places_path(), ProposalTuiError, limit=MAX_BYTES))
    except (ProposalTuiError, ValueError, RecursionError):
        return {}
    drafts = data.get("drafts") if isinstance(data, dict) else None
    if not isinstance(drafts, dict):
        return {}
    return {key: entry for key, entry in drafts.items() if _place(entry) is not None}


def _place(entry: object) -> Place | None:
    """The place an entry holds, or None when it is not one."""
    if not isinstance(entry, dict):
        return None
    step, widget = entry.get("step"), entry.get("widget", "")
    row, column = entry.get("row", 0), entry.get("column", 0)
    if not (isinstance(step, str) and isinstance(widget, str)):
        return None
    if not all(type(n) is int and n >= 0 for n in (row, column)):
        return None
    return Place(step, widget, row, column)


def recall(draft: Path) -> Place | None:
    """Where the person left `draft` (None when not known)."""
    return _place(_read().get(_key(draft)))


def remember(draft: Path, place: Place) -> None:
    """Keep `place` as where the person left `draft`; never raises (a place is a nicety)."""
    from proposal_tui.store import write_atomic  # pydantic: only when a place is written

    drafts = _read()
    drafts.pop(_key(draft), None)
    drafts[_key(draft)] = {
        "step": place.step,
        "widget": place.widget,
        "row": place.row,
        "column": place.column,
        "left": time.time(),
    }
    newest = sorted(drafts.items(), key=lambda item: _left(item[1]))[-MAX_PLACES:]
    text = json.dumps({"version": 1, "drafts": dict(newest)}, ensure_ascii=False, indent=1)
    try:
        write_atomic(places_path(), text.encode("utf-8"))
    except (ProposalTuiError, OSError):
        return


def _left(entry: dict[str, Any]) -> float:
    left = entry.get("left", 0)
    return float(left) if isinstance(left, int | float) else 0.0
