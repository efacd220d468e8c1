"""The trash of a drafts folder: what was deleted, and when; restore puts it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.errors import ProposalTuiError

STAMP_FORMAT = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class TrashedDraft:
    """A draft in the trash: where it is, the name it had, when it was deleted, its title."""

    path: Path
    name: str
    deleted: datetime | None
    title: str

    def label(self) -> str:
        """One line for the list."""
        when = f"deleted {self.deleted:%Y-%m-%d %H:%M}" if self.deleted else "deleted"
        return f"{self.name} · {self.title or '(untitled)'} · {when}"


def deleted_at(trashed: Path) -> datetime | None:
    """When a trashed draft was deleted, read from its name (None if the name says nothing)."""
    stamp = trashed.name.removesuffix(".toml").rpartition(".")[2]
    try:
        return datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return None


def read_trash(folder: Path) -> list[TrashedDraft]:
    """The drafts in `folder`'s trash, most recently deleted first (runs in a thread)."""
    from proposal_tui.store import list_trash, load_draft, original_name

    found = []
    for path in list_trash(folder):
        try:
            title = load_draft(path).title
        except ProposalTuiError:
            title = "(cannot be read)"
        found.append(TrashedDraft(path, original_name(path), deleted_at(path), title))
    return found


class TrashList(OptionList):
    """The deleted drafts; enter restores the highlighted one (and the footer says so)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Restore", id="trash.restore"),
    ]


class TrashScreen(ModalScreen[Path | None]):
    """Deleted drafts of the library's folder; dismisses with the last restored path."""

    HELP = """\
**Trash** keeps every draft you deleted from the library, newest first.
Choose one and press **enter** to put it back in your drafts folder.
"""

    DEFAULT_CSS = """
    TrashScreen {
        align: center middle;
        background: $background 60%;
        #trash-box {
            width: 90; max-width: 100%; height: auto; max-height: 100%;
            border: thick $primary; background: $surface; padding: 0 1;
        }
        #trash-title { text-style: bold; }
        #trash-hint { color: $text-muted; margin-bottom: 1; }
        #trash-list { height: auto; max-height: 16; }
        #trash-empty { color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="trash.close"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = Path(folder)
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
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#trash-list", OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="trash-load")
    def load(self) -> None:
        """Read the trash in a thread."""
        items = read_trash(self.folder)
        self.app.call_from_thread(self._show, items)

    def _show(self, items: list[TrashedDraft]) -> None:
        self.items = items
        options = self.query_one("#trash-list", OptionList)
        options.clear_options()
        options.add_options(Option(item.label(), id=str(item.path)) for item in items)
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
        from proposal_tui.store import restore_draft

        try:
            target = restore_draft(item.path)
        except ProposalTuiError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.restored = target
        self.app.call_from_thread(self.notify, f"Restored {item.name} as {target.name}.")
        self.app.call_from_thread(self.load)

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(self.restored)
