"""The search screen: words found in every draft as you type; enter opens the section."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import drafts, library_ready, stable_screens, sync, type_text, until

from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.screens.search import SearchScreen
from proposal_tui.tui.screens.wizard import WizardScreen

__all__ = ["drafts", "stable_screens"]
SIZES = [(80, 24), (120, 40)]


async def _search(pilot, words: str) -> SearchScreen:
    await library_ready(pilot)
    await pilot.press("ctrl+g")
    await until(pilot, lambda: isinstance(pilot.app.screen, SearchScreen))
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    await until(pilot, lambda: screen.ready)
    await type_text(pilot, words)
    await until(pilot, lambda: screen.searched == words)
    return screen


@sync
async def test_words_are_found_without_case_or_accents_and_enter_opens_the_section(
    drafts: Path,
) -> None:
    async with ProposalApp(drafts).run_test(size=(120, 40)) as pilot:
        screen = await _search(pilot, "CIBERCRIMEN")
        assert screen.hits == []
        assert "nothing matches" in str(screen.query_one("#search-status").render())
        await pilot.press(*["backspace"] * len("CIBERCRIMEN"))
        await type_text(pilot, "cybercrime safeguards")
        await until(pilot, lambda: screen.searched == "cybercrime safeguards")
        assert screen.hits and all(h.path.parent == drafts for h in screen.hits)
        fields = [hit.field for hit in screen.hits]
        assert fields[0] == "title"
        assert all(
            any(matched for _, matched in hit.snippet) for hit in screen.hits
        )  # the words are marked in every line
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, WizardScreen))
        wizard = pilot.app.screen
        assert isinstance(wizard, WizardScreen)
        assert wizard.session.path == screen.hits[0].path
        assert wizard.initial_step == "title"


@sync
async def test_a_draft_changed_on_disk_is_searched_as_it_is_now(drafts: Path) -> None:
    async with ProposalApp(drafts).run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        target = next(drafts.glob("community-*.toml"))
        text = target.read_text(encoding="utf-8").replace("Community", "Xylophonic", 1)
        target.write_text(text, encoding="utf-8")
        screen = await _search(pilot, "xylophonic")
        assert [hit.path for hit in screen.hits] == [target]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_search(snap_compare, drafts: Path, size) -> None:
    async def searched(pilot) -> None:
        await _search(pilot, "rights")
        await pilot.pause()

    assert snap_compare(ProposalApp(drafts), terminal_size=size, run_before=searched)
