"""Reading the organisers' and speakers' boxes, and the lines after a list of people.

A mixin of `importer.Reader`.  Each person line is read by `import_person_line` (a
section of them by `import_people`); here people listed twice are merged, roles named on
a person's line or run into the line of speakers are taken, a bulleted list set apart
under the numbered organisers is the speakers (a guess), and the lines after a list of
people (a format line, the questions, unlabelled people) go where they belong.  The roles'
boxes are read in `import_role_boxes`, people whose labels were lost in `import_lost_people`.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from proposal_tui.export import LIST_ITEM_PREFIX
from proposal_tui.import_blocks import QUESTION_LINE
from proposal_tui.import_fields import INTERROGATIVE, known_format
from proposal_tui.import_names import (
    HONORIFIC,
    JOB_STARTS,
    capitalised,
    looks_like_person,
    name_doubt,
    name_word,
    org_word,
)
from proposal_tui.import_people import read_people, second_names
from proposal_tui.import_people_lines import (
    bulleted_person,
    person_then_bio,
    possessive,
    role_sentence,
)
from proposal_tui.import_people_runs import name_list
from proposal_tui.import_person_line import (
    ReadPerson,
    name_then_organisation,
    names_no_one,
    person_from_line,
    read_detail,
    read_item,
)
from proposal_tui.import_role_marks import role_lead
from proposal_tui.import_sections import Section, quote
from proposal_tui.model import PERSON_ROLE_FIELDS, Person

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class PeopleBoxes(_Base):
    """The organisers and speakers read into people, and what follows them."""

    def people(self, name: str, section: Section) -> None:
        """`section`, the organisers' or speakers' box `name`, read into that list: its
        people merged, roles named on their lines taken, the rest placed or noted."""
        lines, inline = _inline_roles(section.lines)
        for role, text in inline:  # `… India Moderator: Andrea Saks, …` (2019 DC pages)
            if role in self.roles:
                self.unplace(section, [text])
                continue
            why = f"{self.label(role)} named inside the line of {name}"
            self.place(role, "label", why, text)
            self.roles[role] = person_from_line(text, self.call)
        for line in lines:
            if (item := read_item(line)) is not None and item.field != name:
                # `Organizer 1: …` lines repeated under the speakers' label: its speakers
                noun = LIST_ITEM_PREFIX[item.field].lower()
                why = f"a numbered {noun}'s line under {self.label(name)}, read as one of them"
                self.place(name, "guess", why, line.strip())
        lines = self.led_out(name, lines, section)
        lines = self.listed_names(name, lines, section)
        lines, apart = self.speakers_apart(name, lines)
        read = read_people(lines, self.call)
        for line, why in read.split:
            self.place(name, "guess", why, line)
        for line in read.held:
            why = "a numbered place kept for a person not yet named"
            self.place("import_notes", "label", why, line)
            self.unplace(section, [line])
        for line in read.bulleted:
            noun = LIST_ITEM_PREFIX[name].lower()
            self.place(name, "guess", f"a bulleted line after the numbered {noun}s", line)
        for line in read.renumbered:
            noun = LIST_ITEM_PREFIX[name].lower()
            why = f"a list numbered again from 1 after the numbered {noun}s"
            self.place(name, "guess", why, line)
        people = self.lists[name]
        for index in second_names(read.people):
            # `Pak Yin, Edward Choi, Civil Society, …` among `Name, group, region` lines
            second = read.people[index]
            person = second.person
            both = f"{person.name}, {person.organization}"
            why = f"the others of the list print no organisation: the name read as {quote(both)}"
            second.person = person.model_copy(update={"name": both, "organization": ""})
            self.place(name, "guess", why, second.line)
        for person in read.people:
            joined = _name_in_two_parts(person.person)
            if joined and self.named_again_with(joined[0], joined[1]):
                # `Ying Tung, Mandy Chan, The University of …`: a given name and another
                both, rest = joined
                person.person = person.person.model_copy(
                    update={"name": both, "organization": rest}
                )
                why = f"a detail reading as more of the name before an organisation: {quote(both)}"
                self.place(name, "guess", why, person.line)
        named = name == "organizers" and not all(map(_organisation_named, read.people))
        for number, person in enumerate(read.people, 1):
            if names_no_one(person):
                # `Organizer 1: Civil Society, Western European and Others Group (WEOG)`:
                # a row giving only who the person is, not their name, names no one
                written = person.line
                if person.number is not None:
                    written = f"{people.noun} {person.number}: {written}"
                why = "a row with no name, only a stakeholder group, region or organisation"
                self.place("import_notes", "label", why, written)
                self.unplace(section, [written, *person.unread])
                continue
            if named and _organisation_named(person):
                # `Organizer 2: Dynamic Coalition Coordination Group (DCCG)` after a person
                why = f"{quote(person.person.name)} names an organisation, not a person"
                why += ": kept in the notes"
                self.place(name, "guess", why, person.line)
                self.unplace(section, [person.line, *person.unread])
                continue
            if doubt := person.guess or name_doubt(person.person):
                self.place(name, "guess", doubt, person.line)
            if person.role and person.role not in self.roles:
                why = f"{person.role.replace('_', ' ')} named on the person's line"
                self.place(person.role, "label", why, person.person.name)
                self.roles[person.role] = person
            for note in (people.add(person), title_note(person)):
                if note:
                    self.notes.append(note)
            if person.hidden:
                which = person.number or number
                self.notes.append(f"{people.noun} {which}: hidden fields (🔒) left empty.")
            self.unplace(section, person.unread)
        self.loose(read.loose, section)
        if apart:
            why = "no label; people set apart at the end of the organizers' box"
            self.place("speakers", "guess", why, apart[0])
            self.people("speakers", Section("speakers", "", apart, labelled=False))

    def listed_names(self, name: str, lines: list[str], section: Section) -> list[str]:
        """`lines` of a people box with a line of three or more names led by a label that
        names the box's role (`Moderator and Organizer: Name (main), Name (sub), Name
        (sub)` among the organisers of 2024-2025 open forums) as one name a line, the
        bracketed marks left out; the line itself is kept in the notes."""
        out = []
        for raw in lines:
            lead = _LIST_LEAD.fullmatch(raw.strip())
            if lead is None or not name.startswith(lead["role"].casefold()[:6]):
                out.append(raw)
                continue
            names = [_LIST_MARK.sub("", part).strip() for part in lead["names"].split(",")]
            if name_list(", ".join(names), self.call) is None:
                out.append(raw)
                continue
            why = f"a line of names led by {quote(lead['label'])} under {self.label(name)}"
            self.place(name, "label", why, raw.strip())
            self.unplace(section, [raw.strip()])
            out += names
        return out

    def speakers_apart(self, name: str, lines: list[str]) -> tuple[list[str], list[str]]:
        """(`lines`, []), or, where the text has no speakers, the organisers' `lines` up to
        two or more `Name, details` lines ending the box after two blank lines (where the
        speakers' label was lost), or up to a bulleted list of two or more people set apart
        by a blank line after the numbered organisers and ending the box (`Organizer 1: …`,
        a blank line, `• Name, Role, Organisation` lines: 2019 workshops), and that list:
        the speakers whose label was lost (a guess)."""
        if name != "organizers" or "speakers" in self.present or self.lists["speakers"].people:
            return lines, []
        content = [index for index, line in enumerate(lines) if line.strip()]
        if found := _people_after_gap(lines, content):
            return found
        begin = len(content)
        while begin and bulleted_person(lines[content[begin - 1]]):
            begin -= 1
        if len(content) - begin < 2 or not begin or read_item(lines[content[0]]) is None:
            return lines, []
        start = content[begin]
        if lines[start - 1].strip():  # no blank line: more of the numbered list (2024)
            return lines, []
        return lines[:start], [lines[index].strip() for index in content[begin:]]

    def loose(self, lines: list[str], where: Section | str) -> None:
        """Lines after a list of people or a role: a format line, a person, the policy
        questions (a run of long lines ending in `?` after a format line, or where the text
        has none of the boxes the form puts between the people and the questions, a run
        opening with a numbered or lettered question, `1. What …? 2. How …?`, `A. What …?`,
        or with a long line that opens as a question does and ends with `?`, `Is the …
        positions?` (2019 pages that lost the label); each where the text has no
        questions), or unplaced."""
        under = "the format line among the people"
        lines = self.panel_items(lines, where)
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            after_format = "format" in self.scalars  # 2023 forms: the questions follow it
            if not after_format and _lost_question(line) and self.nothing_between():
                after_format, under = True, "the people, the format's boxes absent"
            if after_format and (end := self.lost_questions(lines, index - 1, under)) >= index:
                index = end
            elif (
                found := known_format(line, self.formats) if "format" not in self.scalars else None
            ) is not None:
                self.place("format", "guess", "an unlabelled line that names a format", line)
                self.format(found, where)
            elif self.format_talk(line):
                why = "no label; a line about the session's format after the people"
                self.place("format_description", "order", why, line)
                self.text("format_description", [line], False, guessed=True)
            elif (
                len(self.bare) < _MAX_UNLABELLED
                and looks_like_person(line)
                and not ("," not in line and possessive(line))  # `Organization's Website`
                and not role_sentence(line)  # `Name, …, will serve as Moderator.`: a note
                and not ("," not in line and line.strip()[:1].islower())  # `panel debate`
                and not ("," not in line and _small_words(line) >= 2)  # `Panel discussion with …`
            ):  # a name opens with a capital: words in small letters name no one
                self.bare.append((person_from_line(line, self.call), line))
                if isinstance(where, Section) and where.field in PERSON_ROLE_FIELDS:
                    self.bare_after[len(self.bare) - 1] = where.field
            elif len(self.bare) < _MAX_UNLABELLED and (bio := person_then_bio(line)):
                # `Name, …, will replace … (ITU). He currently acts as …`: the bio to the notes
                self.bare.append((person_from_line(bio[0], self.call), line))
                self.unplace(where, [bio[1]])
            else:
                if isinstance(where, Section) and where.field in _LISTS and _may_name(line):
                    # `Name will be bringing …`: a sentence read as no one may name someone
                    noun = LIST_ITEM_PREFIX[where.field].lower()
                    why = f"a sentence {where.where} read as no one may name a {noun}"
                    self.place(where.field, "guess", why, line)
                self.unplace(where, [line])

    def nothing_between(self) -> bool:
        """True where the text has none of the boxes the form puts between the people and
        the policy questions (a 2023 page that lost its format line with its labels)."""
        order = [s.field for s in self.call.sections]
        if "policy_questions" not in order or "rapporteur" not in order:
            return False
        between = set(order[order.index("rapporteur") + 1 : order.index("policy_questions")])
        return not between & (self.present | set(self.scalars) | set(self.texts))

    def format_talk(self, line: str) -> bool:
        """True for a line among the people that tells how the session runs (`15 - and 20
        - minute long interactive presentations …, combined with Q&A`): the format box of a
        2021 Day 0 page, its label lost, where the text has no format and no description of
        it."""
        return (
            self.call.section("format_description") is not None
            and not {"format", "format_description"} & (self.present | set(self.scalars))
            and "format_description" not in self.texts
            and len(line.split()) >= _FORMAT_TALK_WORDS
            and _FORMAT_TALK.search(line) is not None
        )

    def named_again_with(self, name: str, organisation: str) -> bool:
        """True where two lines of the text open with `name` (`Ying Tung, Mandy Chan`)
        and a comma, one going on with `organisation` and another with other details
        (`…, Civil Society, Asia-Pacific Group`): the two parts of `name` go together."""
        opening = [" ".join(line.split()) for line in self.lines if f"{name}," in line]
        return any(organisation in line for line in opening) and any(
            organisation not in line for line in opening
        )

    def led_out(self, name: str, lines: list[str], section: Section) -> list[str]:
        """`lines` of a people box without its lines opened by a role label (`• Moderator:
        Name, …` among the speakers): that role's person, not one of the list.  Where the
        text has the role already, or a box for it, the line is kept in the notes."""
        out = []
        for raw in lines:
            led = role_lead(raw)
            if led is None and (person := _free_label_lead(raw)) is not None:
                why = "a free label opening a person's line (what they speak for), not the name"
                self.place(name, "guess", why, raw.strip())
                out.append(person)
            elif led is None:
                out.append(raw)
            elif led[0] in self.roles or led[0] in self.present:
                self.unplace(section, [raw.strip()])
            else:
                why = f"a role label opening a person's line under {self.label(name)}"
                self.place(led[0], "label", why, raw.strip())
                self.role(led[0], Section(led[0], "", [led[1]], labelled=False))
        return out


