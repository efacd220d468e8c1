"""Import a published proposal's text (or proposal-tui's own text export) into a draft.

The text is cut into sections at the labels it carries (`import_sections`), and each
section's content is read by its kind (`import_fields`, `import_people`).  People are read
in layers: `import_names` (a person's name: titles, name words, organisation words),
`import_person_line` (one person's line), `import_role_marks` (roles and bracketed marks
on a line), `import_people_runs` (lines that run several people together) and
`import_people` (a people section, merging, role matching).  `Reader` feeds the sections
to its parts: `import_state` (what was read, where each piece went), `import_boxes` (each
labelled box), `import_people_boxes` (organisers and speakers), `import_role_boxes`
(moderators and rapporteur), `import_lost_people` (people whose labels were lost),
`import_people_lines` (what a line among the people holds), `import_lost_labels` (blocks
whose label was lost, placed by the form's order), `import_lost_description`,
`import_lost_questions` and `import_lost_hybrid` (the description, the policy questions and
the hybrid format's answer where their labels were lost), `import_unlabelled` (a format
line and questions under no label) and `import_title` (a title's first lines: a session's
kind opening it, a date line or a link's label where no title is).

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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from proposal_tui.import_boxes import LabelledBoxes
from proposal_tui.import_fields import known_format, label_key, without_lock
from proposal_tui.import_lost_description import LostDescription
from proposal_tui.import_lost_hybrid import LostHybrid
from proposal_tui.import_lost_labels import LostLabels
from proposal_tui.import_lost_people import LostPeople
from proposal_tui.import_lost_questions import LostQuestions
from proposal_tui.import_people_boxes import PeopleBoxes
from proposal_tui.import_people_lines import PeopleLines
from proposal_tui.import_role_boxes import RoleBoxes, before_running_text
from proposal_tui.import_role_marks import comma_role, role_run
from proposal_tui.import_sections import (
    TEXT_FIELDS,
    Section,
    choose_call,
    cut_sections,
    quote,
    split_lines,
)
from proposal_tui.import_state import GUESS, Placement, ReaderState
from proposal_tui.import_title import (
    TitleLines,
    date_time_line,
    link_label,
    scheduled_title,
    title_parts,
)
from proposal_tui.import_unlabelled import UnlabelledLines
from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS, Proposal
from proposal_tui.people_links import link_people


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


class Reader(
    LabelledBoxes,
    PeopleBoxes,
    RoleBoxes,
    LostPeople,
    PeopleLines,
    LostLabels,
    LostDescription,
    LostQuestions,
    LostHybrid,
    UnlabelledLines,
    TitleLines,
    ReaderState,
):
    """Reads sections one by one into proposal values, notes and unplaced text."""

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
        if section.report:
            why = f"under {quote(section.label)}: the session's report, after the proposal"
            self.place("import_notes", "label", why, section.label, section.start)
            self.unplace(section, section.lines)
            return
        if name is None:
            if section.resumed and not section.label:
                self.preamble += section.lines
            elif section.label:
                if not section.resumed:
                    why = f"under {quote(section.label)}, a box the draft has no field for"
                    self.place("import_notes", "label", why, first, section.start)
                self.goals_of_targets(section.lines, section)
                lines = self.format_text_before_duration(section)
                lines = self.format_after_targets(lines, section)
                lines = self.title_about_session(lines, section)
                lines = self.description_about_session(lines, section)
                lines = self.description_after_box(lines, section)
                lines = self.introduced_questions(lines, section)
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
            # running text after a run of blank lines ends the box: another box's text
            # (questions there are left to the box: `loose` reads them)
            people, running = before_running_text(section.lines)
            if running and running[0].strip().endswith("?"):
                people, running = section.lines, []
            self.people(name, replace(section, lines=people) if running else section)
            if running:
                self.text_after_people(name, running, section)
        elif name in PERSON_ROLE_FIELDS:
            self.role(name, section)
        else:
            read = getattr(self, f"read_{name}", None)
            if read is None:
                self.unplace(section, lines)
            else:
                read(lines, section, repeat)

    def finish(self) -> dict[str, Any]:
        self.title_from_preamble()  # it may place text, questions and people too
        self.talk_speakers()  # after every line was read: in the text's order
        self.agenda_speakers()
        values: dict[str, Any] = {
            "topics": [],
            "links": [],
            "policy_questions": [],
            "sdgs": [],
            **self.items,
        }
        values.update({name: "\n\n".join(paras) for name, paras in self.texts.items()})
        roles = self.roles_out()  # it may add speakers
        for name in PERSON_LIST_FIELDS:
            for why, line in self.lists[name].doubts:
                at = next((i for i, raw in enumerate(self.lines) if line in raw), 0)
                self.place(name, "guess", why, line, at)
        values.update({name: self.lists[name].people for name in PERSON_LIST_FIELDS})
        values.update(roles)
        values.update(self.scalars)
        return values

    def title_from_preamble(self) -> None:
        content = [line.strip() for line in self.preamble]
        start = next((index for index, line in enumerate(content) if line), len(content))
        if start < len(content) and content[start].casefold() == "session":
            why = "a heading of the page"
            if "title" not in self.scalars:  # a `1. Title` heading below may give it
                self.notes.append(
                    'The text starts at "Session", after the title: the title is left empty.'
                )
                why += "; the title is not in the copy"
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
        if "title" not in self.scalars and start < len(content) and link_label(content[start]):
            # the copy starts at `Organization's Website`, a link of the page: no title in it
            self.notes.append(
                f"The text starts at {quote(content[start])}, a link of the page: the title is"
                " left empty."
            )
            self.place("import_notes", "label", "a link of the page, not a title", content[start])
            self.unplace("before the first label", [content[start]])
            self.scalars["title"] = ""
            start += 1
        dated = start < len(content) and date_time_line(content[start])
        one_line = start < len(content) and (
            start + 1 == len(content)
            or not content[start + 1]
            # a copy with no blank lines: the title's line, then the page's `Time` over
            # the date, or the date, or a title that names its year (`IGF 2019 …`)
            or (
                label_key(content[start]) != _TIME
                and (
                    label_key(content[start + 1]) == _TIME
                    or date_time_line(content[start + 1])
                    or (self.web_copy and _YEAR_PREFIX.match(content[start]) is not None)
                )
            )
        )
        if (
            "title" not in self.scalars
            and start < len(content)
            and known_format(content[start], self.formats) is not None
        ):
            # the copy starts at the format line (`Roundtable`, 2024): no title in it
            self.notes.append(
                f"The text starts at the format line {quote(content[start])}: the title is"
                " left empty."
            )
            self.scalars["title"] = ""
        scheduled = (
            scheduled_title(content[start], self.call)
            if "title" not in self.scalars and one_line and dated
            else None
        )
        if scheduled is not None:
            # `<title> Outline (10 October | 11:00 - 12:30 JST | Main Hall)`: the session's
            # heading on a page listing sessions; the date, time and room are no title
            title, label = scheduled
            self.scalars["title"], code, kind = title_parts(title)
            self.note_left_out(code, kind)
            if label:
                self.notes.append(f"The label {quote(label)} left out of the title.")
            why = "the first line, before the session's date and time in brackets"
            self.place("title", "guess", why, content[start])
            start += 1
        if "title" not in self.scalars and one_line and not dated and len(content[start]) <= 200:
            # `IGF 2019 The not-so-free market`: a session printed with no number; the
            # session's kind opening it (`Main Session: …`) is no part of the title
            line = _without_year(content[start])
            self.scalars["title"], code, kind = title_parts(line)
            self.note_left_out(code, kind)
            self.place("title", "guess", "the first line, with no label", content[start])
            start += 1
        self.after = self.later[0] if self.later else frozenset()  # the whole text follows
        self.next_field = self.nexts[0] if self.nexts else None
        lines = self.lost_people(content[start:], "before the first label")
        lines = self.description_before_labels(lines)
        rest = self.stray(lines, "before the first label", questions=True)
        for line in rest:
            self.roles_on_lines(role_run(line) or ([line] if comma_role(line) else []))
        first = next((line for line in rest if line), "")
        if first:
            self.place("import_notes", "label", "before the first label; no field for it", first)


_YEAR_PREFIX = re.compile(
    r"^IGF[ \t]+(?:19|20)\d\d[ \t]+(?:[-\u2013\u2014][ \t]+)?(?=\S)", re.IGNORECASE
)
"""`IGF 2019 ` before a title printed without a session number, with a dash parting
them (`IGF 2021 – Water …`): punctuation, no word of the title."""


def _without_year(line: str) -> str:
    """`line` with its `IGF 2019 ` prefix left out, unless the words after it open in small
    letters (`IGF 2021 at Youth LACIGF`): there the year's meeting is the title's subject,
    as a session's kind is kept before a word in small letters (`without_kind`)."""
    prefix = _YEAR_PREFIX.match(line)
    if prefix is None or prefix.end() >= len(line) or line[prefix.end()].islower():
        return line
    return line[prefix.end() :]


