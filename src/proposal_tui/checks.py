"""The rules: a `Proposal` judged against a `Call` gives `Finding`s; `readiness` sums them up.

Everything the rules need (sections, limits, choices, which rules apply and which the
year's call text states) comes from the call profile.  A rule the call text does not state
(`call.rules.confirmed`) is still checked, but as a warning that says where it comes from.
A length or item limit of a section the public record does not confirm is a warning too.
Findings never stop a save; they say, in short plain English, what to do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from proposal_tui.call import Call, Section
from proposal_tui.model import (
    PERSON_LIST_FIELDS,
    PERSON_ROLE_FIELDS,
    PROPOSAL_FIELDS,
    Participation,
    Person,
    Proposal,
    char_count,
    normalize_format,
    normalize_region,
    normalize_stakeholder_group,
    word_count,
)
from proposal_tui.people_links import differences, name_key
from proposal_tui.readiness import Readiness
from proposal_tui.section_names import SECTION_FIELDS


class Level(StrEnum):
    """How much a finding matters: an error blocks readiness, the others do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_MARKS = {Level.ERROR: "✗", Level.WARNING: "!", Level.INFO: "i"}


@dataclass(frozen=True)
class Finding:
    """One thing to fix or look at, in the section (`field`) it belongs to."""

    field: str
    level: Level
    message: str
    item: int | None = None
    """0-based index into a list field (which speaker, which question), if any."""

    @property
    def mark(self) -> str:
        """'✗' error, '!' warning, 'i' info: the meaning is never in colour alone."""
        return _MARKS[self.level]


class SectionState(StrEnum):
    """Where a section of the form stands, for the wizard's step list."""

    EMPTY = "empty"
    IN_PROGRESS = "in progress"
    COMPLETE = "complete"
    PROBLEMS = "has problems"


# --- small helpers ----------------------------------------------------------------------------

_RULE_SOURCES = {
    "min_speakers": "2023 rule",
    "speakers_confirmed": "2023 rule",
    "speaker_gender_mix": "2023 rule",
    "min_onsite_speakers": "2023 rule",
    "onsite_moderator": "2023 rule",
    "online_moderator": "hybrid guidance",
    "group_and_region": "IGF rule",
    "max_sessions_per_person": "2018 rule",
}
"""Where a rule comes from, said when the year's call text does not state it."""

_NOUNS = {
    "organizers": "organiser",
    "speakers": "speaker",
    "policy_questions": "question",
    "sdgs": "SDG",
    "links": "link",
    "topics": "topic",
}

_GENDERS = {
    "f": "female",
    "w": "female",
    "woman": "female",
    "m": "male",
    "man": "male",
}

_PARTICIPATION = {
    "onsite": Participation.ONSITE,
    "inperson": Participation.ONSITE,
    "online": Participation.ONLINE,
    "remote": Participation.ONLINE,
    "virtual": Participation.ONLINE,
}

_UNCONFIRMED_LIMIT = " The call does not confirm this limit; check the form."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _or_list(items: list[str]) -> str:
    """'60 or 90', '30, 60 or 90'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _fold(text: str) -> str:
    """Case and spacing folded away, for tolerant comparison of choices."""
    return " ".join(text.casefold().split())


def _email_key(email: str) -> str:
    return email.strip().casefold()


def _gender(text: str) -> str:
    folded = _fold(text)
    return _GENDERS.get(folded, folded)


def _participation(text: str) -> Participation | None:
    return _PARTICIPATION.get(re.sub(r"[^a-z]", "", text.casefold()))


def _role(field: str, item: int | None) -> str:
    """'speaker 2', 'organiser 1', 'onsite moderator'."""
    if item is None:
        return field.replace("_", " ")
    return f"{_NOUNS.get(field, field)} {item + 1}"


def _who(person: Person) -> str:
    return person.name.strip() or "this person"


def _rule(call: Call, rule: str) -> tuple[Level, str]:
    """The level of a rule's finding and the note to add when the call does not state it."""
    if rule in call.rules.confirmed:
        return Level.ERROR, ""
    return Level.WARNING, f" ({_RULE_SOURCES.get(rule, 'earlier rule')}; check this year's call)"


