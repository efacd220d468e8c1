"""Reusable modal dialogs: confirm, message, text prompt, text box prompt, path prompt,
choice prompt.

Each is a `ModalScreen[T]` that ends with `dismiss(value)`: use it with
`await app.push_screen_wait(dialog)` from a worker, or `push_screen(dialog, callback)`.
Escape always cancels (the value is False for a confirmation, None for a prompt).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from proposal_tui.tui.shown import as_text
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter

T = TypeVar("T")

Choice = str | tuple[str, str]
"""A choice: its value, or (value, label shown)."""

Validator = Callable[[str], str | None]
"""Returns a one-line problem with the text, or None when it is fine."""


class Dialog(TerminalSized, ModalScreen[T]):
    """The frame every dialog shares: a titled box in the middle, escape to cancel."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        background: $background 60%;
    }
    Dialog > #dialog {
        width: 68;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    Dialog #dialog-title {
        text-style: bold;
        width: 1fr;
        margin-bottom: 1;
    }
    Dialog .dialog-message { width: 1fr; margin-bottom: 1; }
    Dialog #dialog-error { color: $text-error; width: 1fr; }
    Dialog #dialog-error.-empty { display: none; }
    Dialog #dialog-buttons { height: auto; width: 1fr; align-horizontal: right; }
    Dialog #dialog-buttons Button { margin-left: 1; min-width: 10; }
    Dialog Input { width: 1fr; }
    Dialog #dialog-folder { width: 1fr; color: $text-muted; }
    Dialog OptionList { height: auto; max-height: 12; width: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    cancel_value: T | None = None

    def __init__(self, title: str) -> None:
        super().__init__()
        self.dialog_title = title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(as_text(self.dialog_title, prose=False), id="dialog-title")
            yield from self.compose_body()
            yield Static("", id="dialog-error", classes="-empty", markup=False)
            with Horizontal(id="dialog-buttons"):
                yield from self.compose_buttons()
        yield KeyFooter(compact=True)

    def compose_body(self) -> ComposeResult:
        """The dialog's own content, between the title and the buttons."""
        yield from ()

    def compose_buttons(self) -> ComposeResult:
        """The dialog's buttons, right-aligned under the content."""
        yield from ()

    def show_error(self, message: str) -> None:
        """Show a one-line problem under the content (an empty message hides it)."""
        error = self.query_one("#dialog-error", Static)
        error.update(as_text(message))
        error.set_class(not message, "-empty")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without a choice (escape, or the Cancel button)."""
        self.dismiss(self.cancel_value)


class ConfirmDialog(Dialog[bool]):
    """A question answered by a button: True for `confirm`, False for cancel or escape."""

    cancel_value = False

    def __init__(
        self,
        message: str,
        *,
        title: str = "Please confirm",
        confirm: str = "Yes",
        cancel: str = "Cancel",
        danger: bool = False,
    ) -> None:
        super().__init__(title)
        self.message = message
        self.confirm_label = confirm
        self.cancel_label = cancel
        self.danger = danger
        self.AUTO_FOCUS = "#cancel" if danger else "#confirm"

    def compose_body(self) -> ComposeResult:
        yield Static(as_text(self.message), classes="dialog-message")

    def compose_buttons(self) -> ComposeResult:
        variant = "error" if self.danger else "primary"
        yield Button(self.confirm_label, variant=variant, id="confirm")
        yield Button(self.cancel_label, id="cancel")

    @on(Button.Pressed, "#confirm")
    def _confirm(self) -> None:
        self.dismiss(True)


class MessageDialog(Dialog[None]):
    """Something to read, with an OK button: an error, a path, a note."""

    AUTO_FOCUS = "#ok"

    def __init__(self, title: str, message: str, *, details: str = "") -> None:
        super().__init__(title)
        self.message = message
        self.details = details

    def compose_body(self) -> ComposeResult:
        yield Static(as_text(self.message), classes="dialog-message")
        if self.details:
            yield Static(as_text(self.details), classes="dialog-message", id="dialog-details")

    def compose_buttons(self) -> ComposeResult:
        yield Button("OK", variant="primary", id="ok")

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        self.dismiss(None)


class LinePrompt(Dialog[T]):
    """Ask for one line in an Input; subclasses say what is wrong with it and what it means."""

    AUTO_FOCUS = "#dialog-input"

    def __init__(
        self,
        title: str,
        *,
        default: str = "",
        message: str = "",
        placeholder: str = "",
        submit: str = "OK",
        allow_empty: bool = False,
        validate: Validator | None = None,
    ) -> None:
        super().__init__(title)
        self.default = default
        self.message = message
        self.placeholder = placeholder
        self.submit_label = submit
        self.allow_empty = allow_empty
        self.validate = validate

    def compose_body(self) -> ComposeResult:
        if self.message:
            yield Static(as_text(self.message), classes="dialog-message")
        yield self.make_input()

    def make_input(self) -> Input:
        """The input the answer is typed in."""
        return Input(self.default, placeholder=self.placeholder, id="dialog-input")

    def compose_buttons(self) -> ComposeResult:
        yield Button(self.submit_label, variant="primary", id="submit")
        yield Button("Cancel", id="cancel")

    def problem(self, text: str) -> str | None:
        """What is wrong with `text` as an answer, or None."""
        if not text and not self.allow_empty:
            return "Type something first, or press escape to cancel."
        return self.validate(text) if self.validate else None

    def answer(self, text: str) -> T:
        """The value the dialog dismisses with for valid `text`."""
        raise NotImplementedError

    @on(Input.Changed, "#dialog-input")
    def _clear_error(self) -> None:
        self.show_error("")

    @on(Input.Submitted, "#dialog-input")
    @on(Button.Pressed, "#submit")
    def _submit(self) -> None:
        text = self.query_one("#dialog-input", Input).value.strip()
        problem = self.problem(text)
        if problem:
            self.show_error(f"✗ {problem}")
            return
        self.dismiss(self.answer(text))


class TextPrompt(LinePrompt[str | None]):
    """Ask for one line of text; dismisses with the text (stripped) or None."""

    def answer(self, text: str) -> str | None:
        return text


class PathSuggester(Suggester):
    """Completes a typed path from the names in its folder (no network, no globbing)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value or value.endswith(os.sep):
            return None
        typed = Path(value).expanduser()
        folder, stem = typed.parent, typed.name
        try:
            names = sorted(entry.name for entry in os.scandir(folder))
        except OSError:
            return None
        for name in names:
            if name.startswith(stem) and name != stem and not name.startswith("."):
                return value + name[len(stem) :]
        return None


def folder_line(text: str) -> str:
    """'Folder: ~/drafts/exports' for the typed path `text` (a relative path from the
    current folder, the home folder as ~): the whole folder, however narrow the box."""
    text = text.strip()
    if not text:
        return "Folder: (type a path)"
    path = Path(text).expanduser()
    folder = Path(os.path.normpath(Path.cwd() / (path if text.endswith(os.sep) else path.parent)))
    home = Path.home()
    if folder == home or folder.is_relative_to(home):
        return f"Folder: ~{os.sep}{folder.relative_to(home)}".removesuffix(f"{os.sep}.")
    return f"Folder: {folder}"


class PathPrompt(LinePrompt[Path | None]):
    """Ask for a file path; dismisses with the Path (~ expanded) or None.

    With `must_exist`, the path must name an existing file.  A path naming a folder is
    refused either way: the answer is always meant to be a file.
    """

    def __init__(
        self,
        title: str,
        *,
        default: str = "",
        message: str = "",
        must_exist: bool = False,
        submit: str = "OK",
    ) -> None:
        super().__init__(
            title,
            default=default,
            message=message,
            placeholder="a file path, e.g. ~/Documents/proposal.txt",
            submit=submit,
        )
        self.must_exist = must_exist

    def make_input(self) -> Input:
        return Input(
            self.default,
            placeholder=self.placeholder,
            suggester=PathSuggester(),
            id="dialog-input",
        )

    def problem(self, text: str) -> str | None:
        if not text:
            return "Type a file path first, or press escape to cancel."
        path = Path(text).expanduser()
        if path.is_dir():
            return "That is a folder; add a file name."
        if self.must_exist and not path.is_file():
            return "No file at that path."
        return None

    def answer(self, text: str) -> Path:
        return Path(text).expanduser()


class ParagraphArea(TextArea):
    """A wrapping box for one paragraph: enter answers its dialog (no line breaks)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.run_action("screen.save")
            return
        await super()._on_key(event)


class TextBoxPrompt(Dialog[str | None]):
    """Ask for one paragraph that may run over several lines (a policy question) in a
    wrapping box; enter, ctrl+s or the Save button answers with the text (stripped),
    escape cancels."""

    AUTO_FOCUS = "#dialog-text"

    DEFAULT_CSS = """
    TextBoxPrompt TextArea { height: 7; width: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="dialog.save"),
    ]

    def __init__(
        self, title: str, *, default: str = "", placeholder: str = "", submit: str = "Save"
    ) -> None:
        super().__init__(title)
        self.default = default
        self.placeholder = placeholder
        self.submit_label = submit

    def compose_body(self) -> ComposeResult:
        yield ParagraphArea(
            self.default,
            soft_wrap=True,
            tab_behavior="focus",
            placeholder=self.placeholder,
            id="dialog-text",
        )

    def compose_buttons(self) -> ComposeResult:
        yield Button(self.submit_label, variant="primary", id="submit")
        yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        box = self.query_one("#dialog-text", TextArea)
        box.move_cursor(box.document.end)

    @on(Button.Pressed, "#submit")
    def action_save(self) -> None:
        """Answer with the text, once there is some."""
        text = self.query_one("#dialog-text", TextArea).text.strip()
        if not text:
            self.show_error("✗ Type something first, or press escape to cancel.")
            return
        self.dismiss(text)


class ChoicePrompt(Dialog[str | None]):
    """Pick one of a list; dismisses with the chosen value or None."""

    AUTO_FOCUS = "#dialog-choices"

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        message: str = "",
    ) -> None:
        super().__init__(title)
        self.choices = [(c, c) if isinstance(c, str) else c for c in choices]
        self.default = default
        self.message = message

    def compose_body(self) -> ComposeResult:
        if self.message:
            yield Static(as_text(self.message), classes="dialog-message")
        yield OptionList(
            *(Option(as_text(label, prose=False), id=value) for value, label in self.choices),
            id="dialog-choices",
        )

    def compose_buttons(self) -> ComposeResult:
        yield Button("Choose", variant="primary", id="submit")
        yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        options = self.query_one("#dialog-choices", OptionList)
        values = [value for value, _ in self.choices]
        if self.default in values:
            options.highlighted = values.index(self.default)

    @on(OptionList.OptionSelected, "#dialog-choices")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#submit")
    def _submit(self) -> None:
        options = self.query_one("#dialog-choices", OptionList)
        if options.highlighted is None:
            self.show_error("✗ Choose one first, or press escape to cancel.")
            return
        self.dismiss(options.get_option_at_index(options.highlighted).id)
