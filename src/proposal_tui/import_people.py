"""People in a published proposal: person lines, detail lines, merging and role matching.

Two layouts are read.  Published pages print one line per person with comma-separated
parts (`Speaker 1: Name, Organisation, Stakeholder group, Regional group`), where the
group and region are recognised against the call's choices from the end of the line
(organisations may contain commas).  export.py prints a first line (`Speaker 1: Name`,
or the bare name for a single role) followed by `Key: value` detail lines, whose values
are taken as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pydantic import ValidationError

from proposal_tui.call import Call
from proposal_tui.export import LIST_ITEM_PREFIX, PERSON_DETAIL_LABELS
from proposal_tui.import_fields import MAX_STRUCTURE_LINE, label_key, without_lock
from proposal_tui.model import (
    PERSON_FIELDS,
    Person,
    normalize_region,
    normalize_stakeholder_group,
)

_ITEM_WORDS: dict[str, str] = {
    **{word.casefold(): list_field for list_field, word in LIST_ITEM_PREFIX.items()},
    "organiser": "organizers",
}
_ITEM_LINE = re.compile(
    r"(?P<word>[A-Za-z]++)[ \t]*+#?[ \t]*+(?P<number>\d{1,4})(?!\d)"
    r"[ \t]*+[:\-–][ \t]*+(?P<rest>.*)",
    re.DOTALL,
)

DETAIL_FIELDS: dict[str, str] = {
    **{label_key(label): detail for detail, label in PERSON_DETAIL_LABELS.items()},
    "organization": "organization",
    "affiliation": "organization",
    "stakeholder": "stakeholder_group",
    "region": "region",
    "confirmed": "confirmed",
}
"""Detail labels (export.py's, plus common spellings) → Person field."""

_NOT_WORD = re.compile(r"[\W_]+")
"""Anything but letters and digits; combining accents included (they are not alphanumeric)."""
_TEXT_DETAILS = tuple(f for f in PERSON_FIELDS if f not in {"name", "confirmed"})


@dataclass(frozen=True)
class ItemLine:
    """`Speaker 2: rest` read: which list, the number printed, the rest of the line."""

    field: str
    number: int
    rest: str


def read_item(line: str) -> ItemLine | None:
    """Read an `Organizer 1: …` / `Speaker 2: …` line, or None."""
    line = line.strip()
    if len(line) > MAX_STRUCTURE_LINE:
        return None
    match = _ITEM_LINE.fullmatch(line)
    if match is None:
        return None
    list_field = _ITEM_WORDS.get(match["word"].casefold().removesuffix("s"))
    if list_field is None:
        return None
    return ItemLine(list_field, int(match["number"]), match["rest"].strip())


def read_detail(line: str) -> tuple[str, str] | None:
    """Read a `Stakeholder group: Civil Society` detail line as (field, value), or None."""
    head, colon, value = line.strip().partition(":")
    if not colon or len(head) > 40:
        return None
    detail = DETAIL_FIELDS.get(label_key(head))
    return (detail, value.strip()) if detail else None


def name_key(name: str) -> str:
    """A name folded for matching: accents dropped, case folded, letters and digits only."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKD", name).casefold())


def looks_like_person(line: str) -> bool:
    """True for a short line that could be a person (`Name, group, region`), not a sentence."""
    text = without_lock(line)[0].strip()
    if not text or len(text) > 200 or text[-1] in ".:;?!":
        return False
    first = text.split(",", 1)[0].strip()
    return len(first.split()) <= 6 and len(text.split()) <= 20


@dataclass
class ReadPerson:
    """A person as read, with what the importer needs to merge and match them."""

    person: Person
    number: int | None = None
    has_details: bool = False
    hidden: bool = False
    unread: list[str] = field(default_factory=list)


def person_from_line(text: str, call: Call) -> ReadPerson:
    """A published person line: `Name, Organisation…, Stakeholder group, Regional group`."""
    parts: list[str] = []
    hidden = name_hidden = False
    for index, raw in enumerate(text.split(",")):
        part, locked = without_lock(raw)
        part = part.strip()
        hidden |= locked
        name_hidden |= index == 0 and locked and not part
        if part:
            parts.append(part)
    group = region = ""
    while parts and not group:
        as_region = "" if region else normalize_region(parts[-1])
        as_group = normalize_stakeholder_group(parts[-1])
        if as_region in call.regions:
            region = as_region
        elif as_group in call.stakeholder_groups:
            group = as_group
        else:
            break
        parts.pop()
    if name_hidden:
        parts.insert(0, "")
    name = parts[0] if parts else ""
    person = Person(
        name=name, organization=", ".join(parts[1:]), stakeholder_group=group, region=region
    )
    return ReadPerson(person, hidden=hidden)


def _with_details(first_line: str, details: list[tuple[str, str]]) -> ReadPerson:
    """export.py's layout: the first line is the whole name, details are taken as written."""
    name, hidden = without_lock(first_line)
    values: dict[str, object] = {"name": name.strip()}
    unread: list[str] = []
    for detail, raw in details:
        value, locked = without_lock(raw)
        value = value.strip()
        hidden |= locked
        if detail == "confirmed":
            try:
                values["confirmed"] = Person(confirmed=value).confirmed
            except ValidationError:
                unread.append(f"{PERSON_DETAIL_LABELS['confirmed']}: {value}")
        else:
            values[detail] = value
    return ReadPerson(Person(**values), has_details=True, hidden=hidden, unread=unread)


@dataclass
class _Open:
    first_line: str
    number: int | None
    details: list[tuple[str, str]] = field(default_factory=list)


def _finish(item: _Open, call: Call) -> ReadPerson:
    if item.details:
        read = _with_details(item.first_line, item.details)
    else:
        read = person_from_line(item.first_line, call)
    read.number = item.number
    return read


def _only_group_and_region(line: str, call: Call) -> bool:
    read = person_from_line(line, call)
    return not (read.hidden or read.person.name or read.person.organization)


@dataclass
class PeopleRead:
    """The people of one section: persons in order, then loose lines after the list."""

    people: list[ReadPerson]
    loose: list[str]


def read_people(lines: list[str], call: Call) -> PeopleRead:
    """Read an organisers or speakers section.

    Item lines (`Speaker 1: …`) start a person; detail lines, and a line holding only a
    stakeholder group and region, belong to the person above.  Person-like lines before
    the first item are people too (a list printed without numbers); any other line after
    the list comes back as loose.
    """
    people: list[ReadPerson] = []
    loose: list[str] = []
    current: _Open | None = None
    items_seen = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        item = read_item(line)
        detail = read_detail(line) if item is None else None
        if item is not None:
            if current is not None:
                people.append(_finish(current, call))
            current = _Open(item.rest, item.number)
            items_seen = True
        elif detail is not None and current is not None:
            current.details.append(detail)
        elif current is not None and not current.details and _only_group_and_region(line, call):
            current.first_line += ", " + line  # the line wrapped before the group
        elif not items_seen and looks_like_person(line):
            if current is not None:
                people.append(_finish(current, call))
            current = _Open(line, None)
        else:
            loose.append(line)
    if current is not None:
        people.append(_finish(current, call))
    return PeopleRead(people, loose)


def read_role(lines: list[str], call: Call) -> tuple[ReadPerson | None, list[str]]:
    """Read a single role's section (moderator, rapporteur): one person, then loose lines.

    The first line is the person (a published line, or export.py's bare name followed
    by details); a section that opens with details is a person with no name.
    """
    content = [line.strip() for line in lines if line.strip()]
    if not content:
        return None, []
    first = "" if read_detail(content[0]) else content[0]
    start = 0 if read_detail(content[0]) else 1
    details: list[tuple[str, str]] = []
    index = start
    while index < len(content) and (detail := read_detail(content[index])):
        details.append(detail)
        index += 1
    read = _with_details(first, details) if details else person_from_line(first, call)
    return read, content[index:]


def merge_into(first: Person, later: Person) -> tuple[Person, bool]:
    """`first` with its empty details filled from `later`; True if they disagreed."""
    update: dict[str, object] = {}
    disagree = False
    for detail in _TEXT_DETAILS:
        mine, theirs = getattr(first, detail), getattr(later, detail)
        if not mine and theirs:
            update[detail] = theirs
        elif mine and theirs and mine != theirs:
            disagree = True
    if later.confirmed and not first.confirmed:
        update["confirmed"] = True
    return first.model_copy(update=update), disagree


def resolve_role(read: ReadPerson, listed: dict[str, Person]) -> Person | None:
    """A single role's person: as written when it has details, else the listed person of
    the same name (`listed` is keyed by `name_key`), details copied, with whatever the
    role's own line adds."""
    person = read.person
    if not read.has_details:
        match = listed.get(name_key(person.name))
        if match is not None:
            own = {f: getattr(person, f) for f in ("name", *_TEXT_DETAILS) if getattr(person, f)}
            person = match.model_copy(update=own)
    return None if person.is_empty() else person
