"""A choice section of the form (theme, call, format, duration): label, a Select of the
call's choices, and the section's findings.

A value the draft holds that is not among the choices (a hand-edited file, an older call)
is kept as an extra option marked "not in this call", never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.widgets import Label, Select, Static

from proposal_tui.call import Call
from proposal_tui.tui.widgets.field_edit import FieldEdited
from proposal_tui.tui.widgets.field_editor import FieldEditor, field_label
from proposal_tui.tui.widgets.findings_view import FindingsView

Choice = tuple[str, Any]
"""(label shown, value)."""


def options_with(choices: Sequence[Choice], current: Any, note: str) -> list[Choice]:
    """`choices`, plus `current` marked with `note` when it is set and not among them."""
    values = [value for _, value in choices]
    if current in (None, "") or current in values:
        return list(choices)
    return [*choices, (f"{current} ({note})", current)]


def select_value(current: Any) -> Any:
    """What a Select shows for a proposal value: the value, or no selection when empty."""
    return Select.NULL if current in (None, "") else current


class ChoiceField(FieldEditor):
    """One choice: label, Select (blank allowed), findings; sends `FieldEdited`."""

    DEFAULT_CSS = """
    ChoiceField {
        height: auto;
        margin-bottom: 1;
        & .field-label { text-style: bold; }
        & .field-help { color: $text-muted; }
        & Select { width: 1fr; max-width: 80; }
    }
    """

    def __init__(
        self,
        field: str,
        current: Any,
        choices: Sequence[Choice],
        call: Call,
        *,
        label: str | None = None,
        help: str | None = None,
        prompt: str = "Choose…",
        blank: Any = "",
        unknown: str = "not in this call",
    ) -> None:
        super().__init__(field, call)
        self.current = current
        self.choices = list(choices)
        self.label = label or field_label(call, field)
        section = call.section(field)
        self.help = help if help is not None else (section.help if section else "")
        self.prompt = prompt
        self.blank = blank
        self.unknown = unknown
        """How a value the draft holds but the choices lack is marked."""

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="field-label", markup=False)
        if self.help:
            yield Static(self.help, classes="field-help", markup=False)
        yield Select(
            options_with(self.choices, self.current, self.unknown),
            prompt=self.prompt,
            value=select_value(self.current),
            id=f"input-{self.field}",
        )
        yield FindingsView([self.field], self.call)

    @property
    def box(self) -> Select[Any]:
        """The Select the choice is made in."""
        return self.query_one(Select)

    def set_choices(self, choices: Sequence[Choice], note: str) -> None:
        """Offer `choices` (the current value stays, marked with `note` if not among them)."""
        self.choices = list(choices)
        select = self.box
        with select.prevent(Select.Changed):
            select.set_options(options_with(self.choices, self.current, note))
            select.value = select_value(self.current)

    @on(Select.Changed)
    def _changed(self, event: Select.Changed) -> None:
        event.stop()
        value = self.blank if event.value is Select.NULL else event.value
        if value == self.current:
            return
        self.current = value
        self.post_message(FieldEdited(self.field, value))