def _people(proposal: Proposal) -> Iterator[tuple[str, int | None, Person]]:
    """Every person entry with its field and list index, in form order."""
    for field in PERSON_LIST_FIELDS:
        for index, person in enumerate(getattr(proposal, field)):
            yield field, index, person
    for field in PERSON_ROLE_FIELDS:
        person = getattr(proposal, field)
        if person is not None:
            yield field, None, person


def _named_speakers(proposal: Proposal) -> list[tuple[int, Person]]:
    """Speakers with a name, each person once (a repeated name counts once)."""
    seen: set[str] = set()
    named: list[tuple[int, Person]] = []
    for index, person in enumerate(proposal.speakers):
        key = name_key(person.name)
        if key and key not in seen:
            seen.add(key)
            named.append((index, person))
    return named


def _item_filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Person):
        return bool(value.name.strip())
    return value is not None


def is_filled(proposal: Proposal, field: str) -> bool:
    """True when `field` counts as filled: text not blank, a list with at least one real
    entry, a person with a name, a duration set."""
    value = getattr(proposal, field, None)
    if isinstance(value, list):
        return any(_item_filled(v) for v in value)
    return _item_filled(value)


def _is_entered(proposal: Proposal, field: str) -> bool:
    """True when anything at all has been typed into `field`."""
    value = getattr(proposal, field, None)
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, Person):
        return not value.is_empty()
    return _item_filled(value)


def limit_status(text: str, section: Section) -> tuple[int, int | None, str]:
    """(count of `text` in the section's unit, the limit or None, the unit).

    The unit is 'words' or 'characters'; a section without a limit counts words."""
    if section.limit_unit == "characters":
        return char_count(text), section.max_chars, "characters"
    return word_count(text), section.max_words, "words"


NEAR_LIMIT = 0.9
"""From this share of a length limit on, a counter warns."""


@dataclass(frozen=True)
class Count:
    """What a live counter beside a section shows: how many, against what, and how that
    stands by the same rules as the checklist (an unconfirmed limit only warns)."""

    count: int
    unit: str
    """'words', 'characters', or what one entry of a list is called ('speaker')."""
    limit: int | None = None
    """A text's length limit."""
    low: int | None = None
    high: int | None = None
    """A list's item range."""
    level: Level | None = None

    @property
    def mark(self) -> str:
        """'✗ ', '! ' or nothing: the level is never in colour alone."""
        return f"{_MARKS[self.level]} " if self.level is not None else ""


def text_count(text: str, section: Section | None) -> Count:
    """The counter of a text section: words or characters against the call's limit."""
    if section is None:
        return Count(word_count(text), "words")
    count, limit, unit = limit_status(text, section)
    level = None
    if limit is not None and count > limit:
        level = Level.ERROR if section.confirmed else Level.WARNING
    elif limit is not None and count >= limit * NEAR_LIMIT:
        level = Level.WARNING
    return Count(count, unit, limit=limit, level=level)


def items_count(call: Call, field: str, have: int, noun: str) -> Count:
    """The counter of a list section holding `have` real entries: the call's item range
    and the level the checklist gives a count outside it."""
    section = call.section(field)
    if section is None:
        return Count(have, noun)
    low, high = section.min_items, section.max_items
    level = None
    if have == 0:
        level = Level.ERROR if section.required else None  # the 'Required' finding
    elif high is not None and have > high:
        level = _limit_finding(section, "").level
    elif low is not None and have < low:
        if field == "speakers" and call.rules.min_speakers >= low:
            level = _rule(call, "min_speakers")[0]
        else:
            level = _limit_finding(section, "").level
    return Count(have, noun, low=low, high=high, level=level)


# --- the rules --------------------------------------------------------------------------------


