"""Reading the people's boxes: organisers, speakers, moderators and the rapporteur.

A mixin of `importer.Reader`.  Each person line is read by `import_person_line` (a
section of them by `import_people`); here people listed twice are merged, roles named on
a person's line or run into the line of speakers are taken, unlabelled person lines are
matched to the empty roles in the form's order, and runs of person lines under the title
are the organisers and speakers when their labels were lost (a guess).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.export import LIST_ITEM_PREFIX
from proposal_tui.import_blocks import split_blocks
from proposal_tui.import_fields import BULLETS, MAX_STRUCTURE_LINE, WEB_LINE, known_format
from proposal_tui.import_names import (
    emails_only,
    looks_like_person,
    name_doubt,
    org_word,
    with_email,
)
from proposal_tui.import_people import read_people, read_role, resolve_role, second_names
from proposal_tui.import_people_runs import (
    bracket_run,
    bullet_run,
    dash_name_run,
    email_run,
    labelled_run,
    name_list,
    numbered_run,
    organisation_run,
    person_run,
    region_run,
    semicolon_run,
    several_people,
    titled_run,
    trailing_sentence,
)
from proposal_tui.import_person_line import (
    ReadPerson,
    dashed_person,
    from_place,
    name_records,
    names_a_group,
    organisation_then_name,
    organisation_then_names,
    person_from_line,
    read_item,
    reads_as_organisation,
    titled_person,
    with_commas,
)
from proposal_tui.import_role_marks import role_lead, role_run, role_tail, tailed_person, unmarked
from proposal_tui.import_sections import Section, quote
from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS, Person
from proposal_tui.people_links import name_key

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class PeopleBoxes(_Base):
    """The organisers, speakers and roles read into people, with those that lost their labels."""

    def people(self, name: str, section: Section) -> None:
        lines, inline = _inline_roles(section.lines)
        for role, text in inline:  # `… India Moderator: Andrea Saks, …` (2019 DC pages)
            if role in self.roles:
                self.unplace(section, [text])
                continue
            why = f"{self.label(role)} named inside the line of {name}"
            self.place(role, "label", why, text)
            self.roles[role] = person_from_line(text, self.call)
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
        people = self.lists[name]
        for index in second_names(read.people):
            person = read.people[index].person
            both = quote(f"{person.name}, {person.organization}")
            why = f"the others of the list print no organisation: the name may be {both}"
            self.place(name, "guess", why, read.people[index].line)
        named = name == "organizers" and not all(map(_organisation_named, read.people))
        for number, person in enumerate(read.people, 1):
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
            for note in (people.add(person), _title_note(person)):
                if note:
                    self.notes.append(note)
            if person.hidden:
                which = person.number or number
                self.notes.append(f"{people.noun} {which}: hidden fields (🔒) left empty.")
            self.unplace(section, person.unread)
        self.loose(read.loose, section)
        if apart:
            why = "no label; a bulleted list after the numbered organizers, set apart"
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
        a bulleted list of two or more people set apart by a blank line after the numbered
        organisers and ending the box (`Organizer 1: …`, a blank line, `• Name, Role,
        Organisation` lines: 2019 workshops), and that list: the speakers whose label was
        lost (a guess)."""
        if name != "organizers" or "speakers" in self.present or self.lists["speakers"].people:
            return lines, []
        content = [index for index, line in enumerate(lines) if line.strip()]
        begin = len(content)
        while begin and _bulleted_person(lines[content[begin - 1]]):
            begin -= 1
        if len(content) - begin < 2 or not begin or read_item(lines[content[0]]) is None:
            return lines, []
        start = content[begin]
        if lines[start - 1].strip():  # no blank line: more of the numbered list (2024)
            return lines, []
        return lines[:start], [lines[index].strip() for index in content[begin:]]

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

    def loose(self, lines: list[str], where: Section | str) -> None:
        """Lines after a list of people or a role: a format line, a person, the policy
        questions (a run of long lines ending in `?` after a format line, or where the text
        has none of the boxes the form puts between the people and the questions, a run
        opening with a numbered question: `1. What …? 2. How …?`; each where the text has
        no questions), or unplaced."""
        under = "the format line among the people"
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            after_format = "format" in self.scalars  # 2023 forms: the questions follow it
            if not after_format and _NUMBERED_QUESTION.match(line) and self.nothing_between():
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
                and not ("," not in line and _possessive(line))  # `Organization's Website`
            ):
                self.bare.append((person_from_line(line, self.call), line))
            else:
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

    def lost_people(self, lines: list[str], where: Section | str) -> list[str]:
        """Runs of person lines under the title where the text has no organisers or
        speakers at all (their labels lost): the organisers, then the speakers, in the
        form's order (a guess).  A run is the person lines (`Name, …, group, region`,
        `Name: …` records, people each with an email, two or more `Name - what they do`
        lines) that end a block; blocks are cut at runs of two blank lines.  A run that
        is a whole block after a block of organisations only is the speakers (the
        organisers' box named no one).  The other lines, returned with their blank lines."""
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
        before: list[str] = []
        first: list[str] | None = None  # the first block's lines
        for _, block in split_blocks(lines, split_inline=False):
            block = self.led_roles(block, under)
            if emails := [line.strip() for line in block if emails_only(line)]:
                self.unplace(where, emails)  # the people's emails, on a line of their own
                block = [line for line in block if not emails_only(line)]
            taken = (
                self.bulleted_people(block, under) if targets == ["organizers", "speakers"] else ()
            )
            if taken:
                targets.clear()
                out += ["" if line.strip() in taken else line for line in block]
                continue
            filled = [index for index, line in enumerate(block) if line.strip()]
            roles = _bare_names(block, filled)
            if roles and not self.person_line(block[filled[-1 - roles]].strip()):
                roles = 0
            if roles:  # the unlabelled moderators and rapporteur, after the people
                filled, role_lines = filled[:-roles], block[filled[-roles] :]
                block = block[: filled[-1] + 1]
            run = 0
            while run < len(filled) and self.person_line(block[filled[-1 - run]].strip()):
                run += 1
            if not run and len(filled) >= 2:  # `Name, Organisation` under its organisation
                above, last = (block[filled[index]].strip() for index in (-2, -1))
                names = name_list(last, self.call) is not None  # or names alone, their
                run = int(_member_of(last, above) or (names and self.organisations_only([above])))
            if not run:  # `Name - what they do`, one a line: two at least, and any line
                # whose details read as a name (`Name- Sierra Leone`) among two or more
                while run < len(filled) and dashed_person(block[filled[-1 - run]], loose=True):
                    run += 1
                plain = sum(dashed_person(block[index]) for index in filled[len(filled) - run :])
                run = run if plain >= 2 else 0
            led: dict[str, list[str]] = {}
            if not run:  # `Organisation - Name, Name, …` one a line: two at least
                run = _organisation_led(block, filled, led)
            previous, before = before, [line.strip() for line in block if line.strip()]
            if first is None and before:
                first = before
            if not run and self.bulleted_speakers(first, before, targets):
                run = len(filled)
            if not targets or not run:
                out += block
                continue
            begin = filled[-run]
            alone = begin == filled[0] and targets[:2] == ["organizers", "speakers"]
            if alone and self.organisations_only(previous):  # the organisers' box named no one
                targets.pop(0)
            people = [
                person
                for line in block[begin:]
                if line.strip()
                for person in led.get(line.strip(), [line.strip()])
            ]
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
            if roles:
                self.loose([line.strip() for line in role_lines if line.strip()], under)
        return out

    def bulleted_speakers(
        self, first: list[str] | None, block: list[str], targets: list[str]
    ) -> bool:
        """True for a later block under the title that is only a bulleted list of people
        (`• Name, Role, Organisation`, two at least), where the first block is an
        organisation's name alone (`organisation_alone`): the organisers' box named no
        one, and the list is the speakers (2019 Pre-Events: the organisation, the
        description, then the bulleted speakers, their labels lost); the organisers are
        taken off `targets`."""
        if (
            first is None
            or block is first
            or targets[:2] != ["organizers", "speakers"]
            or len(block) < 2
            or not all(_bulleted_person(line) for line in block)
            or len(first) != 1
            or not self.organisation_alone(first[0])
        ):
            return False
        targets.pop(0)
        return True

    def bulleted_people(self, block: list[str], under: str) -> frozenset[str]:
        """A block that ends with a bulleted list of people (`• Name, Role, Organisation;`,
        two at least), with `Name, Organisation` or `Organisation - Name` lines above it
        (under an organisation and a sentence introducing them, or one blank line above the
        list): the organisers, then the speakers, in the form's order
        (2019 Open Forums whose labels were lost; each a guess).  A speaker marked
        `(Moderator)` is the onsite moderator, where the text has none.  The lines it read
        (none if it read nothing)."""
        filled = [line.strip() for line in block if line.strip()]
        count = 0
        while count < len(filled) and _bulleted_person(filled[-1 - count]):
            count += 1
        if count < 2:
            return frozenset()
        head, bullets = filled[: len(filled) - count], filled[len(filled) - count :]
        members = [
            line
            for line in head
            if len(line) <= WEB_LINE
            and (("," in line and looks_like_person(line)) or organisation_then_name(line))
        ]
        if not members:
            return frozenset()
        why = f"no label; people {under} above a bulleted list, where the form puts the"
        self.place("organizers", "order", f"{why} organizers", members[0])
        read = [organisation_then_name(line) or line for line in members]
        self.people("organizers", Section("organizers", "", read, labelled=False))
        speakers = []
        for line in bullets:
            person, marked = _ROLE_MARK.subn("", _unbulleted(line))
            if marked and not {"onsite_moderator"} & (self.roles.keys() | self.present):
                why = f"a person marked (Moderator) in a bulleted list {under}"
                self.place("onsite_moderator", "guess", why, line)
                self.role("onsite_moderator", Section("onsite_moderator", "", [person]))
            else:
                speakers.append(person)
        why = f"no label; a bulleted list of people {under}, after the organizers"
        self.place("speakers", "order", f"{why}, where the form puts the speakers", bullets[0])
        self.people("speakers", Section("speakers", "", speakers, labelled=False))
        return frozenset(members + bullets)

    def led_out(self, name: str, lines: list[str], section: Section) -> list[str]:
        """`lines` of a people box without its lines opened by a role label (`• Moderator:
        Name, …` among the speakers): that role's person, not one of the list.  Where the
        text has the role already, or a box for it, the line is kept in the notes."""
        out = []
        for raw in lines:
            led = role_lead(raw)
            if led is None:
                out.append(raw)
            elif led[0] in self.roles or led[0] in self.present:
                self.unplace(section, [raw.strip()])
            else:
                why = f"a role label opening a person's line under {self.label(name)}"
                self.place(led[0], "label", why, raw.strip())
                self.role(led[0], Section(led[0], "", [led[1]], labelled=False))
        return out

    def led_roles(self, block: list[str], under: str) -> list[str]:
        """`block` with its person lines opened by a role label (`• In-person moderator:
        Name, …`) blanked: each is read as that role, where the text has none."""
        out = []
        for raw in block:
            led = role_lead(raw)
            if led is None or led[0] in self.roles or led[0] in self.present:
                out.append(raw)
                continue
            name, line = led
            why = f"a role label opening a person's line {under}"
            self.place(name, "label", why, raw.strip())
            self.role(name, Section(name, "", [line], labelled=False))
            out.append("")
        return out

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

    def roles_out(self) -> dict[str, Person | None]:
        listed: dict[str, Person] = {}
        for person in self.lists["speakers"].people + self.lists["organizers"].people:
            listed.setdefault(name_key(person.name), person)
        listed.pop("", None)
        out = {name: resolve_role(read, listed) for name, read in self.roles.items()}
        taken = {name_key(p.name) for p in out.values() if p is not None and p.name}
        order = [s.field for s in self.call.sections if s.field in PERSON_ROLE_FIELDS]
        order += [name for name in PERSON_ROLE_FIELDS if name not in order]
        free_roles = sum(out.get(name) is None for name in order)
        extra = len(self.bare) - free_roles if self.lists["speakers"].people else 0
        detailed = all("," in line for _, line in self.bare[max(extra, 0) :])
        if not all(
            "," in line or (detailed and _name_alone(line))
            for _, line in self.bare[: max(extra, 0)]
        ):
            extra = 0  # `Organization's Website`: a line of the page, not a person's
        for read, line in self.bare[: max(extra, 0)]:
            # more people than roles left after the speakers: the first are more speakers
            # (a 2023 page's `Additional Speakers`, its label lost with the roles' labels)
            why = "an unlabelled person after the speakers, more than the roles left"
            self.place("speakers", "guess", why, line)
            if note := self.lists["speakers"].add(read):
                self.notes.append(note)
        for read, line in self.bare[max(extra, 0) :]:
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


