"""A search hit as one line of terminal text: file, section, the matching words in context.

Text from drafts is untrusted: control characters are shown as visible placeholders,
never sent to the terminal.
"""

from __future__ import annotations

import re

from proposal_tui.index import Hit

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
BOLD, PLAIN = "\x1b[1m", "\x1b[22m"


def visible(text: str) -> str:
    """`text` with each control character (C0, DEL, C1) shown as a placeholder."""
    return _CONTROL.sub(_placeholder, text)


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟
    return "␡" if code == 0x7F else "\ufffd"


def hit_line(hit: Hit, *, color: bool = False) -> str:
    """`file<TAB>section<TAB>snippet`; with `color`, the matching words in bold."""
    snippet = "".join(
        f"{BOLD}{visible(piece)}{PLAIN}" if matched and color else visible(piece)
        for piece, matched in hit.snippet
    )
    section = hit.field.replace("_", " ")
    return f"{visible(hit.path.name)}\t{section}\t{snippet}"
