"""The option list that keeps its options' drawn lines when its options are set again."""

from __future__ import annotations

from collections import Counter

from app_support import sync
from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from proposal_tui.tui.widgets.kept_option_list import KeptOptionList

drawn: Counter[str] = Counter()
"""How many times each prompt was turned into lines."""


class Counted(Content):
    """A prompt that counts each time it is drawn."""

    def render_strips(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn[self.plain] += 1
        return super().render_strips(*args, **kwargs)


class ListApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.options = {name: Option(Counted(name), id=name) for name in ("ana", "bo", "cy")}
        self.selected: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield KeptOptionList(*self.options.values(), id="list")

    def show(self, *names: str) -> None:
        listed = self.query_one(KeptOptionList)
        listed.set_options([self.options[n] for n in names])
        listed.highlighted = 0  # as the People screen does

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.selected.append(message.option.id)


def lines(app: ListApp) -> list[str]:
    listed = app.query_one(KeptOptionList)
    return [listed.render_line(y).text.strip() for y in range(3)]


@sync
async def test_options_set_again_at_their_places_are_not_drawn_anew() -> None:
    drawn.clear()
    app = ListApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert lines(app) == ["ana", "bo", "cy"]
        before = drawn.copy()
        app.show("ana", "bo", "cy")  # as a filter typed back to where it was
        await pilot.pause()
        assert lines(app) == ["ana", "bo", "cy"]
        assert drawn == before


@sync
async def test_an_option_at_a_new_place_is_drawn_for_it_and_clicks_pick_it() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        app.show("cy", "ana")
        await pilot.pause()
        assert lines(app) == ["cy", "ana", ""]
        await pilot.click(KeptOptionList, offset=(2, 2))  # under the border: line 2
        await pilot.click(KeptOptionList, offset=(2, 1))
        assert app.selected == ["ana", "cy"]


@sync
async def test_a_prompt_replaced_is_drawn_anew() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        app.query_one(KeptOptionList).replace_option_prompt("bo", "bea")
        await pilot.pause()
        assert lines(app) == ["ana", "bea", "cy"]
