"""The form for one person: name, organisation, email, stakeholder and regional group (the
call's choices), gender, onsite or online, confirmed.  A modal; enter in a line saves.

Dismisses with the edited Person (details the form does not show are kept) or None.
With `details_only` it shows what is the person's wherever they appear (no onsite/online,
no confirmation): for updating them in every draft.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.widgets import Button, Checkbox, Input, Label, Select

from proposal_tui.call import Call
from proposal_tui.model import Participation, Person
from proposal_tui.tui.widgets.choice_field import options_with, select_value
from proposal_tui.tui.widgets.dialogs import ConfirmDialog, Dialog

TEXT_FIELDS = {
    "name": "Name",
    "organization": "Organisation",
    "email": "Email (private)",
}
CHOICE_LABELS = {
    "stakeholder_group": "Stakeholder group",
    "region": "Regional group",
}


class TickBox(Checkbox):
    """A Checkbox showing ✓ when ticked and a blank when not (not only another colour)."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "✓" if self.value else " "


class PersonForm(Dialog[Person | None]):
    """Add or edit a person; the choices of group and region come from the call."""

    DEFAULT_CSS = """
    PersonForm > #dialog { width: 76; }
    PersonForm #person-grid {
        grid-size: 2;
        grid-columns: 19 1fr;
        grid-rows: 1;
        grid-gutter: 1 0;
        height: auto;
        margin-bottom: 1;
    }
    PersonForm #person-grid Label { color: $text-muted; }
    PersonForm #person-grid Select { width: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="person.save"),
    ]
    AUTO_FOCUS = "#person-name"

    def __init__(
        self, call: Call, person: Person | None, *, title: str, details_only: bool = False
    ) -> None:
        super().__init__(title)
        self.call = call
        self.person = person or Person()
        self.details_only = details_only

    def compose_body(self) -> ComposeResult:
        person = self.person
        with Grid(id="person-grid"):
            for field, label in TEXT_FIELDS.items():
                yield Label(label)
                yield Input(
                    getattr(person, field),
                    id=f"person-{field}",
                    compact=True,
                    select_on_focus=False,
                )
            choices = {
                "stakeholder_group": self.call.stakeholder_groups,
                "region": self.call.regions,
            }
            for field, label in CHOICE_LABELS.items():
                yield Label(label)
                yield self._select(field, [(c, c) for c in choices[field]])
            yield Label("Gender")
            yield Input(
                person.gender,
                placeholder="e.g. female, male, non-binary",
                id="person-gender",
                compact=True,
                select_on_focus=False,
            )
            if self.details_only:
                return
            yield Label("Takes part")
            yield self._select("participation", [(p.value, p.value) for p in Participation])
            yield Label("Confirmed")
            yield TickBox(
                "provisionally: contacted, will take part",
                person.confirmed,
                id="person-confirmed",
                compact=True,
            )

    def _select(self, field: str, choices: list[tuple[str, str]]) -> Select[str]:
        current = getattr(self.person, field)
        return Select(
            options_with(choices, current, "not in this call"),
            value=select_value(current),
            prompt="Choose…",
            id=f"person-{field}",
            compact=True,
        )

    def compose_buttons(self) -> ComposeResult:
        yield Button("Save", variant="primary", id="save")
        yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.initial = self.result()

    def action_cancel(self) -> None:
        """Escape: close, after asking when something was typed or chosen."""
        if self.result() == self.initial:
            self.dismiss(None)
            return
        who = self.result().name or "this person"
        self.app.push_screen(
            ConfirmDialog(
                f"Throw away what you entered for {who}?",
                title="Discard changes?",
                confirm="Discard",
                cancel="Keep editing",
                danger=True,
            ),
            self._discard_if,
        )

    def _discard_if(self, discard: bool | None) -> None:
        if discard:
            self.dismiss(None)

    def result(self) -> Person:
        """The person as the form now shows them."""
        values: dict[str, object] = {}
        for field in (*TEXT_FIELDS, "gender"):
            values[field] = self.query_one(f"#person-{field}", Input).value.strip()
        choices = CHOICE_LABELS if self.details_only else (*CHOICE_LABELS, "participation")
        for field in choices:
            value = self.query_one(f"#person-{field}", Select).value
            values[field] = "" if value is Select.NULL else value
        if not self.details_only:
            values["confirmed"] = self.query_one("#person-confirmed", TickBox).value
        return self.person.model_copy(update=values)

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Close with the person, if they have a name."""
        person = self.result()
        if not person.name:
            self.show_error("✗ Type a name first, or press escape to cancel.")
            self.query_one("#person-name", Input).focus()
            return
        self.dismiss(person)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
