"""The shared dialogs: what each returns for each way a person answers, and how each looks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from app_support import Host, screen_named, stable_screens, sync, type_text, until
from textual.app import App
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.widgets import Input

from proposal_tui.export_formats import EXPORT_FORMATS
from proposal_tui.tui.widgets.dialogs import (
    ChoicePrompt,
    ConfirmDialog,
    MessageDialog,
    PathPrompt,
    PathSuggester,
    TextPrompt,
    folder_line,
)
from proposal_tui.tui.widgets.export_dialog import ExportDialog

__all__ = ["stable_screens"]  # fixture used by name

SIZES = [(80, 24), (120, 40)]


class DialogApp(App[None]):
    """An empty app that shows one dialog and keeps what it returns."""

    def __init__(self, dialog: ModalScreen) -> None:
        super().__init__()
        self.dialog = dialog
        self.results: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.results.append)


async def answer(
    dialog: ModalScreen, *keys: str, text: str | None = None, value: str | None = None
) -> list[object]:
    """Show `dialog`, type `text` (or put `value` in its box at once, where typing is not
    what is tested), press `keys`; return what it dismissed with."""
    app = DialogApp(dialog)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen is dialog)
        if text is not None:
            await type_text(pilot, text)
        if value is not None:
            await set_value(pilot, dialog, value)
        await pilot.press(*keys)
        await pilot.pause()
    return app.results


async def set_value(pilot: Pilot, dialog: ModalScreen, value: str) -> None:
    """Put `value` in the dialog's text box as a paste would, the cursor at its end."""
    box = dialog.query_one(Input)
    box.value = value
    box.cursor_position = len(value)
    await pilot.pause()


@sync
async def test_confirm_returns_true_false_and_false_on_escape() -> None:
    assert await answer(ConfirmDialog("Sure?"), "enter") == [True]
    assert await answer(ConfirmDialog("Sure?"), "tab", "enter") == [False]
    assert await answer(ConfirmDialog("Sure?"), "escape") == [False]


@sync
async def test_a_dangerous_confirmation_has_cancel_focused() -> None:
    assert await answer(ConfirmDialog("Delete?", danger=True), "enter") == [False]
    assert await answer(ConfirmDialog("Delete?", danger=True), "shift+tab", "enter") == [True]


@sync
async def test_message_dialog_closes_with_enter_or_escape() -> None:
    assert await answer(MessageDialog("Note", "Read me"), "enter") == [None]
    assert await answer(MessageDialog("Note", "Read me"), "escape") == [None]


@sync
async def test_text_prompt_returns_stripped_text_or_none() -> None:
    assert await answer(TextPrompt("Title"), "enter", text="  Open data  ") == ["Open data"]
    assert await answer(TextPrompt("Title"), "escape", text="typed") == [None]
    # The default is selected: typing replaces it; end keeps it and adds.
    assert await answer(TextPrompt("Title", default="Old"), "enter", text="New") == ["New"]
    assert await answer(TextPrompt("T", default="Old"), "end", "x", "enter") == ["Oldx"]


@sync
async def test_text_prompt_refuses_empty_text_and_what_validate_refuses() -> None:
    dialog = TextPrompt(
        "Name", validate=lambda text: "no digits" if any(map(str.isdigit, text)) else None
    )
    app = DialogApp(dialog)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen is dialog)
        await pilot.press("enter")
        assert "Type something first" in str(dialog.query_one("#dialog-error").render())
        await type_text(pilot, "room 2")
        assert "-empty" in dialog.query_one("#dialog-error").classes  # typing clears the error
        await pilot.press("enter")
        assert "no digits" in str(dialog.query_one("#dialog-error").render())
        assert app.screen is dialog
        await pilot.press("backspace", "backspace", "enter")
        await until(pilot, lambda: app.results)
    assert app.results == ["room"]
    assert await answer(TextPrompt("T", allow_empty=True), "enter") == [""]


@sync
async def test_path_prompt_returns_a_path_and_checks_it(tmp_path: Path) -> None:
    existing = tmp_path / "notes.txt"
    existing.write_text("x")
    result = await answer(PathPrompt("File", must_exist=True), "enter", value=str(existing))
    assert result == [existing]
    missing = PathPrompt("File", must_exist=True)
    assert await answer(missing, "enter", "escape", value=str(tmp_path / "nope.txt")) == [None]
    folder = PathPrompt("File")
    app = DialogApp(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen is folder)
        await set_value(pilot, folder, str(tmp_path))
        await pilot.press("enter")
        assert "is a folder" in str(folder.query_one("#dialog-error").render())
    home = await answer(PathPrompt("File"), "enter", text="~/out.txt")
    assert home == [Path.home() / "out.txt"]


