"""The library's table of drafts: one row a draft, columns that fit the width.

Readiness, title, call (from NARROW columns), last change and file name (from WIDE
columns); the title takes the width the others leave, the file name's included when
titles would be cut.  Cells are plain text (titles come from files: never markup), cut
with '…' to fit on one line.  Only the rows on screen are drawn (a `VirtualTable`), so
thousands of drafts fill and filter at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType

from proposal_tui.safe_text import visible
from proposal_tui.tui.widgets.virtual_table import VirtualTable
from proposal_tui.workspace import DraftRow

DATE_FORMAT = "%Y-%m-%d %H:%M"
NARROW = 76
"""From this many columns on, the call gets a column of its own."""
WIDE = 100
"""From this many columns on, the file name gets a column of its own."""
FILE_MIN, FILE_MAX = 16, 32
"""The file name column's width when titles need the room, and at most."""
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
    """`text` on one line, control characters as pictures, cut to `width` characters
    with '…' when longer."""
    text = visible(" ".join(text.split()), prose=False)
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def column_widths(
    width: int,
    call_width: int,
    file_width: int,
    *,
    title_width: int = 0,
    ready_width: int = 20,
) -> dict[str, int]:
    """Column widths for a table `width` cells wide, for cells up to the given widths.

    The call column needs NARROW columns or more, the file name column WIDE or more (the
    line under the table names both for the highlighted draft either way).  Titles come
    first: the file name column gives up its width (down to FILE_MIN) before a title is
    cut, and the title takes whatever is left.
    """
    widths = {"ready": min(max(ready_width, len(COLUMN_LABELS["ready"])), 20), "title": 0}
    if width >= NARROW:
        widths["call"] = max(call_width, 4)
    widths["changed"] = 16
    with_file = width >= WIDE
    padding = 2 * (len(widths) + with_file) + 2  # a cell's padding either side, the scrollbar
    free = width - padding - sum(widths.values())
    if with_file:
        wanted = min(max(file_width, len(COLUMN_LABELS["file"])), FILE_MAX)
        widths["file"] = max(min(wanted, free - title_width), min(wanted, FILE_MIN))
        free -= widths["file"]
    widths["title"] = max(free, 10)
    return widths


class DraftTable(VirtualTable[DraftRow]):
    """The table of drafts: enter opens the highlighted one (and says so in the footer)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="library.open"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(self._row_cells, id=id)
        self._marked: frozenset[Path] = frozenset()
        self._colours: dict[str, Style] = {}
        self._theme_colours: dict[str, dict[str, Style]] = {}
        self._every: tuple[Sequence[DraftRow], int, int, int, int] = ((), 4, 9, 0, 0)

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
        if every is not self._every[0]:  # measured once per list of rows, not per key
            self._every = (
                every,
                max((len(row.call_name) for row in every), default=4),
                max((len(row.name) for row in every), default=9),
                max((len(row.shown_title) for row in every), default=0),
                max((len(row.readiness_cell()) for row in every), default=0),
            )
        _, call_width, file_width, title_width, ready_width = self._every
        widths = column_widths(
            width,
            call_width,
            file_width,
            title_width=title_width,
            ready_width=ready_width + (len(COMPARE_MARK) + 1 if marked else 0),
        )
        colours, marked_now = self._mark_colours(), frozenset(marked)
        if colours is not self._colours or marked_now != self._marked:
            self._colours, self._marked = colours, marked_now
            self.forget_lines()
        self.set_columns([(key, COLUMN_LABELS[key], w) for key, w in widths.items()])
        index = next((i for i, row in enumerate(shown) if row.path is keep), None)
        if index is None and keep is not None:  # the same file, read again: a new path object
            index = next((i for i, row in enumerate(shown) if row.path == keep), None)
        self.set_rows(shown, cursor=index)

    def get_row_at(self, index: int) -> list[Text]:
        """The cells of the row at `index`, as drawn."""
        return self._row_cells(self.rows[index], self.widths)

    def move_cursor(self, *, row: int) -> None:
        """Highlight the row at `row`."""
        self.cursor_row = row

    def _row_cells(self, row: DraftRow, widths: dict[str, int]) -> list[Text]:
        return self._cells(row, widths, self._colours, row.path in self._marked)

    def _mark_colours(self) -> dict[str, Style]:
        """The readiness marks' colours in the app's theme (worked out once per theme)."""
        theme = self.app.theme
        if theme not in self._theme_colours:
            variables = self.app.get_css_variables()
            self._theme_colours[theme] = {
                mark: Style(color=variables.get(name), bold=mark != "✓")
                for mark, name in MARK_COLOURS
            } | {"?": Style(color=variables.get("text-warning"), bold=True)}
        return self._theme_colours[theme]

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
