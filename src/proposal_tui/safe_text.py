"""Text from files shown as text: control characters made visible, never obeyed.

Drafts, file names, settings and profiles come from other people and other programs;
an escape sequence in a title must not clear a screen, set a window title or write the
clipboard.  `visible` replaces every C0 and C1 control character (and DEL) with a
visible stand-in; newline and tab are kept where prose allows them.  `json_safe`
escapes the same characters in JSON text.  Accents, emoji and right-to-left text are
left exactly as they are.  No Textual here: the command line and the app both use it.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
"""Stands in for a C1 control character (there is no control picture for those)."""

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_PROSE = re.compile(r"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_JSON_UNESCAPED = re.compile(r"[\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, e.g. ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


def visible(text: str, *, prose: bool = True) -> str:
    """`text` with control characters replaced by visible pictures (ESC → ␛, C1 → �).

    With `prose` (the default) newline, tab and the CR of a CR LF pair are kept; without
    it (a file name, a title on one line) every control character is replaced.
    """
    return (_CONTROLS_BUT_PROSE if prose else _CONTROLS).sub(_picture, text)


def has_controls(text: str) -> bool:
    """True if `text` holds a control character other than newline and tab."""
    return _CONTROLS_BUT_PROSE.search(text) is not None


def json_safe(json_text: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with DEL and C1 escaped too.

    `json.dumps` escapes C0 but passes DEL and C1 (the 8-bit CSI U+009B) through; they
    only occur inside strings, so escaping them keeps the JSON's meaning.
    """
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
