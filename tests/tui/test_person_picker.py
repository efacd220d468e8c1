"""Adding a person in the wizard: the draft's people first (one key), then everyone in the
other drafts (searched as you type), then a new person; removing from one role or from
the whole draft; the wizard opened at a person."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from app_support import sync, until
from textual.widgets import Input
from wizard_support import HALF, READY, WizardApp, opened, show_step, type_text

from proposal_tui.store import load_draft
from proposal_tui.tui.widgets.dialogs import ChoicePrompt
from proposal_tui.tui.widgets.people_editor import PeopleEditor
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.widgets.person_picker import PersonPicker
from proposal_tui.tui.widgets.role_picker import RolePicker

SIZES = [(80, 24), (120, 40)]


async def picker_open(pilot, step: str = "speakers") -> PersonPicker:
    """The wizard on `step` with the add-a-person picker open and the directory read."""
    wizard = await opened(pilot)
    editor = wizard.query_one(f"#field-{step}", PeopleEditor)
    editor.box.focus()
    await pilot.press("a")
    await until(pilot, lambda: isinstance(pilot.app.screen, PersonPicker))
    picker = pilot.app.screen
    await until(pilot, lambda: not picker.reading)
    await pilot.pause()
    return picker


def listed(picker: PersonPicker) -> list[str]:
    options = picker.query_one("#picker-list").options  # type: ignore[attr-defined]
    return [str(option.prompt) for option in options]


@sync
async def test_one_key_adds_someone_already_in_the_draft_as_that_very_record(
    sample_library: Path,
) -> None:
    path = sample_library / HALF  # organisers Joseph Mwangi, Siosaia Tuipulotu; speaker Marisol
    app = WizardApp(sample_library, path, step="speakers")
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await picker_open(pilot)
        shown = listed(picker)
        assert shown[0] == "In this draft (press its number)"
        assert shown[1:3] == [
            "1 Joseph Mwangi — Kijiji Mesh Initiative (organiser 1)",
            "2 Siosaia Tuipulotu — Pacific Islands Connectivity Lab (organiser 2)",
        ]
        assert not any("Marisol" in line for line in shown)  # a speaker already
        assert shown[-1].startswith("+ A new speaker")
        await pilot.press("2")
        wizard = app.wizard
        proposal = wizard.proposal
        assert proposal is not None
        await until(pilot, lambda: len(proposal.speakers) == 2)
        assert proposal.speakers[1] is proposal.organizers[1]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(load_draft(path).speakers) == 2)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["speakers"] == ["marisol-huanca", "siosaia-tuipulotu"]
    assert raw["organizers"][1] == "siosaia-tuipulotu"


@sync
async def test_someone_from_another_draft_is_found_without_accents_and_their_details_filled(
    sample_library: Path,
) -> None:
    path = sample_library / HALF
    app = WizardApp(sample_library, path, step="speakers")
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await picker_open(pilot)
        await type_text(pilot, "lucia ben")
        await until(pilot, lambda: any("Lucía Benítez" in line for line in listed(picker)))
        assert listed(picker)[:2] == [
            "In your other drafts",
            "Lucía Benítez — Fundación Acceso Libre · 1 draft",
        ]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PersonForm))
        form = app.screen
        assert isinstance(form, PersonForm)
        filled = form.result()
        assert (filled.name, filled.organization, filled.email) == (
            "Lucía Benítez",
            "Fundación Acceso Libre",
            "lbenitez@example.org",
        )
        assert (filled.stakeholder_group, filled.region, filled.gender) == (
            "Civil Society",
            "Latin American and Caribbean Group (GRULAC)",
            "female",
        )
        assert (filled.participation, filled.confirmed) == ("", False)  # this session's own
        await pilot.press("ctrl+s")
        proposal = app.wizard.proposal
        assert proposal is not None
        await until(pilot, lambda: len(proposal.speakers) == 2)
        assert proposal.speakers[1].organization == "Fundación Acceso Libre"


@sync
async def test_a_name_nobody_has_offers_a_new_person_with_that_name(sample_library: Path) -> None:
    app = WizardApp(sample_library, sample_library / HALF, step="organizers")
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await picker_open(pilot, "organizers")
        await type_text(pilot, "Zo Nobody")
        await until(pilot, lambda: listed(picker)[-1].startswith("+ A new organiser named"))
        assert "No one by that name." in listed(picker)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PersonForm))
        assert app.screen.query_one("#person-name", Input).value == "Zo Nobody"


async def _answer(pilot, answer: str) -> None:
    await until(pilot, lambda: isinstance(pilot.app.screen, ChoicePrompt))
    prompt = pilot.app.screen
    values = [value for value, _ in prompt.choices]  # type: ignore[attr-defined]
    prompt.query_one("#dialog-choices").highlighted = values.index(answer)  # type: ignore[attr-defined]
    await pilot.press("enter")
    await until(pilot, lambda: not isinstance(pilot.app.screen, ChoicePrompt))


@sync
async def test_removing_from_one_role_keeps_the_others_and_from_the_draft_asks_and_takes_all(
    sample_library: Path,
) -> None:
    path = sample_library / READY  # Valentina: organiser 1 and onsite moderator
    app = WizardApp(sample_library, path, step="organizers")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        proposal = wizard.proposal
        assert proposal is not None
        valentina, tomas = proposal.organizers[0], proposal.organizers[1]
        editor = wizard.query_one("#field-organizers", PeopleEditor)
        editor.box.focus()
        editor.box.highlighted = 0
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ChoicePrompt))
        assert "organiser 1, onsite moderator" in app.screen.message  # type: ignore[attr-defined]
        await _answer(pilot, "here")
        await until(pilot, lambda: valentina not in proposal.organizers)
        assert proposal.onsite_moderator is valentina
        # Tomás (organiser, online moderator): out of the whole draft, from the moderator's side
        await pilot.press("ctrl+n", "ctrl+n")
        await until(pilot, lambda: wizard.query_one("#field-online_moderator").display)
        await pilot.click("#field-online_moderator #role-clear")
        await _answer(pilot, "draft")
        await until(pilot, lambda: proposal.online_moderator is None)
        assert tomas not in proposal.organizers
        assert [p.name for p in editor.items] == [p.name for p in proposal.organizers]
        assert wizard.query_one("#field-online_moderator", RolePicker).person is None
        await pilot.press("ctrl+s")
        await until(pilot, lambda: load_draft(path).online_moderator is None)
    saved = load_draft(path)
    assert "Tomás Ferreira" not in [p.name for _, p in saved.people()]
    assert saved.onsite_moderator is not None and saved.onsite_moderator.name.startswith("Valen")


@sync
async def test_a_person_taken_out_of_the_draft_leaves_the_steps_not_shown_yet_too(
    sample_library: Path,
) -> None:
    path = sample_library / READY  # Valentina: organiser 1 and onsite moderator
    app = WizardApp(sample_library, path, step="moderators")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        assert not wizard.query("#field-organizers")  # that step is built when shown
        proposal = wizard.proposal
        assert proposal is not None and proposal.onsite_moderator is proposal.organizers[0]
        others = [p.name for p in proposal.organizers[1:]]
        await pilot.click("#field-onsite_moderator #role-clear")
        await _answer(pilot, "draft")
        await until(pilot, lambda: proposal.onsite_moderator is None)
        assert [p.name for p in proposal.organizers] == others
        await show_step(pilot, "organizers")
        editor = wizard.query_one("#field-organizers", PeopleEditor)
        assert [p.name for p in editor.items] == others
        await pilot.press("ctrl+s")
        await until(pilot, lambda: load_draft(path).onsite_moderator is None)
    assert [p.name for p in load_draft(path).organizers] == others


@sync
async def test_the_wizard_opens_at_a_person_with_their_entry_focused(sample_library: Path) -> None:
    app = WizardApp(sample_library, sample_library / READY)
    app.wizard.initial_person = "priya raghunathan"
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        editor = wizard.query_one("#field-speakers", PeopleEditor)
        await until(pilot, lambda: editor.box.has_focus)
        assert editor.highlighted == 2
        assert wizard.query_one("#wizard-steps").current == "step-speakers"  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_person_picker(snap_compare, sample_library: Path, size) -> None:
    app = WizardApp(sample_library, sample_library / HALF, step="speakers")

    assert snap_compare(app, terminal_size=size, run_before=picker_open)
