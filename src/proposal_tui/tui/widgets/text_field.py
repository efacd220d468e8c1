"""A text section of the form: its label, a live counter against the call's limit, the box
(one line or many) and the section's findings under it.

Each keystroke updates the counter (a word or character count, cheap even for 3,000 words)
and sends `FieldEdited` with the new value; the rules themselves run later, when typing
pauses (the wizard calls `show_findings`).
"""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static, TextArea

from proposal_tui.call import Call, Section
from proposal_tui.checks import text_count
from proposal_tui.tui.widgets.field_edit import FieldEdited
from proposal_tui.tui.widgets.field_editor import Counter, FieldEditor, counter_text, field_label
from proposal_tui.tui.widgets.findings_view import FindingsView
from proposal_tui.tui.widgets.typing_area import TypingArea


class TextField(FieldEditor):
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
        super().__init__(field, call, classes="-fill" if fill else None)
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
        else:
            counter.show(*counter_text(text_count(text, self.section)))

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
