"""Lines that run several people together, split into one person line each.

Each splitter reads one way a page runs people into one line (names separated by
commas, numbered people, people separated by dashes, emails, semicolons, brackets or
labels, regions run into the next name, …) and returns the person lines, or None when
the line is not of its kind.  `RUNS` lists them with why each split is a guess;
`several_people` says whether a line holds several people.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from proposal_tui.call import Call
from proposal_tui.import_fields import BULLETS, MAX_STRUCTURE_LINE
from proposal_tui.import_names import (
    EMAIL,
    FUNCTION_WORDS,
    HONORIFIC,
    NAME_DASH,
    NAME_WORDS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    TWO_NAMES,
    capitalised,
    looks_like_person,
    name_word,
    not_name_word,
    org_word,
    spaced_dash,
    starts_with_name,
)
from proposal_tui.import_person_line import (
    a_group_or_region,
    name_records,
    names_a_group,
    with_commas,
)
from proposal_tui.import_role_marks import GENDER_MARK, role_run, role_tail, unmarked
from proposal_tui.model import normalize_stakeholder_group

BULLET = re.compile(rf"[{BULLETS}][ \t]++(?=\S)")
"""A bullet opening a line of a list (`- Mr Bertrand …`)."""

NUMBER_MARK = re.compile(r"\d{1,2}[.)][ \t]*+(?=[^\W\d])")
"""A number opening a line of a list with no `Speaker` word (`1. Mr. Jian Luo, …`; the
space may be missing: `1.Hui Zhao, …`)."""


def email_run(line: str) -> list[str] | None:
    """The people of a line that runs several `Name - Organisation, … email` entries
    together, one entry each (the emails left out); None for fewer than two emails or
    an entry that does not start with a short name."""
    if len(line) > 20 * MAX_STRUCTURE_LINE or len(EMAIL.findall(line)) < 2:
        return None
    pieces = [piece.strip(" \t,;|") for piece in EMAIL.split(line)]
    pieces = [piece for piece in pieces if piece]
    return pieces if len(pieces) >= 2 and all(starts_with_name(p) for p in pieces) else None


def person_run(line: str, call: Call) -> list[str] | None:
    """The people of a line that runs several `Name, Organisation, group, region` entries
    together with dashes between them (`… technical community, Africa - Mona …`); None
    unless every piece names a stakeholder group or a region in its last two parts."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    pieces = [piece.strip() for piece in NAME_DASH.split(line)]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        parts = [part.strip() for part in piece.split(",")]
        if len(parts) < 3 or not starts_with_name(piece):
            return None
        if not names_a_group(piece, call):
            return None
    return pieces


WEB_PIECE = 150
"""The longest `Name, Organisation` entry of a line of people separated by semicolons."""

_MAX_CHOICE_WORDS = 6
"""The most words a stakeholder group or region takes (`Western European and Others
Group (WEOG)`, the short name in brackets counted)."""


_PLACES = frozenset(
    {
        "europe",
        "south america",
        "latin america",
        "north america",
        "middle east",
        "oceania",
        "international",
        "global",
        "worldwide",
    }
)
"""Where a person is from, written as a continent or as `International` rather than as a
regional group: read as the region only right after a stakeholder group (`…, Civil
Society, International Víctor …`, `…, Civil Society, South America Elizabeth …`)."""


def _place(text: str, after_group: bool, call: Call) -> bool:
    """True for a group or region, or, right after a stakeholder group, a place; also a
    stakeholder group and a region joined by a dash (`Government - Africa`), and a place
    with its region in brackets after it (`Middle East (Asia-Pacific States)`)."""
    group, dash, region = text.partition(" - ")
    if dash and normalize_stakeholder_group(group) in call.stakeholder_groups:
        return a_group_or_region(region, call)
    bracketed = _BRACKETED_REGION.fullmatch(text.strip())
    if bracketed is not None and a_group_or_region(bracketed["region"], call):
        return True
    if a_group_or_region(text, call):
        return True
    return after_group and " ".join(text.split()).casefold() in _PLACES


