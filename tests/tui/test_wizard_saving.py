"""Saving in the wizard: after a pause, on step change, on leaving; a failed save keeps the
text and retries; a file changed on disk is reported with a choice, never overwritten."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from app_support import sync, until
from textual.widgets import OptionList, TextArea
from wizard_support import READY, WizardApp, opened, type_text

from proposal_tui import store
from proposal_tui.errors import DraftError
from proposal_tui.model import Proposal
from proposal_tui.session import DraftSession
from proposal_tui.store import list_revisions, load_draft
from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.screens.wizard import WizardScreen
from proposal_tui.tui.widgets.dialogs import ChoicePrompt, ConfirmDialog
from proposal_tui.tui.widgets.save_indicator import SaveIndicator

MINE = " (mine)"


def indicator(wizard: WizardScreen) -> str:
    return wizard.query_one(SaveIndicator).text


def disk_title(path: Path) -> str:
    return load_draft(path).title


def fail_saves(monkeypatch: pytest.MonkeyPatch, calls: list[Path]) -> None:
    """Make every save fail as a full disk does."""

    def no_space(path: Path, proposal: Proposal, **how: object) -> str:
        calls.append(path)
        raise DraftError("not saved: No space left on device", path)

    monkeypatch.setattr(store, "save_draft", no_space)


@sync
async def test_autosave_after_a_pause_in_typing(sample_library: Path) -> None:
    path = sample_library / READY
    before = disk_title(path)
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        assert indicator(wizard) == "✓ saved"
        await pilot.press("end")
        typing = time.monotonic()  # the last key is typed after this
        await type_text(pilot, MINE)
        if time.monotonic() - typing < WizardScreen.AUTOSAVE_DELAY:  # (a busy machine: skip)
            assert indicator(wizard) == "● edited"
            assert disk_title(path) == before  # not yet: typing has only just stopped
        await until(pilot, lambda: disk_title(path) == before + MINE)
        await until(pilot, lambda: indicator(wizard) == "✓ saved")
        assert not wizard.has_unsaved_changes()


@sync
async def test_step_change_saves_without_waiting(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WizardScreen, "AUTOSAVE_DELAY", 60.0)
    path = sample_library / READY
    app = WizardApp(sample_library, path, step="description")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await type_text(pilot, "Why now? ")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: load_draft(path).description.startswith("Why now? "))
        assert wizard.step_index == 8


@sync
async def test_ctrl_s_saves_at_once(sample_library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WizardScreen, "AUTOSAVE_DELAY", 60.0)
    path = sample_library / READY
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await pilot.press("end")
        await type_text(pilot, MINE)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: disk_title(path).endswith(MINE))
        assert indicator(wizard) == "✓ saved"


@sync
async def test_failed_save_keeps_the_text_says_why_and_retries(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DraftSession, "RETRY_DELAYS", (0.3,))
    path = sample_library / READY
    before = load_draft(path).description
    real_save = store.save_draft
    calls: list[Path] = []
    fail_saves(monkeypatch, calls)
    app = WizardApp(sample_library, path, step="description")
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await type_text(pilot, "Kept. ")
        await until(pilot, lambda: indicator(wizard).startswith("✗ not saved:"))
        assert "No space left on device" in indicator(wizard)
        assert wizard.query_one("#input-description", TextArea).text == "Kept. " + before
        assert wizard.proposal is not None and wizard.proposal.description.startswith("Kept. ")
        assert wizard.has_unsaved_changes()
        tried = len(calls)
        await until(pilot, lambda: len(calls) > tried)  # it tries again, without a key
        assert load_draft(path).description == before
        monkeypatch.setattr(store, "save_draft", real_save)  # the disk has room again
        await until(pilot, lambda: indicator(wizard) == "✓ saved")
        assert load_draft(path).description == "Kept. " + before
        assert not wizard.has_unsaved_changes()


@sync
async def test_leaving_with_unsaved_changes_asks(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sample_library / READY
    fail_saves(monkeypatch, [])
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await pilot.press("end")
        await type_text(pilot, MINE)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "No space left on device" in app.screen.message  # type: ignore[attr-defined]
        await pilot.click("#cancel")  # Stay
        await until(pilot, lambda: app.screen is wizard)
        assert wizard.query_one("#input-title").value.endswith(MINE)  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.click("#confirm")  # Leave without saving
        await until(pilot, lambda: wizard not in app.screen_stack)
    assert not disk_title(path).endswith(MINE)


@sync
async def test_quitting_with_unsaved_changes_asks(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sample_library / READY
    fail_saves(monkeypatch, [])
    app = ProposalApp(sample_library, open_path=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, WizardScreen) and app.screen.ready)
        wizard = app.screen
        await pilot.press("end")
        await type_text(pilot, MINE)
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.click("#cancel")  # Stay
        await until(pilot, lambda: app.screen is wizard)
        assert app.return_code is None
        assert wizard.has_unsaved_changes()


def count_disk_reads(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Record each fingerprint read from disk (the poll's reads, and a save's check)."""
    reads: list[str | None] = []
    real = store.disk_fingerprint

    def counted(path: Path) -> str | None:
        found = real(path)
        reads.append(found)
        return found

    monkeypatch.setattr(store, "disk_fingerprint", counted)
    return reads


