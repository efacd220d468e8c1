"""People sections of a published proposal: reading them, merging and role matching.

`read_people` reads an organisers or speakers section (numbered items, detail lines,
lines of several people, loose lines after the list) and `read_role` a single role's
section, with each person's line read by `import_person_line` and lines of several
people split by `import_people_runs`.  `merge_into` merges a person read twice and
`resolve_role` matches a role's person against the people already listed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from proposal_tui.call import Call
from proposal_tui.import_fields import known_format
from proposal_tui.import_names import (
    BIO,
    JOB_WORDS,
    NAME_WORDS,
    ORG_WORDS,
    TWO_NAMES,
    looks_like_person,
    name_before_job,
    name_doubt,
    not_name_word,
)
from proposal_tui.import_people_runs import (
    BULLET,
    NUMBER_MARK,
    RUNS,
    bracketed_person,
    trailing_sentence,
)
from proposal_tui.import_person_line import (
    ITEM_LINE,
    ReadPerson,
    continue_person,
    long_person,
    name_records,
    name_then_organisation,
    names_a_group,
    person_from_line,
    read_detail,
    read_item,
    with_details,
)
from proposal_tui.import_role_marks import (
    GENDER_MARK,
    line_marks,
    role_run,
    role_tail,
    tailed_person,
    unmarked,
)
from proposal_tui.model import PERSON_FIELDS, Person
from proposal_tui.people_links import name_key

_SHARED_ROLE = re.compile(rf"{TWO_NAMES.pattern}|{NAME_WORDS}[ \t]*+/[ \t]*+{NAME_WORDS}")
"""Two people given one role (`Larry Magid and Janice Richardson`, `Nicola Burgess/Laura
O’Brian`): the form holds one, so which one is for the person to choose."""
_TEXT_DETAILS = tuple(f for f in PERSON_FIELDS if f not in {"name", "confirmed"})


def second_names(people: list[ReadPerson]) -> list[int]:
    """The people of a list whose other people print no organisation (`Name, group,
    region`, as 2020-2021 pages do) and who have a short capitalised part between their
    name and their group (`Pak Yin, Edward Choi, Civil Society, …`), no acronym in it
    (`LACNIC`): that part is more likely a second name than an organisation.  An
    organisation given by its label (`Organisation: …`, export.py's layout), or a record
    with no name, is what it says."""
    bare = [
        not p.person.organization and bool(p.person.stakeholder_group or p.person.region)
        for p in people
    ]
    if len(people) < 3 or sum(bare) < len(people) - 1:
        return []
    found = []
    for index, read in enumerate(people):
        other = read.person.organization.split()
        if (
            read.person.name
            and not read.has_details
            and not bare[index]
            and 1 <= len(other) <= 3
            and all(w.isalpha() and w[:1].isupper() and not w[1:].isupper() for w in other)
            and not any(w.casefold() in ORG_WORDS for w in other)
        ):
            found.append(index)
    return found


@dataclass
class _Open:
    first_line: str
    number: int | None
    details: list[tuple[str, str]] = field(default_factory=list)
    role: str = ""


def _finish(item: _Open, call: Call) -> ReadPerson:
    if item.details:
        read = with_details(item.first_line, item.details)
    else:
        read = person_from_line(item.first_line, call)
    read.number = item.number
    read.role = item.role
    read.line = item.first_line
    return read


@dataclass
class PeopleRead:
    """The people of one section: persons in order, then loose lines after the list."""

    people: list[ReadPerson]
    loose: list[str]
    split: list[tuple[str, str]] = field(default_factory=list)
    """Lines read as several people, each with why (a guess)."""
    bulleted: list[str] = field(default_factory=list)
    """Bulleted person lines after a numbered list, read as more people of it (a guess)."""
    held: list[str] = field(default_factory=list)
    """Numbered places kept for a person not yet named (`Speaker 2: NGO [TBC]`)."""
    renumbered: list[str] = field(default_factory=list)
    """Person lines of a list numbered again from 1 after the numbered items (`1) Name, …`
    after `Speaker 3: …`), read as more people of it (a guess)."""


_ITEM_RUN = re.compile(
    r"[ \t]*+;[ \t]*+(?=(?:Speaker|Organi[sz]er)[ \t]*+#?[ \t]*+\d{1,3}(?!\d)[ \t]*+[:\-–])"
    r"|[ \t]++(?=(?:Speaker|Organi[sz]er)[ \t]*+#?[ \t]*+\d{1,3}(?!\d)[ \t]*+:)",
    re.IGNORECASE,
)
"""Where the next numbered person starts on a line of them run together with semicolons
(`Speaker 1: …; Speaker 2: …`, 2019 Open Forum pages) or with a space only before the
next `Organizer 2:` (its colon then needed)."""

_OTHERS_LATER = re.compile(
    r"[ \t]++(?:and[ \t]++)?others?[ \t]++(?:(?:are|to[ \t]++be)[ \t]++)?"
    r"(?:tb[acd]|confirmed|announced|determined)\.?$",
    re.IGNORECASE,
)
"""`Others tbc.` ending a line of people: more people to be named later, no detail of the
last one."""

_AND_NAME = re.compile(rf"[ \t]++and[ \t]++(?=(?P<name>{NAME_WORDS})[ \t]*+,)")
"""` and ` before another person's name and its comma, inside a numbered item."""

_HELD = re.compile(
    r"(?P<what>[^\[\]()]{0,60}?)[ \t]*+(?:[\[(](?:TBC|TBD|to be confirmed)[\])]|TBC|TBD)\.?",
    re.IGNORECASE,
)
"""An item's text that names nobody yet: a kind of person marked as to be confirmed
(`NGO [TBC]`, `Business representative [TBC]`, `TBD`)."""


NOBODY = re.compile(r"n/?a|none|nil|not applicable|[-–—]", re.IGNORECASE)
"""What a role's box holds when the role has nobody (`n/a`, `None`, `-`)."""


NAMED_LATER = re.compile(
    r"(?:(?:will|is|are|to)[ \t]++be[ \t]++"
    r"(?:identified|confirmed|announced|named|determined|decided|appointed)\b|tb[acd]\b)"
    r"[^\n]*+",
    re.IGNORECASE,
)
"""A role's box saying its person is not named yet (`will be identified at a later stage
from the … team`, `To be confirmed`, `TBD`): nobody."""


def item_pieces(line: str) -> list[str]:
    """`line`, or the numbered people run together on it with semicolons (or a space
    before the next `Organizer 2:`), one a piece."""
    if ITEM_LINE.match(line.strip()) is None:
        return [line]
    pieces = [piece.strip().rstrip(";").strip() for piece in _ITEM_RUN.split(line)]
    pieces = [piece for piece in pieces if piece]
    return pieces if len(pieces) > 1 else [line]


def two_in_item(line: str) -> tuple[str, str] | None:
    """The two numbered lines of an item that names two people joined by `and`, each with
    the same detail (`Organizer 1: Name, Organisation and Name, Organisation`): the item
    as written up to `and`, and the item's label with the second person; None for any
    other line, and where the words after `and` read as an organisation's or a job's, or
    share no detail with the first person (`…, Marketing and Public Relations, Tencent`:
    more of one person's job title)."""
    item = read_item(line)
    if item is None or not item.rest:
        return None
    label = line.strip()[: len(line.strip()) - len(item.rest)]
    for match in _AND_NAME.finditer(item.rest):
        before, name = item.rest[: match.start()], match["name"]
        head = before.split(",", 1)[0].split()
        if "," not in before or not 2 <= len(head) <= 5 or not head[0][:1].isupper():
            continue
        if any(map(not_name_word, name.split())):
            continue
        if any(map(not_name_word, head)):
            continue
        after = item.rest[match.end() :].strip()
        ours = {" ".join(part.split()) for part in before.split(",")[1:]}
        if not ours & {" ".join(part.split()) for part in after.split(",")[1:]}:
            continue
        return f"{label}{before.strip()}", f"{label}{after}"
    return None


def unnumbered(line: str) -> str:
    """A person's line of a numbered list without the list's marks: the number before the
    name and a semicolon ending the line (`1.Hui Zhao, Secretary General of …;`, 2021
    launch pages), when what is left reads as a person; any other line as it is."""
    text = line.strip()
    number = NUMBER_MARK.match(text)
    if number is None:
        return line
    rest = text[number.end() :].removesuffix(";").rstrip()
    return rest if looks_like_person(rest) else line


def placeholder(text: str) -> bool:
    """True for an item's text that holds a place for a person not yet named: punctuation
    alone (`Organizer 3: ,`, an empty form row), or a mark of `TBC`
    alone, or after a kind of person (an acronym, or words not all capitalised) rather
    than a name (`Jane Doe [TBC]` is a person whose place is unconfirmed)."""
    marks = [c for c in text if not c.isspace()]
    if marks and all(unicodedata.category(c).startswith("P") for c in marks):
        return True  # not a symbol: `🔒` is a hidden field, read as such
    found = _HELD.fullmatch(text.strip())
    if found is None:
        return False
    words = found["what"].split()
    if not words:
        return True
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) <= 6
    return acronym or any(w[:1].islower() for w in words if len(w) >= 3)


