"""The wizard's parts: counters, people and question lists, role pickers, SDGs, step states,
the call switch, the review jump, and that nothing the person did not touch is changed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from app_support import sync, until
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Input, Label, Select, TextArea
from wizard_support import BREAKER, HALF, READY, WizardApp, fill_person, opened, show_step

from proposal_tui.call import Section, load_call
from proposal_tui.checks import Level, SectionState, check, items_count, text_count
from proposal_tui.model import Person, Proposal
from proposal_tui.store import create_draft, load_draft
from proposal_tui.tui.widgets.choice_field import ChoiceField
from proposal_tui.tui.widgets.dialogs import ChoicePrompt, ConfirmDialog
from proposal_tui.tui.widgets.diversity import DiversitySummary, diversity_summary
from proposal_tui.tui.widgets.field_editor import Counter, counter_text
from proposal_tui.tui.widgets.people_editor import PeopleEditor, person_prompt
from proposal_tui.tui.widgets.review_pane import ReviewPane
from proposal_tui.tui.widgets.role_picker import RolePicker
from proposal_tui.tui.widgets.sdg_picker import updated_goals
from proposal_tui.tui.widgets.step_list import StepList
from proposal_tui.tui.widgets.typing_area import TypingArea
from proposal_tui.tui.wizard_steps import STEPS, step_index, step_state

# --- plain functions ----------------------------------------------------------------------


def test_counter_text_shows_the_count_checks_gives() -> None:
    c2025 = load_call("igf-2025")
    description = Section(field="description", label="Description", max_words=500)
    assert counter_text(text_count("word " * 120, description)) == ("120/500 words", "")
    assert counter_text(text_count("word " * 450, description)) == ("! 450/500 words", "warning")
    assert counter_text(text_count("word " * 501, description)) == ("✗ 501/500 words", "error")
    guessed = description.model_copy(update={"confirmed": False})
    assert counter_text(text_count("word " * 501, guessed)) == ("! 501/500 words", "warning")
    assert counter_text(text_count("word", None)) == ("1 word", "")
    questions = items_count(c2025, "policy_questions", 3, "question")
    assert counter_text(questions) == ("3 of 1–5 questions", "")
    too_many = items_count(c2025, "policy_questions", 6, "question")
    assert counter_text(too_many)[0] == f"{too_many.mark}6 of 1–5 questions"
    speakers = items_count(load_call("igf-2023"), "speakers", 2, "speaker")
    assert counter_text(speakers) == ("✗ 2 speakers (at least 3)", "error")


@pytest.mark.parametrize("name", ["igf-2023", "igf-2024", "igf-2025"])
def test_counters_and_the_checklist_agree_on_every_limit(name: str) -> None:
    """Over a limit the call does not confirm, the checklist warns: so must the counter."""
    call = load_call(name)
    for section in call.sections:
        if section.limit is not None:
            over = Proposal(**{section.field: "word " * (section.limit + 1)})
            if section.limit_unit == "characters":
                over = Proposal(**{section.field: "x" * (section.limit + 1)})
            counted = text_count(getattr(over, section.field), section)
        elif section.max_items is not None and section.field in ("policy_questions", "topics"):
            over = Proposal(**{section.field: [f"Q{i}" for i in range(section.max_items + 1)]})
            counted = items_count(call, section.field, section.max_items + 1, "entry")
        else:
            continue
        levels = {f.level for f in check(over, call) if f.field == section.field}
        assert counted.level in levels, (section.field, counted, levels)
        assert counted.level is (Level.ERROR if section.confirmed else Level.WARNING)


def test_diversity_summary_counts_groups_regions_gender_place_confirmed() -> None:
    people = [
        Person(
            name="A",
            stakeholder_group="Civil Society",
            region="GRULAC",
            gender="female",
            participation="onsite",
            confirmed=True,
        ),
        Person(
            name="B",
            stakeholder_group="civil society",
            region="African Group",
            gender="F",
            participation="online",
        ),
        Person(name="C", stakeholder_group="Government", gender="male", confirmed=True),
        Person(),  # an empty entry is not a person
    ]
    assert diversity_summary(people, "speaker", speakers=True) == (
        "3 speakers · groups: Civil Society 2, Government 1 · regions: 2 · "
        "gender: 2 women, 1 man · 1 onsite, 1 online, 1 onsite/online not marked · 2 confirmed"
    )
    assert diversity_summary([], "organiser", speakers=False) == "0 organisers"


def test_the_organisers_summary_says_nothing_of_onsite_or_online() -> None:
    organisers = [
        Person(name=name, stakeholder_group="Civil Society", region="GRULAC", gender="female")
        for name in ("Ana", "Bea", "Carla", "Dora", "Eva")
    ]
    summary = diversity_summary(organisers, "organiser", speakers=False)
    assert summary == ("5 organisers · groups: Civil Society 5 · regions: 1 · gender: 5 women")
    assert "marked" not in summary and "onsite" not in summary
    prompt = str(person_prompt(0, organisers[0], speaker=False))
    assert "onsite" not in prompt and "confirmed" not in prompt


def test_ticking_goals_keeps_the_drafts_order_and_its_repeats() -> None:
    assert updated_goals([16, 5], [5, 16, 9]) == [16, 5, 9]
    assert updated_goals([9, 16, 18, 16], [9, 16, 18]) == [9, 16, 18, 16]
    assert updated_goals([9, 16, 18, 16], [9, 18]) == [9, 18]


def test_step_index_takes_a_step_or_a_field() -> None:
    assert step_index(None) == 0
    assert STEPS[step_index("speakers")].id == "speakers"
    assert STEPS[step_index("rapporteur")].id == "moderators"
    assert STEPS[step_index("duration")].id == "format"
    assert STEPS[step_index("call")].id == "basics"
    assert STEPS[step_index("review")].id == "review"


def test_step_states_follow_the_sections() -> None:
    call = load_call("igf-2025")
    empty = Proposal()
    by_id = {step.id: step for step in STEPS}
    assert step_state(empty, call, by_id["basics"], check(empty, call)) is SectionState.EMPTY
    started = Proposal(title="A title")
    findings = check(started, call)
    assert step_state(started, call, by_id["basics"], findings) is SectionState.IN_PROGRESS
    assert step_state(started, call, by_id["review"], findings) is SectionState.IN_PROGRESS
    wrong = Proposal(title="A title", theme="Not a theme")
    findings = check(wrong, call)
    assert step_state(wrong, call, by_id["basics"], findings) is SectionState.PROBLEMS
    links_only = Proposal(links=["https://example.org"])
    findings = check(links_only, call)
    assert step_state(links_only, call, by_id["sdgs"], findings) is SectionState.IN_PROGRESS


# --- the typing area ----------------------------------------------------------------------

PROSE = "\n\n".join(
    " ".join(f"word{n}{m}" for m in range(70)) + "." for n in range(12)
)  # twelve paragraphs that wrap over several rows


class AreaApp(App[None]):
    CSS = "TypingArea { width: 50; height: 16; }"

    def compose(self) -> ComposeResult:
        yield TypingArea(PROSE, soft_wrap=True)


@sync
async def test_typing_area_repaints_every_row_that_changed() -> None:
    app = AreaApp()
    async with app.run_test(size=(60, 20)) as pilot:
        area = app.query_one(TypingArea)
        area.cursor_blink = False
        area.focus()
        await pilot.pause()
        dirty: list[Region] = []
        whole = [False]
        set_dirty = area._set_dirty

        def spy(*regions: Region) -> None:
            if regions:
                dirty.extend(regions)
            else:
                whole[0] = True
            set_dirty(*regions)

        area._set_dirty = spy  # type: ignore[method-assign]

        def rows() -> list[list]:
            return [list(area._render_line(y)) for y in range(area.size.height)]

        steps = [
            ("move", lambda: area.move_cursor((2, 40))),
            ("type", lambda: pilot.press(*"abc ")),
            ("enter", lambda: pilot.press("enter")),
            ("backspace", lambda: pilot.press("backspace", "backspace")),
            ("down", lambda: pilot.press("down", "down", "end")),
            ("select", lambda: pilot.press("shift+up", "shift+left")),
            ("delete selection", lambda: pilot.press("delete")),
            ("undo", lambda: pilot.press("ctrl+z")),
            ("page down", lambda: pilot.press("pagedown")),
            ("blur", lambda: area.blur()),
        ]
        for name, step in steps:
            before = rows()
            dirty.clear()
            whole[0] = False
            result = step()
            if asyncio.iscoroutine(result):
                await result
            await pilot.pause()
            after = rows()
            changed = {y for y, (a, b) in enumerate(zip(before, after, strict=True)) if a != b}
            repainted = {r.y for r in dirty}
            assert whole[0] or changed <= repainted, f"{name}: rows {changed - repainted} stale"
            shown = [list(area.render_line(y)) for y in range(area.size.height)]
            assert shown == after, f"{name}: a cached row differs from a fresh one"


# --- in the wizard --------------------------------------------------------------------------


@sync
async def test_title_counter_warns_near_and_past_a_limit_the_call_does_not_confirm(
    data_dir: Path,
) -> None:
    """The 2025 title limit is a working guess: past it the checklist warns, and the
    counter says the same (it used to show an error)."""
    path = create_draft(data_dir, Proposal(call="igf-2025", title="x" * 85))
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        counter = wizard.query_one("#field-title").query_one(Counter)
        assert counter.text == "85/100 characters" and not counter.classes & {"-warning"}
        await pilot.press("end", *"y" * 5)
        assert counter.text == "! 90/100 characters" and counter.has_class("-warning")
        await pilot.press(*"y" * 11)
        assert counter.text == "! 101/100 characters" and counter.has_class("-warning")
        assert not counter.has_class("-error")
        levels = {f.level for f in check(wizard.proposal, wizard.call) if f.field == "title"}
        assert levels == {Level.WARNING}


@sync
async def test_findings_and_step_marks_follow_typing_after_a_pause(data_dir: Path) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025"))
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        steps = wizard.query_one(StepList)
        assert steps.states["basics"] is SectionState.EMPTY
        await pilot.press(*"Hi")
        await until(pilot, lambda: steps.states["basics"] is SectionState.IN_PROGRESS)
        findings = wizard.query_one("#field-theme").query_one("FindingsView")
        assert "Required: choose one." in str(findings.render())
        assert steps.states["review"] is SectionState.IN_PROGRESS


@sync
async def test_people_editor_adds_edits_removes_and_reorders(sample_library: Path) -> None:
    path = sample_library / HALF
    app = WizardApp(sample_library, path, step="organizers")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        editor = wizard.query_one("#field-organizers", PeopleEditor)
        summary = editor.query_one(DiversitySummary)
        assert [p.name for p in editor.items] == ["Joseph Mwangi", "Siosaia Tuipulotu"]
        await pilot.press("a")
        await fill_person(pilot, name="Zara Ali", group="Government", gender="female")
        assert [p.name for p in editor.items][-1] == "Zara Ali"
        assert "3 organisers · groups: " in str(summary.render())
        assert "Government 1" in str(summary.render())
        # edit the second: enter opens the form, the region is added
        await pilot.press("home", "down", "enter")
        await fill_person(pilot, name="", region="Asia")
        assert editor.items[1].region == "Asia-Pacific Group"
        assert editor.items[1].name == "Siosaia Tuipulotu"  # kept, the form held it
        # move the third up, to second
        await pilot.press("down", "shift+up")
        assert [p.name for p in editor.items] == ["Joseph Mwangi", "Zara Ali", "Siosaia Tuipulotu"]
        # remove asks; cancel keeps, confirm removes
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is wizard)
        assert len(editor.items) == 3
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.click("#confirm")
        await until(pilot, lambda: app.screen is wizard)
        assert [p.name for p in editor.items] == ["Joseph Mwangi", "Siosaia Tuipulotu"]
        await until(pilot, lambda: not wizard.has_unsaved_changes())
    saved = load_draft(path).organizers
    assert [p.name for p in saved] == ["Joseph Mwangi", "Siosaia Tuipulotu"]
    assert saved[1].region == "Asia-Pacific Group"
    assert saved[0].email == "jmwangi@example.org"  # details the form did not touch stay


@sync
async def test_moderators_are_picked_from_people_entered(sample_library: Path) -> None:
    path = sample_library / HALF
    app = WizardApp(sample_library, path, step="moderators")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        picker = wizard.query_one("#field-rapporteur", RolePicker)
        labels = [str(label) for label, _ in picker.box._options]
        assert any("Marisol Huanca (speaker 1)" in label for label in labels)
        picker.box.focus()
        await pilot.press("enter", *"Marisol", "enter")
        await until(pilot, lambda: wizard.proposal.rapporteur is not None)  # type: ignore[union-attr]
        assert wizard.proposal.rapporteur.organization.startswith("Cooperativa")  # type: ignore[union-attr]
        # clearing asks first: Marisol also speaks, so this role only or the whole draft
        await pilot.click("#field-rapporteur #role-clear")
        await until(pilot, lambda: isinstance(app.screen, ChoicePrompt))
        app.screen.query_one("#dialog-choices").highlighted = 0  # this role only
        await pilot.press("enter")
        await until(pilot, lambda: wizard.proposal.rapporteur is None)  # type: ignore[union-attr]
        assert wizard.proposal.speakers[0].name == "Marisol Huanca"  # type: ignore[union-attr]
        # a speaker added later is offered at once
        await show_step(pilot, "speakers")  # built when first shown: wait for it
        await pilot.press("a")
        await fill_person(pilot, name="New Speaker")
        assert any("New Speaker (speaker 2)" in str(label) for label, _ in picker.box._options)


@sync
async def test_format_change_offers_its_durations_and_keeps_an_odd_one(
    sample_library: Path,
) -> None:
    path = sample_library / BREAKER  # Panel, 45 minutes (not offered)
    app = WizardApp(sample_library, path, step="format")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        duration = wizard.query_one("#field-duration", ChoiceField)
        assert duration.box.value == 45
        await pilot.press("enter", *"Flash", "enter")  # the format Select has the focus
        await until(pilot, lambda: wizard.proposal.format == "Flash Session")  # type: ignore[union-attr]
        values = [value for _, value in duration.box._options if value is not Select.NULL]
        assert values == [30, 45]  # the call's durations for the format, and the draft's own
        assert wizard.proposal.duration == 45  # type: ignore[union-attr]


@sync
async def test_changing_the_call_relabels_and_rechecks(sample_library: Path) -> None:
    path = sample_library / READY  # igf-2025
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        assert wizard.call is not None and wizard.call.name == "igf-2025"
        wizard.query_one("#input-call").focus()
        await pilot.press("enter", *"igf-2023", "enter")
        await until(pilot, lambda: wizard.call is not None and wizard.call.name == "igf-2023")
        await until(pilot, lambda: wizard.ready)
        await show_step(pilot, "onsite_moderator")
        label = wizard.query_one("#field-onsite_moderator").query_one(Label)
        assert str(label.render()) == "Moderator"  # the 2023 form's label
        theme = wizard.query_one("#field-theme", ChoiceField)
        assert theme.box.value == "Universal Access and Digital Rights"  # kept, marked
        assert wizard.query_one(StepList).states["basics"] is SectionState.PROBLEMS
        await until(pilot, lambda: load_draft(path).call == "igf-2023")


@sync
async def test_an_edit_changes_only_what_was_edited(sample_library: Path) -> None:
    path = sample_library / BREAKER  # unknown theme, group, duration, SDG 18, blank question
    before = load_draft(path)
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await pilot.press("end", *"!")
        for step in STEPS[1:]:  # walk every step: showing one changes nothing
            await show_step(pilot, step.id)
        await until(pilot, lambda: not wizard.has_unsaved_changes())
    after = load_draft(path)
    assert after.title == before.title + "!"
    assert after.model_copy(update={"title": before.title}) == before


@sync
async def test_a_draft_that_cannot_be_read_is_left_alone(data_dir: Path) -> None:
    path = data_dir / "broken.toml"
    path.write_text('title = "unfinished\n', encoding="utf-8")
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = app.wizard
        await until(pilot, lambda: wizard.load_error is not None)
        status = str(wizard.query_one("#wizard-status").render())
        assert "Cannot open this draft" in status and "not valid TOML" in status
        assert not wizard.has_unsaved_changes()
        await pilot.press("escape")
        await until(pilot, lambda: wizard not in app.screen_stack)
    assert path.read_text(encoding="utf-8") == 'title = "unfinished\n'


@sync
async def test_review_step_jumps_to_the_section_of_a_finding(sample_library: Path) -> None:
    app = WizardApp(sample_library, sample_library / BREAKER, step="review")
    async with app.run_test(size=(120, 40)) as pilot:
        wizard = await opened(pilot)
        pane = wizard.query_one(ReviewPane)
        pane.post_message(ReviewPane.JumpTo("duration"))
        await until(pilot, lambda: STEPS[wizard.step_index].id == "format")
        await pilot.pause()
        assert wizard.query_one("#input-duration").has_focus


@sync
async def test_a_new_draft_starts_in_the_title(data_dir: Path) -> None:
    path = create_draft(data_dir, Proposal(call="igf-2025"))
    app = WizardApp(data_dir, path)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        assert wizard.query_one("#input-title", Input).has_focus
        assert wizard.query_one(StepList).has_class("-narrow")


@sync
async def test_every_action_is_in_the_palette(sample_library: Path) -> None:
    app = WizardApp(sample_library, sample_library / READY)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        names = [name for name, _, _ in wizard.palette_commands()]
        assert {"Wizard: Next step", "Wizard: Save now", "Wizard: Close"} <= set(names)
        assert "Wizard: Go to Moderators & rapporteur" in names
        run = {name: run for name, _, run in wizard.palette_commands()}
        run["Wizard: Go to Speakers"]()
        await until(pilot, lambda: STEPS[wizard.step_index].id == "speakers")
        run = {name: run for name, _, run in wizard.palette_commands()}
        assert {"Speakers: Add speaker", "Speakers: Move speaker down"} <= set(run)
        run["Speakers: Move speaker down"]()
        await until(pilot, lambda: wizard.proposal.speakers[1].name == "Lucía Benítez")
        run["Wizard: Go to Moderators & rapporteur"]()
        await until(
            pilot,
            lambda: (
                "Moderators & rapporteur: Clear rapporteur"
                in [name for name, _, _ in wizard.palette_commands()]
            ),
        )


@pytest.mark.parametrize("field", ["participants_gain", "description", "hybrid_format"])
@sync
async def test_long_texts_are_typing_areas(field: str, sample_library: Path) -> None:
    app = WizardApp(sample_library, sample_library / READY, step=field)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        area = wizard.query_one(f"#input-{field}", TextArea)
        assert isinstance(area, TypingArea) and area.soft_wrap and area.has_focus


@sync
async def test_the_role_picker_shows_a_long_name_and_its_role_whole_at_80x24(
    data_dir: Path,
) -> None:
    maricarmen = Person(
        name="Maricarmen Sequera",
        organization="TEDIC",
        stakeholder_group="Civil Society",
        region="Latin American and Caribbean Group (GRULAC)",
        gender="female",
    )
    others = [
        Person(name=f"Organiser {n}", organization="An organisation with a long name")
        for n in range(4)
    ]
    proposal = Proposal(
        call="igf-2023",
        organizers=[*others, maricarmen],
        onsite_moderator=maricarmen,
        online_moderator=maricarmen,
        rapporteur=maricarmen,
    )
    path = create_draft(data_dir, proposal)
    app = WizardApp(data_dir, path, step="moderators")
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        picker = wizard.query_one("#field-onsite_moderator", RolePicker)
        label = picker.box.query_one("#label")
        shown = str(label.render())
        room = label.content_region.width
    assert shown == "Maricarmen Sequera (organiser 5)"
    assert room >= len(shown)


@sync
async def test_ctrl_end_and_ctrl_home_go_to_the_end_and_start_of_a_text(
    sample_library: Path,
) -> None:
    path = sample_library / READY
    description = load_draft(path).description
    app = WizardApp(sample_library, path, step="description")
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await opened(pilot)
        area = wizard.query_one("#input-description", TypingArea)
        area.focus()
        await pilot.pause()
        await pilot.press("ctrl+end")
        at_end = area.cursor_location
        await pilot.press("ctrl+home")
        at_start = area.cursor_location
        await pilot.press("ctrl+shift+end")
        selected = area.selected_text
    assert at_end == area.document.end and at_end != (0, 0)
    assert at_start == (0, 0)
    assert selected == description
