"""Moving through the wizard: between steps, between fields, and back to where the
person left the draft.

A mixin of `WizardScreen`.  Tab goes through the fields of the step shown and, from
its last field, on to the first field of the next step (shift+tab: from the first
field back to the last field of the step before), so the fields of the whole form
follow one another as on the paper form; only before the first step and after the
last does the focus reach the step list.  The place (step, field, cursor) is
kept in `places` when the person leaves the draft (escape, quitting) and taken back on
reopening, the cursor moved to the end of a text that has become shorter.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input, TextArea

from proposal_tui.places import Place
from proposal_tui.tui.widgets.field_editor import FieldEditor
from proposal_tui.tui.widgets.step_list import StepList
from proposal_tui.tui.wizard_steps import STEPS, step_index

if TYPE_CHECKING:
    from proposal_tui.tui.screens.wizard import WizardScreen

    _Base = WizardScreen
else:
    _Base = object


class WizardMoves(_Base):
    """Steps and fields by keys, the step list and the remembered place."""

    def go_to(self, index: int, *, focus: bool = True) -> None:
        """Show step `index` (saving first if anything waits); focus its first field."""
        if not self.ready:
            return
        index = max(0, min(index, len(STEPS) - 1))
        if not self._built_or_later(index, partial(self.go_to, index, focus=focus)):
            return
        if index != self.step_index:
            self._flush()
            self.step_index = index
        if focus:
            self._focus_step()

    def watch_step_index(self, index: int) -> None:
        """Show step `index` in the switcher and the step list."""
        self.query_one(ContentSwitcher).current = f"step-{STEPS[index].id}"
        self.query_one(StepList).highlighted = index
        if STEPS[index].id == "review":
            self._recheck()

    def focus_field(self, field: str) -> None:
        """Go to the step that edits `field` and put the cursor in it."""
        if not self._built_or_later(step_index(field), partial(self.focus_field, field)):
            return
        self.go_to(step_index(field), focus=False)
        targets = self.query(f"#input-{field}")
        if targets:
            self._focus_in_view(targets.first())
        else:
            self._focus_step()

    def _focus_in_view(self, widget: Widget) -> None:
        """Focus `widget` now and scroll it into view once the step is laid out."""
        self.set_focus(widget, scroll_visible=False)
        self.call_after_refresh(widget.scroll_visible, animate=False, immediate=True)

    def _focus_step(self) -> None:
        """Put the cursor in the first field of the step shown, the step scrolled to its top.

        The focus moves at once (not after the next refresh), so keys typed right after
        a step change land in the new step."""
        pane = self.query_one(ContentSwitcher).visible_content
        if pane is None:
            return
        pane.scroll_home(animate=False, immediate=True)
        for widget in pane.query("*"):
            if widget.focusable:
                self.set_focus(widget, scroll_visible=False)
                return

    def _step_fields(self) -> list[Widget]:
        """The widgets of the step shown that tab goes through, top to bottom.

        In the order of the step's widgets, not of the focus chain: the chain sorts by
        where widgets were last drawn, which a step shown a moment ago does not know yet
        (the steps' widgets stand in the order they are drawn)."""
        pane = self.query_one(ContentSwitcher).visible_content if self.ready else None
        if pane is None:
            return []
        chain = set(self.focus_chain)
        return [widget for widget in pane.query("*") if widget in chain]

    def action_next_step(self) -> None:
        """Go to the next step."""
        self.go_to(self.step_index + 1)

    def action_previous_step(self) -> None:
        """Go to the previous step."""
        self.go_to(self.step_index - 1)

    def action_steps(self) -> None:
        """Move the focus to the step list (arrows or a number then show a step)."""
        if self.ready:
            self.query_one(StepList).focus()

    def action_next_field(self) -> None:
        """Tab: the next field; from a step's last field, the next step's first field."""
        fields = self._step_fields()
        if fields and self.focused is fields[-1] and self.step_index < len(STEPS) - 1:
            self.go_to(self.step_index + 1)
        else:
            self.focus_next()

    def action_previous_field(self) -> None:
        """Shift+tab: the field before; from a step's first field, the step before's last."""
        fields = self._step_fields()
        if not (fields and self.focused is fields[0] and self.step_index > 0):
            self.focus_previous()
            return
        if not self._built_or_later(self.step_index - 1, self.action_previous_field):
            return
        self.go_to(self.step_index - 1, focus=False)
        before = self._step_fields()
        if before:
            self._focus_in_view(before[-1])
        else:
            self._focus_step()

    # --- the place the person left ----------------------------------------------------

    def current_place(self) -> Place:
        """Where the person is: the step, the focused field in it and the cursor there."""
        step = STEPS[self.step_index].id
        focused = self.focused
        fields = self._step_fields()
        if focused is None or focused not in fields:
            return Place(step)
        if isinstance(focused, TextArea | Input) and focused.id:
            row, column = (
                focused.cursor_location
                if isinstance(focused, TextArea)
                else (0, focused.cursor_position)
            )
            return Place(step, focused.id, row, column)
        if focused.id and [w.id for w in fields].count(focused.id) == 1:
            return Place(step, focused.id)
        owner = next((w for w in focused.ancestors if isinstance(w, FieldEditor)), None)
        return Place(step, f"input-{owner.field}" if owner is not None else "")

    def restore_place(self, place: Place) -> None:
        """Show the place's step, focus its field and put the cursor where it was, or at
        the end of the text when the text no longer reaches that far."""
        self.go_to(step_index(place.step))
        found = [w for w in self._step_fields() if place.widget and w.id == place.widget]
        if not found:
            return
        target = found[0]
        self._focus_in_view(target)
        if isinstance(target, TextArea):
            document = target.document
            if place.row >= document.line_count:
                location = document.end
            else:
                location = (place.row, min(place.column, len(document[place.row])))
            target.move_cursor(location)
            self.call_after_refresh(target.scroll_cursor_visible, center=True)
        elif isinstance(target, Input):
            target.cursor_position = min(place.column, len(target.value))