_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von"}
    | {"der", "den", "ten", "ter", "bin", "binti", "al", "el", "y", "e"}
)
"""Small-letter words a name may hold (`Bruna Martins dos Santos`, `Ludwig van Beethoven`)."""


_LISTS = frozenset({"organizers", "speakers"})


def _may_name(line: str) -> bool:
    """True for a short sentence (`_SENTENCE_WORDS` words, not a heading ending in `:`)
    opening with a capital: it may name a person the box's list left out; a note of a
    word or three (`Others tbc.`) or a paragraph names no one to add."""
    text = line.strip()
    return (
        _SENTENCE_WORDS[0] <= len(text.split()) <= _SENTENCE_WORDS[1]
        and capitalised(text)
        and not text.endswith(":")
    )


_SENTENCE_WORDS = (4, 20)


def _small_words(line: str) -> int:
    """How many words of `line` are letters, in small letters, and no name's particle
    (an email's `[email protected]` is none): a line
    with two or more (`Panel discussion with audience Q&A`) names no one."""
    return sum(w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in line.split())


def _name_in_two_parts(person: Person) -> tuple[str, str] | None:
    """(the whole name, the organisation) for a person read as `Name, Name Name,
    Organisation` with no group or region: two or three capitalised words (no acronym)
    after the name's comma that hold no organisation's or job's word, before a part that reads as
    an organisation (`Ying Tung, Mandy Chan, The University of Hong Kong`); None otherwise."""
    middle, comma, rest = person.organization.partition(",")
    words = middle.split()
    if not comma or person.stakeholder_group or person.region or not 2 <= len(words) <= 3:
        return None
    if not all(name_word(w) and w[:1].isupper() and w[1:].islower() for w in words):
        return None
    if org_word(middle):
        return None
    if any(w.casefold() in JOB_STARTS for w in words):
        return None
    if not org_word(rest) or "," in rest:
        return None
    return f"{person.name}, {middle.strip()}", rest.strip()


