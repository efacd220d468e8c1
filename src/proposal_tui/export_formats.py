"""The formats a proposal can be exported in: one table for the command line and the app.

Kept apart from `export` (which loads the model, so pydantic) so that `proposal-tui`
can offer `--format` without loading either.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportFormat:
    """A format a proposal can be exported in: its name, how it is offered, its file ending."""

    name: str
    label: str
    ending: str

    def file_name(self, stem: str) -> str:
        """`stem` with this format's file ending: 'notes' → 'notes.md'."""
        return f"{stem}.{self.ending}"


EXPORT_FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat("text", "Text (.txt): as pasted into the form", "txt"),
        ExportFormat("markdown", "Markdown (.md): headings per section", "md"),
        ExportFormat("json", "JSON (.json): the fields by name", "json"),
    )
}
"""Every export format, by name, in the order they are offered (text first: the default)."""
FORMATS = tuple(EXPORT_FORMATS)
