"""Roles and marks written on a line of people, besides the people themselves.

A role ending a person's line (`… - onsite moderator`, `role_tail`) or leading it
(`Moderator: Name, …`, `role_lead`), a line of people cut at those role tails
(`role_run`) or at role labels leading each person (`role_led_run`), and bracketed
marks (`(ONSITE)`, `(Confirmed)`, `[online, moderator]`): dropped from a line
(`unmarked`) and read as what they say of each person (`line_marks`).
"""

from __future__ import annotations

import re

from proposal_tui.import_fields import label_key

_MARK = re.compile(
    r"\((?P<mark>on-?site|online|in[ -]person|remote|virtual|confirmed|tbc)\)", re.IGNORECASE
)
"""`(ONSITE)`, `(Confirmed)`, `(TBC)`: where a person takes part, or whether they
confirmed, written in brackets on a line of people (2025 pages): after the person's
details, or (`Confirmed`) before the name."""


GENDER_MARK = re.compile(r"[ \t]*+\((?P<gender>female|male)\)(?=[ \t]|$)", re.IGNORECASE)
"""`(female)`, `(male)` after a person's details on a line of people (2025 Day 0 pages):
their gender, and where the next person starts."""


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
    return _role_field(match["role"]), match["person"].strip()


def _role_field(label: str) -> str:
    """The role field a role label names (`Online moderator`, `Rapporteur`)."""
    role = label.strip().casefold()
    if "moderator" not in role:
        return "rapporteur"
    return "online_moderator" if role.startswith(("online", "remote")) else "onsite_moderator"


_RUN_ROLE = re.compile(
    r"(?:(?P<where>onsite|on-site|online|in-person|remote)[ \t]++)?moderator[ \t]*+[:,][ \t]*+"
    r"|rapporteur[ \t]*+[:,][ \t]*+",
    re.IGNORECASE,
)
"""A role label inside a line of people (`Online Moderator: `, `Rapporteur, `)."""


def role_led_run(line: str) -> list[tuple[str, str]] | None:
    """(role field, the person's line) for each person of a line that runs two or more
    people together, each led by their role label (`Onsite Moderator: Name, …, Onsite
    Online Moderator: Name, …, Onsite Rapporteur, Name, …`, 2025 Day 0 pages: a label's
    comma may stand for its colon); None unless the line opens with a label and each
    label leads a name with details after a comma."""
    text = line.strip()
    found = list(_RUN_ROLE.finditer(text))
    if len(found) < 2 or found[0].start() != 0:
        return None
    out = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        person = text[match.end() : end].strip()
        name, comma, _ = person.partition(",")
        if not comma or not name[:1].isupper() or not 1 <= len(name.split()) <= 6:
            return None
        out.append((_role_field(match.group()), person))
    return out


_LABEL_LEAD = re.compile(
    r"(?P<label>[A-Z][^:\d]{0,99}?):[ \t]++"
    r"(?P<name>[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){1,3}+)(?:,|\.|[ \t]++[-–—])[ \t]++"
    r"(?P<rest>\S.*)"
)
"""`Civil Society: Name, …`, `UN: Name – …`, `Academia: Name. …`: a speaker's line opened
by the stakeholder group, sector or role they speak for, a free label (2024 Day 0 pages)."""


def label_lead(line: str) -> tuple[str, str] | None:
    """(the person's line, what follows it) for a line opened by a free label naming what
    the person speaks for (`UN: Name, UN OHCHR – including …`): `Name, details` up to a
    spaced dash, and the sentence after that dash ('' for none); None otherwise."""
    match = _LABEL_LEAD.fullmatch(line.strip())
    if match is None:
        return None
    details, _, more = match["rest"].partition(" – ")
    return f"{match['name']}, {details.strip().rstrip('.')}", more.strip()


def role_tail(line: str) -> tuple[str, str] | None:
    """`line` without a role tail it ends with, and the role's field ('' for a tail that
    names no role, such as `- onsite`); None when the line has no tail."""
    for match in _ROLE_TAIL.finditer(line):
        if match.end() == len(line):
            role = _ROLE_FIELDS.get(label_key(match["role"]).replace("on-site", "onsite"), "")
            return line[: match.start()].rstrip(), role
    return None