def _required(proposal: Proposal, call: Call) -> Iterator[Finding]:
    for section in call.sections:
        field = section.field
        if not section.required or is_filled(proposal, field):
            continue
        if field in PERSON_ROLE_FIELDS and _is_entered(proposal, field):
            continue  # a person without a name: the person check says so
        value = getattr(proposal, field)
        if field in ("theme", "format"):
            message = "Required: choose one."
        elif field == "duration":
            message = "Required: choose a duration."
        elif field in PERSON_ROLE_FIELDS:
            message = f"Required: add the {_role(field, None)}."
        elif isinstance(value, list):
            need = _count(section.min_items or 1, _NOUNS.get(field, "entry"))
            message = f"Required: add at least {need}."
        else:
            message = "Required: write this section."
        yield Finding(field, Level.ERROR, message)


def _limits(proposal: Proposal, call: Call) -> Iterator[Finding]:
    for section in call.sections:
        value = getattr(proposal, section.field)
        if isinstance(value, str) and section.limit is not None:
            count, limit, unit = limit_status(value, section)
            if limit is not None and count > limit:
                yield _limit_finding(
                    section,
                    f"Too long: {count} {unit}, the limit is {limit}. "
                    f"Cut {_count(count - limit, unit[:-1])}.",
                )
        elif isinstance(value, list) and is_filled(proposal, section.field):
            yield from _item_limits(proposal, call, section, value)


def _item_limits(
    proposal: Proposal, call: Call, section: Section, value: list
) -> Iterator[Finding]:
    noun = _NOUNS.get(section.field, "entry")
    have = sum(1 for v in value if _item_filled(v))
    minimum = section.min_items
    if section.field == "speakers" and call.rules.min_speakers >= (minimum or 0):
        minimum = None  # the speaker rule checks this, at the level the call gives it
    if minimum is not None and have < minimum:
        yield _limit_finding(section, f"Add at least {_count(minimum, noun)} (you have {have}).")
    if section.max_items is not None and have > section.max_items:
        yield _limit_finding(
            section,
            f"Too many: {_count(have, noun)}, the limit is {section.max_items}. "
            f"Remove {have - section.max_items}.",
        )


def _limit_finding(section: Section, message: str) -> Finding:
    if section.confirmed:
        return Finding(section.field, Level.ERROR, message)
    return Finding(section.field, Level.WARNING, message + _UNCONFIRMED_LIMIT)


def _blank_entries(proposal: Proposal, call: Call) -> Iterator[Finding]:
    for section in call.sections:
        value = getattr(proposal, section.field)
        if not isinstance(value, list):
            continue
        noun = _NOUNS.get(section.field, "entry")
        for index, item in enumerate(value):
            if isinstance(item, str) and not item.strip():
                yield Finding(
                    section.field,
                    Level.ERROR,
                    f"This {noun} is empty. Write it or remove it.",
                    index,
                )


def _choice(value: str, choices: tuple[str, ...], normalize: Callable[[str], str]) -> bool:
    wanted = _fold(normalize(value))
    return any(_fold(normalize(choice)) == wanted for choice in choices)


def _person_details(proposal: Proposal, call: Call) -> Iterator[Finding]:
    level, note = _rule(call, "group_and_region")
    for field, item, person in _people(proposal):
        if not person.name.strip():
            yield Finding(field, Level.ERROR, "Add a name, or remove this entry.", item)
        if person.is_empty():
            continue
        who = _who(person)
        group, region = person.stakeholder_group.strip(), person.region.strip()
        if call.rules.group_and_region and not (group and region):
            missing = " and ".join(
                name
                for name, given in (("a stakeholder group", group), ("a regional group", region))
                if not given
            )
            yield Finding(field, level, f"Add {missing} for {who}.{note}", item)
        if group and not _choice(group, call.stakeholder_groups, normalize_stakeholder_group):
            yield Finding(
                field,
                Level.ERROR,
                f'"{group}" ({who}) is not a stakeholder group of this call. '
                f"Choose one of: {', '.join(call.stakeholder_groups)}.",
                item,
            )
        if region and not _choice(region, call.regions, normalize_region):
            yield Finding(
                field,
                Level.ERROR,
                f'"{region}" ({who}) is not a regional group of this call. '
                f"Choose one of: {', '.join(call.regions)}.",
                item,
            )