_BRACKETED_REGION = re.compile(
    r"[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,3}[ \t]*+\((?P<region>[^()]++)\)"
)
"""A place of up to four capitalised words with its region in brackets after it (`Middle
East (Asia-Pacific States)`), ending a person's entry."""


def _region_end(text: str, call: Call) -> bool:
    """True for an entry's last part ending with its region in brackets (`Universitat X -
    City (WEOG)`)."""
    found = _END_BRACKET.search(text)
    return found is not None and a_group_or_region(found["region"], call)


_END_BRACKET = re.compile(r"\((?P<region>[^()]++)\)$")


_DASHES = frozenset("-–—")


def _region_then_name(
    part: str, call: Call, after_group: bool = False, more: bool = False
) -> tuple[str, str] | None:
    """(`Eastern European Group`, `Pavel Pozdnyakov`) for a comma part that runs a group
    or region into the next person's name; None when no such cut gives a person's name
    (two to five words after any title such as `Ms.`, the first capitalised, none an
    organisation's word; a last initial such as `L.` is a word of it, and a dash or a
    bracket ends it: `Name - Organisation`, `Name (Region), Organisation`).  A full stop
    may end the region (`…, African States. Mr …`).  Where `more` comma parts follow (the
    person's details), one name word alone ending the part is a person printed with a
    single name (`…, African Group Amina, Organisation, …`)."""
    words = part.split()
    for cut in range(min(len(words) - 1, _MAX_CHOICE_WORDS), 0, -1):
        if words[cut - 1] in _DASHES:  # `Government - Africa Name`: the place goes on
            continue
        if not _place(" ".join(words[:cut]).removesuffix("."), after_group, call):
            continue
        if words[cut - 1].endswith(".") and (stopped := _stopped_region(words, cut, call)):
            return stopped
        named = " ".join(words[cut:])
        single = more and _single_name(named) and not _place(part.strip(), after_group, call)
        if not (_opens_with_name(named) or single):
            break
        return " ".join(words[:cut]).removesuffix("."), named
    if after_group:  # `…, Government, Eastern Europe Ms. Name`: a title after the group's
        # part starts the next person, the words before it the region however spelt
        for cut in range(min(len(words) - 2, _MAX_CHOICE_WORDS), 0, -1):
            named = " ".join(words[cut:])
            if HONORIFIC.match(named) and _opens_with_name(named):
                return " ".join(words[:cut]).removesuffix("."), named
    return None


def _stopped_region(words: list[str], cut: int, call: Call) -> tuple[str, str] | None:
    """(`Civil Society, WEOG`, `Name Name`) where a full stop after the group ends at
    `cut` and a region follows it before the next person's name (`Civil Society. WEOG Name
    Name, …`): the region is the entry's, no word of the name; None otherwise."""
    for end in range(min(len(words) - 2, cut + _MAX_CHOICE_WORDS), cut, -1):
        region = " ".join(words[cut:end]).removesuffix(".")
        if a_group_or_region(region, call) and _opens_with_name(" ".join(words[end:])):
            group = " ".join(words[:cut]).removesuffix(".")
            return f"{group}, {region}", " ".join(words[end:])
    return None


def _single_name(text: str) -> bool:
    """True for one word that may be a person's single name (`Amina`): capitalised, then
    small letters only, and no organisation's or job title's word."""
    return (
        re.fullmatch(r"[^\W\d_][^\W\d_A-Z]{2,}+", text) is not None
        and text[0].isupper()
        and text.casefold() not in NOT_NAME_WORDS
    )


def _opens_with_name(text: str) -> bool:
    """True when `text` opens with a person's name: two to five words after any title
    such as `Ms.`, the first capitalised, none an organisation's word; a last initial such
    as `L.` is a word of it, and a dash, a slash before a job title (`Name/Senior Fellow`)
    or a bracket ends it."""
    title = HONORIFIC.match(text)
    name = NAME_DASH.split(spaced_dash(text[title.end() :] if title else text), maxsplit=1)
    name = name[0].split()
    name = name[: next((i for i, w in enumerate(name) if w.startswith("(")), len(name))]
    if not 2 <= len(name) <= 5 or not capitalised(name[0]):
        return False
    return not any(w.casefold().strip(".") in ORG_WORDS or not name_word(w) for w in name)


