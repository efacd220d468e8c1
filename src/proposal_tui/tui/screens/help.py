"""Help for the screen you are on: a short guide in plain words and the keys it answers to.

A screen gives its guide as `HELP` (Markdown); the keys are read from its bindings, so
the list is always the one in force (remapped keys included).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Markdown, Static

GENERAL_HELP = """\
Every action is also in the **command palette**: press **ctrl+p** and type what you
want to do (for example "new" or "theme").
"""


def screen_name(screen: Screen) -> str:
    """A screen's name for people: 'LibraryScreen' → 'Library'."""
    return type(screen).__name__.removesuffix("Screen") or "This screen"


GENERIC_ACTIONS = frozenset(
    {binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)}
    | {"command_palette"}
)
"""Textual's own keys on every screen (focus next, copy…): not worth a line of help."""


def key_lines(screen: Screen) -> list[tuple[str, str]]:
    """(keys, what they do) for the screen's and the app's bindings, in their order."""
    app = screen.app
    grouped: dict[tuple[int, str], tuple[list[str], Binding]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not _is_bindings_owner(active.node) or not binding.description or binding.system:
            continue
        if binding.action in GENERIC_ACTIONS:
            continue
        group = grouped.setdefault((id(active.node), binding.action), ([], binding))
        group[0].append(app.get_key_display(Binding(key, "")))
    lines = [(" / ".join(keys), binding.description) for keys, binding in grouped.values()]
    lines.append((app.get_key_display(Binding("ctrl+p", "")), "All actions by name (palette)"))
    return lines


def _is_bindings_owner(node: DOMNode) -> bool:
    """True for the screen and the app: their keys are the ones worth listing."""
    return isinstance(node, Screen) or node is node.app


class HelpScreen(ModalScreen[None]):
    """Help for `target`: its guide, then its keys."""

    CSS_PATH = Path(__file__).with_name("help.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark", "close", "Close help", id="help.close"),
    ]
    AUTO_FOCUS = "#help-scroll"

    def __init__(self, target: Screen) -> None:
        super().__init__()
        self.target = target
        self.lines = key_lines(target)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(f"Help: {screen_name(self.target)}", id="help-title", markup=False)
            with VerticalScroll(id="help-scroll"):
                yield Markdown((self.target.HELP or "") + "\n" + GENERAL_HELP, id="help-guide")
                yield Static(self._keys_text(), id="help-keys")
        yield Footer(compact=True)

    def _keys_text(self) -> Content:
        width = max((len(keys) for keys, _ in self.lines), default=0)
        rows = [f"  {keys.ljust(width)}   {what}" for keys, what in self.lines]
        return Content.assemble(("Keys", "bold"), "\n", "\n".join(rows))

    def action_close(self) -> None:
        """Back to the screen the help is about."""
        self.dismiss(None)
