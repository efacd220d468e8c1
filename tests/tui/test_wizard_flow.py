"""The path a person takes through the wizard: a new draft, every step filled by typing,
closed, reopened, and the file holding exactly what was typed."""

from __future__ import annotations

from pathlib import Path

from app_support import sync, until
from textual.widgets import Input, TextArea
from wizard_support import WizardApp, choose, fill_person, opened, show_step, type_text

from proposal_tui.model import Person, Proposal
from proposal_tui.store import create_draft, load_draft
from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.screens.wizard import WizardScreen
from proposal_tui.tui.widgets.dialogs import ConfirmDialog, TextBoxPrompt
from proposal_tui.tui.widgets.people_editor import PeopleEditor
from proposal_tui.tui.widgets.person_picker import PersonPicker
from proposal_tui.tui.widgets.question_list import QuestionList
from proposal_tui.tui.widgets.review_pane import ReviewPane
from proposal_tui.tui.widgets.step_list import StepList
from proposal_tui.tui.wizard_steps import STEPS

ANA = Person(
    name="Ana Souza",
    organization="Rede Livre",
    email="ana@example.org",
    stakeholder_group="Civil Society",
    region="Latin American and Caribbean Group (GRULAC)",
    gender="female",
    participation="onsite",
)
SPEAKERS = [
    Person(
        name="Kofi Mensah",
        organization="Ministry of ICT",
        stakeholder_group="Government",
        region="African Group",
        gender="male",
        participation="onsite",
        confirmed=True,
    ),
    Person(
        name="Mei Lin",
        organization="Open Net Lab",
        stakeholder_group="Technical Community",
        region="Asia-Pacific Group",
        gender="female",
        participation="online",
        confirmed=True,
    ),
    Person(
        name="Jan Novak",
        organization="Telco One",
        stakeholder_group="Private Sector",
        region="Eastern European Group",
        gender="male",
        participation="onsite",
        confirmed=True,
    ),
]
ONLINE_MODERATOR = Person(
    name="Rosa Diaz",
    organization="Youth IGF",
    stakeholder_group="Civil Society",
    region="Western European and Others Group (WEOG)",
    gender="female",
    participation="online",
)
EXPECTED = Proposal(
    call="igf-2025",
    title="Community networks for all",
    theme="Universal Access and Digital Rights",
    topics=["rural access", "spectrum"],
    organizers=[ANA],
    speakers=SPEAKERS,
    onsite_moderator=ANA,
    online_moderator=ONLINE_MODERATOR,
    rapporteur=SPEAKERS[1],
    format="Round Table",
    duration=90,
    format_description="A round table gives every speaker equal time.",
    policy_questions=["Who pays for rural backhaul?", "Which spectrum rules help?"],
    participants_gain="Practical funding models.",
    description="Community networks connect villages.\nThis session asks how they last.",
    expected_outcomes="A short guide for regulators.",
    hybrid_format="Online questions alternate with the room.",
    sdgs=[5, 9],
    links=["https://example.org/a", "https://example.org/b"],
)


def person_keys(person: Person) -> dict[str, object]:
    """What to type for `person` in the form (choices by the start of their names)."""
    return {
        "name": person.name,
        "organization": person.organization,
        "email": person.email,
        "group": person.stakeholder_group[:9],
        "region": person.region[:9],
        "gender": person.gender,
        "participation": person.participation,
        "confirmed": person.confirmed,
    }


