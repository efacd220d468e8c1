"""A quiet line saying where the draft stands on disk: saved, saving, or not saved and why."""

from __future__ import annotations

from textual.widgets import Static


class SaveIndicator(Static):
    """'✓ saved', '● edited', '… saving', '✗ not saved: <why>' (the mark says it, not colour)."""

    DEFAULT_CSS = """
    SaveIndicator {
        width: auto;
        max-width: 60%;
        height: 1;
        padding: 0 1;
        color: $text-muted;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        &.-failed { color: $text-error; text-style: bold; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("… loading", markup=False, id=id)
        self.text = "… loading"

    def _show(self, text: str, *, failed: bool = False) -> None:
        self.text = text
        self.set_class(failed, "-failed")
        self.update(text)

    def saved(self) -> None:
        """Everything typed is on disk."""
        self._show("✓ saved")

    def edited(self) -> None:
        """Changes are waiting for the pause in typing that saves them."""
        self._show("● edited")

    def saving(self) -> None:
        """A save is under way."""
        self._show("… saving")

    def failed(self, reason: str) -> None:
        """The last save did not reach the disk; the text is still in the app."""
        self._show(f"✗ not saved: {reason}", failed=True)
