"""The compare screen: two versions side by side, moving between differences, taking one side."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_support import Host, sync, until
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from proposal_tui.call import load_call
from proposal_tui.compare import compare
from proposal_tui.model import Person
from proposal_tui.store import keep_revision, list_revisions, load_draft, read_draft, save_draft
from proposal_tui.tui.screens.compare import CompareScreen
from proposal_tui.tui.widgets.diff_view import FoldedSections, SectionDiffView

READY = "cybercrime-human-rights-roundtable.toml"
BREAKER = "ai-governance-rule-breaker.toml"
SIZES = [(80, 24), (120, 40)]
NEW_DESCRIPTION_START = "The new UN convention against cybercrime will soon be written"


def drawn(app: App) -> bool:
    """The comparison is on screen, each changed section wrapped to its width."""
    screen = app.screen
    if not (isinstance(screen, CompareScreen) and screen.loaded is not None and screen.is_current):
        return False
    views = list(screen.query(SectionDiffView))
    return len(views) == len(screen.loaded.comparison.changed) and all(
        v.drawn is not None for v in views if not v.diff.people
    )


def flat(text: str) -> str:
    """Text with its wrapping undone: words separated by single spaces, a run of changed
    words that a line end cut in two joined again."""
    return " ".join(text.split()).replace("+} {+", " ").replace("-] [-", " ")


@pytest.fixture
def edited(sample_library: Path) -> Path:
    """A co-organiser's copy of the ready sample: new words, people changed, a title edit."""
    proposal = load_draft(sample_library / READY)
    proposal.description = proposal.description.replace(
        "The UN convention against cybercrime will soon be written",
        "The new UN convention against cybercrime will soon be written",
    ).replace("journalists and protesters", "journalists, students and protesters")
    proposal.title = proposal.title.replace("Voices from Latin America", "Latin American Voices")
    speakers = [p.model_copy() for p in proposal.speakers if p.name != "Henrik Solberg"]
    speakers[1].region = "Western European and Others Group (WEOG)"
    speakers.append(
        Person(
            name="Ana Souza",
            organization="Coletivo Rede Livre",
            stakeholder_group="Civil Society",
            region="Latin American and Caribbean Group (GRULAC)",
            gender="female",
            participation="onsite",
            confirmed=True,
        )
    )
    proposal.speakers = speakers
    path = sample_library / "cybercrime-co-organiser.toml"
    save_draft(path, proposal)
    return path


def open_compare(a: Path, b: Path, **kwargs) -> Host:
    return Host(lambda: CompareScreen(a, b, **kwargs))


def view(app: App, field: str) -> SectionDiffView:
    return app.screen.query_one(f"#diff-{field}", SectionDiffView)


def text_of(widget: Static) -> str:
    return str(widget.render())


# --- snapshots --------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare_snapshot_folded(snap_compare, sample_library: Path, edited: Path, size) -> None:
    app = open_compare(sample_library / READY, edited)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: drawn(app))

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare_snapshot_unfolded_at_description(
    snap_compare, sample_library: Path, edited: Path, size
) -> None:
    app = open_compare(sample_library / READY, edited)

    async def unfold(pilot: Pilot) -> None:
        await until(pilot, lambda: drawn(app))
        await pilot.press("u", "n", "n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=unfold)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare_snapshot_of_two_samples(snap_compare, sample_library: Path, size) -> None:
    app = open_compare(sample_library / READY, sample_library / BREAKER)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: drawn(app))

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare_snapshot_long_section_folded(snap_compare, sample_library: Path, size) -> None:
    a, b = long_pair(sample_library)
    app = open_compare(a, b)

    async def at_description(pilot: Pilot) -> None:
        await until(pilot, lambda: drawn(app))

    assert snap_compare(app, terminal_size=size, run_before=at_description)


# --- what is shown ----------------------------------------------------------------


@sync
async def test_readiness_of_both_sides_at_the_top(sample_library: Path) -> None:
    app = open_compare(sample_library / READY, sample_library / BREAKER)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        state_a = text_of(app.screen.query_one("#compare-state-a", Static))
        state_b = text_of(app.screen.query_one("#compare-state-b", Static))
    assert state_a.splitlines() == [f"A {READY}", "✓ ready: 16/16 sections"]
    assert state_b.splitlines()[0] == f"B {BREAKER}"
    assert state_b.splitlines()[1].startswith("✗ not ready: ")


