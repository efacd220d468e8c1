"""Reading runs of people whose labels were lost: the organisers, then the speakers.

A mixin of `importer.Reader`.  Under the title, where the text has no organisers or
speakers, the person lines that end a block (`Name, …, group, region` lines, `Name: …`
records, `Name - what they do` lines, `Organisation - Name, …` lines, a bulleted list under
the organisers) are placed in the form's order (each a guess); names alone after them are
the unlabelled moderators and rapporteur, and a role label opening a line is that role.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING

from proposal_tui.import_blocks import split_blocks
from proposal_tui.import_fields import BULLETS, MAX_STRUCTURE_LINE, WEB_LINE, agenda_heading
from proposal_tui.import_names import (
    HONORIFIC,
    JOB_WORDS,
    NAME_WORDS,
    capitalised,
    emails_only,
    holds_job_start,
    job_start,
    looks_like_person,
    not_name_word,
    org_word,
)
from proposal_tui.import_people import placeholder
from proposal_tui.import_people_lines import BARE_NAME, ROLE_MARK, bulleted_person, unbulleted
from proposal_tui.import_people_runs import (
    WEB_PIECE,
    dash_people,
    known_dash_run,
    name_list,
    pair_name,
    semicolon_pair,
    several_people,
)
from proposal_tui.import_person_line import (
    dashed_person,
    name_records,
    organisation_then_name,
    organisation_then_names,
    person_from_line,
    read_detail,
    reads_as_organisation,
)
from proposal_tui.import_role_marks import label_lead, role_lead, role_led_run
from proposal_tui.import_sections import Section
from proposal_tui.import_title import date_time_line
from proposal_tui.model import PERSON_LIST_FIELDS, PERSON_ROLE_FIELDS
from proposal_tui.people_links import name_key

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LostPeople(_Base):
    """Runs of people whose labels were lost, placed in the form's order (guesses)."""

    def lost_people(self, lines: list[str], where: Section | str) -> list[str]:
        """Runs of person lines under the title where the text has no organisers or
        speakers at all (their labels lost): the organisers, then the speakers, in the
        form's order (a guess).  A run is the person lines (`Name, …, group, region`,
        `Name: …` records, people each with an email, two or more `Name - what they do`
        lines) that end a block, or a whole block of `Name, Organisation` lines beside
        another such block (2022 coalition sessions print the organisers and the speakers
        so, one a paragraph) or, one a line with no blank line between, ending the text
        after running text (2019 coalition sessions print the organisers' box after the
        description; a lone block of paragraphs is not enough); blocks are cut at runs of
        two blank lines.  A run that
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
        if targets[:1] == ["organizers"] and (taken := self.interleaved_organisers(lines, under)):
            targets.pop(0)
            lines = ["" if line.strip() in taken else line for line in lines]
        if "speakers" in targets and (taken := self.agenda_people(lines, under)):
            if targets[:1] == ["organizers"]:  # a numbered list of people above the agenda
                taken |= self.numbered_organisers(lines, taken, under)
            targets.clear()  # the organisers come before the speakers
            lines = ["" if line.strip() in taken else line for line in lines]
        out: list[str] = []
        before: list[str] = []
        first: list[str] | None = None  # the first block's lines
        organisers_at = -1  # the block whose run was read as the organisers
        blocks = [block for _, block in split_blocks(self.text_apart(lines), split_inline=False)]
        listed = [_plain_members(block) for block in blocks]
        for at, raw in enumerate(blocks):
            block = roled = self.led_roles(raw, under)
            if emails := [line.strip() for line in block if emails_only(line)]:
                self.unplace(where, emails)  # the people's emails, on a line of their own
                block = [line for line in block if not emails_only(line)]
            first_block = at == 0 and targets[:1] == ["organizers"]
            following = blocks[at + 1] if at + 1 < len(blocks) else []
            if first_block and (lone := self.lone_organiser(block, following, under)):
                targets.pop(0)  # the speakers come after
                out += ["" if line.strip() == lone else line for line in block]
                continue
            if opening := self.opening_organisers(block, under) if first_block else frozenset():
                targets.pop(0)  # the speakers may still come after
                out += ["" if line.strip() in opening else line for line in block]
                continue
            after_text = at > 0 and _running(blocks[at - 1]) and _main_session(self.lines)
            taken = (
                self.panel(raw, roled, under)
                or self.bulleted_people(block, under)
                or self.listed_speakers(block, after_text, under)
                if targets == ["organizers", "speakers"]
                else ()
            ) or self.label_led_speakers(block, under, targets)
            taken = taken or self.numbered_job_speakers(block, under, targets)
            if taken:
                targets.clear()
                out += ["" if line.strip() in taken else line for line in block]
                continue
            filled = [index for index, line in enumerate(block) if line.strip()]
            if not filled:  # every line read already (role-led lines, emails): no one left
                out += block
                continue
            if paired := self.paired_roles(block, filled, under) or self.role_lines(
                block, filled, under
            ):
                filled, block = filled[:-paired], block[: filled[-paired - 1] + 1]
            roles = _bare_names(block, filled)
            above = block[filled[-1 - roles]].strip() if roles else ""
            if roles and not (self.person_line(above) or _record_run(block, filled[:-roles])):
                roles = 0
            if roles:  # the unlabelled moderators and rapporteur, after the people
                filled, role_lines = filled[:-roles], block[filled[-roles] :]
                block = block[: filled[-1] + 1]
            run = 0
            while run < len(filled) and self.person_line(block[filled[-1 - run]].strip()):
                run += 1
            if not run:  # `Name: …` records, one detail a line
                run = _record_run(block, filled)
            beside = (at > 0 and listed[at - 1]) or listed[at + 1 : at + 2] == [True]
            ending = at == len(blocks) - 1 and at > 0 and _running(blocks[at - 1])
            ending = ending and "" not in [line.strip() for line in block[filled[0] : filled[-1]]]
            after = organisers_at == at - 1 and targets == ["speakers"]
            paragraphs = False
            if not run and listed[at] and (beside or ending or after):
                run = len(filled)  # blocks of `Name, Organisation` paragraphs, side by side,
                # or one ending the text after running text (2019 coalition sessions), or
                # one right under the organisers' run, the speakers left (2023 open forums)
                paragraphs = "" in [line.strip() for line in block[filled[0] : filled[-1]]]
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
            if not run and (split := known_dash_run(block[filled[-1]], self.names_alone)):
                run, led[block[filled[-1]].strip()] = 1, split  # `Name - Org Name - Org`
            previous, before = before, [line.strip() for line in block if line.strip()]
            if first is None and before:
                first = before
            if not run and self.bulleted_speakers(first, before, targets):
                run = len(filled)
            if not run and at == len(blocks) - 1 and self.named_speakers(block, targets):
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
            if paragraphs:  # one a paragraph: a comma ending one wraps onto no other line
                people = [line.rstrip(" \t,") for line in people]
            lists, after_runs = [people], self.roles_after_runs(people, targets)
            if len(people) == len(targets) == 2 and all(
                several_people(line, self.call) for line in people
            ):  # two lines each of several people: the organisers, then the speakers
                lists = [[line] for line in people]
            elif after_runs:  # and the people named alone after them: the roles
                lists = [[line] for line in people[:2]]
            elif targets[:2] == ["organizers", "speakers"] and (again := self.named_again(people)):
                speakers = people[again:]  # the speakers' box starts there
                if count := self.roles_after_speakers(people[:again], speakers):
                    speakers, after_runs = speakers[:-count], speakers[-count:]
                lists = [people[:again], speakers]
            for found in lists:
                name = targets.pop(0)
                organisers_at = at if name == "organizers" else organisers_at
                why = f"no label; people {under}, where the form puts the {name}"
                self.place(name, "order", why, found[0])
                self.people(name, Section(name, "", found, labelled=False))
            out += [*block[:begin], "", ""]
            if after_runs:
                self.loose(after_runs, under)
            if roles:
                self.loose([line.strip() for line in role_lines if line.strip()], under)
        return out

    def text_apart(self, lines: list[str]) -> list[str]:
        """`lines` with running text (a line longer than a web line that ends a sentence,
        itself no person's line) right under a person line, no blank line between, and no
        person line after it in its block, set apart as a block of its own: the people's
        boxes end there (a copy with no blank lines).  A sentence between people (`The
        session will be chaired by …`) stays in their block."""
        out: list[str] = []
        for index, line in enumerate(lines):
            above = lines[index - 1].strip() if index else ""
            text = line.strip()
            if (
                above
                and len(text) > WEB_LINE
                and text.endswith((".", "!", "?"))
                and self.person_line(above)
                and not looks_like_person(text)
                and not self.person_line(text)
                and not any(
                    self.person_line(after.strip()) for after in _rest_of_block(lines, index)
                )
            ):
                out += ["", ""]
            out.append(line)
        return out

    def roles_after_runs(self, people: list[str], targets: list[str]) -> list[str]:
        """The person lines after two lines each running several people together, one a
        line for each role at most, where the text has no organisers, speakers or roles
        and each names someone the two lines named: the unlabelled moderators and
        rapporteur after the organisers' and the speakers' lines (the form's order; a
        role's person is among the people listed).  None ([]) otherwise."""
        lines, runs = people[2:], people[:2]
        if targets[:2] != ["organizers", "speakers"] or not 1 <= len(lines) <= _MAX_BARE_ROLES:
            return []
        if any(name in self.roles or name in self.present for name in PERSON_ROLE_FIELDS):
            return []
        if not all(several_people(line, self.call) for line in runs):
            return []
        said = " ".join(runs).casefold()
        for line in lines:
            name = person_from_line(unbulleted(line), self.call).person.name
            if several_people(line, self.call) or not name or name.casefold() not in said:
                return []
        return lines

    def roles_after_speakers(self, organisers: list[str], speakers: list[str]) -> int:
        """How many lines ending the speakers' part of a run naming its people again are
        the roles (0 for none): where that part names someone twice too (a box lists a
        person once, so the speakers' box ended before), its last lines, one for each
        role at most and as many as can be, each naming someone named above and leaving
        speakers who are each named once: the unlabelled moderators and rapporteur, in
        the form's order (guesses, `loose`), where the text has none of the roles."""
        if any(name in self.roles or name in self.present for name in PERSON_ROLE_FIELDS):
            return 0
        if not self.named_again(speakers):
            return 0
        for count in range(min(_MAX_BARE_ROLES, len(speakers) - 1), 0, -1):
            rest, tail = speakers[:-count], speakers[-count:]
            if self.named_again(rest):
                continue
            named = {self.person_key(line) for line in [*organisers, *rest]}
            if all(self.person_key(line) in named for line in tail):
                return count
        return 0

    @cached_property
    def names_alone(self) -> tuple[str, ...]:
        """The names the text prints alone on a line (`BARE_NAME`), as its roles' people."""
        return tuple(line.strip() for line in self.lines if BARE_NAME.fullmatch(line.strip()))

    def interleaved_organisers(self, lines: list[str], under: str) -> frozenset[str]:
        """The lines ending `lines` (blank lines apart) that are organisations' names each
        followed by its people (`Name, group, Organisation`, each naming that organisation
        among its details), two organisations and two people at least: the organisers
        (a guess, where the form puts them; 2021 pages print the organisers' box so, its
        label lost).  The people's lines read (none if it read nothing)."""
        filled = [line.strip() for line in lines if line.strip()]
        begin = len(filled)
        while begin and (_detailed(filled[begin - 1]) or self.organisation_line(filled[begin - 1])):
            begin -= 1
        organisation, members, organisations = "", [], 0
        for line in filled[begin:]:
            if _detailed(line) and organisation and _member_of_parts(line, organisation):
                members.append(line)
            elif self.organisation_line(line):
                organisation, organisations = line, organisations + 1
            else:
                return frozenset()
        if len(members) < 2 or organisations < 2:
            return frozenset()
        why = f"no label; people {under} each under their organisation, where the form puts"
        self.place("organizers", "order", f"{why} the organizers", members[0])
        self.people("organizers", Section("organizers", "", members, labelled=False))
        return frozenset(members)

    def organisation_line(self, line: str) -> bool:
        """True for an organisation's name alone (`organisation_alone`), or one with its
        acronym in brackets and a place after a comma (`… Fund(UNICEF), China`)."""
        return self.organisation_alone(line) or (
            _ACRONYM_PLACE.fullmatch(line) is not None and not _detailed(line)
        )

    def named_again(self, people: list[str]) -> int:
        """Where a run of person lines first names someone it named already (a box lists
        a person once, so the organisers ended above and the speakers start there; a page
        that lost both labels), or 0 where no one is named twice."""
        if not all(self.person_line(line) and not name_records(line) for line in people):
            return 0
        if len({line.strip()[0] in BULLETS for line in people}) > 1:
            return 0
        seen: set[str] = set()
        for at, line in enumerate(people):
            key = self.person_key(line)
            if key and key in seen:
                return at
            seen.add(key)
        return 0

    def role_lines(self, block: list[str], filled: list[int], under: str) -> int:
        """At most one person line for each role ending `block` (at the indexes
        `filled`), where the text has none of the roles: the unlabelled moderators and
        rapporteur in the form's order (each a guess, `loose`), when they lack the bullet
        of the two or more person lines above them (the people's list ended there), or when
        running text stands above them and each names someone named above (a role's
        person is among the people listed).  How many lines it read (0 for none)."""
        if any(name in self.roles or name in self.present for name in PERSON_ROLE_FIELDS):
            return 0
        count = 0
        while count < min(_MAX_BARE_ROLES + 1, len(filled) - 1):
            line = block[filled[-1 - count]].strip()
            if line[0] in BULLETS or not self.person_line(line):
                break
            count += 1
        if not 1 <= count <= _MAX_BARE_ROLES:
            return 0
        lines = [block[index].strip() for index in filled[-count:]]
        above = [block[index].strip() for index in filled[:-count]]
        bulleted = 0
        while bulleted < len(above) and above[-1 - bulleted][0] in BULLETS:
            bulleted += 1
        listed = above[len(above) - bulleted :]
        if bulleted < 2 or not all(self.person_line(unbulleted(line)) for line in listed):
            named = {self.person_key(line) for line in above if self.person_line(line)}
            if self.person_line(above[-1]) or len(above[-1]) <= WEB_LINE:
                return 0
            if not all(self.person_key(line) in named for line in lines):
                return 0
        self.loose(lines, under)
        return count

    def person_key(self, line: str) -> str:
        """The key of the name a person line opens with ('' for none)."""
        return name_key(person_from_line(unbulleted(line), self.call).person.name)

    def paired_roles(self, block: list[str], filled: list[int], under: str) -> int:
        """One line for each role ending `block` (at the indexes `filled`), each a name
        alone or names alone joined by commas or `/`, one such line at least, under a
        person line: the unlabelled moderators and rapporteur, a line each in the form's
        order, so a name alone is that role (a guess) and a line of several names is kept
        in the notes (a role holds one person, and which one is not said).  How many
        lines it read (0 for none)."""
        order = [s.field for s in self.call.sections if s.field in PERSON_ROLE_FIELDS]
        order += [name for name in PERSON_ROLE_FIELDS if name not in order]
        count = len(order)
        taken = any(name in self.roles or name in self.present for name in order)
        if len(filled) <= count or taken:
            return 0
        lines = [block[index].strip() for index in filled[-count:]]
        several = [_names_alone(line) for line in lines]
        if not all(several) or max(several) < 2:
            return 0
        if not self.person_line(block[filled[-count - 1]].strip()):
            return 0
        for name, line, names in zip(order, lines, several, strict=True):
            if names > 1:
                self.unplace(under, [line])
                continue
            why = f"no label; a name alone {under} after the people, where the form puts the"
            self.place(name, "order", f"{why} {self.label(name)}", line)
            self.role(name, Section(name, "", [line], labelled=False))
        return count

    def opening_organisers(self, block: list[str], under: str) -> frozenset[str]:
        """The line of people right under the organisations opening the text's first block
        (one line naming them, or two: a 2020 page prints its one-line summary first) and
        above a sentence: a line running two or more people together (`several_people`),
        or one person's line (`Name, role`) right under an organisation's name
        (`organisation_alone`) and right above the sentence: the organisers (a guess, where
        the form puts them; a copy that starts at the organisers' box, all its labels
        lost).  The line read (none if it read nothing)."""
        content = [index for index, line in enumerate(block) if line.strip()]
        filled = [block[index].strip() for index in content]
        for lead in range(1, _OPENING_LINES + 1):
            if len(filled) < lead + 2 or not self.organisations_only(filled[:lead]):
                break
            line, after = filled[lead], filled[lead + 1]
            close = content[lead + 1] - content[lead - 1] == 2  # no blank line between
            if not (
                several_people(line, self.call)
                or (close and self.organisation_alone(filled[lead - 1]) and _one_person(line))
            ):
                continue
            if (
                not after.endswith(".")
                or len(after.split()) < _SENTENCE_WORDS
                or self.person_line(after)
            ):
                return frozenset()
            why = f"no label; a line of people {under}, under an organisation opening the text,"
            self.place("organizers", "guess", f"{why} where the form puts the organizers", line)
            self.people("organizers", Section("organizers", "", [line], labelled=False))
            return frozenset([line])
        return frozenset()

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
            or not all(bulleted_person(line) for line in block)
            or len(first) != 1
            or not self.organisation_alone(first[0])
        ):
            return False
        targets.pop(0)
        return True

    def listed_speakers(self, block: list[str], after_text: bool, under: str) -> frozenset[str]:
        """A block that ends with a bulleted list of two or more people (`- Name, what
        they do`, `• Dr Name - what they do`, a dash a bullet too), where the lines above
        it in the block are organisations only (the organisers' box named no one) or,
        on a main session's page (`after_text`), with no line above, the block before it
        is running text (the description; a main session's page prints its panel so, the
        IGF itself organising it): the speakers (a guess); the organisers are named
        nowhere.  The lines it read (none if it read nothing)."""
        filled = [line.strip() for line in block if line.strip()]
        count = 0
        while count < len(filled) and _listed_person(filled[-1 - count]):
            count += 1
        head, bullets = filled[: len(filled) - count], filled[len(filled) - count :]
        head = _without_page_head(head)
        if count < 2 or not (self.organisations_only(head) if head else after_text):
            return frozenset()
        why = f"no label; a bulleted list of people {under}"
        why += ", after organisations only" if head else ", after running text"
        self.place("speakers", "guess", f"{why}: the speakers", bullets[0])
        apart = [line for bullet in bullets for line in (_unlisted(bullet), "")]  # one each
        self.people("speakers", Section("speakers", "", apart, labelled=False))
        return frozenset(bullets)

    def named_speakers(self, block: list[str], targets: list[str]) -> bool:
        """True for the last block under the title that is names alone, one a line, after
        the organisers were read above it, right before the labelled onsite moderator: the
        speakers, whose label was lost (2023 lightning talks print them so); the unlabelled
        roles come after the onsite moderator's label, not before it."""
        filled = [line.strip() for line in block if line.strip()]
        return (
            targets == ["speakers"]
            and "organizers" not in self.present
            and bool(self.lists["organizers"].people)
            and self.next_field == "onsite_moderator"
            and bool(filled)
            and all(BARE_NAME.fullmatch(line) for line in filled)
        )

    def panel(self, raw: list[str], block: list[str], under: str) -> frozenset[str]:
        """A bulleted list of two or more people (`• Name (Organisation)`, `• Name, Role`)
        ended by a bullet that a role label opens (`• moderator: Name`, which `led_roles`
        read and blanked in `block`): the session's panel with its moderator (2023 Best
        Practice Forums, their labels lost), so the people are the speakers (a guess); the
        organisers are named nowhere.  The numbered agenda items above it that end with
        who gives them (`2. Intro to the forum by Name (Organisation)`: `agenda_giver`)
        name speakers too, first, in the agenda's order.  The lines it read (none if it
        read nothing)."""
        ends = [i for i, line in enumerate(raw) if line.strip() and not block[i].strip()]
        for end in ends:
            begin = end
            while begin and raw[begin - 1].strip() and bulleted_person(raw[begin - 1]):
                begin -= 1
            if end - begin < 2 or raw[end].strip()[0] not in BULLETS:
                continue
            bullets = [line.strip() for line in raw[begin:end]]
            items = [line.strip() for line in raw[:begin] if agenda_giver(line.strip())]
            why = f"no label; a bulleted list of people ended by its moderator {under}"
            self.place("speakers", "guess", f"{why}: the panel, the speakers", bullets[0])
            if items:
                why = (
                    f"no label; a numbered agenda item naming who gives it, above the panel {under}"
                )
                self.place("speakers", "guess", why, items[0])
            people = [*(agenda_giver(line) or "" for line in items), *map(unbulleted, bullets)]
            apart = [line for person in people for line in (person, "")]  # one each
            self.people("speakers", Section("speakers", "", apart, labelled=False))
            return frozenset(bullets + items)
        return frozenset()

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
        held: list[str] = []  # `• Some authority TBC;`: a place held in the list, no one
        while count < len(filled):
            line = filled[-1 - count]
            if not bulleted_person(line) and not (count and _held_bullet(line)):
                break
            if not bulleted_person(line):
                held.append(line)
            count += 1
        while held and filled[len(filled) - count] == held[-1]:
            held.pop()  # a held place opens no list
            count -= 1
        if count - len(held) < 2:
            return frozenset()
        head, bullets = filled[: len(filled) - count], filled[len(filled) - count :]
        if held:
            self.unplace(under, held[::-1])
            bullets = [line for line in bullets if line not in held]
        members = [
            line
            for line in _without_page_head(head)
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
            person, marked = ROLE_MARK.subn("", unbulleted(line))
            if marked and not {"onsite_moderator"} & (self.roles.keys() | self.present):
                why = f"a person marked (Moderator) in a bulleted list {under}"
                self.place("onsite_moderator", "guess", why, line)
                self.role("onsite_moderator", Section("onsite_moderator", "", [person]))
            else:
                speakers.append(person)
        why = f"no label; a bulleted list of people {under}, after the organizers"
        self.place("speakers", "order", f"{why}, where the form puts the speakers", bullets[0])
        apart = [line for person in speakers for line in (person, "")]  # a bullet each
        self.people("speakers", Section("speakers", "", apart, labelled=False))
        return frozenset(members + bullets + held)

    def agenda_people(self, lines: list[str], under: str) -> frozenset[str]:
        """In an agenda (two or more time marks among its lines: `[5 min]`, `12:00 UTC`),
        the people bulleted under its items (`• Name, what they do`): the speakers (a
        guess), except those under an item naming the moderators (`Introduction by
        moderators`), who are no speakers: one is the onsite moderator (a guess), two or
        more are kept in the notes (which one is onsite is not said).  The lines it read
        (none if it read nothing); a bullet naming a talk and who gives it (`• Keynote
        address by Name, …`) names that person; none where a bullet is labelled (`• Speaker: …`)."""
        if sum(bool(_TIME_MARK.search(line)) for line in lines) < 2:
            return frozenset()
        speakers: list[str] = []
        moderators: list[str] = []
        addressed: list[str] = []
        written: dict[str, str] = {}  # a line read as another: as written
        item = ""
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if _SPEAKER_LEAD.fullmatch(line) or role_lead(line):
                return frozenset()  # `• Speaker: Name, …`: the people are labelled
            by = _BY_PERSON.fullmatch(line) if line[0] in BULLETS else None
            if by is not None and looks_like_person(by["person"]):
                addressed.append(line)  # as written: the line read
                line = f"{line[0]} {by['person']}"  # `• Keynote address by Name, …`
            elif (
                (square := _SQUARE_PERSON.fullmatch(line))
                and _bare_person(square["name"])
                and not _TIME_MARK.search(line)  # `PART I [12:30-14:00 UTC]`: an item's time
            ):  # `Name [Organisation]` alone on its line: a person under the item too
                addressed.append(line)
                line = f"• {square['name']} ({square['org'].strip()})"
                written.setdefault(line, raw.strip())
            if bulleted_person(line):
                (moderators if _MODERATORS.search(item) else speakers).append(line)
            elif line[0] not in BULLETS:
                item = line
        if not speakers:
            return frozenset()
        why = f"no label; people bulleted under the items of an agenda {under}: the speakers"
        self.place("speakers", "guess", why, written.get(speakers[0], speakers[0]))
        apart = [line for bullet in speakers for line in (unbulleted(bullet), "")]
        self.people("speakers", Section("speakers", "", apart, labelled=False))
        taken = not {"onsite_moderator"} & (self.roles.keys() | self.present)
        if len(moderators) == 1 and taken:
            why = f"the person under an agenda item naming the moderator {under}"
            self.place("onsite_moderator", "guess", why, moderators[0])
            self.role(
                "onsite_moderator", Section("onsite_moderator", "", [unbulleted(moderators[0])])
            )
        elif moderators:
            why = (
                "the people under an agenda item naming the moderators: which is onsite is not said"
            )
            self.place("import_notes", "label", why, moderators[0])
            self.unplace(under, moderators)
        return frozenset(speakers + moderators + addressed)

    def numbered_organisers(
        self, lines: list[str], speakers: frozenset[str], under: str
    ) -> frozenset[str]:
        """The first numbered list (`1.`, `2.`, … in order, one item a line, two at least)
        above the agenda whose people were read as the speakers (`speakers`, its lines),
        each item a person (`Name, Organisation (Country)`) or people joined by `&` (`Name
        & Name, Organisation & Name, Organisation`; an `&` before words that open no name
        is of an organisation's name, `Science & Society`): the organisers, each person
        of an item apart (a guess: the form puts the organisers before the speakers).  The
        lines it read (none if it read nothing)."""
        filled = [line.strip() for line in lines if line.strip()]
        end = min((at for at, line in enumerate(filled) if line in speakers), default=0)
        items: list[str] = []
        for line in filled[:end]:
            number = _ITEM_NUMBER.match(line)
            if number is not None and int(number["n"]) == len(items) + 1:
                items.append(line)
            elif items:
                break
        if len(items) < 2:
            return frozenset()
        people: list[str] = []
        for item in items:
            joined = _joined_people(item[_ITEM_NUMBER.match(item).end() :])
            if not joined:
                return frozenset()
            people += joined
        why = f"no label; a numbered list of people {under} above the agenda's speakers"
        self.place("organizers", "guess", f"{why}, where the form puts the organizers", items[0])
        for person in people:  # a long organisation's name: each line is one person still
            if note := self.lists["organizers"].add(person_from_line(person, self.call)):
                self.notes.append(note)
        return frozenset(items)

    def talk_speakers(self) -> None:
        """Lines of their own naming a talk and who gives it (`Closing keynote by
        Name`, `Closing remarks by Mr. Name, what they do`), left unplaced anywhere in a
        text that has no speakers: those people are the speakers (a guess), in the
        text's order.  A title inside what follows `by` starts the name (`by United
        Nations Secretary-General Mr. Name`: the office before it is no part of it)."""
        if "speakers" in self.present or self.lists["speakers"].people:
            return
        found: list[tuple[str, str, str]] = []
        for where, kept in self.unplaced.items():
            for line in kept:
                person = talk_giver(line.strip())
                if person is not None:
                    found.append((where, line, person))
        if not found:
            return
        first: dict[str, int] = {}  # where each line stands first in the text
        for at, raw in enumerate(self.lines):
            first.setdefault(raw.strip(), at)
        found.sort(key=lambda talk: (first.get(talk[1].strip(), 0), *talk))
        why = "no label; a line naming a talk and who gives it, and no speakers"
        self.place("speakers", "guess", why, found[0][1])
        taken = Counter((where, line) for where, line, _ in found)
        for where in dict.fromkeys(where for where, _, _ in found):
            kept = self.unplaced[where]
            kept[:] = [line for line in kept if not _take(taken, (where, line))]
        apart = [line for *_, person in found for line in (person, "")]  # one each
        self.people("speakers", Section("speakers", "", apart, labelled=False))

    def agenda_speakers(self) -> None:
        """People alone on their lines in an agenda (under an agenda's heading, `Draft
        Agenda:`, or in a box so labelled), left unplaced or in the description (an agenda
        the organisers wrote into it), in a text that has no speakers:
        `• Name, what they do`, `Prof. Name` under the items that they give.  Those
        people are the speakers (a guess), in the agenda's order; the lines stay where
        they are."""
        if "speakers" in self.present or self.lists["speakers"].people:
            return
        found: list[str] = []
        described = "\n".join(self.texts.get("description", [])).splitlines()
        for where, kept in [*self.unplaced.items(), ("the description", described)]:
            label = _QUOTED.search(where)
            inside = label is not None and agenda_heading(label[1])
            for line in kept:
                if agenda_heading(line):
                    inside = True
                elif inside and (person := _agenda_person(line)):
                    found.append(person)
        if not found:
            return
        why = "no label; people alone on their lines in an agenda, and no speakers"
        self.place("speakers", "guess", why, found[0])
        apart = [line for person in found for line in (person, "")]  # one each
        self.people("speakers", Section("speakers", "", apart, labelled=False))

    def panel_items(self, lines: list[str], where: Section | str) -> list[str]:
        """Under a numbered agenda item naming the speakers or panellists (`2. Speakers /
        Panellists (5 minutes each)`), the lettered items opening with a person (`a. Name -
        Organisation`, `c. Name`), two at least, are the speakers (a guess), where the text
        has no speakers.  The item and every line after it (what each will speak on) are
        read: the lines not placed go to the notes.  The lines before the item, returned
        (all of `lines` where it read nothing)."""
        if "speakers" in self.present or self.lists["speakers"].people:
            return lines
        at = next((i for i, line in enumerate(lines) if _PANEL_ITEM.fullmatch(line.strip())), -1)
        if at < 0:
            return lines
        people: list[str] = []
        rest: list[str] = [lines[at]]
        for line in lines[at + 1 :]:
            item = _LETTERED.fullmatch(line.strip())
            text = item["rest"].strip() if item else ""
            if text.endswith(".") and ". " not in text:
                text = text[:-1]  # `e. Name - Organisation.`: the item's stop
            if text and _names_first(text):
                people.append(text)
            else:
                rest.append(line)
        if len(people) < 2:
            return lines
        under = where.where if isinstance(where, Section) else where
        why = f"no label; the lettered people under an agenda item naming the panel {under}"
        self.place("speakers", "guess", why, people[0])
        apart = [line for person in people for line in (person, "")]  # one each
        self.people("speakers", Section("speakers", "", apart, labelled=False))
        self.unplace(where, rest)
        return lines[:at]

    def lone_organiser(self, block: list[str], following: list[str], under: str) -> str:
        """The one person line (`Name, role, Organisation`) ending the first block under
        the page's head (its date and room lines only above it), where the next block is
        two or more person lines, or, with no block after it, the speakers' box comes next
        (its label kept; a 2025 lightning talk that lost the organisers' label), or where
        the line is a block of its own and the next block running text (the description:
        a 2019 Pre-Event that lost its labels, the organiser then the organisations beside
        them): the organiser (a guess, where the form puts them), not running text; the
        speakers follow.  The line read ('' for none)."""
        filled = [line.strip() for line in block if line.strip()]
        people = [line.strip() for line in following if line.strip()]
        boxed = not people and self.next_field == "speakers"
        apart = len(filled) == 1 and _running(following) and not filled[0].endswith(".")
        enough = len(people) >= 2 or boxed or apart
        if not filled or _without_page_head(filled[:-1]) or not enough:
            return ""
        last = filled[-1]
        name = last.partition(",")[0].split()
        if "," not in last or not looks_like_person(last) or not 2 <= len(name) <= 4:
            return ""
        if not all(w[:1].isupper() for w in name) or org_word(" ".join(name)):
            return ""
        if not apart and not all("," in line and looks_like_person(line) for line in people):
            return ""
        above = "the speakers' box" if boxed else "running text" if apart else "a block of people"
        why = f"no label; one person {under} above {above}, where the form puts"
        self.place("organizers", "guess", f"{why} the organizers", last)
        self.people("organizers", Section("organizers", "", [last], labelled=False))
        return last

    def numbered_job_speakers(
        self, block: list[str], under: str, targets: list[str]
    ) -> frozenset[str]:
        """A block that is a numbered list only (`1. Name Name Deputy Director of …`, `4.Name
        Name Director …`, a space after the number or not; a line opening with no number
        goes on the item above, wrapped), two items at least, each running a name of two to
        four capitalised words into a job title with no comma: the speakers (a guess, where
        the form puts them), the name the words before the job title.  The lines it read
        (none if it read nothing)."""
        if "speakers" not in targets:
            return frozenset()
        filled = [line.strip() for line in block if line.strip()]
        items: list[list[str]] = []
        for line in filled:
            number = _ITEM_NUMBER.match(line)
            if number is not None and int(number["n"]) == len(items) + 1:
                items.append([line[number.end() :].strip()])
            elif items and number is None:
                items[-1].append(line)
            else:
                return frozenset()
        if len(items) < 2:
            return frozenset()
        people = []
        for parts in items:
            text = " ".join(parts).replace("- ", "-") if parts[0].endswith("-") else " ".join(parts)
            words = text.split()
            job = job_start(words)
            named = words[:job]
            if not 2 <= job <= _NAME_WORDS - 1 or not all(
                w[:1].isupper() and w.isalpha() for w in named
            ):
                return frozenset()
            people.append(f"{' '.join(named)}, {' '.join(words[job:])}")
        why = f"no label; a numbered list {under}, each a name run into a job title"
        self.place("speakers", "guess", f"{why}: the speakers", filled[0])
        for person in people:  # a long job title: each line is one person still
            if note := self.lists["speakers"].add(person_from_line(person, self.call)):
                self.notes.append(note)
        targets.clear()
        return frozenset(filled)

    def label_led_speakers(
        self, block: list[str], under: str, targets: list[str]
    ) -> frozenset[str]:
        """A block that ends with three or more person lines each opened by a free label
        (`Civil Society: Name, …`, `UN: Name – …`, what each speaks for), then at most one
        name alone for each role: the speakers (a guess, where the form puts them), and
        the names the unlabelled moderators and rapporteur in the form's order (a line of
        two names joined by `/` is kept in the notes: a role holds one person).  The lines
        above stay unread.  The lines it read (none if it read nothing)."""
        if "speakers" not in targets:
            return frozenset()
        filled = [line.strip() for line in block if line.strip()]
        roles = 0
        while roles < min(_MAX_BARE_ROLES, len(filled)) and _role_names(filled[-1 - roles]):
            roles += 1
        end = len(filled) - roles
        count = 0
        while count < end and label_lead(filled[end - 1 - count]):
            count += 1
        if count < _MIN_LABEL_LED:
            return frozenset()
        lines = filled[end - count : end]
        why = f"no label; people {under} each led by what they speak for, where the form puts"
        self.place("speakers", "order", f"{why} the speakers", lines[0])
        led = [label_lead(line) or (line, "") for line in lines]
        self.people("speakers", Section("speakers", "", [p for p, _ in led], labelled=False))
        self.unplace(under, [more for _, more in led if more])
        named = filled[end:]
        above = filled[: end - count]
        run = self.dashed_organisers(above, named, under) if "organizers" in targets else ()
        targets.clear()  # the organisers come before the speakers
        paired = [line for line in named if "/" in line]
        if paired and any("/" not in line for line in named[named.index(paired[0]) :]):
            paired = named  # a pair before a name alone: which role is whose is lost
        self.loose([line for line in named if line not in paired], under)
        self.unplace(under, paired)
        return frozenset([*lines, *named, *run])

    def dashed_organisers(self, above: list[str], named: list[str], under: str) -> list[str]:
        """The line right above the label-led speakers, when it runs two or more people
        together each named before a spaced dash (`…, Organisation Name Name – Organisation
        Name Name – …`, `dash_people`; the names the page prints alone after the speakers
        help tell where a name starts), below organisations only (or nothing): the
        organisers (a guess, where the form puts them).  The line read, in a list (none if
        it read nothing)."""
        if not above or not (len(above) == 1 or self.organisations_only(above[:-1])):
            return []
        known = [name.strip() for line in named for name in line.split("/")]
        people = dash_people(above[-1], known)
        if people is None:
            return []
        why = f"no label; a line of people above the speakers {under}, each before a dash"
        self.place("organizers", "guess", f"{why}, where the form puts the organizers", above[-1])
        apart = [line for person in people for line in (person, "")]  # one each
        self.people("organizers", Section("organizers", "", apart, labelled=False))
        return [above[-1]]

    def role_led_organisers(self, raw: str, under: str) -> bool:
        """True, once read, for a line that runs people together each led by their role
        label (`Onsite Moderator: Name, …, Onsite Online Moderator: Name, …`, 2025 Day 0
        pages), where the text has no organisers: the organisers (a guess; the line stands
        where the form puts them), each also that role where none was read yet."""
        run = role_led_run(raw)
        if run is None or "organizers" in self.present or self.lists["organizers"].people:
            return False
        why = f"no label; a line of people each led by their role {under}"
        self.place("organizers", "guess", f"{why}, where the form puts the organizers", raw)
        people = [person for _, person in run]
        self.people("organizers", Section("organizers", "", people, labelled=False))
        for name, person in run:
            if name not in self.roles:
                self.place(name, "label", f"a role label opening a person {under}", person)
                self.role(name, Section(name, "", [person], labelled=False))
        return True

    def speaker_led(self, raw: str, under: str) -> bool:
        """True, once read, for a line opened by the speaker's label (`• Speaker: Name,
        Organisation`, an agenda's items), where the text has no speakers' box: that
        speaker; a line whose first part names no one (`Speaker: Executive Director,
        Organisation`, a job title or an organisation) is kept in the notes."""
        match = _SPEAKER_LEAD.fullmatch(raw.strip())
        if match is None or "speakers" in self.present:
            return False
        person = match["person"].strip()
        name = person.split(",")[0].strip()
        named = 2 <= len(name.split()) <= _NAME_WORDS and all(w[0].isupper() for w in name.split())
        if not named or org_word(name) or holds_job_start(name):
            self.unplace(under, [raw.strip()])
            return True
        why = f"a speaker's label opening a person's line {under}"
        self.place("speakers", "label", why, raw.strip())
        self.people("speakers", Section("speakers", "", [person], labelled=False))
        return True

    def led_roles(self, block: list[str], under: str) -> list[str]:
        """`block` with its person lines opened by a role label (`• In-person moderator:
        Name, …`) blanked: each is read as that role, where the text has none."""
        out = []
        for raw in block:
            if self.role_led_organisers(raw, under) or self.speaker_led(raw, under):
                out.append("")
                continue
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


_ITEM_NUMBER = re.compile(r"(?P<n>\d{1,2})[.)][ \t]*+(?=[^\W\d_])")
"""A numbered list's number, a space after it or not (`1. Name`, `4.Name`)."""
_SQUARE_PERSON = re.compile(r"(?P<name>[A-Z][^\[\],:]*?)[ \t]*+\[(?P<org>[^\[\]]++)\]")
"""A name with its organisation in square brackets, alone on a line of an agenda (`Name
Name [Uni. Town]`); the name is checked as a name (`BARE_NAME`)."""
_TIME_MARK = re.compile(
    r"\[[ \t]*+\d{1,3}[ \t]*+min(?:ute)?s?\.?[ \t]*+\]|\b\d{1,2}:\d{2}[ \t]*+(?:UTC|GMT)?", re.I
)
"""A time mark of an agenda: `[5 min]`, `12:00 UTC`, `[12:30-14:00 UTC]`."""
_TALK_BY = re.compile(
    r"(?:(?:keynote|opening|welcome|closing|introductory)[ \t]++)?"
    r"(?:address|remarks|speech|keynote|presentation|statement)[ \t]++by[ \t]++"
    r"(?P<person>[A-Z][^\n]*+)",
    re.IGNORECASE,
)
"""`Closing remarks by Name, …`: a line naming a talk and who gives it."""
_BY_PERSON = re.compile(rf"[•*·▪][ \t]*+{_TALK_BY.pattern}", re.IGNORECASE)
"""`• Keynote address by Name, …`: an agenda's bullet naming a talk and who gives it."""
_TITLED_INSIDE = re.compile(rf"(?<=[ \t])(?:{HONORIFIC.pattern}){NAME_WORDS}")


_OPENING_LINES = 2
"""The most lines naming organisations (or a summary) that open a page above its organisers'
people, their labels lost."""


def _one_person(line: str) -> bool:
    """True for one person's line, `Name, role`: two to four capitalised words before the
    first comma, none an organisation's word."""
    name = line.partition(",")[0].split()
    return (
        "," in line
        and looks_like_person(line)
        and 2 <= len(name) <= 4
        and all(w[:1].isupper() for w in name)
        and not org_word(" ".join(name))
    )


def _take(counts: Counter[tuple[str, str]], key: tuple[str, str]) -> bool:
    """True, and one fewer left, while `counts` holds `key`."""
    if counts[key]:
        counts[key] -= 1
        return True
    return False


def _bare_person(text: str) -> bool:
    """True for a name alone (`BARE_NAME`), none of its words an organisation's or a
    job's."""
    return BARE_NAME.fullmatch(text) is not None and not any(map(not_name_word, text.split()))


def _joined_people(text: str) -> list[str]:
    """The people of a numbered item that joins them with `&` (`Name & Name, Organisation &
    Name, Organisation`), one line each: a part opening with a name (two to five
    capitalised words up to a comma or the part's end, none an organisation's word) starts
    a person, any other goes on the one before (`… Science & Society (ABC)`); [] unless
    the first part opens with a name and no person's line is longer than a person's is
    thought to be (`MAX_STRUCTURE_LINE`)."""
    people: list[str] = []
    for part in text.split(" & "):
        if _bare_person(part.split(",", 1)[0].strip()):
            people.append(part.strip())
        elif people:
            people[-1] += f" & {part.strip()}"
        else:
            return []
    return people if all(len(person) <= MAX_STRUCTURE_LINE for person in people) else []


_QUOTED = re.compile(r'"([^"]++)"')
"""The label a place in the notes quotes (`under "Draft Agenda"`)."""
_AGENDA_PERSON = re.compile(
    rf"(?:{HONORIFIC.pattern})?{NAME_WORDS}(?:[ \t]*+,[ \t]*+[^,]++(?:,[^,]++)*+)?"
)
"""A person alone on an agenda's line: a name, a title before it or not, and what they do
after a comma (`Prof. Name`, `Name, Head of a Division, Organisation`)."""


_PANEL_ITEM = re.compile(r"\d{1,2}[.)][ \t]*+(?i:speakers?|panel(?:l?ists?)?|discussants?)\b[^?]*+")
"""A numbered agenda item naming the speakers or panellists (`2. Speakers / Panellists …`)."""
_LETTERED = re.compile(r"[a-z][.)][ \t]++(?P<rest>\S.*+)")
"""A lettered item (`a. …`, `b) …`)."""


def _names_first(text: str) -> bool:
    """True for a person's line that opens with a name of capitalised words (`Name -
    Organisation`, `Name, Organisation`, `Name`), not an organisation."""
    head = re.split(r"[ \t]++[-–—][ \t]++|,", text, maxsplit=1)[0].strip()
    name = HONORIFIC.sub("", head, count=1).strip()
    return (
        re.fullmatch(NAME_WORDS, name) is not None
        and looks_like_person(text)
        and not org_word(name)
        and not not_name_word(name.split()[-1])
    )


def _agenda_person(line: str) -> str:
    """The person line (bullet left out) when `line` is a person alone on a line of an
    agenda, not an item (`9.15 Input: …`) nor a question; else ''."""
    text = unbulleted(line.strip()) if line.strip()[:1] in BULLETS else line.strip()
    if not text or _TIME_MARK.search(text) or not _AGENDA_PERSON.fullmatch(text):
        return ""
    name = HONORIFIC.sub("", text.partition(",")[0], count=1).strip()
    if not looks_like_person(text) or org_word(name) or not_name_word(name.split()[-1]):
        return ""
    return text


def talk_giver(line: str) -> str | None:
    """The person line of a line naming a talk and who gives it (`Closing remarks by Mr.
    Name, …`), from the title on where an office comes first (`by Secretary-General Mr.
    Name`, read as `Mr. Name, Secretary-General`); None for any other line, or where no
    one is named (`Address by IGF Panel`)."""
    talk = _TALK_BY.fullmatch(line)
    if talk is None or not talk["person"][:1].isupper():
        return None
    person = talk["person"].strip()
    if not HONORIFIC.match(person) and (inside := _TITLED_INSIDE.search(person)) is not None:
        office = person[: inside.start()].strip()
        if "," not in office:  # `by Secretary-General Mr. Name`: the office after the name
            person = f"{person[inside.start() :]}, {office}"
    head = person.split(",", 1)[0].strip()
    name = head[HONORIFIC.match(head).end() :] if HONORIFIC.match(head) else head
    if not 2 <= len(name.split()) <= _NAME_WORDS or org_word(name) or not looks_like_person(person):
        return None
    if holds_job_start(name):
        return None
    if any(len(word) > 1 and word.isupper() for word in name.split()):
        return None  # `Address by IGF Leadership Panel`: an acronym names a body
    return person


_AGENDA_BY = re.compile(
    r"\(?\d{1,2}[.)][ \t]++(?P<talk>[^\n]+?)[ \t]++by[ \t]++(?P<person>[A-Z][^\n]*+)"
)
"""A numbered agenda item ending with who gives it (`3. Intro to the work by Name (Org)`)."""


def agenda_giver(line: str) -> str | None:
    """The person line (`Name (Organisation)`) of a numbered agenda item that ends with who
    gives that part (`2. Intro to the forum by Name (Organisation, role)`): two to five
    capitalised name words before a bracket or a comma, no organisation's word, no job
    title's word and no acronym (`by the BPF liaisons`, `by IGF Panel` name no one); None
    for any other line, or an item someone moderates (`Discussion moderated by Name`)."""
    item = _AGENDA_BY.fullmatch(line.strip())
    if item is None or _MODERATORS.search(item["talk"]):
        return None
    person = item["person"].strip()
    name = person.partition("(")[0].partition(",")[0].strip()
    title = HONORIFIC.match(name)
    words = (name[title.end() :] if title else name).split()
    if not 2 <= len(words) <= _NAME_WORDS or org_word(name) or holds_job_start(name):
        return None
    if any(len(word) > 1 and word.isupper() for word in words) or not looks_like_person(person):
        return None
    return person if all(capitalised(word) for word in words) else None


_MODERATORS = re.compile(r"\bmoderat(?:ors?|ed|ion)\b|\bco-moderators?\b", re.IGNORECASE)
"""Words of an agenda item naming the moderators (`Introduction by moderators (TBC)`)."""
_MAX_BARE_ROLES = len(PERSON_ROLE_FIELDS)
_NAME_WORDS = 5
"""The most words of a name."""
_SPEAKER_LEAD = re.compile(r"(?:[•*·▪-][ \t]*+)?speaker[ \t]*+:[ \t]*+(?P<person>[A-Z].*)", re.I)
"""`• Speaker: Name, Organisation`: a speaker led by the label, an agenda's item."""


_SENTENCE_WORDS = 6
"""The fewest words of a line read as a sentence under the organisers opening a text."""


_MIN_LABEL_LED = 3
"""The fewest label-led person lines (`UN: Name – …`) read as the speakers: the form asks
for three speakers at least."""


def _role_names(line: str) -> bool:
    """True for a name alone (`Kanbar Hussein-Bor`), or two joined by `/` (`Nicola
    Burgess/Laura O’Brien`): how the site prints a role's person after the speakers."""
    return all(BARE_NAME.fullmatch(name.strip()) for name in line.split("/", 1))


def _names_alone(line: str) -> int:
    """How many names alone a line holds, joined by commas or `/` (`Name Name, Name Name`),
    none with an organisation's word: 0 for a line of anything else."""
    parts = [part.strip() for part in re.split(r"[,/]", line)]
    if not all(BARE_NAME.fullmatch(part) and not org_word(part) for part in parts):
        return 0
    return len(parts)


def _bare_names(block: list[str], filled: list[int]) -> int:
    """How many of the block's last filled lines are names alone (at most one for each
    role), with at least one line above them."""
    count = 0
    while count < min(_MAX_BARE_ROLES, len(filled) - 1):
        if not BARE_NAME.fullmatch(block[filled[-1 - count]].strip()):
            break
        count += 1
    return count


def _record_run(block: list[str], filled: list[int]) -> int:
    """How many of the block's last lines (at the indexes `filled`) are people's records
    printed one `Label: value` a line, each opened by its `Name: …` line (`Name: …`,
    `Email/Link: …`, `Region: …`, `Stakeholder Group: …`): whole records only, and 0
    unless a detail line is among them."""
    count = whole = 0
    details = False
    while count < len(filled):
        line = block[filled[-1 - count]].strip()
        if read_detail(line) is not None:
            details = True
        elif len(name_records(line) or ()) == 1 and "|" not in line:
            whole = count + 1
        else:
            break
        count += 1
    return whole if details else 0


_ACRONYM_PLACE = re.compile(r"[A-Z][^,()]{2,80}\([A-Z]{2,8}\),[ \t]*+[A-Z][\w ]{1,30}")
"""An organisation's name with its acronym in brackets, then a place after a comma."""


def _detailed(line: str) -> bool:
    """True for a short `Name, details` line that may be a person."""
    name = line.split(",", 1)[0].strip()
    return "," in line and len(line) <= WEB_LINE and bool(BARE_NAME.fullmatch(name))


def _member_of_parts(line: str, organisation: str) -> bool:
    """True for a `Name, …` line one of whose details (after the name) names
    `organisation`, or the organisation names it (`UNICEF China` under `United Nations
    Children's Fund (UNICEF), China`)."""
    theirs = name_key(organisation)
    parts = [name_key(part) for part in line.split(",")[1:]]
    return any(part and theirs and (part in theirs or theirs in part) for part in parts)


def _plain_members(block: list[str]) -> bool:
    """True for a block of only `Name, Organisation` lines (`Luca Belli, FGV Law School`):
    a name alone before the first comma, short details after it; a line may hold two such
    entries parted by a semicolon (`semicolon_pair`, the first with a dash after its
    name)."""
    filled = [line.strip() for line in block if line.strip()]
    for whole in filled:
        # `Name - Organisation; Name, Organisation`: two members on one line
        pair = semicolon_pair(whole)
        for line in pair or [whole]:
            name, comma, rest = line.partition(",")
            if pair:
                name = pair_name(line)
                comma, rest = ",", line[len(name) :].lstrip(" \t,-–—")
            limit = WEB_PIECE if pair else WEB_LINE  # as long as a semicolon_run's entry
            if not comma or len(line) > limit or not BARE_NAME.fullmatch(name.strip()):
                return False
            if not rest.strip() or rest.rstrip()[-1] in ".:;?!":
                return False
    return bool(filled)


def _rest_of_block(lines: list[str], index: int) -> list[str]:
    """The lines after `lines[index]` up to the next blank line."""
    rest = lines[index + 1 :]
    end = next((at for at, line in enumerate(rest) if not line.strip()), len(rest))
    return rest[:end]


def _running(block: list[str]) -> bool:
    """True for a block holding running text (a line longer than a web line): the
    description whose label was lost, above the organisers' box on 2019 coalition pages."""
    return any(len(line.strip()) > WEB_LINE for line in block)


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


_LISTED = re.compile(
    rf"[{BULLETS}][ \t]++(?:{HONORIFIC.pattern})?(?P<name>{NAME_WORDS})"
    r"(?:[ \t]*+,|[ \t]++[-–—][ \t])"
)
"""A bulleted person: a bullet, any title, a name, then a comma or a spaced dash before
what they do (`- Dr. Name, Minister of …`, `• Name - Organisation`)."""


def _listed_person(line: str) -> bool:
    """True for a bulleted line opening with a person's name, then a comma or a spaced
    dash and their details (`_LISTED`), that reads as one person: no organisation's or
    job title's word in the name."""
    match = _LISTED.match(line)
    return (
        match is not None
        and not org_word(match["name"])
        and not JOB_WORDS & set(match["name"].casefold().split())
        and looks_like_person(line)
    )


def _held_bullet(line: str) -> bool:
    """True for a bullet holding a place for a person not yet named (`• Some authority
    TBC;`, `placeholder`): no one, but no end of the bulleted list either."""
    return line[:1] in BULLETS and placeholder(unbulleted(line))


def _without_page_head(lines: list[str]) -> list[str]:
    """`lines` less the page's head: the session's date-and-time line and the line right
    under it (its room), which are no organisation of an organisers' box."""
    return [
        line
        for index, line in enumerate(lines)
        if not date_time_line(line) and not (index and date_time_line(lines[index - 1]))
    ]


def _unlisted(line: str) -> str:
    """A bulleted person's line without its bullet."""
    return re.sub(rf"^[{BULLETS}][ \t]++", "", line.strip())


_MAIN_SESSION = re.compile(
    r"(?:IGF[ \t]++(?:19|20)\d\d[ \t]++)?Main[ \t]++Session\b", re.IGNORECASE
)
"""A title line naming a main session (`IGF 2022 MAIN SESSION: …`)."""


def _main_session(lines: list[str]) -> bool:
    """True when the text's first line names a main session (`_MAIN_SESSION`)."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return _MAIN_SESSION.match(first) is not None
