"""The import review screen: pieces beside the text, guesses marked, moves, save, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import Host, screen_named, sync, until
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from proposal_tui.store import load_draft
from proposal_tui.tui.screens.import_review import ImportReviewScreen

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "published"
PAGE = PAGES / "real-2024-of13-session-first.txt"
SIZES = [(80, 24), (120, 40)]


def review_host(data: Path, text: str | None = None, name: str = PAGE.name) -> Host:
    text = PAGE.read_text(encoding="utf-8") if text is None else text
    return Host(lambda: ImportReviewScreen(text, name, data))


def shown(app: App) -> bool:
    screen = app.screen
    return isinstance(screen, ImportReviewScreen) and bool(screen.pieces)


def option_texts(app: App) -> list[str]:
    options = app.screen.query_one("#import-pieces", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_import_review_snapshot(snap_compare, tmp_path: Path, size) -> None:
    app = review_host(tmp_path)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: shown(app))
        await pilot.press("down", "down", "down", "down")  # the description: a guess
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)


@sync
async def test_each_piece_says_where_it_went_and_why_and_guesses_are_marked(
    tmp_path: Path,
) -> None:
    app = review_host(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: shown(app))
        texts = option_texts(app)
        assert texts[0].startswith("✓ Import notes · label: a heading of the page")
        assert texts[1].startswith("! Format · guess: an unlabelled line that names a format")
        assert texts[3].startswith("✓ Format description · label:")
        assert texts[4].startswith("? Description · form order (guess): no label; a new block")
        title = str(app.screen.query_one("#import-title", Static).render())
        assert "2 guesses" in title


@sync
async def test_a_moved_piece_goes_where_the_person_says_and_the_draft_is_saved(
    tmp_path: Path,
) -> None:
    app = review_host(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: shown(app))
        screen = app.screen
        assert isinstance(screen, ImportReviewScreen)
        screen.query_one("#import-pieces", OptionList).highlighted = 4
        await pilot.press("m")
        prompt = await screen_named(pilot, "ChoicePrompt")
        options = prompt.query_one(OptionList)  # type: ignore[attr-defined]
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index("import_notes")
        await pilot.press("enter")
        await until(pilot, lambda: shown(app) and "→ Import notes" in option_texts(app)[4])
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.results)
    [path] = app.results
    assert isinstance(path, Path) and path.parent == tmp_path
    draft = load_draft(path)
    assert draft.description == ""
    assert "The transformative impact of the Internet" in draft.import_notes
    assert draft.format_description.startswith("This session is designed")


@sync
async def test_escape_closes_without_a_draft(tmp_path: Path) -> None:
    app = review_host(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: shown(app))
        await pilot.press("escape")
        await until(pilot, lambda: app.results)
    assert app.results == [None]
    assert list(tmp_path.iterdir()) == []


@sync
async def test_the_pages_text_is_shown_as_text_never_as_markup(tmp_path: Path) -> None:
    text = "Description\n[bold red]not markup[/] and \x1b[31mno escape\n"
    app = review_host(tmp_path, text, name="[b]page[/b].txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: shown(app))
        source = str(app.screen.query_one("#import-source-text", Static).render())
        assert "[bold red]not markup[/] and \u241b[31mno escape" in source
        assert "\x1b" not in source
        title = str(app.screen.query_one("#import-title", Static).render())
        assert "[b]page[/b].txt" in title


@sync
async def test_the_app_opens_the_review_asked_for_on_the_command_line(tmp_path: Path) -> None:
    from app_support import library_ready

    from proposal_tui.tui.app import ProposalApp

    text = PAGE.read_text(encoding="utf-8")
    app = ProposalApp(tmp_path, import_review=(text, PAGE.name))
    async with app.run_test(size=(80, 24)) as pilot:
        review = await screen_named(pilot, "ImportReviewScreen")
        await until(pilot, lambda: review.pieces)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        library = await library_ready(pilot)
        await until(pilot, lambda: library.rows)
        [row] = library.rows
        assert load_draft(row.path).format == "Round Table"
