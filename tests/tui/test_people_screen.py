"""The People screen: everyone across the drafts, filtered as you type."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_support import FIXED_MTIME, library_ready, screen_named, sync, until

from proposal_tui.model import Person, Proposal
from proposal_tui.store import create_draft
from proposal_tui.tui.app import ProposalApp

SIZES = [(80, 24), (120, 40)]


def people_library(folder: Path) -> Path:
    """In a folder named 'drafts' (fixed last-change times): four sessions with Ana (over
    the limit of 3), and one with a maybe-the-same pair and a person in two roles."""
    folder = folder / "drafts"
    ana = Person(name="Ana Lima", organization="Rede Norte", stakeholder_group="Civil Society")
    for index in range(4):
        create_draft(folder, Proposal(call="igf-2025", title=f"Session {index}", speakers=[ana]))
    create_draft(
        folder,
        Proposal(
            call="igf-2025",
            title="Privacy",
            organizers=[Person(name="J. Carlos Lara", organization="Derechos Digitales")],
            speakers=[Person(name="Juan Carlos Lara"), Person(name="José Pérez")],
            onsite_moderator=Person(name="José Pérez"),
        ),
    )
    for path in folder.glob("*.toml"):
        os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return folder


async def people_open(pilot) -> object:
    await library_ready(pilot)
    await pilot.press("ctrl+y")
    screen = await screen_named(pilot, "PeopleScreen")
    await until(pilot, lambda: screen.directory is not None)  # type: ignore[attr-defined]
    await pilot.pause()
    return screen


@sync
async def test_people_lists_everyone_and_filters_without_accents(tmp_path: Path) -> None:
    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await people_open(pilot)
        names = [p.name for p in screen.shown]  # type: ignore[attr-defined]
        assert names == ["Ana Lima", "J. Carlos Lara", "José Pérez", "Juan Carlos Lara"]
        ana = screen.shown[0]  # type: ignore[attr-defined]
        assert ana.sessions == 4 and ana.over_limit
        await pilot.press(*"jose")
        await until(pilot, lambda: len(screen.shown) == 1)  # type: ignore[attr-defined]
        assert screen.shown[0].name == "José Pérez"  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: type(app.screen).__name__ == "LibraryScreen")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_people(snap_compare, tmp_path: Path, size) -> None:
    app = ProposalApp(people_library(tmp_path))
    assert snap_compare(app, terminal_size=size, run_before=people_open)
