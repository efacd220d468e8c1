"""The lines under the library's table: the highlighted draft in full, or why there is none."""

from __future__ import annotations

from textual.widgets import Static

from proposal_tui.tui.widgets.draft_table import DATE_FORMAT, clip
from proposal_tui.workspace import DraftRow


def people(n: int) -> str:
    """'1 person', '4 people'."""
    return "1 person" if n == 1 else f"{n} people"


class DraftDetail(Static):
    """Title, file, call, people, readiness and last change of one draft (three lines)."""

    def __init__(self, text: str, *, id: str | None = None) -> None:
        super().__init__(text, id=id, markup=False)

    def show(self, row: DraftRow | None, *, no_match: str | None = None) -> None:
        """Describe `row`; with no row, say `no_match` (or nothing)."""
        width = max(self.size.width - 2, 20)
        if row is None:
            self.update(no_match or "")
            return
        if not row.readable:
            head = clip(f"✗ {row.name} cannot be read (enter shows the details):", width)
            self.update(f"{head}\n{row.error}")
            return
        with_people = f" · {people(len(row.people))}" if row.people else ""
        sample = " · a sample, kept apart from your drafts" if row.sample else ""
        lines = (
            row.shown_title,
            f"{row.name} · {row.call_name}{with_people}{sample}",
            f"{row.state_line()} · last change {row.modified.strftime(DATE_FORMAT)}",
        )
        self.update("\n".join(clip(line, width) for line in lines))
