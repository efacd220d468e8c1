"""A table that lays out only the rows on screen, so 5,000 rows cost what a screenful does.

Textual's DataTable measures every cell of every row when rows change (about two
seconds for 5,000 rows on a 2-core machine); this table keeps the rows as they are
given and asks for a row's cells only when that row is drawn.  One header line stays
on top; one row a line; a row cursor moved with the keys, the mouse or `cursor_row`.
It looks like a DataTable with `zebra_stripes` and a row cursor (the same styles).

A row's line, once drawn, is kept (by the row's value, its look and the width) until
the columns change or `forget_lines` is called: typing in a filter or scrolling shows
many of the same rows again, and each then costs a lookup.  Rows must be hashable
values whose cells depend on nothing else (or `forget_lines` is called when it does).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")
CELL_PADDING = 1
HEADER = "virtual-table--header"
EVEN_ROW = "virtual-table--even-row"
CURSOR = "virtual-table--cursor"
LINES_KEPT = 1024
"""Lines drawn kept for reuse (all are dropped when there are more)."""


class VirtualTable(ScrollView, Generic[T], can_focus=True):
    """Rows of any kind, drawn through `cells_of(row, widths)` when they come into view."""

    DEFAULT_CSS = """
    VirtualTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus {
            background-tint: $foreground 5%;
            & > .virtual-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .virtual-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .virtual-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .virtual-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .virtual-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .virtual-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .virtual-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {HEADER, EVEN_ROW, CURSOR}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select_cursor", "Select", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)
    """The index of the highlighted row (0 when there are none)."""

    class RowHighlighted(Message):
        """The cursor moved to another row (or the rows changed under it)."""

        def __init__(self, table: VirtualTable[Any], index: int) -> None:
            super().__init__()
            self.table = table
            self.index = index

        @property
        def control(self) -> VirtualTable[Any]:
            """The table."""
            return self.table

    class RowSelected(RowHighlighted):
        """Enter was pressed on a row, or the highlighted row was clicked."""

    class HeaderSelected(Message):
        """A column's heading was clicked."""

        def __init__(self, table: VirtualTable[Any], column_key: str) -> None:
            super().__init__()
            self.table = table
            self.column_key = column_key

        @property
        def control(self) -> VirtualTable[Any]:
            """The table."""
            return self.table

    def __init__(
        self,
        cells_of: Callable[[T, dict[str, int]], Sequence[Text]],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._cells_of = cells_of
        self._rows: Sequence[T] = ()
        self._columns: list[tuple[str, str, int]] = []
        self._lines: dict[tuple[object, ...], Strip] = {}

    # --- what it shows ------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[T]:
        """The rows, in the order shown."""
        return self._rows

    @property
    def row_count(self) -> int:
        """How many rows there are (shown or not)."""
        return len(self._rows)

    @property
    def widths(self) -> dict[str, int]:
        """Each column's width in cells, by key."""
        return {key: width for key, _, width in self._columns}

    def set_columns(self, columns: Sequence[tuple[str, str, int]]) -> None:
        """The columns, each (key, heading, width in cells)."""
        if list(columns) == self._columns:
            return
        self._columns = list(columns)
        self.forget_lines()
        self._update_size()

    def forget_lines(self) -> None:
        """Draw every row anew (its cells changed without the row changing)."""
        self._lines.clear()
        self.refresh()

    def set_rows(self, rows: Sequence[T], cursor: int | None = None) -> None:
        """Show `rows` (kept, not copied: cheap for any number), the cursor on `cursor`."""
        self._rows = rows
        self._update_size()
        self.cursor_row = min(max(cursor if cursor is not None else self.cursor_row, 0), self._last)

    @property
    def _last(self) -> int:
        return max(len(self._rows) - 1, 0)

    def _update_size(self) -> None:
        width = sum(width + 2 * CELL_PADDING for _, _, width in self._columns)
        self.virtual_size = Size(width, len(self._rows) + 1)
        self.refresh()

    def validate_cursor_row(self, value: int) -> int:
        return min(max(value, 0), self._last)

    def watch_cursor_row(self) -> None:
        self.scroll_to_cursor()
        self.refresh()
        self.post_message(self.RowHighlighted(self, self.cursor_row))

    def scroll_to_cursor(self) -> None:
        """Scroll so that the cursor's row is on screen (below the header)."""
        lines = max(self.scrollable_content_region.height - 1, 1)
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + lines:
            self.scroll_to(y=self.cursor_row - lines + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        self.scroll_to_cursor()

    # --- drawing --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            cells = [Text(label) for _, label, _ in self._columns]
            return self._strip(cells, base + self.get_component_rich_style(HEADER), width)
        index = round(self.scroll_y) + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, base)
        row = self._rows[index]
        over = None
        if index == self.cursor_row:  # the cursor's colours win over the cells' own
            over = self.get_component_rich_style(CURSOR)
        elif index % 2:
            base += self.get_component_rich_style(EVEN_ROW)
        key = (row, base, over, width)
        try:
            return self._lines[key]
        except KeyError:
            pass
        except TypeError:  # a row that cannot be a key is drawn each time
            return self._strip(list(self._cells_of(row, self.widths)), base, width, over)
        if len(self._lines) >= LINES_KEPT:
            self._lines.clear()
        line = self._strip(list(self._cells_of(row, self.widths)), base, width, over)
        self._lines[key] = line
        return line

    def _strip(
        self, cells: list[Text], style: Style, width: int, over: Style | None = None
    ) -> Strip:
        """One line of `cells` in the columns, in `style` (and `over` it), `width` wide."""
        console = self.app.console
        segments: list[Segment] = []
        pad = Segment(" " * CELL_PADDING)
        for (_, _, cell_width), cell in zip(self._columns, cells, strict=False):
            text = cell.copy()
            text.no_wrap = True
            text.truncate(cell_width, overflow="ellipsis", pad=True)
            segments.append(pad)
            segments.extend(text.render(console, end=""))
            segments.append(pad)
        segments = list(Segment.apply_style(segments, style, over))
        line_style = style + over if over else style
        return Strip(segments).extend_cell_length(width, line_style).crop(0, width)

    # --- keys and mouse -------------------------------------------------------------------

    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 2, 1)

    def action_cursor_up(self) -> None:
        """The row above."""
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        """The row below."""
        self.cursor_row += 1

    def action_page_up(self) -> None:
        """A screenful up."""
        self.cursor_row -= self._page()

    def action_page_down(self) -> None:
        """A screenful down."""
        self.cursor_row += self._page()

    def action_first(self) -> None:
        """The first row."""
        self.cursor_row = 0

    def action_last(self) -> None:
        """The last row."""
        self.cursor_row = self._last

    def action_select_cursor(self) -> None:
        """Say that the highlighted row was chosen."""
        if self._rows:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            x = offset.x + round(self.scroll_x)
            for key, _, width in self._columns:
                x -= width + 2 * CELL_PADDING
                if x < 0:
                    self.post_message(self.HeaderSelected(self, key))
                    break
            return
        index = round(self.scroll_y) + offset.y - 1
        if index >= len(self._rows):
            return
        event.stop()
        if index == self.cursor_row:
            self.action_select_cursor()
        else:
            self.cursor_row = index
