"""Start-up time: the library drawn, against a minimal Textual app drawn, in one run.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs N]

Each sample is a fresh `python -c …` process, timed from just before the parent starts
it to the moment the child reports (wall clock, printed on stdout) its first complete
frame: every widget mounted and the footer's keys in place, composited (headless).  It
exits right after; its shut-down is not counted.  The kinds:
  minimal   a Textual app with Header, Input and Footer;
  library   ProposalApp on a temp data dir holding copies of the sample drafts: the
            library screen drawn (the target: at most 1.3x minimal);
  rows      the same, until the frame that shows the drafts' rows with their readiness
            (reading the drafts loads the core in a thread; shown for information).
The kinds alternate run by run, so a busy machine slows them alike.  The children get
a bytecode cache of their own in the temp folder (even where PYTHONDONTWRITEBYTECODE is
set), filled by a warm-up run of each kind, as an installed app has its .pyc files.  It
prints the medians and the ratio library/minimal, and exits 1 when the ratio is over 1.3.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from proposal_tui.paths import bundled_dir
from proposal_tui.store import copy_samples

TARGET_RATIO = 1.3

FIRST_FRAME = '''
import sys
import time

def timed(base, need_rows=False):
    """`base` changed to print the time of its first complete frame, then exit."""

    class Timed(base):
        reported = False

        def _display(self, screen, renderable):
            super()._display(screen, renderable)
            if self.reported or renderable is None or not complete(screen):
                return
            if need_rows and not screen.query_one("#drafts").row_count:
                return
            self.reported = True
            print(time.time(), flush=True)
            self.call_later(self.exit)

    return Timed

def complete(screen):
    """Every widget mounted and the footer's keys in place: the frame a person sees."""
    keys = screen.query("FooterKey")
    return bool(keys) and all(widget.is_mounted for widget in screen.walk_children())
'''

MINIMAL = (
    FIRST_FRAME
    + """
from textual.app import App
from textual.widgets import Footer, Header, Input

class Minimal(App):
    def compose(self):
        yield Header()
        yield Input()
        yield Footer()

timed(Minimal)().run(headless=True)
"""
)

LIBRARY = (
    FIRST_FRAME
    + """
from pathlib import Path
from proposal_tui.tui.app import ProposalApp

timed(ProposalApp, need_rows=sys.argv[2] == "rows")(Path(sys.argv[1])).run(headless=True)
"""
)


def time_once(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from starting `python -c code` to the time it prints; raises if it fails."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.split()[-1]) - start


def main() -> int:
    """Run the benchmark; return 1 if the library is over the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="samples of each kind")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "drafts"
        copied = copy_samples(bundled_dir("sample_proposals"), data)
        env = dict(os.environ)
        env.update(
            PROPOSAL_TUI_CONFIG_DIR=str(Path(tmp) / "config"),
            PROPOSAL_TUI_DATA_DIR=str(data),
            TEXTUAL_ANIMATIONS="none",
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
        )
        env.pop("TEXTUAL", None)  # no devtools
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # or every start compiles the app's modules
        kinds = {
            "minimal": (MINIMAL,),
            "library": (LIBRARY, str(data), "frame"),
            "rows": (LIBRARY, str(data), "rows"),
        }
        for code_and_args in kinds.values():  # warm the file cache and the bytecode
            time_once(*code_and_args, env=env)
        samples: dict[str, list[float]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind, code_and_args in kinds.items():
                samples[kind].append(time_once(*code_and_args, env=env))

    ms = {kind: statistics.median(times) * 1000 for kind, times in samples.items()}
    ratio = ms["library"] / ms["minimal"]
    print(f"{len(copied)} sample drafts; {args.runs} runs of each kind, alternating; medians:")
    print(f"  minimal Textual app (Header, Input, Footer) drawn  {ms['minimal']:6.0f} ms")
    print(f"  proposal-tui library screen drawn                  {ms['library']:6.0f} ms")
    print(f"  … with the drafts' rows and readiness shown        {ms['rows']:6.0f} ms")
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER"
    print(f"library / minimal = {ratio:.2f}x (target at most {TARGET_RATIO}x): {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
