"""Widgets that draw a comparison: one changed section side by side, a fold of same ones.

Changed words carry a mark as well as a colour, so the difference reads without
colour: removed words are struck through, red and bracketed `[-…-]`; added words
are underlined, green and bracketed `{+…+}`.  People are listed by what happened
to them: `+ added`, `− removed`, `~ changed` (with the fields), `↕ moved`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from proposal_tui.compare import PARAGRAPH, Op, PersonChange, SectionDiff, Token, tally
from proposal_tui.safe_text import visible
from proposal_tui.tui.shown import as_text

Side = Literal["a", "b"]

REMOVED_STYLE = "strike $text-error"
ADDED_STYLE = "underline bold $text-success"
REMOVED_MARK_STYLE = "bold $text-error"
ADDED_MARK_STYLE = "bold $text-success"
OPEN = {Op.REMOVED: "[-", Op.ADDED: "{+"}
CLOSE = {Op.REMOVED: "-]", Op.ADDED: "+}"}


def paragraphs(tokens: Sequence[Token]) -> list[list[Token]]:
    """The tokens cut at the paragraph breaks both sides share."""
    blocks: list[list[Token]] = [[]]
    for token in tokens:
        if token.op != Op.SAME or PARAGRAPH not in token.text:
            blocks[-1].append(token)
            continue
        for index, piece in enumerate(token.text.split(PARAGRAPH)):
            if index:
                blocks.append([])
            if piece:
                blocks[-1].append(Token(Op.SAME, piece))
    return blocks


def _unchanged(block: Sequence[Token]) -> bool:
    return all(token.op == Op.SAME for token in block)


def side_content(tokens: Sequence[Token], side: Side, *, fold_same: bool = False) -> Content:
    """One side of a word diff: the same words plus this side's own, marked.

    Side a shows what b dropped (`[-…-]`), side b what it added (`{+…+}`).  A run
    of changed words gets one pair of brackets; the spaces around it stay outside.
    With `fold_same`, paragraphs the same on both sides shrink to one line
    ('⋯ 2 unchanged paragraphs (180 words)') at the same place on both sides.
    """
    blocks = paragraphs(tokens)
    shown: list[Content] = []
    index = 0
    while index < len(blocks):
        if not (fold_same and len(blocks) > 1 and _unchanged(blocks[index])):
            content = _side_block(blocks[index], side)
            if content.plain.strip():
                shown.append(content)
            index += 1
            continue
        end = index
        while end < len(blocks) and _unchanged(blocks[end]):
            end += 1
        count = end - index
        words = sum(len(t.text.split()) for block in blocks[index:end] for t in block)
        noun = "paragraph" if count == 1 else "paragraphs"
        shown.append(
            Content.styled(f"⋯ {count} unchanged {noun} ({words} words)", "italic $text-muted")
        )
        index = end
    return Content(PARAGRAPH).join(shown)


def _side_block(tokens: Sequence[Token], side: Side) -> Content:
    """One side of a run of tokens, this side's own words bracketed and styled."""
    own = Op.REMOVED if side == "a" else Op.ADDED
    style = REMOVED_STYLE if own == Op.REMOVED else ADDED_STYLE
    parts: list[str | tuple[str, str]] = []
    run: list[str] = []

    def close_run() -> None:
        if not run:
            return
        text = visible("".join(run))
        run.clear()
        core = text.strip()
        if not core:  # only a line or paragraph break changed: show where
            parts.append((f"{OPEN[own]}¶{CLOSE[own]}", style))
            parts.append(text)
            return
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        parts.append(lead)
        parts.append((f"{OPEN[own]}{core}{CLOSE[own]}", style))
        parts.append(trail)

    for token in tokens:
        if token.op == own:
            run.append(token.text)
        elif token.op == Op.SAME:
            close_run()
            parts.append(visible(token.text))
    close_run()
    return Content.assemble(*parts)


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
        """Whether paragraphs the same on both sides shrink to one line."""

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
                text = Static(self._side(side), classes=f"diff-side diff-{side}")
                text.border_title = as_text(
                    label, prose=False
                )  # shown where the sides stack, above each
                yield text

    def _side(self, side: Side) -> Content:
        return _or_empty(side_content(self.diff.tokens, side, fold_same=self.folded))

    def set_folded(self, folded: bool) -> None:
        """Shrink (or show) the paragraphs that are the same on both sides."""
        self.folded = folded
        if self.diff.people or not self.is_mounted:
            return
        self.query_one(".diff-a", Static).update(self._side("a"))
        self.query_one(".diff-b", Static).update(self._side("b"))


def _or_empty(content: Content) -> Content:
    return content if content.plain.strip() else Content.styled("(empty)", "italic $text-muted")


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
