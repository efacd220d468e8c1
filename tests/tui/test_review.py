"""The review pane and screen: what is shown, copied and exported, and where findings lead."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from app_support import Host, palette_run, sync, until, workers_done
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets._footer import FooterKey

from proposal_tui.call import load_call
from proposal_tui.checks import check
from proposal_tui.clipboard import Clipboard
from proposal_tui.export import export, export_text, field_text
from proposal_tui.store import load_draft
from proposal_tui.tui.app import ProposalApp
from proposal_tui.tui.screens.review import ReviewScreen
from proposal_tui.tui.widgets.dialogs import ConfirmDialog
from proposal_tui.tui.widgets.export_dialog import ITSELF, ExportDialog, not_replaced
from proposal_tui.tui.widgets.review_pane import NO_CLIPBOARD, ReviewPane

READY = "cybercrime-human-rights-roundtable.toml"
BREAKER = "ai-governance-rule-breaker.toml"
SIZES = [(80, 24), (120, 40)]


class PaneHost(App[None]):
    """The pane alone, as the wizard embeds it; records the JumpTo messages."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.proposal = load_draft(path)
        self.call = load_call(self.proposal.call)
        self.jumps: list[str] = []

    def compose(self) -> ComposeResult:
        yield ReviewPane(self.proposal, self.call)

    def on_review_pane_jump_to(self, event: ReviewPane.JumpTo) -> None:
        self.jumps.append(event.field)


class ReviewApp(ProposalApp):
    """The real app (its keys, its footer) with the review of `path` above the library."""

    def __init__(self, data_dir: Path, path: Path) -> None:
        super().__init__(data_dir)
        self.review = ReviewScreen(path)

    def on_mount(self) -> None:
        self.push_screen(self.review)


def review_host(path: Path) -> Host:
    return Host(lambda: ReviewScreen(path))


def pane(app: App) -> ReviewPane:
    return app.screen.query_one(ReviewPane)


def loaded(app: App) -> bool:
    return bool(app.screen.query(ReviewPane)) and bool(pane(app).sections)


# --- snapshots --------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("sample", [READY, BREAKER], ids=["ready", "rule-breaker"])
def test_review_screen_snapshot(snap_compare, sample_library: Path, sample: str, size) -> None:
    app = review_host(sample_library / sample)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: loaded(app))

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_review_snapshot_with_contacts_on(snap_compare, sample_library: Path, size) -> None:
    app = review_host(sample_library / READY)

    async def contacts_on(pilot: Pilot) -> None:
        await until(pilot, lambda: loaded(app))
        pane(app).highlight_section("organizers")
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=contacts_on)


# --- what is shown ----------------------------------------------------------------


@sync
async def test_the_keys_back_to_editing_are_in_the_footer_at_80_columns(
    sample_library: Path,
) -> None:
    app = ReviewApp(sample_library, sample_library / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen is app.review and loaded(app))
        await until(pilot, lambda: app.screen.query(FooterKey))
        shown = {key.action: key for key in app.screen.query(FooterKey)}
        free = shown["command_palette"].region.x  # the palette's key sits over the right end
        for action, words in (("edit", "f2 Edit"), ("app.pop_screen", "esc Back")):
            region = shown[action].region
            assert region.width >= len(words) and region.right <= free, (action, region)
        await pilot.press("f2")
        await until(pilot, lambda: type(app.screen).__name__ == "WizardScreen")


@sync
async def test_sections_follow_the_calls_order_and_labels(sample_library: Path) -> None:
    path = sample_library / READY
    proposal = load_draft(path)
    call = load_call(proposal.call)
    app = review_host(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: loaded(app))
        shown = [(s.label, s.text) for s in pane(app).sections]
    expected = [
        (s.label, field_text(proposal, call, s.field))
        for s in call.sections
        if field_text(proposal, call, s.field).strip()
    ]
    assert shown == expected
    assert shown[0][0] == "Title"