def _duplicates(proposal: Proposal, call: Call) -> Iterator[Finding]:
    """The same name twice in one list; one email under two names."""
    for field in PERSON_LIST_FIELDS:
        first: dict[str, int] = {}
        for index, person in enumerate(getattr(proposal, field)):
            key = name_key(person.name)
            if not key:
                continue
            if key in first:
                yield Finding(
                    field,
                    Level.ERROR,
                    f"{_who(person)} is listed twice (also {_role(field, first[key])}). "
                    "Remove one.",
                    index,
                )
            else:
                first[key] = index
    by_email: dict[str, tuple[str, int | None, Person]] = {}
    for field, item, person in _people(proposal):
        email = _email_key(person.email)
        if not email:
            continue
        if email not in by_email:
            by_email[email] = (field, item, person)
            continue
        other_field, other_item, other = by_email[email]
        if name_key(other.name) != name_key(person.name):
            yield Finding(
                field,
                Level.WARNING,
                f"{_who(person)} has the same email as {_who(other)} "
                f"({_role(other_field, other_item)}). Check the email.",
                item,
            )


def _roles(proposal: Proposal, call: Call) -> Iterator[Finding]:
    """The same person in roles that clash: both moderators, a moderator who speaks,
    a rapporteur who moderates."""
    role_people = {f: getattr(proposal, f) for f in PERSON_ROLE_FIELDS}
    key = {f: name_key(p.name) if p else "" for f, p in role_people.items()}
    if key["onsite_moderator"] and key["onsite_moderator"] == key["online_moderator"]:
        yield Finding(
            "online_moderator",
            Level.ERROR,
            f"{_who(role_people['online_moderator'])} is also the onsite moderator. "
            "One person cannot do both; choose another online moderator.",
        )
    speakers: dict[str, int] = {}
    for index, person in enumerate(proposal.speakers):
        speakers.setdefault(name_key(person.name), index)
    for field in ("onsite_moderator", "online_moderator"):
        if key[field] and key[field] in speakers:
            yield Finding(
                field,
                Level.WARNING,
                f"{_who(role_people[field])}, the {_role(field, None)}, is also "
                f"{_role('speakers', speakers[key[field]])}. "
                "A moderator should not also speak; choose another moderator if you can.",
            )
    for field in ("onsite_moderator", "online_moderator"):
        if key["rapporteur"] and key["rapporteur"] == key[field]:
            yield Finding(
                "rapporteur",
                Level.WARNING,
                f"{_who(role_people['rapporteur'])} is also the {_role(field, None)}. "
                "The rapporteur takes notes while the moderator leads; choose another person.",
            )


def _split_people(proposal: Proposal, call: Call) -> Iterator[Finding]:
    """One name held by two records whose details disagree: copies kept apart (a schema-1
    draft, an import, two entries typed apart), for the person to make one or tell apart.
    Records that agree are one person and say nothing."""
    first: dict[str, tuple[str, int | None, Person]] = {}
    seen: set[int] = set()
    for field, item, person in _people(proposal):
        key = name_key(person.name)
        if not key or id(person) in seen:
            continue
        seen.add(id(person))
        if key not in first:
            first[key] = (field, item, person)
            continue
        other_field, other_item, other = first[key]
        details = [
            f'{_DETAIL_NOUNS.get(d, d.replace("_", " "))}: "{getattr(other, d, "")}" / '
            f'"{getattr(person, d, "")}"'
            for d in differences(other, person)
        ]
        if not details:
            continue  # copies that agree: nothing for the person to decide
        yield Finding(
            field,
            Level.WARNING,
            f"{_who(person)} is entered twice with different details ({'; '.join(details)}): "
            f"here and as {_role(other_field, other_item)}. If this is one person, make the "
            "details agree so the draft keeps one record; if two, tell them apart by name.",
            item,
        )


