"""A list section of the form (people, policy questions): add, edit, remove, reorder.

The entries are an OptionList (enter or a click edits one); keys and buttons act on the
highlighted entry.  Every change sends `FieldEdited` with the whole new list.  Entries with
a finding carry its mark (✗ or !); the findings themselves are listed under the buttons.
Subclasses say how an entry looks and which form edits it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Label, OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.call import Call
from proposal_tui.checks import Finding, Level, items_count
from proposal_tui.tui.widgets.dialogs import ConfirmDialog
from proposal_tui.tui.widgets.field_edit import FieldEdited
from proposal_tui.tui.widgets.field_editor import Counter, FieldEditor, counter_text, field_label
from proposal_tui.tui.widgets.findings_view import LEVEL_STYLES, FindingsView

T = TypeVar("T")
_RANK = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


class ListEditor(FieldEditor, Generic[T]):
    """Entries of one list field, with add, edit, remove and move up/down."""

    DEFAULT_CSS = """
    ListEditor {
        height: auto;
        margin-bottom: 1;
        & > .field-top { height: auto; }
        & .field-label { width: 1fr; text-style: bold; }
        & .field-help { color: $text-muted; }
        & > OptionList { height: auto; max-height: 14; }
        & > .list-buttons { height: 1; margin: 1 0 0 0; }
        & > .list-buttons Button { margin-right: 1; min-width: 6; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Each button names its key, so the footer keeps room for the wizard's own keys.
        Binding("a,insert", "add", "Add", id="wizard.list.add", show=False),
        Binding("e", "edit", "Edit", id="wizard.list.edit", show=False),
        Binding("d,delete", "remove", "Remove", id="wizard.list.remove", show=False),
        Binding("shift+up", "move(-1)", "Up", id="wizard.list.up", show=False),
        Binding("shift+down", "move(1)", "Down", id="wizard.list.down", show=False),
    ]
    BUTTONS: ClassVar[list[tuple[str, str, str]]] = [
        ("list-add", "a", "Add"),
        ("list-edit", "e", "Edit"),
        ("list-remove", "d", "Remove"),
        ("list-up", "shift+↑", "Up"),
        ("list-down", "shift+↓", "Down"),
    ]
    """Each button: its id, the key that does the same, and what it does."""

    noun = "entry"
    """What one entry is called ('speaker', 'question')."""

    def __init__(self, field: str, items: list[T], call: Call) -> None:
        super().__init__(field, call)
        self.items = list(items)
        self.marks: dict[int, Finding] = {}
        """The worst finding of each entry that has one."""

    # --- what subclasses provide -----------------------------------------------------

    def entry_prompt(self, index: int, item: T) -> Content:
        """How entry `index` reads in the list (without its finding mark)."""
        raise NotImplementedError

    def open_form(self, item: T | None, title: str, done: Callable[[T | None], None]) -> None:
        """Open the form for a new entry (`item` None) or an existing one; call `done`."""
        raise NotImplementedError

    def describe(self, item: T) -> str:
        """A few words naming the entry, for the remove question."""
        raise NotImplementedError

    def filled(self) -> int:
        """How many entries count towards the section's limits."""
        return len(self.items)

    def compose_extra(self) -> ComposeResult:
        """Widgets between the buttons and the findings (a summary line)."""
        yield from ()

    def items_changed(self) -> None:
        """The list changed: update what depends on it."""

    # --- drawing -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        section = self.call.section(self.field)
        with Horizontal(classes="field-top"):
            yield Label(field_label(self.call, self.field), classes="field-label", markup=False)
            yield Counter()
        if section is not None and section.help:
            yield Static(section.help, classes="field-help", markup=False)
        yield OptionList(id=f"input-{self.field}")
        with Horizontal(classes="list-buttons"):
            for button_id, key, label in self.BUTTONS:
                yield Button(
                    Content.assemble((key, "bold $text-accent"), " ", label),
                    id=button_id,
                    compact=True,
                )
        yield from self.compose_extra()
        yield FindingsView([self.field], self.call)

    def on_mount(self) -> None:
        self._draw(0)
        self.items_changed()

    @property
    def box(self) -> OptionList:
        """The list of entries."""
        return self.query_one(OptionList)

    @property
    def highlighted(self) -> int | None:
        """The index of the highlighted entry, if any."""
        index = self.box.highlighted
        return index if index is not None and index < len(self.items) else None

    def _draw(self, highlight: int | None) -> None:
        options = self.box
        if not self.items:
            options.set_options(
                [Option(f"No {self.noun}s yet: press a (or Add) to add one.", disabled=True)]
            )
            return
        options.set_options(
            Option(self._prompt(index, item)) for index, item in enumerate(self.items)
        )
        if highlight is not None:
            options.highlighted = max(0, min(highlight, len(self.items) - 1))
        self._count()

    def _prompt(self, index: int, item: T) -> Content:
        worst = self.marks.get(index)
        mark = Content.styled(worst.mark, LEVEL_STYLES[worst.level]) if worst else " "
        return Content.assemble(mark, " ", self.entry_prompt(index, item))

    def _count(self) -> None:
        count = items_count(self.call, self.field, self.filled(), self.noun)
        self.query_one(Counter).show(*counter_text(count))

    def show_findings(self, findings: Iterable[Finding]) -> None:
        """Mark the entries that have findings and list the findings under the buttons."""
        findings = list(findings)
        marks: dict[int, Finding] = {}
        for finding in findings:
            if finding.field == self.field and finding.item is not None:
                worst = marks.get(finding.item)
                if worst is None or _RANK[finding.level] < _RANK[worst.level]:
                    marks[finding.item] = finding
        if marks != self.marks:
            self.marks = marks
            self._draw(self.box.highlighted)
        self.query_one(FindingsView).show(findings)

    # --- changing ----------------------------------------------------------------------

    def _commit(
        self, items: list[T], highlight: int | None, replaced: tuple[T, T] | None = None
    ) -> None:
        self.show_items(items, highlight)
        self.post_message(FieldEdited(self.field, list(items), replaced))

    def show_items(self, items: list[T], highlight: int | None = None) -> None:
        """Show `items` (changed elsewhere, e.g. a person edited in another role)."""
        self.items = items
        self.marks = {}
        self._draw(self.box.highlighted if highlight is None else highlight)
        self._count()
        self.items_changed()

    def action_add(self) -> None:
        """Add an entry at the end of the list."""

        def done(item: T | None) -> None:
            if item is not None:
                self._commit([*self.items, item], len(self.items))
            self.box.focus()

        self.open_form(None, f"Add {self.noun}", done)

    def action_edit(self) -> None:
        """Edit the highlighted entry."""
        index = self.highlighted
        if index is None:
            self.action_add()
            return

        def done(item: T | None) -> None:
            old = self.items[index]
            if item is not None and item != old:
                self._commit(
                    [*self.items[:index], item, *self.items[index + 1 :]], index, (old, item)
                )
            self.box.focus()

        self.open_form(self.items[index], f"Edit {self.noun} {index + 1}", done)

    def action_remove(self) -> None:
        """Remove the highlighted entry, after asking."""
        index = self.highlighted
        if index is None:
            return

        def done(confirmed: bool | None) -> None:
            if confirmed:
                self._commit([*self.items[:index], *self.items[index + 1 :]], index)
            self.box.focus()

        self.app.push_screen(
            ConfirmDialog(
                f"Remove {self.describe(self.items[index])} from the {self.noun}s?",
                title=f"Remove {self.noun}?",
                confirm="Remove",
                danger=True,
            ),
            done,
        )

    def action_move(self, delta: int) -> None:
        """Move the highlighted entry up (-1) or down (+1)."""
        index = self.highlighted
        if index is None or not 0 <= index + delta < len(self.items):
            return
        items = list(self.items)
        items[index], items[index + delta] = items[index + delta], items[index]
        self._commit(items, index + delta)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {
            "list-add": self.action_add,
            "list-edit": self.action_edit,
            "list-remove": self.action_remove,
            "list-up": lambda: self.action_move(-1),
            "list-down": lambda: self.action_move(1),
        }
        actions[event.button.id or ""]()
