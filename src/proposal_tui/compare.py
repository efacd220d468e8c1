"""Field-aligned, word-level differences of two proposals.

Prose is compared word by word, with its line breaks (a line break is part of the text
a person pastes, so a numbered list run together is a difference), lists one item per
line, people by who they are: matched by name (case, spacing and accents aside), or by
e-mail when renamed.  Whether a section changed is decided on the text the export would
paste, so a change only in spacing or line breaks is reported, never hidden.
Nothing here draws: `diff_render` prints a comparison, the TUI shows one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from itertools import groupby
from operator import itemgetter
from typing import Any, Literal

from proposal_tui.call import Call
from proposal_tui.export import field_text
from proposal_tui.folding import fold
from proposal_tui.model import (
    PERSON_FIELDS,
    PERSON_LIST_FIELDS,
    PERSON_ROLE_FIELDS,
    PROPOSAL_FIELDS,
    SDG_NAMES,
    Person,
    Proposal,
)

PARAGRAPH = "\n\n"
"""A paragraph break in prose: a token of its own, so splitting a paragraph shows."""
LINE = "\n"
"""A line break between list items (and people): one item per line."""

PEOPLE_FIELDS = PERSON_LIST_FIELDS + PERSON_ROLE_FIELDS
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class Op(StrEnum):
    """What happened to a run of words or a person between side a and side b."""

    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Token:
    """A run of words with one fate; concatenating a side's tokens gives its text.

    Words are separated by single spaces, paragraph breaks kept as "\\n\\n" (and list
    items' line breaks as "\\n").  Side a is the SAME and REMOVED tokens, side b the SAME
    and ADDED ones.
    """

    op: Op
    text: str


@dataclass(frozen=True)
class PersonChange:
    """One person who differs: added, removed, changed (which fields) and/or moved."""

    kind: Op | Literal["changed"]
    name: str
    a: Person | None
    b: Person | None
    changed_fields: tuple[str, ...]
    moved: bool


@dataclass(frozen=True)
class SectionDiff:
    """One section of both sides: their plain text, the word diff and the people changes."""

    field: str
    label: str
    changed: bool
    a_text: str
    b_text: str
    tokens: tuple[Token, ...]
    """Word diff of a_text → b_text; empty when the section is unchanged."""
    people: tuple[PersonChange, ...]
    """For person sections: only the people who differ (an unmoved, unchanged one is left out)."""


@dataclass(frozen=True)
class Comparison:
    """Every section of two proposals, in the call's order."""

    sections: tuple[SectionDiff, ...]

    @property
    def changed(self) -> list[SectionDiff]:
        """The sections that differ, in order."""
        return [s for s in self.sections if s.changed]

    @property
    def unchanged_count(self) -> int:
        """How many sections are the same on both sides."""
        return sum(1 for s in self.sections if not s.changed)

    @property
    def equal(self) -> bool:
        """True when no section differs."""
        return not any(s.changed for s in self.sections)


# --- words ------------------------------------------------------------------------


def prose_elements(text: str) -> list[str]:
    """Words of `text`, with PARAGRAPH between paragraphs (blank-line separated) and LINE
    between the lines of a paragraph."""
    elements: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for paragraph in _BLANK_LINE.split(text):
        lines = line_elements(paragraph)
        if not lines:
            continue
        if elements:
            elements.append(PARAGRAPH)
        elements.extend(lines)
    return elements


def line_elements(text: str) -> list[str]:
    """Words of `text`, with LINE between its non-blank lines."""
    elements: list[str] = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        if elements:
            elements.append(LINE)
        elements.extend(words)
    return elements


def _is_break(element: str) -> bool:
    return element in (PARAGRAPH, LINE)


def longest_increasing(values: list[int]) -> list[int]:
    """Positions of a longest strictly increasing subsequence of `values` (leftmost ties)."""
    tails: list[int] = []  # smallest value ending a run of each length
    tail_at: list[int] = []  # position of that value
    previous = [-1] * len(values)
    for pos, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(pos)
        else:
            tails[length] = value
            tail_at[length] = pos
        previous[pos] = tail_at[length - 1] if length else -1
    kept: list[int] = []
    pos = tail_at[-1] if tail_at else -1
    while pos != -1:
        kept.append(pos)
        pos = previous[pos]
    return kept[::-1]


ANCHOR_WORDS = 3
"""Runs of this many elements found once on each side anchor a long diff."""


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Starts of runs of ANCHOR_WORDS elements found exactly once on each side, kept in
    an order both sides agree on.

    They cut a long diff into short independent ones (as `git diff --patience` does with
    unique lines), which keeps SequenceMatcher fast on long texts full of common words.
    """
    size = ANCHOR_WORDS
    runs_a = [tuple(a[i : i + size]) for i in range(len(a) - size + 1)]
    runs_b = [tuple(b[j : j + size]) for j in range(len(b) - size + 1)]
    count_a, count_b = Counter(runs_a), Counter(runs_b)
    at_b = {run: j for j, run in enumerate(runs_b) if count_b[run] == 1}
    pairs = [(i, at_b[run]) for i, run in enumerate(runs_a) if count_a[run] == 1 and run in at_b]
    return [pairs[k] for k in longest_increasing([j for _, j in pairs])]


def _diff_span(a: list[str], b: list[str], steps: list[tuple[Op, str]]) -> None:
    """Append the steps turning `a` into `b` (SequenceMatcher, common ends trimmed)."""
    start, limit = 0, min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    steps += [(Op.SAME, e) for e in a[:start]]
    middle_a, middle_b = a[start:end_a], b[start:end_b]
    matcher = SequenceMatcher(None, middle_a, middle_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            steps += [(Op.SAME, e) for e in middle_a[i1:i2]]
        else:
            steps += [(Op.REMOVED, e) for e in middle_a[i1:i2]]
            steps += [(Op.ADDED, e) for e in middle_b[j1:j2]]
    steps += [(Op.SAME, e) for e in a[end_a:]]


def diff_elements(a: list[str], b: list[str]) -> list[Token]:
    """Diff two element lists (words and breaks) into coalesced tokens."""
    steps: list[tuple[Op, str]] = []
    i0 = j0 = 0  # everything before these is in `steps`
    for i, j in _anchors(a, b):
        end_a, end_b = i + ANCHOR_WORDS, j + ANCHOR_WORDS
        if i >= i0 and j >= j0:
            _diff_span(a[i0:i], b[j0:j], steps)
            steps += [(Op.SAME, e) for e in a[i:end_a]]
        elif i - j == i0 - j0 and end_a > i0:  # overlaps the previous anchor: extend it
            steps += [(Op.SAME, e) for e in a[i0:end_a]]
        else:
            continue
        i0, j0 = end_a, end_b
    _diff_span(a[i0:], b[j0:], steps)
    return _coalesce(steps)


def _coalesce(steps: list[tuple[Op, str]]) -> list[Token]:
    """Join steps of one op into tokens.

    A word keeps a trailing space unless it is last or a break both sides share follows.
    """
    texts: list[tuple[Op, str]] = []
    for index, (op, element) in enumerate(steps):
        text = element
        if not _is_break(element) and index + 1 < len(steps):
            following_op, following = steps[index + 1]
            if not (following_op == Op.SAME and _is_break(following)):
                text += " "
        texts.append((op, text))
    return [
        Token(op, "".join(text for _, text in run)) for op, run in groupby(texts, itemgetter(0))
    ]


def diff_words(a: str, b: str) -> list[Token]:
    """Word-level diff of two prose texts, blind to spacing but not to line breaks.

    One word changed gives one REMOVED and one ADDED token; line breaks ("\\n") and
    paragraph breaks ("\\n\\n") are tokens too, so a re-wrapped line shows.
    """
    return diff_elements(prose_elements(a), prose_elements(b))


def word_counts(tokens: tuple[Token, ...] | list[Token]) -> tuple[int, int]:
    """(added, removed) words in a diff."""
    added = sum(len(t.text.split()) for t in tokens if t.op == Op.ADDED)
    removed = sum(len(t.text.split()) for t in tokens if t.op == Op.REMOVED)
    return added, removed


# --- people -----------------------------------------------------------------------


def name_key(name: str) -> str:
    """The key people are matched by: case-folded, spacing collapsed, accents dropped."""
    return fold(name)


def _email_key(person: Person) -> str:
    return person.email.strip().casefold()


def _people_of(proposal: Proposal, field: str) -> list[Person]:
    value = getattr(proposal, field)
    people = value if isinstance(value, list) else [value] if value is not None else []
    return [p for p in people if not p.is_empty()]


def _match(a: list[Person], b: list[Person]) -> dict[int, int]:
    """Pair a's people with b's (a index → b index): by name, then e-mail, then nameless."""
    pairs: dict[int, int] = {}

    def pair_by(key_of: Any) -> None:
        waiting: dict[str, list[int]] = defaultdict(list)
        taken = set(pairs.values())
        for j, person in enumerate(b):
            key = key_of(person)
            if j not in taken and key:
                waiting[key].append(j)
        for i, person in enumerate(a):
            key = key_of(person)
            if i not in pairs and key and waiting.get(key):
                pairs[i] = waiting[key].pop(0)

    pair_by(lambda p: name_key(p.name))
    pair_by(_email_key)
    pair_by(lambda p: "nameless" if not name_key(p.name) else "")
    return pairs


def _moved(pairs: dict[int, int]) -> set[int]:
    """The a indices of matched people outside a longest run kept in order."""
    order = sorted(pairs)
    kept = longest_increasing([pairs[i] for i in order])
    return set(order) - {order[k] for k in kept}


def _fields_of(person: Person) -> dict[str, Any]:
    data = person.model_dump()
    return {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in data.items()}


def _changed_fields(a: Person, b: Person) -> tuple[str, ...]:
    fa, fb = _fields_of(a), _fields_of(b)
    extras = sorted((fa.keys() | fb.keys()) - set(PERSON_FIELDS))
    return tuple(k for k in (*PERSON_FIELDS, *extras) if fa.get(k) != fb.get(k))


def diff_people(a: list[Person], b: list[Person]) -> list[PersonChange]:
    """Who was added, removed, changed or moved between two lists of people.

    Listed in b's order, a removed person just after the one it followed in a.
    People who are the same and in the same relative place are left out.
    """
    pairs = _match(a, b)
    moved = _moved(pairs)
    placed: list[tuple[tuple[int, int, int], PersonChange]] = []
    for i, j in pairs.items():
        fields = _changed_fields(a[i], b[j])
        if fields or i in moved:
            kind: Op | Literal["changed"] = "changed" if fields else Op.SAME
            placed.append(
                ((j, 0, 0), PersonChange(kind, b[j].name, a[i], b[j], fields, i in moved))
            )
    matched_b = set(pairs.values())
    for j, person in enumerate(b):
        if j not in matched_b:
            placed.append(((j, 0, 0), PersonChange(Op.ADDED, person.name, None, person, (), False)))
    for i, person in enumerate(a):
        if i in pairs:
            continue
        before = [pairs[k] for k in range(i) if k in pairs]
        anchor = before[-1] if before else -1
        change = PersonChange(Op.REMOVED, person.name, person, None, (), False)
        placed.append(((anchor, 1, i), change))
    return [change for _, change in sorted(placed, key=lambda item: item[0])]


# --- sections ---------------------------------------------------------------------


def _value(proposal: Proposal, field: str) -> Any:
    if field in PROPOSAL_FIELDS:
        return getattr(proposal, field)
    return (proposal.model_extra or {}).get(field)


def _inline(value: Any) -> str:
    if isinstance(value, Person):
        return value.summary()
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_inline(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split())


def section_text(proposal: Proposal, field: str) -> str:
    """A section as plain text: prose as written, lists and people one per line.

    People read "Name, Org, Group, Region"; SDGs "16. Peace, Justice and Strong
    Institutions", in goal order (the form ticks boxes, so their order is not kept).
    """
    if field in PEOPLE_FIELDS:
        return "\n".join(p.summary() for p in _people_of(proposal, field))
    value = _value(proposal, field)
    if field == "sdgs":
        return "\n".join(f"{n}. {SDG_NAMES.get(n, 'Unknown goal')}" for n in sorted(set(value)))
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return "\n".join(_inline(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_inline(v)}" for k, v in value.items())
    return _inline(value)


def _is_listlike(proposal: Proposal, field: str) -> bool:
    return field in PEOPLE_FIELDS or isinstance(_value(proposal, field), list | dict)


def _has(proposal: Proposal, field: str) -> bool:
    return _value(proposal, field) not in (None, "", [], {})


def pasted_text(proposal: Proposal, field: str, call: Call) -> str:
    """What the export would paste into the field's box ("" for an empty one), contacts
    included; an unknown key's plain text."""
    if field not in PROPOSAL_FIELDS:
        return section_text(proposal, field)
    text = field_text(proposal, call, field, include_contacts=True)
    return text if text.strip() else ""


def compare_section(
    a: Proposal, b: Proposal, field: str, label: str, call: Call | None = None
) -> SectionDiff:
    """The difference of one field between a and b.

    With `call`, any difference in the text the export would paste counts (spacing
    and line breaks included); without, only the words and breaks of `section_text`.
    """
    a_text, b_text = section_text(a, field), section_text(b, field)
    if _is_listlike(a, field) or _is_listlike(b, field):
        a_elements, b_elements = line_elements(a_text), line_elements(b_text)
    else:
        a_elements, b_elements = prose_elements(a_text), prose_elements(b_text)
    people: tuple[PersonChange, ...] = ()
    if field in PEOPLE_FIELDS:
        people = tuple(diff_people(_people_of(a, field), _people_of(b, field)))
    changed = bool(people) or (field not in PEOPLE_FIELDS and a_elements != b_elements)
    if call is not None and not changed:
        changed = pasted_text(a, field, call) != pasted_text(b, field, call)
    tokens = tuple(diff_elements(a_elements, b_elements)) if changed else ()
    return SectionDiff(field, label, changed, a_text, b_text, tokens, people)


def compared_fields(a: Proposal, b: Proposal, call: Call) -> list[str]:
    """The call's sections in order, then other fields (and unknown keys) either side has."""
    fields = [s.field for s in call.sections]
    asked = set(fields)
    fields += [f for f in PROPOSAL_FIELDS if f not in asked and (_has(a, f) or _has(b, f))]
    extras = sorted((a.model_extra or {}).keys() | (b.model_extra or {}).keys())
    fields += [f for f in extras if _has(a, f) or _has(b, f)]
    return fields


def compare(a: Proposal, b: Proposal, call: Call) -> Comparison:
    """Compare two proposals section by section, in `call`'s order and labels."""
    return Comparison(
        tuple(compare_section(a, b, f, call.label(f), call) for f in compared_fields(a, b, call))
    )


def take_section(target: Proposal, source: Proposal, field: str) -> Proposal:
    """A copy of `target` with `field` taken from `source`; neither input changes."""
    known = field in PROPOSAL_FIELDS
    if not known and field not in (target.model_extra or {}) | (source.model_extra or {}):
        raise ValueError(f"{field!r} is not a field of either proposal")
    data = target.model_dump()
    source_data = source.model_dump()
    if field in source_data:
        data[field] = source_data[field]
    else:
        data.pop(field, None)
    return Proposal.model_validate(data)


# --- one line for a revision list -------------------------------------------------


SHORT_VALUE = 40
"""Values up to this many characters on one line are summarised as 'old → new'."""


def person_kinds(change: PersonChange) -> list[str]:
    """What happened to a person, in words: added, removed or changed, and/or moved."""
    kinds = [] if change.kind == Op.SAME else [str(change.kind)]
    return [*kinds, "moved"] if change.moved else kinds


def _counted(added: int, removed: int, noun: str) -> str:
    counts = " ".join(part for part in (f"+{added}", f"−{removed}") if part[1:] != "0")
    return f"{counts} {noun}{'' if added + removed == 1 else 's'}"


def tally(diff: SectionDiff) -> str:
    """How much a changed section changed: '+12 −3 words', '+1 goal', '1 added, 1 moved'."""
    if diff.people:
        kinds: dict[str, int] = {}
        for change in diff.people:
            for kind in person_kinds(change):
                kinds[kind] = kinds.get(kind, 0) + 1
        return ", ".join(f"{n} {kind}" for kind, n in kinds.items())
    if diff.field == "sdgs":
        before, after = set(diff.a_text.splitlines()), set(diff.b_text.splitlines())
        return _counted(len(after - before), len(before - after), "goal")
    added, removed = word_counts(diff.tokens)
    if added or removed:
        return _counted(added, removed, "word")
    if any(t.op != Op.SAME for t in diff.tokens):
        return "line breaks changed"
    return "spacing changed"


def _section_summary(old: Proposal, new: Proposal, diff: SectionDiff) -> str:
    name = diff.field.replace("_", " ")
    if diff.people:
        return f"{name}: " + ", ".join(_person_summary(c) for c in diff.people)
    if diff.field == "sdgs":
        before, after = set(old.sdgs), set(new.sdgs)
        parts = [
            f"{verb} {', '.join(str(n) for n in sorted(goals))}"
            for verb, goals in (("added", after - before), ("removed", before - after))
            if goals
        ]
        return f"{name}: " + "; ".join(parts)
    if not _is_listlike(old, diff.field) and not _is_listlike(new, diff.field):
        a_text, b_text = " ".join(diff.a_text.split()), " ".join(diff.b_text.split())
        short = max(len(a_text), len(b_text)) <= SHORT_VALUE
        if short and a_text != b_text and "\n" not in diff.a_text + diff.b_text:
            return f"{name}: {a_text or '(empty)'} → {b_text or '(empty)'}"
    words_changed = any(t.op != Op.SAME and t.text.split() for t in diff.tokens)
    return f"{name}{' ' if words_changed else ': '}{tally(diff)}"


def _person_summary(change: PersonChange) -> str:
    name = change.name or "(no name)"
    if change.kind == Op.ADDED:
        return f"added {name}"
    if change.kind == Op.REMOVED:
        return f"removed {name}"
    if change.kind == "changed":
        fields = ", ".join(f.replace("_", " ") for f in change.changed_fields)
        return f"changed {name} ({fields}{', moved' if change.moved else ''})"
    return f"moved {name}"


def change_summary(old: Proposal, new: Proposal, call: Call) -> str:
    """One line saying what changed from `old` to `new`, or "no changes"."""
    changed = compare(old, new, call).changed
    if not changed:
        return "no changes"
    return "; ".join(_section_summary(old, new, d) for d in changed)
