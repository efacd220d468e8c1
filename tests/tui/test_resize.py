"""Resizing never freezes the app: after any sequence of sizes it redraws and answers keys.

The freeze this guards against: below 60x16 the app shows "Make the window larger"; on the
way back, a screen that was laid out at the small size kept bouncing between the old and
the new size (a resize/layout loop), so the message stayed and keys went unanswered.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import pkgutil
import signal
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from app_support import READY, drafts, library_ready, screen_named, stable_screens, sync, until
from textual import events
from textual.command import CommandPalette
from textual.geometry import Size
from textual.pilot import Pilot
from textual.screen import Screen

from proposal_tui.tui.app import MIN_HEIGHT, MIN_WIDTH, ProposalApp, TooSmallScreen
from proposal_tui.tui.screens.wizard import WizardScreen
from proposal_tui.tui.terminal_sized import Palette, TerminalSized

__all__ = ["drafts", "stable_screens"]  # fixtures used by name

SETTLE_SECONDS = 10.0
"""How long the app may take to settle after the last resize (it takes a few frames)."""

WATCHDOG_SECONDS = 30
"""A frozen app never yields to the event loop; past this, the test fails instead of hanging."""

SIZES = [(20, 5), (59, 24), (60, 15), (60, 16), (80, 24), (40, 60), (300, 100), (61, 17)]


class Frozen(Exception):
    """The app did not come back from a resize loop."""


@contextmanager
def watchdog(seconds: float = WATCHDOG_SECONDS) -> Iterator[None]:
    """Fail the test (rather than hang the suite) when the app stops yielding."""

    def bite(signum: int, frame: object) -> None:
        raise Frozen(f"the app was still busy after {seconds} s: a resize loop?")

    previous = signal.signal(signal.SIGALRM, bite)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)  # and again each second until it stops
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(test: Callable[..., Coroutine]) -> Callable[..., None]:
    """Run an async test body (as `sync` does) under the watchdog."""
    run = sync(test)

    @functools.wraps(run)
    def watched(*args, **kwargs) -> None:
        with watchdog():
            run(*args, **kwargs)

    return watched


def send_size(pilot: Pilot, width: int, height: int) -> None:
    """Tell the app the terminal is now `width`x`height`, without waiting for it."""
    app = pilot.app
    app._driver._size = Size(width, height)  # the headless driver's idea of the terminal
    app.post_message(events.Resize(Size(width, height), Size(width, height)))


async def settled(pilot: Pilot, expected: type[Screen]) -> None:
    """Wait (on state, with a deadline) until every screen of the stack is laid out at the
    terminal's size for a few frames in a row and the screen on top is `expected`.

    A resize loop shows as screens whose size keeps changing; this then fails instead
    of hanging."""
    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_SECONDS
    steady = 0
    while steady < 5:
        if loop.time() > deadline:
            sizes = {type(s).__name__: s.size for s in app.screen_stack}
            raise AssertionError(f"not settled at {app.size}: {sizes}, top {app.screen}")
        await asyncio.sleep(0.02)
        fits = all(screen.size == app.size for screen in app.screen_stack)
        steady = steady + 1 if fits and isinstance(app.screen, expected) else 0


async def answers_keys(pilot: Pilot, wizard: WizardScreen) -> None:
    """The wizard takes a key (next step) and the step changes."""
    before = wizard.step_index
    await asyncio.wait_for(pilot.press("ctrl+n"), SETTLE_SECONDS)
    await until(pilot, lambda: wizard.ready and wizard.step_index == before + 1, SETTLE_SECONDS)
    await asyncio.wait_for(pilot.press("ctrl+b"), SETTLE_SECONDS)
    await until(pilot, lambda: wizard.ready and wizard.step_index == before, SETTLE_SECONDS)


def top_for(width: int, height: int) -> type[Screen]:
    small = width < MIN_WIDTH or height < MIN_HEIGHT
    return TooSmallScreen if small else WizardScreen


async def open_wizard(pilot: Pilot) -> WizardScreen:
    screen = await screen_named(pilot, "WizardScreen")
    assert isinstance(screen, WizardScreen)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_SECONDS
    while not screen.ready:
        assert loop.time() < deadline, "the wizard never showed its draft"
        await pilot.pause(0.02)
    return screen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@guarded
async def test_wizard_survives_going_to_a_size_and_back(drafts: Path, size) -> None:
    app = ProposalApp(drafts, open_path=drafts / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await open_wizard(pilot)
        send_size(pilot, *size)
        await settled(pilot, top_for(*size))
        send_size(pilot, 80, 24)
        await settled(pilot, WizardScreen)
        assert app.screen is wizard
        await answers_keys(pilot, wizard)


@guarded
async def test_rapid_alternation_settles_on_the_last_size(drafts: Path) -> None:
    app = ProposalApp(drafts, open_path=drafts / READY)
    async with app.run_test(size=(120, 40)) as pilot:
        wizard = await open_wizard(pilot)
        for _ in range(6):
            for width, height in SIZES:
                send_size(pilot, width, height)
            await asyncio.sleep(0)  # let a frame or two through between bursts
        send_size(pilot, 20, 5)
        await settled(pilot, TooSmallScreen)
        for width, height in [(59, 24), (100, 30), (40, 10), (100, 30)]:
            send_size(pilot, width, height)
        await settled(pilot, WizardScreen)
        assert app.screen is wizard
        await answers_keys(pilot, wizard)


@guarded
async def test_each_size_step_by_step_from_tiny_to_huge(drafts: Path) -> None:
    app = ProposalApp(drafts, open_path=drafts / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await open_wizard(pilot)
        for width, height in [(20, 5), (45, 12), (60, 16), (59, 16), (120, 40), (300, 100)]:
            await pilot.resize_terminal(width, height)
            await settled(pilot, top_for(width, height))
        await answers_keys(pilot, wizard)


@guarded
async def test_review_screen_survives_resizing(drafts: Path) -> None:
    app = ProposalApp(drafts)
    async with app.run_test(size=(100, 30)) as pilot:
        await library_ready(pilot)
        await pilot.press("f3")
        review = await screen_named(pilot, "ReviewScreen")
        for width, height in [(30, 8), (100, 30), (59, 30), (100, 30), (20, 5), (61, 17)]:
            send_size(pilot, width, height)
        await settled(pilot, type(review))  # type: ignore[arg-type]
        assert app.screen is review
        await asyncio.wait_for(pilot.press("escape"), SETTLE_SECONDS)
        await library_ready(pilot)


async def laid_out_at(pilot: Pilot, screen: Screen) -> Size:
    """The size `screen` is laid out at once it has handled what it was sent."""
    await pilot.pause()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_SECONDS
    while screen._message_queue.qsize() and loop.time() < deadline:
        await asyncio.sleep(0.02)
    return screen._compositor.size


@pytest.mark.parametrize("late", [(59, 24), (20, 5), (300, 100)], ids=lambda s: f"{s[0]}x{s[1]}")
@guarded
async def test_a_late_resize_lays_no_screen_out_at_a_size_gone(drafts: Path, late) -> None:
    """On a busy machine a screen can handle a resize after the terminal changed again.
    Every screen is still laid out at the terminal's size: one laid out at the old size
    tells itself so, and two such sizes queued in turn re-lay it out for ever (the
    freeze seen in a real terminal, 59x24 then 100x30 at once)."""
    app = ProposalApp(drafts, open_path=drafts / READY)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await open_wizard(pilot)
        library = app.screen_stack[0]
        wizard.post_message(events.Resize(Size(*late), Size(*late)))  # the terminal is 100x30
        assert await laid_out_at(pilot, wizard) == Size(100, 30)
        assert await laid_out_at(pilot, library) == Size(100, 30)
        await answers_keys(pilot, wizard)


def test_every_screen_of_the_app_takes_the_terminals_size() -> None:
    """A new screen without the mixin would bring the freeze back: each screen class the
    app defines (and the palette it opens) lays out at the terminal's size."""
    import proposal_tui.tui as tui

    for module in pkgutil.walk_packages(tui.__path__, f"{tui.__name__}."):
        importlib.import_module(module.name)
    screens = [
        cls
        for cls in all_subclasses(Screen)
        if cls.__module__.startswith("proposal_tui.") and not cls.__name__.startswith("_")
    ]
    assert len(screens) >= 12
    assert [cls for cls in screens if not issubclass(cls, TerminalSized)] == []
    assert issubclass(Palette, CommandPalette)


def all_subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    return found.union(*(all_subclasses(sub) for sub in found))
