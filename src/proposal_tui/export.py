"""Export a proposal in the call's order and labels: text to paste, markdown, JSON.

The text layout (which `importer` reads back):

    <call title>

    <Label>
    <content>

    <Label>
    ...

People are blocks: a first line (`Speaker 1: Name` in a list, the bare name for a
single role), then indented `Key: value` lines.  Policy questions are marked as the
call profile says (`A. …`, `1. …` or bare), SDGs read `16. Peace, Justice and Strong
Institutions`, in goal order.  Empty sections
are left out.  Email addresses appear only with `include_contacts=True`.
Output is deterministic: the same proposal and call always give the same text.
Control characters are never passed on: text and markdown show them as visible pictures
(`safe_text.visible`), JSON escapes them all (C1 included).
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from dataclasses import dataclass

from proposal_tui.call import Call
from proposal_tui.export_formats import FORMATS
from proposal_tui.model import (
    CONTACT_FIELDS,
    PERSON_LIST_FIELDS,
    PERSON_ROLE_FIELDS,
    SDG_NAMES,
    Person,
    Proposal,
)
from proposal_tui.safe_text import json_safe, visible
from proposal_tui.section_names import SECTION_FIELDS

PERSON_DETAIL_LABELS: dict[str, str] = {
    "organization": "Organisation",
    "stakeholder_group": "Stakeholder group",
    "region": "Regional group",
    "gender": "Gender",
    "participation": "Participation",
    "confirmed": "Provisionally confirmed",
    "email": "Email",
}
"""Labels of a person's details in the text export, in their order."""

LIST_ITEM_PREFIX = {"organizers": "Organizer", "speakers": "Speaker"}


@dataclass(frozen=True)
class ExportSection:
    """One section as it goes into the form: its field, the call's label, its text."""

    field: str
    label: str
    text: str


