"""The proposal model: one `Proposal` (pydantic) is the single truth.

Field names are the TOML keys, the JSON export keys and the names the code uses.
Every field may be empty: a draft is allowed to be unfinished, and the rules
(`checks`) judge it, never the model.  Choice fields (stakeholder group, region,
format) are stored as text so that a draft naming an unknown value still loads
and saves; `checks` reports values that are not among the call's choices, and
`normalize_*` map common spellings ("GRULAC", "Roundtable") to the canonical ones.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


class StakeholderGroup(StrEnum):
    """The five stakeholder groups of the IGF."""

    CIVIL_SOCIETY = "Civil Society"
    GOVERNMENT = "Government"
    INTERGOVERNMENTAL = "Intergovernmental Organization"
    PRIVATE_SECTOR = "Private Sector"
    TECHNICAL_COMMUNITY = "Technical Community"


class Region(StrEnum):
    """The UN regional groups as the IGF lists them."""

    AFRICAN = "African Group"
    ASIA_PACIFIC = "Asia-Pacific Group"
    EASTERN_EUROPEAN = "Eastern European Group"
    GRULAC = "Latin American and Caribbean Group (GRULAC)"
    WEOG = "Western European and Others Group (WEOG)"
    INTERGOVERNMENTAL = "Intergovernmental Organization"


class Participation(StrEnum):
    """Where a person takes part from."""

    ONSITE = "onsite"
    ONLINE = "online"


class SessionFormat(StrEnum):
    """Session formats listed by IGF calls (a call profile may list others)."""

    BREAKOUT = "Break-out Group Discussions"
    DEBATE = "Debate"
    ROUND_TABLE = "Round Table"
    BIRDS_OF_A_FEATHER = "Birds of a Feather"
    FLASH_SESSION = "Flash Session"
    PANEL = "Panel"
    OTHER = "Other"


SDG_NAMES: dict[int, str] = {
    1: "No Poverty",
    2: "Zero Hunger",
    3: "Good Health and Well-Being",
    4: "Quality Education",
    5: "Gender Equality",
    6: "Clean Water and Sanitation",
    7: "Affordable and Clean Energy",
    8: "Decent Work and Economic Growth",
    9: "Industry, Innovation and Infrastructure",
    10: "Reduced Inequalities",
    11: "Sustainable Cities and Communities",
    12: "Responsible Production and Consumption",
    13: "Climate Action",
    14: "Life Below Water",
    15: "Life On Land",
    16: "Peace, Justice and Strong Institutions",
    17: "Partnerships for the Goals",
}


def _key(text: str) -> str:
    """Fold a choice for matching: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]+", "", text.casefold())


_STAKEHOLDER_ALIASES = {_key(v): v.value for v in StakeholderGroup} | {
    "cso": StakeholderGroup.CIVIL_SOCIETY.value,
    "civilsocietyorganization": StakeholderGroup.CIVIL_SOCIETY.value,
    "igo": StakeholderGroup.INTERGOVERNMENTAL.value,
    "intergovernmentalorganisation": StakeholderGroup.INTERGOVERNMENTAL.value,
    "internationalorganisation": StakeholderGroup.INTERGOVERNMENTAL.value,
    "internationalorganization": StakeholderGroup.INTERGOVERNMENTAL.value,
    "privatesector": StakeholderGroup.PRIVATE_SECTOR.value,
    "business": StakeholderGroup.PRIVATE_SECTOR.value,
    "technicalcommunity": StakeholderGroup.TECHNICAL_COMMUNITY.value,
    "technical": StakeholderGroup.TECHNICAL_COMMUNITY.value,
    "academia": StakeholderGroup.TECHNICAL_COMMUNITY.value,
}

_REGION_ALIASES = {_key(v): v.value for v in Region} | {
    "africa": Region.AFRICAN.value,
    "africangroup": Region.AFRICAN.value,
    "africaregion": Region.AFRICAN.value,
    "africanstates": Region.AFRICAN.value,
    "ag": Region.AFRICAN.value,  # the UN groups' short names: AG, APG, EEG, GRULAC, WEOG
    "apac": Region.ASIA_PACIFIC.value,
    "apg": Region.ASIA_PACIFIC.value,  # as WEOG and GRULAC, the group's short name
    "eeg": Region.EASTERN_EUROPEAN.value,
    "ee": Region.EASTERN_EUROPEAN.value,
    "grulac": Region.GRULAC.value,
    "lac": Region.GRULAC.value,
    "weog": Region.WEOG.value,
    "westerneurope": Region.WEOG.value,
    "northamerica": Region.WEOG.value,  # the United States and Canada sit in WEOG
    "asia": Region.ASIA_PACIFIC.value,
    "intergovernmentalorganisation": Region.INTERGOVERNMENTAL.value,
    "igo": Region.INTERGOVERNMENTAL.value,
}

