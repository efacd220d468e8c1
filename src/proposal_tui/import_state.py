"""What the importer has read so far, and where each piece of the text went.

`ReaderState` holds the values read (one-value fields, text paragraphs, list items, people),
the notes and the text no field took; `place` records each piece placed (`Placement`, with
its reason) and makes a guess a note.  A repeated paragraph or item is kept once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from proposal_tui.call import Call
from proposal_tui.export import LIST_ITEM_PREFIX
from proposal_tui.import_fields import WEB_LINE, paragraphs
from proposal_tui.import_people import merge_into
from proposal_tui.import_person_line import ReadPerson
from proposal_tui.import_sections import TEXT_FIELDS, Section, quote
from proposal_tui.model import PERSON_LIST_FIELDS, Person
from proposal_tui.people_links import name_key

Reason = Literal["label", "order", "guess", "moved"]
"""Why a piece of text went where it did: the label above it, its place in the form's
order (its label was lost), a guess from what it looks like, or the person moved it."""


@dataclass(frozen=True)
class Placement:
    """One piece of the text placed in a field of the draft, and why."""

    field: str
    how: Reason
    why: str
    """A plain phrase: 'under "Description"', 'no label; after the speakers'."""
    text: str = ""
    """The start of what was placed, quoted for a note."""
    line: int = 0
    """The index of the text's line where the piece starts."""

    @property
    def is_guess(self) -> bool:
        """True when neither a label nor the person said where this goes."""
        return self.how in ("order", "guess")


GUESS = "Guess: "
"""How a note that records a guess starts."""


def _count(number: int, noun: str) -> str:
    """'1 line', '3 lines'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


class PersonList:
    """An organisers or speakers list, merging people listed twice."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self.people: list[Person] = []
        self._by_key: dict[str, int] = {}
        self._nameless: set[tuple[int | None, str]] = set()
        """(number, details) of each nameless person, to find one listed twice."""
        self._by_bare: dict[str, int] = {}
        """The index of each person whose name has a middle initial, by the folded name
        without it."""
        self.doubts: list[tuple[str, str]] = []
        """(why, line) of each person merged into another as a guess."""

    def add(self, read: ReadPerson) -> str | None:
        """Add a person, or merge them into the one already listed; a note if merged.  A
        name equal to one listed but for a middle initial only one of them has (`Ann B.
        Cole`, `Ann Cole`) is merged too, as a guess (`doubts`)."""
        person = read.person
        key = name_key(person.name)
        index = self._by_key.get(key)
        bare = _without_initial(key)
        if index is None and key:  # one of the two names has the initial, not both
            index = self._by_key.get(bare) if bare else self._by_bare.get(key)
        if index is not None and key not in self._by_key:
            kept = quote(self.people[index].name)
            why = f"{quote(person.name)} read as {kept}, the same name but for a middle initial"
            self.doubts.append((why, read.line or person.name))
        if index is not None:
            self.people[index], disagree = merge_into(self.people[index], person)
            how = "with different details; kept the first" if disagree else "merged into one"
            return f"{self.noun} {quote(person.name)} was listed twice, {how}."
        if not key:
            seen = (read.number, person.model_dump_json())
            if seen in self._nameless:
                return f"{self.noun} {read.number} was listed twice; kept once."
            self._nameless.add(seen)
        else:
            self._by_key[key] = len(self.people)
            if bare:
                self._by_bare.setdefault(bare, len(self.people))
        self.people.append(person)
        return None


def _without_initial(key: str) -> str:
    """A folded name (`name_key`) without its one middle initial (`ann b cole` → `ann
    cole`), two words at least left; '' where it has no such initial, or several words
    of one letter."""
    words = key.split()
    inner = [at for at, word in enumerate(words) if len(word) == 1 and 0 < at < len(words) - 1]
    if len(inner) != 1 or len(words) < 3:
        return ""
    return " ".join(words[: inner[0]] + words[inner[0] + 1 :])


_MIN_CUT_REPEAT = 40
"""The shortest start of a paragraph read as that paragraph printed again, cut short."""


def _cut_short(key: str, known: set[str]) -> bool:
    """True when `key` is the start of a paragraph already read: a section printed twice
    whose second copy the page (or the copy of it) cut off."""
    return len(key) >= _MIN_CUT_REPEAT and any(have.startswith(key) for have in known)