_FREE_LABEL = re.compile(r"(?P<label>[A-Z][^:\d,]{2,99}?)[ \t]*+:[ \t]++(?P<person>[A-Z].*)")
"""`High-level representative from …: Name …`: a person's line opened by a free label
saying what the person speaks for."""


def _free_label_lead(line: str) -> str | None:
    """The person's line after a free label opening `line` (`Representative from a
    Government: Hon. Name Name Organisation …`), where that line runs a name into its
    organisation with no comma (`name_then_organisation`), written with a comma after the
    name; None otherwise, and for a person's detail (`Region: …`)."""
    match = _FREE_LABEL.fullmatch(line.strip())
    if match is None or read_detail(line.strip()) is not None:
        return None
    person = match["person"].strip()
    title = HONORIFIC.match(person)
    run = name_then_organisation(person[title.end() :] if title else person)
    lead = title.group() if title else ""
    return f"{lead}{run[0]}, {run[1]}" if run is not None else None


_FORMAT_TALK = re.compile(r"\b(?:format|minutes?|presentations?|Q&A)\b", re.IGNORECASE)
"""Words that tell how a session runs."""


_FORMAT_TALK_WORDS = 6
"""The fewest words of a line about the format (fewer may be a person's details)."""


_MAX_UNLABELLED = 2 * len(PERSON_ROLE_FIELDS)
"""Unlabelled person lines tried as moderators or rapporteur; later ones are unplaced."""


