"""The paste view: one form box at a time as plain terminal text, in the form's order."""

from __future__ import annotations

from pathlib import Path

from app_support import Host, sync
from textual.screen import Screen

from proposal_tui.call import load_call
from proposal_tui.export import ExportSection, export_sections
from proposal_tui.store import load_draft
from proposal_tui.tui.paste_view import KEYS, next_index, paste_page, run_paste_view

READY = "cybercrime-human-rights-roundtable.toml"


def sections_of(path: Path) -> list[ExportSection]:
    proposal = load_draft(path)
    return export_sections(proposal, load_call(proposal.call))


def test_a_page_is_the_box_alone_with_label_place_and_count(sample_library: Path) -> None:
    sections = sections_of(sample_library / READY)
    page = paste_page(sections, 0, "11 words")
    lines = page.splitlines()
    assert lines[0] == f"{sections[0].label} · box 1 of {len(sections)} · 11 words"
    assert sections[0].text in page
    assert lines[-1] == KEYS
    description = next(i for i, s in enumerate(sections) if s.field == "description")
    page = paste_page(sections, description, "812 words")
    assert sections[description].text in page  # every paragraph, line breaks kept
    assert "Title" not in page.splitlines()[0]


def test_the_text_is_printed_safely() -> None:
    sections = [ExportSection("title", "Ti\x1b]52;c;x\x07tle", "A\x1b[2Jb\n\tc")]
    page = paste_page(sections, 0, "1 word")
    assert "\x1b" not in page and "\x07" not in page
    assert "A␛[2Jb\n\tc" in page


def test_enter_goes_on_p_goes_back_q_leaves() -> None:
    assert next_index("", 0, 3) == 1
    assert next_index("n", 1, 3) == 2
    assert next_index("", 2, 3) is None  # past the last box: back to the app
    assert next_index("p", 2, 3) == 1
    assert next_index(" P ", 0, 3) == 0
    assert next_index("q", 1, 3) is None


@sync
async def test_without_a_real_terminal_it_says_so() -> None:
    app = Host(Screen)
    sections = [ExportSection("title", "Title", "A title")]
    async with app.run_test() as pilot:
        await pilot.pause()
        left_on = run_paste_view(app, sections, 0, lambda s: "2 words")
    assert left_on is None
    assert app.notes == ["The paste view needs a real terminal; export to a file instead (e)."]
