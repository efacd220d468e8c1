"""One person, many roles: when two person entries are the same person, and linking them.

Two entries are the same person when their names agree once accents, case, spacing and
punctuation are ignored, and no other detail disagrees: each detail (organisation, email,
groups, gender, onsite/online, unknown keys) is the same (accents, case and spacing
ignored) or blank on one side.  Linked entries become one `Person` record, held by every
role they were in, with the details of all copies (the first spelling in form order wins;
`confirmed` if any copy was).  Entries whose details disagree stay apart; `checks` says so.

Used when a schema-1 draft is loaded (each role kept its own copy) and after an import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from proposal_tui.folding import fold
from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS, Person, Proposal

_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name folded for matching: `fold`, then punctuation dropped ('J.' is 'j')."""
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def _details(person: Person) -> dict[str, Any]:
    """Every detail of `person` (unknown keys too) except `name` and `confirmed`."""
    data = person.model_dump()
    del data["name"], data["confirmed"]
    return data


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _agree(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    return a == b


def differences(a: Person, b: Person) -> list[str]:
    """The details (field names) given on both sides with different values."""
    mine, theirs = _details(a), _details(b)
    names = [] if name_key(a.name) == name_key(b.name) else ["name"]
    keys = [*mine, *(key for key in theirs if key not in mine)]
    return names + [
        key
        for key in keys
        if not _blank(mine.get(key)) and not _blank(theirs.get(key))
        if not _agree(mine[key], theirs[key])
    ]


def same_person(a: Person, b: Person) -> bool:
    """True when `a` and `b` name the same person and none of their details disagree."""
    if a is b:
        return True
    return bool(name_key(a.name)) and not differences(a, b)


def merged(first: Person, later: Person) -> Person:
    """One record of two copies of a person: `first`'s details, its blanks filled from
    `later`'s; confirmed when either is."""
    data = first.model_dump()
    for key, value in later.model_dump().items():
        if _blank(data.get(key)) and not _blank(value):
            data[key] = value
    data["confirmed"] = first.confirmed or later.confirmed
    return Person.model_validate(data)


def link_people(proposal: Proposal) -> Proposal:
    """A copy of `proposal` in which every entry that is the same person as an earlier one
    (form order) holds one shared, merged record.  Entries without a name are never linked."""
    linked = proposal.model_copy(deep=True)
    entries: list[tuple[str, int | None, Person]] = []
    for field in PERSON_LIST_FIELDS:
        entries += [(field, i, p) for i, p in enumerate(getattr(linked, field))]
    for field in PERSON_ROLE_FIELDS:
        person = getattr(linked, field)
        if person is not None:
            entries.append((field, None, person))
    records: list[Person] = []
    chosen: list[int] = []
    by_object: dict[int, int] = {}
    by_name: dict[str, list[int]] = {}
    for _, _, person in entries:
        key = name_key(person.name)
        match = by_object.get(id(person))
        if match is None and key:
            candidates = by_name.get(key, [])
            match = next((i for i in candidates if same_person(records[i], person)), None)
        if match is None:
            match = len(records)
            records.append(person)
            by_name.setdefault(key, []).append(match)
        elif records[match] is not person:
            records[match] = merged(records[match], person)
        by_object[id(person)] = match
        chosen.append(match)
    update: dict[str, Any] = {field: [] for field in PERSON_LIST_FIELDS}
    for (field, index, _), record in zip(entries, chosen, strict=True):
        if index is None:
            update[field] = records[record]
        else:
            update[field].append(records[record])
    for field, value in update.items():
        setattr(linked, field, value)
    return linked
