"""Everyone across all drafts: who is in which draft, in which roles, and what to look at.

The input is any iterable of (draft path, proposal), so a folder listing or an index can
feed it.  Entries of different drafts are the same person when their names agree (accents,
case, spacing and punctuation ignored) or their emails do, as `checks.check_across` counts
them.  Each person is flagged when they are in more sessions (drafts) of one call than the
call's `max_sessions_per_person`, when their details differ between drafts, and when
another name is probably theirs spelled differently ("J. Carlos Lara" / "Juan Carlos
Lara"): "maybe the same", shown, never merged.  `update_everywhere` changes a person's
details in every draft they are in, each draft saved as usual (with its revision).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from proposal_tui.errors import DraftError
from proposal_tui.index import Index, PersonEntry
from proposal_tui.model import (
    PERSON_DETAIL_FIELDS,
    PERSON_LIST_FIELDS,
    PERSON_ROLE_FIELDS,
    Person,
    Proposal,
)
from proposal_tui.people_links import fold, name_key
from proposal_tui.safe_text import visible
from proposal_tui.store import list_library, read_draft, save_draft

MAYBE_SAME_SCORE = 90
"""rapidfuzz score (0-100) from which two different names are shown as maybe the same."""


@dataclass(frozen=True)
class Appearance:
    """A person in one draft: the draft, its call, their roles there and their record."""

    path: Path
    title: str
    call: str
    roles: tuple[str, ...]
    person: Person


@dataclass(frozen=True)
class OverLimit:
    """More sessions of one call than the call allows a person."""

    call: str
    sessions: int
    limit: int


@dataclass(frozen=True)
class DirectoryPerson:
    """One person across the drafts, with what to look at."""

    key: str
    name: str
    organization: str
    stakeholder_group: str
    region: str
    appearances: tuple[Appearance, ...]
    over_limit: tuple[OverLimit, ...] = ()
    differing: tuple[str, ...] = ()
    """Details (field names) given differently in different drafts."""
    maybe_same: tuple[str, ...] = ()
    """Keys of other people whose names are probably this person's, spelled differently."""

    @property
    def sessions(self) -> int:
        """How many drafts (sessions) the person is in."""
        return len({a.path for a in self.appearances})

    @property
    def drafts(self) -> tuple[Path, ...]:
        """The drafts the person is in, in the order they were read."""
        return tuple(dict.fromkeys(a.path for a in self.appearances))

    @cached_property
    def _folded(self) -> str:
        return f"{fold(self.name)}\n{fold(self.organization)}"

    def matches(self, text: str) -> bool:
        """True when `text` (accents and case ignored) is in the name or the organisation."""
        return fold(text) in self._folded


@dataclass(frozen=True)
class Directory:
    """Every person of a set of drafts, sorted by name."""

    people: tuple[DirectoryPerson, ...]

    def find(self, text: str) -> list[DirectoryPerson]:
        """The people whose name or organisation holds `text`, accent-insensitive."""
        return [p for p in self.people if p.matches(text)]

    @cached_property
    def _by_key(self) -> dict[str, DirectoryPerson]:
        return {p.key: p for p in self.people}

    def get(self, key: str) -> DirectoryPerson | None:
        """The person with directory key `key`, if any."""
        return self._by_key.get(key)

    def in_draft(self, path: Path) -> list[DirectoryPerson]:
        """The people of the draft at `path`."""
        path = Path(path)
        return [p for p in self.people if path in p.drafts]

    def over_limit(self) -> list[DirectoryPerson]:
        """The people in more sessions of a call than it allows."""
        return [p for p in self.people if p.over_limit]


# --- building --------------------------------------------------------------------------------


def drafts_in(folder: Path) -> Iterator[tuple[Path, Proposal]]:
    """The readable drafts of a library folder, as the directory's input."""
    for entry in list_library(folder):
        if entry.proposal is not None:
            yield entry.path, entry.proposal


def drafts_from_index(index: Index) -> Iterator[tuple[Path, Proposal]]:
    """The readable drafts as the library's index knows them (brought up to date first),
    without reading unchanged files: title, call (as judged) and each role's person.

    The index keeps no gender, onsite/online or confirmation, so these are blank here;
    one draft's entries with equal details are one record, as a schema-2 draft holds them."""
    people: dict[Path, list[PersonEntry]] = defaultdict(list)
    rows = [row for row in index.all_rows(people=False) if row.readable]
    for path, entry in index.people():
        people[path].append(entry)
    for row in rows:
        yield row.path, _light_proposal(row.title, row.call_name, people.get(row.path, []))


