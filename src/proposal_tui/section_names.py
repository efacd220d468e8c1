"""The names of a proposal's sections, in the form's order, readable without pydantic.

The command line lists them in `export --help` before any draft (or the model) is
loaded; a test keeps them equal to the model's fields.
"""

from __future__ import annotations

SECTION_FIELDS: tuple[str, ...] = (
    "title",
    "theme",
    "topics",
    "organizers",
    "speakers",
    "onsite_moderator",
    "online_moderator",
    "rapporteur",
    "format",
    "duration",
    "format_description",
    "policy_questions",
    "participants_gain",
    "description",
    "expected_outcomes",
    "hybrid_format",
    "sdgs",
    "links",
)
"""The names `export --field` accepts: every Proposal field but `call` and `import_notes`."""
