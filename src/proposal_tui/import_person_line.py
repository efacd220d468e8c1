"""One person's line in a published proposal, read as a Person.

Two layouts are read.  Published pages print one line per person with comma-separated
parts (`Speaker 1: Name, Organisation, Stakeholder group, Regional group`), where the
group and region are recognised against the call's choices from the end of the line
(organisations may contain commas).  export.py prints a first line (`Speaker 1: Name`,
or the bare name for a single role) followed by `Key: value` detail lines, whose values
are taken as written; 2025 pages also print `Name: X | Organizational Affiliation: Y`
records (`name_records`).  A person line wrapped onto the next line is joined again
(`continue_person`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import ValidationError

from proposal_tui.call import Call
from proposal_tui.export import LIST_ITEM_PREFIX, PERSON_DETAIL_LABELS
from proposal_tui.import_fields import BULLETS, MAX_STRUCTURE_LINE, label_key, without_lock
from proposal_tui.import_names import (
    EMAIL,
    FUNCTION_WORDS,
    HONORIFIC,
    JOB_WORDS,
    NAME_DASH,
    NAME_WORDS,
    looks_like_person,
    name_word,
    org_word,
    quoted,
    spaced_dash,
    starts_with_name,
    stop_before_group,
    with_email,
    with_semicolons,
)
from proposal_tui.import_role_marks import role_tail
from proposal_tui.model import Person, normalize_region, normalize_stakeholder_group
from proposal_tui.people_links import name_key

_ITEM_WORDS: dict[str, str] = {
    **{word.casefold(): list_field for list_field, word in LIST_ITEM_PREFIX.items()},
    "organiser": "organizers",
}
ITEM_LINE = re.compile(
    r"(?P<word>[A-Za-z]++)[ \t]*+#?[ \t]*+(?P<number>\d{1,4})(?!\d)"
    r"(?:[ \t]*+[:\-–]|(?=[A-Z]))[ \t]*+(?P<rest>.*)",
    re.DOTALL,
)

DETAIL_FIELDS: dict[str, str] = {
    **{label_key(label): detail for detail, label in PERSON_DETAIL_LABELS.items()},
    "organization": "organization",
    "affiliation": "organization",
    "stakeholder": "stakeholder_group",
    "region": "region",
    "confirmed": "confirmed",
}
"""Detail labels (export.py's, plus common spellings) → Person field."""
_FROM_PLACE = re.compile(
    rf"(?P<name>{NAME_WORDS})(?:,?+[ \t]*+\([^()]{{1,30}}+\))?+[ \t]++(?:also[ \t]++)?+"
    r"from[ \t]++(?P<place>[^,.;:?!()]{2,60}+)\.?"
)
"""A person given with where they come from, not their details (`Nina Fortikova from the
Czech Republic`, `Diana Kos also from Slovenia`, `Valgerður Eyja, (Eyja) from Iceland.`):
the name, and the place as the organisation (where other lines of people put a country)."""
_FIELD_DASH = re.compile(r"(?<![ \t])(?:[ \t]++[-–—][ \t]*+|[-–—][ \t]++)")
"""Between the parts of a person line written with dashes instead of commas: a dash
spaced at least on one side (`Name- Organisation -Region`)."""


@dataclass(frozen=True)
class ItemLine:
    """`Speaker 2: rest` read: which list, the number printed, the rest of the line."""

    field: str
    number: int
    rest: str


def read_item(line: str) -> ItemLine | None:
    """Read an `Organizer 1: …` / `Speaker 2: …` line, or None."""
    line = line.strip()
    if len(line) > MAX_STRUCTURE_LINE:
        return None
    match = ITEM_LINE.fullmatch(line)
    if match is None:
        return None
    list_field = _ITEM_WORDS.get(match["word"].casefold().removesuffix("s"))
    if list_field is None:
        return None
    return ItemLine(list_field, int(match["number"]), match["rest"].strip())


def read_detail(line: str) -> tuple[str, str] | None:
    """Read a `Stakeholder group: Civil Society` detail line as (field, value), or None.
    A label opening with `Email` (`Email/Link`, `Email/IGF Profile Link`: the form's
    contact field, an address or a profile link) is the person's email detail."""
    head, colon, value = line.strip().partition(":")
    if not colon or len(head) > 40:
        return None
    key = label_key(head)
    detail = DETAIL_FIELDS.get(key) or ("email" if key.startswith("email") else None)
    return (detail, value.strip()) if detail else None


_LIST_HEADING = re.compile(
    r"(?:(?P<qualifier>[A-Z][\w'’-]*+(?:[ \t]++[\w'’-]++)?)[ \t]++)?"
    r"(?P<label>[^\W\d_][\w'’-]*+)[ \t]*+:"
)
_LISTS = frozenset({"organizers", "speakers"})
_COORDINATORS = frozenset({label_key("Coordinator"), label_key("Coordinators")})


def list_heading(line: str, labels: Mapping[str, str]) -> tuple[str, str, str] | None:
    """(the list, the heading as written, why that list is a guess, or '') for a heading
    alone on its line, ending in a colon, that names the organisers' or the speakers'
    list with a word or two before its label (`Confirmed speakers:`, `Invited
    panellists:`; `labels`: label_key → field), or names the session's coordinators
    (`Session coordinators:`): its organisers, a guess.  None for any other line."""
    found = _LIST_HEADING.fullmatch(line.strip().strip("*_").strip())
    if found is None:
        return None
    written = found.group().removesuffix(":").strip()
    key = label_key(found["label"])
    if key in _COORDINATORS:
        return "organizers", written, "a heading naming the session's coordinators: its organizers"
    listed = labels.get(key)
    if found["qualifier"] is None or listed not in _LISTS:
        return None
    return listed, written, ""


@dataclass
class ReadPerson:
    """A person as read, with what the importer needs to merge and match them."""

    person: Person
    number: int | None = None
    has_details: bool = False
    hidden: bool = False
    unread: list[str] = field(default_factory=list)
    role: str = ""
    """The role the person's own line names (`… - online moderator`), a field name."""
    guess: str = ""
    """Why the name is a guess (read from a sentence, or printed twice and read once), or ''
    when the line gave it plainly."""
    title: str = ""
    """A title the line put before the name (`Dr.`), left out of the name."""
    line: str = ""
    """The line the person was read from (its first line)."""


@dataclass(frozen=True)
class _Parts:
    """A published person line's parts, before they become a Person."""

    name: str
    organization: str
    group: str
    region: str
    hidden: bool
    title: str = ""
    """A title before the name (`Dr.`), as written, left out of the name."""


@lru_cache(maxsize=4096)
def _as_choice(part: str) -> tuple[str, str]:
    """`part` normalised as a region and as a stakeholder group (a cache: lines repeat)."""
    return normalize_region(part), normalize_stakeholder_group(part)


def _read_parts(text: str, call: Call) -> _Parts:
    return _read_parts_among(text, call.regions, call.stakeholder_groups)


@lru_cache(maxsize=1024)
def _read_parts_among(text: str, regions: tuple[str, ...], groups: tuple[str, ...]) -> _Parts:
    """`text` cut into its parts, with the group and region recognised among the choices
    (a cache: a person line is read again for each line that may continue it)."""
    text = with_semicolons(text)
    title = HONORIFIC.match(text.strip())
    origin = _FROM_PLACE.fullmatch(text.strip()[title.end() if title else 0 :])
    if origin is not None:  # `Name from the Czech Republic`
        written = title.group().strip() if title else ""
        return _Parts(origin["name"], origin["place"].strip(), "", "", False, written)
    parts: list[str] = []
    hidden = no_name = False
    for index, raw in enumerate(_person_parts(text)):
        part, locked = without_lock(raw)
        part = part.strip()
        hidden |= locked
        no_name |= index == 0 and not part  # `🔒, Org, …` or `, Org, …`: no name given
        if part:
            parts.append(part)
    _split_group_after_colon(parts, groups)
    group = region = ""
    while parts and not group:
        as_region, as_group = _as_choice(parts[-1])
        if not region and as_region in regions:
            region = as_region
        elif as_group in groups:
            group = as_group
        else:
            break
        parts.pop()
    if no_name:
        parts.insert(0, "")
    name = parts[0] if parts else ""
    dashed = NAME_DASH.split(spaced_dash(name), maxsplit=1)  # `Name- Org`: spaced wrong
    if len(dashed) == 2 and dashed[0]:  # `Name - Organisation, Role` (Additional Speakers)
        name = dashed[0].removesuffix(":").rstrip()  # `Name: - Role, Organisation`
        parts[1:1] = [dashed[1]]
    title = HONORIFIC.match(name)
    if title:
        name = name[title.end() :]
    name = _FOOTNOTE.sub("", name)
    if len(name.split()) > 2:  # `Name Name PC`: the letters of an honour, no part of the name
        name = _POST_NOMINALS.sub("", name)
    written = title.group().strip() if title else ""
    return _Parts(name, ", ".join(parts[1:]), group, region, hidden, written)


def _split_group_after_colon(parts: list[str], groups: tuple[str, ...]) -> None:
    """The first part cut at a colon followed by a stakeholder group (`Name (Org): Civil
    Society, Region`): the name and its details, then the group, not one name."""
    if not parts:
        return
    head, colon, tail = parts[0].rpartition(":")
    if colon and head.strip() and _as_choice(tail.strip())[1] in groups:
        parts[0:1] = [head.strip(), tail.strip()]


def _person_parts(text: str) -> list[str]:
    """`text` cut at its commas, but not at those inside a bracket opened right after the
    name, before its first comma (`Name (VP, Policy & Advocacy), Org, …`: one part)."""
    head = text.partition(",")[0]
    opened, closed = head.find("("), text.find(")")
    if opened < 0 or closed < len(head):
        return text.split(",")
    cut = text.find(",", closed)
    return [text] if cut < 0 else [text[:cut], *text[cut + 1 :].split(",")]


_FOOTNOTE = re.compile(r"(?<=\w)[ \t]*+\*++$")
"""An asterisk after a name (`Jenna Fung * - Youth Coalition …`): a mark the page explains
elsewhere, not part of the name."""
_POST_NOMINALS = re.compile(r"(?:[ \t]++(?:PC|MP|QC|KC|OBE|MBE|CBE|KBE|DBE|PhD|Ph\.D\.?))++$")
"""Letters after a name for an honour, an office or a degree (`Hedy Fry PC`, `Ann Lee PhD`):
no part of the name, so that the same person matches across roles."""


_TITLED = re.compile(rf"(?:{HONORIFIC.pattern}){NAME_WORDS}[ \t]*+,")
"""A title, a name and a comma opening a line (`Mr Vinton G. Cerf, Vice President …`)."""


def titled_person(line: str) -> bool:
    """True for a short line of one person's details opened by a title and their name
    (`Mrs Yu Ping Chan, Senior Programme Officer, …`), with no group or region."""
    text = line.strip()
    return _TITLED.match(text) is not None and looks_like_person(text)


_DASHED = re.compile(rf"(?P<name>{NAME_WORDS})[ \t]++[-–—][ \t]++(?P<details>\S.*)")


def dashed_person(line: str, loose: bool = False) -> bool:
    """True for `Name - what they do` (`Liina Areng - Regional Program Lead at EU
    CyberNet`): a name, a spaced dash, then details that are not a name themselves
    (`Youth IGF Poland - Emilia Zalewska` may be an organisation and its person), or
    that hold an organisation's word (`Name – Nambia Investment Development Board`).
    `loose` takes details that read as a name too (`Yeama Thompson- Sierra Leone`)."""
    match = _DASHED.fullmatch(spaced_dash(line).strip())
    if match is None or not looks_like_person(line):
        return False
    details = match["details"].rstrip(" \t,")
    return loose or org_word(details) or re.fullmatch(NAME_WORDS, details) is None


_ORG_DASH = r"(?P<org>\S[^,;:]{0,80}?)[ \t]++[-–—][ \t]++"
"""An organisation's name and a spaced dash, before its people (`Youth IGF Poland - `)."""
_ORG_THEN_NAME = re.compile(rf"{_ORG_DASH}(?P<name>{NAME_WORDS})")


def organisation_then_name(line: str) -> str | None:
    """`Organisation - Name` (`UN Women - Hélène Molinier`, an organiser under their
    organisation's name) as the person line `Name, Organisation`; None for any other line."""
    match = _ORG_THEN_NAME.fullmatch(line.strip())
    return f"{match['name']}, {match['org']}" if match else None


_ORG_LED = re.compile(rf"{_ORG_DASH}(?P<rest>\S.*)")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def organisation_then_names(line: str) -> tuple[str, list[str]] | None:
    """(organisation, its people as `Name, Organisation` lines) for `Organisation - Name,
    Name, details` (`YouthxPolicymakers - Elisabeth Schauermann, Demetria Lee, German
    Informatics Society`): the bare names after the dash, up to the first part that is
    not one; None for a line of any other shape."""
    match = _ORG_LED.fullmatch(line.strip())
    if match is None:
        return None
    org, names = match["org"].strip(), []
    for part in (part.strip() for part in match["rest"].split(",")):
        words = part.casefold().split()
        if not re.fullmatch(NAME_WORDS, part) or org_word(part) or JOB_WORDS & set(words):
            break
        names.append(part)
    return (org, [f"{name}, {org}" for name in names]) if names else None


def reads_as_organisation(text: str) -> bool:
    """True for words that read as an organisation's name: an organisation's word, an
    acronym or a small word among them (`Youth IGF Poland`, `Youth Coalition on Internet
    Governance`)."""
    words = text.split()
    small = any(word in FUNCTION_WORDS for word in words[1:-1])
    return org_word(text) or _ACRONYM.search(text) is not None or small


def from_place(line: str) -> bool:
    """True for a line naming a person and where they come from (`Name from Country`)."""
    text = line.strip()
    title = HONORIFIC.match(text)
    return _FROM_PLACE.fullmatch(text[title.end() if title else 0 :]) is not None


_NAME_THEN_BRACKET = re.compile(rf"(?P<name>{NAME_WORDS})[ \t]*+\((?P<details>[^()]{{3,200}}+)\)")
"""A name with the person's details in brackets after it and no comma (`Heli Tiirmaa-Klaar
(Estonian Ministry of Foreign Affairs and …)`): the brackets hold the organisation."""


_NEXT_PERSON_BULLETS = frozenset(BULLETS) - set("-–")
"""The bullets that open a person's line (a dash may open a wrapped line's role tail)."""


def name_then_bracket(text: str) -> bool:
    """True for a name with the person's details in brackets after it and no comma
    (`Louise Marie Hurel (RUSI)`)."""
    return _NAME_THEN_BRACKET.fullmatch(text.strip()) is not None


def names_no_one(read: ReadPerson) -> bool:
    """True for a person read from a page's line that gives no name (`Civil Society,
    African Group`, `, Org, Civil Society`): no one, since a person has a name. A hidden
    name (`🔒`) is someone, and so is a nameless person written with detail lines
    (`Organizer 2:` then `Regional group: …`, how a draft exports one), and an empty row
    (`Organizer 1:`, a draft's empty entry exported) gives nothing to read as no one."""
    person = read.person
    return not person.name.strip() and not (read.hidden or read.has_details or person.is_empty())


def person_from_line(text: str, call: Call) -> ReadPerson:
    """A published person line: `Name, Organisation…, Stakeholder group, Regional group`."""
    parts = _read_parts(stop_before_group(text.strip()), call)
    name, organization = parts.name, parts.organization
    region = parts.region
    bracketed = _NAME_THEN_BRACKET.fullmatch(name)
    alias = bracketed is not None and _alias(bracketed["name"], bracketed["details"])
    if bracketed is not None and not alias:  # `Name (details)`: the details are not the name
        name, details = bracketed["name"], bracketed["details"].strip()
        if not organization:
            organization = details
        elif _as_choice(details)[0] in call.regions:  # `James Amattey (Africa), ISOC, …`
            region = region or _as_choice(details)[0]
        else:
            organization = f"{organization} ({details})"
    once, why = _name_once(name)
    if not organization and (run := name_then_organisation(once)) is not None:
        once, organization = run
        why = why or (
            f"the name run into its organisation with no comma: read as {quoted(once)}, "
            f"the organisation {quoted(organization)}"
        )
    person = Person(
        name=once,
        organization=organization,
        stakeholder_group=parts.group,
        region=region,
    )
    if parts.title == "M." and not why:  # `M. Avis Momeni`: Monsieur, or a first initial
        why = f"{quoted('M.')} read as a title (Monsieur), not an initial of {quoted(once)}"
    if alias and not why:
        why = f"the name in brackets read as another name of the person: {quoted(once)}"
    return ReadPerson(person, hidden=parts.hidden, title=parts.title, guess=why)


_ACRONYM_END = re.compile(r"[ \t]*+\((?P<acronym>[A-Z]{2,10})\)$")
"""An organisation's acronym in brackets ending a line (`… Institute (NDI)`)."""
_MAX_NAME = 4


def name_then_organisation(text: str) -> tuple[str, str] | None:
    """(the name, the organisation) for a line with no comma or dash that runs a name into
    its organisation's name (`Name Name National Democracy Institute (NDI)`, `Name Name The
    African … Network …`): the organisation opens at `The`, at the words whose initials
    spell the acronym in brackets ending the line, or, where an organisation's word
    (`Partnership`) is among two or more words after the first two, right after those two
    (`Freedom Online Coalition` is an organisation alone); the name before it is two to
    four capitalised words with no organisation's word.  None for any other line."""
    words = text.split()
    if len(words) < 3 or any(ch in text for ch in ",;:–—") or " - " in text:
        return None
    start = next((at for at in range(2, _MAX_NAME + 1) if words[at : at + 1] == ["The"]), 0)
    end = _ACRONYM_END.search(text)
    if not start and end is not None:
        head = text[: end.start()].split()
        for at in range(2, min(_MAX_NAME, len(head) - 1) + 1):
            initials = "".join(w[0] for w in head[at:] if w[:1].isupper())
            if initials == end["acronym"]:
                start = at
                break
    if not start and len(words) > 3 and org_word(" ".join(words[2:])):
        start = 2
    if not start or start >= len(words):
        return None
    name = words[:start]
    if not all(name_word(w) and w[:1].isupper() for w in name) or org_word(" ".join(name)):
        return None
    return " ".join(name), " ".join(words[start:])


def _alias(name: str, bracketed: str) -> bool:
    """True for another name of the person in brackets after their name, sharing a word
    with it (`WANG Wei (Robert WANG)`, 2022 lightning talks): more of the name, as printed,
    where other brackets hold the person's organisation."""
    shared = {w.casefold() for w in name.split()} & {w.casefold() for w in bracketed.split()}
    text = bracketed.strip()
    return bool(shared) and re.fullmatch(NAME_WORDS, text) is not None and not org_word(text)


def _name_once(name: str) -> tuple[str, str]:
    """`name` printed twice by the site (`Patricia Pena Patricia Pena`) as (the name once,
    why that is a guess); any other name as (name, '')."""
    words = name.split()
    half = len(words) // 2
    if half < 2 or len(words) % 2 or words[:half] != words[half:]:
        return name, ""
    once = " ".join(words[:half])
    return once, f"{quoted(name)} reads as the name printed twice: read as {quoted(once)}"


def with_details(first_line: str, details: list[tuple[str, str]]) -> ReadPerson:
    """export.py's layout: the first line is the whole name, details are taken as written."""
    name, hidden = without_lock(first_line)
    values: dict[str, object] = {"name": name.strip()}
    unread: list[str] = []
    for detail, raw in details:
        value, locked = without_lock(raw)
        value = value.strip()
        hidden |= locked
        if detail == "confirmed":
            try:
                values["confirmed"] = Person(confirmed=value).confirmed
            except ValidationError:
                unread.append(f"{PERSON_DETAIL_LABELS['confirmed']}: {value}")
        else:
            values[detail] = value
    return ReadPerson(Person(**values), has_details=True, hidden=hidden, unread=unread)


def _only_group_and_region(line: str, call: Call) -> bool:
    read = _read_parts(line, call)
    return not (read.hidden or read.name or read.organization)


def a_group_or_region(text: str, call: Call) -> bool:
    as_region, as_group = _as_choice(text)
    return as_region in call.regions or as_group in call.stakeholder_groups


def _whole(line: str, call: Call) -> bool:
    """True for a line that names a person with both their group and region."""
    read = _read_parts(line, call)
    return bool(read.name and read.group and read.region)


def long_person(line: str, call: Call) -> bool:
    """True for a line longer than a person's line is thought to be (`looks_like_person`)
    that still holds one person's details: a name of up to six words first, its parts ending
    with a stakeholder group and a region of the call (`Name; Org, Private Sector; a long
    organisation's name …, Technical Community; Western European and Others Group (WEOG)`,
    2021 lightning talks)."""
    text = line.strip()
    if len(text) > MAX_STRUCTURE_LINE or not starts_with_name(with_semicolons(text)):
        return False
    return _whole(text, call)


def continue_person(
    first_line: str, line: str, call: Call, adjacent: bool, names: Collection[str] = ()
) -> str | None:
    """`first_line` with `line` joined on when `line` continues a wrapped person line.

    A published person line may wrap inside a group or region (`…, Asia-Pacific` /
    `Group`, `…, Civil` / `Society, GRULAC`); before its group (`line` holds only a
    stakeholder group and region: joined with a comma); or inside a name or an
    organisation, when the first line ends with a comma or a lower-case word
    (`…Federal do`), or `line` starts in lower case or with one word before its next
    part (`Affairs, Government, …`: a name has more words), unless that part is the
    first line's name or one of the `names` listed already (folded by `name_key`), or,
    after a first line that names a group, a line in lower case names its own group and
    region (`de Sousa Rufino Natalia, …`).  All but the group-only line need `adjacent`
    (no blank line between).  A person line that already names its region is whole, and
    no joined line grows past `MAX_STRUCTURE_LINE`.  A line opened by a bullet (`•`, not
    a dash) is the next person, never a continuation (`• Name,` then `• Name, …`), and so
    is one opened by a title and a name before a comma (`Ms. Name, …`).  None
    when `line` is not a continuation.
    """
    head = first_line.rstrip()
    if not head or len(head) + len(line) > MAX_STRUCTURE_LINE:
        return None
    if line.lstrip()[:1] in _NEXT_PERSON_BULLETS or titled_person(line):
        return None  # `Ms. Name, …` after `…, Head of Ethics for Sony group`: the next person
    first_part, comma, _ = line.partition(",")
    spanning = f"{head.rsplit(',', 1)[-1].strip()} {first_part.strip()}"
    if adjacent and a_group_or_region(spanning, call):
        return f"{head} {line}"
    if _read_parts(head, call).region:
        return None
    if _only_group_and_region(line, call):
        return f"{head}, {line}"
    if not adjacent or EMAIL.fullmatch(head.rsplit(",", 1)[-1].strip()) or with_email(line):
        return None  # a line that ends with the person's email is whole; one with an email
        # among its details is a person of its own
    key = name_key(first_part)
    if key and (key in names or key == name_key(head.split(",", 1)[0])):
        return None
    last = head.rsplit(None, 1)[-1]
    if (
        head.endswith(",")
        or (last[0].islower() and last.islower())  # `…Federal do`, not `Cote d'Ivoire`
        or (line[0].islower() and not (names_a_group(head, call) and _whole(line, call)))
        or (comma and len(first_part.split()) == 1)
    ):
        return f"{head} {line}"
    return None


def names_a_group(line: str, call: Call) -> bool:
    """True when one of the last two comma-separated parts of `line` is a stakeholder
    group or a region (`…, Technical Community, APAC`: a region the call does not list)."""
    return any(a_group_or_region(part.strip(), call) for part in line.split(",")[-2:])


_RECORD = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)][ \t]*+)?Name[ \t]*+:", re.IGNORECASE)
"""Where a `1. Name: X | Organizational Affiliation: Y | …` record starts (2025 pages)."""