@sync
async def test_fill_every_step_close_and_reopen(data_dir: Path) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025"))
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        # 1 Basics: the cursor starts in the title.
        await type_text(pilot, EXPECTED.title)
        await pilot.press("tab", "tab")  # past the call, to the theme
        await choose(pilot, "Universal")
        await pilot.press("tab")
        await type_text(pilot, "rural access, spectrum")
        # 2 Organisers
        await pilot.press("ctrl+n")
        await pilot.press("a")
        await fill_person(pilot, **person_keys(ANA))
        # 3 Speakers: three added, the last first typed in the wrong place and moved up.
        await pilot.press("ctrl+n")
        for speaker in (SPEAKERS[0], SPEAKERS[2], SPEAKERS[1]):
            await pilot.press("a")
            await fill_person(pilot, **person_keys(speaker))
        await pilot.press("shift+up")
        # 4 Moderators: picked from people entered, or typed anew.
        await pilot.press("ctrl+n")
        await choose(pilot, "Ana")  # onsite moderator: pick list, Add…, Edit…, Clear
        await pilot.press("tab", "tab", "tab", "tab", "tab", "enter")  # online: Add…
        await fill_person(pilot, **person_keys(ONLINE_MODERATOR))
        await pilot.press("tab", "tab", "tab")  # past Edit… and Clear to the rapporteur
        await choose(pilot, "Mei")
        # 5 Format & duration
        await pilot.press("ctrl+n")
        await choose(pilot, "Round")
        await pilot.press("tab")
        await choose(pilot, "90")
        await pilot.press("tab")
        await type_text(pilot, EXPECTED.format_description)
        # 6 Policy questions: three added, one removed, one moved.
        await pilot.press("ctrl+n")
        for question in ("Which spectrum rules help?", "Drop me", "Who pays for rural backhaul?"):
            await pilot.press("a")
            await until(pilot, lambda: isinstance(app.screen, TextBoxPrompt))
            await type_text(pilot, question)
            await pilot.press("enter")
            await until(pilot, lambda: app.screen is wizard)
        await pilot.press("up", "d")  # "Drop me"
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.click("#confirm")
        await until(pilot, lambda: app.screen is wizard)
        await pilot.press("shift+up")
        # 7–10 the long texts
        for field in ("participants_gain", "description", "expected_outcomes", "hybrid_format"):
            await pilot.press("ctrl+n")
            await type_text(pilot, getattr(EXPECTED, field))
        # 11 SDGs & links
        await pilot.press("ctrl+n")
        await pilot.press("down", "down", "down", "down", "space")  # 5
        await pilot.press("down", "down", "down", "down", "space")  # 9
        await pilot.press("tab")
        await type_text(pilot, "https://example.org/a\nhttps://example.org/b")
        # 12 Review, then close (escape saves and goes back to the library).
        await pilot.press("ctrl+n")
        await until(pilot, lambda: wizard.ready and wizard.step_index == len(STEPS) - 1)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is not wizard)
        assert not wizard.has_unsaved_changes()

    assert load_draft(path) == EXPECTED

    reopened = WizardApp(data_dir, path, step="description")
    async with reopened.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        assert wizard.query_one("#input-description", TextArea).text == EXPECTED.description
        assert wizard.query_one("#input-description", TextArea).has_focus
        assert set(wizard.query_one(StepList).states.values()) == {"complete"}
        await show_step(pilot, "title")
        assert wizard.query_one("#input-title", Input).value == EXPECTED.title
        await show_step(pilot, "speakers")
        assert wizard.query_one("#field-speakers", PeopleEditor).items == SPEAKERS
        await show_step(pilot, "policy_questions")
        assert wizard.query_one(QuestionList).items == EXPECTED.policy_questions


@sync
async def test_a_step_is_built_when_first_shown_from_the_draft_as_edited(data_dir: Path) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025"))
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        assert [pane.id for pane in wizard.query_one("#wizard-steps").children] == ["step-basics"]
        await type_text(pilot, "Mesh networks")
        await pilot.press("ctrl+n", "a")  # the a lands in the new step: add an organiser
        await until(pilot, lambda: isinstance(app.screen, PersonPicker))
        assert wizard.step_index == 1 and wizard.proposal.title == "Mesh networks"  # type: ignore[union-attr]
        await pilot.press("escape")
        await show_step(pilot, "review")
        review = wizard.query_one(ReviewPane)
        assert review.proposal.title == "Mesh networks"
        assert len(wizard.query_one("#wizard-steps").children) == 3


@sync
async def test_steps_by_keys_list_and_mouse(sample_library: Path) -> None:
    app = WizardApp(sample_library, sample_library / "community-networks-draft.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        assert wizard.step_index == 0
        await pilot.press("ctrl+n", "f8")
        assert wizard.step_index == 2
        await pilot.press("ctrl+b")
        assert wizard.step_index == 1
        await pilot.press("f7", "ctrl+b")  # no step before the first
        assert wizard.step_index == 0
        await pilot.press("ctrl+g")
        steps = wizard.query_one(StepList)
        assert steps.has_focus
        await pilot.press("1", "2")  # two digits quickly: step 12
        assert wizard.step_index == 11
        await pilot.press("7")
        assert wizard.step_index == 6
        await pilot.press("down")
        assert wizard.step_index == 7 and steps.has_focus  # the list shows as it moves
        await pilot.press("enter")
        await pilot.pause()
        assert wizard.query_one("#input-description", TextArea).has_focus
        await pilot.click(StepList, offset=(4, 4))  # the fifth line: Format
        await pilot.pause()
        assert wizard.step_index == 4
        assert wizard.query_one("#input-format").has_focus


@sync
async def test_ctrl_q_saves_what_was_just_typed(data_dir: Path) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025", title="Draft"))
    app = ProposalApp(data_dir, open_path=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, WizardScreen) and app.screen.ready)
        await pilot.press("end", *" two")
        await pilot.press("ctrl+q")  # at once, before the pause that autosaves
        await until(pilot, lambda: app.return_code is not None)
    assert load_draft(path).title == "Draft two"
