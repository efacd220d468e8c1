"""Widgets that draw a comparison: one changed section side by side, a fold of same ones.

Changed words carry a mark as well as a colour, so the difference reads without
colour: removed words are struck through, red and bracketed `[-…-]`; added words
are underlined, green and bracketed `{+…+}`; a line break that came or went is `¶`.
People are listed by what happened to them: `+ added`, `− removed`, `~ changed`
(with the fields), `↕ moved`.  A changed section's text is wrapped here, to the width
it gets, by the same rules as `proposal-tui diff`, so lines far from a change fold
into one `… 42 unchanged lines` line, level on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from proposal_tui.compare import Op, PersonChange, SectionDiff, tally
from proposal_tui.diff_render import CONTEXT_LINES, Folded, Line, paired_rows, side_rows
from proposal_tui.safe_text import visible
from proposal_tui.tui.shown import as_text

REMOVED_STYLE = "strike $text-error"
ADDED_STYLE = "underline bold $text-success"
REMOVED_MARK_STYLE = "bold $text-error"
ADDED_MARK_STYLE = "bold $text-success"
OPEN = {Op.REMOVED: "[-", Op.ADDED: "{+"}
CLOSE = {Op.REMOVED: "-]", Op.ADDED: "+}"}


def line_content(line: Line) -> Content:
    """A wrapped line: runs of changed words bracketed and styled, the rest plain."""
    parts: list[Content] = []
    for op, run in groupby(line, key=lambda word: word[1]):
        text = visible(" ".join(word for word, _ in run), prose=False)
        if op == Op.SAME:
            parts.append(Content(text))
        else:
            style = REMOVED_STYLE if op == Op.REMOVED else ADDED_STYLE
            parts.append(Content.styled(f"{OPEN[op]}{text}{CLOSE[op]}", style))
    return Content(" ").join(parts)


def fold_content(fold: Folded) -> Content:
    """The line standing for unchanged lines left out."""
    return Content.styled(fold.text, "italic $text-muted")


def rows_content(rows: Sequence[Line | Folded]) -> Content:
    """Wrapped lines and folds as one block of text."""
    return Content("\n").join(
        fold_content(row) if isinstance(row, Folded) else line_content(row) for row in rows
    )


def person_line(change: PersonChange) -> Content:
    """One person's change: '+ added Ana Souza', '~ changed Bo Chen: region, confirmed'."""
    name = visible(change.name or "(no name)", prose=False)
    if change.kind == Op.ADDED:
        line = Content.assemble(("+ added ", ADDED_MARK_STYLE), (name, "bold"))
    elif change.kind == Op.REMOVED:
        line = Content.assemble(("− removed ", REMOVED_MARK_STYLE), (name, "bold"))
    elif change.kind == "changed":
        fields = ", ".join(f.replace("_", " ") for f in change.changed_fields)
        line = Content.assemble(("~ changed ", "bold $text-warning"), (name, "bold"), f": {fields}")
    else:
        line = Content.assemble(("↕ moved ", "bold $text-accent"), (name, "bold"))
    if change.moved and change.kind != Op.SAME:
        line = line.append(Content.styled(" ↕ moved", "$text-accent"))
    return line


def person_details(change: PersonChange) -> list[Content]:
    """For a changed person, one indented line per changed field: 'region: X → Y'."""
    if change.kind != "changed" or change.a is None or change.b is None:
        return []
    lines = []
    for field in change.changed_fields:
        before, after = getattr(change.a, field, ""), getattr(change.b, field, "")
        if isinstance(before, bool):
            before, after = ("yes" if before else "no"), ("yes" if after else "no")
        lines.append(
            Content.assemble(
                f"    {field.replace('_', ' ')}: ",
                (visible(str(before)) or "(empty)", REMOVED_STYLE),
                " → ",
                (visible(str(after)) or "(empty)", ADDED_STYLE),
            )
        )
    return lines


def people_content(changes: Sequence[PersonChange]) -> Content:
    """The list of people changes, one person per line (details indented)."""
    lines: list[Content] = []
    for change in changes:
        lines.append(person_line(change))
        lines.extend(person_details(change))
    return Content("\n").join(lines)


