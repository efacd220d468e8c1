"""The wizard's steps: which proposal fields each one edits, and how far along each stands.

Plain data and functions (no Textual): the step list draws them, the screen builds each
step's editors from the table and walks them.
A step's state comes from `checks.section_state` over the fields of the step that the
call asks for; the Review step stands for the whole draft (its readiness).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from proposal_tui.call import Call
from proposal_tui.checks import Finding, SectionState, readiness, section_state
from proposal_tui.model import Proposal

EditorKind = Literal[
    "line", "area", "long", "lines", "choice", "people", "questions", "roles", "sdgs", "review"
]
"""How a section is edited: one line, a box of a few lines, a box filling the step, a list
typed one entry per line, a choice, a list of people or questions, single-person roles,
goals to tick, or the review of the whole draft."""


@dataclass(frozen=True)
class Editor:
    """One editor of a step: its kind, the field it edits, and what it says when empty."""

    kind: EditorKind
    field: str = ""
    placeholder: str = ""
    split: str = ""
    """For 'lines': the regular expression between entries."""
    noun: str = ""
    """For 'lines': what one entry is called."""


@dataclass(frozen=True)
class Step:
    """One page of the wizard: an id, its name (long and short), the fields it edits and
    the editors it shows, top to bottom."""

    id: str
    title: str
    short: str
    fields: tuple[str, ...]
    editors: tuple[Editor, ...]


def _long(step_id: str, title: str, short: str, field: str) -> Step:
    return Step(step_id, title, short, (field,), (Editor("long", field),))


STEPS: tuple[Step, ...] = (
    Step(
        "basics",
        "Basics",
        "Basics",
        ("title", "theme", "topics"),
        (
            Editor("line", "title", "The session's title"),
            Editor("choice", "call"),
            Editor("choice", "theme"),
            Editor(
                "lines", "topics", "One topic per line (or separated by commas)", r"[\n,]", "topic"
            ),
        ),
    ),
    Step(
        "organizers", "Organisers", "Organisers", ("organizers",), (Editor("people", "organizers"),)
    ),
    Step("speakers", "Speakers", "Speakers", ("speakers",), (Editor("people", "speakers"),)),
    Step(
        "moderators",
        "Moderators & rapporteur",
        "Moderators",
        ("onsite_moderator", "online_moderator", "rapporteur"),
        (Editor("roles"),),
    ),
    Step(
        "format",
        "Format & duration",
        "Format",
        ("format", "duration", "format_description"),
        (
            Editor("choice", "format"),
            Editor("choice", "duration"),
            Editor("area", "format_description"),
        ),
    ),
    Step(
        "questions",
        "Policy questions",
        "Questions",
        ("policy_questions",),
        (Editor("questions", "policy_questions"),),
    ),
    _long("gain", "Participants gain", "Gain", "participants_gain"),
    _long("description", "Description", "Description", "description"),
    _long("outcomes", "Expected outcomes", "Outcomes", "expected_outcomes"),
    _long("hybrid", "Hybrid format", "Hybrid", "hybrid_format"),
    Step(
        "sdgs",
        "SDGs & links",
        "SDGs/links",
        ("sdgs", "links"),
        (Editor("sdgs", "sdgs"), Editor("lines", "links", "One link per line", r"\n", "link")),
    ),
    Step("review", "Review", "Review", (), (Editor("review"),)),
)

STATE_MARKS: dict[SectionState, str] = {
    SectionState.EMPTY: "○",
    SectionState.IN_PROGRESS: "◐",
    SectionState.COMPLETE: "✓",
    SectionState.PROBLEMS: "✗",
}
"""The mark beside each state: the meaning is never in colour alone."""

_EXTRA_FIELDS = {"call": "basics", "import_notes": "basics"}
"""Proposal keys edited on a step without being one of its sections."""


def step_index(key: str | None) -> int:
    """The index of the step named `key`, or of the step that edits field `key` (else 0)."""
    if not key:
        return 0
    key = _EXTRA_FIELDS.get(key, key)
    for index, step in enumerate(STEPS):
        if key == step.id or key in step.fields:
            return index
    return 0


def step_state(proposal: Proposal, call: Call, step: Step, findings: list[Finding]) -> SectionState:
    """Where `step` stands: any field with an error → problems; nothing entered → empty;
    every required field complete (optional ones complete or empty) → complete."""
    if not step.fields:
        return _review_state(proposal, call, findings)
    asked = [f for f in step.fields if call.section(f) is not None]
    states = {f: section_state(proposal, call, f, findings) for f in asked}
    if not states or all(s is SectionState.EMPTY for s in states.values()):
        return SectionState.EMPTY
    if any(s is SectionState.PROBLEMS for s in states.values()):
        return SectionState.PROBLEMS
    for field, state in states.items():
        section = call.section(field)
        needed = section is not None and section.required
        if state is not SectionState.COMPLETE and (needed or state is not SectionState.EMPTY):
            return SectionState.IN_PROGRESS
    return SectionState.COMPLETE


def _review_state(proposal: Proposal, call: Call, findings: list[Finding]) -> SectionState:
    state = readiness(proposal, call, findings)
    if state.ready:
        return SectionState.COMPLETE
    if state.sections_complete == 0:
        return SectionState.EMPTY
    return SectionState.IN_PROGRESS
