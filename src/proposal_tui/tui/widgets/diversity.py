"""A live one-line summary of who is on a list: groups, regions, gender, and for speakers
(the only people the form asks it of) onsite/online and confirmed.

"3 speakers · groups: Civil Society 2, Government 1 · regions: 3 · gender: 2 women, 1 man ·
2 onsite, 1 online · 2 confirmed"
"""

from __future__ import annotations

from collections import Counter

from textual.widgets import Static

from proposal_tui.model import Person, normalize_region, normalize_stakeholder_group

_GENDER_WORDS = {
    "female": ("woman", "women"),
    "f": ("woman", "women"),
    "woman": ("woman", "women"),
    "women": ("woman", "women"),
    "male": ("man", "men"),
    "m": ("man", "men"),
    "man": ("man", "men"),
    "men": ("man", "men"),
}


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _genders(people: list[Person]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    for person in people:
        folded = " ".join(person.gender.casefold().split())
        if folded:
            counts[_GENDER_WORDS.get(folded, (folded, folded))] += 1
        else:
            counts[("not given", "not given")] += 1
    return ", ".join(_plural(n, one, many) for (one, many), n in counts.most_common())


def diversity_summary(people: list[Person], noun: str, *, speakers: bool) -> str:
    """Who is on the list, in one line; for `speakers`, how many are onsite and online,
    and how many confirmed."""
    people = [p for p in people if not p.is_empty()]
    parts = [_plural(len(people), noun)]
    if not people:
        return parts[0]
    groups = Counter(
        normalize_stakeholder_group(p.stakeholder_group) for p in people if p.stakeholder_group
    )
    listed = ", ".join(f"{group} {n}" for group, n in groups.most_common())
    parts.append(f"groups: {listed or 'none given'}")
    regions = {normalize_region(p.region) for p in people if p.region.strip()}
    parts.append(f"regions: {len(regions)}")
    parts.append(f"gender: {_genders(people)}")
    if not speakers:
        return " · ".join(parts)
    places = Counter(
        p.participation.strip().casefold() or "onsite/online not marked" for p in people
    )
    parts.append(", ".join(f"{n} {place}" for place, n in places.most_common()))
    parts.append(f"{sum(1 for p in people if p.confirmed)} confirmed")
    return " · ".join(parts)


class DiversitySummary(Static):
    """The summary line of a people list, redrawn when the list changes."""

    DEFAULT_CSS = """
    DiversitySummary { height: auto; color: $text-muted; }
    """

    def __init__(self, noun: str, *, speakers: bool) -> None:
        super().__init__(markup=False)
        self.noun = noun
        self.speakers = speakers

    def show(self, people: list[Person]) -> None:
        """Summarise `people`."""
        self.update(diversity_summary(people, self.noun, speakers=self.speakers))
