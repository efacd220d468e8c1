"""The wizard's step list: each step with its number and state mark (○ ◐ ✓ ✗).

Moving the highlight (arrows, a number typed, a click) shows that step; enter or a click
also moves the focus into it.  Narrow terminals get the short names.
"""

from __future__ import annotations

import time

from textual import events
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from proposal_tui.checks import SectionState
from proposal_tui.tui.wizard_steps import STATE_MARKS, STEPS

STATE_STYLES = {
    SectionState.EMPTY: "$text-muted",
    SectionState.IN_PROGRESS: "bold $text-warning",
    SectionState.COMPLETE: "bold $text-success",
    SectionState.PROBLEMS: "bold $text-error",
}
TWO_DIGITS_WITHIN = 0.8
"""Seconds in which a second digit makes a two-digit step number (1 then 2 → step 12)."""


class StepList(OptionList):
    """The steps, numbered, each with its state mark."""

    DEFAULT_CSS = """
    StepList {
        width: 31;
        height: 1fr;
        border: none;
        border-right: vkey $foreground 20%;
        padding: 0;
        &:focus { border: none; border-right: vkey $accent; }
        &.-narrow { width: 19; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.states = {step.id: SectionState.EMPTY for step in STEPS}
        self.narrow = False
        self._digit: tuple[str, float] | None = None

    def on_mount(self) -> None:
        self._draw()

    def _draw(self) -> None:
        kept = self.highlighted
        self.set_options(
            Option(self._prompt(number, step.id, step.short if self.narrow else step.title))
            for number, step in enumerate(STEPS, 1)
        )
        self.highlighted = kept if kept is not None else 0

    def _prompt(self, number: int, step_id: str, name: str) -> Content:
        state = self.states[step_id]
        return Content.assemble(
            (f"{number:>2} ", "$text-muted"), (STATE_MARKS[state], STATE_STYLES[state]), f" {name}"
        )

    def show_states(self, states: dict[str, SectionState]) -> None:
        """Show each step's state (only redraws when one changed)."""
        if states != self.states:
            self.states = dict(states)
            self._draw()

    def set_narrow(self, narrow: bool) -> None:
        """Use the short names (a narrow terminal) or the full ones."""
        if narrow != self.narrow:
            self.narrow = narrow
            self.set_class(narrow, "-narrow")
            self._draw()

    def on_key(self, event: events.Key) -> None:
        """A digit highlights that step; two digits typed quickly make 10, 11, 12."""
        if not (event.character and event.character.isdigit()):
            return
        event.stop()
        now = time.monotonic()
        number = event.character
        if self._digit is not None and now - self._digit[1] < TWO_DIGITS_WITHIN:
            number = self._digit[0] + number
        self._digit = (number, now)
        if 1 <= int(number) <= len(STEPS):
            self.highlighted = int(number) - 1
        elif 1 <= int(event.character) <= len(STEPS):
            self._digit = (event.character, now)
            self.highlighted = int(event.character) - 1
