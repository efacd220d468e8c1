"""A library of thousands: every target of the issue, as ratios measured in one run.

Run: .venv/bin/python benchmarks/bench_library.py [--runs N] [--json FILE] [--only PART]

It makes its own data in a temp folder (5,000 generated drafts of several shapes and
sizes, see library_data.py, plus libraries of 10 and of 3), then measures, alternating
the kinds run by run so a busy machine slows them alike, and taking medians:
  rows       shell to the library's rows on screen (a fresh process; see bench_startup)
             for 3, 10 and 5,000 drafts (second start: the index is warm), and for
             5,000 never seen before (the index removed before each run);
  minimal    a minimal Textual app (Header, Input, Footer) drawn;
  list       `proposal-tui list` of 10 and of 5,000 drafts (second run);
  check      `proposal-tui check` and `export` of one draft, against a plain script
             that reads it with tomllib and validates it with a small pydantic model;
  memory     peak memory (max RSS) of the app showing 5,000 drafts, against minimal;
  search     `Index.search` over all text of 5,000 drafts, each prefix of a few
             queries as typed, key to first results (in process).
It prints the table with the ratios and the machine, writes it as JSON (--json,
default bench_library.json in the current folder) and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from bench_startup import LIBRARY, MINIMAL
from library_data import make_library
from proposal_tui.index import Index, index_path, scan
from proposal_tui.paths import CACHE_DIR_ENV, bundled_dir
from proposal_tui.store import copy_samples

FILTER_KEYS = "rural<<<<<josé<<<<governance"
"""Typed into the library's filter for the filter row ('<' is backspace)."""
SEARCHES = ("governance audit", "josé núñez", "spectrum fees", "karisma", "rural schools")
"""Typed one key at a time for the search row."""
PARTS = ("start", "commands", "search", "filter")
"""The groups of rows `--only` can choose: start-up and memory, the commands, search,
the filter."""

PLAIN_SCRIPT = """
import sys, tomllib
from pydantic import BaseModel, ConfigDict

class Person(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str = ""
    organization: str = ""

class Draft(BaseModel):
    model_config = ConfigDict(extra="allow")
    title: str = ""
    description: str = ""
    speakers: list[Person] = []

with open(sys.argv[1], "rb") as handle:
    draft = Draft.model_validate(tomllib.load(handle))
print(draft.title, len(draft.speakers))
"""


@dataclass
class Row:
    """One line of the table: what was measured, against what, and the target."""

    what: str
    value: float
    baseline: float
    target: float
    unit: str = "ms"
    kind: str = "ratio"
    """'ratio' (value / baseline ≤ target), 'delta' (value - baseline ≤ target) or
    'value' (value ≤ target; no baseline)."""

    @property
    def measure(self) -> float:
        """The ratio, the difference or the value the target is about."""
        if self.kind == "ratio":
            return self.value / self.baseline
        return self.value - self.baseline if self.kind == "delta" else self.value

    @property
    def met(self) -> bool:
        """True when the target is met."""
        return self.measure <= self.target


@dataclass
class Sample:
    """One fresh process: seconds to its report (or its exit) and its peak memory."""

    seconds: float
    max_rss_mib: float


