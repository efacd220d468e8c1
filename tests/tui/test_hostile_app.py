"""The app on the hostile corpus (tests/hostile/drafts and hostile file names): text from
files is shown as text.

Every screen (library, marks for compare, wizard steps, review, compare, dialogs, toasts)
is rendered and read segment by segment: Textual keeps its own styling in each segment's
style, so a control character in a segment's text is one that came from a file and would
reach the terminal.  Markup in a title or a name must show as the literal brackets, and
no file changes.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from app_support import library_ready, screen_named, sync, until, workers_done
from rich.segment import Segment
from tests.hostile_steps import steps_showing_hostile_text
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets._toast import Toast

from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.shown import ControlPictures, as_text

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MARKUP_NAME = "[bold red]x[link=https:xx.toml"
CLICK_NAME = "a[@click=app.quit]b.toml"
ESCAPE_NAME = "evil\x1b]0;pwned\x07\x1b[2J\x9b2J.toml"
READABLE = [
    "bell-backspace-del-in-names",
    "c1-csi-in-questions",
    "controls-in-an-unknown-key",
    "esc-clear-title",
    "markup-in-every-field",
    "osc-window-title-organisation",
    "osc52-clipboard-description",
    "osc8-link-in-links",
    "rtl-override-and-zero-width",
]


def _snapshot(folder: Path) -> dict[str, object]:
    """Every file under `folder` (hidden ones too) with its bytes and change time."""
    return {
        str(item): (item.read_bytes(), item.stat().st_mtime_ns)
        for item in sorted(folder.rglob("*"))
        if stat.S_ISREG(item.lstat().st_mode)
    }


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A drafts folder holding the hostile drafts and drafts with hostile file names."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    for case in sorted((HOSTILE / "drafts").glob("*.toml")):
        shutil.copyfile(case, folder / case.name)
    (folder / MARKUP_NAME).write_text("title = [\n")  # unreadable
    (folder / CLICK_NAME).write_text("title = [\n")  # unreadable
    (folder / ESCAPE_NAME).write_text('title = "named badly"\n')
    for item in folder.iterdir():
        os.chmod(item, 0o600)
    return folder


def screen_text(pilot: Pilot) -> tuple[str, list[str]]:
    """The screen as the terminal would get it: its text, and any control characters
    found in a segment's text (Textual's own styling is never in the text)."""
    strips = pilot.app.screen._compositor.render_strips()
    lines, raw = [], []
    for strip in strips:
        line = []
        for segment in strip:
            if segment.control:
                continue
            raw.extend(CONTROL.findall(segment.text))
            line.append(segment.text)
        lines.append("".join(line))
    return "\n".join(lines), raw


async def shows_only_text(pilot: Pilot) -> str:
    """Settle the app, then check the screen holds no raw control character; its text."""
    await workers_done(pilot.app)
    await pilot.pause()
    text, raw = screen_text(pilot)
    assert raw == [], f"raw control characters {raw!r} on {pilot.app.screen!r}:\n{text}"
    return text


def toasts(pilot: Pilot) -> list[str]:
    """The text of the toasts showing now."""
    return [str(toast.render()) for toast in pilot.app.screen.query(Toast)]


async def select_row(pilot: Pilot, name: str) -> None:
    screen = await library_ready(pilot)
    keys = [str(row.path.name) for row in screen._shown]
    screen.table.move_cursor(row=keys.index(name))
    await pilot.pause()


def test_control_pictures_keep_the_line_width() -> None:
    line = [Segment("ab\x1b[2J"), Segment("cd"), Segment("\x9b", None)]
    width = sum(s.cell_length for s in line)
    text = "".join(s.text for s in ControlPictures().apply(line, Color(0, 0, 0)))
    assert not CONTROL.search(text)
    assert text == "ab␛[2Jcd�"[:width]


def test_control_pictures_take_the_room_from_the_padding_not_the_border() -> None:
    line = [Segment("▊"), Segment(" x\x1b]52;c;QQ==\x07 y"), Segment("     "), Segment("▎")]
    width = sum(s.cell_length for s in line)
    text = "".join(s.text for s in ControlPictures().apply(line, Color(0, 0, 0)))
    assert text == "▊ x␛]52;c;QQ==␇ y   ▎"
    assert len(text) == width


def test_as_text_is_never_markup() -> None:
    content = as_text("[bold]x[/] [@click=app.quit]q\x1b[2J\nnext", prose=True)
    assert content.plain == "[bold]x[/] [@click=app.quit]q␛[2J\nnext"
    assert as_text("a\nb", prose=False).plain == "a␊b"


@sync
async def test_the_library_shows_hostile_titles_and_names_as_text(hostile: Path) -> None:
    before = _snapshot(hostile)
    app = ProposalApp(hostile)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        screen = await library_ready(pilot)
        text = await shows_only_text(pilot)
        assert "Before␛[2J␛[3J after" in text  # the title that cleared the screen
        assert "[bold red]x[link=https:xx" in text  # a title and a file name, as typed
        for row in screen._shown:  # each draft highlighted: the lines under the table
            screen.table.move_cursor(row=screen._shown.index(row))
            await shows_only_text(pilot)
    assert _snapshot(hostile) == before


@sync
async def test_marking_unreadable_drafts_with_markup_names_is_a_plain_toast(
    hostile: Path,
) -> None:
    before = _snapshot(hostile)
    app = ProposalApp(hostile)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        for name in (MARKUP_NAME, CLICK_NAME):
            await select_row(pilot, name)
            await pilot.press("space")  # mark for compare: it cannot be read, so a toast
            said = f"{name} cannot be read, so it cannot be compared."
            await until(pilot, lambda said=said: any(said in toast for toast in toasts(pilot)))
            await shows_only_text(pilot)
        for toast in pilot.app.screen.query(Toast):  # no link, no action in any toast
            for segment in toast.render_line(1):
                assert segment.style is None or not segment.style.link
                assert not (segment.style and segment.style.meta.get("@click"))
        assert app.is_running
    assert _snapshot(hostile) == before


@sync
async def test_every_readable_hostile_draft_in_the_wizard_and_the_review(hostile: Path) -> None:
    before = _snapshot(hostile)
    app = ProposalApp(hostile)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        for stem in [*READABLE, ESCAPE_NAME.removesuffix(".toml")]:
            steps = steps_showing_hostile_text(hostile / f"{stem}.toml")
            await select_row(pilot, f"{stem}.toml")
            await pilot.press("enter")
            wizard = await screen_named(pilot, "WizardScreen")
            await until(pilot, lambda wizard=wizard: wizard.ready)
            for index in steps:
                wizard.go_to(index)
                await until(pilot, lambda w=wizard, i=index: w.step_index == i)
                await shows_only_text(pilot)
            await pilot.press("escape")
            await library_ready(pilot)
            await pilot.press("f3")
            review = await screen_named(pilot, "ReviewScreen")
            await until(pilot, lambda review=review: review.pane is not None)
            text = await shows_only_text(pilot)
            if stem == "markup-in-every-field":
                assert "[bold red]x[link=https:xx" in text
            await pilot.press("escape")
            await library_ready(pilot)
        assert app.is_running
    assert _snapshot(hostile) == before


@sync
async def test_comparing_hostile_drafts_shows_their_text(hostile: Path) -> None:
    before = _snapshot(hostile)
    pair = (hostile / "markup-in-every-field.toml", hostile / "esc-clear-title.toml")
    app = ProposalApp(hostile, compare_paths=pair)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        screen = await screen_named(pilot, "CompareScreen")
        await until(pilot, lambda: screen.loaded is not None)
        text = await shows_only_text(pilot)
        assert "[bold red]x[link=https:xx" in text
        assert re.search(r"Before[␛�]\[2J[␛�]\[3J after", text)  # the core's diff shows �
        await pilot.press("u")  # unfold the sections that are the same
        await shows_only_text(pilot)
    assert _snapshot(hostile) == before


@sync
async def test_compare_of_two_names_with_escapes_and_markup(hostile: Path) -> None:
    before = _snapshot(hostile)
    marked = hostile / "[b]marked[@click=app.quit].toml"
    marked.write_text('title = "[@click=app.quit]t"\n')
    pair = (marked, hostile / ESCAPE_NAME)
    app = ProposalApp(hostile, compare_paths=pair)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        screen = await screen_named(pilot, "CompareScreen")
        await until(pilot, lambda: screen.loaded is not None)
        text = await shows_only_text(pilot)
        assert "[b]marked[@click=app.quit].toml" in text
        assert "evil␛]0;pwned␇␛[2J�2J.toml" in text
    before[str(marked)] = (marked.read_bytes(), marked.stat().st_mtime_ns)
    assert _snapshot(hostile) == before


@sync
async def test_a_setting_holding_markup_starts_the_app(hostile: Path, config_dir: Path) -> None:
    shutil.copyfile(HOSTILE / "config" / "theme-with-markup.toml", config_dir / "config.toml")
    before = _snapshot(config_dir)
    app = ProposalApp(hostile)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await library_ready(pilot)
        await until(pilot, lambda: any("theme" in toast for toast in toasts(pilot)))
        await shows_only_text(pilot)
        assert app.is_running
    assert _snapshot(config_dir) == before


@sync
async def test_a_toast_quoting_markup_and_escapes_shows_them(hostile: Path) -> None:
    app = ProposalApp(hostile)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await library_ready(pilot)
        app.notify("[@click=app.quit]quit[/] \x1b]0;title\x07", title="[bold]t\x9b")
        await until(pilot, lambda: bool(toasts(pilot)))
        text = await shows_only_text(pilot)
        assert "[@click=app.quit]quit[/] ␛]0;title␇" in text
        assert "[bold]t�" in text
        assert app.is_running
