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
from dataclasses import field as dataclass_field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from proposal_tui.call import DEFAULT_CALL, Call, load_call
from proposal_tui.checks import Finding, role_clashes
from proposal_tui.errors import DraftError, ProposalTuiError
from proposal_tui.index import FileStat, Index, PersonEntry, person_entry
from proposal_tui.model import PERSON_DETAIL_FIELDS, Person, Proposal
from proposal_tui.people_links import fold, name_key
from proposal_tui.safe_text import visible
from proposal_tui.store import list_library, read_draft, save_draft

MAYBE_SAME_SCORE = 90
"""rapidfuzz score (0-100) from which two different names are shown as maybe the same."""


class Appearance(NamedTuple):
    """A person in one draft: the draft, its call, their roles there and their record."""

    path: Path
    title: str
    call: str
    roles: tuple[str, ...]
    person: PersonEntry
    """Their details in this draft (as the index keeps them)."""
    clashes: tuple[str, ...] = ()
    """Where these roles clash with each other or with the call's rules (`checks.role_clashes`)."""


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
    gender: str = ""

    @property
    def clashes(self) -> tuple[tuple[Path, str], ...]:
        """Each draft where the person's roles clash, with what the rules say."""
        return tuple((a.path, clash) for a in self.appearances for clash in a.clashes)

    @property
    def sessions(self) -> int:
        """How many drafts (sessions) the person is in."""
        return len({a.path for a in self.appearances})

    def details(self) -> dict[str, str]:
        """The person's details (name, organisation, groups, gender, email), each as most
        of their entries give it: what a new entry for them starts from."""
        return {
            detail: _most_common(
                [value for a in self.appearances if (value := getattr(a.person, detail).strip())]
            )
            for detail in PERSON_DETAIL_FIELDS
        }

    @property
    def drafts(self) -> tuple[Path, ...]:
        """The drafts the person is in, in the order they were read."""
        return tuple(dict.fromkeys(a.path for a in self.appearances))


@dataclass(frozen=True)
class Directory:
    """Every person of a set of drafts, sorted by name."""

    people: tuple[DirectoryPerson, ...]
    fingerprints: Mapping[Path, str] = dataclass_field(default_factory=dict)
    """Each draft's fingerprint when it was read (where known): a draft changed since is
    not updated behind the person's back."""

    def find(self, text: str, among: list[DirectoryPerson] | None = None) -> list[DirectoryPerson]:
        """The people whose name or organisation holds `text`, accent-insensitive, in
        order.  `among`: those found for a part of `text` (a filter typed on from it):
        only they are looked at."""
        folded = fold(text)  # once, not once a person
        if among is not None:
            said = self._folded
            return [p for p in among if folded in said[p.key]]
        return [
            p for p, said in zip(self.people, self._folded.values(), strict=True) if folded in said
        ]

    @cached_property
    def _folded(self) -> dict[str, str]:
        """Each person's name and organisation folded, by key, in the order of `people`."""
        return {p.key: f"{fold(p.name)}\n{fold(p.organization)}" for p in self.people}

    def fold_names(self) -> None:
        """Fold everyone's name and organisation now (the workspace does it in the thread
        that builds the directory, so that the first key typed in a filter does not)."""
        _ = self._folded

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


class Held(NamedTuple):
    """One person record of a draft: their details (the entry of their first role, as the
    index keeps it), every role they hold there, and where these roles clash."""

    person: PersonEntry
    roles: tuple[str, ...]
    clashes: tuple[str, ...] = ()


class DraftPeople(NamedTuple):
    """What the directory needs of one draft: where it is, its title, the call it is judged
    by, and its people."""

    path: Path
    title: str
    call: str
    people: tuple[Held, ...]


def drafts_in(folder: Path) -> Iterator[tuple[Path, Proposal]]:
    """The readable drafts of a library folder, as the directory's input."""
    for entry in list_library(folder):
        if entry.proposal is not None:
            yield entry.path, entry.proposal


def draft_people(
    path: Path, proposal: Proposal, call: str, clashes: Iterable[Finding] = ()
) -> DraftPeople:
    """A draft as read from its file, judged by the call named `call`; `clashes` are its
    role clashes (`checks.role_clashes`).  A record held by several roles is one `Held`."""
    records: dict[int, tuple[Person, list[str]]] = {}
    for role, person in proposal.people():
        records.setdefault(id(person), (person, []))[1].append(role)
    said: dict[int, list[str]] = defaultdict(list)
    for finding in clashes:
        if isinstance(held := getattr(proposal, finding.field, None), Person):
            said[id(held)].append(finding.message)
    people = tuple(
        Held(person_entry(roles[0], person), tuple(roles), tuple(said.get(id(person), ())))
        for person, roles in records.values()
    )
    return DraftPeople(Path(path), proposal.title, call, people)


