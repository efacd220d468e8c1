"""People in a published proposal: person lines, detail lines, merging and role matching.

Two layouts are read.  Published pages print one line per person with comma-separated
parts (`Speaker 1: Name, Organisation, Stakeholder group, Regional group`), where the
group and region are recognised against the call's choices from the end of the line
(organisations may contain commas).  export.py prints a first line (`Speaker 1: Name`,
or the bare name for a single role) followed by `Key: value` detail lines, whose values
are taken as written.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import ValidationError

from proposal_tui.call import Call
from proposal_tui.export import LIST_ITEM_PREFIX, PERSON_DETAIL_LABELS
from proposal_tui.import_fields import (
    BULLETS,
    MAX_STRUCTURE_LINE,
    known_format,
    label_key,
    without_lock,
)
from proposal_tui.model import (
    PERSON_FIELDS,
    Person,
    normalize_region,
    normalize_stakeholder_group,
)
from proposal_tui.people_links import name_key

_ITEM_WORDS: dict[str, str] = {
    **{word.casefold(): list_field for list_field, word in LIST_ITEM_PREFIX.items()},
    "organiser": "organizers",
}
_ITEM_LINE = re.compile(
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

_NAME_DASH = re.compile(r"(?<![ \t])[ \t]++[-–—][ \t]+")
"""Between a name and an organisation on an `Additional Speakers` line."""
_HONORIFIC = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Mx|Mme|Dr|Prof|Professor|Ambassador|Amb|H\.[ \t]?E|Hon|Justice|Judge|Eng"
    r"|Engr|Senator)\.?|M\.(?![ \t]++[A-Z]\.))[ \t]++(?=\S+[ \t]+\S)"
)
"""A title before a name on a published line (`Dr. Albert …`, `Ambassador Henri …`,
`Justice Eliamani …` of a judge, the French `M. Avis …`): not part of the name, so that
the same person matches across roles.  The import notes say which title was left out of
which name."""
_NAME_WORDS = r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){1,3}+"
"""Two to four capitalised words: a person's name as a page writes it."""
_RECORD_STOP = re.compile(rf"(?:{_HONORIFIC.pattern})?{_NAME_WORDS}[ \t]*+,(?:[^.,]++,?)++\.")
"""A person's line that ends with a full stop (`Mr. Micheal Ilishebo, Law Enforcement
Officer, Zambia Police Service, Africa.`): a name, then details with no other full stop."""
_NAME_SEMICOLON = re.compile(rf"(?:{_HONORIFIC.pattern})?{_NAME_WORDS}[ \t]*+;")
"""A name, then a semicolon, opening a person's line whose parts are separated by
semicolons (`Ms Zainab Aminu ; [email protected] ; CITAD; …`, 2023 lightning talks)."""
_FROM_PLACE = re.compile(
    rf"(?P<name>{_NAME_WORDS})(?:,?+[ \t]*+\([^()]{{1,30}}+\))?+[ \t]++(?:also[ \t]++)?+"
    r"from[ \t]++(?P<place>[^,.;:?!()]{2,60}+)\.?"
)
"""A person given with where they come from, not their details (`Nina Fortikova from the
Czech Republic`, `Diana Kos also from Slovenia`, `Valgerður Eyja, (Eyja) from Iceland.`):
the name, and the place as the organisation (where other lines of people put a country)."""
_BIO = re.compile(
    rf"(?P<name>{_NAME_WORDS})[ \t]++(?:is|was|has|serves|served|joined|works|leads|heads)[ \t]"
)
"""A sentence that opens with a person's name (`Thomas Schneider is Ambassador …`)."""
_FIELD_DASH = re.compile(r"(?<![ \t])[ \t]++[-–—][ \t]++")
"""Between the parts of a person line written with dashes instead of commas."""
_TWO_NAMES = re.compile(rf"(?P<one>{_NAME_WORDS})[ \t]++(?:and|&)[ \t]++(?P<two>{_NAME_WORDS})")
"""Two people named before the details they share (`Vadim Pak and Rodica Ciochina`)."""
_SHARED_ROLE = re.compile(rf"{_TWO_NAMES.pattern}|{_NAME_WORDS}[ \t]*+/[ \t]*+{_NAME_WORDS}")
"""Two people given one role (`Larry Magid and Janice Richardson`, `Nicola Burgess/Laura
O’Brian`): the form holds one, so which one is for the person to choose."""
_BULLET = re.compile(rf"[{BULLETS}][ \t]++(?=\S)")
"""A bullet opening a line of a list (`- Mr Bertrand …`)."""
_EMAIL = re.compile(
    r"\[email[ \t]*+protected\]|[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,6}+"
)
"""An email address, or the `[email protected]` a copy of a page shows in its place."""
_TEXT_DETAILS = tuple(f for f in PERSON_FIELDS if f not in {"name", "confirmed"})
_MARK = re.compile(
    r"\((?P<mark>on-?site|online|in[ -]person|remote|virtual|confirmed|tbc)\)", re.IGNORECASE
)
"""`(ONSITE)`, `(Confirmed)`, `(TBC)`: where a person takes part, or whether they
confirmed, written in brackets on a line of people (2025 pages): after the person's
details, or (`Confirmed`) before the name."""


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
    match = _ITEM_LINE.fullmatch(line)
    if match is None:
        return None
    list_field = _ITEM_WORDS.get(match["word"].casefold().removesuffix("s"))
    if list_field is None:
        return None
    return ItemLine(list_field, int(match["number"]), match["rest"].strip())


