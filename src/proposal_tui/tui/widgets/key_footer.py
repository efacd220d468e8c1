"""Textual's footer, rebuilt only when the keys it shows change, and styled once per key.

Textual's `Footer` rebuilds itself at every change of the screen's bindings: each time
the focus moves from field to field, even when the keys shown stay the same, and each
rebuild lays the screen out again.  Its keys are also made compact (the key's own
default) and then bound to the footer's style as they mount, which gives each key the
`-compact` class and takes it back: two restyles per key.  Here the footer keeps what it
shows and rebuilds only when that changes, and each key is made in the footer's style
before it mounts.  It looks the same, compact or not.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Shown = tuple[tuple[str, str, str, bool, str], ...]
"""The keys a footer shows: key, description, action, enabled, tooltip."""


class KeyFooter(Footer):
    """A `Footer` that rebuilds only when its keys change (see the module's note)."""

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._shown: Shown | None = None

    def _keys_now(self) -> Shown:
        active = self.screen.active_bindings
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        shown = []
        for entry in active.values():
            _node, binding, enabled, tooltip = entry
            if binding.show or entry is palette:
                shown.append((binding.key, binding.description, binding.action, enabled, tooltip))
        return tuple(shown)

    async def recompose(self) -> None:
        """Rebuild the keys, unless they are the ones shown already."""
        if not self.is_attached:
            return
        shown = self._keys_now() if self._bindings_ready else None
        if shown is not None and shown == self._shown:
            return
        self._shown = shown
        await super().recompose()

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Textual binds every key but the palette's to the footer's style.
                compact = self.compact or widget.has_class("-command-palette")
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
            yield widget