def name_records(line: str) -> list[str] | None:
    """A line of `Name: X | Organizational Affiliation: Y | …` records, one person line
    (`X, Y`) each; None when the line holds no such record."""
    starts = [m.start() for m in _RECORD.finditer(line)]
    if not starts or line[: starts[0]].strip():
        return None
    out = []
    for begin, end in zip(starts, [*starts[1:], len(line)], strict=True):
        fields: dict[str, str] = {}
        for piece in line[begin:end].split("|"):
            head, colon, value = piece.partition(":")
            if colon:
                key = label_key(re.sub(r"^\s*\d{1,2}[.)]", "", head))
                fields.setdefault(key, value.strip())
        name = fields.get("name", "")
        org = fields.get("organizationalaffiliation") or fields.get("organization", "")
        record = line[begin:end].strip()
        tail = role_tail(record)  # `… | Region: APAC - moderator`: the person's role
        role = record[len(tail[0]) :] if tail is not None else ""
        out.append((f"{name}, {org}" if org else name) + role)
    return out


def with_commas(line: str) -> str:
    """A person line written with dashes between its parts (`Name – Organisation – group
    – region`, no comma) with commas there instead; any other line as it is."""
    if "," in line or len(line) > MAX_STRUCTURE_LINE or len(_FIELD_DASH.findall(line)) < 2:
        return line
    return _FIELD_DASH.sub(", ", line)