def read_detail(line: str) -> tuple[str, str] | None:
    """Read a `Stakeholder group: Civil Society` detail line as (field, value), or None."""
    head, colon, value = line.strip().partition(":")
    if not colon or len(head) > 40:
        return None
    detail = DETAIL_FIELDS.get(label_key(head))
    return (detail, value.strip()) if detail else None


_FUNCTION_WORDS = frozenset({"for", "of", "the", "and", "at", "on", "in", "to"})
"""Small words a job title holds (`Ambassador for Digital Affairs`) and a name does not."""


def name_doubt(person: Person) -> str:
    """Why the name read for `person` may be wrong, or '' when nothing speaks against it:
    an organisation where the name goes (`Freedom Online Coalition`), or a job title
    (`French Ambassador for Digital Affairs, Name, …`)."""
    words = person.name.split()
    if any(w.casefold().strip(".,") in _ORG_WORDS for w in words):
        return f"{_quoted(person.name)} reads as an organisation, not a person's name"
    if len(words) >= 3 and any(w in _FUNCTION_WORDS for w in words[1:-1]):
        return f"{_quoted(person.name)} reads as a job title, not a name"
    return ""


def second_names(people: list[ReadPerson]) -> list[int]:
    """The people of a list whose other people print no organisation (`Name, group,
    region`, as 2020-2021 pages do) and who have a short capitalised part between their
    name and their group (`Pak Yin, Edward Choi, Civil Society, …`): that part is more
    likely a second name than an organisation.  An organisation given by its label
    (`Organisation: …`, export.py's layout), or a record with no name, is what it says."""
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
            and all(w.isalpha() and w[:1].isupper() for w in other)
            and not any(w.casefold() in _ORG_WORDS for w in other)
        ):
            found.append(index)
    return found


def _quoted(name: str) -> str:
    """`name` in double quotes, for a note."""
    return f'"{name}"'


def emails_only(line: str) -> bool:
    """True for a line of emails alone (`[email protected], [email protected]`): the
    emails of the people on the line above, printed on a line of their own (2024 pages)."""
    parts = [part.strip() for part in line.split(",")]
    return any(parts) and all(_EMAIL.fullmatch(part) for part in parts if part)


def with_semicolons(line: str) -> str:
    """A person's line with semicolons between its parts (`Ms Shawna Finnegan; [email
    protected] ; Canada; …`: a name, then a semicolon, no comma before it) with commas
    there instead; any other line as it is."""
    text = line.strip()
    if _NAME_SEMICOLON.match(text) is None or "," in text.partition(";")[0]:
        return line
    return text.replace(";", ",")


def looks_like_person(line: str) -> bool:
    """True for a short line that could be a person (`Name, group, region`, `Name -
    Organisation, region`, `Name; email; …`), not a sentence (`Name is …`, even with no
    full stop) nor a line of emails alone."""
    text = with_semicolons(without_lock(line)[0].strip())
    if emails_only(text):
        return False
    # `Name, Role, Org (group, region).`, `Mr. Name, Role, Organisation, Country.`
    if (text.endswith(").") and ". " not in text) or _RECORD_STOP.fullmatch(text):
        text = text[:-1]
    if not text or len(text) > 200 or text[-1] in ".:;?!":
        return False
    if not re.search(r"[,@–—-]", text) and text.split()[-1][:1].islower():
        return False  # `Propose speakers`: words before a list, not a name
    first = _NAME_DASH.split(text.split(",", 1)[0], maxsplit=1)[0].strip()
    if _BIO.match(first):  # `Samantha Dickinson is substituting at rapporteur`
        return False
    words = 30 if with_email(text) else 20  # an email: a longer line is still one person
    return len(first.split()) <= 6 and len(text.split()) <= words


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
    """Why the name is a guess (read from a sentence), or '' when the line gave it."""
    title: str = ""
    """A title the line put before the name (`Dr.`), left out of the name."""
    line: str = ""
    """The line the person was read from (its first line)."""


_ROLE_TAIL = re.compile(
    r"(?<=\S)[ \t]++[-–][ \t]*+"
    r"(?P<role>(?:onsite|on-site|online)(?:[ \t]+moderator)?|rapporteur|moderator)"
    r"(?:[ \t]*+,[ \t]*+(?:onsite|on-site|online))?[ \t]*+",
    re.IGNORECASE,
)
"""`… - onsite moderator`, `… - online`, `… - Rapporteur, onsite`: how a 2025 Day 0 page
ends a person's line with where they take part and their role."""
_ROLE_FIELDS = {
    "onsitemoderator": "onsite_moderator",
    "moderator": "onsite_moderator",
    "onlinemoderator": "online_moderator",
    "rapporteur": "rapporteur",
}


