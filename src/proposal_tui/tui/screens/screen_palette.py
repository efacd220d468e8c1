"""Palette commands scoped to one screen: the screen lists them, this provider offers them.

A screen sets `COMMANDS = {ScreenCommands}` and defines `palette_commands()`, returning
("Category: Action", help, callback) triples; the command palette opened on that
screen (and only there) lists them.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

PaletteCommand = tuple[str, str, Callable[[], object]]


class ScreenCommands(Provider):
    """Offers the commands of the screen the palette was opened on."""

    def _commands(self) -> list[PaletteCommand]:
        getter = getattr(self.screen, "palette_commands", None)
        return list(getter()) if getter is not None else []

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
