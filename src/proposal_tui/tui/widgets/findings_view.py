"""The findings for one editor, in plain language with their marks (✗ ! i), under it."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widgets import Static

from proposal_tui.call import Call
from proposal_tui.checks import Finding, Level

LEVEL_STYLES = {
    Level.ERROR: "bold $text-error",
    Level.WARNING: "bold $text-warning",
    Level.INFO: "$text-muted",
}
_ITEM_NOUNS = {"organizers": "Organiser", "speakers": "Speaker", "policy_questions": "Question"}


def item_label(field: str, item: int | None) -> str:
    """Which entry a finding is about: 'Speaker 2', 'Question B'; '' for the whole field."""
    if item is None or field not in _ITEM_NOUNS:
        return ""
    if field == "policy_questions":
        return f"Question {chr(ord('A') + item) if item < 26 else item + 1}"
    return f"{_ITEM_NOUNS[field]} {item + 1}"


def finding_line(finding: Finding, call: Call, *, with_label: bool) -> Content:
    """One finding as a line: mark, where (when asked), message."""
    where = item_label(finding.field, finding.item)
    if with_label:
        where = f"{call.label(finding.field)}{f' · {where}' if where else ''}"
    return Content.assemble(
        (finding.mark, LEVEL_STYLES[finding.level]),
        " ",
        (f"{where}: " if where else "", "bold"),
        finding.message,
    )


class FindingsView(Static):
    """The findings of some fields; hidden while there are none."""

    DEFAULT_CSS = """
    FindingsView {
        height: auto;
        width: 1fr;
        &.-empty { display: none; }
    }
    """

    def __init__(
        self,
        fields: Iterable[str],
        call: Call,
        *,
        with_labels: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(classes="-empty", id=id)
        self.fields = frozenset(fields)
        self.call = call
        self.with_labels = with_labels
        self.shown: list[Finding] = []

    def show(self, findings: Iterable[Finding]) -> None:
        """Show the findings among `findings` that belong to this view's fields."""
        mine = [f for f in findings if f.field in self.fields]
        if mine == self.shown:
            return
        self.shown = mine
        lines = [finding_line(f, self.call, with_label=self.with_labels) for f in mine]
        self.update(Content("\n").join(lines))
        self.set_class(not mine, "-empty")