_ROLE_LEAD = re.compile(
    r"(?:[•*·▪-][ \t]*+)?(?P<role>(?:in-person|onsite|on-site|online|remote)?[ \t]*+moderator"
    r"|rapporteur)[ \t]*+:[ \t]*+(?P<person>[A-Z].*)",
    re.IGNORECASE,
)
"""`• In-person moderator: Name, …`: a person led by their role among unlabelled speakers
(2022 Open Forums)."""


def role_lead(line: str) -> tuple[str, str] | None:
    """(role field, the person's line) for a person's line opened by a role label
    (`In-person moderator: Axel Klaphake, Director, GIZ`); None otherwise."""
    match = _ROLE_LEAD.fullmatch(line.strip())
    if match is None:
        return None
    role = match["role"].casefold()
    if "moderator" not in role:
        return "rapporteur", match["person"].strip()
    online = role.startswith(("online", "remote"))
    return ("online_moderator" if online else "onsite_moderator"), match["person"].strip()


def role_tail(line: str) -> tuple[str, str] | None:
    """`line` without a role tail it ends with, and the role's field ('' for a tail that
    names no role, such as `- onsite`); None when the line has no tail."""
    for match in _ROLE_TAIL.finditer(line):
        if match.end() == len(line):
            role = _ROLE_FIELDS.get(label_key(match["role"]).replace("on-site", "onsite"), "")
            return line[: match.start()].rstrip(), role
    return None


def tailed_person(line: str) -> bool:
    """True for a line cut from a role tail (`Name, …, University. - onsite`) that starts
    with a name before its first comma: one person, however long their details (the tail
    says so where `looks_like_person` would take a long line for a sentence)."""
    name, comma, _ = line.strip().partition(",")
    return bool(comma) and name[:1].isupper() and 1 <= len(name.split()) <= 6


def role_run(line: str) -> list[str] | None:
    """The person lines of a line that runs several `Name, … - onsite` lines together
    (each ends with a role tail, the next starts with a capital); None for fewer than two."""
    pieces, begin = [], 0
    for match in _ROLE_TAIL.finditer(line):
        end = match.end()
        if end == len(line) or line[end].isupper():
            pieces.append(line[begin:end].strip())
            begin = end
    if begin < len(line) or len(pieces) < 2:
        return None
    return pieces


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
    title = _HONORIFIC.match(text.strip())
    origin = _FROM_PLACE.fullmatch(text.strip()[title.end() if title else 0 :])
    if origin is not None:  # `Name from the Czech Republic`
        written = title.group().strip() if title else ""
        return _Parts(origin["name"], origin["place"].strip(), "", "", False, written)
    parts: list[str] = []
    hidden = no_name = False
    for index, raw in enumerate(text.split(",")):
        part, locked = without_lock(raw)
        part = part.strip()
        hidden |= locked
        no_name |= index == 0 and not part  # `🔒, Org, …` or `, Org, …`: no name given
        if part:
            parts.append(part)
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
    dashed = _NAME_DASH.split(name, maxsplit=1)
    if len(dashed) == 2 and dashed[0]:  # `Name - Organisation, Role` (Additional Speakers)
        name = dashed[0].removesuffix(":").rstrip()  # `Name: - Role, Organisation`
        parts[1:1] = [dashed[1]]
    title = _HONORIFIC.match(name)
    if title:
        name = name[title.end() :]
    name = _FOOTNOTE.sub("", name)
    written = title.group().strip() if title else ""
    return _Parts(name, ", ".join(parts[1:]), group, region, hidden, written)


_FOOTNOTE = re.compile(r"(?<=\w)[ \t]*+\*++$")
"""An asterisk after a name (`Jenna Fung * - Youth Coalition …`): a mark the page explains
elsewhere, not part of the name."""


_TITLED = re.compile(rf"(?:{_HONORIFIC.pattern}){_NAME_WORDS}[ \t]*+,")
"""A title, a name and a comma opening a line (`Mr Vinton G. Cerf, Vice President …`)."""


def titled_person(line: str) -> bool:
    """True for a short line of one person's details opened by a title and their name
    (`Mrs Yu Ping Chan, Senior Programme Officer, …`), with no group or region."""
    text = line.strip()
    return _TITLED.match(text) is not None and looks_like_person(text)


_DASHED = re.compile(rf"(?P<name>{_NAME_WORDS})[ \t]++[-–—][ \t]++(?P<details>\S.*)")


def dashed_person(line: str) -> bool:
    """True for `Name - what they do` (`Liina Areng - Regional Program Lead at EU
    CyberNet`): a name, a spaced dash, then details that are not a name themselves
    (`Youth IGF Poland - Emilia Zalewska` may be an organisation and its person)."""
    match = _DASHED.fullmatch(line.strip())
    if match is None or not looks_like_person(line):
        return False
    return re.fullmatch(_NAME_WORDS, match["details"].rstrip(" \t,")) is None


