"""A soft-wrapping TextArea that redraws only the rows that changed.

Textual's TextArea forgets every rendered row on each edit and, with soft wrap on, on each
cursor move, and repaints its whole area, so one key in a 3,000-word text redraws every
visible row, each dividing its whole paragraph again.  This one remembers rows by what
they show (the paragraph's text, where it wraps, whether the cursor or the selection
touches it) and, when the text or the cursor changes, repaints only the rows whose
content changed; the rest stay on screen as they are.

It reads TextArea internals (`_render_line`, `_offset_to_line_info`, `_draw_cursor`,
`_has_cursor`, `_matching_bracket_location`, `_highlights`) of the pinned Textual
version; tests/tui/test_wizard_widgets.py checks that it draws exactly what TextArea draws.
"""

from __future__ import annotations

from typing import ClassVar, Self

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea


class TypingArea(TextArea):
    """A TextArea for long prose: soft wrap, rows cached and repainted one by one;
    ctrl+home and ctrl+end go to the start and the end of the text (shift: selecting)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+home", "cursor_text_start", "To the start", show=False),
        Binding("ctrl+end", "cursor_text_end", "To the end", show=False),
        Binding("ctrl+shift+home", "cursor_text_start(True)", "Select to the start", show=False),
        Binding("ctrl+shift+end", "cursor_text_end(True)", "Select to the end", show=False),
    ]

    def action_cursor_text_start(self, select: bool = False) -> None:
        """Put the cursor at the start of the text (selecting what it passes with `select`)."""
        self.move_cursor((0, 0), select=select)

    def action_cursor_text_end(self, select: bool = False) -> None:
        """Put the cursor at the end of the text (selecting what it passes with `select`)."""
        self.move_cursor(self.document.end, select=select)

    def __init__(self, text: str = "", **kwargs: object) -> None:
        self._rows: LRUCache[tuple, Strip] = LRUCache(4096)
        self._shown: dict[int, tuple] = {}
        """The key of the row drawn at each y; empty means: repaint everything next."""
        super().__init__(text, **kwargs)  # type: ignore[arg-type]

    def _forget_rows(self) -> None:
        self._rows.clear()
        self._shown.clear()

    def notify_style_update(self) -> None:
        self._forget_rows()
        super().notify_style_update()

    def _on_focus(self, event: events.Focus) -> None:
        self._shown.clear()  # the border changes: the next repaint is a whole one

    def _on_blur(self, event: events.Blur) -> None:
        self._shown.clear()

    def _row_key(self, y: int) -> tuple | None:
        """What row `y` shows, as a key (None: not cached, TextArea draws it)."""
        if not self.soft_wrap or self._highlights or (self.placeholder and not self.text):
            return None
        scroll_x, scroll_y = self.scroll_offset
        wrapped = self.wrapped_document
        common = (
            self.scrollable_content_region.size,
            scroll_x,
            self._has_cursor,
            self.has_focus,
            self.theme,
            self.highlight_cursor_line,
            self.match_cursor_bracket,
            self.show_line_numbers,
            self.line_number_start,
            self.gutter_width,
            self.indent_width,
            self.read_only,
            self.show_cursor,
        )
        try:
            line_index, section = wrapped._offset_to_line_info[scroll_y + y]
        except IndexError:
            return ("blank", *common)
        selection = self.selection
        start, end = selection
        top, bottom = sorted(selection)
        selected = start != end and top[0] <= line_index <= bottom[0]
        bracket = self._matching_bracket_location
        return (
            line_index,
            section,
            self.document[line_index],
            tuple(wrapped.get_offsets(line_index)),
            selection if selected else None,
            (end, self._draw_cursor, self.suggestion) if end[0] == line_index else None,
            bracket if bracket is not None and line_index in (bracket[0], end[0]) else None,
            *common,
        )

    def render_line(self, y: int) -> Strip:
        key = self._row_key(y)
        if key is None:
            self._shown.clear()
            return super().render_line(y)
        self._shown[y] = key
        row = self._rows.get(key)
        if row is None:
            row = self._render_line(y)
            self._rows[key] = row
        return row

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        """A plain repaint of the whole area repaints only the rows whose content changed."""
        if regions or layout or recompose or not repaint or not self._shown:
            return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        width, height = self.scrollable_content_region.size
        changed = []
        for y in range(height):
            key = self._row_key(y)
            if key is None:
                return super().refresh(repaint=repaint)
            if self._shown.get(y) != key:
                changed.append(Region(0, y, width, 1))
        if changed:
            super().refresh(*changed)
        return self
