"""Where the person left each draft: kept apart from the draft, per real path, and never
a reason to fail (a broken or missing file is no places; a failed write is let go)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from proposal_tui import places
from proposal_tui.places import Place, places_path, recall, remember

HERE = Place("description", "input-description", 4, 17)


def test_a_place_is_kept_per_draft_and_read_back(tmp_path: Path) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    assert recall(a) is None  # no file yet
    remember(a, HERE)
    remember(b, Place("basics", "input-title", 0, 3))
    remember(a, Place("gain"))
    assert recall(a) == Place("gain")
    assert recall(b) == Place("basics", "input-title", 0, 3)
    assert stat.S_IMODE(places_path().stat().st_mode) == 0o600
    assert [p.name for p in places_path().parent.iterdir()] == ["places.json"]  # no temp left


def test_a_symlink_and_its_target_are_one_draft(tmp_path: Path) -> None:
    target = tmp_path / "shared" / "draft.toml"
    target.parent.mkdir()
    target.write_text("", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    remember(link, HERE)
    assert recall(target) == HERE


@pytest.mark.parametrize(
    "content",
    [
        b'{"drafts": {"x": [',
        b"\xff\xfe not text",
        b"[]",
        b'{"drafts": []}',
        b"[" * 100_000,
        b'{"drafts": {"%s": {"step": 3}}}',
    ],
    ids=["cut", "not-utf8", "list", "drafts-list", "deep", "bad-entry"],
)
def test_a_broken_file_is_no_places_and_is_replaced_on_the_next_write(
    tmp_path: Path, content: bytes
) -> None:
    draft = tmp_path / "a.toml"
    places_path().parent.mkdir(parents=True, exist_ok=True)
    places_path().write_bytes(content.replace(b"%s", os.path.realpath(draft).encode()))
    assert recall(draft) is None
    remember(draft, HERE)
    assert recall(draft) == HERE


def test_bad_entries_are_skipped_good_ones_kept(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    drafts = {
        os.path.realpath(good): {"step": "gain", "widget": "input-x", "row": 1, "column": 2},
        os.path.realpath(bad): {"step": "gain", "row": -1, "column": True},
    }
    places_path().parent.mkdir(parents=True, exist_ok=True)
    places_path().write_text(json.dumps({"drafts": drafts}), encoding="utf-8")
    assert recall(good) == Place("gain", "input-x", 1, 2)
    assert recall(bad) is None


def test_only_the_drafts_left_most_recently_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(places, "MAX_PLACES", 3)
    drafts = [tmp_path / f"{n}.toml" for n in range(5)]
    for draft in drafts:
        remember(draft, HERE)
    remember(drafts[1], HERE)  # left again: the newest now
    kept = [draft for draft in drafts if recall(draft) is not None]
    assert kept == [drafts[1], drafts[3], drafts[4]]


def test_a_place_that_cannot_be_written_is_let_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "cache"
    in_the_way.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("PROPOSAL_TUI_CACHE_DIR", str(in_the_way))
    remember(tmp_path / "a.toml", HERE)  # no error: a place is a nicety
    assert recall(tmp_path / "a.toml") is None
    assert in_the_way.read_text(encoding="utf-8").startswith("a file")