_DETAIL_NOUNS = {"organization": "organisation", "participation": "onsite/online"}


def _speaker_rules(proposal: Proposal, call: Call) -> Iterator[Finding]:
    rules = call.rules
    named = _named_speakers(proposal)
    if not named:
        return  # the required-section finding covers an empty list
    if rules.min_speakers > 0 and len(named) < rules.min_speakers:
        level, note = _rule(call, "min_speakers")
        yield Finding(
            "speakers",
            level,
            f"Add at least {_count(rules.min_speakers, 'speaker')} (you have {len(named)}).{note}",
        )
    if rules.speakers_confirmed:
        level, note = _rule(call, "speakers_confirmed")
        for index, person in named:
            if not person.confirmed:
                yield Finding(
                    "speakers",
                    level,
                    f"{_who(person)} is not marked as confirmed. "
                    f"Ask them, then mark them confirmed.{note}",
                    index,
                )
    if rules.speaker_gender_mix and len(named) >= 2:
        yield from _gender_mix(call, named)
    if rules.min_onsite_speakers > 0:
        yield from _onsite_speakers(call, named)


def _gender_mix(call: Call, named: list[tuple[int, Person]]) -> Iterator[Finding]:
    level, note = _rule(call, "speaker_gender_mix")
    genders = [_gender(p.gender) for _, p in named if p.gender.strip()]
    missing = len(named) - len(genders)
    if len(genders) < 2:
        yield Finding(
            "speakers",
            Level.WARNING,
            f"Give each speaker's gender ({missing} not given), "
            f"so the gender mix can be checked.{note}",
        )
    elif len(set(genders)) == 1:
        if missing:
            yield Finding(
                "speakers",
                Level.WARNING,
                f"All speakers with a gender given are {genders[0]} ({missing} not given). "
                f"Give the missing genders, or add a speaker of another gender.{note}",
            )
        else:
            yield Finding(
                "speakers",
                level,
                f"All speakers are {genders[0]}. Add a speaker of another gender.{note}",
            )


def _onsite_speakers(call: Call, named: list[tuple[int, Person]]) -> Iterator[Finding]:
    need = call.rules.min_onsite_speakers
    places = [_participation(p.participation) for _, p in named]
    onsite = places.count(Participation.ONSITE)
    unknown = places.count(None)
    if onsite >= need:
        return
    level, note = _rule(call, "min_onsite_speakers")
    message = f"At least {_count(need, 'speaker')} must take part onsite (you have {onsite})."
    if unknown:
        message += f" Mark each speaker as onsite or online ({unknown} not marked)."
        if onsite + unknown >= need:
            level = Level.WARNING
    yield Finding("speakers", level, message + note)


def _moderator_rules(proposal: Proposal, call: Call) -> Iterator[Finding]:
    for field in ("onsite_moderator", "online_moderator"):
        section = call.section(field)
        if (
            getattr(call.rules, field)
            and not is_filled(proposal, field)
            and not (section is not None and section.required)
        ):
            level, note = _rule(call, field)
            yield Finding(field, level, f"Add an {_role(field, None)}.{note}")
    moderator = proposal.onsite_moderator
    if not (call.rules.onsite_moderator and moderator is not None and moderator.name.strip()):
        return
    yield from _onsite_moderator_online(proposal, call)
    if _participation(moderator.participation) is None:
        also = [role for role in proposal.roles_of(moderator) if role != "onsite moderator"]
        who = _who(moderator) + (f" (also {', '.join(also)})" if also else "")
        given = moderator.participation.strip()
        reason = f'"{given}" is not onsite or online' if given else "not given"
        yield Finding("onsite_moderator", Level.WARNING, f"Mark {who} as onsite ({reason}).")