_ORG_THEN_NAME = re.compile(
    rf"(?P<org>\S[^,;:]{{0,80}}?)[ \t]++[-–—][ \t]++(?P<name>{_NAME_WORDS})"
)


def organisation_then_name(line: str) -> str | None:
    """`Organisation - Name` (`UN Women - Hélène Molinier`, an organiser under their
    organisation's name) as the person line `Name, Organisation`; None for any other line."""
    match = _ORG_THEN_NAME.fullmatch(line.strip())
    return f"{match['name']}, {match['org']}" if match else None


def from_place(line: str) -> bool:
    """True for a line naming a person and where they come from (`Name from Country`)."""
    text = line.strip()
    title = _HONORIFIC.match(text)
    return _FROM_PLACE.fullmatch(text[title.end() if title else 0 :]) is not None


_NAME_THEN_BRACKET = re.compile(rf"(?P<name>{_NAME_WORDS})[ \t]*+\((?P<details>[^()]{{3,200}}+)\)")
"""A name with the person's details in brackets after it and no comma (`Heli Tiirmaa-Klaar
(Estonian Ministry of Foreign Affairs and …)`): the brackets hold the organisation."""


def person_from_line(text: str, call: Call) -> ReadPerson:
    """A published person line: `Name, Organisation…, Stakeholder group, Regional group`."""
    parts = _read_parts(text, call)
    name, organization = parts.name, parts.organization
    region = parts.region
    bracketed = _NAME_THEN_BRACKET.fullmatch(name)
    if bracketed is not None:  # `Name (details)`: the details are not the name
        name, details = bracketed["name"], bracketed["details"].strip()
        if not organization:
            organization = details
        elif _as_choice(details)[0] in call.regions:  # `James Amattey (Africa), ISOC, …`
            region = region or _as_choice(details)[0]
        else:
            organization = f"{organization} ({details})"
    once, why = _name_once(name)
    person = Person(
        name=once,
        organization=organization,
        stakeholder_group=parts.group,
        region=region,
    )
    if parts.title == "M." and not why:  # `M. Avis Momeni`: Monsieur, or a first initial
        why = f"{_quoted('M.')} read as a title (Monsieur), not an initial of {_quoted(once)}"
    return ReadPerson(person, hidden=parts.hidden, title=parts.title, guess=why)


def _name_once(name: str) -> tuple[str, str]:
    """`name` printed twice by the site (`Patricia Pena Patricia Pena`) as (the name once,
    why that is a guess); any other name as (name, '')."""
    words = name.split()
    half = len(words) // 2
    if half < 2 or len(words) % 2 or words[:half] != words[half:]:
        return name, ""
    once = " ".join(words[:half])
    return once, f"{_quoted(name)} reads as the name printed twice: read as {_quoted(once)}"


def _with_details(first_line: str, details: list[tuple[str, str]]) -> ReadPerson:
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


@dataclass
class _Open:
    first_line: str
    number: int | None
    details: list[tuple[str, str]] = field(default_factory=list)
    role: str = ""


def _finish(item: _Open, call: Call) -> ReadPerson:
    if item.details:
        read = _with_details(item.first_line, item.details)
    else:
        read = person_from_line(item.first_line, call)
    read.number = item.number
    read.role = item.role
    read.line = item.first_line
    return read


def _only_group_and_region(line: str, call: Call) -> bool:
    read = _read_parts(line, call)
    return not (read.hidden or read.name or read.organization)


def _a_group_or_region(text: str, call: Call) -> bool:
    as_region, as_group = _as_choice(text)
    return as_region in call.regions or as_group in call.stakeholder_groups


def _whole(line: str, call: Call) -> bool:
    """True for a line that names a person with both their group and region."""
    read = _read_parts(line, call)
    return bool(read.name and read.group and read.region)


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
    no joined line grows past `MAX_STRUCTURE_LINE`.  None when `line` is not a
    continuation.
    """
    head = first_line.rstrip()
    if not head or len(head) + len(line) > MAX_STRUCTURE_LINE:
        return None
    first_part, comma, _ = line.partition(",")
    spanning = f"{head.rsplit(',', 1)[-1].strip()} {first_part.strip()}"
    if adjacent and _a_group_or_region(spanning, call):
        return f"{head} {line}"
    if _read_parts(head, call).region:
        return None
    if _only_group_and_region(line, call):
        return f"{head}, {line}"
    if not adjacent or _EMAIL.fullmatch(head.rsplit(",", 1)[-1].strip()) or with_email(line):
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


def email_run(line: str) -> list[str] | None:
    """The people of a line that runs several `Name - Organisation, … email` entries
    together, one entry each (the emails left out); None for fewer than two emails or
    an entry that does not start with a short name."""
    if len(line) > 20 * MAX_STRUCTURE_LINE or len(_EMAIL.findall(line)) < 2:
        return None
    pieces = [piece.strip(" \t,;|") for piece in _EMAIL.split(line)]
    pieces = [piece for piece in pieces if piece]
    return pieces if len(pieces) >= 2 and all(_starts_with_name(p) for p in pieces) else None


def with_email(line: str) -> bool:
    """True for a `Name, …` line with an email (or `[email protected]`) among its
    comma-separated details: one person's line (2024 pages list people so)."""
    parts = [part.strip() for part in line.split(",")]
    return (
        len(parts) >= 2
        and _starts_with_name(line)
        and any(_EMAIL.fullmatch(part) for part in parts[1:])
    )