def _ended(piece: list[str], part: str, call: Call) -> bool:
    """True when `piece`, the comma parts of one person so far (three or more), ends with
    a group or region and the next comma `part` opens with a name, not a group, region or
    place: the writer's comma between two people (`…, Youth, Africa, Tehillahe Chimfwembe,
    …`)."""
    words = part.split()
    return (
        len(piece) >= _WHOLE_PARTS
        and a_group_or_region(piece[-1].strip(), call)
        and _opens_with_name(part.strip())
        and not any(_place(" ".join(words[:cut]), True, call) for cut in range(1, len(words) + 1))
    )


_WHOLE_PARTS = 3
"""The fewest comma parts of a person's entry (name, organisation, group or region)."""


def region_run(line: str, call: Call) -> list[str] | None:
    """The people of a line that runs three or more `Name, Organisation, group, region`
    entries (or two of three parts or more) together with only a space between them
    (`…, Eastern European Group Pavel Pozdnyakov, …`): cut where a group or region runs
    into a name, or where a comma after an entry's group or region parts it from the next
    name (`…, Youth, Africa, Tehillahe Chimfwembe, …`); None unless every piece starts
    with a name and ends with a group or region.  Parts written with dashes instead of
    commas (`Name- Organisation - African Group Name -…`) are read as commas."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    line = with_commas(line)
    pieces: list[list[str]] = [[]]
    parts = line.split(",")
    for index, part in enumerate(parts):
        after_group = (
            bool(pieces[-1])
            and normalize_stakeholder_group(pieces[-1][-1]) in call.stakeholder_groups
        )
        more = index + 1 < len(parts)
        cut = _region_then_name(part, call, after_group, more) if pieces[-1] else None
        if cut is None and _ended(pieces[-1], part, call):
            pieces.append([part.strip()])
        elif cut is None:
            pieces[-1].append(part)
        else:
            pieces[-1].append(" " + cut[0])
            pieces.append([cut[1]])
    for piece in pieces:  # `Government - Africa`: the group, then the region
        group, dash, region = piece[-1].partition(" - ")
        if dash and _place(piece[-1].strip(), False, call):
            piece[-1:] = [group, " " + region.strip()]
    people = [",".join(piece).strip() for piece in pieces]
    if len(people) < 2 or (len(people) == 2 and min(map(len, pieces)) < 3):
        return None
    for person, piece in zip(people, pieces, strict=True):
        if len(piece) < 2 or not starts_with_name(person):
            return None
        last = piece[-1].strip().removesuffix(".")
        stops = last.split(". ")  # `Civil Society. AFRICA`: a full stop parts the two
        if not (
            names_a_group(person, call)
            or _place(last, False, call)
            or _region_end(last, call)
            or (len(stops) > 1 and all(_place(stop, False, call) for stop in stops))
        ):
            return None
    return people


def trailing_sentence(line: str, call: Call) -> tuple[str, str] | None:
    """(people, sentence) for a line of people that ends with a sentence run onto its last
    group or region (`…, Asia-Pacific The session organizers are …`); None otherwise."""
    head, comma, last = line.rpartition(",")
    if not comma:
        return None
    words = last.split()
    for cut in range(min(len(words) - 1, _MAX_CHOICE_WORDS), 0, -1):
        rest = words[cut:]
        if (
            a_group_or_region(" ".join(words[:cut]), call)
            and len(rest) >= 6
            and rest[0][0].isupper()
            and rest[-1].endswith((".", "!"))
        ):
            return f"{head}, {' '.join(words[:cut])}", " ".join(rest)
    return None


def name_list(line: str, call: Call) -> list[str] | None:
    """A line of three or more bare names separated by commas (`YANG ZHOU, TAIGE SHI, LI
    LI`): each part two to four capitalised words, none an organisation's word or a job
    title's (`Name, Managing Director, Organisation` is one person), a stakeholder group
    or a region.  None for any other line."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) < 3:
        return None
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or a_group_or_region(part, call):
            return None
        if any(not w[0].isupper() or not_name_word(w) for w in words):
            return None
        if any(ch.isdigit() or ch in "()&/@:;" for ch in part):
            return None
    return parts


