"""People in the wizard: one record for a person in several roles."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app_support import sync, until
from textual.widgets import Input
from wizard_support import BREAKER, HALF, READY, WizardApp, opened, show_step

from proposal_tui.store import load_draft
from proposal_tui.tui.widgets.people_editor import PeopleEditor
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.widgets.role_picker import RolePicker


@sync
async def test_a_moderator_picked_from_the_speakers_is_that_speakers_record(
    sample_library: Path,
) -> None:
    path = sample_library / HALF
    app = WizardApp(sample_library, path, step="moderators")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        picker = wizard.query_one("#field-rapporteur", RolePicker)
        picker.box.focus()
        await pilot.press("enter", *"Marisol", "enter")
        proposal = wizard.proposal
        assert proposal is not None
        await until(pilot, lambda: proposal.rapporteur is not None)
        assert proposal.rapporteur is proposal.speakers[0]
        assert proposal.roles_of(proposal.speakers[0]) == ["speaker 1", "rapporteur"]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: load_draft(path).rapporteur is not None)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["rapporteur"] == raw["speakers"][0] == "marisol-huanca"
    assert [p["name"] for p in raw["people"].values()].count("Marisol Huanca") == 1
    again = load_draft(path)
    assert again.rapporteur is again.speakers[0]


async def _edit_organisation(pilot, app, organisation: str) -> None:
    await until(pilot, lambda: isinstance(app.screen, PersonForm))
    app.screen.query_one("#person-organization", Input).value = organisation
    await pilot.press("ctrl+s")
    await until(pilot, lambda: not isinstance(app.screen, PersonForm))


@sync
async def test_a_person_edited_in_one_role_is_edited_in_all_of_theirs(
    sample_library: Path,
) -> None:
    path = sample_library / READY  # Valentina: organiser 1 and onsite moderator
    app = WizardApp(sample_library, path, step="organizers")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        proposal = wizard.proposal
        assert proposal is not None
        assert proposal.onsite_moderator is proposal.organizers[0]
        editor = wizard.query_one("#field-organizers", PeopleEditor)
        editor.box.focus()
        editor.box.highlighted = 0
        await pilot.press("e")
        await _edit_organisation(pilot, app, "Red Andina")
        await until(pilot, lambda: proposal.organizers[0].organization == "Red Andina")
        assert proposal.onsite_moderator is proposal.organizers[0]
        # and back from the moderator's side
        await show_step(pilot, "moderators")  # built when first shown: wait for it
        picker = wizard.query_one("#field-onsite_moderator", RolePicker)
        await pilot.click("#field-onsite_moderator #role-edit")
        await _edit_organisation(pilot, app, "Red Andina DD")
        await until(pilot, lambda: proposal.organizers[0].organization == "Red Andina DD")
        assert picker.person is proposal.organizers[0] is proposal.onsite_moderator
        assert editor.items[0] is proposal.organizers[0]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: load_draft(path).organizers[0].organization == "Red Andina DD")
    again = load_draft(path)
    assert again.onsite_moderator is again.organizers[0]
    assert again.onsite_moderator.organization == "Red Andina DD"


@sync
async def test_the_role_pick_list_shows_every_role_a_person_holds(sample_library: Path) -> None:
    path = sample_library / BREAKER  # Daniel Okafor: organiser 1 and speaker 1
    app = WizardApp(sample_library, path, step="moderators")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        picker = wizard.query_one("#field-rapporteur", RolePicker)
        labels = [str(label) for label, _ in picker.box._options]
        assert "Daniel Okafor (organiser 1, speaker 1)" in labels
        assert "Marco Bianchi (speaker 2)" in labels