def drafts_from_index(index: Index, stats: list[FileStat] | None = None) -> Iterator[DraftPeople]:
    """The readable drafts as the library's index knows them (brought up to date first),
    without reading unchanged files or making a model: title, call (as judged), each
    person with their roles, and the role clashes judged when the draft was read.

    One draft's entries with equal details (onsite/online included) are one record, as a
    schema-2 draft holds them.  `stats`: the folder's files as `index.scan` just found
    them (listed again when None)."""
    rows = index.all_rows(people=False, stats=stats)
    people = index.people()
    clashes = index.clashes()
    for row in rows:
        if row.readable:
            call = index.call_override or row.call_name or DEFAULT_CALL
            held = _held(people.get(row.name, []), clashes.get(row.name, []))
            yield DraftPeople(row.path, row.title, call, held)


def _held(entries: list[PersonEntry], clashes: list[tuple[str, str]]) -> tuple[Held, ...]:
    """The records of one draft from its entries (one a role), with the (role, message)
    `clashes` said of the record holding that role, in the order they were found."""
    records: dict[tuple[str, ...], tuple[PersonEntry, list[str]]] = {}
    for entry in entries:
        details = entry[1:]
        if details in records:
            records[details][1].append(entry.role)
        else:
            records[details] = (entry, [entry.role])
    said: dict[tuple[str, ...], list[str]] = defaultdict(list)
    if clashes:
        holder = {role: details for details, (_, roles) in records.items() for role in roles}
        for role, message in clashes:
            if role in holder:
                said[holder[role]].append(message)
    return tuple(
        Held(entry, tuple(roles), tuple(said.get(details, ())))
        for details, (entry, roles) in records.items()
    )


def _nodes(person: PersonEntry | Person) -> list[str]:
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


Clashes = Callable[[Proposal, str], Iterable[Finding]]
"""The role clashes of a draft judged against the call of that name (`checks.role_clashes`)."""


def build_directory(
    drafts: Iterable[DraftPeople | tuple[Path, Proposal]],
    limit_for: Callable[[str], int],
    call_of: Callable[[Proposal], str] = lambda proposal: proposal.call,
    clashes_of: Clashes = lambda proposal, call: (),
) -> Directory:
    """The directory of everyone named in `drafts`.  Sessions are counted per call, and
    `limit_for(call name)` is that call's `max_sessions_per_person` (0: no limit).  A
    `DraftPeople` (from the index) comes judged; a draft given as (path, proposal) is
    judged here: `call_of(proposal)` names its call, `clashes_of` finds its role clashes."""
    seen: list[tuple[Appearance, str]] = []
    groups = _Groups()
    for draft in drafts:
        if not isinstance(draft, DraftPeople):
            path, proposal = draft
            call = call_of(proposal)
            draft = draft_people(path, proposal, call, clashes_of(proposal, call))
        path, title, call = draft.path, draft.title, draft.call
        for person, roles, clashes in draft.people:
            if nodes := _nodes(person):
                if len(nodes) > 1:
                    groups.join(nodes)
                seen.append((Appearance(path, title, call, roles, person, clashes), nodes[0]))
    members: dict[str, list[Appearance]] = defaultdict(list)
    for appearance, node in seen:
        members[groups.find(node)].append(appearance)
    people = [_person(key, appearances, limit_for) for key, appearances in members.items()]
    maybe = _maybe_same(people)
    people = [
        replace(p, maybe_same=tuple(sorted(maybe[p.key]))) if p.key in maybe else p for p in people
    ]
    people.sort(key=lambda p: (fold(p.name), p.key))
    return Directory(tuple(people))


def directory_with_calls(
    drafts: Iterable[DraftPeople | tuple[Path, Proposal]],
    call_override: str | None = None,
    *,
    fingerprints: Mapping[Path, str] | None = None,
) -> Directory:
    """`build_directory` judging each draft by its call (or `call_override`), each call
    profile loaded once: its session limit (0 when it cannot be loaded) and role rules;
    `fingerprints` (each draft's as read) are kept with it."""
    calls: dict[str, Call | None] = {}

    def call_named(name: str) -> Call | None:
        if name not in calls:
            try:
                calls[name] = load_call(name)
            except ProposalTuiError:
                calls[name] = None
        return calls[name]

    def limit_for(name: str) -> int:
        call = call_named(name)
        return call.rules.max_sessions_per_person if call else 0

    def clashes_of(proposal: Proposal, name: str) -> list[Finding]:
        call = call_named(name)
        return role_clashes(proposal, call) if call else []

    found = build_directory(
        drafts, limit_for, lambda p: call_override or p.call or DEFAULT_CALL, clashes_of
    )
    return replace(found, fingerprints=dict(fingerprints or {}))


def _most_common(given: list[str]) -> str:
    """The value given most often (the first of the most common); "" for none."""
    if len(given) < 2 or len(set(given)) < 2:
        return given[0] if given else ""
    return Counter(given).most_common(1)[0][0]


_DETAIL_PLACES = tuple(PersonEntry._fields.index(detail) for detail in PERSON_DETAIL_FIELDS)
"""Where each of PERSON_DETAIL_FIELDS is in a `PersonEntry`."""


