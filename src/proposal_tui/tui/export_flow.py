"""The questions before an export to a file: format, path, and whether to replace a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widget import Widget

from proposal_tui.tui.widgets.dialogs import ChoicePrompt, ConfirmDialog, PathPrompt


async def ask_export_target(
    host: Widget,
    formats: ChoicePrompt,
    destination: Callable[[str], PathPrompt],
    *,
    replace_question: Callable[[Path], str],
    kept: str,
    source: Path | None = None,
) -> tuple[str, Path] | None:
    """Ask for a format, then a file for it; (format, file), or None when stopped.

    An existing file is replaced only when the person says so (otherwise `kept` is shown);
    `source`, the draft's own file, is refused.  Call from a worker.
    """
    fmt = await host.app.push_screen_wait(formats)
    if fmt is None:
        return None
    target = await host.app.push_screen_wait(destination(fmt))
    if target is None:
        return None
    if source is not None and target.resolve() == source.resolve():
        host.notify("That is the draft itself; choose another file.", severity="error")
        return None
    if target.exists():
        replace = await host.app.push_screen_wait(
            ConfirmDialog(
                replace_question(target),
                title="Replace file?",
                confirm="Replace",
                danger=True,
            )
        )
        if not replace:
            host.notify(kept)
            return None
    return fmt, target