def _starts_with_name(text: str) -> bool:
    """True when `text` opens with one to six words, the first capitalised, before its
    first comma or dash."""
    head = _NAME_DASH.split(text.split(",", 1)[0], maxsplit=1)[0].split()
    return 1 <= len(head) <= 6 and head[0][0].isupper()


def names_a_group(line: str, call: Call) -> bool:
    """True when one of the last two comma-separated parts of `line` is a stakeholder
    group or a region (`…, Technical Community, APAC`: a region the call does not list)."""
    return any(_a_group_or_region(part.strip(), call) for part in line.split(",")[-2:])


def person_run(line: str, call: Call) -> list[str] | None:
    """The people of a line that runs several `Name, Organisation, group, region` entries
    together with dashes between them (`… technical community, Africa - Mona …`); None
    unless every piece names a stakeholder group or a region in its last two parts."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    pieces = [piece.strip() for piece in _NAME_DASH.split(line)]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        parts = [part.strip() for part in piece.split(",")]
        if len(parts) < 3 or not _starts_with_name(piece):
            return None
        if not names_a_group(piece, call):
            return None
    return pieces


WEB_PIECE = 150
"""The longest `Name, Organisation` entry of a line of people separated by semicolons."""

_MAX_CHOICE_WORDS = 5
"""The most words a stakeholder group or region takes (`Western European and other
States`)."""


def _region_then_name(part: str, call: Call) -> tuple[str, str] | None:
    """(`Eastern European Group`, `Pavel Pozdnyakov`) for a comma part that runs a group
    or region into the next person's name; None when no such cut gives a person's name
    (two to five words after any title such as `Ms.`, the first capitalised, none an
    organisation's word; a last initial such as `L.` is a word of it, and a dash or a
    bracket ends it: `Name - Organisation`, `Name (Region), Organisation`).  A full stop
    may end the region (`…, African States. Mr …`)."""
    words = part.split()
    for cut in range(min(len(words) - 1, _MAX_CHOICE_WORDS), 0, -1):
        if not _a_group_or_region(" ".join(words[:cut]).removesuffix("."), call):
            continue
        named = " ".join(words[cut:])
        title = _HONORIFIC.match(named)
        name = _NAME_DASH.split(named[title.end() :] if title else named, maxsplit=1)[0].split()
        name = name[: next((i for i, w in enumerate(name) if w.startswith("(")), len(name))]
        if not 2 <= len(name) <= 5 or not name[0][0].isupper():
            return None
        if any(w.casefold().strip(".") in _ORG_WORDS or not _name_word(w) for w in name):
            return None
        return " ".join(words[:cut]).removesuffix("."), named
    return None


_NAME_WORD = re.compile(r"[^\W\d_]++(?:[-'’][^\W\d_]++)*+|[A-Z]\.")
"""A word of a name: letters, joined by hyphens or apostrophes (`Na-Tei`, `O'Brien`), or
an initial (`L.`)."""


def _name_word(word: str) -> bool:
    """True for a word of a name (`_NAME_WORD`)."""
    return _NAME_WORD.fullmatch(word) is not None


def region_run(line: str, call: Call) -> list[str] | None:
    """The people of a line that runs three or more `Name, Organisation, group, region`
    entries (or two of three parts or more) together with only a space between them
    (`…, Eastern European Group Pavel Pozdnyakov, …`): cut where a group or region runs
    into a name; None unless every piece starts with a name and ends with a group or
    region."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    pieces: list[list[str]] = [[]]
    for part in line.split(","):
        cut = _region_then_name(part, call) if pieces[-1] else None
        if cut is None:
            pieces[-1].append(part)
        else:
            pieces[-1].append(" " + cut[0])
            pieces.append([cut[1]])
    people = [",".join(piece).strip() for piece in pieces]
    if len(people) < 2 or (len(people) == 2 and min(map(len, pieces)) < 3):
        return None
    for person, piece in zip(people, pieces, strict=True):
        if len(piece) < 2 or not _starts_with_name(person) or not names_a_group(person, call):
            return None
    return people


_BRACKET_ROLE = re.compile(
    r"\[[ \t]*+(?P<where>on-?site|online)"
    r"(?:[ \t]*+,[ \t]*+(?P<role>moderator|rapporteur))?[ \t]*+\]",
    re.IGNORECASE,
)
"""`[onsite]`, `[online, moderator]`, `[onsite, rapporteur]` after a person's details:
where they take part and their role, in square brackets (2024-2025 launch, Day 0 and
lightning talk pages), a line of people run together at them."""


def _as_role_tail(match: re.Match[str]) -> str:
    """A bracketed role (`[onsite, moderator]`) written as the role tail `_ROLE_TAIL` reads."""
    where = match["where"].casefold().replace("-", "")
    role = (match["role"] or "").casefold()
    if role == "moderator":
        return f" - {where} moderator"
    return f" - rapporteur, {where}" if role == "rapporteur" else f" - {where}"