_FORMAT_ALIASES = {_key(v): v.value for v in SessionFormat} | {
    "roundtable": SessionFormat.ROUND_TABLE.value,
    "breakoutgroupdiscussion": SessionFormat.BREAKOUT.value,
    "breakoutgroups": SessionFormat.BREAKOUT.value,
    "breakout": SessionFormat.BREAKOUT.value,
    "bof": SessionFormat.BIRDS_OF_A_FEATHER.value,
    "flash": SessionFormat.FLASH_SESSION.value,
}


def normalize_stakeholder_group(text: str) -> str:
    """The canonical stakeholder group for `text`, or `text` stripped if unknown."""
    return _STAKEHOLDER_ALIASES.get(_key(text), text.strip())


_REGION_END = r"(?:groups?|states|region)?"
"""What may follow a regional group's name: `Group`, `Groups`, `States`, `Region`."""
_REGION_SPELLINGS = (
    (re.compile(rf"westerneurope(?:an)?andothers?{_REGION_END}"), Region.WEOG.value),
    (re.compile(rf"easterneurope(?:an)?{_REGION_END}"), Region.EASTERN_EUROPEAN.value),
    (re.compile(rf"asia(?:and)?(?:the)?pacific{_REGION_END}"), Region.ASIA_PACIFIC.value),
    (re.compile(rf"latinamerica(?:n)?and(?:the)?caribbean{_REGION_END}"), Region.GRULAC.value),
    (re.compile(r"intergovernmental(?:organi[sz]ations?)?groups?"), Region.INTERGOVERNMENTAL.value),
)
"""A regional group's name as people write it, folded (`Western Europe and other Group`,
`Asia and the Pacific`, `Asia-Pacific Region`, `Intergovernmental Group`): `Europe` or
`European`, `other` or `others`, a `Group`, `Groups`, `States` or `Region` after it or
none."""


def normalize_region(text: str) -> str:
    """The canonical regional group for `text`, or `text` stripped if unknown."""
    key = _key(text)
    if key in _REGION_ALIASES:
        return _REGION_ALIASES[key]
    return next((r for pattern, r in _REGION_SPELLINGS if pattern.fullmatch(key)), text.strip())


def normalize_format(text: str) -> str:
    """The canonical session format for `text`, or `text` stripped if unknown."""
    return _FORMAT_ALIASES.get(_key(text), text.strip())


# --- tolerant field types -------------------------------------------------------
# Drafts are edited by hand and shared: a number where text belongs, or one
# string where a list belongs, is taken as meant rather than refused.


def _to_text(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    return value


def _to_list(value: Any) -> Any:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [value]
    return value


def _to_bool(value: Any) -> Any:
    if isinstance(value, str):
        folded = value.strip().casefold()
        if folded in {"yes", "y", "true", "confirmed", "1"}:
            return True
        if folded in {"no", "n", "false", "", "0", "unconfirmed", "not confirmed"}:
            return False
    return value


def _to_int_or_none(value: Any) -> Any:
    """'90 min' is 90 and blank text is no value; text without a number is refused, not lost."""
    if isinstance(value, str):
        if not value.strip():
            return None
        digits = re.search(r"\d+", value)
        if digits is None:
            raise ValueError(f"{value!r} has no number of minutes")
        return int(digits.group())
    return value


def _to_sdgs(value: Any) -> Any:
    value = _to_list(value)
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str):
                match = re.search(r"\d+", item)
                if match is None:
                    raise ValueError(f"SDG {item!r} has no goal number")
                out.append(int(match.group()))
            else:
                out.append(item)
        return out
    return value


Text = Annotated[str, BeforeValidator(_to_text)]
TextList = Annotated[list[Text], BeforeValidator(_to_list)]
Flag = Annotated[bool, BeforeValidator(_to_bool)]


class Person(BaseModel):
    """Someone on the proposal: organiser, speaker, moderator or rapporteur."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    name: Text = ""
    organization: Text = ""
    email: Text = ""
    stakeholder_group: Text = ""
    region: Text = ""
    gender: Text = ""
    participation: Text = ""
    confirmed: Flag = False

    def is_empty(self) -> bool:
        """True when nothing at all has been entered for this person."""
        return self == Person()

    def summary(self) -> str:
        """One line naming the person: name, organisation, group, region."""
        parts = [self.name or "(no name)", self.organization, self.stakeholder_group, self.region]
        return ", ".join(p for p in parts if p)


def _to_person(value: Any) -> Any:
    """A bare name where a person belongs is that person's name."""
    return {"name": value} if isinstance(value, str) else value