_LIST_LEAD = re.compile(
    r"(?P<label>[A-Za-z ]{0,40}?\b(?P<role>organi[sz]er|speaker)s?)[ \t]*+:[ \t]*+(?P<names>\S.*)",
    re.IGNORECASE,
)
"""A label naming the organisers' or the speakers' role, then a line of names."""


_NUMBERED_QUESTION = re.compile(r"\(?[1Aa][.)][ \t]++[A-Z][^?\n]*\?")
"""A line that opens with a first numbered or lettered question (`1. What …?`, `(1) How
…?`, `A. What …?`)."""


def _lost_question(line: str) -> bool:
    """True for a line that opens with a first numbered or lettered question (`1. What …?`,
    `A. What …?`), or a long line that opens as a question does and ends with `?` (`Is the
    Civil Society …?`)."""
    text = line.strip()
    if _NUMBERED_QUESTION.match(text):
        return True
    return QUESTION_LINE.fullmatch(text) is not None and INTERROGATIVE.match(text) is not None


_LIST_MARK = re.compile(r"[ \t]*+\([^()]{1,20}\)")
"""A short bracketed mark after a name in a line of names (`Yoichi Iida (main)`)."""


def _organisation_named(read: ReadPerson) -> bool:
    """True for a person read with an organisation's name and nothing of a person's
    (`Dynamic Coalition Coordination Group (DCCG)`): among organisers who are people, the
    organisation, not one of them (alone, it stays, marked as a guess)."""
    person = read.person
    return bool(person.name) and org_word(person.name) and not person.email


def title_note(read: ReadPerson) -> str | None:
    """The import note saying a title (`Dr.`) was left out of a name; None if none was."""
    if not read.title:
        return None
    return f"The title {quote(read.title)} left out of the name {quote(read.person.name)}."


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
            if ("," in raw[: match.start()] or raw[: match.start()].rstrip().endswith(";"))
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


def _people_after_gap(lines: list[str], content: list[int]) -> tuple[list[str], list[str]] | None:
    """(the box's lines before, the people) for two or more `Name, details` lines ending an
    organisers' box after two or more blank lines (a label lost there), one a paragraph."""
    pairs = itertools.pairwise(content)
    gap = next((after for before, after in pairs if after - before > 2), None)
    if gap is None:
        return None
    people = [lines[index].strip() for index in content if index >= gap]
    if len(people) < 2 or not all("," in line and looks_like_person(line) for line in people):
        return None
    return lines[:gap], people