def unmarked(line: str) -> str:
    """`line` without its bracketed marks (`(ONSITE)`, `(Confirmed)`), so that the people
    of a line can be told apart by their details alone; a role in square brackets
    (`[online, moderator]`) becomes the role tail it stands for (`- online moderator`)."""
    if _BRACKET_ROLE.search(line):
        line = _BRACKET_ROLE.sub(_as_role_tail, line)
    return " ".join(_MARK.sub(" ", line).split()) if _MARK.search(line) else line


def _marks(line: str, people: list[str]) -> dict[str, dict[str, object]]:
    """What the bracketed marks of `line` say of each of its `people` (read from the line
    without them): `(Confirmed)` of the person it stands before, `(ONSITE)`/`(online)` of
    the person it follows."""
    found: dict[str, dict[str, object]] = {}
    starts: list[int] = []
    position = 0
    for person in people:
        name = person.split(",", 1)[0].strip()
        at = line.find(name, position) if name else -1
        starts.append(at if at >= 0 else position)
        position = max(position, starts[-1] + len(name))
    for index, person in enumerate(people):
        end = starts[index + 1] if index + 1 < len(people) else len(line)
        before = line[starts[index - 1] if index else 0 : starts[index]]
        marks: dict[str, object] = {}
        last = list(_MARK.finditer(before))
        closing = last and not before[last[-1].end() :].strip()
        if closing and last[-1]["mark"].casefold() == "confirmed":
            marks["confirmed"] = True
        for match in _MARK.finditer(line, starts[index], end):
            word = match["mark"].casefold()
            if word in ("confirmed", "tbc"):
                continue  # before the next person's name; `(TBC)`: not confirmed yet
            marks["participation"] = (
                "online" if word in ("online", "remote", "virtual") else "onsite"
            )
        if marks:
            found[person] = marks
    return found


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
            _a_group_or_region(" ".join(words[:cut]), call)
            and len(rest) >= 6
            and rest[0][0].isupper()
            and rest[-1].endswith((".", "!"))
        ):
            return f"{head}, {' '.join(words[:cut])}", " ".join(rest)
    return None


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


_RECORD = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)][ \t]*+)?Name[ \t]*+:", re.IGNORECASE)
"""Where a `1. Name: X | Organizational Affiliation: Y | …` record starts (2025 pages)."""
_ORG_WORDS = frozenset(
    [
        "academy",
        "agency",
        "alliance",
        "association",
        "authority",
        "bank",
        "center",
        "centre",
        "coalition",
        "college",
        "commission",
        "committee",
        "company",
        "corporation",
        "council",
        "department",
        "foundation",
        "forum",
        "government",
        "group",
        "inc",
        "initiative",
        "institute",
        "lab",
        "limited",
        "ltd",
        "ministry",
        "network",
        "office",
        "organisation",
        "organization",
        "partnership",
        "school",
        "secretariat",
        "society",
        "trust",
        "union",
        "university",
    ]
)


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
        out.append(f"{name}, {org}" if org else name)
    return out


def name_list(line: str, call: Call) -> list[str] | None:
    """A line of three or more bare names separated by commas (`YANG ZHOU, TAIGE SHI, LI
    LI`): each part two to four capitalised words, none an organisation's word, a
    stakeholder group or a region.  None for any other line."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) < 3:
        return None
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or _a_group_or_region(part, call):
            return None
        if any(not w[0].isupper() or w.casefold().strip(".") in _ORG_WORDS for w in words):
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
        if "," not in piece or len(piece) > WEB_PIECE or not _starts_with_name(piece):
            return None
        if any(w.casefold().strip(".") in _ORG_WORDS for w in name.split()):
            return None
    return pieces


def organisation_run(line: str, call: Call | None = None) -> list[str] | None:
    """The people of a line of two or more `Name, Organisation` entries with the same
    organisation, run together with a space (`Marianne Rahme, SMEX Nathan Silber, SMEX
    …`); None otherwise."""
    if len(line) > 20 * MAX_STRUCTURE_LINE:
        return None
    parts = [part.strip() for part in line.split(",")]
    org = parts[-1]
    if len(parts) < 3 or not org or not _starts_with_name(parts[0]):
        return None
    names = [parts[0]]
    for part in parts[1:-1]:
        name = part.removeprefix(org + " ") if part.startswith(org + " ") else ""
        words = name.split()
        if not 2 <= len(words) <= 4 or any(not w[0].isupper() for w in words):
            return None
        if any(w.casefold().strip(".") in _ORG_WORDS for w in words):
            return None
        names.append(name)
    return [f"{name}, {org}" for name in names]


_BRACKETED_PERSON = re.compile(rf"(?P<name>{_NAME_WORDS})[ \t]*+\((?P<details>[^()]{{3,200}}+)\)")


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
    pieces = [_name_then_comma(p) for p in pieces]
    alone = [re.fullmatch(_NAME_WORDS, p) is not None and not _org_word(p) for p in pieces]
    if len(pieces) < 2 or any(
        not lone and ("," not in p or not _starts_with_name(p))
        for p, lone in zip(pieces, alone, strict=True)
    ):
        return None
    return pieces


_MAX_NAME_WORDS = 4
"""The most words `_NAME_WORDS` takes as a person's name."""


