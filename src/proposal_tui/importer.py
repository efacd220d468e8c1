"""Import a published proposal's text (or proposal-tui's own text export) into a draft.

The text is cut into sections at the labels it carries (`import_sections`), and each
section's content is read by its kind (`import_fields`, `import_people`).

Tolerance: `import_text` never raises on odd text.  Repeats are merged (the same person
listed twice is one person, a paragraph or question repeated verbatim is kept once,
a section printed twice keeps its first text and adds what differs), 🔒 marks are
dropped, lines wrapped inside a person's line, a label or a theme are joined again,
unlabelled moderators are matched against the people already listed (and the same
person in several roles becomes one record, `people_links.link_people`), and what
cannot be placed is kept, verbatim, in the draft's `import_notes`, with one plain line
per event in `ImportResult.notes`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from proposal_tui.call import Call
from proposal_tui.errors import ProposalTuiError
from proposal_tui.export import LIST_ITEM_PREFIX
from proposal_tui.import_fields import (
    BULLETS,
    INTERROGATIVE,
    MAX_STRUCTURE_LINE,
    WEB_LINE,
    FormatLine,
    known_format,
    minutes,
    paragraphs,
    question_intro,
    questions,
    read_format_line,
    sdgs,
    trailing_statements,
    without_lock,
    wrapped_choice,
)
from proposal_tui.import_people import (
    ReadPerson,
    email_run,
    from_place,
    looks_like_person,
    merge_into,
    name_records,
    names_a_group,
    organisation_run,
    person_from_line,
    person_run,
    read_people,
    read_role,
    region_run,
    resolve_role,
    role_run,
    role_tail,
    semicolon_run,
    several_people,
    trailing_sentence,
    unmarked,
    with_commas,
    with_email,
)
from proposal_tui.import_sections import (
    TEXT_FIELDS,
    Section,
    choose_call,
    cut_sections,
    quote,
    split_lines,
)
from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS, Person, Proposal
from proposal_tui.people_links import link_people, name_key
from proposal_tui.userfiles import MAX_DRAFT_BYTES, read_regular

_MAX_UNLABELLED = 2 * len(PERSON_ROLE_FIELDS)
"""Unlabelled person lines tried as moderators or rapporteur; later ones are unplaced."""


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


@dataclass(frozen=True)
class ImportResult:
    """A proposal read from text, the call profile used, and what the reader noticed."""

    proposal: Proposal
    call_name: str
    notes: tuple[str, ...]
    """What could not be placed, what was merged or guessed: one plain line each.  A
    guess's line starts with `GUESS`; the same lines open the draft's `import_notes`."""
    placements: tuple[Placement, ...] = field(default=())
    """Every piece of text placed in a field, with its reason, in the text's order."""

    @property
    def guesses(self) -> tuple[str, ...]:
        """The notes that are guesses, one line each."""
        return tuple(note for note in self.notes if note.startswith(GUESS))


GUESS = "Guess: "
"""How a note that records a guess starts."""


def _count(number: int, noun: str) -> str:
    """'1 line', '3 lines'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


# --- reading the sections ----------------------------------------------------------------


def _title_note(read: ReadPerson) -> str | None:
    """The import note saying a title (`Dr.`) was left out of a name; None if none was."""
    if not read.title:
        return None
    return f"The title {quote(read.title)} left out of the name {quote(read.person.name)}."


class _PersonList:
    """An organisers or speakers list, merging people listed twice."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self.people: list[Person] = []
        self._by_key: dict[str, int] = {}
        self._nameless: set[tuple[int | None, str]] = set()
        """(number, details) of each nameless person, to find one listed twice."""

    def add(self, read: ReadPerson) -> str | None:
        """Add a person, or merge them into the one already listed; a note if merged."""
        person = read.person
        key = name_key(person.name)
        if key in self._by_key:
            index = self._by_key[key]
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
        self.people.append(person)
        return None