_FORMAT_TALK = re.compile(r"\b(?:format|minutes?|presentations?|Q&A)\b", re.IGNORECASE)
"""Words that tell how a session runs."""
_FORMAT_TALK_WORDS = 6
"""The fewest words of a line about the format (fewer may be a person's details)."""
_ACRONYM_END = re.compile(r"\([A-Z]{2,8}\)$")
"""An organisation's acronym in brackets ending its name (`… Entwicklung (BMZ)`)."""
_MAX_ORGANISATIONS = 6
"""The most lines an organisers' box naming only organisations is read as."""
_MAX_UNLABELLED = 2 * len(PERSON_ROLE_FIELDS)
"""Unlabelled person lines tried as moderators or rapporteur; later ones are unplaced."""


_LIST_LEAD = re.compile(
    r"(?P<label>[A-Za-z ]{0,40}?\b(?P<role>organi[sz]er|speaker)s?)[ \t]*+:[ \t]*+(?P<names>\S.*)",
    re.IGNORECASE,
)
"""A label naming the organisers' or the speakers' role, then a line of names."""
_NUMBERED_QUESTION = re.compile(r"\(?1[.)][ \t]++[A-Z][^?\n]*\?")
"""A line that opens with a first numbered question (`1. What …?`, `(1) How …?`)."""

