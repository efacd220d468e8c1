"""Generated libraries for the benchmarks: many drafts of several shapes and sizes.

`make_library(folder, count)` writes `count` draft files (schema 1 TOML, as saved by
the app) into `folder`, the same ones for the same arguments:
  empty   a title only (1 in 10);
  small   title, theme, two people, a short description (4 in 10);
  full    every section, four to eight people, 300 to 800 words (4 in 10);
  large   a 3,000-word description and twelve people (1 in 20);
  broken  not valid TOML (1 in 200): listed with its error.
Names and titles carry accents, and the files' last-change times spread over a year.
With `people=N` the drafts' people are drawn from N people, each with the same details in
every draft they are in and some in many drafts (for the People screen); without it each
entry is a new random person (few names, many repeats).
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import tomli_w


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WORDS = _words(
    "community networks keep rural villages connected when grants end and local technicians "
    "maintain radios masts backhaul links for schools clinics cooperatives while regulators "
    "decide spectrum fees licences universal service funds that could pay upstream bandwidth "
    "governance accountability algorithmic procurement audit public trust privacy encryption "
    "children safety platforms moderation misinformation elections cybersecurity capacity "
    "multistakeholder cooperation sovereignty interoperability standards openness resilience "
    "données société numérique inclusión conectividad participação desenvolvimento"
)
FIRST = _words("Ana José María Chloé Daniel Marco Aïcha Søren Nguyễn Zoë Łukasz Amara Kofi Priya")
LAST = _words("Okafor Bianchi Lara Müller Núñez Dubois Mensah Sørensen Tanaka Kowalski Ferreira")
ORGS = (
    "Centre for Public Algorithms",
    "EuroGov Analytics",
    "Fundación Karisma",
    "Réseau Numérique",
    "Internet Society Chapter",
    "Ministry of Communications",
)
GROUPS = ("Civil Society", "Government", "Private Sector", "Technical Community")
REGIONS = ("African Group", "Asia-Pacific Group", "WEOG", "GRULAC", "Eastern European Group")
THEMES = ("Artificial Intelligence", "Human Rights", "Universal Access", "Cybersecurity")
SHAPES = ("empty",) * 2 + ("small",) * 8 + ("full",) * 8 + ("large",) * 1 + ("full",) * 1
YEAR = 365 * 24 * 3600
NEWEST = 1_750_000_000


def _prose(rng: random.Random, words: int) -> str:
    sentences = []
    while words > 0:
        n = min(words, rng.randint(8, 20))
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        words -= n
    return " ".join(sentences)


def _person(rng: random.Random) -> dict[str, object]:
    return {
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "organization": rng.choice(ORGS),
        "email": "",
        "stakeholder_group": rng.choice(GROUPS),
        "region": rng.choice(REGIONS),
        "gender": rng.choice(("female", "male", "")),
        "participation": rng.choice(("onsite", "online")),
        "confirmed": rng.random() < 0.7,
    }


SYLLABLES = _words("ka ro mé ti lu sa no dé vi ha ze pó ri an go el ñu ba ky mar")


def _family(number: int) -> str:
    """A family name of three syllables made from `number` (8,000 of them, accents too)."""
    a, b, c = number % 20, (number // 20) % 20, (number // 400) % 20
    return (SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]).capitalize()


def people_pool(rng: random.Random, size: int) -> list[dict[str, object]]:
    """`size` distinct people (a given name and a family name made of syllables, accents
    included), each with an organisation, groups, gender and an email."""
    pool = []
    for number in range(size):
        person = _person(rng)
        person["name"] = f"{rng.choice(FIRST)} {_family(number * 7919 % 8000)}"
        person["email"] = f"person{number}@example.org"
        pool.append(person)
    return pool


def _drawn(rng: random.Random, pool: list[dict[str, object]] | None) -> dict[str, object]:
    """A person for one role: from `pool` (a few people far more often than most), with
    this session's onsite/online and confirmation; or a new random one."""
    if pool is None:
        return _person(rng)
    index = min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1) if rng.random() < 0.1 else None
    chosen = pool[index if index is not None else rng.randrange(len(pool))]
    return chosen | {"participation": rng.choice(("onsite", "online")), "confirmed": True}


def draft(
    rng: random.Random, index: int, shape: str, pool: list[dict[str, object]] | None = None
) -> dict[str, object]:
    """The data of one generated draft of `shape` (its people from `pool`, if given)."""
    title = f"{_prose(rng, rng.randint(4, 12)).rstrip('.')} #{index}"
    data: dict[str, object] = {"schema": 1, "call": "igf-2025", "title": title}
    if shape == "empty":
        return data
    people = {"small": 2, "full": rng.randint(4, 8), "large": 12}[shape]
    words = {"small": 60, "full": rng.randint(300, 800), "large": 3000}[shape]
    data.update(
        theme=rng.choice(THEMES),
        format="Round Table",
        duration=60,
        description=_prose(rng, words),
        organizers=[_drawn(rng, pool) for _ in range(max(1, people // 3))],
        speakers=[_drawn(rng, pool) for _ in range(people - max(1, people // 3))],
    )
    if shape != "small":
        data.update(
            policy_questions=[_prose(rng, 15) for _ in range(3)],
            participants_gain=_prose(rng, 80),
            expected_outcomes=_prose(rng, 80),
            hybrid_format=_prose(rng, 60),
            sdgs=sorted(rng.sample(range(1, 18), 3)),
            onsite_moderator=_drawn(rng, pool),
            online_moderator=_drawn(rng, pool),
            rapporteur=_drawn(rng, pool),
        )
    return data


def make_library(folder: Path, count: int, seed: int = 13, people: int | None = None) -> list[Path]:
    """Write `count` generated drafts into `folder` (private); return their paths.  With
    `people`, their people are drawn from that many distinct people."""
    rng = random.Random(seed)
    pool = people_pool(random.Random(seed + 1), people) if people else None
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"draft-{index:05d}.toml"
        if index % 200 == 199:
            content = f'title = "broken #{index}\nspeakers = [\n'
        else:
            data = draft(rng, index, rng.choice(SHAPES), pool)
            content = tomli_w.dumps(data, multiline_strings=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        stamp = NEWEST - rng.randrange(YEAR)
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths
