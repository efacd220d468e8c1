"""Scroll views whose size their styles fix: what they hold does not lay the screen out.

Textual lays the whole screen out again whenever a widget's virtual size changes (the
`virtual_size` reactive asks for a layout): an Input at each letter typed (its text is a
letter wider), an OptionList whenever its options are set to more or fewer lines.  For
a scroll view the layout only needs it when its own size follows its content (`width`
or `height: auto`): otherwise its region stays where it was, and its scrollbars (which
`_scroll_update` sets as its lines change) ask for a layout themselves when they show
or hide.  With this mixin first in its bases, such a view's virtual size repaints it,
and lays the screen out only when its styles size it by its content.
"""

from __future__ import annotations

from typing import cast

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget


class SizedByStyle:
    """Mixin, first in the bases of a ScrollView (Input, OptionList): its virtual size
    lays the screen out only when its styles size it by its content.  (Not a Widget:
    Textual takes styles and component classes from the first widget base.)"""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def watch_virtual_size(self) -> None:
        """Lay out again only when the view's size follows what it holds."""
        widget = cast(Widget, self)
        if widget.styles.auto_dimensions:
            widget.refresh(layout=True)
