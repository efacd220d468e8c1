"""The trash of a drafts folder: what was deleted, and when; restore puts it back."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.errors import ProposalTuiError
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.workspace import TrashedDraft, Workspace


class TrashList(OptionList):
    """The deleted drafts; enter restores the highlighted one (and the footer says so)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Restore", id="trash.restore"),
    ]


class TrashScreen(TerminalSized, ModalScreen[Path | None]):
    """Deleted drafts of the workspace; dismisses with the last restored path."""

    AUTO_FOCUS = "#trash-list"

    HELP = """\
**Trash** keeps every draft you deleted from the library, newest first.
Choose one and press **enter** to put it back in your drafts folder.
"""

    CSS_PATH = Path(__file__).with_name("trash.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="trash.close"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.items: list[TrashedDraft] = []
        self.restored: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="trash-box"):
            yield Static("Trash: deleted drafts", id="trash-title")
            yield Static(
                "Enter puts the highlighted draft back in your drafts folder.", id="trash-hint"
            )
            yield Static("Reading the trash…", id="trash-empty", markup=False)
            yield TrashList(id="trash-list")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="trash-load")
    def load(self) -> None:
        """Read the trash in a thread."""
        items = self.workspace.trashed()
        self.app.call_from_thread(self._show, items)

    def _show(self, items: list[TrashedDraft]) -> None:
        self.items = items
        options = self.query_one("#trash-list", OptionList)
        options.clear_options()
        options.add_options(
            Option(as_text(item.label(), prose=False), id=str(item.path)) for item in items
        )
        options.display = bool(items)
        message = self.query_one("#trash-empty", Static)
        message.update("" if items else "The trash is empty.")
        message.display = not items
        if items:
            options.highlighted = 0

    @on(OptionList.OptionSelected, "#trash-list")
    def _selected(self) -> None:
        self.action_restore()

    def action_restore(self) -> None:
        """Put the highlighted draft back in the drafts folder."""
        options = self.query_one("#trash-list", OptionList)
        if options.highlighted is None or not self.items:
            return
        self._restore(self.items[options.highlighted])

    @work(thread=True, exclusive=True, group="trash-restore")
    def _restore(self, item: TrashedDraft) -> None:
        try:
            target = self.workspace.restore(item.path)
        except ProposalTuiError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.restored = target
        self.app.call_from_thread(self.notify, f"Restored {item.name} as {target.name}.")
        self.app.call_from_thread(self.load)

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(self.restored)