def _light_proposal(title: str, call: str, entries: list[PersonEntry]) -> Proposal:
    """A proposal holding only a title, a call and the people in their roles (not validated:
    the index holds what a validated draft held)."""
    records: dict[tuple[str, ...], Person] = {}
    roles: dict[str, Any] = {field: [] for field in PERSON_LIST_FIELDS}
    for entry in entries:
        details = tuple(entry)[1:]
        if details not in records:
            given = {k: v for k, v in entry._asdict().items() if k != "role"}
            records[details] = Person.model_construct(**given)
        person = records[details]
        noun, _, number = entry.role.rpartition(" ")
        field = {"organizer": "organizers", "speaker": "speakers"}.get(noun)
        if field is not None and number.isdigit():
            roles[field].append(person)
        elif entry.role.replace(" ", "_") in PERSON_ROLE_FIELDS:
            roles[entry.role.replace(" ", "_")] = person
    return Proposal.model_construct(title=title, call=call, **roles)


def _nodes(person: Person) -> list[str]:
    name, email = name_key(person.name), person.email.strip().casefold()
    return ([f"n:{name}"] if name else []) + ([f"e:{email}"] if email else [])


class _Groups:
    """Union-find over name and email keys: entries sharing either are one person."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, nodes: list[str]) -> None:
        for node in nodes[1:]:
            self.parent[self.find(node)] = self.find(nodes[0])
        for node in nodes:
            self.find(node)


def build_directory(
    drafts: Iterable[tuple[Path, Proposal]],
    limit_for: Callable[[str], int],
    call_of: Callable[[Proposal], str] = lambda proposal: proposal.call,
) -> Directory:
    """The directory of everyone named in `drafts`.  Sessions are counted per call:
    `call_of(proposal)` names a draft's call and `limit_for(call name)` is that call's
    `max_sessions_per_person` (0: no limit)."""
    seen: list[tuple[Path, Proposal, Person, tuple[str, ...]]] = []
    groups = _Groups()
    for path, proposal in drafts:
        records: dict[int, tuple[Person, list[str]]] = {}
        for role, person in proposal.people():
            records.setdefault(id(person), (person, []))[1].append(role)
        for person, roles in records.values():
            if nodes := _nodes(person):
                groups.join(nodes)
                seen.append((Path(path), proposal, person, tuple(roles)))
    members: dict[str, list[Appearance]] = defaultdict(list)
    for path, proposal, person, roles in seen:
        key = groups.find(_nodes(person)[0])
        members[key].append(Appearance(path, proposal.title, call_of(proposal), roles, person))
    people = [_person(key, appearances, limit_for) for key, appearances in members.items()]
    maybe = _maybe_same(people)
    people = [
        replace(p, maybe_same=tuple(sorted(maybe[p.key]))) if p.key in maybe else p for p in people
    ]
    people.sort(key=lambda p: (fold(p.name), p.key))
    return Directory(tuple(people))


def _most_common(values: Iterable[str]) -> str:
    counted = Counter(v for v in values if v.strip())
    return counted.most_common(1)[0][0] if counted else ""


def _person(
    key: str, appearances: list[Appearance], limit_for: Callable[[str], int]
) -> DirectoryPerson:
    records = [a.person for a in appearances]
    differing = []
    for detail in PERSON_DETAIL_FIELDS:
        values = {getattr(r, detail).strip() for r in records} - {""}
        folded = {fold(v) for v in values}
        if len(folded) > 1 or (detail == "name" and len(values) > 1):
            differing.append(detail)
    sessions: dict[str, set[Path]] = defaultdict(set)
    for appearance in appearances:
        sessions[appearance.call].add(appearance.path)
    over = []
    for call, paths in sorted(sessions.items()):
        limit = limit_for(call)
        if 0 < limit < len(paths):
            over.append(OverLimit(call, len(paths), limit))
    return DirectoryPerson(
        key=key,
        name=_most_common(r.name for r in records),
        organization=_most_common(r.organization for r in records),
        stakeholder_group=_most_common(r.stakeholder_group for r in records),
        region=_most_common(r.region for r in records),
        appearances=tuple(appearances),
        over_limit=tuple(over),
        differing=tuple(differing),
    )


# --- maybe the same ----------------------------------------------------------------------------


def probably_same(a: str, b: str) -> bool:
    """True when two different names are probably one person's: initials that fit
    ("J. Carlos Lara" / "Juan Carlos Lara"), or a close spelling (rapidfuzz)."""
    return _same_words(name_key(a).split(), name_key(b).split())


def _same_words(ta: list[str], tb: list[str]) -> bool:
    if not ta or not tb or ta == tb:
        return False
    if len(ta) == len(tb) and len(ta) > 1 and all(_fits(x, y) for x, y in zip(ta, tb, strict=True)):
        return True
    if min(len(ta), len(tb)) < 2:
        return False  # one word alone ("Ana") is too little to guess from
    from rapidfuzz import fuzz  # here: `check` builds a directory without asking

    return fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)) >= MAYBE_SAME_SCORE


def _fits(x: str, y: str) -> bool:
    """One word of a name fits another: equal, or one is the other's initial."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _maybe_same(people: list[DirectoryPerson]) -> dict[str, set[str]]:
    """Keys of probably-same people, each way; only names sharing a first or last word
    (or its initial) are compared, so a large directory stays fast."""
    words = {person.key: name_key(person.name).split() for person in people}
    blocks: dict[str, list[str]] = defaultdict(list)
    for key, name in words.items():
        if name:
            blocks[f"first:{name[0][0]}|{name[-1]}"].append(key)
            blocks[f"last:{name[0]}|{name[-1][0]}"].append(key)
    found: dict[str, set[str]] = defaultdict(set)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if b not in found[a] and _same_words(words[a], words[b]):
                    found[a].add(b)
                    found[b].add(a)
    return {key: keys for key, keys in found.items() if keys}


