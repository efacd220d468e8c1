"""The lines under the library's table: the highlighted draft in full, or why there is none."""

from __future__ import annotations

from textual.widgets import Static

from proposal_tui.safe_text import visible
from proposal_tui.tui.widgets.draft_table import DATE_FORMAT, clip
from proposal_tui.workspace import DraftRow


def people(n: int) -> str:
    """'1 person', '4 people'."""
    return "1 person" if n == 1 else f"{n} people"


class DraftDetail(Static):
    """Title, file, call, people, readiness and last change of one draft (three lines)."""

    def __init__(self, text: str, *, id: str | None = None) -> None:
        super().__init__(text, id=id, markup=False)
        self._shown: tuple[DraftRow | None, str | None] | None = None
        self._text_shown: str | None = None

    def on_resize(self) -> None:
        """Cut the lines again to the new width (the rows may come before the layout)."""
        if self._shown is not None:
            row, no_match = self._shown
            self.show(row, no_match=no_match)

    def say(self, message: str) -> None:
        """Show `message` instead of a draft."""
        self._shown = self._text_shown = None
        self.update(message)

    def show(self, row: DraftRow | None, *, no_match: str | None = None) -> None:
        """Describe `row`; with no row, say `no_match` (or nothing)."""
        text = self._text(row, no_match)
        if text != self._text_shown:  # unchanged, as when the list moves under the cursor
            self.update(text, layout=False)  # its size is fixed
            self._text_shown = text
        self._shown = (row, no_match)

    def _text(self, row: DraftRow | None, no_match: str | None) -> str:
        width = max(self.size.width - 2, 20)
        if row is None:
            return visible(no_match or "")
        if not row.readable:
            head = clip(f"✗ {row.name} cannot be read (enter shows the details):", width)
            return f"{head}\n{visible(row.error)}"
        with_people = f" · {people(len(row.people))}" if row.people else ""
        sample = " · a sample, kept apart from your drafts" if row.sample else ""
        lines = (
            row.shown_title,
            f"{row.name} · {row.call_name}{with_people}{sample}",
            f"{row.state_line()} · last change {row.modified.strftime(DATE_FORMAT)}",
        )
        return "\n".join(clip(line, width) for line in lines)
