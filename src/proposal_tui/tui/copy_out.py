"""Copying text out of the app: to the system clipboard and to the terminal (OSC 52).

`copy_out(widget, text, what, fallback)` sends `text` to the terminal at once
(Textual's `copy_to_clipboard`, an OSC 52 sequence), copies it to the system clipboard
in a thread, then tells the person which of the two it used.  "Copied" is said only
when the system clipboard took the text: whether a terminal accepted OSC 52 cannot be
known, so without a system clipboard the message says so and names `fallback` (the
way to the text without any clipboard).
"""

from __future__ import annotations

import os

from textual.notifications import SeverityLevel
from textual.widget import Widget
from textual.worker import Worker

from proposal_tui.clipboard import CopyOutcome, copy_text

OSC52 = "the terminal (OSC 52)"


def copy_report(
    what: str, outcome: CopyOutcome, fallback: str, *, in_tmux: bool = False
) -> tuple[str, SeverityLevel]:
    """The message after copying `what`, and its severity."""
    if outcome.ok:
        return f"Copied {what} to the clipboard ({outcome.via}), and sent it to {OSC52}", (
            "information"
        )
    ignored = (
        "which tmux passes on only with set-clipboard on"
        if in_tmux
        else ("which many terminals ignore")
    )
    return (
        f"Not known to be copied: {outcome.problem}; sent {what} to {OSC52}, {ignored}. "
        f"If pasting gives nothing: {fallback}",
        "warning",
    )


def copy_out(widget: Widget, text: str, what: str, fallback: str) -> Worker[CopyOutcome]:
    """Copy `text` everywhere it can go and notify what reached where (see the module)."""
    app = widget.app
    app.copy_to_clipboard(text)
    in_tmux = bool(os.environ.get("TMUX"))

    def copy_and_report() -> CopyOutcome:
        outcome = copy_text(text)
        message, severity = copy_report(what, outcome, fallback, in_tmux=in_tmux)
        app.call_from_thread(widget.notify, message, severity=severity, timeout=8)
        return outcome

    return widget.run_worker(copy_and_report, thread=True, group="copy-out", name="copy-out")
