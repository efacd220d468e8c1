"""Reading the moderators' and the rapporteur's boxes, and matching unlabelled people to them.

A mixin of `importer.Reader`.  A role's box holds one person (a second, different one is
noted), with running text after it whose label was lost; a role named at the end of a
person's line fills that role; unlabelled person lines after the people fill the empty
roles in the form's order, and any more than the roles left are more speakers (a guess).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from proposal_tui.import_fields import WEB_LINE, known_format
from proposal_tui.import_names import looks_like_person, org_word
from proposal_tui.import_people import read_role, resolve_role
from proposal_tui.import_people_boxes import title_note
from proposal_tui.import_people_lines import BARE_NAME, possessive
from proposal_tui.import_person_line import names_no_one, person_from_line
from proposal_tui.import_role_marks import comma_role, role_tail
from proposal_tui.import_sections import Section, quote
from proposal_tui.model import PERSON_ROLE_FIELDS, Person
from proposal_tui.people_links import name_key

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class RoleBoxes(_Base):
    """The moderators and the rapporteur, labelled, named on a line, or in the form's order."""

    def role(self, name: str, section: Section) -> None:
        """`section`, the box of the role `name`, read as its person (the first one kept),
        and any running text after it whose label was lost placed or noted."""
        first = next((line.strip() for line in section.lines if line.strip()), "")
        led = f"{section.label.strip().rstrip(':')}: {first}"
        if section.lead and first and self.role_led_organisers(led, section.where):
            # `Onsite Moderator: Name, …, Onsite Online Moderator: Name, …` on one line
            section = replace(section, lines=section.lines[section.lines.index(first) + 1 :])
            first = next((line.strip() for line in section.lines if line.strip()), "")
        if first and known_format(first, self.formats) is not None:
            # an empty `Online Moderator` with the format line after it: not a person
            self.loose([line.strip() for line in section.lines if line.strip()], section)
            return
        lines, running = before_running_text(section.lines)
        read, loose = read_role(lines, self.call)
        if read is not None and names_no_one(read):
            # `Civil Society, African Group` alone under the role: no one named
            written = read.line or next(line.strip() for line in lines if line.strip())
            why = "a line with no name, only a stakeholder group, region or organisation"
            self.place("import_notes", "label", why, written)
            self.unplace(section, [written, *read.unread])
            read = None
        if read is not None and read.guess:
            self.place(name, "guess", read.guess, read.unread[0] if read.unread else read.line)
        if read is not None:
            if read.hidden:
                self.notes.append(f"{self.label(name)}: hidden fields (🔒) left empty.")
            if note := title_note(read):
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
        if running and (about := self.about_above(section)) is not None:
            # the role opens the `About this Session` box: the text after it is the box's
            running = self.description_about_session(running, about)
        if any(line.strip() for line in running):
            self.text_after_people(name, running, section)

    def roles_on_lines(self, lines: list[str]) -> None:
        """Roles named at the end of person lines (`… - online moderator`) outside any
        people list, for the roles still empty; the lines stay in the notes too.  A role
        word after the line's last comma (`…, Moderator`, `comma_role`), maybe with a note
        run on after it, is a guess: the note's words are left out."""
        for line in lines:
            dashed = role_tail(line)
            tail = dashed or comma_role(line)
            if tail is None or not tail[1] or tail[1] in self.roles:
                continue
            read = person_from_line(tail[0], self.call)
            if read.person.name:
                why = f"{tail[1].replace('_', ' ')} named on the person's line, before any list"
                self.place(tail[1], "label" if dashed else "guess", why, line)
                self.roles[tail[1]] = read

    def lost_speaker(self, line: str) -> bool:
        """True for a full person line (`Name, Org, group, region`): where the text has no
        speakers' label and no speakers read, a speaker whose label was lost."""
        return "," in line and self.person_line(line.strip())

    def roles_out(self) -> dict[str, Person | None]:
        """Each role's person, matched to the people listed, with the unlabelled person
        lines filling the empty roles in the form's order (any more are speakers)."""
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
        no_speakers = "speakers" not in self.present and not self.lists["speakers"].people
        for at, (read, line) in enumerate(self.bare):
            if at < extra:
                continue
            person = resolve_role(read, listed)
            # a person after a role's labelled box holds a role after it in the form,
            # where one is free (else, as any other, the first free role)
            after = self.bare_after.get(at)
            later = order[order.index(after) + 1 :] if after in order else order
            free = next((name for name in later if out.get(name) is None), None)
            free = free or next((name for name in order if out.get(name) is None), None)
            repeat = person is not None and bool(person.name) and name_key(person.name) in taken
            if repeat and free is None:
                self.notes.append(f"Unlabelled line {quote(line)} repeats a moderator; kept once.")
            elif free is None and person is not None and no_speakers and self.lost_speaker(line):
                # every role taken and the text has no speakers: a full person line after
                # the roles is a speaker whose label was lost (2024 Day 0 events)
                why = "no label; a person after the roles, all taken, and no speakers"
                self.place("speakers", "guess", why, line)
                if note := self.lists["speakers"].add(read):
                    self.notes.append(note)
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


def _name_alone(line: str) -> bool:
    """True for a person's name alone on its line (`William J. Drake`): name words, none an
    organisation's word or a possessive (`Organization's Website`, a line of the page)."""
    return (
        BARE_NAME.fullmatch(line.strip()) is not None
        and not org_word(line)
        and not possessive(line)
    )


def before_running_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines, running): a role's (or a people box's) lines cut before running text that
    follows a run of blank lines (where a label was lost) after the box's first line,
    which may be a sentence naming the person: a line longer than a person's, another
    box's text."""
    first = next((index for index, raw in enumerate(lines) if raw.strip()), len(lines))
    for index in range(first + 2, len(lines)):
        text = lines[index].strip()
        after_blanks = not (lines[index - 1] + lines[index - 2]).strip()
        if len(text) > WEB_LINE and after_blanks and not looks_like_person(text):
            return lines[:index], lines[index:]
    return lines, []