def read_people(lines: list[str], call: Call) -> PeopleRead:
    """Read an organisers or speakers section.

    Item lines (`Speaker 1: …`) start a person; detail lines, and a line holding only a
    stakeholder group and region, belong to the person above.  Person-like lines before
    the first item are people too (a list printed without numbers, such as `Additional
    Speakers`), up to the first blank line after them; so are the lines of a list numbered
    again from 1 after the items (`1) Name, …`, one line each); any other line after the
    list comes back as loose.
    """
    people: list[ReadPerson] = []
    loose: list[str] = []
    split: list[str] = []
    current: _Open | None = None
    items_seen = ended = False
    adjacent = False
    blanks = 0
    names: set[str] = set()
    expanded: list[str] = []
    roles: dict[str, str] = {}
    bulleted: list[str] = []
    renumbered: list[str] = []
    numbers: dict[str, int] = {}  # a numbered line without its number: that number
    whole: set[str] = set()  # the people of a line read as several: each one whole
    marked: dict[str, dict[str, object]] = {}
    formats = call.format_names()
    held: list[str] = []
    pieces: list[str] = []
    sentences: list[str] = []
    for piece in (piece for line in lines for piece in item_pieces(line)):
        if (later := _OTHERS_LATER.search(piece)) is not None and looks_like_person(
            piece[: later.start()]
        ):
            sentences.append(later.group().strip())  # to the notes
            piece = piece[: later.start()]
        if (two := two_in_item(piece)) is not None:
            split.append((piece.strip(), "two people in one numbered item, joined by `and`"))
            pieces += two
        else:
            pieces.append(piece)
    for raw in pieces:
        written = raw.strip()
        if (item := read_item(written)) is not None and placeholder(item.rest):
            held.append(written)  # nobody named yet: the numbering goes on after it
            continue
        text = unmarked(written)
        text = bracketed_person(text) or text
        if not looks_like_person(text) and (named := name_before_job(text)) is not None:
            split.append((written, "a name run into a job title with no comma between"))
            text = named  # `• Name Programme Officer at …, Place` (2021 Additional Speakers)
        records = name_records(text)
        several = None
        bullet = BULLET.match(text)  # `• Name, Name, Name`: the bullet is no name
        runs = text[bullet.end() :] if bullet else text
        cut = trailing_sentence(runs, call) if records is None else None
        for reader, why in RUNS if records is None else ():
            several = None
            if cut is not None:  # the people before a sentence run onto the line's end
                several = reader(cut[0], call)
                if several is not None:
                    sentences.append(cut[1])
            if several is None:
                several = reader(runs, call)
            if several is not None:
                split.append((written, why))
                break
        whole.update(several or ())
        if records is None and several is None:
            text = unnumbered(text)
            if text != written and (number := NUMBER_MARK.match(written)) is not None:
                numbers[text.strip()] = int(written[: number.end()].strip(" \t.)"))
        if text != written or GENDER_MARK.search(written):
            marked.update(line_marks(written, several or [text]))
        for line in records or several or role_run(text) or [text if text != written else raw]:
            tail = role_tail(line.strip())
            if tail is not None:
                line = tail[0]
                roles[line] = tail[1]
            expanded.append(line)
    for raw in expanded:
        line = raw.strip()
        follows, adjacent = adjacent, bool(line)
        if not line:
            blanks += 1
            # an unnumbered list (`Additional Speakers`) may hold one person a paragraph (or
            # a sentence naming them); a run of two blank lines ends it (what follows is a
            # moderator with no label)
            listed = current is not None or bool(loose)
            ended = ended or (listed and not items_seen and blanks >= 2)
            continue
        if (
            blanks
            and current is not None
            and not items_seen
            and not line.endswith(".")  # the site prints a moderator with no full stop
            and names_a_group(line, call)
        ):
            ended = True  # `Name, group, region` after a blank line: a moderator's line
        blanks = 0
        item = read_item(line)
        detail = read_detail(line) if item is None else None
        joined = None
        if (
            item is None
            and detail is None
            and current is not None
            and not current.details
            and line not in whole
            and current.first_line not in renumbered  # a list numbered again: one line each
        ):
            joined = continue_person(current.first_line, line, call, follows, names)
        if item is not None:
            _close(current, people, names, call)
            current = _Open(item.rest, item.number, role=roles.get(line, ""))
            items_seen = True
        elif detail is not None and current is not None:
            current.details.append(detail)
        elif joined is not None and current is not None:
            current.first_line = joined  # the line wrapped
        elif items_seen and (bullet := BULLET.match(line)) and looks_like_person(line):
            # `- Name, …` after `Speaker 3: …`: one more speaker
            _close(current, people, names, call)
            current = _Open(line[bullet.end() :], None, role=roles.get(line, ""))
            bulleted.append(line)
        elif items_seen and numbers.get(line) == len(renumbered) + 1:
            # `1) Name, …` after `Speaker 3: …`: another list of them
            _close(current, people, names, call)
            current = _Open(line, None, role=roles.get(line, ""))
            renumbered.append(line)
        elif not items_seen and known_format(line, formats) is not None:
            ended = True  # the format line after an unnumbered list (one blank line between)
            loose.append(line)
        elif (
            not items_seen
            and not ended
            and (
                line in whole
                or looks_like_person(line)
                or _listed_with_semicolon(line)
                or long_person(line, call)
                or (line in roles and tailed_person(line))
            )
        ):
            _close(current, people, names, call)
            # `• Name, Role` in a bulleted list, `1. Name, Role` in a numbered one with no
            # `Speaker` word: the mark is no part of the name
            bullet = BULLET.match(line) or NUMBER_MARK.match(line)
            current = _Open(line[bullet.end() if bullet else 0 :], None, role=roles.get(line, ""))
        else:
            loose.append(line)
    _close(current, people, names, call)
    for read in people:
        marks = marked.get(read.line, {})
        if marks:
            read.person = read.person.model_copy(update=marks)
    return PeopleRead(people, [*loose, *sentences], split, bulleted, held, renumbered)


