"""One single-person role (onsite moderator, online moderator, rapporteur): pick someone
already entered as organiser or speaker (the role then holds that very record, so the
draft keeps the person once), add one (of this draft, of your other drafts, or new), edit,
or clear (for someone with other roles too: this role only, or the whole draft)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Label, Select, Static

from proposal_tui.call import Call
from proposal_tui.model import Person
from proposal_tui.tui.widgets.dialogs import ConfirmDialog
from proposal_tui.tui.widgets.field_edit import FieldEdited, PersonRemoved
from proposal_tui.tui.widgets.field_editor import FieldEditor, field_label
from proposal_tui.tui.widgets.findings_view import FindingsView
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.widgets.person_picker import Held, PersonPicker, Pick
from proposal_tui.tui.widgets.remove_person import EVERY_ROLE, ONLY_HERE, remove_prompt

Candidate = tuple[str, Person]
"""(where they were entered, e.g. 'speaker 2'; the person)."""


def role_summary(person: Person | None) -> Content:
    """The role's person in one line, or a note that nobody holds it yet."""
    if person is None or person.is_empty():
        return Content.styled("nobody yet", "$text-muted")
    details = [person.organization, person.stakeholder_group, person.region, person.participation]
    rest = "".join(f", {detail}" for detail in details if detail)
    return Content.assemble((person.name or "(no name)", "bold"), rest)


class RolePicker(FieldEditor):
    """The person in one role, with a pick list of the people already entered."""

    DEFAULT_CSS = """
    RolePicker {
        height: auto;
        margin-bottom: 1;
        & .field-label { text-style: bold; }
        & .role-person { height: auto; }
        & > .role-row { height: 1; }
        & .role-row Select { width: 1fr; max-width: 60; }
        & .role-row Button { margin-left: 1; min-width: 0; }
    }
    """

    def __init__(
        self,
        field: str,
        person: Person | None,
        candidates: list[Candidate],
        call: Call,
        *,
        roster: Callable[[], list[Held]] = list,
        draft: Path | None = None,
    ) -> None:
        super().__init__(field, call)
        self.person = person
        self.candidates = candidates
        self.roster = roster
        """The draft's people as they are now, offered first when adding one."""
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Label(field_label(self.call, self.field), classes="field-label", markup=False)
        yield Static(role_summary(self.person), classes="role-person")
        with Horizontal(classes="role-row"):
            yield Select(
                self._options(),
                prompt="Pick someone already entered…",
                value=self._picked(),
                id=f"input-{self.field}",
                compact=True,
            )
            # short labels: at 80 columns the pick list keeps "Name (organiser 1)" whole
            yield Button("Add", id="role-new", compact=True)
            yield Button("Edit", id="role-edit", compact=True)
            yield Button("Clear", id="role-clear", compact=True)
        yield FindingsView([self.field], self.call)

    @property
    def box(self) -> Select[str]:
        """The pick list."""
        return self.query_one(Select)

    def _options(self) -> list[tuple[str, str]]:
        """Each person once, with every role they hold: 'Ana Lima (organiser 1, speaker 2)'."""
        roles: dict[str, list[str]] = {}
        for where, person in self.candidates:
            if person.name:
                roles.setdefault(person.name, []).append(where)
        return [(f"{name} ({', '.join(held)})", name) for name, held in roles.items()]

    def _picked(self) -> object:
        name = self.person.name if self.person else ""
        return name if name in {value for _, value in self._options()} else Select.NULL

    def set_candidates(self, candidates: list[Candidate]) -> None:
        """Offer these people (organisers and speakers as they are now)."""
        self.candidates = candidates
        select = self.box
        with select.prevent(Select.Changed):
            select.set_options(self._options())
            select.value = self._picked()

    def _commit(self, person: Person | None, replaced: Person | None = None) -> None:
        self.show_person(person)
        edit = (replaced, person) if replaced is not None and person is not None else None
        self.post_message(FieldEdited(self.field, person, edit))

    def show_person(self, person: Person | None) -> None:
        """Show `person` in this role (changed here, or edited in another role)."""
        self.person = person
        self.query_one(".role-person", Static).update(role_summary(person))
        select = self.box
        with select.prevent(Select.Changed):
            select.value = self._picked()

    @on(Select.Changed)
    def _picked_changed(self, event: Select.Changed) -> None:
        event.stop()
        name = event.value
        if name is Select.NULL or (self.person is not None and self.person.name == name):
            return
        chosen = next(p for _, p in self.candidates if p.name == name)
        self._commit(chosen)  # the same record: one person in both roles, saved once

    @on(Button.Pressed, "#role-new")
    def action_new(self) -> None:
        """Give the role to someone: of this draft, of your other drafts, or a new person."""
        title = f"Add {field_label(self.call, self.field).lower()}"
        here = [(p, roles) for p, roles in self.roster() if p is not self.person]

        def picked(pick: Pick | None) -> None:
            if pick is not None and pick.here:
                self._commit(pick.person)  # the same record: one person in both roles
            elif pick is not None:
                self._open_form(pick.person, title, new=True)

        noun = field_label(self.call, self.field).lower()
        self.app.push_screen(PersonPicker(title, here, draft=self.draft, noun=noun), picked)

    @on(Button.Pressed, "#role-edit")
    def action_edit(self) -> None:
        """Edit this role's person (a new one if nobody holds it)."""
        self._open_form(self.person, f"Edit {field_label(self.call, self.field).lower()}")

    def _open_form(self, person: Person | None, title: str, *, new: bool = False) -> None:
        def done(result: Person | None) -> None:
            if result is not None and result != self.person:
                self._commit(result, replaced=None if new else person)

        self.app.push_screen(PersonForm(self.call, person, title=title), done)

    @on(Button.Pressed, "#role-clear")
    def action_clear(self) -> None:
        """Leave the role empty, after asking; someone who holds other roles too may be
        taken out of this role only, or out of the whole draft."""
        if self.person is None:
            return
        label = field_label(self.call, self.field).lower()
        person = self.person
        roles = next((roles for p, roles in self.roster() if p is person), ())
        if len(roles) > 1:

            def answered(answer: str | None) -> None:
                if answer == ONLY_HERE:
                    self._commit(None)
                elif answer == EVERY_ROLE:
                    self.post_message(PersonRemoved(person))

            self.app.push_screen(remove_prompt(person, roles, f"the {label} role"), answered)
            return

        def done(confirmed: bool | None) -> None:
            if confirmed:
                self._commit(None)

        self.app.push_screen(
            ConfirmDialog(
                f"Clear the {label} ({self.person.name or 'no name'})?",
                title=f"Clear {label}?",
                confirm="Clear",
                danger=True,
            ),
            done,
        )