class ReaderState:
    """The values, notes and unplaced text read so far, and their bookkeeping."""

    def __init__(
        self, call: Call, labelled: frozenset[str] = frozenset(), lines: list[str] | None = None
    ) -> None:
        self.call = call
        self.lines = lines or []
        self._line_index: dict[str, list[int]] | None = None
        self.labelled = labelled
        """The fields that have a label somewhere in the text."""
        self.placements: list[Placement] = []
        self.after: frozenset[str] = frozenset()
        self.present: frozenset[str] = frozenset()
        """The fields some section of the text names (by a label or its items)."""
        self.formats = call.format_names()
        self.scalars: dict[str, Any] = {}
        self.texts: dict[str, list[str]] = {}
        self.items: dict[str, list[Any]] = {}
        self.known: dict[str, set[Any]] = {}
        """What each text or list field holds already, to find repeats."""
        self.lists = {f: PersonList(LIST_ITEM_PREFIX[f]) for f in PERSON_LIST_FIELDS}
        self.roles: dict[str, ReadPerson] = {}
        self.bare: list[tuple[ReadPerson, str]] = []
        self.bare_after: dict[int, str] = {}
        """The role whose labelled box an unlabelled person line came after, by its index
        in `bare`."""
        self.seen: set[str] = set()
        self.asked = {section.field for section in call.sections}
        self.labels: dict[str, str] = {}
        self.preamble: list[str] = []
        self.notes: list[str] = []
        self.unplaced: dict[str, list[str]] = {}
        self.later: list[frozenset[str]] = []
        self.nexts: list[str | None] = []
        """For each section still to be fed, the field of the first section after it that
        has one."""
        self.next_field: str | None = None
        self.about_description: tuple[str, list[str]] | None = None
        """(where, lines) of the `About this Session` text read as the description, where
        the page printed no other (`LostDescription.about_yields`)."""
        self.fed = 0
        """For each section still to be fed, the fields of the sections after it."""

    @cached_property
    def web_copy(self) -> bool:
        """True for text copied from a web page, which no one wrapped: a line of it is
        longer than `WEB_LINE`."""
        return any(len(line.strip()) > WEB_LINE for line in self.lines)

    def place(
        self, name: str, how: Reason, why: str, text: str = "", line: int | None = None
    ) -> None:
        """Record where a piece of text went (found in the text when `line` is None); a
        guess is also a note."""
        if line is None:
            line = self.locate(text)
        self.placements.append(Placement(name, how, why, quote(text) if text else "", line))
        what = f"{quote(text)} " if text else ""
        if how in ("order", "guess"):
            self.notes.append(f"{GUESS}{what}placed in {self.label(name)}: {why}.")
        elif how == "moved":
            where = "the import notes" if name == "import_notes" else self.label(name)
            self.notes.append(f"Moved by you: {what}to {where}.")

    def locate(self, text: str) -> int:
        """The index of the first line of the text reading `text` not located before."""
        if self._line_index is None:
            self._line_index = {}
            for index, raw in enumerate(self.lines):
                self._line_index.setdefault(raw.strip(), []).append(index)
        found = self._line_index.get(text.strip())
        return found.pop(0) if found else 0

    def introduction_apart(self, intro: list[str], where: Section | str) -> str:
        """Keep `intro` (`question_intro`: the words before the first marked policy question,
        asking nothing) in the notes, not among the questions: a guess.  Its first line."""
        text = next(line for line in intro if line.strip())
        why = "read as an introduction to the policy questions, not a question"
        self.place("import_notes", "guess", why, text)
        self.unplace(where, intro)
        return text

    def unplace(self, where: Section | str, lines: list[str]) -> None:
        if not lines:
            return
        if isinstance(where, Section):
            where = where.where
        kept = self.unplaced.setdefault(where, [])
        for line in lines:
            line = line.rstrip()
            if line or (kept and kept[-1]):
                kept.append(line)

    def label(self, name: str) -> str:
        if name not in self.labels:
            self.labels[name] = self.call.label(name)
        return self.labels[name]

    def scalar(self, name: str, value: Any, where: Section | str) -> None:
        """Set a one-value field; a different second value is kept as unplaced text."""
        if name not in self.scalars:
            self.scalars[name] = value
        elif self.scalars[name] != value:
            self.notes.append(
                f"{self.label(name)} appeared twice with different values; kept the first."
            )
            self.unplace(where, [str(value)])

    def text(
        self, name: str, lines: list[str], repeat: bool, guessed: bool = False, lead: int = 0
    ) -> None:
        have = self.texts.setdefault(name, [])
        known = self.known.setdefault(name, set())
        added = dropped = 0
        for paragraph in paragraphs(lines, lead):
            key = " ".join(paragraph.split())
            if (
                key in known
                or (guessed and self.anywhere(key))
                or (repeat and _cut_short(key, known))
            ):
                dropped += 1
                continue
            known.add(key)
            have.append(paragraph)
            added += 1
        label = self.label(name)
        if repeat and (added or dropped):
            if added:
                self.notes.append(
                    f"{label} appeared twice with different text; added "
                    f"{_count(added, 'new paragraph')} after the first text."
                )
            else:
                self.notes.append(f"{label} appeared twice; kept once.")
        elif dropped:
            self.notes.append(f"{label}: {_count(dropped, 'repeated paragraph')} kept once.")

    def anywhere(self, key: str) -> bool:
        """True when a text field already holds the paragraph `key` (whitespace folded)."""
        return any(key in self.known.get(name, ()) for name in TEXT_FIELDS)

    def list_given(self, name: str) -> bool:
        """True when the text labels the list `name` or items were already read into it."""
        return name in self.present or bool(self.items.get(name))

    def guessed_items(
        self, name: str, why: str, items: list[Any], text: str, line: int | None = None
    ) -> None:
        """`items` read into the list `name` from where its label was lost: a guess (`why`)
        placed at `text` (found in the text when `line` is None)."""
        self.place(name, "guess", why, text, line)
        self.add_items(name, items)

    def add_items(self, name: str, items: list[Any]) -> None:
        have = self.items.setdefault(name, [])
        known = self.known.setdefault(name, set())
        dropped = 0
        for item in items:
            if item != "" and item in known:
                dropped += 1
            else:
                known.add(item)
                have.append(item)
        if dropped:
            self.notes.append(f"{self.label(name)}: {_count(dropped, 'repeated item')} kept once.")

    def import_notes(self) -> tuple[list[str], str]:
        notes = list(dict.fromkeys(self.notes))
        blocks = []
        for where, lines in self.unplaced.items():
            while lines and not lines[-1]:
                lines.pop()
            if not lines:
                continue
            count = sum(1 for line in lines if line)
            notes.append(f"Not placed: {_count(count, 'line')} {where}; kept in the import notes.")
            blocks.append(f"Not placed, {where}:\n" + "\n".join(lines))
        return notes, "\n\n".join(["\n".join(notes), *blocks]).strip()
