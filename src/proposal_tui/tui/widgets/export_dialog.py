"""The questions before an export to a file: format, file, and whether to replace a file.

One dialog for the library and the review: the formats and their labels come from
`export.EXPORT_FORMATS`, the same table `proposal-tui export --format` offers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual.widget import Widget

from proposal_tui.export_formats import EXPORT_FORMATS, FORMATS
from proposal_tui.tui.widgets.dialogs import ChoicePrompt, ConfirmDialog, PathPrompt

KEPT = "Not exported: the file was left as it was."
ITSELF = "That is the draft itself; choose another file."


@dataclass(frozen=True)
class ExportDialog:
    """What to ask: the format prompt's title and note, a default file per format, and
    the draft's own file (`source`), which an export may not replace."""

    title: str
    default_path: Callable[[str], Path]
    message: str = ""
    path_message: str = ""
    source: Path | None = None

    def format_prompt(self) -> ChoicePrompt:
        """The choice of format, text first."""
        return ChoicePrompt(
            self.title,
            [(fmt.name, fmt.label) for fmt in EXPORT_FORMATS.values()],
            default=FORMATS[0],
            message=self.message,
        )

    def path_prompt(self, fmt: str) -> PathPrompt:
        """The file to write an export in `fmt` to."""
        return PathPrompt(
            f"Export {fmt} to file",
            default=str(self.default_path(fmt)),
            message=self.path_message,
            submit="Export",
            show_folder=True,
        )

    async def ask(self, host: Widget) -> tuple[str, Path] | None:
        """Ask for a format, then a file; (format, file), or None when stopped.

        An existing file is replaced only when the person says so; the draft's own file
        is refused.  Call from a worker of `host`.
        """
        fmt = await host.app.push_screen_wait(self.format_prompt())
        if fmt is None:
            return None
        target = await host.app.push_screen_wait(self.path_prompt(fmt))
        if target is None:
            return None
        if self.source is not None and target.resolve() == self.source.resolve():
            host.notify(ITSELF, severity="error")
            return None
        if target.exists():
            replace = await host.app.push_screen_wait(
                ConfirmDialog(
                    f"{target} already exists. Replace it with this export?",
                    title="Replace file?",
                    confirm="Replace",
                    danger=True,
                )
            )
            if not replace:
                host.notify(KEPT)
                return None
        return fmt, target