class _Reader:
    """Reads sections one by one into proposal values, notes and unplaced text."""

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
        self.lists = {f: _PersonList(LIST_ITEM_PREFIX[f]) for f in PERSON_LIST_FIELDS}
        self.roles: dict[str, ReadPerson] = {}
        self.bare: list[tuple[ReadPerson, str]] = []
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
        self.fed = 0
        """For each section still to be fed, the fields of the sections after it."""

    # bookkeeping

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

    # dispatch

    def feed(self, section: Section) -> None:
        self.after = self.later[self.fed] if self.fed < len(self.later) else frozenset()
        self.next_field = self.nexts[self.fed] if self.fed < len(self.nexts) else None
        self.fed += 1
        name = section.field
        first = next((line for line in section.lines if line.strip()), "")
        if section.moved and name is None:
            self.place("import_notes", "moved", "moved to the notes by you", first, section.start)
            self.unplace("moved to the notes by you", section.lines)
            return
        if name is None:
            if section.resumed and not section.label:
                self.preamble += section.lines
            elif section.label:
                if not section.resumed:
                    why = f"under {quote(section.label)}, a box the draft has no field for"
                    self.place("import_notes", "label", why, first, section.start)
                lines = self.format_text_before_duration(section)
                lines = self.description_after_box(lines, section)
                self.stray(self.lost_people(lines, section), section)
            else:
                self.preamble += section.lines
            return
        if section.resumed and (name in PERSON_ROLE_FIELDS or name in ("title", "theme")):
            self.loose([line.strip() for line in section.lines if line.strip()], section)
            return
        repeat = section.labelled and not section.moved and name in self.seen
        if section.labelled:
            self.seen.add(name)
        if section.moved:
            self.scalars.pop(name, None)  # what the person chose wins
            self.roles.pop(name, None)
            self.place(name, "moved", "moved here by you", first, section.start)
        elif section.guess:
            self.place(name, "guess", f"no label; {section.guess}", first, section.start)
        elif not section.resumed:  # a label, or item lines that name their list
            self.place(name, "label", section.where, first, section.start)
        if name not in self.asked and name not in PERSON_LIST_FIELDS:
            self.notes.append(
                f"{quote(section.label)} is not a section of {self.call.name}; kept in the draft."
            )
        lines = section.lines
        if name not in PERSON_LIST_FIELDS and name not in PERSON_ROLE_FIELDS:
            lines, locked = [], False
            for raw in section.lines:
                line, hidden = without_lock(raw)
                lines.append(line)
                locked |= hidden
            if locked:
                self.notes.append(f"{self.label(name)}: a hidden field (🔒) was left out.")
        if name in TEXT_FIELDS:
            self.text_section(name, lines, repeat, section)
        elif name in PERSON_LIST_FIELDS:
            self.people(name, section)
        elif name in PERSON_ROLE_FIELDS:
            self.role(name, section)
        else:
            read = getattr(self, f"read_{name}", None)
            if read is None:
                self.unplace(section, lines)
            else:
                read(lines, section, repeat)

    def format_text_before_duration(self, section: Section) -> list[str]:
        """A box the draft has no field for (`Targets`), then a block after two blank lines
        right before the `Duration (minutes)` label: the text the form puts beside the
        duration lost its label (lightning talks print the format's description there),
        so it is the format description (a guess) while the draft has none.  The box's
        other lines are returned."""
        blocks = _blocks(section.lines, split_inline=False)
        if len(blocks) < 2 or self.next_field != "duration":
            return section.lines
        if {"format_description"} & (self.present | set(self.texts)):
            return section.lines
        begin, block = blocks[-1]
        first = next(line for line in block if line.strip())
        if known_format(first.strip(), self.formats) is not None:
            return section.lines
        why = f"no label; running text after {quote(section.label)}, before the duration"
        self.place("format_description", "order", why, first)
        self.text("format_description", block, False, guessed=True)
        return section.lines[:begin]

    def description_after_box(self, lines: list[str], section: Section) -> list[str]:
        """A box the draft has no field for (`Additional Policy Questions Information`,
        `Targets`) holds its first paragraph; running text in a later paragraph, where
        the text has no Description label, no description yet and nothing after this box,
        is the description that lost its label (a guess), from that paragraph on (a box
        holding a format line is left to `stray`).  The box's other lines are returned."""
        if (
            self.next_field is not None
            or "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line.strip(), self.formats) for line in lines)
        ):
            return lines
        opened = False
        for index, raw in enumerate(lines):
            text = raw.strip()
            starts = bool(text) and index > 0 and not lines[index - 1].strip()
            if starts and opened and len(text) > WEB_LINE and not self.person_line(text):
                why = f"no label; running text after {quote(section.label)}, at the end"
                self.place("description", "order", why, text, section.start + index)
                self.text("description", lines[index:], False, guessed=True)
                return lines[:index]
            opened = opened or bool(text)
        return lines

    def text_section(self, name: str, lines: list[str], repeat: bool, section: Section) -> None:
        """A text section; a block that lost its label goes where the form puts it."""
        if name == "description":
            lines = self.announced_questions(lines, section)
        hybrid = self.hybrid_answer(name, lines)
        if hybrid:
            tail = lines[hybrid:]
            first = next(line for line in tail if line.strip())
            why = "no label; it answers the hybrid format's questions of the form"
            self.place("hybrid_format", "guess", why, first, section.start + hybrid)
            self.text("hybrid_format", tail, False, guessed=True)
            lines = lines[:hybrid]
        blocks = _blocks(lines, split_inline=bool(section.lead) and name == "format_description")
        target = self.lost_label_target(name)
        if target is None or len(blocks) == 1:
            self.text(name, lines, repeat, lead=section.lead)
            return
        self.text(name, blocks[0][1], repeat, lead=section.lead)
        for start, block in blocks[1:]:
            first = next((line for line in block if line.strip()), "")
            why = "no label; a new block after the " + self.label(name)
            self.place(target, "order", why, first, section.start + start)
            if target == "description" and "hybrid_format" not in self.labelled:
                self.text_then_hybrid(target, block, section.where)
            else:
                self.text(target, block, False, guessed=True)

    def announced_questions(self, lines: list[str], section: Section) -> list[str]:
        """Where the text has no policy questions, a description paragraph that announces
        them (`Some of the policy questions we seek to address include the following;`)
        followed by paragraphs that are each one question ending in `?`: those are the
        policy questions (a guess).  The description's other lines are returned."""
        if (
            self.call.section("policy_questions") is None
            or "policy_questions" in self.present
            or self.items.get("policy_questions")
        ):
            return lines
        spans = _paragraph_spans(lines)
        for number, (_, end) in enumerate(spans[:-1]):
            if not _ANNOUNCES_QUESTIONS.search(" ".join(lines[end - 1].split())):
                continue
            asked = []
            for begin, stop in spans[number + 1 :]:
                line = lines[begin].strip()[:MAX_STRUCTURE_LINE]
                if stop - begin != 1 or not _SHORT_QUESTION.fullmatch(line):
                    break
                asked.append(begin)
            if not asked:
                continue
            why = "no label; questions the description announces, and the text has none"
            self.place("policy_questions", "guess", why, lines[asked[0]].strip())
            self.add_items("policy_questions", [lines[i].strip() for i in asked])
            return [raw for i, raw in enumerate(lines) if i not in asked]
        return lines

    def hybrid_answer(self, name: str, lines: list[str]) -> int:
        """The index of a paragraph in `lines` that opens with the form's hybrid questions
        (`1) How will you facilitate interaction between onsite and online…`), where the
        text has no Hybrid Format label; 0 for none."""
        if name == "hybrid_format" or "hybrid_format" in self.labelled:
            return 0
        for index in range(1, len(lines)):
            if not lines[index - 1].strip() and _HYBRID_QUESTION.match(lines[index].strip()):
                return index
        return 0

    def lost_label_target(self, name: str) -> str | None:
        """The field a label-less block after `name`'s text belongs to: the description,
        where the text has no Description label (the 2023 pages print none) and nothing
        the form puts between `name` and the description comes next in the text, or later
        unless the text goes back to an earlier box first (an Open Forum page prints its
        people and moderators after the description, its goals after them)."""
        if name == "description" or "description" in self.labelled:
            return None
        order = [s.field for s in self.call.sections]
        if name in order and "description" in order:
            between = order[order.index(name) + 1 : order.index("description")]
            if self.next_field in between:  # what the form puts before it comes next
                return None
            following = self.next_field or ""
            back = following in order and order.index(following) < order.index(name)
            if not back and self.after & set(between):  # ... or later, in the form's order
                return None
        return "description"

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

    def read_title(self, lines: list[str], section: Section, repeat: bool) -> None:
        found = paragraphs(lines)
        if not found:
            return
        self.scalar("title", found[0].replace("\n", " "), section)
        first = next(index for index, line in enumerate(lines) if line.strip())
        end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
        self.stray(self.lost_people(lines[end:], section), section, questions=True)

    def lost_people(self, lines: list[str], where: Section | str) -> list[str]:
        """Runs of person lines under the title where the text has no organisers or
        speakers at all (their labels lost): the organisers, then the speakers, in the
        form's order (a guess).  A run is the person lines (`Name, …, group, region`,
        `Name: …` records, people each with an email) that end a block; blocks are cut
        at runs of two blank lines.  The other lines, returned with their blank lines."""
        targets = [
            name
            for name in PERSON_LIST_FIELDS
            if name not in self.present and not self.lists[name].people
        ]
        if not targets:
            return lines
        under = "under the title" if where == "before the first label" else where
        if isinstance(under, Section):
            under = under.where
        out: list[str] = []
        for _, block in _blocks(lines, split_inline=False):
            filled = [index for index, line in enumerate(block) if line.strip()]
            run = 0
            while run < len(filled) and self.person_line(block[filled[-1 - run]].strip()):
                run += 1
            if not run and len(filled) >= 2:  # `Name, Organisation` under its organisation
                above, last = (block[filled[index]].strip() for index in (-2, -1))
                run = int(_member_of(last, above))
            if not targets or not run:
                out += block
                continue
            begin = filled[-run]
            people = [line.strip() for line in block[begin:] if line.strip()]
            lists = [people]
            if len(people) == len(targets) == 2 and all(
                several_people(line, self.call) for line in people
            ):  # two lines each of several people: the organisers, then the speakers
                lists = [[line] for line in people]
            for found in lists:
                name = targets.pop(0)
                why = f"no label; people {under}, where the form puts the {name}"
                self.place(name, "order", why, found[0])
                self.people(name, Section(name, "", found, labelled=False))
            out += [*block[:begin], "", ""]
        return out

    def person_line(self, line: str) -> bool:
        """True for a line that names people with their details: `Name: …` records, or a
        `Name, …` line that ends with a stakeholder group or a regional group."""
        line = with_commas(unmarked(line))
        if name_records(line) or email_run(line) or person_run(line, self.call):
            return True
        if semicolon_run(line) or organisation_run(line) or with_email(line) or from_place(line):
            return True
        cut = trailing_sentence(line, self.call)
        if region_run(line, self.call) or (cut is not None and region_run(cut[0], self.call)):
            return True
        if len(line) > MAX_STRUCTURE_LINE:
            return False
        person = person_from_line(line, self.call).person
        if "," not in line or not person.name:
            return False
        return bool(person.region or person.stakeholder_group) or names_a_group(line, self.call)

    def read_theme(self, lines: list[str], section: Section, repeat: bool) -> None:
        content = [line.strip() for line in lines if line.strip()]
        if not content:
            return
        taken = wrapped_choice(content, self.call.themes)
        self.scalar("theme", " ".join(content[:taken]), section)
        if self.call.section("topics") is not None:
            self.add_items("topics", content[taken:])
        else:
            self.unplace(section, content[taken:])

    def read_topics(self, lines: list[str], section: Section, repeat: bool) -> None:
        self.add_items("topics", [line.strip() for line in lines if line.strip()])

    def read_links(self, lines: list[str], section: Section, repeat: bool) -> None:
        self.add_items("links", [line.strip() for line in lines if line.strip()])

    def read_policy_questions(self, lines: list[str], section: Section, repeat: bool) -> None:
        intro, lines = question_intro(lines)
        if intro:
            text = next(line for line in intro if line.strip())
            why = "read as an introduction to the policy questions, not a question"
            self.place("import_notes", "guess", why, text)
            self.unplace(section, intro)
        lines, text = _questions_then_text(lines)
        lines, statements = trailing_statements(lines)
        self.add_items("policy_questions", questions(lines))
        self.unplace(section, statements)
        if text:
            self.lost_text("policy_questions", text, section)

    def read_sdgs(self, lines: list[str], section: Section, repeat: bool) -> None:
        goals, unread = sdgs(lines)
        if repeat:
            self.add_items("sdgs", goals)
        else:  # one list may name a goal twice; it is kept as written
            self.items.setdefault("sdgs", []).extend(goals)
            self.known.setdefault("sdgs", set()).update(goals)
        running = [line for line in unread if len(line) > WEB_LINE]
        self.unplace(section, [line for line in unread if len(line) <= WEB_LINE])
        self.lost_text("sdgs", running, section)

    def read_format(self, lines: list[str], section: Section, repeat: bool) -> None:
        content = [line.strip() for line in lines if line.strip()]
        read = read_format_line(content[0], self.formats) if content else None
        if read is None:
            self.unplace(section, content)
            return
        self.format(read, section)
        rest = lines[next(i for i, line in enumerate(lines) if line.strip()) + 1 :]
        taken = self.text_after_format(rest)  # its description, label lost (2025 pages)
        self.unplace(section, [line.strip() for line in rest[taken:] if line.strip()])

    def format(self, read: FormatLine, where: Section | str) -> None:
        if read.format:
            self.scalar("format", read.format, where)
        if read.duration is not None:
            self.scalar("duration", read.duration, where)
        if read.layout:
            self.notes.append(
                f"Room layout {quote(read.layout)} left out (the draft has no place for it)."
            )

    def read_duration(self, lines: list[str], section: Section, repeat: bool) -> None:
        short = [line for line in lines if len(line.strip()) <= WEB_LINE]
        running = [line for line in lines if len(line.strip()) > WEB_LINE]
        found, rest = minutes(short)
        if found is not None:
            self.scalar("duration", found, section)
        self.unplace(section, rest)
        self.lost_text("duration", running, section)

    def lost_text(self, name: str, lines: list[str], section: Section) -> None:
        """Running text under a one-value label (an empty `Duration (minutes)` with the
        next box's text below it): its label was lost, so it goes where the form puts the
        text that has no label of its own (a guess), or to the notes."""
        content = [line for line in lines if line.strip()]
        if not content:
            return
        target = self.lost_label_target(name)
        if target is None:
            self.unplace(section, lines)
            return
        why = f"no label; running text under the {self.label(name)}, which holds one value"
        self.place(target, "order", why, content[0])
        self.text(target, lines, False, guessed=True)

    def people(self, name: str, section: Section) -> None:
        lines, inline = _inline_roles(section.lines)
        for role, text in inline:  # `… India Moderator: Andrea Saks, …` (2019 DC pages)
            if role in self.roles:
                self.unplace(section, [text])
                continue
            why = f"{self.label(role)} named inside the line of {name}"
            self.place(role, "label", why, text)
            self.roles[role] = person_from_line(text, self.call)
        read = read_people(lines, self.call)
        for line, why in read.split:
            self.place(name, "guess", why, line)
        for line in read.bulleted:
            noun = LIST_ITEM_PREFIX[name].lower()
            self.place(name, "guess", f"a bulleted line after the numbered {noun}s", line)
        people = self.lists[name]
        for number, person in enumerate(read.people, 1):
            if person.role and person.role not in self.roles:
                why = f"{person.role.replace('_', ' ')} named on the person's line"
                self.place(person.role, "label", why, person.person.name)
                self.roles[person.role] = person
            for note in (people.add(person), _title_note(person)):
                if note:
                    self.notes.append(note)
            if person.hidden:
                which = person.number or number
                self.notes.append(f"{people.noun} {which}: hidden fields (🔒) left empty.")
            self.unplace(section, person.unread)
        self.loose(read.loose, section)

    def role(self, name: str, section: Section) -> None:
        first = next((line.strip() for line in section.lines if line.strip()), "")
        if first and known_format(first, self.formats) is not None:
            # an empty `Online Moderator` with the format line after it: not a person
            self.loose([line.strip() for line in section.lines if line.strip()], section)
            return
        lines, running = _before_running_text(section.lines)
        read, loose = read_role(lines, self.call)
        if read is not None and read.guess:
            self.place(name, "guess", read.guess, read.unread[0] if read.unread else read.line)
        if read is not None:
            if read.hidden:
                self.notes.append(f"{self.label(name)}: hidden fields (🔒) left empty.")
            if note := _title_note(read):
                self.notes.append(note)
            earlier = self.roles.get(name)
            if earlier is None:
                self.roles[name] = read
            elif name_key(earlier.person.name) != name_key(read.person.name):
                self.notes.append(
                    f"{self.label(name)} appeared twice with different people; kept the first."
                )
                self.unplace(section, [read.person.summary()])
            self.unplace(section, read.unread)
        self.loose(loose, section)
        if running:
            self.text_after_people(name, running, section)

    def text_after_people(self, name: str, lines: list[str], section: Section) -> None:
        """Running text after a moderator or the rapporteur, its label lost (2021 pages):
        the format description where it speaks of the format and the text has neither a
        format nor that box, then the description; else the description where the form
        puts nothing still to come before it.  Each placement is a guess; what finds no
        place stays in the notes."""
        blocks = [block for _, block in _blocks(lines, split_inline=False)]
        first = next(line for line in blocks[0] if line.strip())
        target: str | None = None
        if (
            self.call.section("format_description") is not None
            and _FORMAT_WORD.search(first)
            and not {"format", "format_description"} & (self.after | set(self.scalars))
            and "format_description" not in self.texts
        ):
            target = "format_description"
        elif (found := self.lost_label_target(name)) is not None and found not in self.texts:
            target = found
        while blocks and target is not None:
            block = blocks.pop(0)
            first = next(line for line in block if line.strip())
            why = f"no label; running text after the {self.label(name)}"
            self.place(
                target, "order", f"{why}, where the form puts the {self.label(target)}", first
            )
            self.text(target, block, False, guessed=True)
            later = self.lost_label_target("format") if target == "format_description" else None
            target = later if later is not None and later not in self.texts else None
        for block in blocks:
            self.unplace(section, block)

    def loose(self, lines: list[str], where: Section | str) -> None:
        """Lines after a list of people or a role: a format line, a person, or unplaced."""
        for line in lines:
            found = known_format(line, self.formats) if "format" not in self.scalars else None
            if found is not None:
                self.place("format", "guess", "an unlabelled line that names a format", line)
                self.format(found, where)
            elif len(self.bare) < _MAX_UNLABELLED and looks_like_person(line):
                self.bare.append((person_from_line(line, self.call), line))
            else:
                self.unplace(where, [line])

    # finishing

    def finish(self) -> dict[str, Any]:
        self.title_from_preamble()  # it may place text, questions and people too
        values: dict[str, Any] = {
            "topics": [],
            "links": [],
            "policy_questions": [],
            "sdgs": [],
            **self.items,
        }
        values.update({name: "\n\n".join(paras) for name, paras in self.texts.items()})
        values.update({name: self.lists[name].people for name in PERSON_LIST_FIELDS})
        values.update(self.roles_out())
        values.update(self.scalars)
        return values

    def roles_out(self) -> dict[str, Person | None]:
        listed: dict[str, Person] = {}
        for person in self.lists["speakers"].people + self.lists["organizers"].people:
            listed.setdefault(name_key(person.name), person)
        listed.pop("", None)
        out = {name: resolve_role(read, listed) for name, read in self.roles.items()}
        taken = {name_key(p.name) for p in out.values() if p is not None and p.name}
        order = [s.field for s in self.call.sections if s.field in PERSON_ROLE_FIELDS]
        order += [name for name in PERSON_ROLE_FIELDS if name not in order]
        for read, line in self.bare:
            person = resolve_role(read, listed)
            free = next((name for name in order if out.get(name) is None), None)
            repeat = person is not None and bool(person.name) and name_key(person.name) in taken
            if repeat and free is None:
                self.notes.append(f"Unlabelled line {quote(line)} repeats a moderator; kept once.")
            elif person is None or free is None:
                self.unplace("after the people", [line])
            else:  # one person may hold two roles (online moderator and rapporteur)
                out[free] = person
                taken.add(name_key(person.name))
                why = "an unlabelled person, in the form's order"
                self.place(
                    free, "order", why + ("; also named in a role above" if repeat else ""), line
                )
        return out

    def title_from_preamble(self) -> None:
        content = [line.strip() for line in self.preamble]
        start = next((index for index, line in enumerate(content) if line), len(content))
        if start < len(content) and content[start].casefold() == "session":
            self.notes.append(
                'The text starts at "Session", after the title: the title is left empty.'
            )
            why = "a heading of the page; the title is not in the copy"
            self.place("import_notes", "label", why, content[start])
            self.scalars.setdefault("title", "")
            start += 1
        titled = next(
            (
                index
                for index in range(start, min(start + _CHROME_LINES * 2, len(content)))
                if len(content[index]) <= 200 and _YEAR_PREFIX.match(content[index])
            ),
            None,
        )
        if "title" not in self.scalars and titled is not None and titled > start:
            # `You are here` and such above `IGF 2019 …`: the page's own lines, not the title
            chrome = content[start:titled]
            why = "before the title line; the web page's own text"
            self.place("import_notes", "label", why, next(line for line in chrome if line))
            self.unplace("before the title", chrome)
            start = titled
        one_line = start < len(content) and (start + 1 == len(content) or not content[start + 1])
        if "title" not in self.scalars and one_line and len(content[start]) <= 200:
            # `IGF 2019 The not-so-free market`: a session printed with no number
            self.scalars["title"] = _YEAR_PREFIX.sub("", content[start]) or content[start]
            self.place("title", "guess", "the first line, with no label", content[start])
            start += 1
        self.after = self.later[0] if self.later else frozenset()  # the whole text follows
        self.next_field = self.nexts[0] if self.nexts else None
        lines = self.lost_people(content[start:], "before the first label")
        lines = self.description_before_labels(lines)
        rest = self.stray(lines, "before the first label", questions=True)
        for line in rest:
            self.roles_on_lines(role_run(line) or [])
        first = next((line for line in rest if line), "")
        if first:
            self.place("import_notes", "label", "before the first label; no field for it", first)

    def description_before_labels(self, lines: list[str]) -> list[str]:
        """Running text before the first label, on a page with no format line there, no
        Description label and no description: the session's description that lost its
        label (a guess), its paragraphs of running text from the first one, up to a list
        or a question.  The other lines are returned."""
        if (
            "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line, self.formats) for line in lines)
        ):
            return lines
        begin = end = None
        for index, line in enumerate(lines):
            if not line:
                continue
            if _LIST_MARK.match(line) or _QUESTION_LINE.fullmatch(line):
                break  # the questions (`- Which role …?`) after the text
            opens = index == 0 or not lines[index - 1]
            prose = len(line) > WEB_LINE and not line.endswith("?") and not self.person_line(line)
            if opens and begin is not None and not prose:
                break
            if opens and prose and begin is None:
                begin = index
            if begin is not None:
                end = index + 1
        if begin is None or end is None:
            return lines
        why = "no label; running text before the first label, where the page has no title"
        if self.scalars.get("title"):
            why = "no label; running text before the first label"
        self.place("description", "order", why, lines[begin])
        self.text("description", lines[begin:end], False, guessed=True)
        return lines[:begin] + lines[end:]

    def roles_on_lines(self, lines: list[str]) -> None:
        """Roles named at the end of person lines (`… - online moderator`) outside any
        people list, for the roles still empty; the lines stay in the notes too."""
        for line in lines:
            tail = role_tail(line)
            if tail is None or not tail[1] or tail[1] in self.roles:
                continue
            read = person_from_line(tail[0], self.call)
            if read.person.name:
                why = f"{tail[1].replace('_', ' ')} named on the person's line, before any list"
                self.place(tail[1], "label", why, line)
                self.roles[tail[1]] = read

    def stray(self, lines: list[str], where: Section | str, questions: bool = False) -> list[str]:
        """Lines under no field's label: a line naming a format is the format (a guess,
        while the draft has none), and running text right after it the text the form
        puts after the format (`text_after_format`); with `questions` (under the title),
        a run of long lines ending in `?` is the policy questions, where the text has none
        (a guess).  The rest is kept in the import notes, and returned."""
        rest: list[str] = []
        index = 0
        while index < len(lines):
            raw = lines[index]
            line = raw.strip()
            index += 1
            if questions and self.lost_questions(lines, index - 1):
                while index < len(lines) and _QUESTION_LINE.fullmatch(lines[index].strip()):
                    index += 1
                continue
            found = known_format(line, self.formats) if "format" not in self.scalars else None
            if found is None:
                rest.append(raw)
                continue
            self.place("format", "guess", "an unlabelled line that names a format", line)
            self.format(found, where)
            index += self.text_after_format(lines[index:])
        self.unplace(where, rest)
        return rest

    def lost_questions(self, lines: list[str], index: int) -> bool:
        """Read the run of question lines starting at `index` as the policy questions,
        where the text has no policy questions (their label lost); True if it did."""
        if "policy_questions" in self.present or self.items.get("policy_questions"):
            return False
        end = index
        while end < len(lines) and _QUESTION_LINE.fullmatch(lines[end].strip()):
            end += 1
        if end == index:
            return False
        run = lines[index:end]
        why = "no label; questions under the title, where the text has no policy questions"
        self.place("policy_questions", "guess", why, run[0])
        self.add_items("policy_questions", questions(run))
        return True

    def text_after_format(self, lines: list[str]) -> int:
        """Running text right after an unlabelled format line, up to a run of blank
        lines or a one-word label (`Objective: …`), where the text lost the label of the
        box the form puts there: the format description when the text speaks of the
        format and the form has that box, else the description; a later paragraph about
        the online and onsite audience goes to the hybrid format (or stays in the notes).
        Each placement is a guess.  How many lines it took (0 for none)."""
        if not lines:
            return 0
        blocks = _blocks(lines, split_inline=False)
        block = blocks[0][1]
        if len(blocks) > 1 and self.questions_after_format(block):
            return len(block) + self.text_after_format(lines[len(block) :])
        block = block[
            : next(
                (i for i, line in enumerate(block) if i and _LEAD.match(line.strip())), len(block)
            )
        ]
        content = [line for line in block if line.strip()]
        if not any(len(line.strip()) > WEB_LINE for line in content) or any(
            known_format(line.strip(), self.formats) for line in content
        ):
            return 0
        target = self.after_format_target(content[0])
        if target is None:
            return 0
        why = (
            f"no label; running text after the format, where the form puts the {self.label(target)}"
        )
        self.place(target, "order", why, content[0])
        self.text_then_hybrid(target, block, "after the format")
        return len(block)

    def text_then_hybrid(self, target: str, block: list[str], where: str) -> None:
        """`block`, running text that lost its label, into `target` (a guess); a later
        paragraph of it about the online and onsite audience goes to the hybrid format
        where the form has that box and the text left it empty, else to the notes."""
        opening = block.index(next(line for line in block if line.strip()))
        hybrid = next(
            (
                i
                for i, line in enumerate(block)
                if i > opening and not block[i - 1].strip() and _ONLINE_AND_ONSITE.search(line)
            ),
            None,
        )
        self.text(target, block if hybrid is None else block[:hybrid], False, guessed=True)
        if hybrid is None:
            return
        rest = block[hybrid:]
        first = next(line for line in rest if line.strip())
        if self.call.section("hybrid_format") is not None and "hybrid_format" not in self.texts:
            why = "no label; it speaks of the online and onsite audience, as hybrid formats do"
            self.place("hybrid_format", "guess", why, first)
            self.text("hybrid_format", rest, False, guessed=True)
        else:
            self.unplace(where, rest)

    def questions_after_format(self, block: list[str]) -> bool:
        """Read `block` as the policy questions when it is only long lines ending in `?`
        and the text has none: 2021 pages print them, label lost, between the format and
        the description (a guess).  True if it did."""
        content = [line.strip() for line in block if line.strip()]
        if (
            not content
            or "policy_questions" in self.present
            or self.items.get("policy_questions")
            or not all(_QUESTION_LINE.fullmatch(line) for line in content)
        ):
            return False
        why = "no label; questions right after the format, where 2021 forms put them"
        self.place("policy_questions", "guess", why, content[0])
        self.add_items("policy_questions", questions(content))
        return True

    def after_format_target(self, first: str) -> str | None:
        """The text field running text right after the format belongs to: the format
        description where the form has one, the text has none and the text speaks of
        the format; else the description where its label was lost; else None."""
        if (
            self.call.section("format_description") is not None
            and "format_description" not in self.labelled
            and "format_description" not in self.texts
            and _FORMAT_WORD.search(first)
        ):
            return "format_description"
        target = self.lost_label_target("format")
        return None if target is None or target in self.texts else target

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


