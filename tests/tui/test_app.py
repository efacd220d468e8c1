"""The app shell: screen stack, standard keys, help, themes remembered, tiny terminals."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from app_support import (
    READY,
    drafts,
    library_ready,
    palette_run,
    palette_searched,
    screen_named,
    stable_screens,
    sync,
    type_text,
    until,
    workers_done,
)
from textual.app import App
from textual.screen import Screen
from textual.widgets import Static

from proposal_tui.settings import settings_path
from proposal_tui.tui.app import HoldsUnsavedWork, ProposalApp, TooSmallScreen
from proposal_tui.tui.screens.help import MORE_BELOW, HelpScreen, field_key_groups, key_lines
from proposal_tui.tui.screens.library import LibraryScreen
from proposal_tui.tui.widgets.dialogs import ConfirmDialog
from proposal_tui.workspace import Workspace

__all__ = ["drafts", "stable_screens"]  # fixtures used by name

SIZES = [(80, 24), (120, 40)]


def notes(app: App) -> list[str]:
    """The messages of the notifications the app has shown."""
    return [notification.message for notification in app._notifications]


class WorkScreen(Screen[None]):
    """A screen holding changes, as the wizard does; `can_save` says whether saving works."""

    def __init__(self, *, can_save: bool) -> None:
        super().__init__()
        self.can_save = can_save
        self.dirty = True
        self.saves = 0

    def compose(self):
        yield Static("work in progress")

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    async def save_now(self) -> None:
        self.saves += 1
        if self.can_save:
            self.dirty = False


def test_work_screen_fits_the_protocol() -> None:
    assert isinstance(WorkScreen(can_save=True), HoldsUnsavedWork)
    assert not isinstance(LibraryScreen(Workspace(Path("."))), HoldsUnsavedWork)


# --- the screen stack and standard keys ----------------------------------------------------


@sync
async def test_opens_on_the_library_titled_with_the_folder(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert app.title == "proposal-tui"
        assert app.sub_title == "drafts"
        assert app.theme == "proposal-dark"


@sync
async def test_escape_closes_screens_but_never_the_library(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        library = await library_ready(pilot)
        await pilot.press("escape", "escape")
        assert app.screen is library and app.is_running
        app.push_screen(WorkScreen(can_save=True))
        await pilot.pause()
        await pilot.press("escape")
        assert app.screen is library


@sync
async def test_open_path_shows_the_wizard_above_the_library(drafts: Path) -> None:
    app = ProposalApp(drafts, open_path=drafts / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await screen_named(pilot, "WizardScreen")
        assert wizard.path == drafts / READY  # type: ignore[attr-defined]
        assert isinstance(app.screen_stack[0], LibraryScreen)


@sync
async def test_compare_paths_show_the_comparison(drafts: Path) -> None:
    pair = (drafts / READY, drafts / "community-networks-draft.toml")
    app = ProposalApp(drafts, compare_paths=pair)
    async with app.run_test(size=(120, 40)) as pilot:
        compare = await screen_named(pilot, "CompareScreen")
        assert (compare.a, compare.b) == pair  # type: ignore[attr-defined]


@sync
async def test_f1_and_question_mark_open_help_for_the_screen(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        library = await library_ready(pilot)
        for key in ("f1", "question_mark"):
            await pilot.press(key)
            help_screen = await screen_named(pilot, "HelpScreen")
            assert isinstance(help_screen, HelpScreen)
            assert help_screen.target is library
            keys = dict((what, keys) for keys, what in help_screen.lines)
            assert keys["New"] == "^n"
            assert keys["Delete"] == "f8 / del"
            assert keys["Trash"] == "^t"  # hidden from the footer, listed here
            assert keys["Quit"] == "^q"
            await pilot.press("escape")
            assert app.screen is library


@sync
async def test_help_in_the_wizard_lists_the_keys_of_its_fields(drafts: Path) -> None:
    from wizard_support import WizardApp, opened

    app = WizardApp(drafts, drafts / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("f1")
        help_screen = await screen_named(pilot, "HelpScreen")
        assert isinstance(help_screen, HelpScreen)
        groups = dict(help_screen.field_groups)
        shown = str(help_screen.query_one("#help-keys", Static).render())
    lists = dict(
        (what, keys) for keys, what in groups["In a list (organisers, speakers, questions, links)"]
    )
    assert lists["Add one"] == "a / insert"
    assert lists["Edit the highlighted one"] == "e"
    assert lists["Remove the highlighted one"] == "d / del"
    assert ("⏎ / space", "Tick or untick the highlighted one") in groups[
        "In a checklist (the goals)"
    ]
    ((dropdown_keys, how),) = groups["In a dropdown"]
    assert "⏎" in dropdown_keys and how.startswith("Open it")
    assert "In a checklist (the goals)" in shown and "Tick or untick the highlighted one" in shown


@sync
async def test_help_in_the_review_lists_copy_export_and_contacts(drafts: Path) -> None:
    from proposal_tui.tui.screens.review import ReviewScreen

    app = ProposalApp(drafts)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(pilot)
        app.push_screen(ReviewScreen(drafts / READY))
        review = await screen_named(pilot, "ReviewScreen")
        await until(pilot, lambda: review.query("ReviewPane"))
        await pilot.press("f1")
        help_screen = await screen_named(pilot, "HelpScreen")
        assert isinstance(help_screen, HelpScreen)
        review_keys = dict(help_screen.field_groups)["In the review"]
    assert [keys for keys, _ in review_keys][:5] == ["c", "a / C", "v", "e", "t"]
    assert review_keys[4] == ("t", "Show or hide contact details (emails)")


@sync
async def test_help_says_that_it_scrolls_when_it_does_not_fit(drafts: Path) -> None:
    from wizard_support import WizardApp, opened

    app = WizardApp(drafts, drafts / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("f1")
        help_screen = await screen_named(pilot, "HelpScreen")
        more = help_screen.query_one("#help-more", Static)
        assert more.display and str(more.render()) == MORE_BELOW
        await pilot.press("end")
        await until(pilot, lambda: not more.display)
    app = WizardApp(drafts, drafts / READY)
    async with app.run_test(size=(120, 60)) as pilot:
        await opened(pilot)
        await pilot.press("f1")
        help_screen = await screen_named(pilot, "HelpScreen")
        await pilot.pause()
        assert not help_screen.query_one("#help-more", Static).display


def test_field_groups_of_a_screen_without_fields_are_empty() -> None:
    assert field_key_groups(Screen()) == []


@sync
async def test_help_and_save_are_in_the_command_palette(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        library = await library_ready(pilot)
        names = [command.title for command in app.get_system_commands(library)]
        assert {"App: Help", "App: Save now", "Theme", "Quit"} <= set(names)
        await palette_run(pilot, "App: Help")
        await screen_named(pilot, "HelpScreen")


@sync
async def test_help_lists_the_keys_of_whatever_screen_it_is_for() -> None:
    app = App()
    async with app.run_test() as pilot:
        dialog = ConfirmDialog("Sure?")
        app.push_screen(dialog)
        await pilot.pause()
        assert ("esc", "Cancel") in key_lines(dialog)


@sync
async def test_quit_saves_first_then_exits(drafts: Path) -> None:
    app = ProposalApp(drafts)
    work = WorkScreen(can_save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        app.push_screen(work)
        await pilot.pause()
        await pilot.press("ctrl+q")
        await until(pilot, lambda: app.return_value is not None)
    assert work.saves == 1
    assert app.return_value == 0


@sync
async def test_quit_asks_before_losing_changes_that_could_not_be_saved(drafts: Path) -> None:
    app = ProposalApp(drafts)
    work = WorkScreen(can_save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        app.push_screen(work)
        await pilot.pause()
        await pilot.press("ctrl+q")
        dialog = await screen_named(pilot, "ConfirmDialog")
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.dialog_title == "Unsaved changes"
        await pilot.press("enter")  # "Stay" has the focus
        await until(pilot, lambda: app.screen is work)
        assert app.is_running
        await pilot.press("ctrl+q")
        await screen_named(pilot, "ConfirmDialog")
        await pilot.click("#confirm")
        await until(pilot, lambda: app.return_value is not None)
    assert work.saves == 2
    assert app.return_value == 0


@sync
async def test_ctrl_s_saves_the_screen_with_work_or_says_there_is_none(drafts: Path) -> None:
    app = ProposalApp(drafts)
    work = WorkScreen(can_save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any("Nothing to save" in note for note in notes(app)))
        app.push_screen(work)
        await until(pilot, lambda: app.screen is work)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: work.saves == 1)


# --- tiny terminals ---------------------------------------------------------------------------


@sync
async def test_tiny_terminal_shows_a_message_and_resizes_back_cleanly(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(20, 5)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, TooSmallScreen))
        message = str(app.screen.query_one("#too-small", Static).render())
        assert "Make the window larger" in message
        await pilot.resize_terminal(80, 24)
        library = await library_ready(pilot)
        assert library.table.row_count == 3
        await pilot.resize_terminal(59, 24)
        await until(pilot, lambda: isinstance(app.screen, TooSmallScreen))
        await pilot.resize_terminal(60, 16)
        await until(pilot, lambda: app.screen is library)
        await pilot.press("ctrl+q")
    assert app.return_value == 0


@sync
async def test_screens_opened_while_tiny_wait_above_the_library(drafts: Path) -> None:
    app = ProposalApp(drafts, open_path=drafts / READY)
    async with app.run_test(size=(20, 5)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, TooSmallScreen))
        await pilot.resize_terminal(80, 24)
        wizard = await screen_named(pilot, "WizardScreen")
        assert app.screen_stack == [app.screen_stack[0], wizard]
        assert isinstance(app.screen_stack[0], LibraryScreen)


@sync
async def test_keys_on_the_tiny_screen_do_not_crash(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(20, 5)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, TooSmallScreen))
        await pilot.press("escape", "f1", "question_mark", "ctrl+s", "ctrl+n", "a", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)


# --- themes and settings ----------------------------------------------------------------------


@sync
async def test_theme_choice_is_remembered_across_starts(drafts: Path, config_dir: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await palette_run(pilot, "Theme: proposal-light")
        await until(pilot, lambda: app.theme == "proposal-light")
        await until(pilot, settings_path().exists)
        await workers_done(app)
    assert settings_path().parent == config_dir
    assert 'theme = "proposal-light"' in settings_path().read_text(encoding="utf-8")

    again = ProposalApp(drafts)
    async with again.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert again.theme == "proposal-light"


async def listed_themes(pilot, app: ProposalApp, query: str = "") -> list[str]:
    """Open the palette's theme picker (its 'Theme' command), type `query`, read the list."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await type_text(pilot, "Theme")
    palette = await screen_named(pilot, "CommandPalette")
    assert isinstance(palette, CommandPalette)
    commands = palette.query_one(CommandList)
    await until(
        pilot,
        lambda: commands.option_count and "Theme" in str(commands.get_option_at_index(0).prompt),
    )
    await pilot.press("enter")
    await until(pilot, lambda: app.screen is not palette and isinstance(app.screen, CommandPalette))
    picker = app.screen
    themes = picker.query_one(CommandList)
    if query:
        await type_text(pilot, query)
    wanted = len(app.available_themes) if not query else 1
    await until(pilot, lambda: themes.option_count >= wanted)
    await workers_done(app)
    await pilot.pause()
    return [
        str(themes.get_option_at_index(i).prompt).split("\n")[0] for i in range(themes.option_count)
    ]


