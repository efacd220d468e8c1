"""Generated libraries for the benchmarks: many drafts of several shapes and sizes.

`make_library(folder, count)` writes `count` draft files (schema 1 TOML, as saved by
the app) into `folder`, the same ones for the same arguments:
  empty   a title only (1 in 10);
  small   title, theme, two people, a short description (4 in 10);
  full    every section, four to eight people, 300 to 800 words (4 in 10);
  large   a 3,000-word description and twelve people (1 in 20);
  broken  not valid TOML (1 in 200): listed with its error.
Names and titles carry accents, and the files' last-change times spread over a year.
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


def draft(rng: random.Random, index: int, shape: str) -> dict[str, object]:
    """The data of one generated draft of `shape`."""
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
        organizers=[_person(rng) for _ in range(max(1, people // 3))],
        speakers=[_person(rng) for _ in range(people - max(1, people // 3))],
    )
    if shape != "small":
        data.update(
            policy_questions=[_prose(rng, 15) for _ in range(3)],
            participants_gain=_prose(rng, 80),
            expected_outcomes=_prose(rng, 80),
            hybrid_format=_prose(rng, 60),
            sdgs=sorted(rng.sample(range(1, 18), 3)),
            onsite_moderator=_person(rng),
            online_moderator=_person(rng),
            rapporteur=_person(rng),
        )
    return data


def make_library(folder: Path, count: int, seed: int = 13) -> list[Path]:
    """Write `count` generated drafts into `folder` (private); return their paths."""
    rng = random.Random(seed)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"draft-{index:05d}.toml"
        if index % 200 == 199:
            content = f'title = "broken #{index}\nspeakers = [\n'
        else:
            content = tomli_w.dumps(draft(rng, index, rng.choice(SHAPES)), multiline_strings=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        stamp = NEWEST - rng.randrange(YEAR)
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths
