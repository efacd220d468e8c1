"""A text section of the form: its label, a live counter against the call's limit, the box
(one line or many) and the section's findings under it.

Each keystroke updates the counter (a word or character count, cheap even for 3,000 words)
and sends `FieldEdited` with the new value; the rules themselves run later, when typing
pauses (the wizard calls `show_findings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea

from proposal_tui.call import Call, Section
from proposal_tui.checks import Finding, limit_status
from proposal_tui.tui.widgets.field_edit import FieldEdited
from proposal_tui.tui.widgets.findings_view import FindingsView
from proposal_tui.tui.widgets.typing_area import TypingArea

NEAR_LIMIT = 0.9
"""From this share of the limit on, the counter turns to the warning colour and mark."""


def count_text(count: int, limit: int | None, unit: str) -> tuple[str, str]:
    """The counter's text and level ('', 'warning', 'error'): '✗ 512/500 words'."""
    if limit is None:
        return f"{count:,} {unit if count != 1 else unit[:-1]}", ""
    if count > limit:
        return f"✗ {count:,}/{limit:,} {unit}", "error"
    if count >= limit * NEAR_LIMIT:
        return f"! {count:,}/{limit:,} {unit}", "warning"
    return f"{count:,}/{limit:,} {unit}", ""


def items_text(have: int, low: int | None, high: int | None, noun: str) -> tuple[str, str]:
    """A count against an item range, with its level: '3 of 1–5 questions',
    '✗ 2 speakers (at least 3)'."""
    plural = noun if have == 1 else f"{noun}s"
    if low is None and high is None:
        return f"{have} {plural}", ""
    wrong = (low is not None and have < low) or (high is not None and have > high)
    mark = "✗ " if wrong else ""
    if high is None:
        return f"{mark}{have} {plural} (at least {low})", "error" if wrong else ""
    return f"{mark}{have} of {low or 0}–{high} {plural}", "error" if wrong else ""


def field_label(call: Call, field: str) -> str:
    """The call's label for `field`, saying when it is optional or not asked at all."""
    section = call.section(field)
    if section is None:
        return f"{call.label(field)} (not asked by this call)"
    return section.label if section.required else f"{section.label} (optional)"


class Counter(Widget):
    """A one-line count, right-aligned; a change of the same length redraws it alone."""

    DEFAULT_CSS = """
    Counter {
        width: auto;
        min-width: 22;
        height: 1;
        content-align-horizontal: right;
        color: $text-muted;
        &.-warning { color: $text-warning; text-style: bold; }
        &.-error { color: $text-error; text-style: bold; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""

    def render(self) -> str:
        return self.text

    def show(self, text: str, level: str) -> None:
        """Show `text` at `level` ('', 'warning' or 'error')."""
        if text == self.text and self.has_class(f"-{level}") == bool(level):
            return
        resized = len(text) != len(self.text)
        self.text = text
        self.set_class(level == "warning", "-warning")
        self.set_class(level == "error", "-error")
        self.refresh(layout=resized)


class TextField(Vertical):
    """One text section: label and counter, an Input or a TextArea, findings under it.

    With `split` (a regular expression), the field holds a list: one entry per line
    (and per comma, for topics), blank entries left out.
    """

    DEFAULT_CSS = """
    TextField {
        height: auto;
        margin-bottom: 1;
        & > .field-top { height: auto; }
        & .field-label { width: 1fr; text-style: bold; }
        & .field-help { color: $text-muted; }
        & TextArea { height: 8; }
        &.-fill { height: 1fr; margin-bottom: 0; }
        &.-fill TextArea { height: 1fr; }
    }
    """

    def __init__(
        self,
        field: str,
        value: str | list[str],
        call: Call,
        *,
        multiline: bool = False,
        split: str | None = None,
        noun: str = "",
        fill: bool = False,
        placeholder: str = "",
    ) -> None:
        super().__init__(id=f"field-{field}", classes="-fill" if fill else None)
        self.field = field
        self.call = call
        self.section: Section | None = call.section(field)
        self.multiline = multiline
        self.split = re.compile(split) if split else None
        self.noun = noun
        self.placeholder = placeholder
        self.initial = "\n".join(value) if isinstance(value, list) else value

    def compose(self) -> ComposeResult:
        with Horizontal(classes="field-top"):
            yield Label(field_label(self.call, self.field), classes="field-label", markup=False)
            yield Counter()
        if self.section is not None and self.section.help:
            yield Static(self.section.help, classes="field-help", markup=False)
        if self.multiline:
            yield TypingArea(
                self.initial,
                soft_wrap=True,
                tab_behavior="focus",
                placeholder=self.placeholder,
                id=f"input-{self.field}",
            )
        else:
            yield Input(
                self.initial,
                placeholder=self.placeholder,
                select_on_focus=False,
                id=f"input-{self.field}",
            )
        yield FindingsView([self.field], self.call)

    def on_mount(self) -> None:
        self._count(self.initial)

    @property
    def box(self) -> Input | TextArea:
        """The widget the text is typed in."""
        return self.query_one(f"#input-{self.field}", Input if not self.multiline else TextArea)

    def value_of(self, text: str) -> str | list[str]:
        """The proposal value for the text in the box."""
        if self.split is None:
            return text
        return [item.strip() for item in self.split.split(text) if item.strip()]

    def _count(self, text: str) -> None:
        counter = self.query_one(Counter)
        if self.split is not None:
            items = len(self.value_of(text))
            counter.show(f"{items} {self.noun}{'' if items == 1 else 's'}", "")
        elif self.section is not None:
            counter.show(*count_text(*limit_status(text, self.section)))
        else:
            counter.show(*count_text(len(text.split()), None, "words"))

    @on(TextArea.Changed)
    def _area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._changed(event.text_area.text)

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._changed(event.value)

    def _changed(self, text: str) -> None:
        self._count(text)
        self.post_message(FieldEdited(self.field, self.value_of(text)))

    def show_findings(self, findings: Iterable[Finding]) -> None:
        """Show this section's findings under the box."""
        self.query_one(FindingsView).show(findings)
