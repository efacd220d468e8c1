"""Organisers or speakers: the list with add, edit, remove, reorder, and a live summary of
the list's diversity (groups, regions, gender, onsite/online, confirmed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.content import Content

from proposal_tui.call import Call
from proposal_tui.model import Person
from proposal_tui.tui.widgets.diversity import DiversitySummary
from proposal_tui.tui.widgets.field_edit import PersonRemoved
from proposal_tui.tui.widgets.list_editor import ListEditor
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.widgets.person_picker import Held, PersonPicker, Pick
from proposal_tui.tui.widgets.remove_person import EVERY_ROLE, ONLY_HERE, remove_prompt

NOUNS = {"organizers": "organiser", "speakers": "speaker"}


def person_prompt(index: int, person: Person, *, speaker: bool) -> Content:
    """Two lines: '1. Name — Organisation', then group · region · gender, and for a speaker
    onsite/online · confirmed."""
    first = Content.assemble(f"{index + 1}. ", (person.name or "(no name)", "bold"))
    if person.organization:
        first = Content.assemble(first, f" — {person.organization}")
    details = [
        person.stakeholder_group or "no group",
        person.region or "no region",
        person.gender or "gender not given",
    ]
    if speaker:
        details.append(person.participation or "onsite/online not marked")
        details.append("✓ confirmed" if person.confirmed else "not confirmed")
    return Content.assemble(first, "\n   ", (" · ".join(details), "$text-muted"))


class PeopleEditor(ListEditor[Person]):
    """The organisers or the speakers of the proposal."""

    def __init__(
        self,
        field: str,
        people: list[Person],
        call: Call,
        *,
        roster: Callable[[], list[Held]] = list,
        draft: Path | None = None,
    ) -> None:
        super().__init__(field, people, call)
        self.noun = NOUNS.get(field, "person")
        self.roster = roster
        """The draft's people as they are now, offered first when adding one."""
        self.draft = draft

    def entry_prompt(self, index: int, item: Person) -> Content:
        return person_prompt(index, item, speaker=self.field == "speakers")

    def open_form(
        self, item: Person | None, title: str, done: Callable[[Person | None], None]
    ) -> None:
        if item is not None:
            self.app.push_screen(PersonForm(self.call, item, title=title), done)
            return
        here = [(p, roles) for p, roles in self.roster() if not any(p is q for q in self.items)]

        def picked(pick: Pick | None) -> None:
            if pick is None or pick.here:  # the draft's own record: now in this role too
                done(pick.person if pick else None)
            else:
                self.app.push_screen(PersonForm(self.call, pick.person, title=title), done)

        self.app.push_screen(PersonPicker(title, here, draft=self.draft, noun=self.noun), picked)

    def action_remove(self) -> None:
        """Remove the highlighted person, after asking; someone who holds other roles too
        may be removed from this list only, or from the whole draft."""
        index = self.highlighted
        if index is None:
            return
        person = self.items[index]
        roles = next((roles for p, roles in self.roster() if p is person), ())
        if len(roles) < 2:
            super().action_remove()
            return

        def done(answer: str | None) -> None:
            if answer == ONLY_HERE:
                self._commit([*self.items[:index], *self.items[index + 1 :]], index)
            elif answer == EVERY_ROLE:
                self.post_message(PersonRemoved(person))
            self.box.focus()

        self.app.push_screen(remove_prompt(person, roles, f"the {self.noun}s"), done)

    def describe(self, item: Person) -> str:
        return item.name or "this entry"

    def filled(self) -> int:
        return sum(1 for person in self.items if person.name.strip())

    def compose_extra(self) -> ComposeResult:
        yield DiversitySummary(self.noun, speakers=self.field == "speakers")

    def items_changed(self) -> None:
        self.query_one(DiversitySummary).show(self.items)
