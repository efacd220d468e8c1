"""Readers for the content of one section of a published proposal.

Each reader takes the lines under one label and returns what it could read; lines
it could not read come back so the importer can say so.  Nothing here raises on odd
input, and no pattern can backtrack badly: patterns are anchored, bounded or possessive,
the costlier ones only see short lines (`MAX_STRUCTURE_LINE`), and free text is handled
with plain string work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from proposal_tui.model import SDG_NAMES, SessionFormat, normalize_format

LOCK = "🔒"
"""Published pages print this where a field is hidden."""

LOCK_MOJIBAKE = "\u0e50\u0178\u201d\u2019"
"""The lock's UTF-8 bytes read as Windows-874 (Thai), as some copies of 2023 pages show it."""

WEB_LINE = 100
"""A paragraph with a line longer than this was copied from a web page, not wrapped: each
of its line breaks is one the page has."""

MAX_STRUCTURE_LINE = 300
"""Lines longer than this are never read as a label, a person, a format or a goal."""

QUESTION_INDENT = "   "
"""export.py indents the further lines of a multi-line policy question by three spaces."""

_NOT_LABEL_CHAR = re.compile(r"[^0-9a-z]+")
BULLETS = "-*•●–➢►▶▪◦‣→✓"
"""Characters published pages open a list item with."""
LIST_LINE = re.compile(rf"(?:[{BULLETS}]|\d{{1,3}}[.)])[ \t]")
"""A line opening a list item (`- …`, `1. …`)."""
_LATER_ROMAN = r"(?:i[iI]{1,2}|i[vV]|v[iI]{1,3}|i[xX])"
"""A lower-case roman numeral of two letters or more (`ii` to `ix`), its letters after the
first maybe slipped into capitals (`iII`): the same mark."""
_QUESTION_MARK = re.compile(
    rf"\(?{_LATER_ROMAN}[.)][ \t]++(?=\S)"
    r"|\(?(?:(?P<letters>[A-Z]{1,2}|[a-z])|(?P<digits>\d{1,2}))(?:[.)]|(?<=\d)[ \t]+[-–])"
    r"(?:[ \t]++(?=\S)|[ \t]*+$)"
    r"|\(?(?:Q|(?:Policy[ \t]+)?Question)[ \t]?+(?P<q>\d{1,2})[.:)][ \t]*+"
    rf"|[{BULLETS}][ \t]++(?=\S)"
)
_ASKED = r"(?:(?<=\?)|(?<=\?[\"”’]))"
"""Right after a `?`, or after a closing quote right after it (`…of trust?”`)."""
_ROMAN = rf"(?:{_LATER_ROMAN}|v|x)"
"""A lower-case roman numeral past the first (`ii` to `x`, `iII` as `iii`): the mark of a
question after one."""
_RUN_ON_QUESTION = re.compile(
    _ASKED + rf"[ \t]++(?=(?:\(?\d{{1,2}}(?:[.)]|[ \t]+[-–])|[A-H][.)]|\(?{_ROMAN}[.)])[ \t]++\S)"
    r"|(?<=:)[ \t]++(?=\(?(?:1|A)(?:[.)][ \t]++\S|\)[A-Z]))"
    r"|(?<=\S)[ \t]++(?=[•●][ \t]++\S)"
)
"""Where a question run on after another on the same line starts: a number, letter or
roman numeral after a `?` (`…deployment? 2 - What …`, `…? (2) Who …`, `…? (ii) How …`),
or after a closing quote right after it (`…of trust?” 2. How …`), the first one after a
colon that ends an introduction (`…in general: A. How …`, or bracketed and run into its
word: `…in general: (1)When …`), or a `•` or `●` bullet."""
_LIST_HEADING = re.compile(
    r"(?:(?<=[Qq]uestions)|(?<=[Qq]uestion\(s\)))[ \t]++(?=\(?(?:1|A)[.)][ \t]++\S)"
)
"""Where the first numbered or lettered question starts right after the word `Questions`
with no colon (`Questions 1. How …? 2. What …?`, 2025 workshops): the words before it are
the list's heading, as `Policy questions: 1. …` is."""
_RUN_ON_DASH = re.compile(
    r"(?:\?[\"”’]?+|\?[ \t]++\([^()\n]{1,60}\))(?P<gap>[ \t]++)(?=[-–][ \t]*+[A-Z])"
)
"""Where a dash-bulleted question run on after another starts, on a line that opens with a
dash (`- How …? - What …?`, `-Ease …? -How …?`): a dash and a capital after a `?`, after
a closing quote right after it, or after a tag in brackets that ends the question (`…?
(Commitments) - Which …`: the tag stays with its question)."""
_DASH_RUN = re.compile(r"(?<=[.!?:])[ \t]++(?=[-–][ \t]++[A-Z])")
"""Where a dash-bulleted item run on after a sentence starts (`…like RPKI. - What …?`)."""
_TIGHT_DASH = re.compile(r"^([ \t]*+[-–])(?=[A-Z])")
"""A dash bullet run into its question (`-How …`): spaced out so it reads as a bullet."""
_NAMED_MARK = re.compile(r"(?:Policy[ \t]+)?Question[ \t]?+\d{1,2}[.:)][ \t]*+", re.IGNORECASE)
"""`Policy Question 1: ` after a list marker (`1. Policy Question 1: How …`): not the question."""
_TIGHT_MARK = re.compile(r"\(?(?:(?P<letters>[A-Z])|(?P<digits>\d{1,2}))(?P<q>)[.)](?=[A-Z])")
"""A letter or number run into its question (`C.What …`, `1.Whereas …`, `(1)When …`); taken
only as the next mark of the list (or as an `A` or a `1` opening it)."""
_MAX_LETTER_GAP = 3
_BARE_LETTER = re.compile(r"([ \t]*+)([A-Z])[ \t]++(?=[A-Z])")
"""A capital letter set apart before a capitalised word (`A What …`): a list's letter with
no dot, where the next lines go on with `B`, `C` (`bare_lettered`)."""
_MIN_BARE_LETTERS = 3
MOST_BARE_LETTERS = 26
"""A run of bare letters is `A` to `Z` at most: the most lines `bare_lettered` counts."""
_NEXT_BARE_LETTER = r"[ \t](%s)[ \t]++(?=[A-Z])"
"""The next bare letter of a run on one line (`… B How …`), its letter filled in."""
_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_GOAL = re.compile(r"(?<![\d.])(\d{1,3})(?:\.(?:\d{1,3}|[a-c](?![a-z])))?+(?!\d)")
"""A goal number, or the goal of a target such as 16.10 or 5.b."""
_GOAL_START = re.compile(r"(?:SDGs?|Goal)?[ \t#]*+\d{1,3}(?!\d)", re.IGNORECASE)
_MINUTES = re.compile(r"(\d{1,3})[ \t]*+(?:min(?:ute)?s?|m)?\.?", re.IGNORECASE)
_FORMAT_DASH = re.compile(r"\s[-–—]\s")
_FORMAT_AFTER = re.compile(r"(?P<name>\S.*?)[ \t]++format", re.IGNORECASE)
"""A format's choice printed before the word `Format` (`Panel Format`), the label after it."""
_SITE_FORMAT = re.compile(
    r"[A-Z][A-Za-z]*+(?:[ -][A-Za-z]++){0,2}(?:\s[-–—]\s[^-–—]{1,30})?\s[-–—]\s\d{2,3} Min"
)
"""The site's printed format line, `Name - [layout -] 30 Min`: a format even when the
name is none of the known formats (`Tutorial - 30 Min`)."""