_HYBRID_QUESTION = re.compile(
    r"(?:\d[.)][ \t]*+)?How will you (?:facilitate interaction between onsite and online"
    r"|design the session to ensure the best possible experience for online and onsite)",
    re.IGNORECASE,
)
"""The questions the 2022-2025 forms ask under Hybrid Format, which answers repeat."""

_LEAD = re.compile(r"[A-Z][a-z]{2,20}:[ \t]")
"""A one-word label opening a line (`Objective: …`): the start of another box."""

_FORMAT_WORD = re.compile(r"\bformat\b", re.IGNORECASE)
"""Text that speaks of the session's format."""

_ONLINE_AND_ONSITE = re.compile(
    r"\bhybrid\b"
    r"|\b(?:online|remote|virtual)\W+(?:and|&|or)\W+(?:onsite|on-site|in-person|offline)\b"
    r"|\b(?:onsite|on-site|in-person)\W+(?:and|&|or)\W+(?:online|remote|virtual)\b"
    r"|\b(?:online|remote|onsite|on-site)[ \t]+(?:moderators?|participants|attendees|audience)\b",
    re.IGNORECASE,
)
"""A paragraph about the online and onsite audience: what the hybrid format box holds."""

_QUESTION_LINE = re.compile(r"[^\n]{60,}+(?<=\?)")
"""A long line ending in `?`: a policy question that lost its label."""

