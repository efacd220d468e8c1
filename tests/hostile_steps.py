"""Which wizard steps show a hostile draft's hostile text: the tests that walk the app on
the hostile corpus visit those steps (and the first and the review), not all twelve for
every draft."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS
from proposal_tui.store import read_draft
from proposal_tui.tui.wizard_steps import STEPS, Step

HOSTILE_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\[]")
"""A control or format character, or a bracket that markup would eat."""
PEOPLE = PERSON_LIST_FIELDS + PERSON_ROLE_FIELDS


def _strings(value: object) -> Iterator[str]:
    """Every string inside a dumped value (lists, tables, people)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def steps_showing_hostile_text(path: Path) -> list[int]:
    """The wizard steps that show some of this draft's hostile text (a control or format
    character, or a bracket that markup would eat), with the first step (the title bar
    shows on every step) and the review step (it shows every field).  A step with people
    shows everyone in the draft (the role pickers offer them all)."""
    dumped = read_draft(path).proposal.model_dump()

    def shown_on(step: Step) -> tuple[str, ...]:
        return step.fields + (PEOPLE if set(step.fields) & set(PEOPLE) else ())

    hostile_steps = {
        index
        for index, step in enumerate(STEPS)
        if any(
            HOSTILE_TEXT.search(text) for f in shown_on(step) for text in _strings(dumped.get(f))
        )
    }
    return sorted({0, len(STEPS) - 1} | hostile_steps)
