"""Text from files on screen: always text, never markup; control characters as pictures.

`as_text(value)` is the `Content` to give a Static, an option or a border title for a
string that came from a file (a title, a name, a file name, a setting, a message that
quotes one).  `ControlPictures` is the app's last guard: a line filter that replaces any
control character still left in what a widget rendered (a TextArea or an Input shows its
value as it is) before the line reaches the terminal.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from textual.color import Color
from textual.content import Content
from textual.filter import LineFilter

from proposal_tui.safe_text import visible

_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def as_text(value: str, *, prose: bool = True) -> Content:
    """`value` as plain text (no markup), control characters shown as pictures (ESC → ␛).

    With `prose` newline and tab are kept; without it (a one-line name) they show too.
    """
    return Content(visible(value, prose=prose))


class ControlPictures(LineFilter):
    """Replace control characters in rendered lines with pictures, keeping the line's width.

    Textual writes a segment's text to the terminal as it is, so an ESC in a value would
    be obeyed; this filter makes it a visible ␛ instead.  The widget measured the control
    character as zero cells, so the pictures make the line longer: it gives the cells
    back from the padding (the spaces nearest the end), and cuts the end only when there
    are too few, so a border on the right stays where it was.
    """

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """`segments` with every control character shown as a picture."""
        if not any(_ANY_CONTROL.search(segment.text) for segment in segments):
            return segments
        width = sum(segment.cell_length for segment in segments)
        shown = [
            segment
            if segment.control
            else Segment(visible(segment.text, prose=False), segment.style)
            for segment in segments
        ]
        excess = sum(segment.cell_length for segment in shown) - width
        for index in reversed(range(len(shown))):
            if excess <= 0:
                break
            text, style, control = shown[index]
            spaces = len(text) - len(text.rstrip(" "))
            if control or not spaces:
                continue
            cut = min(spaces, excess)
            shown[index] = Segment(text[: len(text) - cut], style)
            excess -= cut
        return Segment.adjust_line_length([s for s in shown if s.text or s.control], width)
