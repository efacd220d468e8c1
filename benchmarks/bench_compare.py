"""How long `compare` takes on two 3,000-word drafts, against loading them, and drawing it.

Run: .venv/bin/python benchmarks/bench_compare.py [--runs N]

Two proposals of about 3,000 words (prose in five sections, policy questions, people)
are written to a temp folder with `store.save_draft`; the second is the first with
words replaced, dropped and inserted here and there (about 1 in 25), a speaker added
and one moved.  In one run, best of N (time.perf_counter) of:
  load      store.load_draft of both files;
  compare   compare.compare of the two proposals (the target: under 150 ms);
  render    diff_render.render_diff of the comparison at 140 columns (for `proposal-tui diff`);
  stress    compare of one 3,000-word section of 40 distinct words, edited the same way;
  screen    CompareScreen pushed on a headless app (120x40) until its rows are drawn:
            load + compare + mount, as `proposal-tui compare` does it (best of N // 3).
Exits 1 when compare or stress takes 150 ms or more.
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
from proposal_tui.diff_render import render_diff
from proposal_tui.model import Person, Proposal, word_count
from proposal_tui.store import load_draft, save_draft

TARGET_MS = 150.0
PROSE_WORDS = {
    "description": 1500,
    "format_description": 350,
    "participants_gain": 350,
    "expected_outcomes": 350,
    "hybrid_format": 300,
}
COMMON = (
    *("the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "with", "on"),
    *("be", "by", "are", "this", "an", "or", "at", "from", "which", "we", "our", "their"),
    *("will", "can", "how", "who", "what"),
)


def vocabulary(rng: random.Random, size: int = 1500) -> list[str]:
    """Made-up words of 3 to 10 letters, like an essay's content words."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(size)]


def prose(rng: random.Random, words: int, content: list[str]) -> str:
    """Sentences, half common words, half content words (skewed), ~100-word paragraphs."""
    out: list[str] = []
    for index in range(words):
        if rng.random() < 0.5:
            word = rng.choice(COMMON)
        else:
            word = content[min(int(rng.paretovariate(1.0)) - 1, len(content) - 1)]
        out.append(word.capitalize() if index % 14 == 0 else word)
        if index % 14 == 13:
            out[-1] += "."
        if index % 100 == 99:
            out[-1] += "\n\n"
    return " ".join(out).replace("\n\n ", "\n\n")


def edited(rng: random.Random, text: str, content: list[str], share: float = 0.04) -> str:
    """`text` with about `share` of its words replaced, dropped or followed by a new one."""
    out: list[str] = []
    for word in text.split(" "):
        roll = rng.random()
        if roll < share / 3:
            out.append(rng.choice(content))
        elif roll < 2 * share / 3:
            continue
        else:
            out.append(word)
            if roll < share:
                out.append(rng.choice(content))
    return " ".join(out)


def proposals(rng: random.Random) -> tuple[Proposal, Proposal]:
    """Two ~3,000-word proposals, the second an edited copy of the first."""
    content = vocabulary(rng)
    people = [
        Person(
            name=name,
            organization=f"Organisation {n}",
            email=f"person{n}@example.org",
            stakeholder_group="Civil Society",
            region="African Group",
        )
        for n, name in enumerate(["Ana Souza", "Bo Chen", "José Núñez", "محمد علي", "Li Wei"])
    ]
    base = Proposal(
        call="igf-2025",
        title="Community networks after the subsidy",
        theme="Universal Access and Digital Rights",
        format="Round Table",
        duration=90,
        organizers=people[:2],
        speakers=people,
        onsite_moderator=people[0],
        online_moderator=people[1],
        rapporteur=people[2],
        policy_questions=[prose(rng, 35, content) for _ in range(4)],
        sdgs=[5, 9, 10],
        **{field: prose(rng, words, content) for field, words in PROSE_WORDS.items()},
    )
    other = base.model_copy(deep=True)
    for field in PROSE_WORDS:
        setattr(other, field, edited(rng, getattr(base, field), content))
    other.policy_questions = [edited(rng, q, content) for q in base.policy_questions]
    other.speakers = [*people[1:4], Person(name="Marisol Huanca", region="GRULAC"), people[0]]
    return base, other


def words_in(proposal: Proposal) -> int:
    """Words of prose and policy questions."""
    prose_words = sum(word_count(getattr(proposal, field)) for field in PROSE_WORDS)
    return prose_words + sum(word_count(q) for q in proposal.policy_questions)


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

    def all_drawn(views: list[SectionDiffView]) -> bool:
        """Rows mounted and each changed text wrapped to its width (folds placed)."""
        return bool(views) and all(v.drawn is not None for v in views if not v.diff.people)

    best = float("inf")
    for _ in range(runs):
        app = Host()
        async with app.run_test(size=(120, 40)) as pilot:
            start = time.perf_counter()
            screen = CompareScreen(a, b)
            await app.push_screen(screen)
            while screen.loaded is None or not all_drawn(list(screen.query(SectionDiffView))):
                await pilot.pause(0.001)
            await pilot.pause()  # the widgets idle and a frame composited
            best = min(best, time.perf_counter() - start)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    """Time load, compare, render, the stress case and the screen; exit 1 on a miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timings per measure (best kept)")
    args = parser.parse_args(argv)
    rng = random.Random(2025)
    base, other = proposals(rng)
    with tempfile.TemporaryDirectory() as folder:
        path_a, path_b = Path(folder) / "a.toml", Path(folder) / "b.toml"
        save_draft(path_a, base)
        save_draft(path_b, other)
        load = best_ms(args.runs, lambda: (load_draft(path_a), load_draft(path_b)))
        a, b = load_draft(path_a), load_draft(path_b)
        screen = asyncio.run(screen_ms(path_a, path_b, max(1, args.runs // 3)))
    call = load_call(a.call)
    comparison = compare(a, b, call)
    compare_ms = best_ms(args.runs, lambda: compare(a, b, call))
    render_ms = best_ms(
        args.runs, lambda: render_diff(comparison, width=140, label_a="a", label_b="b")
    )
    few_words = [f"w{n}" for n in range(40)]
    one_section = prose(rng, 3000, few_words)
    stress_a = Proposal(description=one_section)
    stress_b = Proposal(description=edited(rng, one_section, few_words))
    stress_ms = best_ms(args.runs, lambda: compare(stress_a, stress_b, call))

    def verdict(ms: float) -> str:
        return "ok" if ms < TARGET_MS else "MISSED"

    print(
        f"drafts: {words_in(a):,} and {words_in(b):,} words; "
        f"{len(comparison.changed)} of {len(comparison.sections)} sections differ; "
        f"best of {args.runs}"
    )
    print(f"load both drafts (TOML)  {load:7.1f} ms")
    print(
        f"compare                  {compare_ms:7.1f} ms  = {compare_ms / load:.2f}x the load; "
        f"target < {TARGET_MS:.0f} ms: {verdict(compare_ms)}"
    )
    print(f"render_diff, 140 cols    {render_ms:7.1f} ms")
    print(
        f"stress: one 3,000-word section of 40 distinct words  {stress_ms:7.1f} ms  "
        f"target < {TARGET_MS:.0f} ms: {verdict(stress_ms)}"
    )
    print(f"compare screen drawn     {screen:7.1f} ms  (load + compare + mount, headless 120x40)")
    return 0 if max(compare_ms, stress_ms) < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
