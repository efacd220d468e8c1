"""How long comparing two 3,000-word drafts takes, against loading them, and drawing it.

Run: .venv/bin/python benchmarks/bench_compare_screen.py [--runs N]

In one run, on two drafts written to a temp folder, it times (best of N):
  load      store.load_draft of both files;
  compare   compare.compare of the two proposals (the target: under 150 ms);
  screen    CompareScreen pushed on a headless app until every row is drawn.
It prints each, the comparison's ratio to the load time, and exits 1 when the
comparison takes longer than 150 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from proposal_tui.call import load_call
from proposal_tui.compare import compare
from proposal_tui.model import Person, Proposal, word_count
from proposal_tui.store import load_draft, save_draft

TARGET_MS = 150.0
WORDS = [
    "access",
    "rights",
    "governance",
    "internet",
    "community",
    "network",
    "policy",
    "data",
    "privacy",
    "security",
    "open",
    "standards",
    "regional",
    "civil",
    "society",
    "government",
    "private",
    "sector",
    "technical",
    "youth",
    "women",
    "rural",
    "connectivity",
    "spectrum",
    "local",
    "content",
    "language",
    "inclusion",
    "trust",
    "cooperation",
    "multistakeholder",
    "dialogue",
    "session",
    "speakers",
    "online",
    "onsite",
    "participants",
    "outcomes",
    "report",
    "safeguards",
    "oversight",
    "accountability",
    "transparency",
    "platform",
    "infrastructure",
    "resilience",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "on",
    "by",
    "from",
    "as",
    "that",
    "this",
    "which",
    "each",
    "every",
    "our",
    "their",
]
PROSE_FIELDS = {
    "description": 1300,
    "format_description": 400,
    "participants_gain": 400,
    "expected_outcomes": 400,
    "hybrid_format": 300,
}
"""With five 40-word policy questions: 3,000 words of text in each draft."""


def prose(rng: random.Random, words: int) -> str:
    """Sentences of plausible words, in paragraphs of about 120 words."""
    out: list[str] = []
    for index in range(words):
        word = rng.choice(WORDS)
        out.append(word.capitalize() if index % 15 == 0 else word)
        if index % 15 == 14:
            out[-1] += "."
        if index % 120 == 119:
            out[-1] += "\n\n"
    return " ".join(out).replace("\n\n ", "\n\n")


def edited(rng: random.Random, text: str, share: float = 0.05) -> str:
    """The text with about `share` of its words replaced, dropped or doubled."""
    words = text.split(" ")
    for index in range(len(words)):
        roll = rng.random()
        if roll < share / 3:
            words[index] = rng.choice(WORDS)
        elif roll < 2 * share / 3:
            words[index] = ""
        elif roll < share:
            words[index] += " " + rng.choice(WORDS)
    return " ".join(w for w in words if w)


def drafts(folder: Path) -> tuple[Path, Path]:
    """Two drafts of about 3,000 words each, the second an edited copy of the first."""
    rng = random.Random(2025)
    people = [
        Person(name=f"Speaker {n}", organization="Org", stakeholder_group="Civil Society")
        for n in range(6)
    ]
    base = Proposal(
        call="igf-2025",
        title="Community networks and the next billion",
        theme="Universal Access and Digital Rights",
        format="Round Table",
        duration=90,
        speakers=people,
        organizers=people[:2],
        policy_questions=[prose(rng, 40) for _ in range(5)],
        sdgs=[5, 9, 10],
        **{field: prose(rng, words) for field, words in PROSE_FIELDS.items()},
    )
    other = base.model_copy(deep=True)
    for field in PROSE_FIELDS:
        setattr(other, field, edited(rng, getattr(base, field)))
    other.speakers = [*people[1:], Person(name="Ana Souza", region="GRULAC")]
    a, b = folder / "a.toml", folder / "b.toml"
    save_draft(a, base)
    save_draft(b, other)
    return a, b


def best_ms(runs: int, job: Callable[[], object]) -> float:
    """The fastest of `runs` timings of `job`, in milliseconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - start)
    return best * 1000


async def screen_ms(a: Path, b: Path, runs: int) -> float:
    """Push CompareScreen on a headless app and wait until its rows are drawn."""
    from textual.app import App

    from proposal_tui.tui.screens.compare import CompareScreen
    from proposal_tui.tui.widgets.diff_view import SectionDiffView

    class Host(App[None]):
        call_name = None

    best = float("inf")
    for _ in range(runs):
        app = Host()
        async with app.run_test(size=(120, 40)) as pilot:
            start = time.perf_counter()
            screen = CompareScreen(a, b)
            await app.push_screen(screen)
            while screen.loaded is None or not screen.query(SectionDiffView):
                await pilot.pause(0.001)
            await pilot.pause()
            best = min(best, time.perf_counter() - start)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    """Time load, compare and the screen; exit 1 if compare misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timings per measure (best kept)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        a, b = drafts(Path(folder))
        pa, pb = load_draft(a), load_draft(b)
        call = load_call(pa.call)
        load = best_ms(args.runs, lambda: (load_draft(a), load_draft(b)))
        comparison_ms = best_ms(args.runs, lambda: compare(pa, pb, call))
        comparison = compare(pa, pb, call)
        words_a = sum(word_count(s.a_text) for s in comparison.sections)
        words_b = sum(word_count(s.b_text) for s in comparison.sections)
        screen = asyncio.run(screen_ms(a, b, max(1, args.runs // 2)))
    changed = len(comparison.changed)
    print(f"drafts: {words_a:,} and {words_b:,} words, {changed} sections differ")
    print(f"load both drafts      {load:8.1f} ms")
    print(
        f"compare               {comparison_ms:8.1f} ms  ({comparison_ms / load:.1f}x the load; "
        f"target under {TARGET_MS:.0f} ms: {'ok' if comparison_ms < TARGET_MS else 'MISSED'})"
    )
    print(f"compare screen drawn  {screen:8.1f} ms  (load + compare + mount, headless 120x40)")
    return 0 if comparison_ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
