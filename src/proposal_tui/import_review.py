"""An import under review: the text cut into pieces, each with the field it went to and
why, and the person's moves of pieces to other fields or to the notes before saving.

The screen (`tui/screens/import_review.py`) shows this; the import itself is redone with
the moves (`import_text(..., moves=...)`), so a moved paragraph is read as its new
field's content, a person line as a person, a format line as a format.
"""

from __future__ import annotations

from dataclasses import dataclass

from proposal_tui.call import Call, load_call
from proposal_tui.import_sections import MOVED_TO_NOTES, content_line, split_lines
from proposal_tui.import_state import Reason
from proposal_tui.importer import ImportResult, import_text


@dataclass(frozen=True)
class Piece:
    """Lines `start` to `end` (exclusive) of the text, and where they went."""

    start: int
    end: int
    field: str
    """A proposal field, or `MOVED_TO_NOTES` for text kept in the import notes."""
    how: Reason
    why: str

    @property
    def is_guess(self) -> bool:
        """True when neither a label nor the person said where this goes."""
        return self.how in ("order", "guess")


class ImportReview:
    """A published text, its import, and the moves the person made."""

    def __init__(self, text: str, call_name: str | None = None) -> None:
        self.text = text
        self.lines = split_lines(text)
        self.call_name = call_name
        self.moves: dict[int, str] = {}
        self.result: ImportResult = import_text(text, call_name)
        self.call: Call = load_call(self.result.call_name)

    def pieces(self) -> list[Piece]:
        """The placed pieces in the text's order; each runs to the next one's start."""
        starts: dict[int, Piece] = {}
        for placement in self.result.placements:
            if placement.line not in starts:
                starts[placement.line] = Piece(
                    placement.line, 0, placement.field, placement.how, placement.why
                )
        ordered = sorted(starts)
        pieces = []
        for index, start in enumerate(ordered):
            end = ordered[index + 1] if index + 1 < len(ordered) else len(self.lines)
            while end > start + 1 and not self.lines[end - 1].strip():
                end -= 1
            piece = starts[start]
            pieces.append(Piece(start, end, piece.field, piece.how, piece.why))
        return pieces

    def targets(self) -> list[tuple[str, str]]:
        """Where a piece can go: (field, label) for each section of the call, then the notes."""
        fields = [(s.field, s.label) for s in self.call.sections]
        return [*fields, (MOVED_TO_NOTES, "Import notes (not placed)")]

    def label(self, field: str) -> str:
        """The call's label for `field`, or 'Import notes'."""
        return "Import notes" if field == MOVED_TO_NOTES else self.call.label(field)

    def move(self, piece: Piece, field: str) -> None:
        """Put `piece`'s paragraph in `field` (or the notes) and read the text again."""
        start = content_line(self.lines, piece.start, self.call)
        if start >= len(self.lines):
            return
        self.moves[start] = field
        self.result = import_text(self.text, self.call_name, self.moves)