class SectionDiffView(Widget, can_focus=True):
    """One changed section: its label and tally, then side a beside (or above) side b."""

    DEFAULT_CSS = """
    SectionDiffView {
        height: auto;
        margin: 0 0 1 0;
        border-left: outer $border-blurred;
        padding: 0 0 0 1;
        &:focus { border-left: outer $border; background: $boost; }
        .diff-heading { text-style: bold; color: $text-accent; }
        .diff-sides { height: auto; }
        .diff-side { width: 1fr; height: auto; padding: 0 1 0 0; }
        .diff-side { border-title-align: left; border-title-color: $text-muted; }
        .diff-people { height: auto; }
    }
    """

    def __init__(
        self, diff: SectionDiff, label_a: str = "A", label_b: str = "B", *, folded: bool = True
    ) -> None:
        super().__init__(id=f"diff-{diff.field}")
        self.diff = diff
        self.label_a = label_a
        self.label_b = label_b
        self.folded = folded
        """Whether lines far from a change fold into a count."""
        self.drawn: tuple[int, bool, bool] | None = None
        """(width, stacked, folded) the sides were last drawn with; None before the first."""

    @property
    def field(self) -> str:
        """The proposal field this section shows."""
        return self.diff.field

    def compose(self) -> ComposeResult:
        heading = Content.assemble(
            ("≠ ", "bold"),
            visible(self.diff.label, prose=False),
            ("  " + tally(self.diff), "not bold $text-muted"),
        )
        yield Static(heading, classes="diff-heading")
        if self.diff.people:
            yield Static(people_content(self.diff.people), classes="diff-people")
            return
        with Horizontal(classes="diff-sides"):
            for side, label in (("a", self.label_a), ("b", self.label_b)):
                text = DiffSide(classes=f"diff-side diff-{side}")
                text.border_title = as_text(
                    label, prose=False
                )  # shown where the sides stack, above each
                yield text

    def draw_sides(self) -> None:
        """Wrap both sides to the width they got and fold far unchanged lines (unless
        unfolded); side by side, the rows stay level; stacked, each side folds alone."""
        if self.diff.people or not self.is_mounted:
            return
        side_a, side_b = self.query_one(".diff-a", Static), self.query_one(".diff-b", Static)
        width = min(side_a.content_size.width, side_b.content_size.width)
        if width <= 0:
            return
        stacked = side_b.region.y > side_a.region.y
        drawn = (width, stacked, self.folded)
        if drawn == self.drawn:
            return
        self.drawn = drawn
        context = CONTEXT_LINES if self.folded else None
        if stacked:
            side_a.update(rows_content(side_rows(self.diff, Op.REMOVED, width, context)))
            side_b.update(rows_content(side_rows(self.diff, Op.ADDED, width, context)))
            return
        rows = paired_rows(self.diff, width, context)
        side_a.update(rows_content([r if isinstance(r, Folded) else r[0] for r in rows]))
        side_b.update(rows_content([r if isinstance(r, Folded) else r[1] for r in rows]))

    def on_mount(self) -> None:
        # The sides' first resize can come before this view is mounted (on a busy
        # machine it often does), when draw_sides does nothing: draw once after it.
        self.call_after_refresh(self.draw_sides)

    def on_resize(self) -> None:
        self.call_after_refresh(self.draw_sides)

    def set_folded(self, folded: bool) -> None:
        """Fold (or show) the lines far from a change."""
        self.folded = folded
        self.draw_sides()


class DiffSide(Static):
    """One side of a changed section; its section redraws it when its width changes."""

    def on_resize(self) -> None:
        for node in self.ancestors:
            if isinstance(node, SectionDiffView):
                node.draw_sides()
                return


class FoldedSections(Static):
    """Sections that are the same on both sides: one line with their count, or their text."""

    DEFAULT_CSS = """
    FoldedSections {
        height: auto;
        margin: 0 0 1 0;
        padding: 0 0 0 2;
        color: $text-muted;
        &.-folded { text-wrap: nowrap; text-overflow: ellipsis; }
    }
    """

    def __init__(self, diffs: Sequence[SectionDiff], *, folded: bool = True) -> None:
        super().__init__()
        self.diffs = list(diffs)
        self.folded = folded

    def on_mount(self) -> None:
        self.set_folded(self.folded)

    def set_folded(self, folded: bool) -> None:
        """Show the count line (folded) or every same section's text."""
        self.folded = folded
        self.set_class(folded, "-folded")
        self.update(self.render_fold())

    def render_fold(self) -> Content:
        """The fold's content for its current state."""
        count = len(self.diffs)
        noun = "section" if count == 1 else "sections"
        if self.folded:
            labels = ", ".join(visible(d.label, prose=False) for d in self.diffs)
            return Content.assemble(("═ ", "bold"), f"{count} unchanged {noun}: {labels}")
        lines = [Content.assemble(("═ ", "bold"), f"{count} unchanged {noun}")]
        for diff in self.diffs:
            lines.append(Content.styled(f"= {visible(diff.label, prose=False)}", "bold"))
            lines.append(as_text(diff.a_text or "(empty)"))
        return Content("\n").join(lines)
