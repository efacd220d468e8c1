"""Text folded for matching, the one fold that the filter, search and people agree on.

Case and accents are ignored, and so are the letters Unicode does not see as accented
(NFKD leaves 'ø', 'æ', 'ß', 'đ', 'ł'… whole): FOLDED_LETTERS spells them out, so
'Søren' matches 'soren' and 'Łukasz' matches 'lukasz'.  Runs of spacing count as one.

Fast on what a library holds: ASCII text skips the Unicode work, and each other
character is looked up once in a table `str.translate` reads at C speed.
"""

from __future__ import annotations

import unicodedata

FOLDED_LETTERS = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ŀ": "l",
    "þ": "th",
    "ħ": "h",
    "ı": "i",
    "ŧ": "t",
    "ĸ": "k",
}
"""Letters with no decomposition, as their plain letters (lower case: applied after
case folding)."""


class _Table(dict[int, str | None]):
    """`str.translate`'s table: each character once, then from the dict."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value = FOLDED_LETTERS.get(char, None if unicodedata.combining(char) else char)
        self[code] = value
        return value


_TABLE = _Table()


def fold(text: str) -> str:
    """`text` for matching: case, accents and the letters of FOLDED_LETTERS folded, runs
    of spacing as one space, none at either end ('  Søren  NÚÑEZ' → 'soren nunez')."""
    if text.isascii():
        return " ".join(text.lower().split())
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_TABLE)
    return " ".join(folded.split())


def fold_letters(text: str) -> str:
    """`text` with only the letters of FOLDED_LETTERS (either case) spelled plain, all else
    kept: for a matcher that folds case and accents itself (the index's full-text search)."""
    if text.isascii():
        return text
    return text.translate(_LETTERS)


_LETTERS = str.maketrans(
    FOLDED_LETTERS
    | {"ẞ": "SS"}
    | {
        letter.upper(): plain.capitalize()
        for letter, plain in FOLDED_LETTERS.items()
        if len(letter.upper()) == 1 and not letter.upper().isascii() and letter.upper() != letter
    }
)