def _to_optional_person(value: Any) -> Any:
    return _to_person(value) or None


def _to_people(value: Any) -> Any:
    value = _to_list(value)
    return [_to_person(v) for v in value] if isinstance(value, list) else value


OptionalPerson = Annotated[Person | None, BeforeValidator(_to_optional_person)]
People = Annotated[list[Person], BeforeValidator(_to_people)]


class Proposal(BaseModel):
    """A session proposal, every section of the form, each possibly empty."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    call: Text = ""
    title: Text = ""
    theme: Text = ""
    topics: TextList = Field(default_factory=list)
    organizers: People = Field(default_factory=list)
    speakers: People = Field(default_factory=list)
    onsite_moderator: OptionalPerson = None
    online_moderator: OptionalPerson = None
    rapporteur: OptionalPerson = None
    format: Text = ""
    duration: Annotated[int | None, BeforeValidator(_to_int_or_none)] = None
    format_description: Text = ""
    policy_questions: TextList = Field(default_factory=list)
    participants_gain: Text = ""
    description: Text = ""
    expected_outcomes: Text = ""
    hybrid_format: Text = ""
    sdgs: Annotated[list[int], BeforeValidator(_to_sdgs)] = Field(default_factory=list)
    links: TextList = Field(default_factory=list)
    import_notes: Text = ""

    def people(self) -> list[tuple[str, Person]]:
        """Every person with the role they hold, in form order."""
        roles: list[tuple[str, Person]] = []
        roles += [(f"organizer {i}", p) for i, p in enumerate(self.organizers, 1)]
        roles += [(f"speaker {i}", p) for i, p in enumerate(self.speakers, 1)]
        for role in ("onsite_moderator", "online_moderator", "rapporteur"):
            person = getattr(self, role)
            if person is not None:
                roles.append((role.replace("_", " "), person))
        return roles

    def distinct_people(self) -> list[Person]:
        """Each person once, in form order: a record held by several roles counts once.

        Roles share one `Person` object when they name the same person (see
        `people_table`); equal named copies (made before schema 2) count once too."""
        seen: set[int] = set()
        named: list[Person] = []
        distinct: list[Person] = []
        for _, person in self.people():
            if id(person) in seen or (person.name.strip() and person in named):
                continue
            seen.add(id(person))
            distinct.append(person)
            if person.name.strip():
                named.append(person)
        return distinct

    def roles_of(self, person: Person) -> list[str]:
        """The roles `person` (this very record) holds: 'organizer 1', 'onsite moderator'."""
        return [role for role, held in self.people() if held is person]

    def replace_person(self, old: Person, new: Person) -> None:
        """Put `new` in every role that `old` (this very record) holds: edit everywhere."""
        for field in PERSON_LIST_FIELDS:
            people = getattr(self, field)
            if any(p is old for p in people):
                setattr(self, field, [new if p is old else p for p in people])
        for field in PERSON_ROLE_FIELDS:
            if getattr(self, field) is old:
                setattr(self, field, new)

    def remove_person(self, person: Person) -> None:
        """Take `person` (this very record) out of every role: out of the draft."""
        for field in PERSON_LIST_FIELDS:
            people = getattr(self, field)
            if any(p is person for p in people):
                setattr(self, field, [p for p in people if p is not person])
        for field in PERSON_ROLE_FIELDS:
            if getattr(self, field) is person:
                setattr(self, field, None)


PROPOSAL_FIELDS: tuple[str, ...] = tuple(Proposal.model_fields)
PERSON_FIELDS: tuple[str, ...] = tuple(Person.model_fields)
CONTACT_FIELDS: frozenset[str] = frozenset({"email"})
"""Person fields left out of every export unless contacts are asked for."""

PERSON_LIST_FIELDS = ("organizers", "speakers")
PERSON_ROLE_FIELDS = ("onsite_moderator", "online_moderator", "rapporteur")
PERSON_DETAIL_FIELDS: tuple[str, ...] = (
    "name",
    "organization",
    "stakeholder_group",
    "region",
    "gender",
    "email",
)
"""What belongs to the person wherever they appear (the cross-draft directory compares
and updates these); `participation` and `confirmed` belong to their part in one session."""


def word_count(text: str) -> int:
    """Words as a submission form counts them: runs of non-space characters."""
    return len(text.split())


def char_count(text: str) -> int:
    """Characters as a submission form counts them (code points, line ends as one)."""
    return len(text.replace("\r\n", "\n"))