def _listed_with_semicolon(line: str) -> bool:
    """True for a person's line ending with the `;` that parts it from the next in a list
    (`Name, Organisation, group, region;`): the separator is no sentence's end."""
    return line.endswith(";") and not line.endswith(";;") and looks_like_person(line[:-1])


def _close(current: _Open | None, people: list[ReadPerson], names: set[str], call: Call) -> None:
    """Add the person being read, if any, to `people`, and their name to `names`."""
    if current is not None:
        people.append(_finish(current, call))
        names.add(name_key(people[-1].person.name))


def read_role(lines: list[str], call: Call) -> tuple[ReadPerson | None, list[str]]:
    """Read a single role's section (moderator, rapporteur): one person, then loose lines.

    The first line is the person (a published line, or export.py's bare name followed
    by details); a section that opens with details is a person with no name, one that
    opens with `n/a` (or `None`, `-`) has nobody, and so has one saying the person is not
    named yet (`will be identified at a later stage …`, `TBD`; the same words again
    under it are dropped too).  Lines right under the person's line
    (no blank line between) that read as job titles or organisations are the person's
    positions, kept unread (in the notes), not a loose line.
    """
    content: list[tuple[str, bool]] = []  # (line, follows a line with no blank between)
    adjacent = False
    for raw in lines:
        line = raw.strip()
        if line:
            content.append((line, adjacent))
        adjacent = bool(line)
    if not content:
        return None, []
    if NOBODY.fullmatch(content[0][0]):
        return None, [line for line, _ in content[1:]]
    if NAMED_LATER.fullmatch(content[0][0]):  # the box says so again, maybe, below
        return None, [line for line, _ in content[1:] if not NAMED_LATER.fullmatch(line)]
    first = "" if read_detail(content[0][0]) else content[0][0]
    index = 0 if read_detail(content[0][0]) else 1
    details: list[tuple[str, str]] = []
    while index < len(content):
        line, follows = content[index]
        detail = read_detail(line)
        joined = None
        if detail is None and not details and first:
            joined = continue_person(first, line, call, follows)
        if detail is not None:
            details.append(detail)
        elif joined is not None:
            first = joined  # the person's line wrapped
        else:
            break
        index += 1
    bio = None if details else BIO.match(first)
    if bio is not None and len(first.split(",", 1)[0].split()) > 6:
        # `Thomas Schneider is Ambassador and …`: a sentence about the person, not a list
        why = "a sentence about the person under the label; the name is its first words"
        read = ReadPerson(Person(name=bio["name"]), unread=[first], guess=why)
    elif not details and (pair := _pair_with_organisations(first)) is not None:
        # `Name Organisation and Name Organisation`: a role holds one person
        read = person_from_line(pair[0], call)
        read.guess = "two people named for one role, each with their organisation: the first read"
        read.line = first
        read.unread = [*read.unread, pair[1]]
    else:
        read = with_details(first, details) if details else person_from_line(first, call)
        if _SHARED_ROLE.fullmatch(read.person.name):
            read.guess = "two people named for one role; both kept in the name"
            read.line = first
    if read.person.name and not read.guess:
        # `Olga Cavalli` then `National Director of Cybersecurity of Argentina` on the next
        # line: the person's positions, one a line (2022 pages), not another person
        while index < len(content) and content[index][1] and _position(content[index][0]):
            read.unread = [*read.unread, content[index][0]]
            index += 1
    return read, [line for line, _ in content[index:]]