_SHORT_QUESTION = re.compile(r"[^\n]{20,}+(?<=\?)")
"""A line ending in `?`, long enough to be a policy question."""

_ANNOUNCES_QUESTIONS = re.compile(
    r"\bquestions\b[^.?!:;]{0,120}?\b(?:following|include|includes|are|as follows)[ \t]*+[:;]$",
    re.IGNORECASE,
)
"""The end of a sentence that announces a list of questions (`… questions … include the
following;`)."""

_YEAR_PREFIX = re.compile(r"^IGF[ \t]+(?:19|20)\d\d[ \t]+(?=\S)", re.IGNORECASE)
"""`IGF 2019 ` before a title printed without a session number."""

_CHROME_LINES = 3
"""The most lines (blank ones between them counted apart) a web page prints above a title
line that has no session number."""

_MIN_CUT_REPEAT = 40
"""The shortest start of a paragraph read as that paragraph printed again, cut short."""


def _paragraph_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each blank-line separated paragraph."""
    spans: list[tuple[int, int]] = []
    for index, raw in enumerate(lines):
        if not raw.strip():
            continue
        if spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _cut_short(key: str, known: set[str]) -> bool:
    """True when `key` is the start of a paragraph already read: a section printed twice
    whose second copy the page (or the copy of it) cut off."""
    return len(key) >= _MIN_CUT_REPEAT and any(have.startswith(key) for have in known)


def _questions_then_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, text): where questions are paragraphs with no list markers, a later
    long paragraph that does not end with `?` is not a question but the next box's text
    that lost its label (2020 pages print the description after the questions).  After
    marked questions, that text is a long line with no mark that follows a question
    already ended with `?` and asks nothing itself."""
    if any(_LIST_MARK.match(line.strip()) for line in lines):
        return _marked_then_text(lines)
    seen_paragraph = False
    for index, raw in enumerate(lines):
        text = raw.strip()
        starts = bool(text) and (index == 0 or not lines[index - 1].strip())
        if not starts:
            continue
        end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
        paragraph = " ".join(line.strip() for line in lines[index:end])
        asks = INTERROGATIVE.match(paragraph) is not None or (
            paragraph.endswith("?") and ". " not in paragraph  # not prose that ends asking
        )
        if seen_paragraph and len(paragraph) > WEB_LINE and not asks:
            return lines[:index], lines[index:]
        seen_paragraph = True
    return lines, []


