"""What every field editor of the wizard shares: the section it edits, its label (the
call's words), a live counter, and the findings shown under it.

The counter only displays: `checks` counts and judges (`text_count`, `items_count`), so a
counter and the checklist never disagree about a limit.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.containers import Vertical
from textual.widget import Widget

from proposal_tui.call import Call
from proposal_tui.checks import Count, Finding, Level
from proposal_tui.tui.widgets.findings_view import FindingsView


def counter_text(count: Count) -> tuple[str, str]:
    """The counter's words and level ('', 'warning', 'error'), as `checks` judged the count:
    '✗ 512/500 words', '3 of 1–5 questions', '! 2 speakers (at least 3)'."""
    level = count.level.value if count.level in (Level.ERROR, Level.WARNING) else ""
    if count.limit is not None:
        return f"{count.mark}{count.count:,}/{count.limit:,} {count.unit}", level
    if count.unit in ("words", "characters"):
        unit = count.unit if count.count != 1 else count.unit[:-1]
        return f"{count.count:,} {unit}", level
    plural = count.unit if count.count == 1 else f"{count.unit}s"
    if count.low is None and count.high is None:
        return f"{count.count} {plural}", level
    if count.high is None:
        return f"{count.mark}{count.count} {plural} (at least {count.low})", level
    return f"{count.mark}{count.count} of {count.low or 0}–{count.high} {plural}", level


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


class FieldEditor(Vertical):
    """One section of the form in the wizard (id `field-<field>`); the wizard finds every
    editor by this type and hands each the findings after the rules ran."""

    def __init__(self, field: str, call: Call, *, classes: str | None = None) -> None:
        super().__init__(id=f"field-{field}", classes=classes)
        self.field = field
        self.call = call

    def show_findings(self, findings: Iterable[Finding]) -> None:
        """Show this section's findings under the editor."""
        self.query_one(FindingsView).show(findings)
