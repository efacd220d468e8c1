"""The draft file's schema: its version, older versions brought up to date, the people table.

Schema 2 keeps each person once, as a table `[people.<key>]` (a readable key made from the
name, unique in the draft), and each role names people by key:

    organizers = ["carolina-botero"]
    speakers = ["carolina-botero", "juan-carlos-lara"]
    onsite_moderator = "carolina-botero"

    [people.carolina-botero]
    name = "Carolina Botero"
    participation = "onsite"

A person's record holds what is theirs (name, organisation, groups, gender, email) and
their part in this session (onsite/online, confirmed), said once for all their roles.

In memory nothing else changes: roles hold `Person` objects, and roles that name one key
hold the very same object, so editing it edits the person in every role.  Keys are made
again from the names on every save (a renamed person gets a new key); equal copies of a
person are saved as one record.  Schema 1 (each role
its own copy) is linked on load by `people_links.link_people`; the first save writes
schema 2, and `store.save_draft` keeps the schema-1 text as a revision.  People in the
table that no role names are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from proposal_tui.errors import DraftError
from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS, Person, Proposal
from proposal_tui.people_links import link_people

SCHEMA_VERSION = 2
PEOPLE = "people"
"""The schema-2 table of people."""
SET_ASIDE = "people (kept aside)"
"""Where a `people` key that is not a table of people is kept (an unknown key of a
schema-1 file), out of the table's way."""


class _PeopleTable(BaseModel):
    """The `[people]` table, checked so that a bad entry is named `people.<key>.<field>`."""

    people: dict[str, Person]


def schema_version(raw: dict[str, Any], path: Path | str) -> int:
    """The file's schema (a file without one is schema 1); refuse a newer one, clearly."""
    version = raw.pop("schema", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DraftError(f"schema must be a whole number, not {version!r}", path)
    if version > SCHEMA_VERSION:
        raise DraftError(
            f"written by a newer proposal-tui (schema {version}; this one reads up to "
            f"{SCHEMA_VERSION}): update proposal-tui to open it",
            path,
        )
    return version


def proposal_from_data(raw: dict[str, Any], path: Path | str = "<draft>") -> Proposal:
    """The Proposal in a draft file's TOML data (with its `schema` key), any schema so far.

    Raises DraftError (a newer schema, a role naming no one in the table) or pydantic's
    ValidationError (a value of the wrong kind), for the caller to describe."""
    version = schema_version(raw, path)
    if version < 2:
        if PEOPLE in raw:
            raw[SET_ASIDE] = raw.pop(PEOPLE)
        return link_people(Proposal.model_validate(raw))
    table = raw.pop(PEOPLE, {})
    people = _PeopleTable.model_validate({PEOPLE: table}).people
    named: set[str] = set()
    for field in PERSON_LIST_FIELDS:
        if field in raw:
            entries = [raw[field]] if isinstance(raw[field], str) else raw[field]
            if isinstance(entries, list):
                raw[field] = [_resolve(e, field, people, named, path) for e in entries]
    for field in PERSON_ROLE_FIELDS:
        if field in raw:
            raw[field] = _resolve(raw[field], field, people, named, path)
    unnamed = {key: value for key, value in table.items() if key not in named}
    if unnamed:
        raw[PEOPLE] = unnamed
    return Proposal.model_validate(raw)


def _resolve(
    entry: Any, field: str, people: dict[str, Person], named: set[str], path: Path | str
) -> Any:
    """A role's entry: a key becomes that person's record (one object for every role)."""
    if not isinstance(entry, str):
        return entry  # a table written in place, or a wrong kind the model reports
    key = entry.strip()
    if not key and field in PERSON_ROLE_FIELDS:
        return None
    if key not in people:
        raise DraftError(
            f'{field}: "{key}" is not a person of this draft (no [people.{key}] table)', path
        )
    named.add(key)
    return people[key]


def person_key(name: str, taken: set[str] | dict[str, Any]) -> str:
    """A readable key for a person named `name`, not among `taken`: 'carolina-botero',
    'carolina-botero-2'; 'person' for someone without a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    stem = "-".join(re.findall(r"[^\W_]+", bare))[:40].strip("-") or "person"
    key, counter = stem, 2
    while key in taken:
        key, counter = f"{stem}-{counter}", counter + 1
    return key


def _is_people_table(value: Any) -> bool:
    """True for a non-empty table of people (the ones no role names, kept as loaded)."""
    if not isinstance(value, dict) or not value:
        return False
    try:
        _PeopleTable.model_validate({PEOPLE: value})
    except ValidationError:
        return False
    return True


def draft_data(proposal: Proposal) -> dict[str, Any]:
    """The TOML data of a draft in the current schema: `schema`, the form's fields in order
    (roles as keys), the people table (each person once, in form order), unknown keys.

    Roles holding one record, or equal named copies of one, name one key; other records
    are written as they are (linking copies that merely agree is for loading schema 1 and
    importing, never a side effect of saving)."""
    data: dict[str, Any] = {"schema": SCHEMA_VERSION}
    data.update(proposal.model_dump(exclude_none=True))
    unnamed = data.pop(PEOPLE, None)
    table: dict[str, Any] = dict(unnamed) if _is_people_table(unnamed) else {}
    if unnamed is not None and not table:
        data[SET_ASIDE] = unnamed
    keys: dict[int, str] = {}
    records: list[tuple[Person, str]] = []

    def key_of(person: Person) -> str:
        if id(person) in keys:
            return keys[id(person)]
        if person.name.strip():  # an equal named copy is the same person, written once
            key = next((k for other, k in records if other == person), None)
            if key is not None:
                return key
        keys[id(person)] = key = person_key(person.name, table)
        table[key] = person.model_dump()
        records.append((person, key))
        return key

    for field in PERSON_LIST_FIELDS:
        data[field] = [key_of(person) for person in getattr(proposal, field)]
    for field in PERSON_ROLE_FIELDS:
        person = getattr(proposal, field)
        if person is not None:
            data[field] = key_of(person)
    if not table:
        return data
    form = [key for key in data if key == "schema" or key in Proposal.model_fields]
    return {
        **{key: data[key] for key in form},
        PEOPLE: table,
        **{key: value for key, value in data.items() if key not in form},
    }
