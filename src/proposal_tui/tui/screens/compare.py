"""The compare screen: two drafts (or a draft and a revision) field by field, side by side.

Each changed section is a row, side a beside side b (stacked when narrow) with the
changed words marked; runs of unchanged sections fold into one line with their count,
and so do the lines of a changed section more than three lines from a change
(`… 42 unchanged lines`); u unfolds both.
Keys move between differences and take the other side's version of one section
into the editable draft (saved with the fingerprint it was read with); after a take
the screen stays at that place, and ctrl+z puts the section back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Static

from proposal_tui.checks import Readiness
from proposal_tui.compare import Comparison, SectionDiff, take_section
from proposal_tui.errors import ProposalTuiError
from proposal_tui.model import Proposal
from proposal_tui.safe_text import visible
from proposal_tui.store import REVISIONS_DIR, ConflictError, revision_time, save_draft
from proposal_tui.tui.screens.screen_palette import (
    PaletteCommand,
    PaletteEntry,
    ScreenCommands,
    from_bindings,
)
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.diff_view import FoldedSections, SectionDiffView
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.tui.widgets.review_pane import readiness_line
from proposal_tui.workspace import ComparedDrafts, Workspace

NARROW_BELOW = 100
"""Below this many columns each section's two sides stack, a above b."""


PALETTE: tuple[PaletteEntry, ...] = (
    ("next_difference", "Compare: Next difference", "Go to the next changed section"),
    ("previous_difference", "Compare: Previous difference", "Go to the previous changed section"),
    (
        "unfold",
        "Compare: Unfold unchanged text",
        "Show the sections, and the lines far from a change, that are the same",
    ),
    (
        "fold",
        "Compare: Fold unchanged text",
        "Fold the same sections, and lines far from a change, into count lines",
    ),
)
TAKE: PaletteEntry = (
    "take_other_side",
    "Compare: Take other side",
    "Take the other version of this section",
)
UNDO: PaletteEntry = (
    "undo_take",
    "Compare: Undo take",
    "Put back the section as it was before the last take",
)


@dataclass(frozen=True)
class Take:
    """One section taken into the editable draft: what it replaced, and the file it made."""

    field: str
    label: str
    before: Proposal
    fingerprint: str


def is_revision(path: Path) -> bool:
    """True for a file kept in a `.revisions` folder (never edited in place)."""
    return REVISIONS_DIR in Path(path).parts


def side_name(path: Path) -> str:
    """How a side is named on screen: a revision by its time, a draft by its file name."""
    path = Path(path)
    if not is_revision(path):
        return path.name
    when = revision_time(path)
    if when is None:
        return f"revision {path.stem}"
    return f"revision {when:%Y-%m-%d %H:%M}"