def label_key(text: str) -> str:
    """Fold a label for matching: lower case, ASCII letters and digits only."""
    return _NOT_LABEL_CHAR.sub("", text.casefold())


def without_lock(text: str) -> tuple[str, bool]:
    """`text` with every 🔒 (its variation selector, or its mis-decoded form) removed,
    and whether there was one."""
    if LOCK not in text and LOCK_MOJIBAKE not in text:
        return text, False
    text = text.replace(LOCK_MOJIBAKE, LOCK)
    return text.replace(LOCK + "\ufe0f", "").replace(LOCK, ""), True


def has_lock(text: str) -> bool:
    """True when `text` holds a 🔒, as printed or mis-decoded."""
    return LOCK in text or LOCK_MOJIBAKE in text


def paragraphs(lines: list[str], lead: int = 0) -> list[str]:
    """Blank-line separated paragraphs, each keeping the line breaks the page has.

    Lines wrapped by a mail program or an editor are joined with a space; a break is
    kept where the page had one (`hard_break`): before a list item (`- `, `* `, `• `,
    `1. `), after a line that ends a sentence with room left for the next word, and
    everywhere in text copied from a web page (a line longer than `WEB_LINE`).  `lead`
    is the length of a label printed before the first line (`Description: …`).
    """
    found: list[str] = []
    block: list[str] = []
    for raw in [*lines, ""]:
        line = raw.strip()
        if line:
            block.append(line)
        elif block:
            found.append(join_lines(block, 0 if found else lead))
            block = []
    return found


def join_lines(block: list[str], lead: int = 0) -> str:
    """The non-blank lines of one paragraph joined: a space for a wrap, else a line break;
    the first line is `lead` characters longer on the page (a label before it)."""
    lengths = [len(line) for line in block]
    lengths[0] += lead
    width = max(lengths)
    pieces = [block[0]]
    for index, line in enumerate(block[1:], 1):
        pieces.append(
            "\n" if hard_break(block[index - 1], lengths[index - 1], line, width) else " "
        )
        pieces.append(line)
    return "".join(pieces)


def wrapped_run(block: list[str]) -> int:
    """How many of the non-blank lines of one paragraph make its first line on the page:
    the first, and those a wrap (not the page, `hard_break`) ended the line before."""
    width = max(len(line) for line in block)
    count = 1
    while count < len(block) and not hard_break(
        block[count - 1], len(block[count - 1]), block[count], width
    ):
        count += 1
    return count


def hard_break(previous: str, length: int, line: str, width: int) -> bool:
    """True when the break between `previous` and `line` is the page's, not a wrap.

    Wrapping fills each line until the next word no longer fits, so a line that ends a
    sentence with room left for `line`'s first word was ended by its writer.  `length`
    is the previous line's length on the page, `width` the paragraph's longest line.
    """
    if LIST_LINE.match(line) or width > WEB_LINE:
        return True
    return previous[-1] in ".:;!?" and length + 1 + len(line.split(None, 1)[0]) <= width


def _position(mark: re.Match[str]) -> int | None:
    """The place a marker names: A → 0, AB → 27 (export.py's lettering), 3 → 2; None for bullets and
    roman numerals."""
    if letters := mark["letters"]:
        values = [ord(ch) - ord("A") for ch in letters.upper()]
        return values[0] if len(values) == 1 else (values[0] + 1) * 26 + values[1]
    digits = mark["digits"] or mark["q"]
    return int(digits) - 1 if digits and int(digits) > 0 else None