@sync
async def test_changed_sections_are_rows_and_the_rest_folds(
    sample_library: Path, edited: Path
) -> None:
    a, b = load_draft(sample_library / READY), load_draft(edited)
    comparison = compare(a, b, load_call(a.call))
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        rows = [v.field for v in app.screen.query(SectionDiffView)]
        folds = list(app.screen.query(FoldedSections))
        summary = text_of(app.screen.query_one("#compare-summary", Static))
    assert rows == ["title", "speakers", "description"] == [d.field for d in comparison.changed]
    assert sum(len(f.diffs) for f in folds) == comparison.unchanged_count
    assert all(f.folded for f in folds)
    assert text_of(folds[0]) == "═ 2 unchanged sections: Subtheme, Organizers"
    assert summary.startswith(f"≠ 3 sections differ, {comparison.unchanged_count} unchanged")


@sync
async def test_changed_words_are_marked_beyond_colour(sample_library: Path, edited: Path) -> None:
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        row = view(app, "description")
        side_a = flat(text_of(row.query_one(".diff-a", Static)))
        side_b = flat(text_of(row.query_one(".diff-b", Static)))
        title_a = flat(text_of(view(app, "title").query_one(".diff-a", Static)))
        title_b = flat(text_of(view(app, "title").query_one(".diff-b", Static)))
    assert side_b.startswith("The {+new+} UN convention")
    assert "against {+journalists, students+} and protesters" in side_b
    assert "against [-journalists-] and protesters" in side_a
    assert "{+" not in side_a and "[-" not in side_b
    assert (
        title_a == "Cybercrime Convention, Human Rights Safeguards: Voices [-from Latin America-]"
    )
    assert title_b.startswith(
        "Cybercrime Convention, Human Rights Safeguards: {+Latin American+} Voices"
    )


@sync
async def test_lines_far_from_a_change_fold_until_unfolded(
    sample_library: Path, edited: Path
) -> None:
    last_words = load_draft(edited).description.split()[-6:]
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        row = view(app, "description")
        sides = [row.query_one(f".diff-{side}", Static) for side in "ab"]
        folded = [text_of(side) for side in sides]
        await pilot.press("u")
        await until(pilot, lambda: row.drawn is not None and not row.drawn[2])
        unfolded = [text_of(side) for side in sides]
    ends = [text.splitlines()[-1] for text in folded]
    assert ends[0] == ends[1] and re.fullmatch(r"… \d+ unchanged lines", ends[0])
    assert all(" ".join(last_words) not in flat(text) for text in folded)
    assert all(flat(text).endswith(" ".join(last_words)) for text in unfolded)
    assert all("unchanged line" not in text for text in unfolded)


def long_pair(folder: Path) -> tuple[Path, Path]:
    """Two drafts whose 3,000-word description differs in one word, in the middle."""
    words = [f"word{n}" for n in range(3000)]
    proposal = load_draft(folder / READY)
    proposal.description = " ".join(words)
    a = folder / "long-a.toml"
    save_draft(a, proposal)
    proposal.description = " ".join(words).replace("word1500 ", "changed ")
    b = folder / "long-b.toml"
    save_draft(b, proposal)
    return a, b


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@sync
async def test_one_word_in_a_long_section_shows_with_context(
    sample_library: Path, size: tuple[int, int]
) -> None:
    a, b = long_pair(sample_library)
    app = open_compare(a, b)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: drawn(app))
        row = view(app, "description")
        side_b = text_of(row.query_one(".diff-b", Static))
        unfolded_key = [b for b in app.screen.active_bindings.values() if b.binding.key == "u"]
    lines = side_b.splitlines()
    assert len(lines) <= 2 * 3 + 3  # the change, three lines each side, two folds
    assert re.fullmatch(r"… \d+ unchanged lines", lines[0])
    assert re.fullmatch(r"… \d+ unchanged lines", lines[-1])
    assert "{+changed+}" in side_b and "word1499" in side_b
    assert [k.binding.description for k in unfolded_key] == ["Unfold"]


@sync
async def test_people_are_matched_by_name(sample_library: Path, edited: Path) -> None:
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        people = text_of(view(app, "speakers").query_one(".diff-people", Static))
        heading = text_of(view(app, "speakers").query_one(".diff-heading", Static))
    lines = people.splitlines()
    assert "~ changed Kwame Asante-Mensah: region" in lines
    assert "    region: African Group → Western European and Others Group (WEOG)" in lines
    assert "− removed Henrik Solberg" in lines
    assert "+ added Ana Souza" in lines
    assert "Lucía Benítez" not in people
    assert heading == "≠ Speakers  1 changed, 1 removed, 1 added" or (
        heading.startswith("≠ Speakers") and "1 added" in heading and "1 removed" in heading
    )