def _person(
    key: str, appearances: list[Appearance], limit_for: Callable[[str], int]
) -> DirectoryPerson:
    columns = list(zip(*(a.person for a in appearances), strict=True))
    shown: dict[str, str] = {}
    differing = []
    for detail, place in zip(PERSON_DETAIL_FIELDS, _DETAIL_PLACES, strict=True):
        values = [value for given in columns[place] if (value := given.strip())]
        shown[detail] = _most_common(values)
        distinct = set(values) if len(values) > 1 else ()
        if len(distinct) > 1 and (detail == "name" or len({fold(v) for v in distinct}) > 1):
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
        name=shown["name"],
        organization=shown["organization"],
        stakeholder_group=shown["stakeholder_group"],
        region=shown["region"],
        gender=shown["gender"],
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
    if _initials_fit(ta, tb):
        return True
    if min(len(ta), len(tb)) < 2:
        return False  # one word alone ("Ana") is too little to guess from
    from rapidfuzz import fuzz  # here: `check` builds a directory without asking

    return fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)) >= MAYBE_SAME_SCORE


def _initials_fit(ta: list[str], tb: list[str]) -> bool:
    """Two names of more than one word, word by word equal or one the other's initial."""
    return len(ta) == len(tb) > 1 and all(_fits(x, y) for x, y in zip(ta, tb, strict=True))


def _fits(x: str, y: str) -> bool:
    """One word of a name fits another: equal, or one is the other's initial."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _maybe_same(people: list[DirectoryPerson]) -> dict[str, set[str]]:
    """Keys of probably-same people, each way; only names sharing a first or last word
    (or its initial) are compared, so a large directory stays fast.  Within a block the
    close spellings are found by rapidfuzz in one call a name (`process.extract` with a
    cutoff), and initials are tried only where a name has one: names without a
    one-letter word fit each other only when equal."""
    from rapidfuzz import fuzz, process  # here: `check` builds a directory without asking

    words = {person.key: name_key(person.name).split() for person in people}
    blocks: dict[str, list[str]] = defaultdict(list)
    for key, name in words.items():
        if name:
            blocks[f"first:{name[0][0]}|{name[-1]}"].append(key)
            blocks[f"last:{name[0]}|{name[-1][0]}"].append(key)
    found: dict[str, set[str]] = defaultdict(set)

    def pair(a: str, b: str) -> None:
        if words[a] != words[b]:
            found[a].add(b)
            found[b].add(a)

    for block in blocks.values():
        if len(block) < 2:
            continue
        longer = [key for key in block if len(words[key]) > 1]
        joined = [" ".join(words[key]) for key in longer]
        for i, a in enumerate(longer[:-1]):
            later = joined[i + 1 :]
            for _, _, j in process.extract(
                joined[i],
                later,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=MAYBE_SAME_SCORE,
                limit=None,
            ):
                pair(a, longer[i + 1 + j])
        initialled = [key for key in longer if any(len(w) == 1 for w in words[key])]
        for a in initialled:
            for b in longer:
                if b != a and b not in found[a] and _initials_fit(words[a], words[b]):
                    pair(a, b)
    return {key: keys for key, keys in found.items() if keys}


# --- updating everywhere -----------------------------------------------------------------------


@dataclass(frozen=True)
class UpdateOutcome:
    """What an update in every draft did: the drafts saved, and those that could not be."""

    saved: tuple[Path, ...]
    failed: tuple[tuple[Path, str], ...]


def _belongs(person: Person, target: DirectoryPerson) -> bool:
    """True when `person` (a record of a draft) is one of `target`'s entries."""
    nodes = set(_nodes(person))
    return any(nodes & set(_nodes(a.person)) for a in target.appearances)


def update_everywhere(
    target: DirectoryPerson,
    details: Mapping[str, str],
    *,
    seen: Mapping[Path, str] | None = None,
) -> UpdateOutcome:
    """Set `details` (name, organisation, groups, gender, email) of `target` in every draft
    it is in, reading each draft fresh and saving it as usual (a revision is kept).  A draft
    unreadable now, changed while saving, or changed since `seen` (fingerprints as the
    directory read them) is left as it is and reported."""
    unknown = set(details) - set(PERSON_DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not a detail of a person: {', '.join(sorted(unknown))}")
    saved: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for path in target.drafts:
        try:
            draft = read_draft(path)
            if seen is not None and path in seen and seen[path] != draft.fingerprint:
                failed.append((path, "changed on disk since the list was made; not updated"))
                continue
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
    """What to look at about `person`, in words: over a limit, details that differ, roles
    that clash, names that are maybe theirs."""
    said = [
        f"over the limit: {o.sessions} sessions of {o.call or 'no call'}, the limit is {o.limit}"
        for o in person.over_limit
    ]
    if person.differing:
        nouns = [_DETAIL_NOUNS.get(d, d.replace("_", " ")) for d in person.differing]
        said.append(f"details differ between drafts: {', '.join(nouns)}")
    said += [f"roles clash in {path.name}: {_line(clash)}" for path, clash in person.clashes]
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