# --- updating everywhere -----------------------------------------------------------------------


@dataclass(frozen=True)
class UpdateOutcome:
    """What an update in every draft did: the drafts saved, and those that could not be."""

    saved: tuple[Path, ...]
    failed: tuple[tuple[Path, str], ...]


def _belongs(person: Person, target: DirectoryPerson) -> bool:
    nodes = set(_nodes(person))
    return any(nodes & set(_nodes(a.person)) for a in target.appearances)


def update_everywhere(target: DirectoryPerson, details: Mapping[str, str]) -> UpdateOutcome:
    """Set `details` (name, organisation, groups, gender, email) of `target` in every draft
    it is in, reading each draft fresh and saving it as usual (a revision is kept; a draft
    changed or unreadable since is left as it is and reported)."""
    unknown = set(details) - set(PERSON_DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not a detail of a person: {', '.join(sorted(unknown))}")
    saved: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for path in target.drafts:
        try:
            draft = read_draft(path)
            proposal = draft.proposal.model_copy(deep=True)
            for record in proposal.distinct_people():
                if _belongs(record, target):
                    proposal.replace_person(record, record.model_copy(update=dict(details)))
            save_draft(path, proposal, expected=draft.fingerprint)
        except DraftError as exc:
            failed.append((path, exc.message))
        else:
            saved.append(path)
    return UpdateOutcome(tuple(saved), tuple(failed))


# --- one line a person -------------------------------------------------------------------------


def _line(text: str) -> str:
    """Text from a draft for one line of a terminal: control characters shown, not obeyed."""
    return visible(text, prose=False)


_DETAIL_NOUNS = {"organization": "organisation", "stakeholder_group": "stakeholder group"}


def flags(person: DirectoryPerson, directory: Directory) -> list[str]:
    """What to look at about `person`, in words: over a limit, details that differ, names
    that are maybe theirs."""
    said = [
        f"over the limit: {o.sessions} sessions of {o.call or 'no call'}, the limit is {o.limit}"
        for o in person.over_limit
    ]
    if person.differing:
        nouns = [_DETAIL_NOUNS.get(d, d.replace("_", " ")) for d in person.differing]
        said.append(f"details differ between drafts: {', '.join(nouns)}")
    others = [other.name for key in person.maybe_same if (other := directory.get(key))]
    if others:
        said.append(f"maybe the same as: {', '.join(_line(name) for name in others)}")
    return said


def person_line(person: DirectoryPerson, directory: Directory) -> str:
    """One line: a mark (✗ over a limit, ! something to look at, ✓ fine), the name, the
    number of sessions, each draft with the roles there, then the flags."""
    said = flags(person, directory)
    mark = "✗" if person.over_limit else "!" if said else "✓"
    drafts: dict[Path, list[str]] = defaultdict(list)
    for appearance in person.appearances:
        drafts[appearance.path] += appearance.roles
    where = "; ".join(f"{path.name} ({', '.join(roles)})" for path, roles in drafts.items())
    sessions = f"{person.sessions} session{'' if person.sessions == 1 else 's'}"
    return "\t".join([f"{mark} {_line(person.name)}", sessions, _line(where), *said])
