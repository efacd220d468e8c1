"""How the importer's time grows on the inputs that once made it slow, up to 5 MB.

Run: .venv/bin/python benchmarks/bench_import.py [--runs N]

Each input of tests/test_importer.py's BIG_INPUTS (a messy published copy repeated, a
hundred thousand people, runs of blank lines, spaces, tabs …) is built at 5 MB and at a
quarter of that; `import_text` is timed on both, best of N (time.process_time, the
garbage collector paused).  Target: the 5 MB input takes at most 5x the time of the
1.25 MB one (linear work gives 4x; work that grows with the square of the input, 16x).
The seconds are printed too (on 2026-12-02 the slowest 5 MB input took about 2.3 s).
Exits 1 when an input misses the target.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from proposal_tui.importer import import_text
from test_importer import BIG_INPUTS

FULL = 5_000_000
TARGET_GROWTH = 5.0


def best_seconds(runs: int, job: Callable[[], object]) -> float:
    """The least CPU time of `runs` runs of `job`, the garbage collector paused."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            job()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def main(argv: list[str] | None = None) -> int:
    """Time every big input at 5 MB and 1.25 MB; exit 1 when one grows too fast."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timings per input (best kept)")
    args = parser.parse_args(argv)
    missed = 0
    print(f"{'input':30} {'1.25 MB':>9} {'5 MB':>9} {'growth':>7}  target <= {TARGET_GROWTH}x")
    for name, (make, _) in BIG_INPUTS.items():
        quarter, full = make(FULL // 4), make(FULL)
        small = best_seconds(args.runs, lambda text=quarter: import_text(text))
        large = best_seconds(args.runs, lambda text=full: import_text(text))
        growth = large / max(small, 1e-6)
        verdict = "ok" if growth <= TARGET_GROWTH else "MISSED"
        missed += verdict != "ok"
        print(f"{name:30} {small:8.3f}s {large:8.3f}s {growth:6.2f}x  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
