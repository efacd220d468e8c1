"""Textual's compact footer, without restyling the screen once per key it shows.

Textual's `Footer(compact=True)` makes its keys plain and then gives each one the
`-compact` class as it mounts, and a class given to a mounted widget restyles it: once
per key, at every change of the keys (focus moving, an action hidden).  Here each key is
made with the class, so mounting it styles it once.  It looks the same.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class CompactFooter(Footer):
    """A compact `Footer` whose keys are made compact (see the module's note)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(compact=True, id=id)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.set_class(True, "-compact", update=False)
            yield widget
