"""The words of a search as SQLite FTS5 queries, and the snippets FTS5 gives back.

The index keeps each section's text for FTS5 with the letters Unicode does not see as
accented spelled plain (`folding.fold_letters`: 'Søren' as 'Soren'), so that its
tokenizer, which folds case and accents, folds as `folding.fold` does; the words
searched for are folded with `fold`.  A snippet is cut from that spelled-out text:
`restored` puts the section's own letters back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import chain

from proposal_tui.folding import FOLDED_LETTERS, fold

MARK_START, MARK_END = "\ue000", "\ue001"
"""What encloses a matching word inside a snippet (private-use code points)."""
ELLIPSIS = "…"
BEFORE, AFTER = 30, 110
"""A snippet's context, in characters, before its first matching word and from it on."""
_SPACE = re.compile(r"\s")
_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")
_LONGER = re.compile(
    "["
    + "".join(
        c + (c.upper() if len(c.upper()) == 1 else "")
        for c, plain in FOLDED_LETTERS.items()
        if len(plain) > 1
    )
    + "ẞ]"
)
"""The letters `fold_letters` spells with more than one letter (æ as ae)."""


def query_words(text: str) -> list[str]:
    """The words of `text` as typed so far, folded, each an FTS5 phrase (quoted, so FTS5's
    own syntax stays inert), the last one also matching longer words (it may be
    unfinished).  Words without a letter or digit are left out."""
    words = [w for w in fold(text).split() if any(c.isalnum() for c in w)]
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    if phrases:
        phrases[-1] += "*"
    return phrases


def pieces(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split a marked snippet into pieces of plain text and matching words, one line."""
    found: list[tuple[str, bool]] = []
    for part in " ".join(snippet.split()).split(MARK_START):
        word, marked, rest = part.partition(MARK_END)
        if marked:
            found.append((word, True))
            if rest:
                found.append((rest, False))
        elif word:
            found.append((word, False))
    return tuple(found)


def restored(snippet: str, spelled: str, original: str) -> str:
    """`snippet`, cut from `spelled` (`original` with `fold_letters` applied), in the
    letters of `original` ('Soren' back to 'Søren'), marks and ellipses kept."""
    plain = _MARKS.sub("", snippet)
    lead = int(plain.startswith(ELLIPSIS))
    trail = int(plain.endswith(ELLIPSIS) and len(plain) > lead)
    for cut_lead, cut_trail in ((lead, trail), (0, trail), (lead, 0), (0, 0)):
        start = spelled.find(plain[cut_lead : len(plain) - cut_trail])
        if start >= 0:
            break
    else:
        return snippet  # not cut from `spelled`: left as it is
    # Where each longer spelling ends in `spelled`, and how much longer it made the text.
    ends, extra, grown = [], [], 0
    for match in _LONGER.finditer(original):
        grown += len(FOLDED_LETTERS.get(match.group().lower(), "ss")) - 1
        ends.append(match.start() + grown + 1)
        extra.append(grown)

    def at(position: int) -> int:  # a position in `spelled` (never inside a spelling)
        index = bisect_right(ends, position)
        return position - (extra[index - 1] if index else 0)

    parts = _MARKS.split(snippet[cut_lead : len(snippet) - cut_trail])
    out = [snippet[:cut_lead]]
    for part in parts:
        if part in (MARK_START, MARK_END):
            out.append(part)
            continue
        out.append(original[at(start) : at(start + len(part))])
        start += len(part)
    out.append(snippet[len(snippet) - cut_trail :] if cut_trail else "")
    return "".join(out)


def snippet(spelled: str, words: list[str]) -> str:
    """The words of `words` (as `query_words` gives them) in context in `spelled`: the
    first match and what surrounds it, cut at spaces, each matching word between
    MARK_START and MARK_END, '…' where text was cut (as FTS5's `snippet`, which reads
    a whole section to choose: too slow on long ones)."""
    pattern = _matcher(tuple(words))
    first = pattern.search(spelled)
    if first is None:
        return spelled[: BEFORE + AFTER]
    start, end = max(first.start() - BEFORE, 0), min(first.start() + AFTER, len(spelled))
    if start > 0:
        space = _SPACE.search(spelled, start, first.start())
        start = space.end() if space else first.start()
    if end < len(spelled):
        end = max(end, first.end())
        spaces = [m.start() for m in _SPACE.finditer(spelled, first.end(), end)]
        end = spaces[-1] if spaces else end
    shown = pattern.sub(lambda m: f"{MARK_START}{m.group()}{MARK_END}", spelled[start:end])
    return (ELLIPSIS if start else "") + shown + (ELLIPSIS if end < len(spelled) else "")


@cache
def _matcher(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for any of `words` at the start of a word in text as it is (case and
    accents as written), whole words but for the last, which may be a word's start."""
    variants = _variants()
    parts = []
    for place, phrase in enumerate(words):
        prefix = phrase.endswith("*") and place == len(words) - 1
        word = phrase.rstrip("*")[1:-1].replace('""', '"')
        body = "".join(f"[{c}{variants[c]}]" if c in variants else re.escape(c) for c in word)
        parts.append(body + r"\w*" if prefix else body + r"(?!\w)")  # the whole word marked
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


@cache
def _variants() -> dict[str, str]:
    """Each plain letter and the accented letters that fold to it (Latin's blocks)."""
    found: dict[str, str] = {}
    for code in chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        char = chr(code)
        plain = fold(char)
        if len(plain) == 1 and plain.isascii() and plain.isalpha() and char != plain:
            found[plain] = found.get(plain, "") + char
    return found