_LIST_MARK = re.compile(r"[ \t]*+\([^()]{1,20}\)")
"""A short bracketed mark after a name in a line of names (`Yoichi Iida (main)`)."""


def _organisation_named(read: ReadPerson) -> bool:
    """True for a person read with an organisation's name and nothing of a person's
    (`Dynamic Coalition Coordination Group (DCCG)`): among organisers who are people, the
    organisation, not one of them (alone, it stays, marked as a guess)."""
    person = read.person
    return bool(person.name) and org_word(person.name) and not person.email


def _organisation_led(block: list[str], filled: list[int], led: dict[str, list[str]]) -> int:
    """How many lines end `block` (at the indexes `filled`) that each open with an
    organisation and a dash before the names of its people (`Youth IGF Poland - Emilia
    Zalewska`, `YouthxPolicymakers - Name, Name, German Informatics Society`: 2021 Day 0
    pages), two at least, most of whose organisations read as such (a person's `Name -
    Organisation` line reads the other way); their people go in `led`, by line."""
    found: list[tuple[str, tuple[str, list[str]]]] = []
    while len(found) < len(filled):
        line = block[filled[-1 - len(found)]].strip()
        read = organisation_then_names(line)
        if read is None:
            break
        found.append((line, read))
    orgs = sum(reads_as_organisation(org) for _, (org, _) in found)
    if len(found) < 2 or 2 * orgs <= len(found):
        return 0
    led.update((line, people) for line, (_, people) in found)
    return len(found)