@sync
async def test_equal_drafts_say_so(sample_library: Path, tmp_path: Path) -> None:
    twin = tmp_path / "twin.toml"
    twin.write_bytes((sample_library / READY).read_bytes())
    a = load_draft(twin)
    sections = len(compare(a, a, load_call(a.call)).sections)
    app = open_compare(sample_library / READY, twin)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: drawn(app))
        summary = text_of(app.screen.query_one("#compare-summary", Static))
        assert not app.screen.query(SectionDiffView)
        await pilot.press("n")
    assert summary == f"✓ The same: all {sections} sections match."
    assert app.notes == ["No differences."]


@sync
async def test_an_unreadable_side_is_one_line(sample_library: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_bytes(b"\x00\x01")
    app = open_compare(sample_library / READY, broken)
    async with app.run_test(size=(80, 24)) as pilot:
        summary = app.screen.query_one("#compare-summary", Static)
        await until(pilot, lambda: "Cannot" in text_of(summary))
        text = text_of(summary)
    assert text.startswith("✗ Cannot compare: ")
    assert "broken.toml" in text and "binary" in text and "\n" not in text


@pytest.mark.parametrize(("width", "stacked"), [(80, True), (120, False)])
@sync
async def test_sides_stack_at_80_columns(
    sample_library: Path, edited: Path, width: int, stacked: bool
) -> None:
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(width, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        row = view(app, "title")
        side_a, side_b = row.query_one(".diff-a"), row.query_one(".diff-b")
        assert app.screen.has_class("-narrow") is stacked
        if stacked:
            assert side_b.region.y >= side_a.region.bottom
            assert side_a.border_title == f"A · {READY}"
            assert side_a.styles.border_top[0] == "solid"
        else:
            assert side_b.region.x >= side_a.region.right
            assert side_b.region.y == side_a.region.y
            assert side_a.styles.border_top[0] == ""


# --- keys -------------------------------------------------------------------------


@sync
async def test_next_and_previous_difference(sample_library: Path, edited: Path) -> None:
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: drawn(app))
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        seen = [app.focused.field]  # type: ignore[union-attr]
        for key in ("n", "]", "n"):
            await pilot.press(key)
            seen.append(app.focused.field)  # type: ignore[union-attr]
        for key in ("p", "["):
            await pilot.press(key)
            seen.append(app.focused.field)  # type: ignore[union-attr]
        await pilot.press("p", "p")
    assert seen == ["title", "speakers", "description", "description", "speakers", "title"]
    assert app.notes == [
        "That was the last difference.",
        "That was the first.",
        "That was the first.",
    ]


@sync
async def test_u_unfolds_the_unchanged_sections(sample_library: Path, edited: Path) -> None:
    app = open_compare(sample_library / READY, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        fold = app.screen.query(FoldedSections).last()
        assert "Hybrid Format" in text_of(fold) and "Online participants" not in text_of(fold)
        await pilot.press("u")
        assert not fold.folded
        assert "Online participants have their own queue" in text_of(fold)
        await pilot.press("u")
        assert fold.folded


# --- taking the other side --------------------------------------------------------


@sync
async def test_take_other_side_writes_only_that_section(sample_library: Path, edited: Path) -> None:
    mine = sample_library / READY
    before = load_draft(mine)
    theirs = load_draft(edited)
    app = open_compare(mine, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        view(app, "description").focus()
        await pilot.press("t")
        await until(pilot, lambda: not app.screen.query("#diff-description"))
        assert [v.field for v in app.screen.query(SectionDiffView)] == ["title", "speakers"]
        await pilot.press("escape")
        await pilot.pause()
    after = load_draft(mine)
    assert after.description == theirs.description
    assert after.model_copy(update={"description": before.description}) == before
    assert len(list_revisions(mine)) == 1
    assert load_draft(list_revisions(mine)[0].path) == before
    assert app.notes[-1] == (
        f"Took Description from B into {READY} "
        "(the previous text is kept as a revision; ctrl+z undoes)"
    )
    assert app.results == [True]


@sync
async def test_take_keeps_the_place_and_ctrl_z_undoes_it(
    sample_library: Path, edited: Path
) -> None:
    mine = sample_library / READY
    before = mine.read_bytes()
    app = open_compare(mine, edited)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: drawn(app))
        await pilot.press("n")
        assert app.focused.field == "speakers"  # type: ignore[union-attr]
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.check_action("undo_take", ()) is False
        await pilot.press("t")
        await until(pilot, lambda: not screen.query("#diff-speakers"))
        on_after_take = app.focused.field  # type: ignore[union-attr]
        assert screen.check_action("undo_take", ()) is True
        await pilot.press("ctrl+z")
        await until(pilot, lambda: screen.query("#diff-speakers"))
        on_after_undo = app.focused.field  # type: ignore[union-attr]
        assert screen.check_action("undo_take", ()) is False
    assert on_after_take == "description"
    assert on_after_undo == "speakers"
    assert load_draft(mine) == load_draft(sample_library / READY)
    assert mine.read_bytes() == before
    assert len(list_revisions(mine)) == 2  # the take and its undo are both kept
    assert app.notes[-1] == f"Undid the take of Speakers: {READY} is as before"


@sync
async def test_undo_refuses_when_the_draft_changed_on_disk(
    sample_library: Path, edited: Path
) -> None:
    mine = sample_library / READY
    app = open_compare(mine, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        view(app, "description").focus()
        await pilot.press("t")
        await until(pilot, lambda: not app.screen.query("#diff-description"))
        elsewhere = load_draft(mine).model_copy(update={"expected_outcomes": "Changed elsewhere."})
        save_draft(mine, elsewhere)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: any(n.startswith("Not undone") for n in app.notes))
    assert load_draft(mine).expected_outcomes == "Changed elsewhere."
    assert load_draft(mine).description == load_draft(edited).description


@sync
async def test_take_from_a_revision_into_the_draft(sample_library: Path, edited: Path) -> None:
    draft = sample_library / READY
    old = keep_revision(draft, edited.read_bytes())
    app = open_compare(old, draft, editable=draft)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        title = text_of(app.screen.query_one("#compare-title", Static))
        view(app, "speakers").focus()
        await pilot.press("t")
        await until(pilot, lambda: not app.screen.query("#diff-speakers"))
    assert title.startswith("Compare · revision ")
    assert [p.name for p in load_draft(draft).speakers] == [
        p.name for p in load_draft(old).speakers
    ]
    assert load_draft(draft).description != load_draft(old).description
    assert app.notes[-1].startswith("Took Speakers from A into ")


@sync
async def test_take_refuses_when_the_draft_changed_on_disk(
    sample_library: Path, edited: Path
) -> None:
    mine = sample_library / READY
    app = open_compare(mine, edited)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        elsewhere = load_draft(mine).model_copy(update={"expected_outcomes": "Changed elsewhere."})
        save_draft(mine, elsewhere)
        changed_on_disk = read_draft(mine).fingerprint
        view(app, "description").focus()
        await pilot.press("t")
        await until(pilot, lambda: any(n.startswith("Not taken") for n in app.notes))
        await until(pilot, lambda: app.screen.query("#diff-expected_outcomes"))
    assert read_draft(mine).fingerprint == changed_on_disk
    assert app.notes[-1].startswith(f"Not taken: {READY} changed on disk")


@sync
async def test_a_revision_side_is_never_edited(sample_library: Path, edited: Path) -> None:
    draft = sample_library / READY
    old = keep_revision(draft, edited.read_bytes())
    before = old.read_bytes()
    app = open_compare(old, draft)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: drawn(app))
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.editable is None
        assert screen.check_action("take_other_side", ()) is False
        await pilot.press("t")
        await pilot.pause()
    assert old.read_bytes() == before
    assert app.notes == []


def test_editable_must_be_one_of_the_sides(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="neither side"):
        CompareScreen(tmp_path / "a.toml", tmp_path / "b.toml", editable=tmp_path / "c.toml")


@sync
async def test_the_app_opens_compare_a_b_over_the_library(
    sample_library: Path, edited: Path
) -> None:
    from proposal_tui.tui.app import ProposalApp

    app = ProposalApp(sample_library, compare_paths=(sample_library / READY, edited))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: drawn(app))
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.editable == sample_library / READY
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, CompareScreen))
        assert len(app.screen_stack) == 1
