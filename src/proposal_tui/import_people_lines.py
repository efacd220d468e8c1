"""Telling what a line among the people holds: a person's details, or organisations only.

A mixin of `importer.Reader` (these checks need the call profile and its formats), with the
line shapes the people's readers share: a bulleted person's line and its `(Moderator)`
mark, a name alone on its line, a possessive (`Organization's Website`, no person), a
sentence announcing who takes a role, a person's line with a bio after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.import_fields import BULLETS, MAX_STRUCTURE_LINE, WEB_LINE, known_format
from proposal_tui.import_names import HONORIFIC, NAME_WORDS, looks_like_person, org_word, with_email
from proposal_tui.import_people_runs import (
    bracket_run,
    bullet_run,
    dash_name_run,
    email_run,
    labelled_run,
    name_then_comma,
    numbered_run,
    organisation_run,
    person_run,
    region_run,
    semicolon_run,
    titled_run,
    trailing_sentence,
)
from proposal_tui.import_person_line import (
    from_place,
    name_records,
    name_then_bracket,
    names_a_group,
    person_from_line,
    titled_person,
    with_commas,
)
from proposal_tui.import_role_marks import role_run, role_tail, tailed_person, unmarked

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class PeopleLines(_Base):
    """Whether a line names people with their details, or only organisations."""

    def person_line(self, line: str) -> bool:
        """True for a line that names people with their details: `Name: …` records, or a
        `Name, …` line that ends with a stakeholder group or a regional group."""
        line = with_commas(unmarked(line))
        if name_records(line) or email_run(line) or person_run(line, self.call):
            return True
        if semicolon_run(line) or organisation_run(line) or with_email(line) or from_place(line):
            return True
        if numbered_run(line) or bracket_run(line) or labelled_run(line) or titled_run(line):
            return True
        if bullet_run(line):
            return True
        if titled_person(line):
            return True
        tail = role_tail(line)  # `Name, …, Country - onsite moderator` (`[onsite, moderator]`)
        if role_run(line) or (tail is not None and tailed_person(tail[0])):
            return True
        cut = trailing_sentence(line, self.call)
        if region_run(line, self.call) or (cut is not None and region_run(cut[0], self.call)):
            return True
        if dash_name_run(line, self.call):
            return True
        if len(line) > MAX_STRUCTURE_LINE:
            return False
        person = person_from_line(line, self.call).person
        if "," not in line or not person.name:
            return False
        return bool(person.region or person.stakeholder_group) or names_a_group(line, self.call)

    def organisations_only(self, lines: list[str]) -> bool:
        """True for a block of a few organisations' names, one a line, naming no one
        (`European Commission`, `In collaboration with …`): an organisers' box (2021-2022
        Open Forums) printed with no people, so a run of people after it is the speakers."""
        return 1 <= len(lines) <= _MAX_ORGANISATIONS and all(
            len(line) <= 2 * WEB_LINE
            and line[-1] not in ".?!:;,"
            and known_format(line, self.formats) is None
            and not self.person_line(line)
            for line in lines
        )

    def organisation_alone(self, line: str) -> bool:
        """True for an organisation's name alone on its line, as an organisers' box naming
        no one prints it: no digit (not a date or a room), and an organisation's word or
        an acronym in brackets at its end (`Bundesministerium für … (BMZ)`)."""
        return (
            self.organisations_only([line])
            and not any(ch.isdigit() for ch in line)
            and (org_word(line) or _ACRONYM_END.search(line) is not None)
        )


_ACRONYM_END = re.compile(r"\([A-Z]{2,8}\)$")
"""An organisation's acronym in brackets ending its name (`… Entwicklung (BMZ)`)."""


_MAX_ORGANISATIONS = 6
"""The most lines an organisers' box naming only organisations is read as."""


BARE_NAME = re.compile(r"[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z][\w'’-]*+\.?|de|da|van|von|del|di)){1,4}")
"""A name alone on its line (`Athanase Bahizire`), as the site prints a role's person."""


def possessive(line: str) -> bool:
    """True for a line holding a possessive (`Organization's Website`, a 2025 page's link
    to the organisers' site): a person's details may, a name alone does not."""
    return any(word.casefold().endswith(("'s", "’s")) for word in line.split())


_ROLE_SENTENCE = re.compile(
    r",[ \t]*+will[ \t]++(?:(?:serve|act|be)[ \t]++as[ \t]++(?:(?:the|a|an)[ \t]++)?"
    r"(?:(?:onsite|on-site|online|in-person|remote|co-?)[ \t]*+)?(?:moderator|rapporteur)"
    r"|(?:co-?)?moderate)(?:[ \t]++[^,.]*+)?\.?$",
    re.IGNORECASE,
)
"""`…, will serve as Moderator.` or `…, will moderate the discussion.` ending a line that
names someone: a sentence announcing who takes a role (2020 Additional Speakers), not a
person of the list."""


def role_sentence(line: str) -> bool:
    """True for a line ending by saying its person will take a role (`Name, Government of
    Switzerland and co-organizer, will serve as Moderator.`)."""
    return _ROLE_SENTENCE.search(line.strip()) is not None


_BIO_AFTER = re.compile(
    rf"(?P<person>(?:{HONORIFIC.pattern})?{NAME_WORDS}[ \t]*+,[^.]++)\."
    r"[ \t]++(?P<bio>(?:He|She|They|His|Her|Their)[ \t]++\S.*)"
)
"""A person's line (`Name, details`, no full stop inside) and sentences about them after it."""


def person_then_bio(line: str) -> tuple[str, str] | None:
    """(the person's line, the bio) for a line that opens with a person (`Name, details`,
    one sentence however long) and goes on about them in sentences opened by `He`, `She`
    or `They` (`Paolo Gemma, senior Specialist …, will replace Reyna Ubeda (ITU). He
    currently acts as …`); None otherwise."""
    found = _BIO_AFTER.fullmatch(line.strip())
    return None if found is None else (found["person"].strip(), found["bio"])


ROLE_MARK = re.compile(r"[ \t]*+\(moderator\)\.?$", re.IGNORECASE)
"""`… (Moderator).` ending a speaker's line: the session's moderator."""


_BULLET_END = re.compile(r"[ \t]*+(?:;(?:[ \t]*+and)?|\.)$")


def unbulleted(line: str) -> str:
    """A bulleted person's line without its bullet and the `;`, `; and` or `.` ending it,
    with a comma after a name run into an organisation's acronym (`_acronym_after_name`)."""
    return _acronym_after_name(_BULLET_END.sub("", line.strip().lstrip(BULLETS).strip()))


def _acronym_after_name(line: str) -> str:
    """A line with no comma whose name runs into an organisation's acronym (`Edison Lanza
    OAS rapporteur for Freedom of Expression`, a 2019 bulleted list) with a comma after
    the name; any other line as it is."""
    if "," in line:
        return line
    read = name_then_comma(line)
    after = read.partition(",")[2].split()[:1]
    acronym = bool(after) and len(after[0]) >= 2 and after[0].isalpha() and after[0].isupper()
    return read if acronym else line


def bulleted_person(line: str) -> bool:
    """True for a bulleted line that could be a person (`• Name, Role, Organisation;`,
    `• Name (Organisation)`)."""
    text = line.strip()
    if not text or text[0] not in BULLETS or text[0] == "-":
        return False
    person = ROLE_MARK.sub("", unbulleted(text))
    return ("," in person and looks_like_person(person)) or name_then_bracket(person)
