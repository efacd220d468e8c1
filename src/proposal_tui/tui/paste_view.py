"""The paste view: one form box at a time, printed as plain terminal text, for people whose
copy to the clipboard reaches nothing.

The app steps out of the way (`App.suspend`: the terminal is an ordinary terminal again,
mouse included) and prints one section with its label, its place in the form's order and
its count, then the keys.  The terminal wraps the text itself, so a paragraph selected
with the mouse copies as one line, as the form's box wants it; a full-screen view would
cut it into screen rows.  Enter goes to the next box, `p` Enter to the previous one,
`q` Enter back to the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.app import App, SuspendNotSupported

from proposal_tui.export import ExportSection
from proposal_tui.safe_text import visible

RULE = "─" * 40
KEYS = "Enter: next box · p Enter: previous · q Enter: back to the app"
CLEAR = "\x1b[H\x1b[2J\x1b[3J"
"""Home, clear the screen and its scrollback: the box's text is alone on screen."""


def paste_page(sections: Sequence[ExportSection], index: int, amount: str) -> str:
    """What the paste view prints for box `index`: its label, place and `amount`
    ('54 words'), the text exactly as it is pasted (control characters made visible),
    and the keys."""
    section = sections[index]
    return "\n".join(
        [
            f"{visible(section.label, prose=False)} · box {index + 1} of {len(sections)}"
            f" · {amount}",
            RULE,
            visible(section.text),
            RULE,
            "Select the text above with the mouse and copy it with your terminal.",
            KEYS,
        ]
    )


def next_index(answer: str, index: int, count: int) -> int | None:
    """Where an answer to the prompt goes: the next box (Enter, n), the previous (p), or
    None to go back to the app (q, or Enter on the last box)."""
    answer = answer.strip().lower()
    if answer in ("q", "quit", "esc"):
        return None
    if answer in ("p", "b", "back", "previous"):
        return max(index - 1, 0)
    return index + 1 if index + 1 < count else None


def run_paste_view(
    app: App,
    sections: Sequence[ExportSection],
    start: int,
    amount: Callable[[ExportSection], str],
    read: Callable[[str], str] = input,
) -> int | None:
    """Show the paste view from box `start` until the person goes back; the box they
    were on last, or None when this terminal cannot step out of the app (then say so)."""
    index = start
    try:
        with app.suspend():
            while True:
                print(CLEAR + paste_page(sections, index, amount(sections[index])), flush=True)
                try:
                    going = next_index(read("> "), index, len(sections))
                except (EOFError, KeyboardInterrupt):
                    going = None
                if going is None:
                    return index
                index = going
    except SuspendNotSupported:
        app.notify(
            "The paste view needs a real terminal; export to a file instead (e).",
            severity="warning",
        )
        return None
