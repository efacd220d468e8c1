"""The virtual table: thousands of rows, only the visible ones drawn, a DataTable's keys."""

from __future__ import annotations

from app_support import sync
from rich.text import Text
from textual.app import App, ComposeResult
from textual.message import Message

from proposal_tui.tui.widgets.virtual_table import VirtualTable

ROWS = [(f"row {n}", f"file-{n:05d}.toml") for n in range(5000)]


class TableApp(App[None]):
    """One table of ROWS, recording its messages and which rows it was asked to draw."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: set[str] = set()
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        yield VirtualTable(self.cells, id="table")

    def cells(self, row: tuple[str, str], widths: dict[str, int]) -> list[Text]:
        self.drawn.add(row[0])
        return [Text(row[0]), Text(row[1])]

    def on_mount(self) -> None:
        table = self.query_one(VirtualTable)
        table.set_columns([("title", "Title", 20), ("file", "File", 16)])
        table.set_rows(ROWS)
        table.focus()

    def on_virtual_table_row_highlighted(self, message: VirtualTable.RowHighlighted) -> None:
        self.messages.append(message)

    def on_virtual_table_row_selected(self, message: VirtualTable.RowSelected) -> None:
        self.messages.append(message)

    def on_virtual_table_header_selected(self, message: VirtualTable.HeaderSelected) -> None:
        self.messages.append(message)


def _lines(app: TableApp) -> list[str]:
    table = app.query_one(VirtualTable)
    return [table.render_line(y).text for y in range(table.size.height)]


@sync
async def test_only_the_rows_on_screen_are_drawn() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        lines = _lines(app)
        assert lines[0].startswith(" Title ")
        assert lines[1].startswith(" row 0 ") and "file-00000.toml" in lines[1]
        assert len(app.drawn) < 20  # of 5,000


@sync
async def test_keys_move_the_cursor_and_the_view_follows() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(VirtualTable)
        await pilot.press("end")
        assert table.cursor_row == 4999
        assert any(line.startswith(" row 4999 ") for line in _lines(app))
        await pilot.press("pageup", "up", "home", "down")
        assert table.cursor_row == 1
        assert _lines(app)[2].startswith(" row 1 ")
        await pilot.press("enter")
        await pilot.pause()
        selected = [m for m in app.messages if isinstance(m, VirtualTable.RowSelected)]
        assert [m.index for m in selected] == [1]


@sync
async def test_new_rows_keep_the_cursor_in_bounds() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(VirtualTable)
        await pilot.press("end")
        table.set_rows(ROWS[:3])
        await pilot.pause()
        assert table.cursor_row == 2
        table.set_rows([])
        await pilot.pause()
        assert table.cursor_row == 0 and table.row_count == 0
        assert _lines(app)[1].strip() == ""
        await pilot.press("enter")
        await pilot.pause()
        assert not [m for m in app.messages if isinstance(m, VirtualTable.RowSelected)]


@sync
async def test_a_click_highlights_a_second_click_selects_a_heading_sorts() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(VirtualTable)
        await pilot.click(VirtualTable, offset=(3, 4))
        assert table.cursor_row == 3
        await pilot.click(VirtualTable, offset=(3, 4))
        await pilot.click(VirtualTable, offset=(25, 0))
        await pilot.pause()
        chosen = [
            (type(m).__name__, getattr(m, "index", None) or getattr(m, "column_key", None))
            for m in app.messages
            if type(m) is not VirtualTable.RowHighlighted
        ]
        assert chosen == [("RowSelected", 3), ("HeaderSelected", "file")]


@sync
async def test_cells_are_text_never_markup() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(VirtualTable)
        table.set_rows([("[b]x[/] [@click=q]", "f.toml")])
        await pilot.pause()
        assert _lines(app)[1].startswith(" [b]x[/] [@click=q] ")
