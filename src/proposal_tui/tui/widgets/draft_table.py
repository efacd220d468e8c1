"""The library's table of drafts: one row a draft, columns that fit the width.

Readiness, title, call (from NARROW columns), last change and file name (from WIDE
columns); the title takes the width the others leave.  Cells are plain text (titles
come from files: never markup), cut with '…' to fit on one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from proposal_tui.workspace import DraftRow

DATE_FORMAT = "%Y-%m-%d %H:%M"
NARROW = 76
"""From this many columns on, the call gets a column of its own."""
WIDE = 100
"""From this many columns on, the file name gets a column of its own."""
COMPARE_MARK = "◆"
COLUMN_LABELS = {
    "ready": "Readiness",
    "title": "Title",
    "call": "Call",
    "changed": "Last change",
    "file": "File",
}
MARK_COLOURS = (("✓", "text-success"), ("!", "text-warning"), ("✗", "text-error"))


def clip(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with '…' when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def column_widths(width: int, call_width: int, file_width: int) -> dict[str, int]:
    """Column widths for a table `width` cells wide: the title takes what the others leave.

    The call column needs NARROW columns or more, the file name column WIDE or more (the
    line under the table names both for the highlighted draft either way).
    """
    widths = {"ready": 20, "title": 0}
    if width >= NARROW:
        widths["call"] = max(call_width, 4)
    widths["changed"] = 16
    if width >= WIDE:
        widths["file"] = min(max(file_width, 9), 32)
    padding = 2 * len(widths) + 2  # a cell's padding either side, and the scrollbar
    widths["title"] = max(width - padding - sum(widths.values()), 10)
    return widths


class DraftTable(DataTable):
    """The table of drafts: enter opens the highlighted one (and says so in the footer)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="library.open"),
    ]

    def show(
        self,
        shown: Sequence[DraftRow],
        *,
        every: Sequence[DraftRow],
        width: int,
        marked: Sequence[Path],
        keep: Path | None,
    ) -> None:
        """Fill the table with `shown` (columns sized for `every` row), highlighting `keep`."""
        widths = column_widths(
            width,
            max((len(row.call_name) for row in every), default=4),
            max((len(row.name) for row in every), default=9),
        )
        colours = self._mark_colours()
        self.clear(columns=True)
        for key, column_width in widths.items():
            self.add_column(COLUMN_LABELS[key], width=column_width, key=key)
        for row in shown:
            self.add_row(*self._cells(row, widths, colours, row.path in marked), key=str(row.path))
        if keep is not None and any(row.path == keep for row in shown):
            self.move_cursor(row=self.get_row_index(str(keep)))

    def _mark_colours(self) -> dict[str, Style]:
        variables = self.app.get_css_variables()
        return {
            mark: Style(color=variables.get(name), bold=mark != "✓") for mark, name in MARK_COLOURS
        } | {"?": Style(color=variables.get("text-warning"), bold=True)}

    @staticmethod
    def _cells(
        row: DraftRow, widths: dict[str, int], colours: dict[str, Style], marked: bool
    ) -> list[Text]:
        mark_text = f"{COMPARE_MARK} " if marked else ""
        ready = clip(mark_text + row.readiness_cell(), widths["ready"])
        mark = row.readiness_cell()[0]
        ready_text = Text(ready, no_wrap=True)
        ready_text.stylize(colours.get(mark, Style()), len(mark_text), len(mark_text) + 1)
        cells = [ready_text, Text(clip(row.shown_title, widths["title"]), no_wrap=True)]
        if "call" in widths:
            cells.append(Text(clip(row.call_name, widths["call"]), no_wrap=True))
        cells.append(Text(row.modified.strftime(DATE_FORMAT), no_wrap=True))
        if "file" in widths:
            cells.append(Text(clip(row.name, widths["file"]), no_wrap=True))
        return cells
