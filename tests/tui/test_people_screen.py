"""The People screen: everyone across the drafts, filtered as you type."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_support import FIXED_MTIME, library_ready, screen_named, sync, until, workers_done
from textual.widgets import Input

from proposal_tui.model import Person, Proposal
from proposal_tui.store import create_draft, list_revisions, load_draft, read_draft, save_draft
from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.widgets.people_editor import PeopleEditor

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


@sync
async def test_at_80_columns_a_flag_is_cut_in_the_list_and_whole_below_it(tmp_path: Path) -> None:
    """A role clash is longer than a line: the list shows one line of it (with …), the
    detail under the list says it whole for the person highlighted."""
    from textual.geometry import Region
    from textual.widgets import OptionList, Static

    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await people_open(pilot)
        await pilot.press("down", "down")
        await until(pilot, lambda: screen.highlighted.name == "José Pérez")  # type: ignore[attr-defined]
        listed = screen.query_one("#people-list", OptionList)  # type: ignore[attr-defined]
        shown = [
            strip.text.strip(" ▊▎")
            for strip in listed.render_lines(Region(0, 0, *listed.outer_size))
        ]
        [clash] = [line for line in shown if "roles clash" in line]
        assert clash.endswith("…") and not any(line.startswith("speak;") for line in shown)
        detail = str(screen.query_one("#people-detail", Static).render())  # type: ignore[attr-defined]
        assert (
            "! roles clash in privacy.toml: José Pérez, the onsite moderator, is also speaker"
            " 2. A moderator should not also speak; choose another moderator if you can."
        ) in " ".join(detail.split())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_people(snap_compare, tmp_path: Path, size) -> None:
    app = ProposalApp(people_library(tmp_path))
    assert snap_compare(app, terminal_size=size, run_before=people_open)


@sync
async def test_enter_opens_the_draft_at_the_person_their_entry_focused(tmp_path: Path) -> None:
    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await people_open(pilot)
        await pilot.press(*"jose")
        await until(pilot, lambda: len(screen.shown) == 1)  # type: ignore[attr-defined]
        await pilot.press("enter")  # one draft: opened at once
        wizard = await screen_named(pilot, "WizardScreen")
        await until(pilot, lambda: wizard.ready)  # type: ignore[attr-defined]
        editor = wizard.query_one("#field-speakers", PeopleEditor)  # type: ignore[attr-defined]
        await until(pilot, lambda: editor.box.has_focus)
        assert editor.highlighted == 1  # José Pérez is speaker 2
        assert wizard.path.name == "privacy.toml"  # type: ignore[attr-defined]


@sync
async def test_a_person_in_several_drafts_opens_the_draft_chosen(tmp_path: Path) -> None:
    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await people_open(pilot)
        await pilot.press("enter")  # Ana Lima: four drafts
        prompt = await screen_named(pilot, "ChoicePrompt")
        labels = [label for _, label in prompt.choices]  # type: ignore[attr-defined]
        assert labels[2] == "session-2.toml: speaker 1 · Session 2"
        await pilot.press("down", "down", "enter")
        wizard = await screen_named(pilot, "WizardScreen")
        await until(pilot, lambda: wizard.ready)  # type: ignore[attr-defined]
        assert wizard.path.name == "session-2.toml"  # type: ignore[attr-defined]
        assert wizard.focused is wizard.query_one("#input-speakers")  # type: ignore[attr-defined]


@sync
async def test_f2_updates_a_person_in_every_draft_after_asking_and_names_a_draft_it_left(
    tmp_path: Path,
) -> None:
    folder = people_library(tmp_path)
    app = ProposalApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await people_open(pilot)
        await pilot.press("f2")  # Ana Lima, in four drafts
        form = await screen_named(pilot, "PersonForm")
        assert not form.query("#person-participation")  # type: ignore[attr-defined]
        form.query_one("#person-organization", Input).value = "Rede Sul"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        asked = await screen_named(pilot, "ConfirmDialog")
        message = asked.message  # type: ignore[attr-defined]
        assert "Ana Lima in 4 drafts" in message and "organization: Rede Sul" in message
        assert "session-0.toml, session-1.toml, session-2.toml, session-3.toml" in message
        changed = folder / "session-3.toml"  # changed elsewhere after the list was made
        draft = read_draft(changed)
        save_draft(
            changed,
            Proposal(**{**draft.proposal.model_dump(), "title": "Moved"}),
            expected=draft.fingerprint,
        )
        await pilot.press("enter")
        told = await screen_named(pilot, "MessageDialog")
        assert told.dialog_title == "Some drafts were not updated"  # type: ignore[attr-defined]
        assert "session-3.toml: changed on disk" in told.details  # type: ignore[attr-defined]
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen)
    for index in range(3):
        path = folder / f"session-{index}.toml"
        assert load_draft(path).speakers[0].organization == "Rede Sul"
        assert len(list_revisions(path)) == 1
    assert load_draft(changed).speakers[0].organization == "Rede Norte"


@sync
async def test_what_the_screens_keep_is_out_of_full_collections_in_one_collection_a_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library's rows and the People directory are kept out of the collector's full
    passes once built (see tui/heap.py), after one full collection a read of the folder
    that found a change: none when the People screen shows the directory the library
    built, none on coming back to an unchanged library.  All is given back when the app
    closes, so that nothing the app held stays uncollectable after it."""
    import gc

    from proposal_tui.tui import heap

    collections: list[str] = []
    collect = gc.collect

    def counted(*args: object) -> int:
        collections.append(type(app.screen).__name__)
        return collect(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(heap.gc, "collect", counted)
    monkeypatch.setattr(heap, "LARGE", 1)  # five drafts and four people count as many here
    folder = people_library(tmp_path)
    app = ProposalApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await library_ready(pilot)
        await until(pilot, lambda: collections == ["LibraryScreen"])  # rows and directory
        assert gc.get_freeze_count() > 0
        await pilot.press("ctrl+y")
        people = await screen_named(pilot, "PeopleScreen")
        await until(pilot, lambda: people.directory is not None)  # type: ignore[attr-defined]
        await workers_done(app)
        await pilot.press("escape")
        await until(pilot, lambda: pilot.app.screen is library)
        await workers_done(app)
        await pilot.pause()
        assert collections == ["LibraryScreen"]  # nothing new was kept
        save_draft(folder / "session-0.toml", Proposal(call="igf-2025", title="Changed"))
        os.utime(folder / "session-0.toml", (FIXED_MTIME + 60, FIXED_MTIME + 60))
        await pilot.press("ctrl+y")
        await screen_named(pilot, "PeopleScreen")
        await pilot.press("escape")
        await until(pilot, lambda: collections[-1:] == ["LibraryScreen"] and len(collections) > 1)
        await workers_done(app)
        await pilot.pause()
        assert any(row.title == "Changed" for row in library.rows)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


@sync
async def test_the_directory_is_built_once_the_library_is_read_and_ctrl_y_finds_it_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library builds the People directory in a thread once every draft is read, so
    that opening the People screen does not build it again (no draft changed)."""
    from proposal_tui import people_directory

    built: list[object] = []
    build = people_directory.directory_with_calls

    def counted(*args: object, **kwargs: object) -> object:
        built.append(found := build(*args, **kwargs))  # type: ignore[arg-type]
        return found

    monkeypatch.setattr(people_directory, "directory_with_calls", counted)
    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(pilot)
        await until(pilot, lambda: len(built) == 1)  # built ahead, before ctrl+y
        await pilot.press("ctrl+y")
        screen = await screen_named(pilot, "PeopleScreen")
        await until(pilot, lambda: screen.directory is not None)  # type: ignore[attr-defined]
        assert screen.directory is built[0]  # type: ignore[attr-defined]
        assert len(built) == 1


@sync
async def test_a_small_library_leaves_the_collector_alone(tmp_path: Path) -> None:
    import gc

    async with ProposalApp(people_library(tmp_path)).run_test(size=(120, 40)) as pilot:
        screen = await people_open(pilot)
        assert screen.shown  # type: ignore[attr-defined]
        assert gc.get_freeze_count() == 0  # five drafts: full passes are short


@sync
async def test_the_list_follows_the_filter_as_the_letter_is_typed(tmp_path: Path) -> None:
    """The list is narrowed while the letter goes in (not on a later message), so that no
    frame draws the new letter over the old list; the detail is drawn again only when
    the person highlighted changes."""
    from textual.widgets import Static

    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await people_open(pilot)
        field = screen.query_one("#people-filter", Input)  # type: ignore[attr-defined]
        detail = screen.query_one("#people-detail", Static)  # type: ignore[attr-defined]
        drawn = detail.visual
        field.value = "a"  # no pause: the list is already the filter's
        assert [p.name for p in screen.shown] == [  # type: ignore[attr-defined]
            "Ana Lima",
            "J. Carlos Lara",
            "Juan Carlos Lara",
        ]
        field.value = "an"
        assert [p.name for p in screen.shown] == ["Ana Lima", "Juan Carlos Lara"]  # type: ignore[attr-defined]
        await pilot.pause()
        assert screen.highlighted.name == "Ana Lima"  # type: ignore[attr-defined]
        assert detail.visual is drawn  # Ana still highlighted: her detail is not redrawn
        field.value = "jose"
        await pilot.pause()
        assert "José Pérez" in str(detail.render())
        field.value = "nobody"
        await pilot.pause()
        assert not screen.shown and str(detail.render()) == ""  # type: ignore[attr-defined]


@sync
async def test_typing_in_the_filter_does_not_lay_the_screen_out(tmp_path: Path) -> None:
    """The filter and the list have sizes their styles fix: a letter typed (the filter's
    text a letter wider, the list set to fewer people) repaints them without laying the
    whole screen out again, and the list's scrollbar still shows and hides as the people
    listed outgrow it; a filter wider than its field scrolls to keep the cursor in view."""
    from textual.widgets import OptionList

    from proposal_tui.tui.screens import people

    app = ProposalApp(people_library(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await people_open(pilot)
        laid_out: list[object] = []
        screen.screen_layout_refresh_signal.subscribe(screen, laid_out.append)  # type: ignore[attr-defined]
        listed = screen.query_one("#people-list", OptionList)  # type: ignore[attr-defined]
        assert listed.show_vertical_scrollbar  # four people, two lines each, at 24 rows
        field = screen.query_one("#people-filter", people.FilterField)  # type: ignore[attr-defined]
        field.value = "an"  # Ana Lima, Juan Carlos Lara: the list's scrollbar goes
        await pilot.pause()
        assert len(screen.shown) == 2 and not listed.show_vertical_scrollbar  # type: ignore[attr-defined]
        laid_out.clear()
        await pilot.press("end", "a")
        await until(pilot, lambda: [p.name for p in screen.shown] == ["Ana Lima"])  # type: ignore[attr-defined]
        await pilot.press("backspace")
        await until(pilot, lambda: len(screen.shown) == 2)  # type: ignore[attr-defined]
        await pilot.press("o")
        await until(pilot, lambda: not screen.shown)  # type: ignore[attr-defined]
        await pilot.pause()
        assert laid_out == []
        field.value = ""
        await pilot.press(*("x" * (field.content_size.width + 10)))
        await pilot.pause()
        assert field.scroll_x > 0 and field.cursor_position == len(field.value)
        await pilot.press("ctrl+u")  # the filter cleared: everyone, the scrollbar again
        await until(pilot, lambda: len(screen.shown) == 4)  # type: ignore[attr-defined]
        await pilot.pause()
        assert listed.show_vertical_scrollbar