class Runner:
    """Fresh processes in one environment, kinds alternating run by run."""

    def __init__(self, tmp: Path) -> None:
        self.env = dict(os.environ)
        self.cache = tmp / "cache"
        self.env.update(
            PROPOSAL_TUI_CONFIG_DIR=str(tmp / "config"),
            PROPOSAL_TUI_CACHE_DIR=str(self.cache),
            TEXTUAL_ANIMATIONS="none",
            PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        )
        self.env.pop("TEXTUAL", None)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env.pop("PROPOSAL_TUI_DATA_DIR", None)

    def app(self, folder: Path | None) -> Callable[[], Sample]:
        """The minimal app (folder None) or the library of `folder` until its rows show."""
        if folder is None:
            return lambda: self._popen([sys.executable, "-c", MINIMAL], reports=True)
        return lambda: self._popen(
            [sys.executable, "-c", LIBRARY, str(folder), "rows"], reports=True
        )

    def cli(self, *args: str) -> Callable[[], Sample]:
        """`proposal-tui ARGS` as a shell runs it."""
        script = Path(sys.executable).with_name("proposal-tui")
        head = [str(script)] if script.exists() else [sys.executable, "-m", "proposal_tui"]
        return lambda: self._popen([*head, *args], reports=False)

    def plain(self, path: Path) -> Callable[[], Sample]:
        """The plain tomllib + pydantic script on `path`."""
        return lambda: self._popen([sys.executable, "-c", PLAIN_SCRIPT, str(path)], False)

    def _popen(self, argv: list[str], reports: bool) -> Sample:
        start = time.time()
        child = subprocess.Popen(
            argv,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out = child.stdout.read() if child.stdout else b""
        err = child.stderr.read() if child.stderr else b""
        _, status, usage = os.wait4(child.pid, 0)
        end = time.time()
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            raise RuntimeError(f"{argv[-3:]} exited {child.returncode}: {err.decode()[-2000:]}")
        seconds = float(out.split()[-1]) - start if reports else end - start
        return Sample(seconds, usage.ru_maxrss / 1024)

    def forget_index(self, folder: Path) -> None:
        """Remove the index of `folder`, as on a machine that never saw these drafts."""
        location = index_path(folder)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{location}{suffix}").unlink(missing_ok=True)

    def warm(self, folder: Path) -> None:
        """Bring the index of `folder` up to date (as a first start would, in the end)."""
        self.cli("--data-dir", str(folder), "list")()


def medians(kinds: dict[str, Callable[[], Sample]], runs: int, before=None) -> dict[str, Sample]:
    """Each kind run `runs` times, alternating (after one warm-up each); the medians."""
    samples: dict[str, list[Sample]] = {kind: [] for kind in kinds}
    for kind, job in kinds.items():
        if before:
            before(kind)
        job()
    for _ in range(runs):
        for kind, job in kinds.items():
            if before:
                before(kind)
            samples[kind].append(job())
    return {
        kind: Sample(
            statistics.median(s.seconds for s in found),
            statistics.median(s.max_rss_mib for s in found),
        )
        for kind, found in samples.items()
    }


def machine() -> str:
    """The machine in one line: processor, cores, Python and OS."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _amount(value: float, unit: str) -> str:
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def cells(row: Row) -> tuple[str, str, str, str]:
    """A row's value, baseline, measure and target as the table shows them."""
    value = _amount(row.value, row.unit)
    if row.kind == "ratio":
        baseline, measure, target = _amount(row.baseline, row.unit), f"{row.measure:.2f}x", "x"
    elif row.kind == "delta":
        baseline, measure = _amount(row.baseline, row.unit), f"{row.measure:+.0f} {row.unit}"
        target = f" {row.unit}"
    else:
        baseline, measure, target = "—", value, f" {row.unit}"
    bound = f"≤ {'+' if row.kind == 'delta' else ''}{row.target:g}{target}"
    return value, baseline, measure, bound


def print_table(rows: list[Row], runs: int) -> None:
    """The table as Markdown (for the README), one target a line, with the verdict."""
    print(f"{machine()}; medians of {runs} runs\n")
    print("| what | value | baseline | measure | target | |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for row in rows:
        print(f"| {row.what} | {' | '.join(cells(row))} | {'ok' if row.met else 'MISSED'} |")


def report(rows: list[Row], runs: int, drafts: int, path: Path, started: float) -> int:
    """Print the table and the time taken, write it as JSON to `path`; the exit code: 1
    when a target is missed."""
    print_table(rows, runs)
    print(f"took {time.time() - started:.0f} s")
    table = {
        "machine": machine(),
        "runs": runs,
        "drafts": drafts,
        "rows": [asdict(row) | {"measure": row.measure, "met": row.met} for row in rows],
    }
    path.write_text(json.dumps(table, indent=2) + "\n")
    return 0 if all(row.met for row in rows) else 1


def library_times(runner: Runner, big: Path, ten: Path, three: Path, runs: int) -> list[Row]:
    """Shell to the library's rows on screen, and peak memory, against the minimal app."""
    apps = medians(
        {
            "minimal": runner.app(None),
            "three": runner.app(three),
            "ten": runner.app(ten),
            "big": runner.app(big),
        },
        runs,
    )
    ms = {kind: sample.seconds * 1000 for kind, sample in apps.items()}
    count = len(scan(big))
    first = medians(
        {"ten": runner.app(ten), "first": runner.app(big)},
        runs,
        before=lambda kind: runner.forget_index(big) if kind == "first" else None,
    )
    first_ms = {kind: sample.seconds * 1000 for kind, sample in first.items()}
    runner.warm(big)  # leave the index whole for what follows
    return [
        Row("library rows on screen, 3 drafts / minimal app", ms["three"], ms["minimal"], 1.3),
        Row("library rows on screen, 10 drafts / minimal app", ms["ten"], ms["minimal"], 1.3),
        Row(f"library rows on screen, {count} (second start) / 10", ms["big"], ms["ten"], 1.5),
        Row(
            f"first rows, {count} never seen / 10 (second start)",
            first_ms["first"],
            first_ms["ten"],
            1.5,
        ),
        Row(
            f"peak memory, app on {count} - minimal app",
            apps["big"].max_rss_mib,
            apps["minimal"].max_rss_mib,
            100,
            unit="MiB",
            kind="delta",
        ),
    ]


def command_times(runner: Runner, big: Path, ten: Path, runs: int) -> list[Row]:
    """`list` of many against few; `check` and `export` against a plain script."""
    one = ten / "draft-00003.toml"
    runner.warm(big)
    runner.warm(ten)
    lists = medians(
        {
            "ten": runner.cli("--data-dir", str(ten), "list"),
            "big": runner.cli("--data-dir", str(big), "list"),
            "plain": runner.plain(one),
            "check": runner.cli("check", str(one)),
            "export": runner.cli("export", str(one)),
        },
        runs,
    )
    ms = {kind: sample.seconds * 1000 for kind, sample in lists.items()}
    count = len(scan(big))
    return [
        Row(f"`list`, {count} drafts (second run) / `list` of 10", ms["big"], ms["ten"], 2.0),
        Row("`check` of one draft / tomllib + pydantic script", ms["check"], ms["plain"], 1.3),
        Row("`export` of one draft / tomllib + pydantic script", ms["export"], ms["plain"], 1.3),
    ]


def search_times(big: Path) -> list[Row]:
    """Each prefix of a few queries, as typed, to the first results, in process."""
    timings = []
    with Index(big) as index:
        for _ in index.rows():
            pass
        for query in SEARCHES:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                index.search(query[:end], limit=50)
                timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    return [
        Row(f"search all text, key to first results, median (p95 {p95:.1f})", median, 1, 50,
            unit="ms", kind="value"),
    ]  # fmt: skip


def filter_times(big: Path, keys: str = FILTER_KEYS) -> list[Row]:
    """Key to screen updated while typing in the library's filter over `big` (in process)."""
    timings = asyncio.run(_type_in_filter(big, keys))
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    count = len(scan(big))
    return [
        Row(f"filter as you type over {count}: median", median, 0, 16, kind="value"),
        Row(f"filter as you type over {count}: p95", p95, 0, 33, kind="value"),
    ]


async def _type_in_filter(folder: Path, keys: str) -> list[float]:
    from textual import events
    from textual._compositor import CompositorUpdate
    from textual.widgets import Input

    from proposal_tui.tui.app import ProposalApp

    class Timed(ProposalApp):
        updated = asyncio.Event()
        last = 0.0
        drawn: object = None
        """The table's rows as the last frame drew them."""

        def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(self.console)  # what a terminal would be sent
                self.last = time.perf_counter()
                tables = screen.query("#drafts")
                self.drawn = tables.first().rows if tables else None
                self.updated.set()
            super()._display(screen, renderable)

    app = Timed(folder)
    count = len(scan(folder))
    timings: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.monotonic() + 600
        while True:  # every draft listed, read whole
            table = app.screen.query("#drafts")
            rows = table.first().rows if table else ()
            if len(rows) == count and not any(getattr(row, "pending", False) for row in rows):
                break
            assert time.monotonic() < deadline, "the library did not show every draft"
            await pilot.pause()
        table = app.screen.query_one("#drafts")
        field = app.screen.query(Input).first()
        field.focus()
        await pilot.pause()
        for key in keys:
            before = table.rows
            app.updated.clear()
            start = time.perf_counter()
            character = None if key == "<" else key
            app.post_message(events.Key("backspace" if key == "<" else key, character))
            while True:  # until a frame draws the rows of the new filter (not only the letter)
                await asyncio.wait_for(app.updated.wait(), timeout=30)
                app.updated.clear()
                if app.drawn is not before:
                    break
            timings.append((app.last - start) * 1000)
            await pilot.pause()
    return timings


def main(argv: list[str] | None = None) -> int:
    """Run every row; return 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="samples of each kind")
    parser.add_argument("--drafts", type=int, default=5000, help="drafts in the big library")
    parser.add_argument("--json", type=Path, default=Path("bench_library.json"))
    parser.add_argument(
        "--only",
        action="append",
        choices=PARTS,
        help="measure only these rows of the table (repeat for more; default all)",
    )
    args = parser.parse_args(argv)
    parts = args.only or list(PARTS)
    started = time.time()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        big, ten, three = tmp / "big", tmp / "ten", tmp / "three"
        make_library(big, args.drafts)
        make_library(ten, 10, seed=10)
        copy_samples(bundled_dir("sample_proposals"), three)
        runner = Runner(tmp)
        os.environ[CACHE_DIR_ENV] = str(runner.cache)  # this process shares the children's
        rows: list[Row] = []
        if "start" in parts:
            rows += library_times(runner, big, ten, three, args.runs)
        if "commands" in parts:
            rows += command_times(runner, big, ten, args.runs)
        if "search" in parts:
            rows += search_times(big)
        if "filter" in parts:
            rows += filter_times(big)

    return report(rows, args.runs, args.drafts, args.json, started)


if __name__ == "__main__":
    sys.exit(main())
