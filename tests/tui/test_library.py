"""The library: listing, filtering, sorting, and every action a person takes on the files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from app_support import (
    BREAKER,
    FIXED_MTIME,
    HALF,
    READY,
    add_broken,
    drafts,
    empty_drafts,
    library_ready,
    palette_run,
    screen_named,
    stable_screens,
    sync,
    type_text,
    until,
    workers_done,
)
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList, Static

from proposal_tui.checks import Readiness
from proposal_tui.errors import DraftError
from proposal_tui.store import list_trash, load_draft, save_draft, trashed_at
from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.screens.library import LibraryScreen
from proposal_tui.tui.screens.trash import TrashScreen
from proposal_tui.tui.widgets.dialogs import (
    ChoicePrompt,
    ConfirmDialog,
    MessageDialog,
    PathPrompt,
    TextPrompt,
)
from proposal_tui.tui.widgets.draft_table import clip, column_widths
from proposal_tui.tui.widgets.empty_library import EmptyLibrary
from proposal_tui.workspace import (
    SORTS,
    DraftRow,
    RowBatch,
    Workspace,
    error_line,
    fold,
    short_readiness,
)

__all__ = ["drafts", "empty_drafts", "stable_screens"]  # fixtures used by name


@pytest.fixture
def empty_drafts_elsewhere(tmp_path: Path) -> Path:
    """An empty drafts folder beside the `drafts` one."""
    folder = tmp_path / "mine"
    folder.mkdir()
    return folder


SIZES = [(80, 24), (120, 40)]


def titles(screen: LibraryScreen) -> list[str]:
    """The titles shown, top to bottom (full titles, not the clipped cells)."""
    return [row.shown_title for row in screen.visible_rows()]


def names(screen: LibraryScreen) -> list[str]:
    """The file names shown, top to bottom."""
    return [row.name for row in screen.visible_rows()]


# --- pure helpers ----------------------------------------------------------------------


def test_short_readiness_names_marks_and_counts() -> None:
    assert short_readiness(Readiness(9, 7, 2, 0)) == "✗ 7/9, 2 problems"
    assert short_readiness(Readiness(9, 9, 1, 0)) == "✗ 9/9, 1 problem"
    assert short_readiness(Readiness(9, 8, 0, 0)) == "✗ 8/9, not ready"
    assert short_readiness(Readiness(9, 9, 0, 1)) == "! 9/9, 1 warning"
    assert short_readiness(Readiness(9, 9, 0, 0)) == "✓ 9/9, ready"


def test_filter_matching_ignores_case_and_accents_and_needs_every_word() -> None:
    row = DraftRow(
        Path("a/community.toml"),
        datetime(2025, 6, 15),
        title="Community networks",
        people=("Tomás Ferreira",),
    )
    assert row.matches("TOMAS")
    assert row.matches("ferreira community")
    assert row.matches("community.toml")
    assert not row.matches("community ostrom")
    assert row.matches("")
    assert fold("Lucía Benítez") == "lucia benitez"


def test_column_widths_fill_the_width_and_drop_columns_when_narrow() -> None:
    wide = column_widths(118, call_width=8, file_width=40)
    assert set(wide) == {"ready", "title", "call", "changed", "file"}
    assert sum(wide.values()) + 2 * len(wide) + 2 == 118
    medium = column_widths(78, call_width=8, file_width=40)
    assert "file" not in medium and "call" in medium
    assert sum(medium.values()) + 2 * len(medium) + 2 == 78
    narrow = column_widths(58, call_width=8, file_width=40)
    assert set(narrow) == {"ready", "title", "changed"}
    assert narrow["title"] >= 10


def test_titles_get_the_free_width_before_file_names() -> None:
    long_titles = column_widths(118, call_width=8, file_width=38, title_width=80)
    assert long_titles["file"] == 16  # the file name is also on the line under the table
    assert long_titles["title"] == 118 - 12 - 20 - 8 - 16 - 16
    short_titles = column_widths(118, call_width=8, file_width=38, title_width=20)
    assert short_titles["file"] == 32 and short_titles["title"] >= 20
    fits = column_widths(118, call_width=8, file_width=20, title_width=40)
    assert fits["file"] == 20 and fits["title"] >= 40
    for widths in (long_titles, short_titles, fits):
        assert sum(widths.values()) + 2 * len(widths) + 2 == 118
    assert column_widths(118, call_width=8, file_width=9, ready_width=13)["ready"] == 13


@sync
async def test_at_120_columns_titles_are_cut_only_when_nothing_else_gives(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        columns = screen.table.widths
        longest = max(len(row.shown_title) for row in screen.rows)
    assert columns["title"] >= longest or columns["file"] == 16


def test_clip_cuts_with_an_ellipsis_on_one_line() -> None:
    assert clip("short", 10) == "short"
    assert clip("a long\ntitle here", 8) == "a long …"
    assert len(clip("x" * 50, 12)) == 12


def test_error_line_leaves_the_path_out() -> None:
    error = DraftError("not valid TOML: Invalid value", Path("/secret/place/x.toml"), 2, 9)
    assert error_line(error) == "line 2, column 9: not valid TOML: Invalid value"
    assert error_line(DraftError("the file is empty", "x.toml")) == "the file is empty"


def test_trash_names_tell_when_a_draft_was_deleted() -> None:
    when = trashed_at(Path(".trash/notes.20250615T140312000001.toml"))
    assert when == datetime(2025, 6, 15, 14, 3, 12, 1)
    assert trashed_at(Path(".trash/odd-name.toml")) is None


# --- listing, filtering, sorting ---------------------------------------------------------


@sync
async def test_lists_every_draft_with_readiness_call_and_absolute_time(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        assert sorted(names(screen)) == sorted([READY, HALF, BREAKER])
        rows = {row.name: row for row in screen.visible_rows()}
        assert rows[READY].readiness_cell().startswith("✓ ")
        assert rows[HALF].readiness_cell().startswith("✗ ")
        assert rows[HALF].call_name == "igf-2024"
        table = screen.table
        assert table.row_count == 3
        cells = [str(cell) for cell in table.get_row_at(0)]
        assert "2025-06-15 15:06" in cells
        assert str(pilot.app.sub_title) == "drafts"


@sync
async def test_filter_narrows_rows_as_you_type_and_escape_clears_it(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await type_text(pilot, "commun")  # typing in the list goes to the filter
        assert screen.query_one("#filter", Input).value == "commun"
        assert names(screen) == [HALF]
        assert screen.table.row_count == 1
        await pilot.press("escape")
        assert screen.table.row_count == 3
        await pilot.press("ctrl+f")
        await type_text(pilot, "tomas")  # a speaker's name, typed without the accent
        assert names(screen) == [READY]
        await pilot.press("ctrl+u")
        await type_text(pilot, "rule-breaker")  # part of a file name
        assert names(screen) == [BREAKER]
        await type_text(pilot, "zzz")
        assert screen.table.row_count == 0
        assert "No draft matches" in str(screen.query_one("#detail").render())


@sync
async def test_f6_cycles_the_sort_between_last_change_title_and_readiness(drafts: Path) -> None:
    newest = drafts / HALF
    newest.touch()
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        assert names(screen)[0] == HALF  # last change first
        await pilot.press("f6")
        assert titles(screen) == sorted(titles(screen), key=str.casefold)
        await pilot.press("f6")
        assert names(screen)[0] == READY  # the ready draft leads
        await pilot.press("f6")
        assert screen.sort == "changed"


# --- actions ------------------------------------------------------------------------------


@sync
async def test_new_draft_asks_title_and_call_then_opens_it(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+n")
        await screen_named(pilot, "TextPrompt")
        await type_text(pilot, "Digital public goods in Africa")
        await pilot.press("enter")
        prompt = await screen_named(pilot, "ChoicePrompt")
        assert isinstance(prompt, ChoicePrompt)
        calls = [f"igf-{year}" for year in range(2019, 2026)]
        assert [value for value, _ in prompt.choices] == calls
        assert prompt.query_one(OptionList).highlighted == 6  # the default call, igf-2025
        await pilot.press("up", "enter")
        wizard = await screen_named(pilot, "WizardScreen")
        path = drafts / "digital-public-goods-in-africa.toml"
        assert wizard.path == path  # type: ignore[attr-defined]
        proposal = load_draft(path)
        assert proposal.title == "Digital public goods in Africa"
        assert proposal.call == "igf-2024"


@pytest.mark.parametrize(
    ("key", "opens", "size"),
    [
        pytest.param("enter", "WizardScreen", (80, 24), id="enter-wizard"),
        pytest.param("f3", "ReviewScreen", (120, 40), id="f3-review"),
    ],
)
@sync
async def test_a_key_opens_the_highlighted_draft_in_its_screen(
    drafts: Path, key: str, opens: str, size: tuple[int, int]
) -> None:
    async with ProposalApp(drafts).run_test(size=size) as pilot:
        screen = await library_ready(pilot)
        expected = screen.highlighted_path
        await pilot.press(key)
        opened = await screen_named(pilot, opens)
        assert opened.path == expected  # type: ignore[attr-defined]


@sync
async def test_duplicate_rename_delete_and_restore_round_trip_on_disk(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await pilot.press("ctrl+f")
        await type_text(pilot, "commun")
        await pilot.press("escape")  # clears the filter, back to the list
        await pilot.press("ctrl+f")
        await type_text(pilot, "community")
        await pilot.press("down")
        assert screen.highlighted_path == drafts / HALF

        before = set(drafts.glob("*.toml"))
        await pilot.press("f5")  # duplicate
        await until(pilot, lambda: len(set(drafts.glob("*.toml")) - before) == 1)
        (copy,) = set(drafts.glob("*.toml")) - before
        assert load_draft(copy).title == load_draft(drafts / HALF).title + " (copy)"
        await until(pilot, lambda: screen.highlighted_path == copy)

        await pilot.press("f2")  # rename the copy
        await screen_named(pilot, "TextPrompt")
        await pilot.press("ctrl+u")
        await type_text(pilot, "Rural copy")
        await pilot.press("enter")
        renamed = drafts / "rural-copy.toml"
        await until(pilot, renamed.exists)
        assert not copy.exists()
        await until(pilot, lambda: screen.highlighted_path == renamed)

        await pilot.press("f8")  # delete to the trash, after confirming
        dialog = await screen_named(pilot, "ConfirmDialog")
        assert isinstance(dialog, ConfirmDialog)
        assert "rural-copy.toml" in dialog.message
        await pilot.click("#confirm")
        await until(pilot, lambda: not renamed.exists())
        trashed = list_trash(drafts)
        assert len(trashed) == 1
        await until(pilot, lambda: drafts / "rural-copy.toml" not in names(screen))

        await pilot.press("ctrl+t")  # the trash: restore
        trash = await screen_named(pilot, "TrashScreen")
        assert isinstance(trash, TrashScreen)
        await until(pilot, lambda: len(trash.items) == 1)
        assert trash.items[0].name == "rural-copy.toml"
        await pilot.press("enter")
        await until(pilot, renamed.exists)
        assert list_trash(drafts) == []
        await pilot.press("escape")
        await until(
            pilot, lambda: pilot.app.screen is screen and "rural-copy.toml" in names(screen)
        )
        assert load_draft(renamed).title.endswith("(copy)")


@sync
async def test_a_restore_is_shown_when_the_delete_s_read_was_overtaken(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read after a delete shows its rows, then is overtaken (by the reads on coming
    back from the trash) before it is done: the restored draft, back with its old name,
    size and last change, is still shown (failed once beside a CPU hog)."""
    import threading

    stalled, release = threading.Event(), threading.Event()
    row_batches = Workspace.row_batches

    def slow(self: Workspace, **kwargs: object) -> Iterator[RowBatch]:
        yield from row_batches(self, **kwargs)  # type: ignore[arg-type]
        if stalled.is_set():  # the delete's read: its rows shown, not yet done
            release.wait(10)

    monkeypatch.setattr(Workspace, "row_batches", slow)
    try:
        async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
            screen = await library_ready(pilot)
            await highlight(pilot, screen, drafts / HALF)
            stalled.set()
            await pilot.press("f8")
            await screen_named(pilot, "ConfirmDialog")
            await pilot.click("#confirm")
            await until(pilot, lambda: HALF not in names(screen))
            stalled.clear()
            await pilot.press("ctrl+t")
            trash = await screen_named(pilot, "TrashScreen")
            assert isinstance(trash, TrashScreen)
            await until(pilot, lambda: len(trash.items) == 1)
            await pilot.press("enter")
            await until(pilot, (drafts / HALF).exists)
            await pilot.press("escape")
            await until(pilot, lambda: pilot.app.screen is screen, timeout=10)
            await until(pilot, lambda: HALF in names(screen), timeout=10)
    finally:
        release.set()