def questions(lines: list[str]) -> list[str]:
    """Policy questions: lettered (`A.`), numbered (`1.`, `Q1:`, `ii.`), bulleted or bare.

    A marker starts a question; a marker alone on its line starts an empty one.  A line
    indented three spaces deeper than its question (export.py's continuation) keeps its
    line break; any other unmarked line continues the open question (wrapping) unless
    that question already ends with `?`, is in quotation marks from end to end, or a
    blank line closed it.  The next letter or
    number of a list (or an `A` or a `1` opening it) counts with no space after it
    (`C.What …`, `1.Whereas …`).  A
    letter skipped (A, B, D) leaves an empty question in its place, as export.py skips
    the letter of an empty question; a number skipped (1, 3, 4) does not, since
    export.py never numbers questions: a slip of the page's author.  A marker going
    back (A, B, A) starts the list again; a letter skipped that the question before
    holds in turn as a mark (`A. … B. How …? C. …`) starts a question there instead of an
    empty one.  On one line, the list's next mark after a full stop, or after a bracket
    closing a question (`B. how … a right. C. What …`, `…required?) C. How …`), starts
    the next question too, and punctuation set apart after the last one's `?`
    (`…disinformation? .`) is dropped.
    """
    found: list[list[str]] = []
    open_item = False
    item_indent = 0
    expected = 0
    lines = _dotted_letters(_middle_dot_items(lines))
    pending = [  # each piece, and whether a topic label cut the line before it
        (item, cut > 0)
        for whole in lines
        for line in _half_marked_numbers(whole)
        for raw in _numbers_on_a_line(_without_stray(line))
        for piece in _RUN_ON_QUESTION.split(raw)
        for run in _dash_run(piece)
        for cut, item in enumerate(_topic_run(run))
    ]
    while pending:
        raw, topic = pending.pop(0)
        lead = len(raw) - len(raw.lstrip(" "))
        if open_item and lead >= item_indent + len(QUESTION_INDENT):
            found[-1].append("\n" + raw[item_indent + len(QUESTION_INDENT) :].rstrip())
            continue
        if raw.lstrip()[:1] in "-–":  # dash bullets, not a dash inside export.py's question
            raw, *more = _dash_items(raw)
            pending[:0] = [(piece, False) for piece in more]
            raw = _TIGHT_DASH.sub(r"\1 ", raw)
        line = raw.strip()
        if not line:
            open_item = False
            continue
        mark = _QUESTION_MARK.match(line)
        if mark is None and (expected or not found):  # `C.What …`: the next letter, unspaced
            tight = _TIGHT_MARK.match(line)
            mark = tight if tight and _position(tight) == expected else None
        if mark:
            position = _position(mark)
            if position is not None:
                if mark["letters"] and 0 < position - expected <= _MAX_LETTER_GAP:
                    cut = _letters_inside(found[-1], expected, position) if found else None
                    if cut is not None:  # the skipped letters were there, run on
                        found[-1:] = [[piece] for piece in cut]
                    else:
                        found += [[""] for _ in range(position - expected)]
                expected = position + 1
            rest = line[mark.end() :]
            if cut := _next_mark_after_stop(line, mark, rest):
                rest, more = rest[:cut], rest[cut:]
                pending.insert(0, (more.lstrip(), False))
            named = _NAMED_MARK.match(rest)
            found.append([rest[named.end() :] if named else rest])
        elif (
            open_item
            and not topic
            and not found[-1][-1].rstrip().endswith("?")
            and _WHOLE_QUOTE.fullmatch("".join(found[-1]).strip()) is None
        ):
            found[-1].append(" " + line)
            continue
        else:
            found.append([line])
        open_item = True
        item_indent = lead
    return ["".join(pieces).strip() for pieces in found]


_WHOLE_QUOTE = re.compile(r"[\"“][^\"“”\n]++[\"”]")
"""A question in quotation marks from end to end (`"How to improve …"`): a whole one, as
one ending with `?` is; the line after it opens another."""


def bare_lettered(lines: list[str], start: int = 0) -> int:
    """How many lines from `start` open in turn with the letters A, B, C, … set apart with
    no dot (`A What …`, `B How …`, 2023 workshops' questions): three at least, else 0."""
    count = 0
    for line in lines[start : start + MOST_BARE_LETTERS]:
        mark = _BARE_LETTER.match(line[:MAX_STRUCTURE_LINE])
        if mark is None or mark[2] != chr(ord("A") + count):
            break
        count += 1
    return count if count >= _MIN_BARE_LETTERS else 0


def _dotted_letters(lines: list[str]) -> list[str]:
    """`lines` with each run of bare letters (`bare_lettered`) given its dot (`A. What …`),
    a run on one line (`_letters_on_a_line`) first cut into one line a letter."""
    result = [piece for line in lines for piece in _letters_on_a_line(line)]
    index = 0
    while index < len(result):
        count = bare_lettered(result, index) or 1
        if count > 1:
            for at in range(index, index + count):
                result[at] = _BARE_LETTER.sub(r"\1\2. ", result[at], count=1)
        index += count
    return result