def _letter(index: int) -> str:
    """A, B, … Z, then AA, AB, …: how published proposals letter policy questions."""
    letters = string.ascii_uppercase
    if index < len(letters):
        return letters[index]
    return letters[index // 26 - 1] + letters[index % 26]


def policy_questions_text(questions: list[str], call: Call) -> str:
    """The questions marked as the call prints them (`A.`, `1.` or bare, a blank line
    between bare ones); a question's own line breaks are indented under it."""
    style = call.policy_question_prefix
    marks = {"letter": _letter, "number": lambda i: str(i + 1)}
    lines = []
    for index, question in enumerate(questions):
        if not question:
            continue
        body = question.replace("\n", "\n   ")
        lines.append(f"{marks[style](index)}. {body}" if style in marks else body)
    return ("\n\n" if style == "none" else "\n").join(lines)


def person_details(person: Person, *, include_contacts: bool, speaker: bool) -> list[str]:
    """A person's details as `Key: value` lines, empty ones left out."""
    lines = []
    for field, label in PERSON_DETAIL_LABELS.items():
        if field in CONTACT_FIELDS and not include_contacts:
            continue
        value = getattr(person, field)
        if field == "confirmed":
            if not (speaker or value):
                continue
            value = "yes" if value else "no"
        if value:
            lines.append(f"{label}: {value}")
    return lines


def _person_block(first_line: str, person: Person, *, include_contacts: bool, speaker: bool) -> str:
    details = person_details(person, include_contacts=include_contacts, speaker=speaker)
    return "\n".join([first_line, *(f"  {line}" for line in details)])


def format_line(proposal: Proposal, call: Call) -> str:
    """The format as the call prints it: alone, or 'Round Table - 60 Min' (combined)."""
    if call.format_layout == "combined" and proposal.duration:
        return " - ".join(p for p in (proposal.format, f"{proposal.duration} Min") if p)
    return proposal.format


def field_text(
    proposal: Proposal, call: Call, field: str, *, include_contacts: bool = False
) -> str:
    """The content of one section as plain text, ready to paste into its box."""
    value = getattr(proposal, field)
    if field in PERSON_LIST_FIELDS:
        prefix = LIST_ITEM_PREFIX[field]
        return "\n\n".join(
            _person_block(
                f"{prefix} {i}: {p.name}".rstrip(),
                p,
                include_contacts=include_contacts,
                speaker=field == "speakers",
            )
            for i, p in enumerate(value, 1)
        )
    if field in PERSON_ROLE_FIELDS:
        if value is None:
            return ""
        return _person_block(value.name, value, include_contacts=include_contacts, speaker=False)
    if field == "format":
        return format_line(proposal, call)
    if field == "duration":
        return "" if value is None or call.format_layout == "combined" else str(value)
    if field == "policy_questions":
        return policy_questions_text(value, call)
    if field == "sdgs":
        return "\n".join(f"{n}. {SDG_NAMES.get(n, 'Unknown goal')}" for n in sorted(set(value)))
    if isinstance(value, list):
        return "\n".join(str(v) for v in value if v)
    return str(value).strip("\n") if value is not None else ""


def export_sections(
    proposal: Proposal, call: Call, *, include_contacts: bool = False
) -> list[ExportSection]:
    """Every non-empty section of the call, in its order, with its label and text."""
    sections = []
    for section in call.sections:
        text = field_text(proposal, call, section.field, include_contacts=include_contacts)
        if text.strip():
            sections.append(ExportSection(section.field, section.label, text))
    return sections


def split_files(
    proposal: Proposal, call: Call, *, include_contacts: bool = False
) -> list[tuple[str, ExportSection]]:
    """One text file per form box, to paste from an editor: ('03-organizers.txt', its
    section), numbered by the box's place in the call's form; empty boxes get none.
    Control characters are shown as pictures, as in the text export."""
    files = []
    for number, section in enumerate(call.sections, 1):
        text = visible(field_text(proposal, call, section.field, include_contacts=include_contacts))
        if text.strip():
            name = f"{number:02d}-{section.field.replace('_', '-')}.txt"
            files.append((name, ExportSection(section.field, section.label, text)))
    return files


def export_text(proposal: Proposal, call: Call, *, include_contacts: bool = False) -> str:
    """The whole proposal as plain text to paste, in the call's order and labels."""
    parts = [call.title]
    for section in export_sections(proposal, call, include_contacts=include_contacts):
        parts.append(f"{section.label}\n{section.text}")
    return visible("\n\n".join(parts) + "\n")


def export_markdown(proposal: Proposal, call: Call, *, include_contacts: bool = False) -> str:
    """The whole proposal as Markdown: a heading per section, people as lists."""
    parts = [f"# {proposal.title or 'Untitled proposal'}", f"*{call.title}*"]
    for section in export_sections(proposal, call, include_contacts=include_contacts):
        parts.append(f"## {section.label}\n\n{_markdown_body(proposal, section, include_contacts)}")
    return visible("\n\n".join(parts) + "\n")


def _markdown_body(proposal: Proposal, section: ExportSection, include_contacts: bool) -> str:
    field = section.field
    value = getattr(proposal, field)
    people: list[Person] = []
    if field in PERSON_LIST_FIELDS:
        people = value
    elif field in PERSON_ROLE_FIELDS and value is not None:
        people = [value]
    if people:
        items = []
        for person in people:
            details = person_details(
                person, include_contacts=include_contacts, speaker=field == "speakers"
            )
            items.append(f"- **{_md_escape(person.name) or '(no name)'}**")
            items += [f"  - {_md_escape(d)}" for d in details]
        return "\n".join(items)
    if field == "policy_questions":
        return "\n".join(f"{i}. {_md_escape(q)}" for i, q in enumerate(value, 1) if q)
    if isinstance(value, list):
        return "\n".join(f"- {_md_escape(line)}" for line in section.text.splitlines())
    return _md_escape(section.text)


def _md_escape(text: str) -> str:
    """Keep text that starts like Markdown syntax from turning into it."""
    lines = []
    for line in text.split("\n"):
        if line.lstrip().startswith(("#", ">", "- ", "* ", "+ ", "|")):
            line = "\\" + line
        lines.append(line)
    return "\n".join(lines)


def json_data(proposal: Proposal, call: Call, *, include_contacts: bool = False) -> dict:
    """The proposal as JSON-ready data with the model's field names (unknown keys left out)."""
    data = proposal.model_dump(mode="json", exclude={"import_notes"})
    data = {k: v for k, v in data.items() if k in Proposal.model_fields}
    for field in (*PERSON_LIST_FIELDS, *PERSON_ROLE_FIELDS):
        value = data.get(field)
        people = value if isinstance(value, list) else [value] if value else []
        for person in people:
            for key in list(person):
                if key not in Person.model_fields or (
                    key in CONTACT_FIELDS and not include_contacts
                ):
                    del person[key]
    return {"call": call.name, **{k: v for k, v in data.items() if k != "call"}}


def export_json(proposal: Proposal, call: Call, *, include_contacts: bool = False) -> str:
    """The proposal as JSON, indented, non-ASCII kept as it is."""
    data = json_data(proposal, call, include_contacts=include_contacts)
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


_EXPORTERS: dict[str, Callable[..., str]] = {
    "text": export_text,
    "markdown": export_markdown,
    "json": export_json,
}


def export(
    proposal: Proposal,
    call: Call,
    fmt: str = "text",
    *,
    field: str | None = None,
    include_contacts: bool = False,
) -> str:
    """Export in `fmt` (text, markdown, json); with `field`, that one section's text alone."""
    if fmt not in _EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if field is not None:
        if field not in Proposal.model_fields:
            raise ValueError(
                f"no section named {field!r} (choose from {', '.join(SECTION_FIELDS)})"
            )
        if fmt == "json":
            value = json_data(proposal, call, include_contacts=include_contacts).get(field, "")
            return json_safe(json.dumps({field: value}, ensure_ascii=False, indent=2)) + "\n"
        text = visible(field_text(proposal, call, field, include_contacts=include_contacts))
        return text + "\n" if text else ""
    return _EXPORTERS[fmt](proposal, call, include_contacts=include_contacts)
