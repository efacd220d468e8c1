"""The widgets of each wizard step, built from the table in `wizard_steps` (one builder a
kind of editor), and the choices that depend on the draft (durations, people to pick)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from proposal_tui.call import Call
from proposal_tui.model import Proposal
from proposal_tui.tui.widgets.choice_field import Choice, ChoiceField
from proposal_tui.tui.widgets.people_editor import PeopleEditor
from proposal_tui.tui.widgets.person_picker import draft_people
from proposal_tui.tui.widgets.question_list import QuestionList
from proposal_tui.tui.widgets.review_pane import ReviewPane
from proposal_tui.tui.widgets.role_picker import Candidate, RolePicker
from proposal_tui.tui.widgets.sdg_picker import SdgPicker
from proposal_tui.tui.widgets.text_field import TextField
from proposal_tui.tui.wizard_steps import STEPS, Editor, Step

ROLES_HELP = "Pick someone already entered as organiser or speaker, or add a new person."


def durations(call: Call, format_name: str) -> list[tuple[str, int]]:
    """The durations offered for `format_name` (every duration of the call if none is)."""
    allowed = call.durations_for(format_name) or sorted(
        {d for choice in call.formats for d in choice.durations}
    )
    return [(f"{minutes} minutes", minutes) for minutes in allowed]


def candidates(proposal: Proposal) -> list[Candidate]:
    """The people a role can be given to: the organisers, then the speakers."""
    return [
        *((f"organiser {i}", p) for i, p in enumerate(proposal.organizers, 1)),
        *((f"speaker {i}", p) for i, p in enumerate(proposal.speakers, 1)),
    ]


class StepBuilder:
    """Builds the panes of the wizard for one proposal, call and list of calls."""

    def __init__(self, proposal: Proposal, call: Call, calls: list[str], path: Path) -> None:
        self.proposal = proposal
        self.call = call
        self.calls = calls
        self.path = path
        self._kinds: dict[str, Callable[[Editor], list[Widget]]] = {
            "line": self._line,
            "area": self._area,
            "long": self._long,
            "lines": self._lines,
            "choice": self._choice,
            "people": self._people,
            "questions": lambda e: [QuestionList(e.field, getattr(proposal, e.field), call)],
            "roles": self._roles,
            "sdgs": lambda e: [SdgPicker(proposal.sdgs, call)],
            "review": lambda e: [ReviewPane(proposal, call, draft_path=path)],
        }

    def pane(self, number: int, step: Step) -> Widget:
        """One step: its heading and editors; a step of one long text fills the pane.

        The pane itself takes no focus: tab goes from field to field (a field scrolls
        into view when it takes the focus; the mouse wheel scrolls too)."""
        heading = Static(f"{number}/{len(STEPS)} · {step.title}", classes="step-heading")
        widgets = [w for editor in step.editors for w in self._kinds[editor.kind](editor)]
        if step.editors[0].kind in ("long", "review"):
            return Vertical(heading, *widgets, id=f"step-{step.id}", classes="step-pane")
        return VerticalScroll(
            heading, *widgets, id=f"step-{step.id}", classes="step-pane", can_focus=False
        )

    def _value(self, editor: Editor) -> str | list[str]:
        return getattr(self.proposal, editor.field)

    def _line(self, editor: Editor) -> list[Widget]:
        value = self._value(editor)
        return [TextField(editor.field, value, self.call, placeholder=editor.placeholder)]

    def _area(self, editor: Editor) -> list[Widget]:
        return [TextField(editor.field, self._value(editor), self.call, multiline=True)]

    def _long(self, editor: Editor) -> list[Widget]:
        value = self._value(editor)
        return [TextField(editor.field, value, self.call, multiline=True, fill=True)]

    def _lines(self, editor: Editor) -> list[Widget]:
        field = TextField(
            editor.field,
            self._value(editor),
            self.call,
            multiline=True,
            split=editor.split,
            noun=editor.noun,
            placeholder=editor.placeholder,
        )
        return [field]

    def _choice(self, editor: Editor) -> list[Widget]:
        proposal, call, field = self.proposal, self.call, editor.field
        if field == "call":
            names: list[Choice] = [(name, name) for name in self.calls]
            return [
                ChoiceField(
                    "call",
                    proposal.call,
                    names,
                    call,
                    label="Call for proposals",
                    help=call.title,
                    unknown="no such call profile",
                )
            ]
        if field == "duration":
            choices = durations(call, proposal.format)
            return [ChoiceField("duration", proposal.duration, choices, call, blank=None)]
        offered = call.themes if field == "theme" else tuple(call.format_names())
        return [ChoiceField(field, getattr(proposal, field), [(n, n) for n in offered], call)]

    def _people(self, editor: Editor) -> list[Widget]:
        people = getattr(self.proposal, editor.field)
        roster = partial(draft_people, self.proposal)
        return [PeopleEditor(editor.field, people, self.call, roster=roster, draft=self.path)]

    def _roles(self, editor: Editor) -> list[Widget]:
        people = candidates(self.proposal)
        step = next(step for step in STEPS if editor in step.editors)
        roster = partial(draft_people, self.proposal)
        return [
            Static(ROLES_HELP, classes="step-help"),
            *(
                RolePicker(
                    f, getattr(self.proposal, f), people, self.call, roster=roster, draft=self.path
                )
                for f in step.fields
            ),
        ]
