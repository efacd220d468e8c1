"""Keys through the whole form: tab runs on from a step's last field into the next step
(never to the step list, where down would change step), and a draft reopens where the
person left it."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from app_support import sync, until
from textual.widgets import Input, TextArea
from wizard_support import READY, WizardApp, opened, show_step, type_text

from proposal_tui import places, session
from proposal_tui.model import Proposal
from proposal_tui.store import create_draft, load_draft, save_draft
from proposal_tui.tui.widgets.step_list import StepList
from proposal_tui.tui.wizard_steps import STEPS, step_index


@sync
async def test_tab_from_every_steps_last_field_goes_to_the_next_steps_first(
    sample_library: Path,
) -> None:
    app = WizardApp(sample_library, sample_library / READY)
    async with app.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        for index in range(len(STEPS) - 1):
            await show_step(pilot, STEPS[index].id)
            last = wizard._step_fields()[-1]
            last.focus()
            await pilot.pause()
            await pilot.press("tab")
            await until(pilot, lambda i=index: wizard.ready and wizard.step_index == i + 1)
            assert wizard.focused is wizard._step_fields()[0], STEPS[index + 1].id
            await pilot.press("shift+tab")  # and back, to the field it left
            await until(pilot, lambda i=index: wizard.step_index == i)
            assert wizard.focused is last, STEPS[index].id


@sync
async def test_tab_out_of_the_description_goes_to_the_outcomes_not_the_step_list(
    data_dir: Path,
) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025"))
    app = WizardApp(data_dir, path, step="description")
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        await type_text(pilot, "Villages build their own networks.")
        await pilot.press("tab")
        outcomes = wizard.query_one("#input-expected_outcomes", TextArea)
        assert outcomes.has_focus and STEPS[wizard.step_index].id == "outcomes"
        await type_text(pilot, "A guide.\nA map.")
        await pilot.press("up", "down")  # moves in the text, never to another step
        assert STEPS[wizard.step_index].id == "outcomes" and outcomes.has_focus
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is not wizard)
    saved = load_draft(path)
    assert (saved.description, saved.expected_outcomes) == (
        "Villages build their own networks.",
        "A guide.\nA map.",
    )


@sync
async def test_the_step_list_is_reached_only_before_the_first_step_and_after_the_last(
    sample_library: Path,
) -> None:
    app = WizardApp(sample_library, sample_library / READY)
    async with app.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        assert wizard.query_one("#input-title", Input).has_focus
        await pilot.press("shift+tab")
        steps = wizard.query_one(StepList)
        assert steps.has_focus and wizard.step_index == 0
        await pilot.press("tab")
        assert wizard.query_one("#input-title", Input).has_focus


def _hold_loading(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Drafts are read only once the event returned is set (the wizard stays unready)."""
    release = threading.Event()
    load = session.load

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(timeout=60)
        return load(*args, **kwargs)

    monkeypatch.setattr(session, "load", held)
    return release


@sync
async def test_keys_typed_while_a_draft_opens_wait_for_its_steps(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sample_library / READY
    before = path.read_bytes()
    release = _hold_loading(monkeypatch)
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g", "6")  # the step list, then step 6, before it is shown
        assert not app.wizard.ready
        release.set()
        wizard = await opened(pilot)
        await until(pilot, lambda: wizard.step_index == 5)
        assert wizard.query_one(StepList).has_focus
        assert wizard.proposal is not None and wizard.proposal.title == load_draft(path).title
        await _leave(pilot, app)
    assert path.read_bytes() == before  # no 6 typed into the title


@sync
async def test_text_typed_while_a_draft_opens_lands_in_its_first_field(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025"))
    release = _hold_loading(monkeypatch)
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "Mesh")
        release.set()
        wizard = await opened(pilot)
        title = wizard.query_one("#input-title", Input)
        await until(pilot, lambda: title.value == "Mesh")
        await _leave(pilot, app)
    assert load_draft(path).title == "Mesh"


async def _leave(pilot, app: WizardApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("escape")
    await until(pilot, lambda: app.screen is not app.wizard)


@sync
async def test_a_draft_reopens_where_the_person_left_it(sample_library: Path) -> None:
    path = sample_library / READY
    before = path.read_bytes()
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        await show_step(pilot, "description")
        area = wizard.query_one("#input-description", TextArea)
        area.move_cursor((4, 17))
        await pilot.pause()
        await _leave(pilot, app)
    assert path.read_bytes() == before  # the place is not in the draft the others share

    again = WizardApp(sample_library, path)
    async with again.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        area = wizard.query_one("#input-description", TextArea)
        assert STEPS[wizard.step_index].id == "description" and area.has_focus
        assert area.cursor_location == (4, 17)
        await until(pilot, lambda: area.scroll_offset.y > 0)  # the cursor's line in view
        await show_step(pilot, "title")
        wizard.query_one("#input-title", Input).cursor_position = 9
        await _leave(pilot, app=again)

    third = WizardApp(sample_library, path)
    async with third.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        title = wizard.query_one("#input-title", Input)
        assert wizard.step_index == 0 and title.has_focus and title.cursor_position == 9


@sync
async def test_a_place_past_the_end_of_a_shorter_text_is_the_end(sample_library: Path) -> None:
    path = sample_library / READY
    places.remember(path, places.Place("description", "input-description", 40, 3))
    save_draft(path, load_draft(path).model_copy(update={"description": "Two\nlines."}))
    places.remember(path.with_name("other.toml"), places.Place("gain", "input-nothing", 1, 1))
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        area = wizard.query_one("#input-description", TextArea)
        assert area.has_focus and area.cursor_location == (1, 6)
        area.move_cursor((0, 3))
        await _leave(pilot, app)
    places.remember(path, places.Place("description", "input-description", 0, 99))
    again = WizardApp(sample_library, path)
    async with again.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        assert wizard.query_one("#input-description", TextArea).cursor_location == (0, 3)


@sync
async def test_a_broken_places_file_opens_at_the_start_and_is_mended(
    sample_library: Path,
) -> None:
    path = sample_library / READY
    places.places_path().parent.mkdir(parents=True, exist_ok=True)
    places.places_path().write_text('{"drafts": {"x": [', encoding="utf-8")
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        assert wizard.step_index == 0
        assert wizard.query_one("#input-title", Input).has_focus
        wizard.go_to(step_index("speakers"))
        await _leave(pilot, app)
    kept = json.loads(places.places_path().read_text(encoding="utf-8"))
    assert kept["drafts"][str(path.resolve())]["step"] == "speakers"


@sync
async def test_a_step_asked_for_wins_over_the_place(sample_library: Path) -> None:
    path = sample_library / READY
    places.remember(path, places.Place("description", "input-description", 2, 2))
    app = WizardApp(sample_library, path, step="hybrid_format")
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        assert STEPS[wizard.step_index].id == "hybrid"
        assert wizard.query_one("#input-hybrid_format", TextArea).has_focus


@sync
async def test_a_button_met_in_several_fields_keeps_the_place_of_its_field(
    sample_library: Path,
) -> None:
    app = WizardApp(sample_library, sample_library / READY, step="moderators")
    async with app.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        picker = wizard.query_one("#field-online_moderator")
        picker.query_one("#role-clear").focus()
        await pilot.pause()
        assert wizard.current_place() == places.Place("moderators", "input-online_moderator")
        await _leave(pilot, app)
    again = WizardApp(sample_library, sample_library / READY)
    async with again.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        assert wizard.focused is wizard.query_one("#input-online_moderator")
