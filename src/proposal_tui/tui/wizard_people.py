"""The wizard's part in people held by several roles: taking a person out of the whole
draft (every role at once), and opening the wizard at a person (their entry focused).
A mixin of `WizardScreen`."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS, Person, Proposal
from proposal_tui.people_links import name_key
from proposal_tui.tui.widgets.field_edit import FieldEdited, PersonRemoved
from proposal_tui.tui.widgets.people_editor import PeopleEditor
from proposal_tui.tui.widgets.role_picker import RolePicker
from proposal_tui.tui.wizard_steps import step_index

if TYPE_CHECKING:
    from proposal_tui.tui.screens.wizard import WizardScreen

    _Base = WizardScreen
else:
    _Base = object


def first_role(proposal: Proposal, name: str) -> tuple[str, int | None] | None:
    """The first role (field, and list index for organisers and speakers) of the person
    named `name` (accents, case and punctuation ignored), in form order."""
    key = name_key(name)
    for field in PERSON_LIST_FIELDS:
        for index, person in enumerate(getattr(proposal, field)):
            if key and name_key(person.name) == key:
                return field, index
    for field in PERSON_ROLE_FIELDS:
        person = getattr(proposal, field)
        if person is not None and key and name_key(person.name) == key:
            return field, None
    return None


class WizardPeople(_Base):
    """What the wizard does about one person across their roles."""

    def on_person_removed(self, event: PersonRemoved) -> None:
        """Take the person out of every role, the steps not built yet included: each
        editor shown shows it, each field is saved."""
        event.stop()
        proposal, gone = self.proposal, event.person
        if proposal is None or not isinstance(gone, Person):
            return
        for field in PERSON_LIST_FIELDS:
            people = getattr(proposal, field)
            if any(person is gone for person in people):
                kept = [person for person in people if person is not gone]
                for editor in self.query(f"#field-{field}").results(PeopleEditor):
                    editor.show_items(kept)
                self.post_message(FieldEdited(field, kept))
        for field in PERSON_ROLE_FIELDS:
            if getattr(proposal, field) is gone:
                for picker in self.query(f"#field-{field}").results(RolePicker):
                    picker.show_person(None)
                self.post_message(FieldEdited(field, None))

    def focus_person(self, name: str) -> bool:
        """Show the step where the person named `name` first appears, their entry focused
        (highlighted in a list, or the role's pick list).  False when nobody has that name."""
        found = first_role(self.proposal, name) if self.proposal is not None else None
        if found is None:
            return False
        field, index = found
        if not self._built_or_later(step_index(field), partial(self.focus_person, name)):
            return True
        self.focus_field(field)
        if index is not None:
            editor = self.query_one(f"#field-{field}", PeopleEditor)
            editor.box.highlighted = index
        return True
