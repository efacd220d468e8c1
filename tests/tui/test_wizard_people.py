"""People in the wizard: one record for a person in several roles."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app_support import sync, until
from wizard_support import HALF, WizardApp, opened

from proposal_tui.store import load_draft
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