@sync
async def test_path_suggester_completes_names_in_the_folder(tmp_path: Path) -> None:
    (tmp_path / "proposal-final.txt").write_text("x")
    (tmp_path / ".hidden-proposal").write_text("x")
    suggester = PathSuggester()
    assert await suggester.get_suggestion(str(tmp_path / "prop")) == str(
        tmp_path / "proposal-final.txt"
    )
    assert await suggester.get_suggestion(str(tmp_path / ".hid")) is None
    assert await suggester.get_suggestion(str(tmp_path / "zzz")) is None
    assert await suggester.get_suggestion(str(tmp_path / "no-such-dir" / "x")) is None


@sync
async def test_choice_prompt_starts_on_the_default_and_returns_a_value() -> None:
    choices = [("text", "Plain text"), ("markdown", "Markdown"), ("json", "JSON")]
    assert await answer(ChoicePrompt("Format", choices, default="markdown"), "enter") == [
        "markdown"
    ]
    assert await answer(ChoicePrompt("Format", choices), "down", "enter") == ["markdown"]
    assert await answer(ChoicePrompt("Format", ["a", "b"], default="b"), "escape") == [None]


# --- snapshots -----------------------------------------------------------------------------------


def _dialogs() -> dict[str, ModalScreen]:
    return {
        "confirm": ConfirmDialog(
            "Move “Community networks after the subsidy” (community-networks-draft.toml) "
            "to the trash? You can restore it later from the trash (ctrl+t).",
            title="Delete draft",
            confirm="Move to trash",
            danger=True,
        ),
        "message": MessageDialog(
            "Cannot open broken.toml",
            "✗ line 2, column 9: not valid TOML: Invalid value",
            details="File: /home/ana/drafts/broken.toml\n\nThe file was not changed.",
        ),
        "text": TextPrompt(
            "New draft",
            message="The session's title. You can leave it empty and change it later.",
            placeholder="e.g. Community networks after the subsidy",
            submit="Next",
        ),
        "path": PathPrompt("Export to file", default="/home/ana/proposal.md", submit="Export"),
        "export": ExportDialog(
            "Export cybercrime-human-rights-roundtable.toml",
            lambda fmt: (
                Path("/srv/shared/igf-drafts/2025/latin-america/exports")
                / EXPORT_FORMATS[fmt].file_name("cybercrime-human-rights-roundtable")
            ),
            message="Email addresses are left out.",
        ),
        "choice": ChoicePrompt(
            "Which call is this proposal for?",
            [("igf-2024", "igf-2024: IGF 2024"), ("igf-2025", "igf-2025: IGF 2025")],
            default="igf-2025",
            message="The call sets the sections, word limits and rules.",
        ),
    }


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", list(_dialogs()))
def test_snapshot_dialog(snap_compare, kind: str, size) -> None:
    dialog = _dialogs()[kind]

    async def shown(pilot) -> None:
        await until(pilot, lambda: pilot.app.screen is dialog)
        await pilot.pause()

    assert snap_compare(DialogApp(dialog), terminal_size=size, run_before=shown)


def test_snapshot_text_prompt_with_an_error(snap_compare) -> None:
    dialog = TextPrompt("Rename draft", default="", message="The new file name.")

    async def refused(pilot) -> None:
        await until(pilot, lambda: pilot.app.screen is dialog)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(DialogApp(dialog), terminal_size=(80, 24), run_before=refused)


def test_input_cursor_does_not_blink_in_tests() -> None:
    assert Input.cursor_blink is False


def test_the_folder_line_spells_out_the_folder_of_the_typed_path(monkeypatch) -> None:
    monkeypatch.setenv("HOME", "/home/ana")
    monkeypatch.chdir("/")
    assert folder_line("/home/ana/.local/share/proposal-tui/exports/a.md") == (
        "Folder: ~/.local/share/proposal-tui/exports"
    )
    assert folder_line("~/proposal.md") == "Folder: ~"
    assert folder_line("/srv/drafts/") == "Folder: /srv/drafts"
    assert folder_line("/srv/x/../drafts/a.md") == "Folder: /srv/drafts"
    assert folder_line("notes/a.md") == "Folder: /notes"  # relative: from the current folder
    assert folder_line("  ") == "Folder: (type a path)"


@sync
async def test_the_folder_line_follows_what_is_typed(monkeypatch) -> None:
    monkeypatch.setenv("HOME", "/home/ana")
    dialog = ExportDialog("Export", lambda fmt: Path("/home/ana/exports/a.md"))
    app = DialogApp(dialog)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen is dialog)
        line = dialog.query_one("#dialog-folder")
        assert str(line.render()) == "Folder: ~/exports"
        dialog.query_one(Input).value = "/srv/shared/out.md"
        await pilot.pause()
        assert str(line.render()) == "Folder: /srv/shared"