_TIME = label_key("Time")
"""The heading a session's page prints over its date and time."""


_CHROME_LINES = 3
"""The most lines (blank ones between them counted apart) a web page prints above a title
line that has no session number."""


def _encodable(text: str) -> str:
    """`text` with surrogate pairs joined and lone surrogates (from undecodable bytes read
    with `surrogateescape`) replaced by U+FFFD, so that the draft can be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


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
    filled = {s.field for s in sections if any(line.strip() for line in s.lines)}
    labelled = frozenset(
        s.field
        for s in sections
        if s.labelled and s.field and (s.field not in TEXT_FIELDS or s.field in filled)
    )
    reader = Reader(call, labelled, lines)
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
    read = Proposal(call=call.name, **values)
    proposal = link_people(read)
    for name, printed, kept in spelled_otherwise(read, proposal):
        why = f"the same person as {quote(kept)} named above, whose spelling the draft keeps"
        reader.place(name, "guess", why, printed)
    all_notes, proposal.import_notes = reader.import_notes()
    return ImportResult(proposal, call.name, tuple(all_notes), tuple(reader.placements))


def spelled_otherwise(read: Proposal, linked: Proposal) -> Iterator[tuple[str, str, str]]:
    """(field, name as printed, name kept) for each person `link_people` joined to someone
    named earlier with another spelling (`Nicolas` and `Nicolás`): whether they are one
    person is a doubt the draft keeps as a guess."""
    for name in PERSON_LIST_FIELDS:
        for printed, kept in zip(getattr(read, name), getattr(linked, name), strict=True):
            if printed.name.strip() != kept.name.strip():
                yield name, printed.name, kept.name
    for name in PERSON_ROLE_FIELDS:
        printed, kept = getattr(read, name), getattr(linked, name)
        if printed is not None and kept is not None and printed.name.strip() != kept.name.strip():
            yield name, printed.name, kept.name
