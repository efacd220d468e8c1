"""A comparison as plain text for `proposal-tui diff`: side by side, or one after the other.

Marks never depend on colour: removed words read `[-word-]`, added ones `{+word+}` (as
in `git diff --word-diff`); a paragraph break that came or went shows as `¶` in its
marks.  With colour, the marks are red and green as well.  People are listed by what
happened to them (`+ added`, `− removed`, `~ changed` with the old and new values,
`↕ moved`).  Widths are counted in terminal cells, so CJK text and emoji line up.
Inside a changed section, lines more than CONTEXT_LINES away from a change fold into
one `… 42 unchanged lines` line (the compare screen folds the same way).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby, zip_longest
from typing import TypeVar

from rich.cells import cell_len, chop_cells

from proposal_tui.compare import (
    LINE,
    PARAGRAPH,
    Comparison,
    Op,
    PersonChange,
    SectionDiff,
    Token,
    tally,
)
from proposal_tui.safe_text import visible

SIDE_BY_SIDE_MIN = 100
"""Terminals at least this wide get two columns."""
MIN_WIDTH = 20
"""Narrower widths are drawn as if this wide."""
GUTTER = " │ "
INDENT = "  "
MARKS = {Op.REMOVED: ("[-", "-]"), Op.ADDED: ("{+", "+}")}
COLORS = {Op.REMOVED: "\x1b[31m", Op.ADDED: "\x1b[32m"}
RESET = "\x1b[0m"
BREAK_MARK = "¶"
CONTEXT_LINES = 3
"""Unchanged lines kept on each side of a change; the rest of a changed section folds."""
ELLIPSIS = "…"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")

Word = tuple[str, Op]
"""A word on one side and whether it is the same on both or only this side's."""
Line = list[Word]
Piece = tuple[str, Op | None]
"""A word with its op, or a break (LINE / PARAGRAPH) with None."""
Row = TypeVar("Row")


@dataclass(frozen=True)
class Folded:
    """A run of unchanged lines left out of a changed section."""

    count: int

    @property
    def text(self) -> str:
        """'… 42 unchanged lines'."""
        return f"{ELLIPSIS} {self.count} unchanged line{'' if self.count == 1 else 's'}"


def _clean(text: str) -> str:
    """Control characters (a stray escape in a draft) cannot reach the terminal: they
    show as the app shows them (ESC → ␛)."""
    return visible(text, prose=False)


def _words(text: str, op: Op = Op.SAME) -> list[Piece]:
    return [(_clean(word), op) for word in text.split()]


def side_segments(tokens: Sequence[Token], own: Op) -> list[tuple[str, list[Piece]]]:
    """One side of a word diff, cut at the breaks both sides share.

    Each segment is (the shared break before it, or "" for the first; its pieces): the
    common words and this side's own (`own`) words, with the side's own breaks inside.
    Both sides of a diff have the same number of segments, so they can be lined up.
    """
    segments: list[tuple[str, list[Piece]]] = [("", [])]
    for token in tokens:
        if token.op not in (Op.SAME, own):
            continue
        pieces = segments[-1][1]
        if token.op == own and not token.text.split():
            pieces.append((BREAK_MARK, own))
        for part in re.split(r"(\n+)", token.text):
            if not part.startswith(LINE):
                pieces += _words(part, token.op)
                continue
            kind = PARAGRAPH if len(part) > 1 else LINE
            if token.op == Op.SAME:
                segments.append((kind, []))
                pieces = segments[-1][1]
            else:
                pieces.append((kind, None))
    return segments


def side_pieces(tokens: Sequence[Token], own: Op) -> list[Piece]:
    """One side of a word diff as one run of pieces, every break kept."""
    pieces: list[Piece] = []
    for kind, segment in side_segments(tokens, own):
        if kind:
            pieces.append((kind, None))
        pieces += segment
    return pieces


