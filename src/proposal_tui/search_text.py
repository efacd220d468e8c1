"""A search hit as one line of terminal text: file, section, the matching words in context.

Text from drafts is untrusted: every control character is shown as a picture
(`safe_text.visible`), never sent to the terminal.
"""

from __future__ import annotations

from proposal_tui.index import Hit
from proposal_tui.safe_text import visible

BOLD, PLAIN = "\x1b[1m", "\x1b[22m"


def _one_line(text: str) -> str:
    return visible(text, prose=False)


def hit_line(hit: Hit, *, color: bool = False) -> str:
    """`file<TAB>section<TAB>snippet`; with `color`, the matching words in bold."""
    snippet = "".join(
        f"{BOLD}{_one_line(piece)}{PLAIN}" if matched and color else _one_line(piece)
        for piece, matched in hit.snippet
    )
    section = hit.field.replace("_", " ")
    return f"{_one_line(hit.path.name)}\t{section}\t{snippet}"
