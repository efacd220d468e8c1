"""Helpers shared by the TUI tests: running async bodies, waiting on the app, a bare host app."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import shutil
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path

import pytest
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.screen import ModalScreen, Screen
from textual.widgets import Input
from textual.worker import WorkerCancelled

from proposal_tui.tui.screens.library import LibraryScreen

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_proposals"
FIXED_MTIME = 1_750_000_000  # 2025-06-15 15:06 UTC
READY = "cybercrime-human-rights-roundtable.toml"
HALF = "community-networks-draft.toml"
BREAKER = "ai-governance-rule-breaker.toml"
BROKEN_TEXT = 'title = "A draft with a mistake"\nformat = \n'


def sync(test: Callable[..., Coroutine]) -> Callable[..., None]:
    """Run an async test body with asyncio (no async pytest plugin is installed)."""

    @functools.wraps(test)
    def run(*args, **kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def fill_with_samples(folder: Path) -> Path:
    """Copy every sample draft into `folder` with one fixed last-change time."""
    folder.mkdir(parents=True, exist_ok=True)
    for sample in sorted(SAMPLES.glob("*.toml")):
        target = folder / sample.name
        shutil.copyfile(sample, target)
        os.chmod(target, 0o600)
        os.utime(target, (FIXED_MTIME, FIXED_MTIME))
    return folder


def add_broken(folder: Path, name: str = "zz-broken.toml") -> Path:
    """Write a draft file that is not valid TOML (fixed mtime); return its path."""
    path = folder / name
    path.write_text(BROKEN_TEXT, encoding="utf-8")
    os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return path


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    """A drafts folder with a stable name ('drafts', shown in the header) holding the samples."""
    return fill_with_samples(tmp_path / "drafts")


@pytest.fixture
def empty_drafts(tmp_path: Path) -> Path:
    """An empty drafts folder named 'drafts'."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def stable_screens(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times in UTC and no blinking cursors, so screens are the same on every machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.setattr(Input, "cursor_blink", False)
    yield
    monkeypatch.undo()
    time.tzset()


class Host(App[None]):
    """A bare app that opens one screen; records notifications, the clipboard and the result."""

    def __init__(self, make_screen: Callable[[], Screen]) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.call_name: str | None = None
        self.copied: list[str] = []
        self.notes: list[str] = []
        self.results: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self.results.append)

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)

    def notify(self, message: str, **kwargs) -> None:  # type: ignore[override]
        self.notes.append(message)


async def until(pilot: Pilot, condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Let the app run until `condition()` holds, then once more so it settles (workers
    finish, screens appear); fail after `timeout` seconds (only a broken app takes that
    long, so a busy machine never fails a test here)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await pilot.pause(0.02)
    await pilot.pause()


async def workers_done(app: App) -> None:
    """Wait until the workers running now have ended.  A worker the app cancelled (the
    wizard's disk poll overtaken by the next, a closed screen's work) has ended too;
    Textual's `wait_for_complete` raises for it, which failed tests on a busy machine."""
    for worker in list(app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()


async def library_ready(pilot: Pilot) -> LibraryScreen:
    """Wait until the library has read its folder and shown it; return the screen."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
    await workers_done(app)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return screen


async def screen_named(pilot: Pilot, name: str) -> object:
    """Wait until the screen on top is of the class called `name` (or of a subclass: the
    app's own `Palette` is a `CommandPalette`); return it.

    A dialog is returned once its on_mount ran and it has put the focus where keys go
    (a dialog with nothing to focus, such as an empty trash, takes keys on the screen),
    so keys pressed next reach it.
    """
    await until(pilot, lambda: name in {cls.__name__ for cls in type(pilot.app.screen).__mro__})
    screen = pilot.app.screen
    if isinstance(screen, ModalScreen):
        await until(
            pilot,
            lambda: screen.is_mounted and (screen.focused is not None or not screen.focus_chain),
        )
    return screen


async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` key by key (spaces included), each key handled before the next."""
    await pilot.press(*("space" if char == " " else char for char in text))


async def palette_run(pilot: Pilot, search: str, command: str | None = None) -> None:
    """In the command palette (ctrl+p), type `search`; once the search has finished and
    its first hit is `command` (default: `search`), run it with enter."""
    await pilot.press("ctrl+p")
    palette = await screen_named(pilot, "CommandPalette")
    assert isinstance(palette, CommandPalette)
    await type_text(pilot, search)
    await palette_searched(pilot, palette, command or search)
    await pilot.press("enter")
    await until(pilot, lambda: pilot.app.screen is not palette)


async def palette_searched(pilot: Pilot, palette: CommandPalette, first: str) -> None:
    """Wait until the palette has finished searching and shows `first` highlighted."""
    hits = palette.query_one(CommandList)

    def found() -> bool:
        searching = any(w.node is palette and not w.is_finished for w in pilot.app.workers)
        if searching or hits.highlighted is None:
            return False
        return first in str(hits.get_option_at_index(hits.highlighted).prompt)

    await until(pilot, found)