def _letters_on_a_line(line: str) -> list[str]:
    """`line` cut before each bare letter where it opens with `A` and the letters B, C, …
    follow in turn on it, each set apart before a capitalised word (`A How …? B How …
    C What …`, 2025 workshops' questions run on one line): three letters at least, else
    `[line]`."""
    opening = _BARE_LETTER.match(line[:MAX_STRUCTURE_LINE])
    if opening is None or opening[2] != "A":
        return [line]
    return _cut_in_turn(
        line, opening[1], opening.start(2), lambda n: _NEXT_BARE_LETTER % chr(ord("A") + n)
    )


def _numbers_on_a_line(line: str) -> list[str]:
    """`line` cut before each number where it opens with `1.` (or `1)`) and the numbers 2,
    3, … follow in turn on it, each set apart before a capitalised word (`1. Privacy 2. Trust
    3. Safety`, a list run on one line whose items end no question): three numbers at least,
    else `[line]`."""
    opening = _FIRST_NUMBER.match(line)
    if opening is None:
        return [line]
    close = opening[2]
    return _cut_in_turn(line, opening[1], opening.end(1), lambda n: _NEXT_NUMBER % (n + 1, close))


def _cut_in_turn(line: str, indent: str, first: int, next_mark: Callable[[int], str]) -> list[str]:
    """`line` cut before each next mark of a list run on it, from its first item at
    `first`: `next_mark(n)` is the pattern of the mark after `n` items (its group 1 where
    the item starts).  Each piece after `indent`; `[line]` for fewer than three items."""
    starts = [first]
    while found := re.search(next_mark(len(starts)), line[starts[-1] :]):
        starts.append(starts[-1] + found.start(1))
    if len(starts) < _MIN_BARE_LETTERS:
        return [line]
    ends = [*starts[1:], len(line)]
    return [indent + line[start:end].strip() for start, end in zip(starts, ends, strict=True)]


def _half_marked_numbers(line: str) -> list[str]:
    """`line` cut before each next number in turn where it opens with the number 1 and
    the questions run on after it, each number after a `?` (or a full stop), maybe with
    stray punctuation set apart between (`…? , (2 What …`), however its bracket is typed:
    `(2)`, `2)`, `2.` or half typed, `(2`; a half-typed mark is closed (`(2)`) and the
    stray punctuation dropped.  `[line]` where no next number follows the first, or where
    no mark is half typed and no stray punctuation stands before one (a list typed right
    is cut by the rules reading its marks)."""
    opening = _FIRST_HALF_MARK.match(line)
    if opening is None:
        return [line]
    indent, starts, marks = opening[1], [opening.end(1)], [opening[2]]
    sloppy = _half_typed(opening[2])
    while found := re.compile(_NEXT_HALF_MARK % ((len(starts) + 1,) * 2)).search(
        line, starts[-1] + len(marks[-1])
    ):
        starts.append(found.start("mark"))
        marks.append(found["mark"])
        sloppy = sloppy or bool(found["stray"]) or _half_typed(found["mark"])
    if len(starts) < 2 or not sloppy:
        return [line]  # a list typed right is cut where its marks are read
    ends = [*starts[1:], len(line)]
    pieces = []
    for start, end, mark in zip(starts, ends, marks, strict=True):
        piece = _STRAY_END.sub("", line[start:end].rstrip()).removeprefix(mark)
        closed = f"{mark})" if _half_typed(mark) else mark
        pieces.append(f"{indent}{closed}{piece}")
    return pieces


def _half_typed(mark: str) -> bool:
    """True for a number's mark whose bracket is opened and not closed (`(2`)."""
    return mark.startswith("(") and not mark.endswith(")")


_HALF_MARK = r"(?:\(%d\)?+|%d[.)])"
"""A number's mark, its bracket maybe half typed: `(2)`, `(2`, `2)`, `2.`."""
_FIRST_HALF_MARK = re.compile(r"([ \t]*+)(%s)(?=[ \t]++[A-Z])" % (_HALF_MARK % (1, 1)))
_NEXT_HALF_MARK = (
    r"(?<=[?.!])(?P<stray>[ \t]*+[,;])?+[ \t]++(?P<mark>" + _HALF_MARK + r")(?=[ \t]++[A-Z])"
)
"""The next number's mark after a question (or a sentence) ends, maybe after stray
punctuation set apart (`…? , (2 What`), the number it must hold filled in (twice)."""


_FIRST_NUMBER = re.compile(r"([ \t]*+)1([.)])[ \t]++(?=[A-Z])")
_NEXT_NUMBER = r"[ \t](%d[%s])[ \t]++(?=[A-Z])"
"""The next number of a list run on one line (`… 2. Trust …`), its number and its closing
mark filled in."""


def _dash_run(line: str) -> list[str]:
    """`line` split where questions opened by ` - ` run on after a sentence (`…like RPKI.
    - What …? - What …?`, 2023 workshops): two such items at least, each ending with `?`;
    else `[line]`."""
    pieces = _DASH_RUN.split(line)
    if len(pieces) < 3 or not all(piece.rstrip().endswith("?") for piece in pieces[1:]):
        return [line]
    return pieces


def _dash_items(line: str) -> list[str]:
    """`line`, opening with a dash, cut where each dash-bulleted question run on after
    another starts (`_RUN_ON_DASH`)."""
    gaps = [found.span("gap") for found in _RUN_ON_DASH.finditer(line)]
    starts = [0, *(end for _, end in gaps)]
    ends = [*(start for start, _ in gaps), len(line)]
    return [line[start:end] for start, end in zip(starts, ends, strict=True)]


