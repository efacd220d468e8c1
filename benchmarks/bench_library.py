"""A library of thousands: every target of the issue, as ratios measured in one run.

Run: .venv/bin/python benchmarks/bench_library.py [--runs N] [--json FILE]

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
import json
import os
import platform
import shutil
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
from proposal_tui.paths import bundled_dir
from proposal_tui.store import copy_samples

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
    unit: str
    target: float
    kind: str = "ratio"
    """'ratio' (value / baseline ≤ target) or 'delta' (value - baseline ≤ target)."""

    @property
    def measure(self) -> float:
        """The ratio or the difference the target is about."""
        return self.value / self.baseline if self.kind == "ratio" else self.value - self.baseline

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

    def forget_index(self) -> None:
        """Remove every index, as on a machine that never saw these drafts."""
        shutil.rmtree(self.cache, ignore_errors=True)


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


def print_table(rows: list[Row], runs: int) -> None:
    """The table, one target a line, with the ratio and the verdict."""
    print(f"machine: {machine()}; medians of {runs} runs")
    print(f"{'what':58} {'value':>9} {'baseline':>9} {'measure':>9} {'target':>8}")
    for row in rows:
        sign = "x" if row.kind == "ratio" else f" {row.unit}"
        print(
            f"{row.what:58} {row.value:8.1f}{row.unit[:2]:2}"
            f" {row.baseline:7.1f}{row.unit[:2]:2} {row.measure:8.2f}{sign[:1]}"
            f" {'≤':>2}{row.target:5.2f}{sign[:1]} {'ok' if row.met else 'MISSED'}"
        )


def main(argv: list[str] | None = None) -> int:
    """Run every row; return 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="samples of each kind")
    parser.add_argument("--drafts", type=int, default=5000, help="drafts in the big library")
    parser.add_argument("--json", type=Path, default=Path("bench_library.json"))
    args = parser.parse_args(argv)
    started = time.time()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        big, ten, three = tmp / "big", tmp / "ten", tmp / "three"
        make_library(big, args.drafts)
        make_library(ten, 10, seed=10)
        copy_samples(bundled_dir("sample_proposals"), three)
        one = ten / "draft-00003.toml"
        runner = Runner(tmp)

        rows: list[Row] = []
        apps = medians(
            {
                "minimal": runner.app(None),
                "three": runner.app(three),
                "ten": runner.app(ten),
                "big": runner.app(big),
            },
            args.runs,
        )
        ms = {kind: sample.seconds * 1000 for kind, sample in apps.items()}
        rows.append(
            Row(
                "library rows on screen, 3 drafts / minimal app",
                ms["three"],
                ms["minimal"],
                "ms",
                1.3,
            )
        )
        rows.append(
            Row(
                "library rows on screen, 10 drafts / minimal app",
                ms["ten"],
                ms["minimal"],
                "ms",
                1.3,
            )
        )
        rows.append(
            Row(
                f"library rows on screen, {args.drafts} (second start) / 10",
                ms["big"],
                ms["ten"],
                "ms",
                1.5,
            )
        )
        rows.append(
            Row(
                f"peak memory, app on {args.drafts} - minimal app",
                apps["big"].max_rss_mib,
                apps["minimal"].max_rss_mib,
                "MiB",
                100,
                kind="delta",
            )
        )

        lists = medians(
            {
                "ten": runner.cli("--data-dir", str(ten), "list"),
                "big": runner.cli("--data-dir", str(big), "list"),
                "plain": runner.plain(one),
                "check": runner.cli("check", str(one)),
                "export": runner.cli("export", str(one)),
            },
            args.runs,
        )
        ms = {kind: sample.seconds * 1000 for kind, sample in lists.items()}
        rows.append(
            Row(
                f"`list`, {args.drafts} drafts (second run) / `list` of 10",
                ms["big"],
                ms["ten"],
                "ms",
                2.0,
            )
        )
        rows.append(
            Row(
                "`check` of one draft / plain tomllib + pydantic script",
                ms["check"],
                ms["plain"],
                "ms",
                1.3,
            )
        )
        rows.append(
            Row(
                "`export` of one draft / plain tomllib + pydantic script",
                ms["export"],
                ms["plain"],
                "ms",
                1.3,
            )
        )

    print_table(rows, args.runs)
    print(f"took {time.time() - started:.0f} s")
    report = {
        "machine": machine(),
        "runs": args.runs,
        "drafts": args.drafts,
        "rows": [asdict(row) | {"measure": row.measure, "met": row.met} for row in rows],
    }
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
