"""What an empty library shows: a word of welcome, 'New draft' and 'Add sample drafts'."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static


class EmptyLibrary(Vertical):
    """A first run's welcome, with buttons for a new draft and for the samples."""

    DEFAULT_CSS = """
    EmptyLibrary {
        height: 1fr;
        align: center middle;
        #empty-box { width: 70; max-width: 100%; height: auto; padding: 1 2; }
        #empty-box Static { width: 1fr; margin-bottom: 1; }
        #empty-buttons { height: auto; width: 1fr; align-horizontal: center; }
        #empty-buttons Button { margin: 0 1; }
    }
    """

    def __init__(self, message: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._message = Static(message, id="empty-message", markup=False)
        """Made here, not in compose: `show` may come before the widget is composed."""

    def compose(self) -> ComposeResult:
        with Vertical(id="empty-box"):
            yield self._message
            with Horizontal(id="empty-buttons"):
                yield Button("New draft (ctrl+n)", variant="primary", id="empty-new")
                yield Button("Add sample drafts (ctrl+e)", id="empty-samples")

    def on_mount(self) -> None:
        self.query_one("#empty-new", Button).focus()

    def show(self, message: str) -> None:
        """Say `message` (and offer the buttons again).  Called again before the widget
        is composed (a resize just after it was mounted), it changes the message, and
        on_mount offers the buttons."""
        self._message.update(message)
        buttons = self.query("#empty-new")
        if buttons and not isinstance(self.screen.focused, Button):
            buttons.first(Button).focus()