def _onsite_moderator_online(proposal: Proposal, call: Call) -> Iterator[Finding]:
    """The onsite moderator marked online, where the call wants them onsite."""
    moderator = proposal.onsite_moderator
    if not (call.rules.onsite_moderator and moderator is not None and moderator.name.strip()):
        return
    if _participation(moderator.participation) is Participation.ONLINE:
        also = [role for role in proposal.roles_of(moderator) if role != "onsite moderator"]
        who = _who(moderator) + (f" (also {', '.join(also)})" if also else "")
        level, note = _rule(call, "onsite_moderator")
        yield Finding(
            "onsite_moderator",
            level,
            f"{who} is marked online. The onsite moderator must be onsite.{note}",
        )


def role_clashes(proposal: Proposal, call: Call) -> list[Finding]:
    """The findings where a person's roles clash with each other or with the call's rules:
    both moderators, a moderator who speaks, a rapporteur who moderates, the onsite
    moderator taking part online.  Each names a single-person role (`field`)."""
    return [*_roles(proposal, call), *_onsite_moderator_online(proposal, call)]


def _format_and_duration(proposal: Proposal, call: Call) -> Iterator[Finding]:
    names = call.format_names()
    chosen = normalize_format(proposal.format)
    match = None
    if chosen:
        match = next(
            (n for n in names if _fold(normalize_format(n)) == _fold(chosen)),
            None,
        )
        if match is None:
            yield Finding(
                "format",
                Level.ERROR,
                f'"{proposal.format.strip()}" is not a format of this call. '
                f"Choose one of: {', '.join(names)}.",
            )
    duration = proposal.duration
    if duration is None:
        return
    allowed = call.durations_for(match) if match else ()
    if not allowed:
        allowed = tuple(sorted({d for f in call.formats for d in f.durations}))
    if allowed and duration not in allowed:
        minutes = _or_list([str(d) for d in allowed])
        target = f" for {match}" if match else ""
        yield Finding(
            "duration",
            Level.ERROR,
            f"Choose {minutes} minutes{target} (you have {duration}).",
        )


def _theme(proposal: Proposal, call: Call) -> Iterator[Finding]:
    theme = proposal.theme.strip()
    if theme and _fold(theme) not in {_fold(t) for t in call.themes}:
        yield Finding(
            "theme",
            Level.ERROR,
            f'"{theme}" is not a theme of this call. Choose one of: {"; ".join(call.themes)}.',
        )


def _sdgs(proposal: Proposal, call: Call) -> Iterator[Finding]:
    offered = set(call.sdgs)
    seen: set[int] = set()
    for index, goal in enumerate(proposal.sdgs):
        if not 1 <= goal <= 17:
            message = f"SDG {goal} does not exist: goals are numbered 1 to 17."
            yield Finding("sdgs", Level.ERROR, message, index)
        elif goal not in offered:
            yield Finding("sdgs", Level.ERROR, f"SDG {goal} is not offered by this call.", index)
        elif goal in seen:
            yield Finding("sdgs", Level.WARNING, f"SDG {goal} is listed twice. Remove one.", index)
        seen.add(goal)


def not_asked(proposal: Proposal, call: Call) -> list[str]:
    """The sections holding text that `call`'s form asks no box for: export leaves them out."""
    return [f for f in SECTION_FIELDS if call.section(f) is None and _is_entered(proposal, f)]


def _not_asked(proposal: Proposal, call: Call) -> Iterator[Finding]:
    for field in not_asked(proposal, call):
        yield Finding(
            field,
            Level.INFO,
            "This call's form asks no such box: the text stays in the draft, "
            "but export leaves it out.",
        )


_RULES = (
    _required,
    _not_asked,
    _limits,
    _blank_entries,
    _theme,
    _person_details,
    _duplicates,
    _roles,
    _split_people,
    _speaker_rules,
    _moderator_rules,
    _format_and_duration,
    _sdgs,
)


def _order(call: Call) -> Callable[[Finding], tuple[int, bool, int]]:
    """Sort key: the call's section order (fields it does not ask come last), then item."""
    position = {s.field: i for i, s in enumerate(call.sections)}
    after = len(position)

    def key(finding: Finding) -> tuple[int, bool, int]:
        where = position.get(finding.field)
        if where is None:
            where = after + (
                PROPOSAL_FIELDS.index(finding.field) if finding.field in PROPOSAL_FIELDS else 0
            )
        return where, finding.item is not None, finding.item or 0

    return key