_COMMA_ROLE = re.compile(
    r",[ \t]*+(?P<role>(?i:(?:onsite|on-site|online)[ \t]++)?(?i:moderator|rapporteur))"
    r"(?:[ \t]++(?P<note>[A-Z][^\n]*[.!?]))?[ \t]*+$"
)
"""`…, Moderator` ending a person's line, maybe with a note run on after it (`…,
Moderator In light of …, we are still …`)."""
_NOTE_WORDS = 4
"""The fewest words of a note run on after a role word, a sentence rather than more of
a role (`Moderator Relations Manager`)."""


def comma_role(line: str) -> tuple[str, str] | None:
    """(the person's line, the role's field) for a person's line whose last part after a
    comma is a role word (`Name, University, Moderator`), maybe with a note run on after
    it, a sentence of a few words (`…, Moderator In light of …, we are still working to
    recruit …`, 2019 coalition pages); None otherwise."""
    match = _COMMA_ROLE.search(line.strip())
    if match is None:
        return None
    note = match["note"]
    if note is not None and len(note.split()) < _NOTE_WORDS:
        return None
    person = line.strip()[: match.start()].rstrip()
    if not tailed_person(person):
        return None
    return person, _role_field(match["role"])


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


_BRACKET_ROLE_NAME = r"(?:on-?site[ \t]++|online[ \t]++)?(?:moderator|rapporteur)"
_ROLE_IN_BRACKETS = re.compile(
    rf"(?<=\S)[ \t]*+\((?:organi[sz]er(?:[ \t]++and[ \t]++(?P<role>{_BRACKET_ROLE_NAME}))?"
    rf"|(?P<alone>{_BRACKET_ROLE_NAME}))\)(?=[ \t]*+(?:$|[*•]|\d{{1,2}}[.)][ \t]))",
    re.IGNORECASE,
)
"""`(Moderator)`, `(Organizer and Onsite Moderator)`, `(Onsite Rapporteur)`, `(Organizer)`
ending a person's details on a line of people (2025 launch and Day 0 pages), before the
next person's bullet or number: the role the person holds besides the list's."""


def _role_in_brackets(match: re.Match[str]) -> str:
    """A bracketed role (`(Organizer and Online Moderator)`, `(Onsite Rapporteur)`)
    written as the role tail `_ROLE_TAIL` reads (`- online moderator`, `- rapporteur,
    onsite`); `(Organizer)` alone is dropped."""
    role = match["role"] or match["alone"]
    if not role:
        return " "
    words = " ".join(role.split()).casefold()
    if words.endswith("rapporteur") and words != "rapporteur":
        return f" - rapporteur, {words.split()[0]} "  # where they take part, after the role
    return f" - {words} "


def unmarked(line: str) -> str:
    """`line` without its bracketed marks (`(ONSITE)`, `(Confirmed)`), so that the people
    of a line can be told apart by their details alone; a role in square brackets
    (`[online, moderator]`) or round ones after the details (`(Organizer and Onsite
    Moderator)`) becomes the role tail it stands for (`- online moderator`)."""
    if _BRACKET_ROLE.search(line):
        line = _BRACKET_ROLE.sub(_as_role_tail, line)
    if _ROLE_IN_BRACKETS.search(line):
        line = _ROLE_IN_BRACKETS.sub(_role_in_brackets, line).rstrip()
    return " ".join(_MARK.sub(" ", line).split()) if _MARK.search(line) else line


def line_marks(line: str, people: list[str]) -> dict[str, dict[str, object]]:
    """What the bracketed marks of `line` say of each of its `people` (read from the line
    without them): `(Confirmed)` of the person it stands before, `(ONSITE)`/`(online)` and
    `(female)`/`(male)` of the person they follow."""
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
        for match in GENDER_MARK.finditer(line, starts[index], end):
            marks["gender"] = match["gender"].casefold()
        if marks:
            found[person] = marks
    return found
