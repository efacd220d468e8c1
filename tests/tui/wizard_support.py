"""Helpers shared by the wizard tests: open a draft in the real app, wait, type, choose."""

from __future__ import annotations

from pathlib import Path

from app_support import until
from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.screens.wizard import WizardScreen
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.widgets.person_picker import PersonPicker
from proposal_tui.tui.wizard_steps import step_index

READY = "cybercrime-human-rights-roundtable.toml"
HALF = "community-networks-draft.toml"
BREAKER = "ai-governance-rule-breaker.toml"


class WizardApp(ProposalApp):
    """The real app with the wizard open on `path` (at `step`) above the library."""

    def __init__(self, data_dir: Path, path: Path, step: str | None = None) -> None:
        super().__init__(data_dir)
        self.wizard = WizardScreen(path, step=step)

    def on_mount(self) -> None:
        self.push_screen(self.wizard)


async def opened(pilot: Pilot) -> WizardScreen:
    """Wait until the wizard shows its draft; stop the cursors blinking (stable screens)."""
    app = pilot.app
    assert isinstance(app, WizardApp)
    await until(pilot, lambda: app.wizard.ready and app.screen is app.wizard)
    for box in app.wizard.query("Input, TextArea"):
        assert isinstance(box, Input | TextArea)
        box.cursor_blink = False
    await pilot.pause()
    return app.wizard


async def show_step(pilot: Pilot, step: str) -> WizardScreen:
    """Show the wizard's step `step` (a step's id or a field it edits) and wait until it is
    built and shown (each step is built when first shown)."""
    wizard = pilot.app.screen
    assert isinstance(wizard, WizardScreen)
    index = step_index(step)
    wizard.go_to(index)
    await until(pilot, lambda: wizard.ready and wizard.step_index == index)
    return wizard


async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` as a quick typist does: key events one after another, without waiting
    for the app to settle between them (a line break is enter); then let it settle."""
    for char in text:
        key = "enter" if char == "\n" else char if char.isalnum() else _character_to_key(char)
        pilot.app.post_message(events.Key(key, char))
    await pilot.pause()


async def choose(pilot: Pilot, search: str) -> None:
    """In the focused Select: open the list, type the start of a choice, take it."""
    await pilot.press("enter")
    await type_text(pilot, search)
    await pilot.press("enter")
    await pilot.pause()


async def fill_person(
    pilot: Pilot,
    *,
    name: str,
    organization: str = "",
    email: str = "",
    group: str = "",
    region: str = "",
    gender: str = "",
    participation: str = "",
    confirmed: bool = False,
) -> None:
    """Fill the open PersonForm field by field with the keyboard, then save it (ctrl+s).
    When adding offers people to pick first (PersonPicker), ctrl+n asks for a new one."""
    await until(pilot, lambda: isinstance(pilot.app.screen, PersonForm | PersonPicker))
    if isinstance(pilot.app.screen, PersonPicker):
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(pilot.app.screen, PersonForm))
    for text in (name, organization, email):
        await type_text(pilot, text)
        await pilot.press("tab")
    for choice in (group, region):
        if choice:
            await choose(pilot, choice)
        await pilot.press("tab")
    await type_text(pilot, gender)
    await pilot.press("tab")
    if participation:
        await choose(pilot, participation)
    await pilot.press("tab")
    if confirmed:
        await pilot.press("space")
    await pilot.press("ctrl+s")
    await until(pilot, lambda: not isinstance(pilot.app.screen, PersonForm))
