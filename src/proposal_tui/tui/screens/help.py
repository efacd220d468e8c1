"""Help for the screen you are on: a short guide in plain words and the keys it answers to.

A screen gives its guide as `HELP` (Markdown); the keys are read from its bindings, so
the list is always the one in force (remapped keys included).  The keys of the fields on
the screen follow, one group for each kind of field it holds (lists, checklists,
dropdowns, the review…), whether or not one has the focus now.  When the help is taller
than the window, its last line says that there is more below and how to scroll.
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
from textual.widget import Widget
from textual.widgets import Checkbox, Markdown, Select, SelectionList, Static

from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.tui.widgets.list_editor import ListEditor
from proposal_tui.tui.widgets.review_pane import ReviewPane

GENERAL_HELP = """\
Every action is also in the **command palette**: press **ctrl+p** and type what you
want to do (for example "new" or "theme").
"""


def screen_name(screen: Screen) -> str:
    """A screen's name for people: 'LibraryScreen' → 'Library'."""
    return type(screen).__name__.removesuffix("Screen") or "This screen"


MORE_BELOW = "↓ More below: scroll with ↓ / PgDn or the mouse wheel"

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


FIELD_KINDS: tuple[tuple[type[Widget], str, dict[str, str]], ...] = (
    (
        ReviewPane,
        "In the review",
        {
            "copy_section": "Copy the highlighted section",
            "copy_all": "Copy every section",
            "paste_view": "One box at a time as plain text, to select with the mouse",
            "export": "Export to a file",
            "toggle_contacts": "Show or hide contact details (emails)",
            "switch_list": "Between the text and the checklist",
        },
    ),
    (
        ListEditor,
        "In a list (organisers, speakers, questions, links)",
        {
            "add": "Add one",
            "edit": "Edit the highlighted one",
            "remove": "Remove the highlighted one",
            "move(-1)": "Move it up",
            "move(1)": "Move it down",
        },
    ),
    (SelectionList, "In a checklist (the goals)", {"select": "Tick or untick the highlighted one"}),
    (
        Select,
        "In a dropdown",
        {"show_overlay": "Open it; then up / down and enter to choose, esc to close"},
    ),
    (Checkbox, "On a tick box", {"toggle_button": "Tick or untick"}),
)
"""The kinds of field whose keys the help lists: a title, and words for their actions.
Every action the project's own class of the field binds is listed (in its binding's
words where none are given here); of Textual's fields, the actions named here."""


def field_key_groups(screen: Screen) -> list[tuple[str, list[tuple[str, str]]]]:
    """(title, [(keys, what they do)]) for each kind of field `screen` holds."""
    groups = []
    for kind, title, words in FIELD_KINDS:
        field = next(iter(screen.query(kind)), None)
        if field is None:
            continue
        lines = _field_lines(field, _own_actions(type(field)) | words)
        if lines:
            groups.append((title, lines))
    return groups


def _own_actions(kind: type[Widget]) -> dict[str, str]:
    """Action → description of the bindings the project's own classes of `kind` declare."""
    actions: dict[str, str] = {}
    for cls in reversed(kind.__mro__):
        if not cls.__module__.startswith("proposal_tui."):
            continue
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            if binding.description:
                actions[binding.action] = binding.description
    return actions


def _field_lines(field: Widget, wanted: dict[str, str]) -> list[tuple[str, str]]:
    """(keys, words) for the `wanted` actions bound on `field` or the widgets inside it,
    with the app's keymap applied, in the order of `wanted`."""
    app = field.app
    keys: dict[str, list[str]] = {action: [] for action in wanted}
    for node in (field, *field.walk_children(Widget)):
        bindings = node._bindings.copy()
        if app._keymap:
            bindings.apply_keymap(app._keymap)
        for key, bound in bindings.key_to_bindings.items():
            for binding in bound:
                shown = app.get_key_display(Binding(key, ""))
                if binding.action in keys and shown not in keys[binding.action]:
                    keys[binding.action].append(shown)
    return [(" / ".join(keys[action]), words) for action, words in wanted.items() if keys[action]]


def _is_bindings_owner(node: DOMNode) -> bool:
    """True for the screen and the app: their keys are the ones worth listing."""
    return isinstance(node, Screen) or node is node.app


class HelpScreen(TerminalSized, ModalScreen[None]):
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
        self.field_groups = field_key_groups(target)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(f"Help: {screen_name(self.target)}", id="help-title", markup=False)
            with VerticalScroll(id="help-scroll"):
                yield Markdown((self.target.HELP or "") + "\n" + GENERAL_HELP, id="help-guide")
                yield Static(self._keys_text(), id="help-keys")
            yield Static(MORE_BELOW, id="help-more", markup=False)
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        self.watch(scroll, "scroll_y", self._show_more, init=False)
        self.watch(scroll, "virtual_size", self._show_more)

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_more)

    def _show_more(self) -> None:
        """Show 'more below' while the help goes on past the bottom of the window."""
        scroll = self.query_one("#help-scroll", VerticalScroll)
        self.query_one("#help-more").display = scroll.scroll_y < scroll.max_scroll_y

    def _keys_text(self) -> Content:
        groups = [("Keys", self.lines), *self.field_groups]
        width = max((len(keys) for _, lines in groups for keys, _ in lines), default=0)
        parts: list[Content | str] = []
        for title, lines in groups:
            rows = [f"  {keys.ljust(width)}   {what}" for keys, what in lines]
            parts += ["\n\n" if parts else "", (title, "bold"), "\n", "\n".join(rows)]
        return Content.assemble(*parts)

    def action_close(self) -> None:
        """Back to the screen the help is about."""
        self.dismiss(None)