def _marked_then_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, text) of a list of marked questions (`1. What …?`): the text starts at
    the first long unmarked line after the last marked one whose question had ended."""
    marked = [i for i, line in enumerate(lines) if _ANY_MARK.match(line.strip())]
    before = ""
    for index in range(marked[-1], len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if (
            index > marked[-1]
            and before.endswith("?")
            and len(text) > WEB_LINE
            and not text.endswith("?")
            and INTERROGATIVE.match(text) is None
        ):
            return lines[:index], lines[index:]
        before = text
    return lines, []


_LIST_MARK = re.compile(rf"(?:\(?(?:[A-Za-z]|\d{{1,2}})[.)]|[{BULLETS}]|\(?Q\d\)?)[ \t]")
"""A list marker opening a question line (`1.`, `A)`, `-`, `•`, `Q1`, `(Q1)`)."""


_ANY_MARK = re.compile(rf"{_LIST_MARK.pattern}|\(?(?:[A-Z]|\d{{1,2}})[.)](?=\S)")
"""A list mark, also one run into its item (`C.What …`)."""
_INLINE_ROLE = re.compile(
    r"(?<=\S)[ \t]++(?P<role>(?:Onsite[ \t]+|On-site[ \t]+|Online[ \t]+)?Moderator|Rapporteur)"
    r"(?:[ \t]*+:)?[ \t]++(?=[A-Z])"
)
"""A role's label run into a line of people (`… Rising Flame, India Moderator: Andrea …`)."""
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){1,4}+,")
"""A person's name and the comma after it: what follows a role's label run into a line
without its colon (`… ITU-T Rapporteur Kaoru Mizuno, …`), not a job title."""
_INLINE_FIELDS = {
    "moderator": "onsite_moderator",
    "onsitemoderator": "onsite_moderator",
    "on-sitemoderator": "onsite_moderator",
    "onlinemoderator": "online_moderator",
    "rapporteur": "rapporteur",
}