def wrap(pieces: Iterable[Piece], width: int, rest_width: int | None = None) -> list[Line]:
    """Word-wrap pieces into lines of at most `width` cells (`rest_width` after the first),
    marks counted; a word longer than a line is cut."""
    rest = width if rest_width is None else rest_width
    lines: list[Line] = [[]]
    used = 0
    for text, op in pieces:
        if op is None:
            lines.append([])
            if text == PARAGRAPH:
                lines.append([])
            used = 0
            continue
        marks = 0 if op == Op.SAME else 4
        for chunk in _chop(text, min(width, rest) - marks):
            line = lines[-1]
            opens_run = marks and (not line or line[-1][1] != op)
            need = cell_len(chunk) + (1 if line else 0) + (marks if opens_run else 0)
            if line and used + need > (width if len(lines) == 1 else rest):
                lines.append([])
                line, need, used = lines[-1], cell_len(chunk) + marks, 0
            line.append((chunk, op))
            used += need
    return lines


def _chop(word: str, room: int) -> list[str]:
    """A word too long for a line, cut into line-sized chunks."""
    return [word] if cell_len(word) <= room else chop_cells(word, max(room, 2))


def line_text(line: Line, color: bool) -> str:
    """A wrapped line as text: runs of added/removed words bracketed (and coloured)."""
    parts = []
    for op, run in groupby(line, key=lambda word: word[1]):
        text = " ".join(word for word, _ in run)
        if op != Op.SAME:
            opening, closing = MARKS[op]
            text = f"{opening}{text}{closing}"
            if color:
                text = f"{COLORS[op]}{text}{RESET}"
        parts.append(text)
    return " ".join(parts)


def _block(
    pieces: Sequence[Piece], width: int, color: bool, indent: str = "", hang: str | None = None
) -> list[str]:
    """Pieces wrapped to `width`, marked; lines after the first start with `hang`."""
    hang = indent if hang is None else hang
    lines = wrap(pieces, width - cell_len(indent), width - cell_len(hang))
    return [
        ((hang if n else indent) + line_text(line, color)).rstrip() for n, line in enumerate(lines)
    ]


def _plain(text: str, width: int, indent: str = "", hang: str | None = None) -> list[str]:
    """Plain text wrapped to `width`; lines after the first start with `hang`."""
    return _block(_words(text), width, False, indent, hang)


def visible_width(text: str) -> int:
    """Cells `text` takes on screen, colour codes not counted."""
    return cell_len(_ANSI.sub("", text))


def _pad(text: str, width: int) -> str:
    return text + " " * (width - visible_width(text))


def _columns(left: list[str], right: list[str], width: int) -> list[str]:
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    return [(_pad(a, width) + GUTTER + b).rstrip() for a, b in zip(left, right, strict=True)]


def is_marked(line: Line) -> bool:
    """True when a wrapped line holds a changed word or a changed break."""
    return any(op != Op.SAME for _, op in line)


def fold(rows: Sequence[Row], changed: Sequence[bool], context: int | None) -> list[Row | Folded]:
    """`rows` with each run of unchanged rows more than `context` rows from a changed one
    replaced by a Folded count; runs of one row are kept (a fold line would not be
    shorter).  `context` None keeps every row."""
    if context is None:
        return list(rows)
    near = [False] * len(rows)
    for index, is_changed in enumerate(changed):
        if is_changed:
            for k in range(max(0, index - context), min(len(rows), index + context + 1)):
                near[k] = True
    shown: list[Row | Folded] = []
    for keep, run in groupby(range(len(rows)), key=lambda k: near[k]):
        indices = list(run)
        if keep or len(indices) == 1:
            shown += [rows[k] for k in indices]
        else:
            shown.append(Folded(len(indices)))
    return shown


def _wrapped_segments(diff: SectionDiff, width: int) -> list[tuple[list[Line], list[Line]]]:
    """Both sides cut at the breaks they share and wrapped; a paragraph break shared
    by both sides becomes an empty line on each."""
    a_side, b_side = side_segments(diff.tokens, Op.REMOVED), side_segments(diff.tokens, Op.ADDED)
    empty = [("", _words("(empty)"))]
    a_side = a_side if _has_words(p for _, seg in a_side for p in seg) else empty
    b_side = b_side if _has_words(p for _, seg in b_side for p in seg) else empty
    segments: list[tuple[list[Line], list[Line]]] = []
    for (kind, a_pieces), (_, b_pieces) in zip_longest(a_side, b_side, fillvalue=("", [])):
        if kind == PARAGRAPH:
            segments.append(([[]], [[]]))
        segments.append((wrap(a_pieces, width), wrap(b_pieces, width)))
    return segments