@sync
async def test_readiness_and_findings_of_a_rule_breaker(sample_library: Path) -> None:
    path = sample_library / BREAKER
    proposal = load_draft(path)
    findings = check(proposal, load_call(proposal.call))
    app = review_host(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: loaded(app))
        readiness_text = str(app.screen.query_one("#review-readiness", Static).render())
        listed = app.screen.query_one("#review-findings", OptionList)
        prompts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
    assert readiness_text.startswith("✗ not ready: ")
    assert len(prompts) == len(findings)
    assert all(p[0] in "✗!i" for p in prompts)
    assert findings[0].message in prompts[0]


@sync
async def test_a_ready_draft_says_so(sample_library: Path) -> None:
    app = review_host(sample_library / READY)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: loaded(app))
        readiness_text = str(app.screen.query_one("#review-readiness", Static).render())
        findings = app.screen.query_one("#review-findings", OptionList)
        first = str(findings.get_option_at_index(0).prompt)
    assert readiness_text.startswith("✓ ready: ")
    assert first == "✓ No problems found"


@pytest.mark.parametrize(("width", "narrow"), [(80, True), (120, False)])
@sync
async def test_the_checklist_moves_below_at_80_columns(
    sample_library: Path, width: int, narrow: bool
) -> None:
    app = review_host(sample_library / READY)
    async with app.run_test(size=(width, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        sections = app.screen.query_one("#review-sections")
        checklist = app.screen.query_one("#review-checklist")
        assert pane(app).has_class("-narrow") is narrow
        if narrow:
            assert checklist.region.y >= sections.region.bottom
        else:
            assert checklist.region.x >= sections.region.right


@sync
async def test_an_unreadable_draft_is_one_line(data_dir: Path) -> None:
    broken = data_dir / "broken.toml"
    broken.write_text("title = [unclosed\n")
    app = review_host(broken)
    async with app.run_test(size=(80, 24)) as pilot:
        status = app.screen.query_one("#review-status", Static)
        await until(pilot, lambda: "Cannot" in str(status.render()))
        text = str(status.render())
    assert text.startswith("✗ Cannot review: ")
    assert "broken.toml:1" in text and "\n" not in text


# --- copying ----------------------------------------------------------------------


@sync
async def test_copy_section_copies_the_text_without_its_label(sample_library: Path) -> None:
    path = sample_library / READY
    proposal = load_draft(path)
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        assert pane(app).highlight_section("description")
        await pilot.press("c")
        await workers_done(app)
        await pilot.pause()
    expected = field_text(proposal, load_call(proposal.call), "description")
    assert app.copied == [expected]
    assert not expected.startswith("Description")
    # no system clipboard in tests: never "Copied", and the way round it is named
    assert app.notes[-1] == (
        "Not known to be copied: no system clipboard found; sent Description "
        f"({len(expected.split())} words) to the terminal (OSC 52), which many terminals "
        f"ignore. If pasting gives nothing: {NO_CLIPBOARD}"
    )


@sync
async def test_copy_says_copied_when_the_system_clipboard_took_it(
    sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = tmp_path / "received"
    tool = tmp_path / "wl-copy"
    tool.write_text(f'#!/bin/sh\ncat > "{received}"\n', encoding="utf-8")
    tool.chmod(0o700)
    fake = Clipboard("wl-copy", (str(tool),))
    monkeypatch.setattr("proposal_tui.clipboard.find_clipboard", lambda: fake)
    path = sample_library / READY
    title = load_draft(path).title
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await pilot.press("c")
        await workers_done(app)
        await pilot.pause()
    assert received.read_text(encoding="utf-8") == title
    assert app.notes[-1] == (
        f"Copied Title ({len(title)} characters) to the clipboard (wl-copy), "
        "and sent it to the terminal (OSC 52)"
    )


@sync
async def test_copy_section_counts_characters_where_the_limit_does(sample_library: Path) -> None:
    path = sample_library / READY
    title = load_draft(path).title
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await pilot.press("c")  # the title is highlighted first
        await workers_done(app)
        await pilot.pause()
    assert app.copied == [title]
    assert f"sent Title ({len(title)} characters) to the terminal" in app.notes[-1]


@sync
async def test_copy_all_copies_the_export_text_without_contacts(sample_library: Path) -> None:
    path = sample_library / READY
    proposal = load_draft(path)
    call = load_call(proposal.call)
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await pilot.press("a")
        await workers_done(app)
        await pilot.pause()
    assert app.copied == [export_text(proposal, call)]
    assert "@example.org" not in app.copied[0]
    assert "sent all " in app.notes[-1] and "contacts left out) to the terminal" in app.notes[-1]


@sync
async def test_contacts_switch_on_for_copies_and_say_so(sample_library: Path) -> None:
    path = sample_library / READY
    proposal = load_draft(path)
    call = load_call(proposal.call)
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        line = app.screen.query_one("#review-contacts", Static)
        assert str(line.render()).startswith("Contacts: left out")
        await pilot.press("t")
        assert str(line.render()).startswith("Contacts: included")
        pane(app).highlight_section("speakers")
        await pilot.press("c", "a")
        await pilot.press("t")
        assert str(line.render()).startswith("Contacts: left out")
    assert app.copied == [
        field_text(proposal, call, "speakers", include_contacts=True),
        export_text(proposal, call, include_contacts=True),
    ]
    assert "Email: lbenitez@example.org" in app.copied[0]


@sync
async def test_nothing_to_copy_in_an_empty_draft(data_dir: Path) -> None:
    empty = data_dir / "empty.toml"
    empty.write_text('schema = 1\ntitle = ""\n')
    app = review_host(empty)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(app.screen.query(ReviewPane)))
        await pilot.press("c", "a")
    assert app.copied == []
    assert app.notes == ["Nothing to copy: this draft has no text yet."] * 2


# --- exporting --------------------------------------------------------------------


async def _export_prompt(pilot: Pilot, app: Host, format_steps: tuple[str, ...]) -> None:
    """Press e, pick the format (down `format_steps` times) and move to the file box."""
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, ExportDialog))
    await pilot.press(*format_steps, "enter")
    await until(pilot, lambda: isinstance(app.focused, Input))