def _inline_roles(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """(lines, roles): a line of people (with a comma before it) cut where a role's label
    is run into it, and each (field, person line) after such a label."""
    out: list[str] = []
    roles: list[tuple[str, str]] = []
    for raw in lines:
        found = [
            match
            for match in _INLINE_ROLE.finditer(raw)
            if "," in raw[: match.start()]
            and (":" in match.group() or _NAME_THEN_COMMA.match(raw, match.end()))
        ]
        if not found:
            out.append(raw)
            continue
        out.append(raw[: found[0].start()])
        for match, following in zip(found, [*found[1:], None], strict=True):
            end = following.start() if following is not None else len(raw)
            field = _INLINE_FIELDS[re.sub(r"[\s]+", "", match["role"]).casefold()]
            roles.append((field, raw[match.end() : end].strip()))
    return out, roles


def _member_of(line: str, organisation: str) -> bool:
    """True for a `Name, Organisation` line under the line naming its organisation: how
    2020-2021 pages print the organisers, their organisation above them."""
    name, comma, rest = line.partition(",")
    if not comma or len(line) > WEB_LINE or not 1 <= len(name.split()) <= 5:
        return False
    if not looks_like_person(line) or not name[:1].isupper():
        return False
    ours, theirs = name_key(rest), name_key(organisation)
    return bool(ours and theirs) and (ours in theirs or theirs in ours)


def _before_running_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines, running): a role's lines cut before running text that follows a run of
    blank lines (where a label was lost) after the role's first line, which may be a
    sentence naming the person: a line longer than a person's, another box's text."""
    first = next((index for index, raw in enumerate(lines) if raw.strip()), len(lines))
    for index in range(first + 2, len(lines)):
        text = lines[index].strip()
        after_blanks = not (lines[index - 1] + lines[index - 2]).strip()
        if len(text) > WEB_LINE and after_blanks and not looks_like_person(text):
            return lines[:index], lines[index:]
    return lines, []


def _blocks(lines: list[str], split_inline: bool) -> list[tuple[int, list[str]]]:
    """The section's lines cut where a label was lost: at each run of two or more blank
    lines, and (`split_inline`) after a label's one-paragraph value copied from a web page
    when a new sentence follows on the next line.  Each block with its first line's index."""
    blocks: list[tuple[int, list[str]]] = [(0, [])]
    blank_run = 0
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            blank_run += 1
            blocks[-1][1].append(raw)
            continue
        new_block = blank_run >= 2 and any(line.strip() for line in blocks[-1][1])
        if split_inline and index == 1 and len(lines[0].strip()) > WEB_LINE and text[0].isupper():
            new_block = True
        if new_block:
            blocks.append((index, []))
        blocks[-1][1].append(raw)
        blank_run = 0
    return blocks


