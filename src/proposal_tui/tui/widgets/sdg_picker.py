"""The SDGs section: the call's Sustainable Development Goals to tick, with a count.

The draft's order is kept: goals ticked now are added at the end, goals unticked are
removed.  An entry the call does not offer (a goal 18, a goal listed twice) shows as a
ticked line of its own until it is unticked, so nothing is dropped unseen.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.strip import Strip
from textual.widgets import Label, SelectionList, Static
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from proposal_tui.call import Call
from proposal_tui.checks import items_count
from proposal_tui.model import SDG_NAMES
from proposal_tui.tui.widgets.field_edit import FieldEdited
from proposal_tui.tui.widgets.field_editor import Counter, FieldEditor, counter_text, field_label
from proposal_tui.tui.widgets.findings_view import FindingsView


def updated_goals(old: list[int], ticked: Iterable[int]) -> list[int]:
    """The draft's goals after ticking: kept in their order (repeats too), new ones appended."""
    ticked = list(ticked)
    kept = [goal for goal in old if goal in ticked]
    return kept + [goal for goal in ticked if goal not in old]


class GoalList(SelectionList[int]):
    """A SelectionList whose ticked goals show ✓ (not only another colour)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if len(segments) < 2:
            return strip
        inner = segments[1]
        mark = "✓" if selection.value in self.selected else " "
        segments[1] = Segment(mark, inner.style, inner.control)
        return Strip(segments, strip.cell_length)


class SdgPicker(FieldEditor):
    """Tick the goals the session serves; sends `FieldEdited('sdgs', [...])`."""

    DEFAULT_CSS = """
    SdgPicker {
        height: auto;
        margin-bottom: 1;
        & > .field-top { height: auto; }
        & .field-label { width: 1fr; text-style: bold; }
        & .field-help { color: $text-muted; }
        & GoalList { height: auto; max-height: 21; }
    }
    """

    def __init__(self, goals: list[int], call: Call) -> None:
        super().__init__("sdgs", call)
        self.goals = list(goals)

    def compose(self) -> ComposeResult:
        section = self.call.section("sdgs")
        with Horizontal(classes="field-top"):
            yield Label(field_label(self.call, "sdgs"), classes="field-label", markup=False)
            yield Counter()
        if section is not None and section.help:
            yield Static(section.help, classes="field-help", markup=False)
        offered = list(self.call.sdgs)
        odd = [g for g in dict.fromkeys(self.goals) if g not in offered]
        yield GoalList(
            *(Selection(f"{g:>2}. {SDG_NAMES.get(g, '')}", g, g in self.goals) for g in offered),
            *(
                Selection(f"{g:>2}. (not a goal of this call: untick to remove)", g, True)
                for g in odd
            ),
            id="input-sdgs",
        )
        yield FindingsView(["sdgs"], self.call)

    def on_mount(self) -> None:
        self._count()

    @property
    def box(self) -> GoalList:
        """The list the goals are ticked in."""
        return self.query_one(GoalList)

    def _count(self) -> None:
        count = items_count(self.call, "sdgs", len(self.goals), "goal")
        self.query_one(Counter).show(*counter_text(count))

    @on(SelectionList.SelectedChanged)
    def _changed(self, event: SelectionList.SelectedChanged[int]) -> None:
        event.stop()
        goals = updated_goals(self.goals, event.selection_list.selected)
        if goals == self.goals:
            return
        self.goals = goals
        self._count()
        self.post_message(FieldEdited("sdgs", list(goals)))