async def _export(pilot: Pilot, app: Host, target: Path, format_steps: tuple[str, ...]) -> None:
    await _export_prompt(pilot, app, format_steps)
    app.screen.query_one(Input).value = str(target)
    await pilot.press("enter")


def _dialog_error(app: Host) -> str:
    return str(app.screen.query_one("#dialog-error").render())


@pytest.mark.parametrize(
    ("steps", "fmt"), [((), "text"), (("down",), "markdown"), (("down", "down"), "json")]
)
@sync
async def test_export_writes_the_chosen_format(
    sample_library: Path, tmp_path: Path, steps: tuple[str, ...], fmt: str
) -> None:
    path = sample_library / READY
    proposal = load_draft(path)
    target = tmp_path / "out" / f"export.{fmt}"
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await _export(pilot, app, target, steps)
        await until(pilot, lambda: target.exists() and app.notes)
    assert target.read_text(encoding="utf-8") == export(proposal, load_call(proposal.call), fmt)
    assert (target.stat().st_mode & 0o777) == 0o600
    assert app.notes[-1] == f"Exported {fmt} to {target} (contacts left out)"


@sync
async def test_export_refuses_to_overwrite_without_asking(
    sample_library: Path, tmp_path: Path
) -> None:
    path = sample_library / READY
    target = tmp_path / "proposal.txt"
    target.write_text("keep me")
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await _export(pilot, app, target, ())
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("escape")  # keep it: back in the dialog, to choose another file
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        assert _dialog_error(app) == not_replaced(target)
        assert target.read_text() == "keep me"

        await pilot.press("enter")  # asked again
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        app.screen.query_one("#confirm").press()
        await until(pilot, lambda: target.read_text() != "keep me")
    proposal = load_draft(path)
    assert target.read_text() == export_text(proposal, load_call(proposal.call))


