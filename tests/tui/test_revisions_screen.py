"""The revisions modal: earlier versions listed with time and change, compared and restored."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from app_support import Host, sync, until
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList

from proposal_tui.store import (
    dump_draft,
    keep_revision,
    list_revisions,
    load_draft,
    read_draft,
    save_draft,
)
from proposal_tui.tui.screens.compare import CompareScreen
from proposal_tui.tui.screens.revisions import RevisionsScreen
from proposal_tui.tui.widgets.dialogs import ConfirmDialog

READY = "cybercrime-human-rights-roundtable.toml"
SIZES = [(80, 24), (120, 40)]
TIMES = [datetime(2025, 6, 1, 9, 15), datetime(2025, 6, 2, 17, 40), datetime(2025, 6, 3, 8, 5)]


@pytest.fixture
def draft(sample_library: Path) -> Path:
    """The ready sample with three earlier versions kept at fixed times.

    Oldest (1 June): a short title, no hybrid format.  2 June: the hybrid format
    written.  3 June: the title finished, the third policy question cut.  Now: the
    third question is back.
    """
    path = sample_library / READY
    now = load_draft(path)
    versions = [
        now.model_copy(update={"title": "Cybercrime Convention", "hybrid_format": ""}),
        now.model_copy(update={"title": "Cybercrime Convention"}),
        now.model_copy(update={"policy_questions": now.policy_questions[:2]}),
    ]
    for when, version in zip(TIMES, versions, strict=True):
        keep_revision(path, dump_draft(version).encode(), now=when)
    return path


def listed(app: App) -> list[str]:
    screen = next(s for s in app.screen_stack if isinstance(s, RevisionsScreen))
    options = screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def revisions_open(app: App) -> bool:
    return isinstance(app.screen, RevisionsScreen) and bool(app.screen.rows)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_revisions_snapshot(snap_compare, draft: Path, size) -> None:
    app = Host(lambda: RevisionsScreen(draft))

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: revisions_open(app))

    assert snap_compare(app, terminal_size=size, run_before=ready)


@sync
async def test_revisions_are_listed_newest_first_with_time_and_change(draft: Path) -> None:
    app = Host(lambda: RevisionsScreen(draft))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: revisions_open(app))
        lines = listed(app)
    assert lines == [
        "2025-06-03 08:05:00  policy questions +19 words",
        "2025-06-02 17:40:00  title +8 −1 words; policy questions −19 words",
        "2025-06-01 09:15:00  hybrid format +58 words",
    ]


@sync
async def test_a_draft_without_revisions_says_how_they_come(data_dir: Path) -> None:
    path = data_dir / "new.toml"
    save_draft(path, load_draft(Path(__file__).parents[2] / "sample_proposals" / READY))
    app = Host(lambda: RevisionsScreen(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "No earlier" in "".join(listed(app)))
        await pilot.press("r", "c")
        await pilot.pause()
        assert isinstance(app.screen, RevisionsScreen)
        await pilot.press("escape")
        await until(pilot, lambda: app.results)
    assert app.results == [False]


@sync
async def test_restore_replaces_the_draft_and_keeps_the_current_text(draft: Path) -> None:
    current = draft.read_bytes()
    target = list_revisions(draft)[1]
    app = Host(lambda: RevisionsScreen(draft))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: revisions_open(app))
        await pilot.press("down", "r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        app.screen.query_one("#confirm").press()
        await until(pilot, lambda: len(listed(app)) == 4)
        assert listed(app)[0].startswith(datetime.now().strftime("%Y-%m-%d "))
        await pilot.press("escape")
        await until(pilot, lambda: app.results)
    assert load_draft(draft) == load_draft(target.path)
    newest = list_revisions(draft)[0]
    assert newest.path.read_bytes() == current
    assert app.notes[-1] == (
        "Restored the version of 2025-06-02 17:40:00; the text it replaced is a revision."
    )
    assert app.results == [True]


@sync
async def test_restore_asks_first_and_cancel_changes_nothing(draft: Path) -> None:
    before = draft.read_bytes()
    app = Host(lambda: RevisionsScreen(draft))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: revisions_open(app))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, RevisionsScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.results)
    assert draft.read_bytes() == before
    assert len(list_revisions(draft)) == 3
    assert app.results == [False]


@sync
async def test_restore_refuses_when_the_draft_changed_since_listing(draft: Path) -> None:
    app = Host(lambda: RevisionsScreen(draft))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: revisions_open(app))
        elsewhere = load_draft(draft).model_copy(update={"title": "Edited in another window"})
        save_draft(draft, elsewhere)
        changed = read_draft(draft).fingerprint
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        app.screen.query_one("#confirm").press()
        await until(pilot, lambda: any(n.startswith("Not restored") for n in app.notes))
        await until(pilot, lambda: len(listed(app)) == 4)
    assert read_draft(draft).fingerprint == changed
    assert app.notes[-1].startswith(f"Not restored: {READY} changed on disk")


@sync
async def test_compare_opens_the_revision_against_the_draft(draft: Path) -> None:
    oldest = list_revisions(draft)[-1]
    app = Host(lambda: RevisionsScreen(draft))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: revisions_open(app))
        await pilot.press("end", "enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen))
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert (screen.a, screen.b, screen.editable) == (oldest.path, draft, draft)
        await until(pilot, lambda: screen.loaded is not None)
        assert [d.field for d in screen.loaded.comparison.changed] == ["title", "hybrid_format"]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, RevisionsScreen))


@sync
async def test_taking_a_section_from_a_revision_refreshes_the_list(draft: Path) -> None:
    app = Host(lambda: RevisionsScreen(draft))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: revisions_open(app))
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen))
        compare_screen = app.screen
        await until(pilot, lambda: compare_screen.loaded is not None)
        await pilot.press("t")  # policy questions: the revision's two questions
        await until(pilot, lambda: any(n.startswith("Took") for n in app.notes))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, RevisionsScreen))
        await until(pilot, lambda: len(listed(app)) == 4)
        await pilot.press("escape")
        await until(pilot, lambda: app.results)
    assert len(load_draft(draft).policy_questions) == 2
    assert app.results == [True]