async def rewrite_behind(path: Path, title: str) -> None:
    """Another window (or a sync) writes the draft with another title."""
    theirs = load_draft(path).model_copy(update={"title": title})
    store.save_draft(path, theirs)


async def pick(pilot, value: str) -> None:  # type: ignore[no-untyped-def]
    """Choose the option `value` in the open ChoicePrompt with the keyboard."""
    prompt = pilot.app.screen
    assert isinstance(prompt, ChoicePrompt)
    values = [value for value, _ in prompt.choices]
    await pilot.press("home", *["down"] * values.index(value), "enter")


@pytest.mark.parametrize("choice", ["reload", "keep", "copy"])
@sync
async def test_change_on_disk_asks_and_each_choice_does_what_it_says(
    choice: str, sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WizardScreen, "POLL_SECONDS", 0.2)
    monkeypatch.setattr(WizardScreen, "AUTOSAVE_DELAY", 60.0)  # mine stays unsaved
    reads = count_disk_reads(monkeypatch)
    path = sample_library / READY
    original = disk_title(path)
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await pilot.press("end")
        await type_text(pilot, MINE)
        await rewrite_behind(path, "Theirs")
        await until(pilot, lambda: isinstance(app.screen, ChoicePrompt))
        assert "changed" in app.screen.dialog_title  # type: ignore[attr-defined]
        assert disk_title(path) == "Theirs"  # nothing written over theirs while asking
        await pick(pilot, choice)
        await until(pilot, lambda: app.screen is wizard and not wizard.conflict_pending)
        await until(pilot, lambda: indicator(wizard) == "✓ saved")
        title = wizard.query_one("#input-title").value  # type: ignore[attr-defined]
        if choice == "reload":
            assert title == "Theirs"
            assert disk_title(path) == "Theirs"
            assert not wizard.has_unsaved_changes()
        elif choice == "keep":
            assert disk_title(path) == original + MINE
            assert any(load_draft(r.path).title == "Theirs" for r in list_revisions(path))
        else:
            copy = path.with_name(f"{path.stem}-mine.toml")
            assert wizard.path == copy
            assert disk_title(copy) == original + MINE
            assert disk_title(path) == "Theirs"
        # the poll goes on quietly: no second prompt for what was just chosen
        seen = len(reads)
        await until(pilot, lambda: len(reads) >= seen + 3)  # the file read by three polls
        assert app.screen is wizard
        assert not wizard.conflict_pending


@sync
async def test_a_save_that_meets_a_change_on_disk_asks_too(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WizardScreen, "POLL_SECONDS", 600.0)  # only the save can notice
    path = sample_library / READY
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await rewrite_behind(path, "Theirs")
        await pilot.press("end")
        await type_text(pilot, MINE)
        await until(pilot, lambda: isinstance(app.screen, ChoicePrompt))
        await pilot.press("escape")  # decide later: nothing is written meanwhile
        await until(pilot, lambda: app.screen is wizard)
        assert indicator(wizard).startswith("✗ not saved: changed on disk")
        assert disk_title(path) == "Theirs"
        await pilot.press("ctrl+s")  # asks again
        await until(pilot, lambda: isinstance(app.screen, ChoicePrompt))
        await pick(pilot, "keep")
        await until(pilot, lambda: disk_title(path).endswith(MINE))


@sync
async def test_a_deleted_draft_can_be_saved_again(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WizardScreen, "POLL_SECONDS", 0.2)
    path = sample_library / READY
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        path.unlink()
        await until(pilot, lambda: isinstance(app.screen, ChoicePrompt))
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2  # nothing to reload: keep mine or a copy
        await pick(pilot, "keep")
        await until(pilot, lambda: path.exists() and indicator(wizard) == "✓ saved")
        assert disk_title(path) == wizard.query_one("#input-title").value  # type: ignore[attr-defined]


@sync
async def test_versions_save_first_and_a_restore_shows_in_the_wizard(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from proposal_tui.tui.screens.revisions import RevisionsScreen

    monkeypatch.setattr(WizardScreen, "AUTOSAVE_DELAY", 60.0)
    path = sample_library / READY
    before = disk_title(path)
    app = WizardApp(sample_library, path)
    async with app.run_test(size=(100, 30)) as pilot:
        wizard = await opened(pilot)
        await pilot.press("end")
        await type_text(pilot, MINE)
        await pilot.press("ctrl+o")  # saves what is typed, then lists the versions
        await until(pilot, lambda: isinstance(app.screen, RevisionsScreen))
        versions = app.screen
        assert isinstance(versions, RevisionsScreen)
        await until(pilot, lambda: len(versions.rows) == 1)
        assert disk_title(path) == before + MINE
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("enter")
        await until(pilot, lambda: disk_title(path) == before)
        await until(pilot, lambda: isinstance(app.screen, RevisionsScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is wizard and wizard.ready)
        await until(pilot, lambda: wizard.proposal is not None and wizard.proposal.title == before)
        assert not wizard.conflict_pending
        title_box = wizard.query_one("#input-title")
        assert title_box.value == before  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is not wizard)
    assert disk_title(path) == before
    assert [load_draft(r.path).title for r in list_revisions(path)][:2] == [before + MINE, before]