def _topic_run(line: str) -> list[str]:
    """`line` cut before each topic label that opens a sentence after a `?` where the line
    opens with one (`Trust online: How …? Why …? Safety by design: What …?`, the 2021-2022
    forms' `Topic: question` items run into one paragraph): each label (a few words ending
    no sentence, then `:`, asking nothing itself) starts an item with its questions; several
    questions with no new label stay one item.  A label after a comma starts one too where
    a question opens right after its colon (`…(keywords, Kind: (a, b)), Barriers: What …?`):
    a colon before anything else (a keyword list's) starts no item, nor does a comma whose
    words before it ask nothing under a label of their own (`Homes, Cars and Offices: What
    …?`: the comma is the label's own).  `[line]` where the line opens with no label."""
    if not topic_opens(line.strip()):
        return [line]
    pieces = _TOPIC_START.split(line)
    if not all(topic_opens(piece.strip()) for piece in pieces):
        return [line]
    return pieces


def topic_labelled(text: str) -> bool:
    """True where `text` opens with a topic label of a few words (`Topic: …`), asking or not."""
    label = _TOPIC_LABEL.match(text)
    return label is not None and len(label[0].split()) <= _TOPIC_WORDS


def topic_opens(text: str) -> bool:
    """True where `text` opens with a topic label of a few words and asks after it."""
    label = _TOPIC_LABEL.match(text)
    return (
        label is not None and len(label[0].split()) <= _TOPIC_WORDS and "?" in text[label.end() :]
    )


def _middle_dot_items(lines: list[str]) -> list[str]:
    """`lines` with each line opening with a middle dot cut into one item a dot, each
    opened by `•` (`·How …? ·Blockchain's …`: a 2020 workshop's list run on one line, each
    dot glued to its word)."""
    result: list[str] = []
    for line in lines:
        text = line.strip()
        if not text.startswith(_MIDDLE_DOT):
            result.append(line)
            continue
        items = [item.strip() for item in _MIDDLE_DOT_ITEM.split(text[1:])]
        result += [f"• {item}" for item in items if item]
    return result


_MIDDLE_DOT = "·"
_MIDDLE_DOT_ITEM = re.compile(r"[ \t]++·")
"""Where the next item of a middle-dot list run on one line starts."""


def _without_stray(line: str) -> str:
    """`line` without punctuation set apart after its last `?` (`1. … 4. What …? .`),
    where it runs several questions together: no text a person would keep."""
    return _STRAY_END.sub("", line) if _RUN_ON_QUESTION.search(line) else line


def _next_mark_after_stop(line: str, mark: re.Match[str], rest: str) -> int:
    """Where the next mark of the list that `mark` opens (`C.` after `B.`, `3.` after
    `2.`) starts in `rest`, after a sentence's full stop (`B. how … a right. C. What …?`,
    lettered questions run on one line, one ending with `.`, not `?`) or its `?`, typed as
    `mark` is, its opening bracket too (`(a) How …? (b) What …?`); 0 for none."""
    position = _position(mark)
    if position is None or mark["q"]:
        return 0
    if letters := mark["letters"]:
        if len(letters) > 1:
            return 0
        following = chr(ord(letters) + 1)
        after = line[mark.start("letters") + 1]
    else:
        following = str(position + 2)
        after = line[mark.end("digits")]
    if after not in ".)" or not following.isalnum():
        return 0
    opened = "(" if line[mark.start()] == "(" else ""  # `(a) …? (b) …`: typed as the first
    typed = re.escape(opened + following + after)
    pattern = rf"{_STOPPED}[ \t]++(?={typed}[ \t]++\S)"
    found = re.search(pattern, rest)
    return found.start() if found else 0


_STOPPED = r"(?:(?<=[.!?])|(?<=[.!?][)\]\"”’]))"
"""Right after a sentence's end, or after a bracket or quote closing it (`…required?) B.`)."""


def _letters_inside(pieces: list[str], first: int, stop: int) -> list[str] | None:
    """The question `pieces` cut before the letters `first` to `stop - 1`, where each is
    set in it in turn as a mark before a capitalised word (`… B. How …`): questions run
    on that no stop set apart.  None where one is missing: the author skipped it."""
    rest = "".join(pieces)
    if stop > 26 or "\n" in rest:
        return None
    cut = []
    for position in range(first, stop):
        letter = chr(ord("A") + position)
        found = re.search(rf"[ \t]{letter}[.)][ \t]++(?=[A-Z])", rest)
        if found is None:
            return None
        cut.append(rest[: found.start()].strip())
        rest = rest[found.end() :]
    return [*cut, rest.strip()]


_STRAY_END = re.compile(r"(?<=\?)[ \t]++[.,;:]++[ \t]*+$")
"""Punctuation set apart after a question's `?` (`…disinformation? .`)."""


INTERROGATIVE = re.compile(
    r"(?:What|How|Why|Which|Who|Whom|Whose|When|Where|Should|Can|Could|Is|Are|Do|Does|Will"
    r"|To what extent)\b"
)
"""How a question opens: a line that opens so asks even without its `?`."""


_TOPIC_LABEL = re.compile(rf"(?!{INTERROGATIVE.pattern})[A-Z][^?:.!;]{{2,160}}:[ \t]++(?=\S)")
"""A topic label opening a `Topic: question` item: words ending no sentence, then `:`."""
_TOPIC_START = re.compile(
    rf"(?<=\?)[ \t]++(?={_TOPIC_LABEL.pattern})"
    rf"|(?<=,)[ \t]++(?=(?!{INTERROGATIVE.pattern})[A-Z][^?:.!;,()]{{2,160}}:[ \t]++"
    rf"{INTERROGATIVE.pattern})"
)
"""Where a sentence after a `?` opens with a topic label, or a topic label of words with
no comma or bracket, then a question, follows a comma (`…, Barriers to access: What …?`,
a list of keywords in brackets before it): the next item may start there."""
_TOPIC_WORDS = 12
"""The most words of a topic label."""