async def highlight(pilot, screen: LibraryScreen, path: Path) -> None:
    """Move the highlight down to `path`."""
    while screen.highlighted_path != path:
        await pilot.press("down")


@sync
async def test_after_a_new_draft_the_highlight_is_on_it(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await highlight(pilot, screen, drafts / READY)
        await pilot.press("ctrl+n")
        await screen_named(pilot, "TextPrompt")
        await type_text(pilot, "Zebra")
        await pilot.press("enter")
        await screen_named(pilot, "ChoicePrompt")
        await pilot.press("enter")
        await screen_named(pilot, "WizardScreen")
        # The library's read of the folder on return is held until the window has been
        # resized: the list is redrawn first, from rows that predate the new draft.
        held, real_rows = threading.Event(), screen.workspace.rows
        monkeypatch.setattr(screen.workspace, "rows", lambda: held.wait(10) and real_rows())
        await pilot.press("escape")
        await until(pilot, lambda: pilot.app.screen is screen)
        await pilot.resize_terminal(90, 24)
        await until(pilot, lambda: screen.size.width == 90)
        held.set()
        await until(pilot, lambda: len(screen.rows) == 4)
        assert screen.highlighted_path == drafts / "zebra.toml"
        await pilot.press("enter")  # and enter opens that one
        wizard = await screen_named(pilot, "WizardScreen")
        assert wizard.path == drafts / "zebra.toml"  # type: ignore[attr-defined]


@sync
async def test_the_highlight_follows_its_draft_through_a_re_sort_and_a_reload(
    drafts: Path,
) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        last = names(screen)[-1]
        await highlight(pilot, screen, drafts / last)
        for _ in SORTS:
            await pilot.press("f6")
            await pilot.pause()
            assert screen.highlighted_path == drafts / last
        assert screen.sort == "changed"
        # Another draft changes on disk (it moves to the top): the highlight stays put.
        other = next(name for name in names(screen) if name != last)
        save_draft(drafts / other, load_draft(drafts / other).model_copy(update={"title": "Z"}))
        await pilot.press("ctrl+r")
        await until(pilot, lambda: names(screen)[0] == other)
        assert screen.highlighted_path == drafts / last
        # The highlighted draft changes on disk (it moves to the top): the highlight follows.
        save_draft(drafts / last, load_draft(drafts / last).model_copy(update={"title": "Y"}))
        os.utime(drafts / last, (FIXED_MTIME * 2, FIXED_MTIME * 2))
        await pilot.press("ctrl+r")
        await until(pilot, lambda: names(screen)[0] == last)
        assert screen.highlighted_path == drafts / last


@sync
async def test_after_a_take_in_compare_the_highlight_stays_on_the_draft(drafts: Path) -> None:
    earlier = load_draft(drafts / HALF)
    save_draft(drafts / HALF, earlier.model_copy(update={"title": "A newer title"}))
    os.utime(drafts / HALF, (FIXED_MTIME, FIXED_MTIME))
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        last = names(screen)[-1]
        assert last != HALF
        await highlight(pilot, screen, drafts / HALF)
        await pilot.press("ctrl+o")
        await screen_named(pilot, "RevisionsScreen")
        await until(pilot, lambda: pilot.app.screen.rows)  # type: ignore[attr-defined]
        await pilot.press("c")
        compare = await screen_named(pilot, "CompareScreen")
        await until(pilot, lambda: compare.loaded is not None)  # type: ignore[attr-defined]
        await pilot.press("t")  # the title back from the revision: the draft changes
        await until(pilot, lambda: load_draft(drafts / HALF).title == earlier.title)
        await pilot.press("escape")
        await screen_named(pilot, "RevisionsScreen")
        await pilot.press("escape")
        await until(pilot, lambda: pilot.app.screen is screen and names(screen)[0] == HALF)
        assert screen.highlighted_path == drafts / HALF
        await pilot.press("ctrl+o")
        versions = await screen_named(pilot, "RevisionsScreen")
        assert versions.path == drafts / HALF  # type: ignore[attr-defined]


@sync
async def test_after_a_delete_the_highlight_is_on_the_next_draft(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        first, middle, last = names(screen)
        await highlight(pilot, screen, drafts / middle)
        await pilot.press("f8")
        await screen_named(pilot, "ConfirmDialog")
        await pilot.click("#confirm")
        await until(pilot, lambda: names(screen) == [first, last])
        assert screen.highlighted_path == drafts / last


@sync
async def test_rename_refuses_a_name_another_draft_has(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        before = sorted(p.name for p in drafts.iterdir())
        first = screen.highlighted_path
        assert first is not None
        other = next(name for name in (READY, HALF, BREAKER) if name != first.name)
        await pilot.press("f2")
        prompt = await screen_named(pilot, "TextPrompt")
        await pilot.press("ctrl+u")
        await type_text(pilot, other.removesuffix(".toml"))
        await pilot.press("enter")
        assert pilot.app.screen is prompt
        assert "already there" in str(prompt.query_one("#dialog-error").render())
        await pilot.press("escape")
        assert sorted(p.name for p in drafts.iterdir()) == before


@sync
async def test_delete_cancelled_keeps_the_file(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        path = screen.highlighted_path
        await pilot.press("delete")
        await screen_named(pilot, "ConfirmDialog")
        await pilot.press("enter")  # the focused button is Cancel: deleting is never the default
        await until(pilot, lambda: pilot.app.screen is screen)
        assert path is not None and path.exists()
        assert list_trash(drafts) == []


@sync
async def test_export_writes_the_file_and_asks_before_replacing(
    drafts: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "proposal.md"
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await pilot.press("ctrl+f")
        await type_text(pilot, "cybercrime")
        await pilot.press("down")

        async def export_to(path: Path) -> Screen:
            await pilot.press("f9")
            dialog = await screen_named(pilot, "ExportDialog")
            await pilot.press("down", "enter")  # text → markdown, then the file box
            dialog.query_one(Input).value = str(path)
            await pilot.press("enter")
            return dialog

        await export_to(target)
        await until(pilot, target.exists)
        written = target.read_text(encoding="utf-8")
        assert written.startswith("# Cybercrime Convention")
        assert "@" not in written  # no email addresses unless asked for

        target.write_text("keep me", encoding="utf-8")
        export = await export_to(target)
        confirm = await screen_named(pilot, "ConfirmDialog")
        assert "proposal.md already exists" in confirm.message  # type: ignore[attr-defined]
        await pilot.press("escape")  # keep the file: the dialog stays, to choose another
        await until(pilot, lambda: pilot.app.screen is export)
        error = str(export.query_one("#dialog-error").render())
        assert error.startswith("proposal.md was left as it was")
        assert target.read_text(encoding="utf-8") == "keep me"

        await pilot.press("enter")  # Export again: asked again
        await screen_named(pilot, "ConfirmDialog")
        await pilot.click("#confirm")
        await until(pilot, lambda: target.read_text(encoding="utf-8") == written)
        await until(pilot, lambda: pilot.app.screen is screen)


@sync
async def test_export_defaults_to_the_data_dirs_exports_folder_and_shows_it(
    drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+f")
        await type_text(pilot, "cybercrime")
        await pilot.press("down", "f9")
        prompt = await screen_named(pilot, "ExportDialog")
        await pilot.press("down", "enter")  # text → markdown, then the file box
        default = prompt.query_one(Input).value
        folder = str(prompt.query_one("#dialog-folder").render())
        await pilot.press("enter")
        target = drafts / "exports" / "cybercrime-human-rights-roundtable.md"
        await until(pilot, target.exists)
    assert default == str(target)
    assert folder == f"Folder: {drafts / 'exports'}"
    assert list(started_in.iterdir()) == []
    assert target.read_text(encoding="utf-8").startswith("# Cybercrime Convention")


@sync
async def test_broken_draft_is_listed_marked_and_never_opened_or_changed(drafts: Path) -> None:
    broken = add_broken(drafts)
    before = broken.read_bytes()
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        assert screen.table.row_count == 4
        await pilot.press("ctrl+f")
        await type_text(pilot, "zz-broken")
        await pilot.press("down")
        row = screen.highlighted_row
        assert row is not None and not row.readable
        assert row.readiness_cell() == "✗ unreadable"
        detail = str(screen.query_one("#detail").render())
        assert "zz-broken.toml cannot be read" in detail
        assert "line 2" in detail
        await pilot.press("enter")
        dialog = await screen_named(pilot, "MessageDialog")
        assert isinstance(dialog, MessageDialog)
        assert str(broken) in dialog.details
        assert "line 2" in dialog.message
        await pilot.press("escape")
        for key in ("f3", "f5", "f9"):  # review, duplicate, export: refused with a message
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(pilot.app.screen, TextPrompt | PathPrompt | ChoicePrompt)
            if isinstance(pilot.app.screen, MessageDialog):
                await pilot.press("escape")
        assert type(pilot.app.screen).__name__ != "WizardScreen"
    assert broken.read_bytes() == before


@sync
async def test_first_run_offers_sample_drafts_and_a_new_draft(empty_drafts: Path) -> None:
    async with ProposalApp(empty_drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        assert screen.has_class("-empty")
        await until(pilot, lambda: screen.query("#empty-samples"))
        message = str(screen.query_one("#empty-message").render())
        assert "No drafts yet" in message
        await pilot.click("#empty-samples")
        await until(pilot, lambda: len(screen.rows) == 3)
        assert sorted(p.name for p in empty_drafts.glob("*.toml")) == sorted([READY, HALF, BREAKER])
        assert not screen.has_class("-empty")
        await until(pilot, lambda: screen.focused is screen.table)


@sync
async def test_the_empty_library_says_a_new_message_given_before_it_is_composed() -> None:
    """A resize just after the empty library was mounted shows it again before it has
    composed its children: the new message is kept, nothing is looked for that is not
    there yet (it was a NoMatches crash on a busy machine)."""

    class Shown(App[None]):
        def on_mount(self) -> None:
            self.mount(EmptyLibrary("first", id="empty"))
            self.query_one(EmptyLibrary).show("second")

    app = Shown()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Button))
        assert str(app.query_one("#empty-message", Static).render()) == "second"
        assert app.focused.id == "empty-new"


@sync
async def test_a_drafts_folder_not_made_yet_is_made_private_when_samples_are_added(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "not-yet" / "drafts"
    async with ProposalApp(folder).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        assert screen.has_class("-empty")
        await pilot.press("ctrl+e")
        await until(pilot, lambda: len(screen.rows) == 3)
    assert folder.stat().st_mode & 0o777 == 0o700


@sync
async def test_first_run_new_draft_button_starts_a_draft(empty_drafts: Path) -> None:
    async with ProposalApp(empty_drafts).run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await until(pilot, lambda: pilot.app.screen.query("#empty-new"))
        await pilot.click("#empty-new")
        await screen_named(pilot, "TextPrompt")
        await type_text(pilot, "My first")
        await pilot.press("enter")
        await screen_named(pilot, "ChoicePrompt")
        await pilot.press("enter")  # the default call
        await screen_named(pilot, "WizardScreen")
        assert load_draft(empty_drafts / "my-first.toml").call == "igf-2025"


@sync
async def test_library_reads_the_folder_again_when_shown_again(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await pilot.press("ctrl+t")
        await screen_named(pilot, "TrashScreen")
        (drafts / BREAKER).rename(drafts / "moved-while-away.toml")
        await pilot.press("escape")
        await until(pilot, lambda: "moved-while-away.toml" in names(screen))
        (drafts / READY).unlink()
        await pilot.press("ctrl+r")
        await until(pilot, lambda: READY not in names(screen))


@sync
async def test_shown_again_over_an_unchanged_folder_the_rows_are_not_read_again(
    drafts: Path,
) -> None:
    """Coming back from another screen, the library reads and sorts its rows again only
    when a draft was added, removed or changed (the folder's stats say so)."""
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        rows = screen.rows
        await pilot.press("ctrl+t")
        await screen_named(pilot, "TrashScreen")
        await pilot.press("escape")
        await until(pilot, lambda: pilot.app.screen is screen)
        await workers_done(pilot.app)
        assert screen.rows is rows  # the same rows: not read, sorted or settled again
        await pilot.press("ctrl+t")
        await screen_named(pilot, "TrashScreen")
        os.utime(drafts / READY, (FIXED_MTIME + 60, FIXED_MTIME + 60))
        await pilot.press("escape")
        await until(pilot, lambda: screen.rows is not rows)


@sync
async def test_compare_two_marked_drafts(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        await pilot.press("space")
        first = screen.highlighted_path
        await pilot.press("down", "space")
        second = screen.highlighted_path
        assert screen.marked == (first, second)
        assert str(screen.table.get_row_at(0)[0]).startswith("◆ ")
        await pilot.press("f4")
        compare = await screen_named(pilot, "CompareScreen")
        assert (compare.a, compare.b) == (first, second)  # type: ignore[attr-defined]


@sync
async def test_a_row_drawn_before_is_drawn_again_with_its_mark_and_theme(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        table = screen.table

        def line(index: int) -> str:
            return table.render_line(index + 1).text

        def colours(index: int) -> set[str | None]:
            return {s.style.color.name for s in table.render_line(index + 1) if s.style.color}

        await pilot.press("down")  # the first row is now drawn without the cursor
        plain, before = line(0), colours(0)
        await pilot.press("up", "space", "down")
        assert line(0) != plain and line(0).lstrip().startswith("◆")
        light = pilot.app.theme != "proposal-light"
        pilot.app.theme = "proposal-light" if light else "proposal-dark"
        await pilot.pause()
        assert colours(0) != before


@sync
async def test_compare_with_one_picked_from_a_list(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        first = screen.highlighted_path
        await pilot.press("f4")
        prompt = await screen_named(pilot, "ChoicePrompt")
        assert isinstance(prompt, ChoicePrompt)
        assert str(first) not in [value for value, _ in prompt.choices]
        await pilot.press("enter")
        compare = await screen_named(pilot, "CompareScreen")
        assert compare.a == first  # type: ignore[attr-defined]


async def import_file(pilot: Pilot, source: Path) -> None:
    """Press F7 in the library and give the import prompt `source`."""
    await pilot.press("f7")
    prompt = await screen_named(pilot, "PathPrompt")
    prompt.query_one(Input).value = str(source)
    await pilot.press("enter")


@sync
async def test_import_makes_a_draft_from_a_text_file(drafts: Path, tmp_path: Path) -> None:
    from proposal_tui.call import load_call
    from proposal_tui.export import export_text

    source = tmp_path / "published.txt"
    proposal = load_draft(drafts / READY)
    source.write_text(export_text(proposal, load_call("igf-2025")), encoding="utf-8")
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await pilot.press("f7")
        prompt = await screen_named(pilot, "PathPrompt")
        prompt.query_one(Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        assert "No file at that path" in str(prompt.query_one("#dialog-error").render())
        prompt.query_one(Input).value = str(source)
        await pilot.press("enter")
        review = await screen_named(pilot, "ImportReviewScreen")
        await until(pilot, lambda: review.pieces)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(screen.rows) == 4)
        new = [row for row in screen.rows if row.name not in (READY, HALF, BREAKER)]
        assert load_draft(new[0].path).title == proposal.title
        assert screen.highlighted_path == new[0].path


@sync
async def test_import_of_a_binary_file_still_makes_a_draft_as_the_cli_does(
    drafts: Path, tmp_path: Path
) -> None:
    source = tmp_path / "junk.bin"
    source.write_bytes(bytes(range(256)) * 4 + b"\nDescription\nFrom the junk.\n")
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await import_file(pilot, source)
        review = await screen_named(pilot, "ImportReviewScreen")
        await until(pilot, lambda: review.pieces)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(screen.rows) == 4)
        new = [row for row in screen.rows if row.name not in (READY, HALF, BREAKER)]
        assert load_draft(new[0].path).description == "From the junk."


@sync
async def test_import_of_a_pdf_says_to_copy_its_text_and_makes_no_draft(
    drafts: Path, tmp_path: Path
) -> None:
    source = tmp_path / "proposal.pdf"
    source.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await import_file(pilot, source)
        await until(pilot, lambda: pilot.app.screen is screen and pilot.app._notifications)
        [note] = [n.message for n in pilot.app._notifications]
        assert note.startswith("Not imported: ") and "is a PDF, not text: copy the" in note
        await workers_done(pilot.app)
        assert sorted(row.name for row in screen.rows) == sorted((READY, HALF, BREAKER))


@sync
async def test_an_import_review_closed_with_escape_makes_no_draft(
    drafts: Path, tmp_path: Path
) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Description\nA text.\n", encoding="utf-8")
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        await import_file(pilot, source)
        review = await screen_named(pilot, "ImportReviewScreen")
        await until(pilot, lambda: review.pieces)  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: pilot.app.screen is screen)
        await pilot.pause()
        assert sorted(row.name for row in screen.rows) == sorted((READY, HALF, BREAKER))


@sync
async def test_palette_lists_the_library_actions(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        names_ = [name for name, _, _ in screen.palette_commands()]
        for action in ("New draft", "Open draft", "Duplicate draft", "Rename draft"):
            assert f"Library: {action}" in names_
        await palette_run(pilot, "Library: Trash")
        await screen_named(pilot, "TrashScreen")


@sync
async def test_palette_entries_name_the_keys_bound_now(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        helps = {name: help_text for name, help_text, _ in screen.palette_commands()}
        assert helps["Library: Delete draft"] == "Move it to the trash (f8 / del)"
        assert helps["Library: Open draft"] == "Open the highlighted draft (⏎)"
        assert helps["Library: Where are my drafts?"] == "Show the drafts folder"
        pilot.app.set_keymap({"library.duplicate": "f12"})
        await pilot.pause()
        helps = {name: help_text for name, help_text, _ in screen.palette_commands()}
        assert helps["Library: Duplicate draft"] == "Copy the highlighted draft (f12)"


# --- snapshots ------------------------------------------------------------------------------


async def _loaded(pilot) -> None:
    await library_ready(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_library_with_samples(snap_compare, drafts: Path, size) -> None:
    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=_loaded)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_library_filtered(snap_compare, drafts: Path, size) -> None:
    async def filtered(pilot) -> None:
        await library_ready(pilot)
        await type_text(pilot, "rights")

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=filtered)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_library_first_run(snap_compare, empty_drafts: Path, size) -> None:
    async def empty(pilot) -> None:
        await library_ready(pilot)
        await until(pilot, lambda: pilot.app.screen.query("#empty-new"))
        await pilot.pause()

    assert snap_compare(ProposalApp(empty_drafts), terminal_size=size, run_before=empty)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_library_broken_draft_highlighted(snap_compare, drafts: Path, size) -> None:
    add_broken(drafts)

    async def highlighted(pilot) -> None:
        screen = await library_ready(pilot)
        screen.sort = "title"  # the unreadable draft sorts last
        screen.show_rows()
        screen.table.move_cursor(row=screen.table.row_count - 1)
        await pilot.pause()

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=highlighted)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_trash(snap_compare, drafts: Path, size) -> None:
    trashed = drafts / ".trash" / "old-idea.20250615T140312000000.toml"
    trashed.parent.mkdir()
    trashed.write_text('title = "An old idea"\n', encoding="utf-8")

    async def trash(pilot) -> None:
        await library_ready(pilot)
        await pilot.press("ctrl+t")
        screen = await screen_named(pilot, "TrashScreen")
        await until(pilot, lambda: screen.items)  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=trash)


def test_fixed_mtime_is_the_one_the_snapshots_show() -> None:
    assert datetime.utcfromtimestamp(FIXED_MTIME).strftime("%Y-%m-%d %H:%M") == "2025-06-15 15:06"


@sync
async def test_ctrl_o_lists_the_highlighted_drafts_versions(drafts: Path) -> None:
    from proposal_tui.store import save_draft
    from proposal_tui.tui.screens.revisions import RevisionsScreen

    earlier = load_draft(drafts / READY)
    save_draft(drafts / READY, earlier.model_copy(update={"title": "A newer title"}))
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        while screen.highlighted_path != drafts / READY:
            await pilot.press("down")
        await pilot.press("ctrl+o")
        versions = await screen_named(pilot, "RevisionsScreen")
        assert isinstance(versions, RevisionsScreen)
        assert versions.path == drafts / READY
        await until(pilot, lambda: len(versions.rows) == 1)
        assert load_draft(versions.rows[0].revision.path).title == earlier.title


@sync
async def test_a_read_overtaken_by_a_newer_one_never_shows_its_older_rows(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    held, reads = threading.Event(), []

    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        screen = await library_ready(pilot)
        real_batches = screen.workspace.row_batches

        def row_batches(**kwargs: bool) -> Iterator[RowBatch]:
            found = list(real_batches(**kwargs))
            reads.append(sum(len(batch.rows) for batch in found))
            if len(reads) == 1:  # the first read returns late, after the folder changed
                held.wait(10)
            yield from found

        monkeypatch.setattr(screen.workspace, "row_batches", row_batches)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: reads == [3])
        (drafts / READY).unlink()
        await pilot.press("ctrl+r")
        await until(pilot, lambda: len(screen.rows) == 2)
        held.set()
        await until(pilot, lambda: not any(w.is_running for w in pilot.app.workers))
        await pilot.pause()
        assert READY not in names(screen)


@sync
async def test_in_the_demo_samples_are_marked_and_copies_go_to_the_data_dir(
    drafts: Path, empty_drafts_elsewhere: Path
) -> None:
    samples, data = drafts, empty_drafts_elsewhere
    space = Workspace(data, samples_dir=samples)
    async with ProposalApp(space).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        assert all(title.startswith("(sample) ") for title in titles(screen))
        assert "a sample" in str(screen.query_one("#detail").render())
        await highlight(pilot, screen, samples / HALF)
        await pilot.press("f5")
        await until(pilot, lambda: list(data.glob("*.toml")))
        [copy] = data.glob("*.toml")
        assert load_draft(copy).title == load_draft(samples / HALF).title + " (copy)"
        await until(pilot, lambda: screen.highlighted_path == copy)
        assert not screen.highlighted_row.sample  # type: ignore[union-attr]
        assert sorted(p.name for p in samples.glob("*.toml")) == sorted([READY, HALF, BREAKER])


@sync
async def test_a_read_of_the_library_lists_the_drafts_folder_once(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read's listing is shared: whether anything changed, the rows from the index,
    and the People directory built after them (which then knows the new draft)."""
    import proposal_tui.index as index_module
    from proposal_tui.model import Person, Proposal
    from proposal_tui.store import create_draft

    listed: list[Path] = []
    real_scan = index_module.scan

    def scan(folder: Path) -> list[index_module.FileStat]:
        listed.append(Path(folder))
        return real_scan(folder)

    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await library_ready(pilot)
        monkeypatch.setattr(index_module, "scan", scan)
        made = create_draft(drafts, Proposal(title="New", speakers=[Person(name="Zed Quill")]))
        os.utime(made, (FIXED_MTIME, FIXED_MTIME))  # not just now: the state is kept
        await pilot.press("ctrl+r")

        def known() -> bool:
            people = screen.workspace.kept_people()
            return people is not None and "Zed Quill" in [p.name for p in people.people]

        await until(pilot, known)
        await workers_done(pilot.app)
        assert made in {row.path for row in screen.rows}
        assert listed == [drafts]
