"""The revisions of a draft: when each was kept and what changed, compare and restore."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.errors import ProposalTuiError
from proposal_tui.safe_text import visible
from proposal_tui.store import ConflictError, Revision, restore_revision
from proposal_tui.tui.screens.screen_palette import (
    PaletteCommand,
    PaletteEntry,
    ScreenCommands,
    from_bindings,
)
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.workspace import RevisionRow, Workspace

PALETTE: tuple[PaletteEntry, ...] = (
    ("compare", "Revisions: Compare", "Compare the highlighted revision with the draft"),
    ("restore", "Revisions: Restore", "Make the highlighted revision the draft's text"),
)


def row_prompt(row: RevisionRow) -> Content:
    """One line of the list: the absolute time, then what changed after it."""
    return Content.assemble(
        (f"{row.revision.saved:%Y-%m-%d %H:%M:%S}", "bold"), "  ", visible(row.summary)
    )


class RevisionsScreen(TerminalSized, ModalScreen[bool]):
    """Earlier versions of a draft; dismisses with True when the draft was changed."""

    CSS_PATH = Path(__file__).with_name("revisions.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="revisions.close"),
        Binding("c", "compare", "Compare", id="revisions.compare"),
        Binding("r", "restore", "Restore", id="revisions.restore"),
    ]
    COMMANDS: ClassVar = {ScreenCommands}

    def __init__(self, path: Path, *, workspace: Workspace | None = None) -> None:
        """The revisions of the draft at `path`, judged under `workspace`'s call override
        (by default, a workspace of the draft's folder with no override)."""
        super().__init__()
        self.path = Path(path)
        self.workspace = workspace or Workspace(self.path.parent)
        self.rows: list[RevisionRow] = []
        self.fingerprint: str | None = None
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="revisions-box"):
            yield Static(
                as_text(f"Revisions of {self.path.name}", prose=False), id="revisions-title"
            )
            yield Static(
                "Each line: an earlier version, when a save replaced it, and what that save "
                "changed. c compare with the draft, r restore.",
                id="revisions-help",
            )
            yield OptionList(Option("Loading…", disabled=True), id="revisions-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="revisions-load")
    def load(self) -> None:
        """List the revisions and summarise each in a thread."""
        try:
            revisions = self.workspace.revisions(self.path)
        except ProposalTuiError as exc:
            self.app.call_from_thread(self._show_error, str(exc))
            return
        self.app.call_from_thread(self._show, revisions.rows, revisions.fingerprint)

    def _show_error(self, message: str) -> None:
        self.rows = []
        self.query_one(OptionList).set_options([Option(as_text(f"✗ {message}"), disabled=True)])

    def _show(self, rows: list[RevisionRow], fingerprint: str) -> None:
        self.rows = rows
        self.fingerprint = fingerprint
        options = self.query_one(OptionList)
        if not rows:
            options.set_options(
                [
                    Option(
                        "No earlier versions yet: every save that changes the draft keeps one.",
                        disabled=True,
                    )
                ]
            )
            return
        kept = options.highlighted or 0
        options.set_options(Option(row_prompt(row)) for row in rows)
        options.highlighted = min(kept, len(rows) - 1)
        options.focus()

    def selected(self) -> RevisionRow | None:
        """The highlighted revision, if any."""
        index = self.query_one(OptionList).highlighted
        if index is None or index >= len(self.rows):
            return None
        return self.rows[index]

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_compare()

    def action_close(self) -> None:
        """Close the list (True when a restore or a take changed the draft)."""
        self.dismiss(self.changed)

    def action_compare(self) -> None:
        """Compare the highlighted revision with the current draft."""
        from proposal_tui.tui.screens.compare import CompareScreen

        row = self.selected()
        if row is None:
            return
        self.app.push_screen(
            CompareScreen(
                row.revision.path, self.path, editable=self.path, workspace=self.workspace
            ),
            self._after_compare,
        )

    def _after_compare(self, changed: bool | None) -> None:
        if changed:
            self.changed = True
            self.load()

    @work(exclusive=True, group="revisions-restore")
    async def action_restore(self) -> None:
        """Make the highlighted revision the draft's text (after asking)."""
        from proposal_tui.tui.widgets.dialogs import ConfirmDialog

        row = self.selected()
        if row is None:
            return
        when = f"{row.revision.saved:%Y-%m-%d %H:%M:%S}"
        confirmed = await self.app.push_screen_wait(
            ConfirmDialog(
                f"Restore the version kept {when}? The current text is kept as a revision.",
                confirm="Restore",
            )
        )
        if confirmed:
            self._restore(row.revision, when)

    @work(thread=True, exclusive=True, group="revisions-write")
    def _restore(self, revision: Revision, when: str) -> None:
        try:
            restore_revision(self.path, revision, expected=self.fingerprint)
        except ConflictError:
            self.app.call_from_thread(
                self.notify,
                f"Not restored: {self.path.name} changed on disk since the list was read; "
                "the list is read again.",
                severity="error",
            )
        except ProposalTuiError as exc:
            self.app.call_from_thread(self.notify, f"Not restored: {exc}", severity="error")
            return
        else:
            self.changed = True
            self.app.call_from_thread(
                self.notify, f"Restored the version of {when}; the text it replaced is a revision."
            )
        self.app.call_from_thread(self.load)

    def palette_commands(self) -> list[PaletteCommand]:
        """The revision actions, named for the command palette, with their keys now."""
        return from_bindings(self, PALETTE)
