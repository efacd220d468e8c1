"""The footer is rebuilt only when the keys it shows change, and looks as Textual's does."""

from __future__ import annotations

from typing import ClassVar

from app_support import sync, until
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from proposal_tui.tui.widgets.key_footer import KeyFooter


class Marked(Input):
    """An input with a key of its own, shown in the footer."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("f5", "mark", "Mark")]


class Host(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f2", "app.bell", "Bell")]

    def __init__(self, *, compact: bool) -> None:
        super().__init__()
        self.compact = compact

    def compose(self) -> ComposeResult:
        yield Input(id="one")
        yield Input(id="two")
        yield Marked(id="marked")
        yield KeyFooter(compact=self.compact)


def keys(app: App) -> list[FooterKey]:
    return list(app.screen.query(FooterKey))


@sync
async def test_the_same_keys_keep_the_footer_and_new_keys_rebuild_it() -> None:
    app = Host(compact=False)
    async with app.run_test() as pilot:
        await until(pilot, lambda: keys(app))
        shown = keys(app)
        app.query_one("#two").focus()
        await pilot.pause()
        await pilot.pause()
        assert keys(app) == shown  # the very same widgets: nothing was rebuilt
        app.query_one("#marked").focus()
        await until(pilot, lambda: "Mark" in [key.description for key in keys(app)])
        app.query_one("#one").focus()
        await until(pilot, lambda: "Mark" not in [key.description for key in keys(app)])


@sync
async def test_keys_take_the_footers_style_and_the_palette_key_stays_compact() -> None:
    for compact in (False, True):
        app = Host(compact=compact)
        async with app.run_test() as pilot:
            await until(pilot, lambda app=app: keys(app))
            for key in keys(app):
                palette = key.has_class("-command-palette")
                assert key.compact == (compact or palette)
                assert key.has_class("-compact") == (compact or palette)
