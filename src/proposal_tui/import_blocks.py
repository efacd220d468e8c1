"""Where a section's text is cut when a label was lost, and the line shapes the readers share.

Blocks are cut at runs of two blank lines (a lost label leaves them); paragraphs at one.
"""

from __future__ import annotations

import re

from proposal_tui.import_fields import BULLETS, LIST_LINE, MAX_STRUCTURE_LINE, WEB_LINE


def split_blocks(lines: list[str], split_inline: bool) -> list[tuple[int, list[str]]]:
    """The section's lines cut where a label was lost: at each run of two or more blank
    lines, and (`split_inline`) after a label's one-paragraph value copied from a web page
    when a new sentence follows on the next line (a one-sentence value counts as a
    paragraph when the line after it is too long to have been wrapped).  Each block with
    its first line's index."""
    blocks: list[tuple[int, list[str]]] = [(0, [])]
    blank_run = 0
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            blank_run += 1
            blocks[-1][1].append(raw)
            continue
        new_block = blank_run >= 2 and any(line.strip() for line in blocks[-1][1])
        if split_inline and index == 1 and text[0].isupper() and _web_value(lines[0], text):
            new_block = True
        if (
            split_inline
            and index > 1
            and index == blank_run + 1
            and _one_sentence(lines[0])
            and LIST_LINE.match(text) is None  # a list under the value is still its own
        ):
            new_block = True  # `Label: One sentence.`, a blank line, then the next box's text
        if new_block:
            blocks.append((index, []))
        blocks[-1][1].append(raw)
        blank_run = 0
    return blocks


def _web_value(first: str, following: str) -> bool:
    """True when a label's value `first` and the line after it were copied from a web page
    (either is longer than a wrapped line) and `first` is a whole paragraph: it is long,
    or the longer line after it could not have been wrapped from it and either ends a
    sentence (the line after a whole web paragraph: `Format description: Short talks,
    then …` over the description on one line)."""
    first, following = first.strip(), following.strip()
    if len(first) > WEB_LINE:
        return True
    if len(following) <= WEB_LINE:
        return False
    # the line after is a whole web paragraph: the value's line was never wrapped
    return _SENTENCE_END.search(first) is not None or _SENTENCE_END.search(following) is not None


_WHOLE_SENTENCE = re.compile(r"[.!?][\"'”’)]*+$")


def _one_sentence(value: str) -> bool:
    """True when a label's value `value`, printed on the label's line, ends a sentence
    (not a colon announcing a list): a whole value, so a paragraph after a blank line
    below it is another box's text whose label was lost."""
    return _WHOLE_SENTENCE.search(value.strip()) is not None


def paragraph_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each blank-line separated paragraph."""
    spans: list[tuple[int, int]] = []
    for index, raw in enumerate(lines):
        if not raw.strip():
            continue
        if spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


LIST_MARK = re.compile(
    rf"(?:\(?(?:[A-Za-z]|\d{{1,2}}|ii|iii|iv|vi|vii|viii|ix)[.)]|[{BULLETS}]|\(?Q\d\)?)[ \t]"
)
"""A list marker opening a question line (`1.`, `A)`, `iv.`, `-`, `•`, `Q1`, `(Q1)`)."""


QUESTION_LINE = re.compile(r"[^\n]{60,}+(?<=\?)")
"""A long line ending in `?`: a policy question that lost its label."""


FORMAT_WORD = re.compile(r"\bformat\b", re.IGNORECASE)
"""Text that speaks of the session's format."""

_NEXT_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*+[ \t]++(?=[\"“‘(]?[A-Z])")


def format_first(text: str) -> bool:
    """True for running text whose first sentence speaks of the session's format (`This
    networking session will use a “speed dating” format …`)."""
    return FORMAT_WORD.search(_NEXT_SENTENCE.split(text.strip(), maxsplit=1)[0]) is not None


_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*+$")


def stray_line(block: list[str]) -> bool:
    """A block of one short line that ends no sentence (`Name, Organisation Name, …`): a
    box whose label was lost (2019's organisers under a Dynamic Coalition's outline), not
    more of the running text above it."""
    content = [line.strip() for line in block if line.strip()]
    return (
        len(content) == 1
        and len(content[0]) <= MAX_STRUCTURE_LINE
        and _SENTENCE_END.search(content[0]) is None
    )
