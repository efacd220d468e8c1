"""The import review: the draft's sections beside the published text, before saving.

Each piece of the text is listed with the section it went to and why (✓ under its label,
? by the form's order, ! a guess, → moved by you); guesses stand out.  The person can
move a piece to another section or to the notes (m); the text is read again with the
move.  ctrl+s saves the draft and closes the screen with its path; escape closes it
without a draft.  The page's text is untrusted: it is shown as plain text, never markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.errors import ProposalTuiError
from proposal_tui.import_review import ImportReview, Piece
from proposal_tui.safe_text import visible
from proposal_tui.tui.screens.screen_palette import PaletteCommand, ScreenCommands
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter

MARKS = {"label": "✓", "order": "?", "guess": "!", "moved": "→"}
"""A mark per reason, so the meaning never rests on colour alone."""
PREVIEW = 70
"""Characters of a piece's first line shown in the list."""
HOW = {
    "label": "label",
    "order": "form order (guess)",
    "guess": "guess",
    "moved": "moved by you",
}


def plain(line: str) -> str:
    """`line` with tabs as spaces and every control character as its picture (ESC → ␛),
    as everywhere in the app."""
    return visible(line.replace("\t", "    "), prose=False)


class ImportReviewScreen(TerminalSized, Screen[Path | None]):
    """Check where an import put each piece of a published text, move pieces, then save."""

    CSS_PATH = Path(__file__).with_name("import_review.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "move", "Move", id="import.move"),
        Binding("ctrl+s", "save", "Save draft", id="import.save"),
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
    ]
    COMMANDS: ClassVar = {ScreenCommands}
    HELP = """\
Each entry on the left is a piece of the published text and the section it went to,
with why: **✓** under its label, **?** by the form's order (its label was lost), **!** a
guess from what it looks like, **→** moved by you. Guesses are shown in reverse. The text
is on the right, with the highlighted piece marked.

Press **m** to move the highlighted piece to another section, or to the notes: the text
is read again with the piece in its new place. **ctrl+s** makes the draft; **escape**
closes without one.
"""

    def __init__(
        self, text: str, source_name: str, data_dir: Path, call_name: str | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.source_name = source_name
        self.data_dir = Path(data_dir)
        self.call_name = call_name
        self.review: ImportReview | None = None
        self.pieces: list[Piece] = []
        self.saved: Path | None = None

    def compose(self) -> ComposeResult:
        yield Static(f"Import review · {plain(self.source_name)}", id="import-title", markup=False)
        yield Static("Reading the text…", id="import-status", markup=False)
        with Horizontal(id="import-panes"):
            yield OptionList(id="import-pieces")
            with VerticalScroll(id="import-source"):
                yield Static("", id="import-source-text", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#import-pieces", OptionList).border_title = "Where each piece went"
        self.query_one("#import-source", VerticalScroll).border_title = "The published text"
        self.read()

    @work(thread=True, exclusive=True, group="import-review")
    def read(self) -> None:
        """Import the text in a thread, then show where everything went."""
        try:
            review = ImportReview(self.text, self.call_name)
        except ProposalTuiError as exc:
            self.app.call_from_thread(self._show_error, str(exc))
            return
        self.app.call_from_thread(self._show, review)

    def _show_error(self, message: str) -> None:
        self.query_one("#import-status", Static).update(f"✗ Cannot import: {message}")

    def _show(self, review: ImportReview, keep: int | None = None) -> None:
        self.review = review
        self.pieces = review.pieces()
        result = review.result
        guesses = sum(piece.is_guess for piece in self.pieces)
        self.query_one("#import-title", Static).update(
            f"Import review · {plain(self.source_name)} · {result.call_name} · "
            f"{guesses} guess{'' if guesses == 1 else 'es'} · m move · ctrl+s save"
        )
        status = self.query_one("#import-status", Static)
        status.display = False
        options = self.query_one("#import-pieces", OptionList)
        options.clear_options()
        options.add_options([self._option(index, piece) for index, piece in enumerate(self.pieces)])
        if self.pieces:
            options.highlighted = min(keep or 0, len(self.pieces) - 1)
        options.focus()
        self._show_source()

    def _option(self, index: int, piece: Piece) -> Option:
        assert self.review is not None
        label = Text()
        style = "bold reverse" if piece.is_guess else ""
        label.append(f"{MARKS[piece.how]} {self.review.label(piece.field)}", style=style)
        label.append(" · ")
        label.append(f"{HOW[piece.how]}: {plain(piece.why)}", style="italic")
        lines = self.review.lines[piece.start : piece.end]
        first = plain(next((line for line in lines if line.strip()), "").strip())
        label.append("\n  " + (first if len(first) <= PREVIEW else first[: PREVIEW - 1] + "…"))
        return Option(label, id=f"piece-{index}")

    @property
    def highlighted_piece(self) -> Piece | None:
        """The piece highlighted in the list, if any."""
        index = self.query_one("#import-pieces", OptionList).highlighted
        return self.pieces[index] if index is not None and index < len(self.pieces) else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_source()

    def _show_source(self) -> None:
        """The text with line numbers; the highlighted piece's lines marked and in view."""
        if self.review is None:
            return
        piece = self.highlighted_piece
        lines = self.review.lines
        width = len(str(len(lines)))
        shown = Text(no_wrap=False)
        for number, line in enumerate(lines):
            inside = piece is not None and piece.start <= number < piece.end
            mark = MARKS[piece.how] if inside and piece is not None else " "
            shown.append(f"{number + 1:>{width}}{mark} ", style="dim")
            shown.append(plain(line), style="reverse" if inside else "")
            shown.append("\n")
        self.query_one("#import-source-text", Static).update(shown)
        if piece is not None:
            self.query_one("#import-source", VerticalScroll).scroll_to(
                y=max(piece.start - 2, 0), animate=False
            )

    @work(exclusive=True, group="import-review-ask")
    async def action_move(self) -> None:
        """Move the highlighted piece to a section the person picks, or to the notes."""
        from proposal_tui.tui.widgets.dialogs import ChoicePrompt

        review, piece = self.review, self.highlighted_piece
        if review is None or piece is None:
            return
        target = await self.app.push_screen_wait(
            ChoicePrompt(
                "Move this piece to",
                review.targets(),
                default=piece.field,
                message="The text is read again with the piece in its new place.",
            )
        )
        if target is None or target == piece.field:
            return
        index = self.query_one("#import-pieces", OptionList).highlighted
        self._move(review, piece, target, index)

    @work(thread=True, exclusive=True, group="import-review")
    def _move(self, review: ImportReview, piece: Piece, target: str, index: int | None) -> None:
        review.move(piece, target)
        self.app.call_from_thread(self._show, review, index)

    def has_unsaved_changes(self) -> bool:
        """True until the draft is saved (a review holds a whole import)."""
        return self.review is not None and self.saved is None

    async def save_now(self) -> None:
        """Save the draft (the app's ctrl+s and quit call this)."""
        await self.action_save()

    async def action_save(self) -> None:
        """Write the draft to the data dir and close with its path."""
        import asyncio

        from proposal_tui.store import create_draft

        if self.review is None or self.saved is not None:
            return
        proposal = self.review.result.proposal
        try:
            self.saved = await asyncio.to_thread(create_draft, self.data_dir, proposal)
        except (ProposalTuiError, OSError) as exc:
            self.notify(f"Not saved: {exc}", severity="error")
            return
        self.dismiss(self.saved)

    def action_cancel(self) -> None:
        """Close without making a draft."""
        self.dismiss(None)

    def palette_commands(self) -> list[PaletteCommand]:
        """The import review's actions, named for the command palette."""
        return [
            (
                "Import: Move piece",
                "Put the highlighted piece in another section",
                self.action_move,
            ),
            ("Import: Save draft", "Make the draft from this import", self.action_save),
            ("Import: Cancel", "Close without making a draft", self.action_cancel),
        ]
