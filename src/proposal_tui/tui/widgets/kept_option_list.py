"""An OptionList that keeps the lines it drew for an option when its options are set again.

`OptionList.set_options` forgets every option's drawn lines, so a filter that sets the
list at each key draws every visible option anew, even one shown at the same place a key
before (typing back over letters brings back lists already drawn).  This list keeps them
by option, place, style and width: an option drawn again where it was, as it was, costs
a look-up.  The lines carry the option's place (for the mouse), so a line is kept for one
place only; they are forgotten whenever OptionList forgets its own for another reason
(a prompt replaced, an option removed, a resize, a style or theme change).  Relies on
`OptionList._get_option_render` and `_clear_caches` (Textual is pinned in pyproject).
"""

from __future__ import annotations

from textual.cache import LRUCache
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from proposal_tui.tui.widgets.sized_by_style import SizedByStyle

KEPT = 2000
"""Drawn options kept (a few screens' worth of lists)."""


class KeptOptionList(SizedByStyle, OptionList):
    """An OptionList whose options' drawn lines outlive `set_options` (and, sized by its
    styles, whose options set anew do not lay the screen out: see SizedByStyle)."""

    def __init__(self, *content: Option, id: str | None = None) -> None:
        super().__init__(*content, id=id)
        self._kept: LRUCache[tuple[Option, int, Style, int], list[Strip]] = LRUCache(KEPT)

    def _clear_caches(self) -> None:
        self._kept.clear()
        super()._clear_caches()

    def notify_style_update(self) -> None:
        self._kept.clear()
        super().notify_style_update()

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        key = (option, self._option_to_index[option], style, self.scrollable_content_region.width)
        strips = self._kept.get(key)
        if strips is None:
            strips = super()._get_option_render(option, style)
            self._kept[key] = strips
        return strips
