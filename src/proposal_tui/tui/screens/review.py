"""The review screen: one draft's export text beside its checklist, opened from the library."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from proposal_tui.call import Call, call_for
from proposal_tui.errors import ProposalTuiError
from proposal_tui.model import Proposal
from proposal_tui.store import read_draft
from proposal_tui.tui.screens.screen_palette import PaletteCommand, ScreenCommands
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.tui.widgets.review_pane import ReviewPane


class ReviewScreen(TerminalSized, Screen[None]):
    """A draft as it will be pasted into the form, with copy, export and the checklist."""

    CSS_PATH = Path(__file__).with_name("review.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="review.back"),
        Binding("f2", "edit", "Edit", id="review.edit"),
    ]
    COMMANDS: ClassVar = {ScreenCommands}

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.pane: ReviewPane | None = None

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys in effect, the screen's own (back, edit) first: the footer shows them
        in this order, so at 80 columns the way back to editing is never cut off."""
        bindings = super().active_bindings
        own = {key: active for key, active in bindings.items() if active.node is self}
        return own | {key: active for key, active in bindings.items() if key not in own}

    def compose(self) -> ComposeResult:
        yield Static(as_text(f"Review · {self.path.name}", prose=False), id="review-title")
        yield Static("Loading…", id="review-status")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        self.load()

    def on_screen_resume(self) -> None:
        if self.pane is not None:
            self.load()

    @work(thread=True, exclusive=True, group="review-load")
    def load(self) -> None:
        """Read the draft and its call in a thread, then show them."""
        try:
            proposal = read_draft(self.path).proposal
            call = call_for(proposal, getattr(self.app, "call_name", None))
        except ProposalTuiError as exc:
            self.app.call_from_thread(self._show_error, str(exc))
            return
        self.app.call_from_thread(self._show, proposal, call)

    def _show_error(self, message: str) -> None:
        self.query_one("#review-status", Static).update(as_text(f"✗ Cannot review: {message}"))

    def _show(self, proposal: Proposal, call: Call) -> None:
        title = proposal.title or "(untitled)"
        self.query_one("#review-title", Static).update(
            as_text(f"Review · {title} · {self.path.name} · {call.name}", prose=False)
        )
        if self.pane is not None:
            self.pane.update_proposal(proposal, call)
            return
        self.query_one("#review-status", Static).remove()
        self.pane = ReviewPane(proposal, call, draft_path=self.path)
        self.mount(self.pane, before=self.query_one(Footer))
        self.call_after_refresh(self._focus_text)

    def _focus_text(self) -> None:
        self.query_one("#review-sections").focus()

    def palette_commands(self) -> list[PaletteCommand]:
        """The review actions, named for the command palette."""
        pane = self.pane
        if pane is None:
            return []
        return [
            (
                "Review: Copy section",
                "Copy the highlighted section's text",
                pane.action_copy_section,
            ),
            ("Review: Copy all", "Copy the whole proposal as text", pane.action_copy_all),
            (
                "Review: Paste view",
                "One box at a time as plain text, to select with the mouse (v)",
                pane.action_paste_view,
            ),
            (
                "Review: Export to file",
                "Write text, markdown or JSON to a file",
                pane.action_export,
            ),
            ("Review: Toggle contacts", "Include or leave out emails", pane.action_toggle_contacts),
            (
                "Review: Edit section",
                "Open the highlighted section in the wizard",
                self.action_edit,
            ),
        ]

    def action_edit(self, field: str | None = None) -> None:
        """Open the draft in the wizard at the highlighted section (or `field`)."""
        if self.pane is None:
            return
        section = self.pane.highlighted_section
        self._open_wizard(field or (section.field if section else None))

    def on_review_pane_jump_to(self, event: ReviewPane.JumpTo) -> None:
        event.stop()
        self._open_wizard(event.field)

    def _open_wizard(self, field: str | None) -> None:
        from proposal_tui.tui.screens.wizard import WizardScreen

        self.app.push_screen(WizardScreen(self.path, step=field))