def _title_note(read: ReadPerson) -> str | None:
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


_MAX_BARE_ROLES = len(PERSON_ROLE_FIELDS)
_BARE_NAME = re.compile(r"[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z][\w'’-]*+\.?|de|da|van|von|del|di)){1,4}")
"""A name alone on its line (`Athanase Bahizire`), as the site prints a role's person."""


def _bare_names(block: list[str], filled: list[int]) -> int:
    """How many of the block's last filled lines are names alone (at most one for each
    role), with at least one line above them."""
    count = 0
    while count < min(_MAX_BARE_ROLES, len(filled) - 1):
        if not _BARE_NAME.fullmatch(block[filled[-1 - count]].strip()):
            break
        count += 1
    return count


def _name_alone(line: str) -> bool:
    """True for a person's name alone on its line (`William J. Drake`): name words, none an
    organisation's word or a possessive (`Organization's Website`, a line of the page)."""
    return (
        _BARE_NAME.fullmatch(line.strip()) is not None
        and not org_word(line)
        and not _possessive(line)
    )


def _possessive(line: str) -> bool:
    """True for a line holding a possessive (`Organization's Website`, a 2025 page's link
    to the organisers' site): a person's details may, a name alone does not."""
    return any(word.casefold().endswith(("'s", "’s")) for word in line.split())


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


_ROLE_MARK = re.compile(r"[ \t]*+\(moderator\)\.?$", re.IGNORECASE)
"""`… (Moderator).` ending a speaker's line: the session's moderator."""
_BULLET_END = re.compile(r"[ \t]*+(?:;(?:[ \t]*+and)?|\.)$")


def _unbulleted(line: str) -> str:
    """A bulleted person's line without its bullet and the `;`, `; and` or `.` ending it."""
    return _BULLET_END.sub("", line.strip().lstrip(BULLETS).strip())


def _bulleted_person(line: str) -> bool:
    """True for a bulleted line that could be a person (`• Name, Role, Organisation;`)."""
    text = line.strip()
    if not text or text[0] not in BULLETS or text[0] == "-":
        return False
    person = _ROLE_MARK.sub("", _unbulleted(text))
    return "," in person and looks_like_person(person)


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