def _email_run(line: str, call: Call) -> list[str] | None:
    return email_run(line)


def semicolon_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line of three or more `Name, Organisation` entries separated by
    semicolons (`Moctar Yedaly, African Union;Adil Sulieman, …; …`); None otherwise."""
    if len(line) > 20 * MAX_STRUCTURE_LINE or line.count(";") < 2:
        return None
    pieces = [piece.strip().rstrip(".").strip() for piece in line.split(";")]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 3:
        return None
    for piece in pieces:
        name = piece.split(",", 1)[0]
        if "," not in piece or len(piece) > WEB_PIECE or not starts_with_name(piece):
            return None
        if any(w.casefold().strip(".") in ORG_WORDS for w in name.split()):
            return None
    return pieces


_PAIR_NAME = re.compile(rf"(?P<name>{NAME_WORDS})(?:[ \t]*+,|[ \t]++[-–—])[ \t]++\S")
"""A name of two to four capitalised words, then a comma or a spaced dash and details."""


def semicolon_pair(line: str, call: Call | None = None) -> list[str] | None:
    """The two people of a line `Name - Organisation; Name, Organisation`: one semicolon
    between two entries, each a name (no organisation's or job title's word in it) then a
    comma or a spaced dash and details; None otherwise."""
    if line.count(";") != 1 or len(line) > 2 * WEB_PIECE:
        return None
    pieces = [piece.strip().rstrip(".").strip() for piece in line.split(";")]
    for piece in pieces:
        named = _PAIR_NAME.match(piece)
        if named is None or any(map(not_name_word, named["name"].split())):
            return None
    return pieces


def pair_name(piece: str) -> str:
    """The name opening an entry of `semicolon_pair` ('' for none)."""
    named = _PAIR_NAME.match(piece.strip())
    return named["name"] if named is not None else ""


def organisation_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line of two or more `Name, Organisation` entries with the same
    organisation, run together with a space (`Marianne Rahme, SMEX Nathan Silber, SMEX
    …`); None otherwise."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    parts = [part.strip() for part in line.split(",")]
    org = parts[-1]
    if len(parts) < 3 or not org or not starts_with_name(parts[0]):
        return None
    names = [parts[0]]
    for part in parts[1:-1]:
        name = part.removeprefix(org + " ") if part.startswith(org + " ") else ""
        words = name.split()
        if not 2 <= len(words) <= 4 or any(not w[0].isupper() for w in words):
            return None
        if any(w.casefold().strip(".") in ORG_WORDS for w in words):
            return None
        names.append(name)
    return [f"{name}, {org}" for name in names]


_BRACKETED_PERSON = re.compile(rf"(?P<name>{NAME_WORDS})[ \t]*+\((?P<details>[^()]{{3,200}}+)\)")


_MID_BULLET = re.compile(r"[ \t]++[*•▪◦‣►▶➢][ \t]++(?=\S)")
"""A bullet inside a line (not a dash): where the next item of a list run onto one line starts."""


def bullet_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line that runs bulleted `Name, Organisation, …` items together
    (`* Name, Org, group, region - onsite moderator * Name, …`, 2025 launch pages), each
    with any role tail it ends with; None unless there are two or more, each a name with
    details after a comma."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    text = line.strip()
    if (lead := BULLET.match(text)) is not None:
        text = text[lead.end() :]
    pieces = [piece.strip() for piece in _MID_BULLET.split(text)]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        tail = role_tail(piece)
        person = tail[0] if tail is not None else piece
        if "," not in person or not starts_with_name(person) or not looks_like_person(person):
            return None
    return pieces


def gender_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line that runs people together, each ending with a gender mark
    (`Name, Huawei, …, Onsite (female) Dr. Name, …`, 2025 Day 0 pages): cut after each
    mark, the marks left out; None unless there are two or more, each a name with details
    after a comma."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    ends = [mark.span() for mark in GENDER_MARK.finditer(line)]
    starts = [0, *(end for _, end in ends)]
    pieces = [line[a:b].strip() for a, (b, _) in zip(starts, [*ends, (len(line), 0)], strict=True)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2 or any("," not in p or not starts_with_name(p) for p in pieces):
        return None
    return pieces


_ALL_IN_BRACKETS = re.compile(
    rf"(?P<name>{NAME_WORDS})[ \t]*+\((?P<details>(?:[^()]++|\([^()]*+\))++)\)"
    rf"(?:[ \t]*+(?P<email>{EMAIL.pattern}))?"
)


def bracketed_person(line: str) -> str | None:
    """One person with all their details in brackets after the name, an organisation's
    acronym bracketed inside, then any email (`Name (Organisation (ACR), group, region)
    [email protected]`, 2025 networking sessions), as `Name, details, email`; None for any
    other line (a bracket holding no comma is the organisation: `name_then_bracket`)."""
    text = line.strip()
    if len(text) > MAX_STRUCTURE_LINE:
        return None
    match = _ALL_IN_BRACKETS.fullmatch(text)
    if match is None or "," not in match["details"]:
        return None
    email = f", {match['email']}" if match["email"] else ""
    return f"{match['name']}, {match['details'].strip()}{email}"


def bracket_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line of two or more `Name (Organisation, group, region)` entries
    run together with a space (`Merle Bieler (Federal Office…, WEOG) Niklas Schmidt (…)`),
    each as `Name, details`; None otherwise."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    found = list(_BRACKETED_PERSON.finditer(line))
    if len(found) < 2 or " ".join(m.group() for m in found).split() != line.split():
        return None
    return [f"{m['name']}, {m['details'].strip()}" for m in found]


def numbered_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line that runs `1. Name, … 2. Name, …` entries together, numbered
    from 1 up by one (a dash may stand between them); None unless there are two or more,
    each a name with details after a comma."""
    if len(line) > 20 * MAX_STRUCTURE_LINE or not re.match(r"1[.)][ \t]", line):
        return None
    starts, number = [0], 2
    while found := re.compile(rf"(?:^|[ \t])(?:[-–—][ \t]*+)?{number}[.)][ \t]++(?=[A-Z])").search(
        line, starts[-1] + 2
    ):
        starts.append(found.start())
        number += 1
    pieces = [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    pieces = [
        re.sub(r"^[ \t]*+(?:[-–—][ \t]*+)?\d{1,2}[.)][ \t]*+", "", p).strip(" \t-–—")
        for p in pieces
    ]
    pieces = [name_then_comma(p) for p in pieces]
    alone = [re.fullmatch(NAME_WORDS, p) is not None and not org_word(p) for p in pieces]
    if len(pieces) < 2 or any(
        not lone and ("," not in p or not starts_with_name(p))
        for p, lone in zip(pieces, alone, strict=True)
    ):
        return None
    return pieces


_MAX_NAME_WORDS = 4
"""The most words `NAME_WORDS` takes as a person's name."""


def name_then_comma(piece: str) -> str:
    """A numbered or bulleted person whose name runs into their organisation with no comma
    (`Gloria F. Amofah-Adjekum Women in Internet Governance (WIG) , Civil Society`, `Natalie
    Tercova IGF Czechia/ …`, 2025 launch pages) with a comma after the name: the name is the
    first words up to one that opens an organisation (an acronym, a word before a small
    word such as `in`, or before an organisation's word, or one with a bracket or a
    slash).  Any other piece as it is."""
    words = list(re.finditer(r"[^\s,]++", piece.split(",", 1)[0]))
    if len(words) <= _MAX_NAME_WORDS:
        return piece
    end = 0
    for index, found in enumerate(words[:_MAX_NAME_WORDS]):
        word, after = found.group(), words[index + 1].group()
        opens = (
            (len(word) >= 2 and word.isupper() and word.isalpha())
            or after.casefold() in FUNCTION_WORDS
            or org_word(after)
            or any(ch in word for ch in "(/")
        )
        if opens or not name_word(word) or not word[0].isupper():
            break
        end = found.end()
    name = piece[:end]
    return f"{name},{piece[end:]}" if 2 <= len(name.split()) <= _MAX_NAME_WORDS else piece


_TITLED_NEXT = re.compile(
    rf"[ \t]++[-–—][ \t]++(?=(?:{HONORIFIC.pattern}){NAME_WORDS}[ \t]*+[,;:])"
)
"""A spaced dash before a title and a name: where the next person starts on a line of
people run together (`…; Cameroon, AFRICA - Ms Zainab Aminu, CITAD; …`)."""
_TITLED_NAME = re.compile(rf"(?:{HONORIFIC.pattern}){NAME_WORDS}")
_TITLED_PAIR = re.compile(
    rf"(?P<one>{_TITLED_NAME.pattern})[ \t]++and[ \t]++(?P<two>{_TITLED_NAME.pattern})"
    r"(?P<rest>[ \t]*+[,;].*)"
)


def titled_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line that runs `Title Name, details` entries together with spaced
    dashes between them (`M. Avis Momeni and Ms Sylvie Siyam, PROTEGE QV; … - Ms Zainab
    Aminu, CITAD; …`, 2023 lightning talks): a new person starts only at a title and a
    name, so an entry that names no one stays in the details before it; two titled names
    joined by `and` share their details.  None for fewer than two entries."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    text = BULLET.sub("", line.strip(), count=1) if line.lstrip()[:1] in "-–—" else line.strip()
    if _TITLED_NAME.match(text) is None:
        return None
    pieces = [piece.strip() for piece in _TITLED_NEXT.split(text)]
    if len(pieces) < 2:
        return None
    out = []
    for piece in pieces:
        pair = _TITLED_PAIR.fullmatch(piece)
        out += [pair["one"] + pair["rest"], pair["two"] + pair["rest"]] if pair else [piece]
    return out


_NAME_MARK = re.compile(r"(?<=[\w'’.])[ \t]*+[-–—][ \t]++")
"""A dash with a space after it, right after a word: where a name may end (`Gupta- …`,
`Dell'Accio - …`) on a line of `Name- details` people run together."""


def _name_before(text: str, call: Call) -> str:
    """The name that ends `text`: its last capitalised name words, less a stakeholder group
    or region run into them (`Asia Pacific Dino …`) or an acronym before them (`EU May
    Siksik`); '' when that leaves no name of two to four words."""
    words: list[str] = []
    for word in reversed(text.split()):
        if not (name_word(word) and word[0].isupper()):
            break
        words.insert(0, word)
    for cut in range(min(len(words) - 2, _MAX_CHOICE_WORDS), 0, -1):
        if a_group_or_region(" ".join(words[:cut]), call):
            words = words[cut:]
            break
    if len(words) > 2 and words[0].isupper() and not words[1].isupper():
        words = words[1:]
    if not 2 <= len(words) <= 4 or any(w.casefold() in ORG_WORDS for w in words):
        return ""
    return " ".join(words)


def dash_name_run(line: str, call: Call) -> list[str] | None:
    """The people of a line that runs `Name- what they do, …, region` entries together
    with nothing between them (`Dr. Rajendra Pratap Gupta- Chairman …, Asia Pacific Dino
    Cataldo Dell'Accio - Chief …`, 2025 networking pages): a person starts at the name
    before a dash; an entry whose details hold no comma (`…, Multilateral Body- EU`) is
    more of the details before it.  None for fewer than two people, or a line that does
    not open with the first of them (after a title)."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    text = line.strip()
    starts: list[tuple[int, int, int]] = []  # (name start, name end, details start)
    for mark in _NAME_MARK.finditer(text):
        name = _name_before(text[: mark.start()], call)
        if name:
            starts.append((mark.start() - len(name), mark.start(), mark.end()))
    opening = HONORIFIC.match(text)
    if not starts or starts[0][0] != (opening.end() if opening else 0):
        return None
    people: list[tuple[str, str]] = []
    for index, (begin, end, details) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        first = text[:end] if index == 0 else text[begin:end]
        entry = (first, text[details:stop].strip())
        if people and "," not in entry[1]:
            name, before = people[-1]
            people[-1] = (name, f"{before} {text[begin:stop].strip()}")
        else:
            people.append(entry)
    if len(people) < 2 or any("," not in details for _, details in people):
        return None
    return [f"{name}, {details}" for name, details in people]


_SPACED_DASH = re.compile(r"[ \t]++[-–—][ \t]++")


def dash_people(line: str, known: Collection[str] = ()) -> list[str] | None:
    """The people of a line that runs `Name – Organisation` entries together with only a
    space between them (`Ana Lima, Role, Org Office Bo Chen – Org Office Cy Dorn – Org`):
    a person starts at the capitalised words right before each spaced dash, after the
    last word that is not one or is an organisation's word (`… Office Bo Chen –`); where
    more than four such words run together, at a name among `known` (names the page
    prints alone elsewhere) that ends them, else the line is not read.  The first person
    may be `Name, details` with no dash.  None for fewer than two dashed people."""
    text = line.strip()
    if len(text) > 20 * MAX_STRUCTURE_LINE:
        return None
    starts: list[int] = []
    for dash in _SPACED_DASH.finditer(text):
        words = list(re.finditer(r"\S++", text[: dash.start()]))
        name: list[re.Match[str]] = []
        for word in reversed(words):
            if not (name_word(word.group()) and word.group()[0].isupper()) or org_word(
                word.group()
            ):
                break
            name.insert(0, word)
        if len(name) > _MAX_NAME_WORDS:
            said = " ".join(w.group() for w in name)
            ends = [k for k in known if len(k.split()) >= 2 and said.endswith(" " + k)]
            name = name[len(name) - len(ends[0].split()) :] if ends else []
        if not 2 <= len(name) <= _MAX_NAME_WORDS or (starts and name[0].start() <= starts[-1]):
            return None
        starts.append(name[0].start())
    if len(starts) < 2:
        return None
    if starts[0] and not ("," in text[: starts[0]] and starts_with_name(text[: starts[0]])):
        return None
    bounds = ([0] if starts[0] else []) + starts + [len(text)]
    return [text[a:b].strip(" \t,") for a, b in itertools.pairwise(bounds)]


def known_dash_run(line: str, known: Collection[str]) -> list[str] | None:
    """The people of a line that runs `Name - details` entries together with nothing
    between them (`Ana Lima - Org Bo Chen - Org - Civil Society`), cut where a name among
    `known` (the names the page prints alone, as its roles' people) stands before a spaced
    dash; None unless the line opens with such a name and holds two at least."""
    text = line.strip()
    if len(text) > MAX_STRUCTURE_LINE or "," in text:
        return None
    starts: set[int] = set()
    for name in known:
        if len(name.split()) < 2 or org_word(name):
            continue
        for found in re.finditer(rf"(?<!\S){re.escape(name)}(?={_SPACED_DASH.pattern})", text):
            starts.add(found.start())
    cuts = sorted(starts)
    if len(cuts) < 2 or cuts[0] != 0:
        return None
    return [text[a:b].strip() for a, b in itertools.pairwise([*cuts, len(text)])]


_LABELLED_PERSON = re.compile(rf":[ \t]++(?P<name>{NAME_WORDS})[ \t]++[-–—][ \t]++")


def labelled_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line that runs `Label: Name - details` entries together, the label
    an organisation or a role (`YouthLACIGF: Arnaldo Santana - Academic Community
    YouthBR: Nathan …`); None for fewer than two.  The label's words stay at the end of
    the details before it: where a label starts is not printed."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    found = list(_LABELLED_PERSON.finditer(line))
    if len(found) < 2 or ":" in line[: found[0].start()].strip()[:-1]:
        return None
    ends = [m.start() for m in found[1:]] + [len(line)]
    return [
        f"{m['name']}, {_ROLE_LABEL_END.sub('', line[m.end() : end]).strip()}"
        for m, end in zip(found, ends, strict=True)
    ]


_ROLE_LABEL_END = re.compile(
    r"[ \t]++(?:(?:Onsite|Online)[ \t]++)?(?:Moderator|Rapporteur)[ \t]*+$"
)
"""The next entry's label, when it is a role (`… - Africa Rapporteur`), cut from the
details it ends."""


def shared_details(line: str, call: Call) -> list[str] | None:
    """`A and B, Organisation, …` (bulleted or not) as two person lines with the same
    details, when the line ends with a stakeholder group or a region; else None."""
    line = with_commas(line)
    head, comma, rest = line.partition(",")
    pair = TWO_NAMES.fullmatch(head.strip().lstrip(BULLETS).strip())
    if pair is None or not comma or not names_a_group(line, call):
        return None
    return [f"{pair['one']},{rest}", f"{pair['two']},{rest}"]


_JOINED_PAIR = re.compile(
    rf"(?P<one>(?:{HONORIFIC.pattern})?{NAME_WORDS}[ \t]*+,[^&:]+?)[ \t]++(?:&|and)[ \t]++"
    rf"(?P<two>(?:{HONORIFIC.pattern})?(?P<name>{NAME_WORDS}))[ \t]*+:[ \t]*+(?P<rest>\S.*)"
)


def joined_pair(line: str, call: Call | None = None) -> list[str] | None:
    """`Name, details & Name: details` as two person lines: a second person joined to the
    first one's details by `&` (or `and`), named before a colon; else None."""
    pair = _JOINED_PAIR.fullmatch(line.strip().lstrip(BULLETS).strip())
    if pair is None or org_word(pair["name"]) or not looks_like_person(pair["one"]):
        return None
    return [pair["one"].strip(), f"{pair['two']}, {pair['rest'].strip()}"]


RUNS = (
    (gender_run, "one line of people each ending with a gender mark, read as one person each"),
    (name_list, "one line of names separated by commas, read as one person each"),
    (numbered_run, "one line of numbered people, read as one person each"),
    (bullet_run, "one line of bulleted people, read as one person each"),
    (bracket_run, "one line of people each with details in brackets, read as one person each"),
    (labelled_run, "one line of people each after a label and a colon, read as one person each"),
    (titled_run, "one line of people each opening with a title, read as one person each"),
    (shared_details, "two names sharing one line's details, read as two people"),
    (person_run, "one line of people separated by dashes, read as one person each"),
    (_email_run, "one line of people each followed by an email, read as one person each"),
    (semicolon_run, "one line of people separated by semicolons, read as one person each"),
    (semicolon_pair, "two people on one line separated by a semicolon, read as two people"),
    (
        organisation_run,
        "one line of people each followed by the same organisation, read as one person each",
    ),
    (
        region_run,
        "one line of people each ending with a stakeholder group or region, read as one"
        " person each",
    ),
    (dash_name_run, "one line of people each named before a dash, read as one person each"),
    (joined_pair, "two people on one line, the second joined by `&` and named before a colon"),
)
"""Readers of a line that holds several people, and why each split is a guess."""


def several_people(line: str, call: Call) -> bool:
    """True for a line that runs several people with their details together (by
    dashes, emails, semicolons, or regions run into names)."""
    line = with_commas(unmarked(line))
    readers = (person_run, _email_run, semicolon_run, semicolon_pair, region_run)
    readers += (organisation_run,)
    readers += (numbered_run, bracket_run, labelled_run, titled_run, dash_name_run, gender_run)
    several = bool(name_records(line)) or any(reader(line, call) for reader in readers)
    return several or role_run(line) is not None