class CompareScreen(TerminalSized, Screen[bool]):
    """Two versions side by side; dismisses with True when it changed the editable draft."""

    CSS_PATH = Path(__file__).with_name("compare.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="compare.back"),
        Binding("n,right_square_bracket", "next_difference", "Next", id="compare.next"),
        Binding("p,left_square_bracket", "previous_difference", "Previous", id="compare.previous"),
        Binding("t", "take_other_side", "Take other side", id="compare.take"),
        Binding("ctrl+z", "undo_take", "Undo take", id="compare.undo"),
        Binding("u", "unfold", "Unfold", id="compare.unfold"),
        Binding("u", "fold", "Fold", id="compare.fold"),
    ]
    COMMANDS: ClassVar = {ScreenCommands}
    HELP = """\
Two versions side by side, only what differs: changed words are marked `[-removed-]` and
`{+added+}`, a line break that came or went `¶`.  Sections that are the same fold into
one line, and so do the lines of a long section far from a change
("… 42 unchanged lines"): **u** unfolds them all (and folds them again).
**n** / **p** move between differences; **t** takes the other side's version of a
section into the editable draft (the old text is kept as a revision).
"""

    def __init__(
        self,
        a: Path,
        b: Path,
        *,
        editable: Path | None = None,
        workspace: Workspace | None = None,
    ) -> None:
        """Compare `a` with `b`; sections can be taken into `editable` (a or b).

        Without `editable`, a is editable unless it is a revision file.  Drafts are read
        and judged by `workspace` (by default, one of a's folder with no call override).
        """
        super().__init__()
        self.a = Path(a)
        self.b = Path(b)
        self.workspace = workspace or Workspace(self.a.parent)
        if editable is None:
            editable = None if is_revision(self.a) else self.a
        if editable is not None and Path(editable) not in (self.a, self.b):
            raise ValueError(f"{editable} is neither side of the comparison")
        self.editable = Path(editable) if editable is not None else None
        self.loaded: ComparedDrafts | None = None
        self.folded = True
        self.changed = False
        self._current: str | None = None
        self.takes: list[Take] = []

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(
            as_text(f"Compare · {side_name(self.a)} ⇄ {side_name(self.b)}", prose=False),
            id="compare-title",
        )
        with Horizontal(id="compare-top"):
            yield Static(id="compare-state-a", classes="compare-side-state")
            yield Static(id="compare-state-b", classes="compare-side-state")
        yield Static("Loading both versions…", id="compare-summary")
        yield VerticalScroll(id="compare-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_BELOW
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            self._show_states()

    @work(thread=True, exclusive=True, group="compare-load")
    def load(self) -> None:
        """Read both sides and compare them in a thread, then draw the result."""
        try:
            loaded = self.workspace.compared(self.a, self.b)
        except ProposalTuiError as exc:
            self.app.call_from_thread(self._show_error, str(exc))
            return
        self.app.call_from_thread(self._show, loaded)

    def _show_error(self, message: str) -> None:
        self.query_one("#compare-summary", Static).update(as_text(f"✗ Cannot compare: {message}"))

    def _state_line(self, label: str, path: Path, state: Readiness) -> Content:
        """A side's name and readiness: two lines side by side, one line when narrow."""
        if self.has_class("-narrow"):
            return Content.assemble(
                (f"{label} ", "bold"),
                (visible(side_name(path), prose=False), "bold"),
                " · ",
                readiness_line(state),
            )
        return Content.assemble(
            (f"{label} ", "bold"),
            (visible(side_name(path), prose=False), "bold"),
            "\n",
            readiness_line(state),
        )

    def _show_states(self) -> None:
        if self.loaded is None:
            return
        self.query_one("#compare-state-a", Static).update(
            self._state_line("A", self.a, self.loaded.readiness_a)
        )
        self.query_one("#compare-state-b", Static).update(
            self._state_line("B", self.b, self.loaded.readiness_b)
        )

    async def _show(self, loaded: ComparedDrafts) -> None:
        self.loaded = loaded
        self.refresh_bindings()
        self._show_states()
        self.query_one("#compare-summary", Static).update(self._summary(loaded.comparison))
        await self._draw(loaded.comparison)

    def _summary(self, comparison: Comparison) -> Content:
        changed = len(comparison.changed)
        if comparison.equal:
            text = f"✓ The same: all {comparison.unchanged_count} sections match."
        else:
            noun = "section differs" if changed == 1 else "sections differ"
            text = f"≠ {changed} {noun}, {comparison.unchanged_count} unchanged"
        if self.editable is not None and not comparison.equal:
            into, other = ("A", "B") if self.editable == self.a else ("B", "A")
            text += f" · t: take {other}'s version into {into}"
        return Content(text)

    async def _draw(self, comparison: Comparison) -> None:
        body = self.query_one("#compare-body", VerticalScroll)
        await body.remove_children()
        widgets = []
        same_run: list[SectionDiff] = []
        for diff in comparison.sections:
            if diff.changed:
                if same_run:
                    widgets.append(FoldedSections(same_run, folded=self.folded))
                    same_run = []
                widgets.append(
                    SectionDiffView(
                        diff,
                        f"A · {side_name(self.a)}",
                        f"B · {side_name(self.b)}",
                        folded=self.folded,
                    )
                )
            else:
                same_run.append(diff)
        if same_run:
            widgets.append(FoldedSections(same_run, folded=self.folded))
        await body.mount_all(widgets)
        target = self._place(comparison, list(self.query(SectionDiffView)))
        if target is not None:
            target.focus(scroll_visible=False)
            body.scroll_to_widget(target, top=True, animate=False)

    def _place(
        self, comparison: Comparison, views: list[SectionDiffView]
    ) -> SectionDiffView | None:
        """The view to stay on after a redraw: the current section, or when it no longer
        differs (just taken), the next difference after it, else the last before it."""
        if not views:
            return None
        order = [diff.field for diff in comparison.sections]
        if self._current is None or self._current not in order:
            return views[0]
        here = order.index(self._current)
        after = [v for v in views if order.index(v.field) >= here]
        return after[0] if after else views[-1]

    # --- moving -------------------------------------------------------------------

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if isinstance(focused, SectionDiffView):
            self._current = focused.field

    def current_view(self) -> SectionDiffView | None:
        """The changed section the person is on."""
        views = list(self.query(SectionDiffView))
        return next((v for v in views if v.field == self._current), None)

    def _step(self, delta: int) -> None:
        views = list(self.query(SectionDiffView))
        if not views:
            self.notify("No differences.")
            return
        fields = [v.field for v in views]
        index = fields.index(self._current) if self._current in fields else -delta
        index = index + delta
        if not 0 <= index < len(views):
            self.notify("That was the last difference." if delta > 0 else "That was the first.")
            return
        views[index].focus(scroll_visible=False)
        self.query_one("#compare-body", VerticalScroll).scroll_to_widget(
            views[index], top=True, animate=False
        )

    def action_next_difference(self) -> None:
        """Go to the next changed section."""
        self._step(1)

    def action_previous_difference(self) -> None:
        """Go to the previous changed section."""
        self._step(-1)

    def action_unfold(self) -> None:
        """Show the text of the sections that are the same on both sides."""
        self._set_folded(False)

    def action_fold(self) -> None:
        """Fold the sections that are the same on both sides into count lines."""
        self._set_folded(True)

    def _set_folded(self, folded: bool) -> None:
        self.folded = folded
        for fold in self.query(FoldedSections):
            fold.set_folded(folded)
        for view in self.query(SectionDiffView):
            view.set_folded(folded)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "take_other_side":
            return self.editable is not None
        if action == "undo_take":
            return bool(self.takes)
        if action in ("unfold", "fold"):
            comparison = self.loaded.comparison if self.loaded is not None else None
            nothing_folded = comparison is not None and not (
                comparison.unchanged_count or any(not d.people for d in comparison.changed)
            )
            return not nothing_folded and self.folded == (action == "unfold")
        return True

    def action_back(self) -> None:
        """Close the comparison (True when the editable draft was changed)."""
        self.dismiss(self.changed)

    # --- taking the other side ----------------------------------------------------

    def action_take_other_side(self) -> None:
        """Write the other side's version of the current section into the editable draft."""
        view = self.current_view()
        if self.loaded is None or self.editable is None:
            return
        if view is None:
            self.notify("Go to a changed section first (n / p).", severity="warning")
            return
        self._take(view.diff.field, view.diff.label)

    @work(thread=True, exclusive=True, group="compare-take")
    def _take(self, field: str, label: str) -> None:
        loaded = self.loaded
        assert loaded is not None and self.editable is not None
        if self.editable == self.a:
            target, source, source_side = loaded.a, loaded.b, "B"
        else:
            target, source, source_side = loaded.b, loaded.a, "A"
        merged = take_section(target.proposal, source.proposal, field)
        fingerprint = self._save(merged, target.fingerprint, "Not taken")
        if fingerprint is None:
            return
        self.takes.append(Take(field, label, target.proposal, fingerprint))
        self.changed = True
        self.app.call_from_thread(
            self.notify,
            f"Took {label} from {source_side} into {self.editable.name} "
            "(the previous text is kept as a revision; ctrl+z undoes)",
        )
        self.app.call_from_thread(self.load)

    def action_undo_take(self) -> None:
        """Put back the section the last take replaced (kept as a revision as well)."""
        if self.takes and self.editable is not None:
            self._undo(self.takes[-1])

    @work(thread=True, exclusive=True, group="compare-take")
    def _undo(self, take: Take) -> None:
        assert self.editable is not None
        if self._save(take.before, take.fingerprint, "Not undone") is None:
            return
        self.takes.remove(take)
        self._current = take.field
        self.app.call_from_thread(
            self.notify, f"Undid the take of {take.label}: {self.editable.name} is as before"
        )
        self.app.call_from_thread(self.load)

    def _save(self, proposal: Proposal, expected: str, failed: str) -> str | None:
        """Save `proposal` into the editable draft from a worker thread: its new
        fingerprint, or None after saying `failed` and why (reloading on a conflict)."""
        assert self.editable is not None
        try:
            return save_draft(self.editable, proposal, expected=expected)
        except ConflictError:
            self.app.call_from_thread(
                self.notify,
                f"{failed}: {self.editable.name} changed on disk since it was opened; "
                "reloaded, try again.",
                severity="error",
            )
            self.app.call_from_thread(self.load)
        except ProposalTuiError as exc:
            self.app.call_from_thread(self.notify, f"{failed}: {exc}", severity="error")
        return None

    def palette_commands(self) -> list[PaletteCommand]:
        """The compare actions, named for the command palette, with their keys now."""
        entries = [*PALETTE, TAKE, UNDO] if self.editable is not None else PALETTE
        return from_bindings(self, entries)
