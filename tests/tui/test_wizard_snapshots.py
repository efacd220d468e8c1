"""Snapshots of every wizard step at 80x24 and 120x40 with the sample drafts loaded, and of
the person form and the changed-on-disk prompt.  Each accepted SVG was looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import stable_screens, until
from textual.pilot import Pilot
from wizard_support import BREAKER, HALF, READY, WizardApp, opened

from proposal_tui.store import load_draft, save_draft
from proposal_tui.tui.screens.wizard import WizardScreen
from proposal_tui.tui.widgets.dialogs import ChoicePrompt
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.wizard_steps import STEPS

__all__ = ["stable_screens"]  # fixture used by name: no cursor blinks in the person form

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("step", [step.id for step in STEPS])
def test_each_step_of_the_ready_draft(
    step: str, size: tuple[int, int], sample_library: Path, snap_compare
) -> None:
    app = WizardApp(sample_library, sample_library / READY, step=step)
    assert snap_compare(app, terminal_size=size, run_before=opened)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("step", ["basics", "speakers", "sdgs"])
def test_steps_of_the_rule_breaker(
    step: str, size: tuple[int, int], sample_library: Path, snap_compare
) -> None:
    app = WizardApp(sample_library, sample_library / BREAKER, step=step)
    assert snap_compare(app, terminal_size=size, run_before=opened)


@pytest.mark.parametrize("size", SIZES)
def test_moderators_of_the_half_finished_draft(
    size: tuple[int, int], sample_library: Path, snap_compare
) -> None:
    app = WizardApp(sample_library, sample_library / HALF, step="moderators")
    assert snap_compare(app, terminal_size=size, run_before=opened)


def test_person_form(sample_library: Path, snap_compare) -> None:
    async def edit_first_speaker(pilot: Pilot) -> None:
        await opened(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, PersonForm))
        await pilot.pause()

    app = WizardApp(sample_library, sample_library / READY, step="speakers")
    assert snap_compare(app, terminal_size=(80, 24), run_before=edit_first_speaker)


def test_changed_on_disk_prompt(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch, snap_compare
) -> None:
    monkeypatch.setattr(WizardScreen, "POLL_SECONDS", 0.1)
    path = sample_library / READY

    async def change_behind(pilot: Pilot) -> None:
        await opened(pilot)
        save_draft(path, load_draft(path).model_copy(update={"title": "Theirs"}))
        await until(pilot, lambda: isinstance(pilot.app.screen, ChoicePrompt))
        await pilot.pause()

    app = WizardApp(sample_library, path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=change_behind)