def _mark_kind(line: str) -> str:
    """How a line opens a list item: `ordered` (`1.`, `B)`, `Q2:`), `bullet` or `none`."""
    mark = _QUESTION_MARK.match(line[:MAX_STRUCTURE_LINE])
    if mark is None:
        return "none"
    return "ordered" if mark["letters"] or mark["digits"] or mark["q"] else "bullet"


def trailing_statements(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, rest): lines after the last one that asks (`?`) which ask nothing,
    mostly do not open as a question does, and open differently from the question before
    them (bullets after plain questions, a plain line after numbered ones; the question
    a sub-item asking last is indented under opens as its parent does, an unmarked one
    too under export.py's indent) are not questions but what follows the list on the
    page: a box whose label was lost (2021's additional information), or an image's
    caption.  A line that continues the question (no blank line or mark between, or
    indented deeper than it) stays, and so does one carrying the list's next mark
    (`E.` after `D.`, `_follows`), whatever it ends with.  Statements after
    plain questions are told apart by their full stops (`_told_apart`)."""
    asking = [i for i, raw in enumerate(lines) if "?" in raw]
    if not asking:
        return _after_marked_list(lines)
    last = asking[-1]
    rest = [raw.strip() for raw in lines[last + 1 :]]
    content = [line for line in rest if line]
    if content and _told_apart(lines[: last + 1], rest):
        return lines[: last + 1], lines[last + 1 :]
    asking_too = sum(bool(INTERROGATIVE.match(_unmarked(line))) for line in content)
    if not content or 2 * asking_too > len(content):  # most open as questions do
        return lines, []
    opening, opened, outer = "none", lines[last], ""
    block = lines[_last_blank(lines[: last + 1]) + 1 : last + 1]
    for raw in reversed(block):  # the mark of the question that asks last, and of the
        kind = _mark_kind(raw.strip())  # item it is indented under (a sub-item's parent)
        if kind != "none" and opening == "none":
            opening, opened = kind, raw
        elif kind != "none" and _indent(raw) < _indent(opened):
            outer = kind
            break
    first = next(i for i, line in enumerate(rest) if line)
    joined = first == 0 and (
        _mark_kind(content[0]) == "none" or _indent(lines[last + 1]) > _indent(opened)
    )
    restarted = first > 0 and _restarts(lines[: last + 1], content[0])
    if not outer and _continues(opened, block):  # under an unmarked question
        outer = "none"
    following = _follows(lines[: last + 1], content[0])
    if following or (not restarted and (joined or _mark_kind(content[0]) in (opening, outer))):
        return lines, []
    return lines[: last + 1], lines[last + 1 :]


def before_agenda(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, rest): a line that is only an agenda's heading (`Agenda`, `Session
    Agenda:`, `Agenda (90 min)`) ends the questions, blank line before it or not (2021 main
    sessions print the agenda right under the last question): it and what follows are
    the agenda, not more questions."""
    for index, raw in enumerate(lines):
        if _AGENDA_HEADING.fullmatch(raw.strip()):
            return lines[:index], lines[index:]
    return lines, []


_AGENDA_HEADING = re.compile(
    r"(?:[A-Z][a-z]++[ \t]++)?Agenda(?:[ \t]*+\([^()]{1,30}\))?+[ \t]*+:?", re.IGNORECASE
)
"""An agenda's heading: `Agenda`, a word before it (`Session Agenda`), a note in brackets."""


def agenda_heading(line: str) -> bool:
    """True for a line that is only an agenda's heading (`Draft Agenda:`, `Agenda (90 min)`)."""
    return _AGENDA_HEADING.fullmatch(line.strip()) is not None


def _after_marked_list(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, rest) of questions that ask nothing (no `?`): after a list whose every
    line opens with a mark (`• What are …`, two at least), a blank line, then a line with
    no mark (`Session Agenda`, 2021 main sessions) ends the list: it and what follows
    are what comes after the questions on the page, not more of them."""
    marked = 0
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _mark_kind(line) != "none":
            marked += 1
        elif marked >= 2 and not lines[index - 1].strip():
            return lines[:index], lines[index:]
        else:
            break
    return lines, []


def _restarts(asked: list[str], line: str) -> bool:
    """Whether `line` numbers a new list from its start (`1.`, `A.`) where the questions
    before it (`asked`, run-on ones split) had come to a later number: a list of its own
    (2020's box after the questions), not the next question."""
    mark = _QUESTION_MARK.match(line[:MAX_STRUCTURE_LINE])
    if mark is None or _position(mark) != 0:
        return False
    last = _last_mark(asked)
    return last is not None and bool(_position(last))


def _follows(asked: list[str], line: str) -> bool:
    """Whether `line` carries the next mark of the questions' list (`E.` after `D.`, `3.`
    after `2.`): the next question, whatever it ends with, not a statement after them."""
    mark = _QUESTION_MARK.match(line[:MAX_STRUCTURE_LINE])
    last = _last_mark(asked)
    if mark is None or last is None:
        return False
    same = all(bool(mark[kind]) == bool(last[kind]) for kind in ("letters", "digits", "q"))
    return same and _position(mark) == (_position(last) or 0) + 1


def _last_mark(asked: list[str]) -> re.Match[str] | None:
    """The last mark naming a place (`D.`, `3.`, not a bullet) opening a line or a
    question run on in `asked`; None if none does."""
    pieces = [piece.strip() for raw in asked for piece in _RUN_ON_QUESTION.split(raw)]
    marks = [_QUESTION_MARK.match(piece[:MAX_STRUCTURE_LINE]) for piece in pieces]
    placed = [m for m in marks if m is not None and _position(m) is not None]
    return placed[-1] if placed else None


def _continues(line: str, block: list[str]) -> bool:
    """Whether `line` is indented under a line of its `block` by export.py's continuation
    indent: part of that line's question, whatever mark it opens with."""
    return any(_indent(line) >= _indent(raw) + len(QUESTION_INDENT) for raw in block)


def _told_apart(asked: list[str], rest: list[str]) -> bool:
    """True when plain lines after a blank line, each ending with a full stop, follow
    plain questions printed one a line with no blank line between, each ending with `?`
    (2021: `Area: How …?` lines, then the additional information, its label lost): the
    statement opens as a question may (`How national regulations affect …`) but asks
    nothing.  A line ending with `:` there is that box's heading (`Social inequality and
    the pandemic:`, an area named again), no question either.  (A question written
    without its `?` is rarer than that box.)"""
    block = [line.strip() for line in asked[_last_blank(asked) + 1 :]]
    content = [line for line in rest if line]
    return (
        len(block) >= 2
        and not rest[0]
        and all(line.endswith("?") and _mark_kind(line) == "none" for line in block)
        and all(line.endswith((".", ":")) and _mark_kind(line) == "none" for line in content)
    )


def _indent(line: str) -> int:
    """How far `line` is indented: a deeper line under a question continues it (our own
    export prints `A. x?` then `   - b`)."""
    return len(line) - len(line.lstrip())


def _last_blank(lines: list[str]) -> int:
    """The index of the last blank line of `lines`, or -1."""
    return max((i for i, line in enumerate(lines) if not line.strip()), default=-1)


def _unmarked(line: str) -> str:
    """`line` without the list mark opening it."""
    mark = _QUESTION_MARK.match(line[:MAX_STRUCTURE_LINE])
    return line[mark.end() :] if mark else line


def question_intro(lines: list[str]) -> tuple[list[str], list[str]]:
    """(introduction, questions): the paragraphs before the first lettered or numbered
    question, when they ask nothing themselves (`… Policy questions to be addressed
    include:`, or a heading with no colon: `Questions 1. How …`), split from the
    questions; else ([], lines).  Before bulleted questions
    (`…in digital spaces: • How …`, on one line or apart) only text ending with `:` is
    an introduction, or text asking nothing that dash-bulleted questions run on after on its
    line (`…like RPKI. - What …? - What …?`); before unmarked questions, a paragraph asking
    nothing.  Text opening with the list's first mark run into its word (`1.Whereas …`,
    a statement then a question, before `2. …`) is the first question, not an
    introduction; so is a paragraph ending with `?` before the introduction, a blank line
    between (`Topic: How …?`, then `… the following questions:`, then `i. …`), and all
    before it (`_asked_paragraphs`)."""
    pieces: list[str] = []
    dashed: set[int] = set()
    for raw in _middle_dot_items(lines):
        for piece in _RUN_ON_QUESTION.split(raw):
            if (heading := _LIST_HEADING.search(piece)) and piece[: heading.start()].strip():
                pieces.append(piece[: heading.start()])
                piece = piece[heading.end() :]
            run = _dash_run(piece)
            if len(run) > 1 and run[0].strip():
                dashed.add(len(pieces) + 1)
            pieces += run
    first = None
    before = ""  # the last piece above with text: where `_intro_text(pieces[:index])` ends
    for index, raw in enumerate(pieces):
        mark = _QUESTION_MARK.match(raw.strip()[:MAX_STRUCTURE_LINE])
        if mark and (mark["letters"] or mark["digits"] or mark["q"]):
            first = index
            break
        tight = _TIGHT_MARK.match(raw.strip())
        if tight and _position(tight) == 0:  # `1.Whereas …`: the list's first item
            first = index
            break
        if mark and index and (index in dashed or before.endswith(":")):
            first = index
            break
        before = raw.strip() or before
    if first is None:
        first = _bare_questions_start(pieces)
    if not first:
        return [], lines
    intro = pieces[:first]
    text = _intro_text(intro)
    if not text or text.endswith("?") or _mark_kind(text) == "bullet":  # a list, not prose
        return [], lines
    asked = _asked_paragraphs(intro)
    return intro[asked:], intro[:asked] + pieces[first:]


def _asked_paragraphs(intro: list[str]) -> int:
    """How many pieces of `intro` (the text before the first marked question) are
    paragraphs ending with a `?` and those before them, up to the blank line after the
    last: questions (a `Topic: question` item), not the introduction, which is the
    paragraphs after them that ask nothing."""
    blank = None  # the first blank piece after `index`, read from the end back
    for index in range(len(intro) - 1, -1, -1):
        if not intro[index].strip():
            blank = index
        elif blank is not None and intro[index].rstrip().endswith("?"):
            return blank + 1
    return 0


def _bare_questions_start(lines: list[str]) -> int | None:
    """Where unmarked questions, one a line, start after a paragraph that asks nothing
    (`IMPORTANT** Full Title: …`, a 2019 workshop's note), a blank line between: every
    line after the last blank line ends with `?`, two at least."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    blank = _last_blank(lines)
    asked = lines[blank + 1 :]
    if blank < 0 or len(asked) < 2 or not all(q.rstrip().endswith("?") for q in asked):
        return None
    if "?" in _intro_text(lines[:blank]):
        return None
    return blank + 1


def _intro_text(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines).strip()


_SDG_BY_NAME = {label_key(name): n for n, name in SDG_NAMES.items()}
_NUMBERED_GOAL = re.compile(r"(?:SDG[ \t]*+)?(\d{1,2})[.:)][ \t]*+(\S.{0,80})", re.IGNORECASE)


def goal_line(line: str) -> int | None:
    """The goal a numbered goal line names (`9. Industry, Innovation and Infrastructure`),
    when its number and its name agree; else None."""
    match = _NUMBERED_GOAL.fullmatch(line.strip()[:100])
    if match is None:
        return None
    number = int(match.group(1))
    return number if _SDG_BY_NAME.get(label_key(match.group(2))) == number else None


_NUMBERED_WORDS = re.compile(r"(\d{1,2})\.[ \t]++([A-Za-z].*)")


def _other_heading(line: str) -> bool:
    """True for a numbered line of words that do not name its goal (`1. Key Policy
    Questions and Expectations`, a 2019 heading printed after the goals)."""
    match = _NUMBERED_WORDS.fullmatch(line)
    if match is None or not 1 <= int(match.group(1)) <= len(SDG_NAMES):
        return False
    return not label_key(match.group(2)).startswith(label_key(SDG_NAMES[int(match.group(1))]))


def sdgs(lines: list[str]) -> tuple[list[int], list[str]]:
    """Goal numbers from `16. Peace…`, `SDG 16`, `Goal 16: …`, `5, 10, 16` or a goal's name,
    each once (target lines such as `16.4` under their goal name it again)."""
    goals: list[int] = []
    unread: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if len(line) <= MAX_STRUCTURE_LINE and _GOAL_START.match(line):
            if _other_heading(line):
                unread.append(line)
                continue
            goals += [int(n) for n in _GOAL.findall(line)]
            continue
        by_name = _SDG_BY_NAME.get(label_key(line[:100]))
        if by_name is not None:
            goals.append(by_name)
        else:
            unread.append(line)
    return list(dict.fromkeys(goals)), unread


@dataclass(frozen=True)
class FormatLine:
    """A format line read: 'Round Table - Circle - 90 Min' → format, layout, duration."""

    format: str
    duration: int | None
    layout: str


def read_format_line(line: str, known: list[str]) -> FormatLine | None:
    """Read a format line, normalising the format's spelling to `known` where it matches.

    Returns None for an empty or overlong line.  The first part is the format, a last
    part like '60 Min' the duration, and anything between them the room layout.
    """
    line = line.strip()
    if not line or len(line) > MAX_STRUCTURE_LINE:
        return None
    parts = [p.strip() for p in _FORMAT_DASH.split(line)]
    duration = None
    minutes = _MINUTES.fullmatch(parts[-1])
    if minutes:
        duration = int(minutes.group(1))
        parts.pop()
    name = parts[0] if parts else ""
    layout = " - ".join(parts[1:])
    labelled = _FORMAT_AFTER.fullmatch(name)
    if labelled and labelled["name"].casefold() in _format_names(tuple(known)):
        name = labelled["name"]  # `Panel Format`: the choice, then its label
    return FormatLine(spelled_format(name, known), duration, layout)


def known_format(line: str, known: list[str]) -> FormatLine | None:
    """A format line whose format is one of `known` or of the model's formats, or one
    printed as the site prints it (`Tutorial - 30 Min`); else None."""
    if "," in line or len(line) > 80:
        return None
    read = read_format_line(line, known)
    if read is None or not read.format:
        return None
    if _SITE_FORMAT.fullmatch(line.strip()):
        return read
    return read if read.format.casefold() in _format_names(tuple(known)) else None


@lru_cache(maxsize=16)
def _format_names(known: tuple[str, ...]) -> frozenset[str]:
    return frozenset(n.casefold() for n in [*known, *(f.value for f in SessionFormat)])


def spelled_format(name: str, known: list[str]) -> str:
    """`name` in the call's spelling when it is one of the call's formats."""
    name = normalize_format(name) if name else ""
    for choice in known:
        if choice.casefold() == name.casefold():
            return choice
    return name


def wrapped_choice(lines: list[str], choices: tuple[str, ...] | list[str]) -> int:
    """How many of `lines` hold the first value: more than one only where a choice
    (a theme of the call) wrapped onto the next lines."""
    keys = [label_key(choice) for choice in choices]
    joined = ""
    for count, line in enumerate(lines[:4], 1):
        joined = f"{joined} {line}" if joined else line
        key = label_key(joined[:MAX_STRUCTURE_LINE])
        if key in keys:
            return count
        if not any(choice.startswith(key) for choice in keys):
            break
    return 1


def minutes(lines: list[str]) -> tuple[int | None, list[str]]:
    """The duration in minutes from the first line that has a number; the other lines."""
    rest = [line.strip() for line in lines if line.strip()]
    for index, line in enumerate(rest):
        number = _NUMBER.search(line[:MAX_STRUCTURE_LINE])
        if number:
            return int(number.group()), rest[:index] + rest[index + 1 :]
    return None, rest
