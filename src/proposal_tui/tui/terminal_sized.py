"""Screens laid out at the terminal's size, never at the size a late resize names.

Textual lays a screen out at the size its `Resize` event carries, and each screen's
handler lays out the screens behind it at that size too.  On a busy machine a screen can
handle a resize after the terminal has changed again: the screens behind are then laid
out at a size that is gone, each tells itself of its new size, and two such sizes queued
in turn lay a screen out for ever (the app frozen at full CPU, its last frame on show).
A screen that takes the terminal's size instead settles: its second layout changes
nothing, so it tells itself nothing.  Every screen of the app is one (`Palette` for
Textual's command palette).

`TerminalSized` is a plain mixin, listed before the screen class: Textual inherits CSS
and component classes along the first base that is a widget only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.command import CommandPalette
from textual.geometry import Size

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[object]
else:
    _Base = object


class TerminalSized(_Base):
    """A screen laid out at the terminal's size, whoever asks and with what size."""

    def _screen_resized(self, size: Size) -> None:
        super()._screen_resized(self.app.size)


class Palette(TerminalSized, CommandPalette):
    """Textual's command palette, laid out at the terminal's size."""