def _org_word(text: str) -> bool:
    """True when a word of `text` is an organisation's word (`Foundation`, `Institute`)."""
    return any(w.casefold().strip(".,/()") in _ORG_WORDS for w in text.split())


def _name_then_comma(piece: str) -> str:
    """A numbered person whose name runs into their organisation with no comma (`Gloria
    F. Amofah-Adjekum Women in Internet Governance (WIG) , Civil Society`, `Natalie Tercova
    IGF Czechia/ …`, 2025 launch pages) with a comma after the name: the name is the
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
            or after.casefold() in _FUNCTION_WORDS
            or _org_word(after)
            or any(ch in word for ch in "(/")
        )
        if opens or not _name_word(word) or not word[0].isupper():
            break
        end = found.end()
    name = piece[:end]
    return f"{name},{piece[end:]}" if 2 <= len(name.split()) <= _MAX_NAME_WORDS else piece


_TITLED_NEXT = re.compile(
    rf"[ \t]++[-–—][ \t]++(?=(?:{_HONORIFIC.pattern}){_NAME_WORDS}[ \t]*+[,;:])"
)
"""A spaced dash before a title and a name: where the next person starts on a line of
people run together (`…; Cameroon, AFRICA - Ms Zainab Aminu, CITAD; …`)."""
_TITLED_NAME = re.compile(rf"(?:{_HONORIFIC.pattern}){_NAME_WORDS}")
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
    text = _BULLET.sub("", line.strip(), count=1) if line.lstrip()[:1] in "-–—" else line.strip()
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
        if not (_name_word(word) and word[0].isupper()):
            break
        words.insert(0, word)
    for cut in range(min(len(words) - 2, _MAX_CHOICE_WORDS), 0, -1):
        if _a_group_or_region(" ".join(words[:cut]), call):
            words = words[cut:]
            break
    if len(words) > 2 and words[0].isupper() and not words[1].isupper():
        words = words[1:]
    if not 2 <= len(words) <= 4 or any(w.casefold() in _ORG_WORDS for w in words):
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
    opening = _HONORIFIC.match(text)
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


_LABELLED_PERSON = re.compile(rf":[ \t]++(?P<name>{_NAME_WORDS})[ \t]++[-–—][ \t]++")


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


def with_commas(line: str) -> str:
    """A person line written with dashes between its parts (`Name – Organisation – group
    – region`, no comma) with commas there instead; any other line as it is."""
    if "," in line or len(line) > MAX_STRUCTURE_LINE or len(_FIELD_DASH.findall(line)) < 2:
        return line
    return _FIELD_DASH.sub(", ", line)


def shared_details(line: str, call: Call) -> list[str] | None:
    """`A and B, Organisation, …` (bulleted or not) as two person lines with the same
    details, when the line ends with a stakeholder group or a region; else None."""
    line = with_commas(line)
    head, comma, rest = line.partition(",")
    pair = _TWO_NAMES.fullmatch(head.strip().lstrip(BULLETS).strip())
    if pair is None or not comma or not names_a_group(line, call):
        return None
    return [f"{pair['one']},{rest}", f"{pair['two']},{rest}"]


_RUNS = (
    (name_list, "one line of names separated by commas, read as one person each"),
    (numbered_run, "one line of numbered people, read as one person each"),
    (bracket_run, "one line of people each with details in brackets, read as one person each"),
    (labelled_run, "one line of people each after a label and a colon, read as one person each"),
    (titled_run, "one line of people each opening with a title, read as one person each"),
    (shared_details, "two names sharing one line's details, read as two people"),
    (person_run, "one line of people separated by dashes, read as one person each"),
    (_email_run, "one line of people each followed by an email, read as one person each"),
    (semicolon_run, "one line of people separated by semicolons, read as one person each"),
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
)
"""Readers of a line that holds several people, and why each split is a guess."""


def several_people(line: str, call: Call) -> bool:
    """True for a line that runs several people with their details together (by
    dashes, emails, semicolons, or regions run into names)."""
    line = with_commas(unmarked(line))
    readers = (person_run, _email_run, semicolon_run, region_run, organisation_run)
    readers += (numbered_run, bracket_run, labelled_run, titled_run, dash_name_run)
    several = bool(name_records(line)) or any(reader(line, call) for reader in readers)
    return several or role_run(line) is not None


_ITEM_RUN = re.compile(
    r"[ \t]*+;[ \t]*+(?=(?:Speaker|Organi[sz]er)[ \t]*+#?[ \t]*+\d{1,3}(?!\d)[ \t]*+[:\-–])",
    re.IGNORECASE,
)
"""Where the next numbered person starts on a line of them run together with semicolons
(`Speaker 1: …; Speaker 2: …`, 2019 Open Forum pages)."""

_HELD = re.compile(
    r"(?P<what>[^\[\]()]{0,60}?)[ \t]*+(?:[\[(](?:TBC|TBD|to be confirmed)[\])]|TBC|TBD)\.?",
    re.IGNORECASE,
)
"""An item's text that names nobody yet: a kind of person marked as to be confirmed
(`NGO [TBC]`, `Business representative [TBC]`, `TBD`)."""


def item_pieces(line: str) -> list[str]:
    """`line`, or the numbered people run together on it with semicolons, one a piece."""
    if _ITEM_LINE.match(line.strip()) is None or ";" not in line:
        return [line]
    pieces = [piece.strip().rstrip(";").strip() for piece in _ITEM_RUN.split(line)]
    return [piece for piece in pieces if piece]


def placeholder(text: str) -> bool:
    """True for an item's text that holds a place for a person not yet named: a mark of
    `TBC` alone, or after a kind of person (an acronym, or words not all capitalised)
    rather than a name (`Jane Doe [TBC]` is a person whose place is unconfirmed)."""
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
    Speakers`), up to the first blank line after them; any other line after the list
    comes back as loose.
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
    whole: set[str] = set()  # the people of a line read as several: each one whole
    marked: dict[str, dict[str, object]] = {}
    sentences: list[str] = []
    formats = call.format_names()
    held: list[str] = []
    for raw in [piece for line in lines for piece in item_pieces(line)]:
        written = raw.strip()
        if (item := read_item(written)) is not None and placeholder(item.rest):
            held.append(written)  # nobody named yet: the numbering goes on after it
            continue
        text = unmarked(written)
        records = name_records(text)
        several = None
        cut = trailing_sentence(text, call) if records is None else None
        for reader, why in _RUNS if records is None else ():
            several = None
            if cut is not None:  # the people before a sentence run onto the line's end
                several = reader(cut[0], call)
                if several is not None:
                    sentences.append(cut[1])
            if several is None:
                several = reader(text, call)
            if several is not None:
                split.append((written, why))
                break
        whole.update(several or ())
        if text != written:
            marked.update(_marks(written, several or [text]))
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
        ):
            joined = continue_person(current.first_line, line, call, follows, names)
        if item is not None:
            if current is not None:
                people.append(_finish(current, call))
                names.add(name_key(people[-1].person.name))
            current = _Open(item.rest, item.number, role=roles.get(line, ""))
            items_seen = True
        elif detail is not None and current is not None:
            current.details.append(detail)
        elif joined is not None and current is not None:
            current.first_line = joined  # the line wrapped
        elif items_seen and (bullet := _BULLET.match(line)) and looks_like_person(line):
            if current is not None:  # `- Name, …` after `Speaker 3: …`: one more speaker
                people.append(_finish(current, call))
                names.add(name_key(people[-1].person.name))
            current = _Open(line[bullet.end() :], None, role=roles.get(line, ""))
            bulleted.append(line)
        elif not items_seen and known_format(line, formats) is not None:
            ended = True  # the format line after an unnumbered list (one blank line between)
            loose.append(line)
        elif (
            not items_seen
            and not ended
            and (
                line in whole or looks_like_person(line) or (line in roles and tailed_person(line))
            )
        ):
            if current is not None:
                people.append(_finish(current, call))
                names.add(name_key(people[-1].person.name))
            bullet = _BULLET.match(line)  # `• Name, Role` in a bulleted list with no numbers
            current = _Open(line[bullet.end() if bullet else 0 :], None, role=roles.get(line, ""))
        else:
            loose.append(line)
    if current is not None:
        people.append(_finish(current, call))
    for read in people:
        marks = marked.get(read.line, {})
        if marks:
            read.person = read.person.model_copy(update=marks)
    return PeopleRead(people, [*loose, *sentences], split, bulleted, held)


def read_role(lines: list[str], call: Call) -> tuple[ReadPerson | None, list[str]]:
    """Read a single role's section (moderator, rapporteur): one person, then loose lines.

    The first line is the person (a published line, or export.py's bare name followed
    by details); a section that opens with details is a person with no name.
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
    bio = None if details else _BIO.match(first)
    if bio is not None and len(first.split(",", 1)[0].split()) > 6:
        # `Thomas Schneider is Ambassador and …`: a sentence about the person, not a list
        why = "a sentence about the person under the label; the name is its first words"
        read = ReadPerson(Person(name=bio["name"]), unread=[first], guess=why)
    else:
        read = _with_details(first, details) if details else person_from_line(first, call)
        if _SHARED_ROLE.fullmatch(read.person.name):
            read.guess = "two people named for one role; both kept in the name"
            read.line = first
    return read, [line for line, _ in content[index:]]


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
    role's own line adds."""
    person = read.person
    if not read.has_details:
        match = listed.get(name_key(person.name))
        if match is not None:
            own = {f: getattr(person, f) for f in ("name", *_TEXT_DETAILS) if getattr(person, f)}
            person = match.model_copy(update=own)
    return None if person.is_empty() else person
