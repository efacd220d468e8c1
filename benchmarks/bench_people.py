"""The People screen at 5,000 drafts: opening it and filtering it, as in "a library of
thousands" (ratios measured in one run).

Run: .venv/bin/python benchmarks/bench_people.py [--runs N] [--drafts N] [--json FILE]

It makes its own data in a temp folder with `library_data.make_library`: 5,000 drafts
whose people are drawn from 6,000 distinct people (some in many drafts, so some are over
the session limit), and 10 drafts drawn the same way.  In process, in the real app
(headless, 120x40), with the library's index warm (a second start):
  open    ctrl+y in the library to the People screen drawn with everyone listed, for 5,000
          drafts against 10 (target at most 1.5x): the first time (the directory built
          from the index) and again (the drafts unchanged: the workspace keeps it);
  filter  key to screen updated while typing names in the People screen's filter over
          5,000 drafts (targets: median at most 16 ms, p95 at most 33 ms).
It prints the table (as bench_library does), writes it as JSON (--json, default
bench_people.json) and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_library import Row, report
from library_data import make_library
from proposal_tui.index import Index, scan
from proposal_tui.paths import CACHE_DIR_ENV

FILTER_KEYS = "ana<<<jose<<<<nunez okafor<<<<<<<<<<<<zoe mu<<<<<<kofi"
"""Typed into the People screen's filter ('<' is backspace)."""
POOL = 6000
"""Distinct people the drafts' people are drawn from."""


async def _measure(folder: Path, opens: int, keys: str) -> tuple[list[float], list[float]]:
    """Milliseconds of each opening of the People screen, and of each key in its filter."""
    from textual import events
    from textual._compositor import CompositorUpdate
    from textual.widgets import Input

    from proposal_tui.tui.app import ProposalApp
    from proposal_tui.tui.screens.people import PeopleScreen

    class Timed(ProposalApp):
        updated = asyncio.Event()
        last = 0.0
        drawn: tuple[str, object] = ("", None)
        """The People filter's text and the people listed, as the last frame drew them."""

        def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(self.console)  # what a terminal would be sent
                self.last = time.perf_counter()
                if isinstance(screen, PeopleScreen):
                    field = screen.query_one("#people-filter", Input)
                    self.drawn = (field.value, screen.shown)
                self.updated.set()
            super()._display(screen, renderable)

    app = Timed(folder)
    opened: list[float] = []
    typed: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.monotonic() + 600
        while not getattr(app.screen, "loaded", False):
            assert time.monotonic() < deadline, "the library did not load"
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        for run in range(opens):
            app.updated.clear()
            start = time.perf_counter()
            app.post_message(events.Key("ctrl+y", None))
            while not (isinstance(app.screen, PeopleScreen) and app.screen.directory):
                await asyncio.wait_for(app.updated.wait(), timeout=120)
                app.updated.clear()
            await asyncio.wait_for(app.updated.wait(), timeout=30)  # drawn with everyone
            opened.append((app.last - start) * 1000)
            if run < opens - 1:
                await pilot.press("escape")
                await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        field = screen.query_one("#people-filter", Input)
        await pilot.pause()
        for key in keys:
            before = (field.value, screen.shown)
            app.updated.clear()
            start = time.perf_counter()
            character = None if key == "<" else key
            name = {"<": "backspace", " ": "space"}.get(key, key)
            app.post_message(events.Key(name, character))
            while True:  # until a frame draws the letter and the list it leaves
                await asyncio.wait_for(app.updated.wait(), timeout=30)
                app.updated.clear()
                if app.drawn[0] != before[0] and app.drawn[1] is not before[1]:
                    break
            typed.append((app.last - start) * 1000)
            await pilot.pause()
    return opened, typed


def people_times(big: Path, ten: Path, runs: int) -> list[Row]:
    """Open against the 10-draft library, and the filter's keys over the big one (each
    library opened `runs` times, at least twice: the first open and one again)."""
    opens = max(runs, 2)
    ten_open, _ = asyncio.run(_measure(ten, opens, ""))
    big_open, typed = asyncio.run(_measure(big, opens, FILTER_KEYS))
    count = len(scan(big))
    median = statistics.median(typed)
    p95 = statistics.quantiles(typed, n=20)[-1]
    return [
        Row(
            f"People screen first open (directory built), {count} / 10",
            big_open[0],
            ten_open[0],
            1.5,
        ),
        Row(
            f"People screen opened again (unchanged drafts), {count} / 10",
            statistics.median(big_open[1:]),
            statistics.median(ten_open[1:]),
            1.5,
        ),
        Row(f"People filter over {count} drafts: key median", median, 0, 16, kind="value"),
        Row(f"People filter over {count} drafts: key p95", p95, 0, 33, kind="value"),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run every row; return 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="openings of each library (at least 2)")
    parser.add_argument("--drafts", type=int, default=5000, help="drafts in the big library")
    parser.add_argument("--json", type=Path, default=Path("bench_people.json"))
    args = parser.parse_args(argv)
    started = time.time()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ[CACHE_DIR_ENV] = str(tmp / "cache")
        os.environ["PROPOSAL_TUI_CONFIG_DIR"] = str(tmp / "config")
        big, ten = tmp / "big", tmp / "ten"
        make_library(big, args.drafts, people=POOL)
        make_library(ten, 10, seed=10, people=POOL)
        for library in (big, ten):  # a second start: the index is warm
            with Index(library) as index:
                index.all_rows()
        rows = people_times(big, ten, args.runs)
    return report(rows, args.runs, args.drafts, args.json, started)


if __name__ == "__main__":
    sys.exit(main())