def check(proposal: Proposal, call: Call) -> list[Finding]:
    """Every finding for `proposal` under `call`, in the call's section order, then item."""
    findings = [f for rule in _RULES for f in rule(proposal, call)]
    findings.sort(key=_order(call))
    return findings


def section_state(
    proposal: Proposal, call: Call, field: str, findings: list[Finding]
) -> SectionState:
    """Where section `field` stands: nothing entered; something entered but not yet filled
    (a person without a name, only blank entries); filled with an error among `findings`;
    or complete.  Warnings do not change the state; they are shown beside it."""
    if not _is_entered(proposal, field):
        return SectionState.EMPTY
    if not is_filled(proposal, field):
        return SectionState.IN_PROGRESS
    if any(f.field == field and f.level is Level.ERROR for f in findings):
        return SectionState.PROBLEMS
    return SectionState.COMPLETE


def readiness(proposal: Proposal, call: Call, findings: list[Finding] | None = None) -> Readiness:
    """Required sections filled out of all required sections, with error and warning counts.

    Pass the `findings` of `check` when you already have them, to avoid checking twice."""
    if findings is None:
        findings = check(proposal, call)
    required = [s.field for s in call.sections if s.required]
    return Readiness(
        sections_total=len(required),
        sections_complete=sum(1 for field in required if is_filled(proposal, field)),
        errors=sum(1 for f in findings if f.level is Level.ERROR),
        warnings=sum(1 for f in findings if f.level is Level.WARNING),
    )


def _person_groups(proposals: Mapping[str, Proposal]) -> dict[str, str]:
    """Map each name and email key ('n:…', 'e:…') to one key per person: entries that share a
    folded name or an email are the same person, transitively."""
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for proposal in proposals.values():
        for _, _, person in _people(proposal):
            nodes = _person_nodes(person)
            for node in nodes[1:]:
                parent[find(node)] = find(nodes[0])
            for node in nodes:
                find(node)
    return {node: find(node) for node in parent}


def _person_nodes(person: Person) -> list[str]:
    name, email = name_key(person.name), _email_key(person.email)
    return ([f"n:{name}"] if name else []) + ([f"e:{email}"] if email else [])


def check_across(proposals: Mapping[str, Proposal], call: Call) -> dict[str, list[Finding]]:
    """Library-wide findings, by draft key: a person in more drafts than the call's
    `max_sessions_per_person` gets a warning on each of those drafts, naming the others.

    Entries are the same person when their normalised names match, or their emails do
    (when both have one).  Every key of `proposals` is in the result, most with no findings."""
    result: dict[str, list[Finding]] = {key: [] for key in proposals}
    limit = call.rules.max_sessions_per_person
    if limit <= 0:
        return result
    group_of = _person_groups(proposals)
    drafts_of: dict[str, set[str]] = defaultdict(set)
    for key, proposal in proposals.items():
        for _, _, person in _people(proposal):
            if nodes := _person_nodes(person):
                drafts_of[group_of[nodes[0]]].add(key)
    _, note = _rule(call, "max_sessions_per_person")
    for key, proposal in proposals.items():
        told: set[str] = set()
        for field, item, person in _people(proposal):
            nodes = _person_nodes(person)
            group = group_of[nodes[0]] if nodes else ""
            drafts = drafts_of.get(group, set())
            if len(drafts) <= limit or group in told:
                continue
            told.add(group)
            others = ", ".join(k for k in proposals if k in drafts and k != key)
            result[key].append(
                Finding(
                    field,
                    Level.WARNING,
                    f"{_who(person)} is in {len(drafts)} drafts; the limit is "
                    f"{_count(limit, 'session')} per person. Also in: {others}.{note}",
                    item,
                )
            )
        result[key].sort(key=_order(call))
    return result