@sync
async def test_export_refuses_the_drafts_own_file(sample_library: Path) -> None:
    path = sample_library / READY
    before = path.read_bytes()
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await _export(pilot, app, path, ())
        await until(pilot, lambda: bool(_dialog_error(app)))
        assert isinstance(app.screen, ExportDialog)  # still open, to choose another file
        assert _dialog_error(app) == f"✗ {ITSELF}"
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("steps", "ending"), [((), ".txt"), (("down",), ".md"), (("down", "down"), ".json")]
)
@sync
async def test_choosing_a_format_gives_the_offered_file_its_ending(
    sample_library: Path, steps: tuple[str, ...], ending: str
) -> None:
    app = review_host(sample_library / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await _export_prompt(pilot, app, steps)
        offered = Path(app.screen.query_one(Input).value)
        app.screen.query_one(Input).value = "/elsewhere/mine.txt"
        await pilot.press("shift+tab", "down")  # a name the person typed is theirs to keep
        kept = app.screen.query_one(Input).value
    assert offered.suffix == ending and offered.parent.name == "exports"
    assert kept == "/elsewhere/mine.txt"


@sync
async def test_export_with_contacts_includes_them(sample_library: Path, tmp_path: Path) -> None:
    path = sample_library / READY
    target = tmp_path / "with-contacts.json"
    app = review_host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await pilot.press("t")
        await _export(pilot, app, target, ("down", "down"))
        await until(pilot, lambda: target.exists())
    assert "vrojas@example.org" in target.read_text()


@sync
async def test_cancelling_the_export_writes_nothing(sample_library: Path, tmp_path: Path) -> None:
    app = review_host(sample_library / READY)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: loaded(app))
        await _export_prompt(pilot, app, ())
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
    assert list(tmp_path.iterdir()) == []


# --- where findings lead ----------------------------------------------------------


@sync
async def test_enter_on_a_finding_posts_jump_to_its_field(sample_library: Path) -> None:
    path = sample_library / BREAKER
    proposal = load_draft(path)
    findings = check(proposal, load_call(proposal.call))
    app = PaneHost(path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.query_one("#review-findings").focus()
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.jumps)
    assert app.jumps == [findings[1].field]


@sync
async def test_update_proposal_refreshes_text_and_findings(sample_library: Path) -> None:
    app = PaneHost(sample_library / READY)
    async with app.run_test(size=(120, 40)) as pilot:
        review = app.query_one(ReviewPane)
        review.highlight_section("description")
        changed = app.proposal.model_copy(update={"title": "A new title", "speakers": []})
        review.update_proposal(changed, app.call)
        await pilot.pause()
        assert review.sections[0].text == "A new title"
        assert review.highlighted_section is not None
        assert review.highlighted_section.field == "description"
        assert any(f.field == "speakers" for f in review.findings)
        readiness_text = str(app.query_one("#review-readiness", Static).render())
        assert readiness_text.startswith("✗ not ready")


@sync
async def test_a_finding_opens_the_wizard_at_its_step(
    sample_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Path, str | None]] = []

    class FakeWizard(Screen[None]):
        def __init__(self, path: Path, *, step: str | None = None) -> None:
            super().__init__()
            opened.append((path, step))

    fake = types.ModuleType("proposal_tui.tui.screens.wizard")
    fake.WizardScreen = FakeWizard  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "proposal_tui.tui.screens.wizard", fake)

    path = sample_library / BREAKER
    proposal = load_draft(path)
    first = check(proposal, load_call(proposal.call))[0]
    app = review_host(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: loaded(app))
        app.screen.query_one("#review-findings").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FakeWizard))
        await pilot.press("escape")  # the fake has no binding: pop it by hand
        app.pop_screen()
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await pilot.press("f2")
        await until(pilot, lambda: len(opened) == 2)
    assert opened == [(path, first.field), (path, "title")]


@sync
async def test_review_actions_are_in_the_command_palette(sample_library: Path) -> None:
    path = sample_library / READY
    proposal = load_draft(path)
    app = review_host(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: loaded(app))
        names = [name for name, _, _ in app.screen.palette_commands()]
        await palette_run(pilot, "Review: Copy all")
        await until(pilot, lambda: app.copied)
    assert names == [
        "Review: Copy section",
        "Review: Copy all",
        "Review: Paste view",
        "Review: Export to file",
        "Review: Toggle contacts",
        "Review: Edit section",
    ]
    assert app.copied == [export_text(proposal, load_call(proposal.call))]
