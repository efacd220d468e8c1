"""Palette commands scoped to one screen: the screen lists them, this provider offers them.

A screen sets `COMMANDS = {ScreenCommands}` and defines `palette_commands()`, returning
("Category: Action", help, callback) triples; the command palette opened on that
screen (and only there) lists them.  `from_bindings` builds them from the screen's
actions, each help ending with the keys bound to the action now (a remapped key shows
as remapped), read as the help screen reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

PaletteCommand = tuple[str, str, Callable[[], object]]
PaletteEntry = tuple[str, str, str]
"""(action, "Category: Action", help): the screen's `action_<action>` runs it."""


def bound_keys(screen: Screen, action: str) -> str:
    """The keys that run `action` on `screen` now ('F8 / delete'); '' when none does.

    A binding counts when its action is `action`, or when its id ends in `.<action>`
    (a widget's key that does the screen's action, such as the table's enter: open).
    """
    app = screen.app
    keys = [
        app.get_key_display(Binding(key, ""))
        for key, active in screen.active_bindings.items()
        if active.binding.action == action or (active.binding.id or "").rpartition(".")[2] == action
    ]
    return " / ".join(keys)


def from_bindings(screen: Screen, entries: Iterable[PaletteEntry]) -> list[PaletteCommand]:
    """Palette commands for `entries`, each help followed by its keys: 'Copy it (F5)'."""
    commands = []
    for action, name, help_text in entries:
        keys = bound_keys(screen, action)
        shown = f"{help_text} ({keys})" if keys else help_text
        commands.append((name, shown, getattr(screen, f"action_{action}")))
    return commands


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
