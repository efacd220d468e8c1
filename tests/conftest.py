"""Shared fixtures: every test runs on its own data and config dirs, never the real ones."""

from __future__ import annotations

import gc
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_proposals"
FIXED_MTIME = 1_750_000_000  # 2025-06-15: sample copies get one fixed "last change" for snapshots
FORM_SECTIONS = [
    "title",
    "theme",
    "organizers",
    "speakers",
    "onsite_moderator",
    "online_moderator",
    "rapporteur",
    "format",
    "duration",
    "format_description",
    "policy_questions",
    "participants_gain",
    "description",
    "expected_outcomes",
    "hybrid_format",
    "sdgs",
    "links",
]
"""The form's sections in its order, as ../shared/igf-form.md lists them."""

settings.register_profile("default", max_examples=40, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
"""Property tests try 40 examples each; HYPOTHESIS_PROFILE=thorough tries 1,000 (see README)."""


Input = TypeVar("Input")
LINEAR = 8.0
"""The most `growth` may be when the input grows 4x: linear work gives about 4, work that
grows with the square of the input 16; 8 leaves room for a noisy machine."""


def growth(work: Callable[[Input], object], small: Input, large: Input, runs: int = 3) -> float:
    """How many times the CPU time of `work(small)` `work(large)` takes: best of `runs`
    each, taken in turns, the garbage collector paused.  CPU time of this process, not
    the clock: a busy machine slows both alike, and another process's work is not counted."""
    best = {id(small): float("inf"), id(large): float("inf")}
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            for data in (small, large):
                start = time.process_time()
                work(data)
                best[id(data)] = min(best[id(data)], time.process_time() - start)
    finally:
        gc.enable()
    return best[id(large)] / max(best[id(small)], 1e-6)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data, config and cache dirs at fresh temp folders; animations and blink off."""
    data = tmp_path_factory.mktemp("data")
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("PROPOSAL_TUI_DATA_DIR", str(data))
    monkeypatch.setenv("PROPOSAL_TUI_CONFIG_DIR", str(config))
    monkeypatch.setenv("PROPOSAL_TUI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    return data, config


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test copies to the machine's real clipboard: none is found unless a test says
    so (tests of `find_clipboard` itself imported it before this patch)."""
    monkeypatch.setattr("proposal_tui.clipboard.find_clipboard", lambda *args, **kwargs: None)


@pytest.fixture
def data_dir(private_dirs) -> Path:
    """The test's empty data dir (drafts folder)."""
    return private_dirs[0]


@pytest.fixture
def config_dir(private_dirs) -> Path:
    """The test's empty config dir."""
    return private_dirs[1]


@pytest.fixture
def sample_library(data_dir: Path) -> Path:
    """The data dir holding copies of every sample draft (the originals stay untouched)."""
    for sample in sorted(SAMPLES.glob("*.toml")):
        target = data_dir / sample.name
        shutil.copyfile(sample, target)
        os.chmod(target, 0o600)
        os.utime(target, (FIXED_MTIME, FIXED_MTIME))
    return data_dir


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers a core.  Many tests spend much of their time waiting on the
    app (a terminal in tmux, a worker thread, a timer); a second worker on the core runs
    meanwhile."""
    return 2 * len(os.sched_getaffinity(0))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests in a real terminal first: they wait longest, so the other workers' tests
    fill their waits instead of leaving one test to finish alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is None)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In an xdist worker: collect the garbage once, then freeze what is left, before the
    worker reports that it is done.

    xdist interrupts (SIGINT) a worker still tearing down 5 s after it reported; pytest's
    own teardown then runs five full collections over the worker's heap (Textual's render
    caches: about 460,000 objects), which beside the other workers on a loaded machine takes
    longer, and the interrupt lands in hypothesis's gc callback ("KeyboardInterrupt
    ignored").  Collected here, before the report, this collection is not timed; it still
    turns up the last tests' unraisable exceptions, and the five collections after it have
    nothing left to walk."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        gc.collect()
        gc.freeze()