def paired_rows(
    diff: SectionDiff, width: int, context: int | None = CONTEXT_LINES
) -> list[tuple[Line, Line] | Folded]:
    """Side a beside side b as rows of wrapped lines `width` cells wide, each paragraph
    (or list item) level with its counterpart, far unchanged rows folded."""
    rows: list[tuple[Line, Line]] = []
    for a_lines, b_lines in _wrapped_segments(diff, width):
        rows += zip_longest(a_lines, b_lines, fillvalue=[])
    return fold(rows, [is_marked(a) or is_marked(b) for a, b in rows], context)


def side_rows(
    diff: SectionDiff, own: Op, width: int, context: int | None = CONTEXT_LINES
) -> list[Line | Folded]:
    """One side (`own` REMOVED for a, ADDED for b) as wrapped lines, lines far from a
    change on either side folded (words only b added keep their place in a)."""
    lines: list[Line] = []
    changed: list[bool] = []
    for a_lines, b_lines in _wrapped_segments(diff, width):
        mine, theirs = (a_lines, b_lines) if own == Op.REMOVED else (b_lines, a_lines)
        for k, line in enumerate(mine):
            lines.append(line)
            changed.append(is_marked(line) or (k < len(theirs) and is_marked(theirs[k])))
        if len(theirs) > len(mine) and any(map(is_marked, theirs[len(mine) :])) and changed:
            changed[-1] = True
    return fold(lines, changed, context)


# --- pieces of the page -----------------------------------------------------------


def _people_lines(changes: Sequence[PersonChange], width: int, color: bool) -> list[str]:
    lines: list[str] = []
    for change in changes:
        name = change.name or "(no name)"
        if change.kind == Op.ADDED and change.b is not None:
            pieces = [*_words("+ added"), *_words(change.b.summary(), Op.ADDED)]
        elif change.kind == Op.REMOVED and change.a is not None:
            pieces = [*_words("− removed"), *_words(change.a.summary(), Op.REMOVED)]
        elif change.kind == "changed":
            fields = ", ".join(f.replace("_", " ") for f in change.changed_fields)
            pieces = _words(f"~ changed {name}: {fields}")
        else:
            pieces = _words(f"↕ moved {name}")
        if change.moved and change.kind != Op.SAME:
            pieces += _words("(↕ moved)")
        lines += _block(pieces, width, color, INDENT, INDENT * 2)
        lines += _field_lines(change, width, color)
    return lines


def _field_lines(change: PersonChange, width: int, color: bool) -> list[str]:
    """For a changed person, 'field: [-old-] → {+new+}' per changed field."""
    if change.kind != "changed" or change.a is None or change.b is None:
        return []
    lines: list[str] = []
    for field in change.changed_fields:
        before, after = _shown(getattr(change.a, field, "")), _shown(getattr(change.b, field, ""))
        pieces = [
            *_words(f"{field.replace('_', ' ')}:"),
            *_words(before, Op.REMOVED),
            *_words("→"),
            *_words(after, Op.ADDED),
        ]
        lines += _block(pieces, width, color, INDENT * 3, INDENT * 4)
    return lines


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value not in (None, "") else "(empty)"


def _has_words(pieces: Iterable[Piece]) -> bool:
    return any(op is not None for _, op in pieces)


def _stacked(diff: SectionDiff, width: int, color: bool, context: int | None) -> list[str]:
    """Side a under "− A", then side b under "+ B"."""
    lines: list[str] = []
    for mark, own in (("− A", Op.REMOVED), ("+ B", Op.ADDED)):
        lines.append(mark)
        for row in side_rows(diff, own, width - cell_len(INDENT), context):
            if isinstance(row, Folded):
                lines += _plain(row.text, width, INDENT, INDENT * 2)
            else:
                lines.append((INDENT + line_text(row, color)).rstrip())
    return lines