def _pair_with_organisations(line: str) -> tuple[str, str] | None:
    """The two people of a line `Name Organisation and Name Organisation` (each a name run
    into its organisation with no comma, `name_then_organisation`), or None."""
    for match in re.finditer(r"[ \t]++and[ \t]++", line):
        one, two = line[: match.start()].strip(), line[match.end() :].strip()
        if name_then_organisation(one) and name_then_organisation(two):
            return one, two
    return None


def _position(line: str) -> bool:
    """True for a line with no comma that reads as a job title or an organisation, not a
    name (`National Director of Cybersecurity of Argentina`, `MAG Member`)."""
    if "," in line:
        return False
    return any(w.casefold() in JOB_WORDS for w in line.split()) or bool(
        name_doubt(Person(name=line))
    )


def merge_into(first: Person, later: Person) -> tuple[Person, bool]:
    """`first` with its empty details filled from `later`; True if they disagreed."""
    update: dict[str, object] = {}
    disagree = False
    for detail in _TEXT_DETAILS:
        mine, theirs = getattr(first, detail), getattr(later, detail)
        if not mine and theirs:
            update[detail] = theirs
        elif mine and theirs and mine != theirs:
            disagree = True
    if later.confirmed and not first.confirmed:
        update["confirmed"] = True
    return first.model_copy(update=update), disagree


def resolve_role(read: ReadPerson, listed: dict[str, Person]) -> Person | None:
    """A single role's person: as written when it has details, else the listed person of
    the same name (`listed` is keyed by `name_key`), details copied, with whatever the
    role's own line adds.  A name and its first detail that together are a listed name
    holding a comma (`Ying Tung, Mandy Chan`) are that name."""
    person = read.person
    first = person.organization.split(",", 1)[0].strip()
    longer = listed.get(name_key(f"{person.name}, {first}")) if first else None
    if longer is not None and "," in longer.name:
        # `Ying Tung, Mandy Chan, Civil Society, …`: a listed name holding a comma
        rest = person.organization.split(",", 1)[1].strip() if "," in person.organization else ""
        person = person.model_copy(update={"name": longer.name, "organization": rest})
    if not read.has_details:
        match = listed.get(name_key(person.name))
        if match is not None:
            own = {f: getattr(person, f) for f in ("name", *_TEXT_DETAILS) if getattr(person, f)}
            person = match.model_copy(update=own)
    return None if person.is_empty() else person