@sync
async def test_escape_in_a_half_filled_person_form_asks_before_discarding() -> None:

    from proposal_tui.call import load_call
    from proposal_tui.tui.widgets.person_form import PersonForm

    app = Host(lambda: PersonForm(load_call("igf-2025"), None, title="Add speaker"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await screen_named(pilot, "PersonForm")
        await type_text(pilot, "Maricarmen")
        await pilot.press("escape")
        await screen_named(pilot, "ConfirmDialog")
        await pilot.press("escape")  # keep editing
        await until(pilot, lambda: app.screen is form)
        assert form.query_one("#person-name", Input).value == "Maricarmen"
        assert app.results == []
        await pilot.press("escape")
        await screen_named(pilot, "ConfirmDialog")
        await pilot.click("#confirm")
        await until(pilot, lambda: app.results)
    assert app.results == [None]


@sync
async def test_escape_in_an_untouched_person_form_closes_at_once() -> None:

    from proposal_tui.call import load_call
    from proposal_tui.model import Person
    from proposal_tui.tui.widgets.person_form import PersonForm

    person = Person(name="Ana", region="Latin American and Caribbean Group (GRULAC)")
    app = Host(lambda: PersonForm(load_call("igf-2025"), person, title="Edit speaker"))
    async with app.run_test(size=(80, 24)) as pilot:
        await screen_named(pilot, "PersonForm")
        await pilot.press("escape")
        await until(pilot, lambda: app.results)
    assert app.results == [None]


@sync
async def test_the_person_forms_region_is_whole_at_80x24() -> None:
    from textual.widgets import Select

    from proposal_tui.call import load_call
    from proposal_tui.model import Person
    from proposal_tui.tui.widgets.person_form import PersonForm

    region = "Latin American and Caribbean Group (GRULAC)"
    person = Person(name="Ana", region=region, stakeholder_group="Civil Society")
    app = Host(lambda: PersonForm(load_call("igf-2023"), person, title="Edit speaker"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await screen_named(pilot, "PersonForm")
        label = form.query_one("#person-region", Select).query_one("#label")
        shown, room = str(label.render()), label.content_region.width
    assert shown == region and room >= len(region)


@sync
async def test_a_policy_question_is_edited_in_a_box_of_several_lines() -> None:
    from textual.widgets import TextArea

    from proposal_tui.tui.widgets.dialogs import TextBoxPrompt

    question = (
        "How can multistakeholder cooperation ensure that the implementation of the "
        "Global Digital Compact strengthens, rather than fragments, the WSIS framework?"
    )
    app = Host(lambda: TextBoxPrompt("Edit question B", default=question))
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await screen_named(pilot, "TextBoxPrompt")
        box = dialog.query_one(TextArea)
        assert box.size.height >= 5 and box.wrapped_document.height >= 2  # wraps, all seen
        assert box.cursor_location == box.document.end
        await pilot.press("backspace", "?", "enter")
        await until(pilot, lambda: app.results)
    assert app.results == [question]


def _hasty(cls: type[ModalScreen], *args: object, **kwargs: object) -> ModalScreen:
    """A `cls` dialog that moves the focus on as soon as it is mounted, as a tab pressed the
    moment the dialog shows would (Textual calls this on_mount before the dialog's own)."""

    def on_mount(self: ModalScreen) -> None:
        self.first_focus = self.focused
        self.focus_next()
        self.moved_to = self.focused

    return type(f"Hasty{cls.__name__}", (cls,), {"on_mount": on_mount})(*args, **kwargs)


def _hasty_dialogs() -> dict[str, Callable[[], ModalScreen]]:
    from proposal_tui.call import load_call
    from proposal_tui.tui.widgets.dialogs import TextBoxPrompt
    from proposal_tui.tui.widgets.person_form import PersonForm
    from proposal_tui.tui.widgets.person_picker import PersonPicker

    return {
        "confirm": lambda: _hasty(ConfirmDialog, "Sure?"),
        "dangerous confirm": lambda: _hasty(ConfirmDialog, "Delete?", danger=True),
        "text": lambda: _hasty(TextPrompt, "Title"),
        "text box": lambda: _hasty(TextBoxPrompt, "Question"),
        "choice": lambda: _hasty(ChoicePrompt, "Format", ["a", "b"]),
        "export": lambda: _hasty(ExportDialog, "Export", lambda fmt: Path(f"/tmp/a.{fmt}")),
        "person form": lambda: _hasty(PersonForm, load_call("igf-2025"), None, title="Add"),
        "person picker": lambda: _hasty(PersonPicker, "Add speaker", []),
    }


@sync
@pytest.mark.parametrize("kind", list(_hasty_dialogs()))
async def test_a_key_pressed_as_a_dialog_shows_is_not_undone_by_its_first_focus(kind) -> None:
    """The first focus is set while the dialog is built, not later: a tab pressed the
    moment a dialog shows stays where it moved the focus (in a real terminal under load,
    a late first focus put the organisation typed after a tab into the name field)."""
    dialog = _hasty_dialogs()[kind]()
    app = DialogApp(dialog)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen is dialog and hasattr(dialog, "moved_to"))
        await pilot.pause()
        assert dialog.first_focus is not None and dialog.moved_to is not dialog.first_focus
        assert dialog.focused is dialog.moved_to
