"""How long the rules take on a long description, against loading the same draft.

Run: .venv/bin/python benchmarks/bench_checks.py [--runs N]

A draft whose description is 3,000 words is saved to a temp folder; best of N
(time.process_time) of:
  load    store.load_draft of the file;
  check   checks.check of the loaded proposal under its call (the target: at most the
          time of the load: the rules run after each pause in typing);
  growth  check of 12,000 words against 3,000 (the target: at most 5x; linear is 4x).
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from proposal_tui.call import load_call
from proposal_tui.checks import check
from proposal_tui.model import Proposal
from proposal_tui.store import load_draft, save_draft

TARGET_VS_LOAD = 1.0
TARGET_GROWTH = 5.0
WORDS = ("governance", "network", "of", "the", "community", "rights", "open", "data")


def description(words: int) -> str:
    """`words` words of a small vocabulary, with a full stop every 20."""
    return " ".join(WORDS[n % len(WORDS)] + ("." if n % 20 == 19 else "") for n in range(words))


def best_ms(runs: int, job: Callable[[], object]) -> float:
    """The least CPU time of `runs` runs of `job`, in milliseconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        job()
        best = min(best, time.process_time() - start)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    """Time load and check of a 3,000-word draft and check at 12,000; exit 1 on a miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timings per measure (best kept)")
    args = parser.parse_args(argv)
    call = load_call("igf-2025")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.toml"
        save_draft(path, Proposal(call=call.name, title="Long", description=description(3000)))
        load = best_ms(args.runs, lambda: load_draft(path))
        proposal = load_draft(path)
    checked = best_ms(args.runs, lambda: check(proposal, call))
    longer = proposal.model_copy(update={"description": description(12_000)})
    growth = best_ms(args.runs, lambda: check(longer, call)) / max(checked, 1e-6)
    vs_load = checked / load
    ok_load, ok_growth = vs_load <= TARGET_VS_LOAD, growth <= TARGET_GROWTH
    print(f"load the 3,000-word draft   {load:7.2f} ms")
    print(
        f"check it                    {checked:7.2f} ms  = {vs_load:.2f}x the load; "
        f"target <= {TARGET_VS_LOAD}x: {'ok' if ok_load else 'MISSED'}"
    )
    print(
        f"check 12,000 words          {growth:7.2f}x the 3,000; "
        f"target <= {TARGET_GROWTH}x: {'ok' if ok_growth else 'MISSED'}"
    )
    return 0 if ok_load and ok_growth else 1


if __name__ == "__main__":
    sys.exit(main())