def _encodable(text: str) -> str:
    """`text` with surrogate pairs joined and lone surrogates (from undecodable bytes read
    with `surrogateescape`) replaced by U+FFFD, so that the draft can be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def read_published_text(source: Path | str) -> str:
    """The text of a published proposal in the file `source` ('-' for standard input).

    Bytes are decoded as UTF-8; anything else (binary junk, another encoding) becomes '�'
    rather than an error, whatever the locale, so the importer always gets text.  Raises
    ProposalTuiError when the file is not a regular file, is over 2 MB or cannot be read
    (a FIFO is refused, never waited on); OSError when standard input cannot be read.
    """
    if str(source) == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text stream with no bytes underneath (tests swap one in)
            return sys.stdin.read()
        data = buffer.read()
    else:
        data = read_regular(source, ProposalTuiError, limit=MAX_DRAFT_BYTES)
    return data.decode("utf-8-sig", errors="replace")


def import_text(
    text: str, call_name: str | None = None, moves: Mapping[int, str] | None = None
) -> ImportResult:
    """Read a published proposal's text, or proposal-tui's text export, into a new draft.

    The call profile is `call_name` when given, else guessed from the text (the year
    of an `IGF 2023 WS #…` title line, or the call title export_text starts with).
    `moves` puts the paragraph starting at a line (its index in the text's lines) in the
    field named, or in the import notes (`MOVED_TO_NOTES`), as the person chose in the
    import review.  Raises CallError only for a `call_name` that names no readable profile.
    """
    text = _encodable(text)
    lines = split_lines(text)
    call, notes = choose_call(lines, call_name)
    if not any(line.strip() for line in lines):
        notes.append("The text is empty: nothing to import.")
    sections, published = cut_sections(lines, call, moves)
    labelled = frozenset(s.field for s in sections if s.labelled and s.field)
    reader = _Reader(call, labelled, lines)
    reader.notes += notes
    reader.present = frozenset(s.field for s in sections if s.field)
    after: set[str] = set()
    following: str | None = None
    for section in reversed(sections):  # a few distinct fields: each set is small
        reader.later.append(frozenset(after))
        reader.nexts.append(following)
        if section.field:
            after.add(section.field)
            following = section.field
    reader.later.reverse()
    reader.nexts.reverse()
    if published is not None:
        year, kind, number = published.year, published.kind, published.number
        reader.notes.append(f"Published as IGF {year} {quote(kind)[1:-1]} #{number}.")
    for section in sections:
        reader.feed(section)
    values = reader.finish()
    all_notes, import_notes = reader.import_notes()
    proposal = link_people(Proposal(call=call.name, import_notes=import_notes, **values))
    return ImportResult(proposal, call.name, tuple(all_notes), tuple(reader.placements))