def _side_by_side(diff: SectionDiff, column: int, color: bool, context: int | None) -> list[str]:
    """Side a beside side b, each paragraph (or list item) level with its counterpart."""
    lines: list[str] = []
    for row in paired_rows(diff, column, context):
        if isinstance(row, Folded):
            lines += _plain(row.text, column * 2 + cell_len(GUTTER), INDENT)
            continue
        a, b = (line_text(line, color) for line in row)
        lines.append((_pad(a, column) + GUTTER + b).rstrip())
    return lines


def _fold(diffs: Sequence[SectionDiff], width: int) -> list[str]:
    count = len(diffs)
    labels = ", ".join(d.label for d in diffs)
    noun = "section" if count == 1 else "sections"
    return _plain(f"… {count} unchanged {noun}: {labels}", width, hang=INDENT * 2)


def _verdict(comparison: Comparison) -> str:
    total = len(comparison.sections)
    if comparison.equal:
        return f"✓ No differences: all {total} sections are the same."
    changed = len(comparison.changed)
    return f"≠ {changed} of {total} section{'' if total == 1 else 's'} differ{'s' * (changed == 1)}"


# --- the two layouts --------------------------------------------------------------


def render_diff(
    comparison: Comparison,
    *,
    width: int,
    label_a: str,
    label_b: str,
    readiness_a: str = "",
    readiness_b: str = "",
    color: bool = False,
    context: int | None = CONTEXT_LINES,
) -> str:
    """The comparison as text no wider than `width` cells (at least MIN_WIDTH).

    Side by side when `width` >= SIDE_BY_SIDE_MIN, otherwise each changed section's
    side a (a "−" block) then side b (a "+" block).  Runs of unchanged sections are
    folded into one "… N unchanged sections" line, and inside a changed section the
    lines more than `context` lines from a change (None: none are folded).
    """
    width = max(width, MIN_WIDTH)
    two_columns = width >= SIDE_BY_SIDE_MIN
    column = (width - cell_len(GUTTER)) // 2
    heads = [("A", label_a, readiness_a), ("B", label_b, readiness_b)]
    if two_columns:
        blocks = [_header(name, label, state, column) for name, label, state in heads]
        lines = _columns(*blocks, column)
    else:
        lines = [line for head in heads for line in _header(*head, width)]
    lines += _plain(_verdict(comparison), width)

    def section_lines(diff: SectionDiff) -> list[str]:
        heading = ["", *_plain(f"≠ {diff.label} · {tally(diff)}", width, hang=INDENT)]
        if diff.people:
            return heading + _people_lines(diff.people, width, color)
        if two_columns:
            return heading + _side_by_side(diff, column, color, context)
        return heading + _stacked(diff, width, color, context)

    for changed, run in groupby(comparison.sections, key=lambda diff: diff.changed):
        diffs = list(run)
        if changed:
            for diff in diffs:
                lines += section_lines(diff)
        else:
            lines += ["", *_fold(diffs, width)]
    return "\n".join(lines) + "\n"


def _header(name: str, label: str, readiness: str, width: int) -> list[str]:
    prefix = f"{name}: "
    lines = [prefix + shorten_path(_clean(label), width - cell_len(prefix))]
    if readiness:
        lines += _plain(f"readiness: {readiness}", width, INDENT)
    return lines


def shorten_path(path: str, width: int) -> str:
    """`path` in at most `width` cells, shortened from the left: whole leading folders
    give way to "…/" (…/folder/name.toml); only a file name wider than `width` alone
    loses its start."""
    if cell_len(path) <= width:
        return path
    parts = path.split("/")
    for start in range(1, len(parts)):
        shorter = "/".join([ELLIPSIS, *parts[start:]])
        if cell_len(shorter) <= width:
            return shorter
    name = parts[-1]
    while name and cell_len(ELLIPSIS + name) > width:
        name = name[1:]
    return ELLIPSIS + name
