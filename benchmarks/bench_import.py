"""The importer on hostile texts, as a ratio to an ordinary text of the same size.

Run: .venv/bin/python benchmarks/bench_import.py

Each hostile text (about 1 to 5 MB: one huge line, thousands of people, wrapped person
lines, runs of blank lines, labels before long values…) is imported once; its time per
megabyte is divided by the time per megabyte of the messy fixture page repeated to 5 MB
(best of 3).  A reader that went quadratic on one of them would be hundreds of times
slower; the target is at most 15 times (the densest layouts, such as thousands of
blank-line runs, cost up to about 8 times: more steps per byte, still linear).  These
texts once took minutes each; they were a timed test (under 5 s) until that test failed
on a shared machine.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from proposal_tui.importer import import_text

TARGET_RATIO = 15.0
MESSY = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "published"
LONG = "x" * 400


def hostile_texts() -> list[str]:
    """The texts that once took minutes (quadratic), and the layouts added since."""
    return [
        "Speaker 1: x\n" + "".join(f"Name {i}, Civil Society\n" for i in range(200_000)),
        "Description\n" + "".join(f"Paragraph {i} of many.\n\n" for i in range(250_000)),
        "Speaker" + " " * 5_000_000 + "1: x",
        "IGF 2023 " + "\t" * 5_000_000,
        "SDGs\n" + "1." * 2_500_000,
        "\n" * 5_000_000 + "A title",
        "".join(f"Speaker {i % 9999 + 1}: 🔒, Org {i}\n" for i in range(100_000)),
        "".join(f"Organizer {i % 9999 + 1}: \n  Gender: f{i}\n" for i in range(100_000)),
        "Speaker 1: x\n" + "African Group\n" * 350_000,
        "Speaker 1: Ana\n" + "Bo Lee\n" * 300_000,
        ("Format description: " + LONG + "\n") * 10_000,
        "Expected Outcomes\nx\n" + "GOAL 5: Gender\n" * 300_000,
        "Format\nPanel\n\n1. Why?\n" * 100_000,
        "What will participants gain from attending this session?\nx\n" + "\n\n\nblock\n" * 300_000,
        ("Relevance to Theme: " + LONG + "\n") * 10_000,
        "IGF 2023 WS #1 T\n\n"
        + "".join(f"Word{i} here and there, more text. Ann Lee Cole\n\n" for i in range(100_000)),
        "Policy Question(s)\n\n" + "".join(f"Topic {i}: What about {i}?\n" for i in range(150_000)),
        "IGF 2020 Closing\n\n"
        + "".join(f"Closing remarks by Ann Lee{i}, Org\n\n" for i in range(60_000)),
        "Organizers\n"
        + "".join(f"Organizer {i}: Ann Lee{i}, Org\n" for i in range(60_000))
        + "\nSpeakers\n"
        + "".join(f"Organizer {i}: Ann Lee{i}, Org\n" for i in range(60_000)),
        "Policy Question(s)\n\n" + "".join(f"● Thing {i} to do. " for i in range(200_000)),
        "Policy Question(s)\n\n"
        + "".join(f"Why thing {i}?\n" for i in range(300_000))
        + "\nThe questions are these:\n\n1. What now?\n",
    ]


def per_mb(text: str, runs: int = 1) -> float:
    """Best seconds per megabyte of importing `text`."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        import_text(text)
        best = min(best, time.perf_counter() - start)
    return best / (len(text.encode("utf-8")) / 1_000_000)


def main() -> int:
    messy = (MESSY / "messy-shutdowns.txt").read_text(encoding="utf-8")
    ordinary = per_mb((messy * (5_000_000 // len(messy) + 1))[:5_000_000], runs=3)
    print(f"ordinary page, repeated to 5 MB: {ordinary * 1000:.0f} ms per MB")
    worst = 0.0
    for text in hostile_texts():
        ratio = per_mb(text) / ordinary
        worst = max(worst, ratio)
        print(f"{ratio:6.2f}x  {text[:40]!r}")
    print(f"worst {worst:.2f}x the ordinary page (target at most {TARGET_RATIO:.0f}x)")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
