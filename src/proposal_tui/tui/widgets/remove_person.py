"""The question asked before taking out a person who holds several roles: only from this
role (their other roles stay), or from the whole draft (every role)."""

from __future__ import annotations

from proposal_tui.model import Person
from proposal_tui.tui.widgets.dialogs import ChoicePrompt

ONLY_HERE, EVERY_ROLE = "here", "draft"
"""The answers: this role only, or the whole draft."""


def remove_prompt(person: Person, roles: tuple[str, ...], here: str) -> ChoicePrompt:
    """Ask whether to take `person` out of `here` ('the speakers') only, or out of the
    draft: every one of `roles`.  Escape keeps them."""
    name = person.name.strip() or "this person"
    every = ", ".join(roles)
    return ChoicePrompt(
        f"Remove {name}?",
        [
            (ONLY_HERE, f"Only from {here} (the other roles stay)"),
            (EVERY_ROLE, f"From the draft: every role ({every})"),
        ],
        message=f"{name} holds {len(roles)} roles in this draft: {every}.",
    )