@sync
async def test_the_theme_picker_lists_the_projects_themes_first_by_name(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(pilot)
        names = await listed_themes(pilot, app)
    own = ["proposal-dark", "proposal-high-contrast", "proposal-light"]
    assert names[:3] == own
    assert names[3:] == sorted(set(app.available_themes) - set(own))
    assert app.theme_order() == names


@sync
async def test_the_palettes_theme_commands_put_the_projects_first(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "Theme: ")
        palette = await screen_named(pilot, "CommandPalette")
        from textual.command import CommandList

        commands = palette.query_one(CommandList)
        await until(pilot, lambda: commands.option_count >= len(app.available_themes))
        await workers_done(app)
        await pilot.pause()
        shown = [str(commands.get_option_at_index(i).prompt) for i in range(3)]
    assert [line.split("\n")[0] for line in shown] == [
        "Theme: proposal-dark",
        "Theme: proposal-high-contrast",
        "Theme: proposal-light",
    ]
    assert all("proposal-tui's" in line for line in shown)


@sync
async def test_user_themes_are_registered_and_a_broken_one_is_reported(
    drafts: Path, config_dir: Path
) -> None:
    themes = config_dir / "themes"
    themes.mkdir()
    (themes / "sunrise.toml").write_text('name = "sunrise"\nprimary = "#ff8800"\n')
    (themes / "broken.toml").write_text('name = "broken"\nprimary = "blurple"\n')
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert "sunrise" in app.available_themes
        assert "broken" not in app.available_themes
        (problem,) = [note for note in notes(app) if "broken.toml" in note]
        assert "primary" in problem and "blurple" in problem
        assert app.theme == "proposal-dark"


@sync
async def test_a_broken_config_file_gives_defaults_and_a_message(drafts: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("theme = \n", encoding="utf-8")
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert app.theme == "proposal-dark"
        assert any("config.toml" in note and "line 1" in note for note in notes(app))


@sync
async def test_a_theme_that_is_gone_falls_back_to_the_default(drafts: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('theme = "removed-theme"\n', encoding="utf-8")
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert app.theme == "proposal-dark"
        assert any("removed-theme" in note for note in notes(app))


@sync
async def test_keys_remapped_in_the_config_file_work(drafts: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('[keys]\n"library.new" = "f10"\n', encoding="utf-8")
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("f10")
        await screen_named(pilot, "TextPrompt")


# --- no network --------------------------------------------------------------------------------


@sync
async def test_the_app_opens_no_network_connection(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("network connection attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    app = ProposalApp(drafts)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await pilot.press("f1", "escape", "f3")
        await screen_named(pilot, "ReviewScreen")
        await pilot.press("escape", "enter")
        await screen_named(pilot, "WizardScreen")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        palette = await screen_named(pilot, "CommandPalette")
        await type_text(pilot, "theme")
        await palette_searched(pilot, palette, "Theme")  # type: ignore[arg-type]
        await pilot.press("escape")
    assert attempts == []


# --- snapshots -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_help(snap_compare, drafts: Path, size) -> None:
    async def help_open(pilot) -> None:
        await library_ready(pilot)
        await pilot.press("f1")
        await screen_named(pilot, "HelpScreen")
        await pilot.pause()

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=help_open)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_high_contrast_theme(snap_compare, drafts: Path, size) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('theme = "proposal-high-contrast"\n', encoding="utf-8")

    async def loaded(pilot) -> None:
        await library_ready(pilot)

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=loaded)


@pytest.mark.parametrize("size", [(40, 10), (20, 5)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_tiny_terminal(snap_compare, drafts: Path, size) -> None:
    async def small(pilot) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, TooSmallScreen))
        await pilot.pause()

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=small)
