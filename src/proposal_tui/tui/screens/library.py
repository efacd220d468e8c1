"""The library: every draft in the data dir, with readiness and last change.

New, open, review, compare, duplicate, rename, delete (to a restorable trash), import
and export.  Drafts that fail to load stay listed, marked "✗ unreadable", with their
error; opening one shows the error and the file's path, never the wizard.  Disk work
runs in threads; the screens of other helpers (wizard, review, compare) and the
importer are imported only when used, so the library starts lean.
"""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Header, Input, Static
from textual.worker import Worker, get_current_worker

from proposal_tui.errors import ProposalTuiError
from proposal_tui.tui.screens.screen_palette import PaletteCommand, ScreenCommands

if TYPE_CHECKING:
    from proposal_tui.checks import Readiness
    from proposal_tui.errors import DraftError
    from proposal_tui.store import LibraryEntry

R = TypeVar("R")

DATE_FORMAT = "%Y-%m-%d %H:%M"
SORTS = ("changed", "title", "readiness")
SORT_LABELS = {"changed": "last change", "title": "title", "readiness": "readiness"}
NARROW = 76
"""From this many columns on, the call gets a column of its own."""
WIDE = 100
"""From this many columns on, the file name gets a column of its own."""
COMPARE_MARK = "◆"


def fold(text: str) -> str:
    """Text folded for matching: case and accents ignored ("José" matches "jose")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def error_line(error: DraftError) -> str:
    """A draft error as one line without the path: 'line 3, column 5: not valid TOML: …'."""
    where = ""
    if error.line is not None:
        where = f"line {error.line}" + (f", column {error.column}" if error.column else "")
        where += ": "
    return where + error.message


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def short_readiness(readiness: Readiness) -> str:
    """Readiness for a table cell: '✗ 7/9, 2 problems', '! 9/9, 1 warning', '✓ 9/9, ready'."""
    head = f"{readiness.mark} {readiness.sections_complete}/{readiness.sections_total}"
    if readiness.errors:
        return f"{head}, {_count(readiness.errors, 'problem')}"
    if not readiness.ready:
        return f"{head}, not ready"
    if readiness.warnings:
        return f"{head}, {_count(readiness.warnings, 'warning')}"
    return f"{head}, ready"


@dataclass(frozen=True)
class DraftRow:
    """One line of the library: what the table shows and what the filter searches."""

    path: Path
    modified: datetime
    title: str = ""
    call_name: str = ""
    readiness: Readiness | None = None
    error: str | None = None
    """Why the file could not be read (one line, no path); None for a readable draft."""
    call_problem: str | None = None
    """Why the draft's call profile could not be loaded, if it could not."""
    people: tuple[str, ...] = field(default=())

    @property
    def readable(self) -> bool:
        """True when the file loaded as a draft."""
        return self.error is None

    @property
    def name(self) -> str:
        """The file name."""
        return self.path.name

    @property
    def shown_title(self) -> str:
        """The title, or a placeholder saying why there is none."""
        if not self.readable:
            return f"{self.name} (cannot be read)"
        return self.title or "(untitled)"

    @property
    def search_text(self) -> str:
        """What the filter matches against: title, file name, people's names."""
        return fold(" ".join((self.title, self.name, *self.people)))

    def matches(self, query: str) -> bool:
        """True when every word of `query` is found (case and accents ignored)."""
        text = self.search_text
        return all(word in text for word in fold(query).split())

    def readiness_cell(self) -> str:
        """The readiness column's text."""
        if not self.readable:
            return "✗ unreadable"
        if self.readiness is None:
            return "? unknown call"
        return short_readiness(self.readiness)

    def sort_key(self, sort: str) -> tuple[Any, ...]:
        """The key this row sorts by under `sort` (see SORTS)."""
        title = fold(self.title)
        if sort == "title":
            return (not self.readable, not title, title, self.name)
        if sort == "readiness":
            r = self.readiness
            if r is None:
                return (1, 0, 0, 0.0, title, self.name)
            done = r.sections_complete / r.sections_total if r.sections_total else 0.0
            return (0, not r.ready, r.errors, -done, title, self.name)
        return (-self.modified.timestamp(), title, self.name)


def row_for(entry: LibraryEntry, call_override: str | None) -> DraftRow:
    """The library row for one entry of `store.list_library` (runs in a thread)."""
    from proposal_tui.call import call_for
    from proposal_tui.checks import readiness

    if entry.proposal is None:
        message = error_line(entry.error) if entry.error else "cannot be read"
        return DraftRow(entry.path, entry.modified, error=message)
    proposal = entry.proposal
    people = tuple(person.name for _, person in proposal.people() if person.name)
    try:
        call = call_for(proposal, call_override)
    except ProposalTuiError as exc:
        return DraftRow(
            entry.path,
            entry.modified,
            title=proposal.title,
            call_name=call_override or proposal.call,
            call_problem=getattr(exc, "message", str(exc)),
            people=people,
        )
    return DraftRow(
        entry.path,
        entry.modified,
        title=proposal.title,
        call_name=call.name,
        readiness=readiness(proposal, call),
        people=people,
    )


def load_rows(folder: Path, call_override: str | None) -> tuple[list[DraftRow], int]:
    """Every draft of `folder` as a row, and how many drafts sit in its trash."""
    from proposal_tui.store import list_library, list_trash

    rows = [row_for(entry, call_override) for entry in list_library(folder)]
    return rows, len(list_trash(folder))


def clip(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with '…' when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def column_widths(width: int, call_width: int, file_width: int) -> dict[str, int]:
    """Column widths for a table `width` cells wide: the title takes what the others leave.

    The call column needs NARROW columns or more, the file name column WIDE or more (the
    line under the table names both for the highlighted draft either way).
    """
    widths = {"ready": 20, "title": 0}
    if width >= NARROW:
        widths["call"] = max(call_width, 4)
    widths["changed"] = 16
    if width >= WIDE:
        widths["file"] = min(max(file_width, 9), 32)
    padding = 2 * len(widths) + 2  # a cell's padding either side, and the scrollbar
    widths["title"] = max(width - padding - sum(widths.values()), 10)
    return widths


COLUMN_LABELS = {
    "ready": "Readiness",
    "title": "Title",
    "call": "Call",
    "changed": "Last change",
    "file": "File",
}


class EmptyLibrary(Vertical):
    """What a first run shows: a word of welcome, 'New draft' and 'Add sample drafts'."""

    def __init__(self, message: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="empty-box"):
            yield Static(self.message, id="empty-message", markup=False)
            with Horizontal(id="empty-buttons"):
                yield Button("New draft (ctrl+n)", variant="primary", id="empty-new")
                yield Button("Add sample drafts (ctrl+e)", id="empty-samples")

    def on_mount(self) -> None:
        self.query_one("#empty-new", Button).focus()

    def show(self, message: str) -> None:
        """Say `message` (and offer the buttons again)."""
        self.message = message
        self.query_one("#empty-message", Static).update(message)
        if not isinstance(self.screen.focused, Button):
            self.query_one("#empty-new", Button).focus()


class FilterInput(Input):
    """The filter above the list: enter opens the first draft it lets through."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Open", id="library.open_filtered"),
    ]


class DraftTable(DataTable):
    """The table of drafts: enter opens the highlighted one (and says so in the footer)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="library.open"),
    ]


class LibraryScreen(Screen[None]):
    """Every draft of the data dir; the screen `proposal-tui` opens on."""

    HELP = """\
**Library** lists every draft in your drafts folder, with how ready it is
(sections filled and problems left) and when it last changed.

- Type to **filter** by title, file name or a person's name.
- **Enter** opens the highlighted draft in the step-by-step editor.
- Drafts save themselves as you type; nothing is sent anywhere.
- **Delete** moves a draft to the trash: **ctrl+t** shows the trash and restores it.
- A draft marked **✗ unreadable** has a mistake in its file: the line under the list
  says where. proposal-tui never writes over such a file.
"""

    DEFAULT_CSS = """
    LibraryScreen {
        #library-top { height: 1; margin: 1 1 0 1; }
        #filter-label { width: auto; padding-right: 1; }
        #filter { width: 1fr; height: 1; border: none; padding: 0; background: $boost; }
        #filter:focus { background: $surface-lighten-1; }
        #status { width: auto; padding-left: 2; color: $text-muted; }
        #drafts { height: 1fr; margin: 1 1 0 1; }
        #detail { height: 3; margin: 0 1; padding: 0 1; background: $panel; }
        #empty { display: none; height: 1fr; align: center middle; }
        #empty-box { width: 70; max-width: 100%; height: auto; padding: 1 2; }
        #empty-box Static { width: 1fr; margin-bottom: 1; }
        #empty-buttons { height: auto; width: 1fr; align-horizontal: center; }
        #empty-buttons Button { margin: 0 1; }
        &.-empty {
            #library-top, #drafts, #detail { display: none; }
            #empty { display: block; }
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "new", "New", id="library.new"),
        Binding("f2", "rename", "Rename", id="library.rename", show=False),
        Binding("f3", "review", "Review", id="library.review"),
        Binding("f4", "compare", "Compare", id="library.compare"),
        Binding("f5", "duplicate", "Copy", id="library.duplicate"),
        Binding("f6", "cycle_sort", "Sort", id="library.sort", show=False),
        Binding("f7", "import", "Import", id="library.import", show=False),
        Binding("f8,delete", "delete", "Delete", id="library.delete"),
        Binding("f9", "export", "Export", id="library.export", show=False),
        Binding("space", "toggle_mark", "Mark to compare", id="library.mark", show=False),
        Binding("ctrl+o", "versions", "Versions", id="library.versions", show=False),
        Binding("ctrl+t", "trash", "Trash", id="library.trash", show=False),
        Binding("ctrl+r", "reload", "Reload", id="library.reload", show=False),
        Binding("ctrl+f", "focus_filter", "Filter", id="library.filter", show=False),
        Binding("ctrl+e", "add_samples", "Add samples", id="library.samples"),
        Binding("escape", "clear_filter", "Clear filter", id="library.clear_filter", show=False),
        Binding("down", "focus_table", "To the list", show=False),
    ]
    COMMANDS: ClassVar = {ScreenCommands}
    AUTO_FOCUS = "#drafts"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DraftRow] = []
        self.trash_count = 0
        self.loaded = False
        self.sort = SORTS[0]
        self.marked: list[Path] = []
        self._shown: list[DraftRow] = []
        self._select_after_load: Path | None = None

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="library-top"):
            yield Static("Filter:", id="filter-label")
            yield FilterInput(
                placeholder="type a title, file or person", select_on_focus=False, id="filter"
            )
            yield Static("", id="status", markup=False)
        yield DraftTable(cursor_type="row", zebra_stripes=True, id="drafts")
        yield Static("Loading drafts…", id="detail", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.show_rows())
        # Draw the screen first: reading the drafts loads the core (pydantic) in a thread,
        # which would slow the first frame down.
        self.call_after_refresh(self.call_after_refresh, self.reload)

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload()

    def on_resize(self, event: events.Resize) -> None:
        if self.loaded:
            self.show_rows()

    @property
    def table(self) -> DataTable:
        """The list of drafts."""
        return self.query_one("#drafts", DataTable)

    @property
    def filter_text(self) -> str:
        """What is typed in the filter."""
        return self.query_one("#filter", Input).value

    # --- loading and showing --------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        """The folder of drafts this library shows."""
        return Path(getattr(self.app, "data_dir", "."))

    @property
    def call_name(self) -> str | None:
        """The --call override, if any."""
        return getattr(self.app, "call_name", None)

    def action_reload(self) -> None:
        """Read the drafts folder again."""
        self.reload()

    @work(thread=True, exclusive=True, group="library-load")
    def reload(self) -> None:
        """Read every draft and its readiness in a thread, then show them.

        A read overtaken by a newer one (the library shown again, then a draft imported)
        shows nothing: its rows may predate the change the newer read was started for."""
        worker = get_current_worker()
        try:
            rows, trash_count = load_rows(self.data_dir, self.call_name)
        except (ProposalTuiError, OSError) as exc:
            self.app.call_from_thread(self._not_loaded, f"✗ Drafts not read: {exc}")
            return
        self.app.call_from_thread(self._loaded, worker, rows, trash_count)

    def _not_loaded(self, message: str) -> None:
        self.query_one("#detail", Static).update(message)
        self.notify(message, severity="error")

    def _loaded(self, worker: Worker[None], rows: list[DraftRow], trash_count: int) -> None:
        if worker.is_cancelled:  # exclusive: a newer read cancelled this one
            return
        self.rows = rows
        self.trash_count = trash_count
        self.loaded = True
        paths = {row.path for row in rows}
        self.marked = [path for path in self.marked if path in paths]
        self.show_rows()

    def visible_rows(self) -> list[DraftRow]:
        """The rows the filter lets through, in the chosen order."""
        query = self.filter_text
        rows = [row for row in self.rows if row.matches(query)]
        return sorted(rows, key=lambda row: row.sort_key(self.sort))

    def show_rows(self) -> None:
        """Fill the table from the rows (keeping the highlighted draft highlighted)."""
        if not self.is_mounted:
            return
        empty = self.loaded and not self.rows
        if empty != self.has_class("-empty"):
            self.set_class(empty, "-empty")
            self.refresh_bindings()  # the footer offers other keys when empty
        if empty:
            self._show_empty_state()
        elif self.focused is None or isinstance(self.focused, Button):
            self.table.focus()
        table = self.table
        keep = self._select_after_load or self.highlighted_path
        self._select_after_load = None
        self._shown = self.visible_rows()
        widths = column_widths(
            max(table.size.width, self.size.width - 2),
            max((len(row.call_name) for row in self.rows), default=4),
            max((len(row.name) for row in self.rows), default=9),
        )
        colours = self._mark_colours()
        table.clear(columns=True)
        for key, width in widths.items():
            table.add_column(COLUMN_LABELS[key], width=width, key=key)
        for row in self._shown:
            table.add_row(*self._cells(row, widths, colours), key=str(row.path))
        if keep is not None and any(row.path == keep for row in self._shown):
            table.move_cursor(row=table.get_row_index(str(keep)))
        self._show_status()
        self._show_detail()

    def _mark_colours(self) -> dict[str, Style]:
        variables = self.app.get_css_variables()
        return {
            mark: Style(color=variables.get(name), bold=mark != "✓")
            for mark, name in (("✓", "text-success"), ("!", "text-warning"), ("✗", "text-error"))
        } | {"?": Style(color=variables.get("text-warning"), bold=True)}

    def _cells(self, row: DraftRow, widths: dict[str, int], colours: dict[str, Style]) -> list:
        marked = f"{COMPARE_MARK} " if row.path in self.marked else ""
        ready = clip(marked + row.readiness_cell(), widths["ready"])
        mark = row.readiness_cell()[0]
        ready_text = Text(ready, no_wrap=True)
        ready_text.stylize(colours.get(mark, Style()), len(marked), len(marked) + 1)
        cells: list[Text] = [
            ready_text,
            Text(clip(row.shown_title, widths["title"]), no_wrap=True),
        ]
        if "call" in widths:
            cells.append(Text(clip(row.call_name, widths["call"]), no_wrap=True))
        cells.append(Text(row.modified.strftime(DATE_FORMAT), no_wrap=True))
        if "file" in widths:
            cells.append(Text(clip(row.name, widths["file"]), no_wrap=True))
        return cells

    def _show_status(self) -> None:
        total, shown = len(self.rows), len(self._shown)
        count = _count(total, "draft") if shown == total else f"{shown} of {total} drafts"
        parts = [count, f"sorted by {SORT_LABELS[self.sort]}"]
        if self.marked:
            parts.append(f"{len(self.marked)} marked")
        self.query_one("#status", Static).update(" · ".join(parts))

    def _show_empty_state(self) -> None:
        trash = (
            f"\n\n{_count(self.trash_count, 'deleted draft')} can be restored from the "
            "trash (ctrl+t)."
            if self.trash_count
            else ""
        )
        message = (
            f"No drafts yet in the folder “{self.data_dir.name or self.data_dir}”.\n\n"
            "Start a new draft, or add copies of the sample proposals to see what a "
            "finished one looks like (they are copies: change them freely)." + trash
        )
        found = self.query(EmptyLibrary)
        if found:
            found.first().show(message)
        else:  # mounted when first needed: most starts never need it
            self.mount(EmptyLibrary(message, id="empty"), before=self.query_one(Footer))

    def _show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        width = max(detail.size.width - 2, 20)
        row = self.highlighted_row
        if row is None:
            if self.rows and not self._shown:
                detail.update(f"No draft matches “{self.filter_text}”. Escape clears the filter.")
            else:
                detail.update("")
            return
        if not row.readable:
            head = clip(f"✗ {row.name} cannot be read (enter shows the details):", width)
            detail.update(f"{head}\n{row.error}")
            return
        if row.readiness is None:
            state = f"? call profile {row.call_name!r}: {row.call_problem}"
        else:
            state = f"{row.readiness.mark} {row.readiness.summary()}"
        people = f" · {_people(len(row.people))}" if row.people else ""
        lines = (
            row.shown_title,
            f"{row.name} · {row.call_name}{people}",
            f"{state} · last change {row.modified.strftime(DATE_FORMAT)}",
        )
        detail.update("\n".join(clip(line, width) for line in lines))

    @property
    def highlighted_row(self) -> DraftRow | None:
        """The row under the cursor, if the table has one."""
        table = self.table
        if not self._shown or table.row_count == 0:
            return None
        index = min(max(table.cursor_row, 0), len(self._shown) - 1)
        return self._shown[index]

    @property
    def highlighted_path(self) -> Path | None:
        """The file of the row under the cursor."""
        row = self.highlighted_row
        return row.path if row else None

    # --- events ---------------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#drafts")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(DataTable.RowSelected, "#drafts")
    def _selected(self) -> None:
        self.action_open()

    @on(DataTable.HeaderSelected, "#drafts")
    def _header(self, event: DataTable.HeaderSelected) -> None:
        sort = {"title": "title", "changed": "changed", "ready": "readiness"}.get(
            str(event.column_key.value)
        )
        if sort:
            self.sort = sort
            self.show_rows()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        if self.loaded:
            self.show_rows()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        if self.highlighted_row is not None:
            self.table.focus()
            self.action_open()

    @on(Button.Pressed, "#empty-new")
    def _empty_new(self) -> None:
        self.action_new()

    @on(Button.Pressed, "#empty-samples")
    def _empty_samples(self) -> None:
        self.action_add_samples()

    def on_key(self, event: events.Key) -> None:
        """Typing a letter anywhere in the library starts filtering."""
        if (
            event.is_printable
            and event.character
            and event.key not in self.active_bindings  # space marks, ? opens help
            and self.focused is self.table
        ):
            filter_input = self.query_one("#filter", Input)
            filter_input.focus()
            filter_input.insert_text_at_cursor(event.character)
            event.stop()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide what makes no sense now: row actions in an empty library, samples otherwise."""
        empty = self.loaded and not self.rows
        if action == "add_samples":
            return empty
        if action in {"open", "rename", "review", "compare", "duplicate", "delete", "export"}:
            return not empty
        if action in {"cycle_sort", "toggle_mark", "focus_filter", "versions"}:
            return not empty
        return True

    # --- small actions ----------------------------------------------------------------------

    def action_focus_filter(self) -> None:
        """Put the cursor in the filter."""
        self.query_one("#filter", Input).focus()

    def action_focus_table(self) -> None:
        """Move from the filter to the list."""
        if not self.has_class("-empty"):
            self.table.focus()

    def action_clear_filter(self) -> None:
        """Empty the filter (or, if it is empty, go back to the list)."""
        filter_input = self.query_one("#filter", Input)
        if filter_input.value:
            filter_input.value = ""
        self.action_focus_table()

    def action_cycle_sort(self) -> None:
        """Sort by the next of: last change, title, readiness."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.show_rows()

    def action_toggle_mark(self) -> None:
        """Mark (or unmark) the highlighted draft to compare it with another."""
        row = self.highlighted_row
        if row is None:
            return
        if not row.readable:
            self.notify(f"{row.name} cannot be read, so it cannot be compared.", severity="error")
            return
        if row.path in self.marked:
            self.marked.remove(row.path)
        else:
            self.marked = [*self.marked, row.path][-2:]
        self.show_rows()
        if len(self.marked) == 2:
            self.notify("Two drafts marked: press F4 to compare them.", timeout=4)

    def action_open(self) -> None:
        """Open the highlighted draft in the wizard (or say why it cannot be opened)."""
        row = self.highlighted_row
        if row is None:
            return
        if not row.readable:
            self.show_unreadable(row)
            return
        from proposal_tui.tui.screens.wizard import WizardScreen

        self.app.push_screen(WizardScreen(row.path))

    def show_unreadable(self, row: DraftRow) -> None:
        """Explain why a draft cannot be opened: its error and its full path."""
        from proposal_tui.tui.widgets.dialogs import MessageDialog

        self.app.push_screen(
            MessageDialog(
                f"Cannot open {row.name}",
                f"✗ {row.error}",
                details=(
                    f"File: {row.path}\n\n"
                    "The file was not changed. Fix it in a text editor (the line number "
                    "above says where), or move it to the trash with F8."
                ),
            )
        )

    def action_review(self) -> None:
        """Show the highlighted draft as it will be pasted into the form."""
        row = self.highlighted_row
        if row is None:
            return
        if not row.readable:
            self.show_unreadable(row)
            return
        from proposal_tui.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(row.path))

    def action_versions(self) -> None:
        """List the highlighted draft's earlier versions: compare or restore one."""
        row = self._readable_row("listed with its versions")
        if row is None:
            return
        from proposal_tui.tui.screens.revisions import RevisionsScreen

        self.app.push_screen(RevisionsScreen(row.path))

    def action_trash(self) -> None:
        """Show the trash: drafts deleted from this folder, ready to restore."""
        from proposal_tui.tui.screens.trash import TrashScreen

        self.app.push_screen(TrashScreen(self.data_dir), self._after_trash)

    def _after_trash(self, restored: Path | None) -> None:
        if restored is not None:
            self._select_after_load = restored
        self.reload()

    # --- actions that ask first ---------------------------------------------------------------

    async def _in_thread(self, what: str, job: Callable[[], R]) -> R | None:
        """Run disk work in a thread; on failure say so in one line and return None."""
        try:
            return await asyncio.to_thread(job)
        except (ProposalTuiError, OSError) as exc:
            reason = exc if isinstance(exc, ProposalTuiError) else exc.strerror or exc
            self.notify(f"{what}: {reason}", severity="error")
            return None

    def _done(self, message: str, select: Path | None = None) -> None:
        self.notify(message)
        self._select_after_load = select
        self.reload()

    @work(exclusive=True, group="library-ask")
    async def action_new(self) -> None:
        """Ask for a title and a call, create the draft, open it in the wizard."""
        from proposal_tui.tui.widgets.dialogs import ChoicePrompt, TextPrompt

        title = await self.app.push_screen_wait(
            TextPrompt(
                "New draft",
                message="The session's title. You can leave it empty and change it later.",
                placeholder="e.g. Community networks after the subsidy",
                submit="Next",
                allow_empty=True,
            )
        )
        if title is None:
            return
        calls = await self._in_thread("Call profiles not read", call_choices)
        if not calls:
            return
        default = self.call_name or _default_call()
        call_name: str | None = calls[0][0]
        if len(calls) > 1:
            call_name = await self.app.push_screen_wait(
                ChoicePrompt(
                    "Which call is this proposal for?",
                    calls,
                    default=default,
                    message="The call sets the sections, word limits and rules.",
                )
            )
        if call_name is None:
            return
        path = await self._in_thread(
            "Draft not created", lambda: _create(self.data_dir, title, call_name)
        )
        if path is None:
            return
        self._select_after_load = path
        from proposal_tui.tui.screens.wizard import WizardScreen

        self.app.push_screen(WizardScreen(path))

    @work(exclusive=True, group="library-ask")
    async def action_duplicate(self) -> None:
        """Copy the highlighted draft to a new file titled '… (copy)'."""
        from proposal_tui.store import duplicate_draft

        row = self._readable_row("copied")
        if row is None:
            return
        copy = await self._in_thread("Not copied", lambda: duplicate_draft(row.path))
        if copy is not None:
            self._done(f"Copied {row.name} to {copy.name}.", copy)

    @work(exclusive=True, group="library-ask")
    async def action_rename(self) -> None:
        """Give the highlighted draft's file a new name."""
        from proposal_tui.store import DRAFT_SUFFIX, rename_draft, slugify
        from proposal_tui.tui.widgets.dialogs import TextPrompt

        row = self.highlighted_row
        if row is None:
            return

        def taken(text: str) -> str | None:
            target = row.path.with_name(slugify(text) + DRAFT_SUFFIX)
            if target != row.path and target.exists():
                return f"A draft named {target.name} is already there."
            return None

        new_name = await self.app.push_screen_wait(
            TextPrompt(
                f"Rename {row.name}",
                default=row.path.stem,
                message="The new file name (letters, digits and dashes; .toml is added). "
                "The title inside the draft stays as it is.",
                submit="Rename",
                validate=taken,
            )
        )
        if not new_name:
            return
        target = await self._in_thread("Not renamed", lambda: rename_draft(row.path, new_name))
        if target is not None:
            self.marked = [target if p == row.path else p for p in self.marked]
            self._done(f"Renamed {row.name} to {target.name}.", target)

    @work(exclusive=True, group="library-ask")
    async def action_delete(self) -> None:
        """Move the highlighted draft to the trash, after asking."""
        from proposal_tui.store import trash_draft
        from proposal_tui.tui.widgets.dialogs import ConfirmDialog

        row = self.highlighted_row
        if row is None:
            return
        what = f"“{row.title}” ({row.name})" if row.title else row.name
        confirmed = await self.app.push_screen_wait(
            ConfirmDialog(
                f"Move {what} to the trash? You can restore it later from the trash (ctrl+t).",
                title="Delete draft",
                confirm="Move to trash",
                danger=True,
            )
        )
        if not confirmed:
            return
        if await self._in_thread("Not deleted", lambda: trash_draft(row.path)) is not None:
            self.marked = [p for p in self.marked if p != row.path]
            self._done(f"Moved {row.name} to the trash. Press ctrl+t to restore it.")

    @work(exclusive=True, group="library-ask")
    async def action_add_samples(self) -> None:
        """Copy the sample drafts into the drafts folder."""
        from proposal_tui.paths import bundled_dir
        from proposal_tui.store import copy_samples

        copied = await self._in_thread(
            "Samples not copied",
            lambda: copy_samples(bundled_dir("sample_proposals"), self.data_dir),
        )
        if copied is None:
            return
        if not copied:
            self.notify("No sample drafts were found to copy.", severity="warning")
            return
        self._done(
            f"Added {_count(len(copied), 'sample draft')}. They are copies: change them freely."
        )

    @work(exclusive=True, group="library-ask")
    async def action_import(self) -> None:
        """Turn a published proposal (a text file) into a new draft."""
        from proposal_tui.tui.widgets.dialogs import PathPrompt

        source = await self.app.push_screen_wait(
            PathPrompt(
                "Import a proposal from a text file",
                message="A text file holding a proposal as published (for example copied "
                "from the IGF website). A new draft is made from it; the file is not changed.",
                must_exist=True,
                submit="Import",
            )
        )
        if source is None:
            return
        from proposal_tui.importer import read_published_text
        from proposal_tui.tui.screens.import_review import ImportReviewScreen

        text = await self._in_thread("Not imported", lambda: read_published_text(source))
        if text is None:
            return
        path = await self.app.push_screen_wait(
            ImportReviewScreen(text, source.name, self.data_dir, self.call_name)
        )
        if path is None:
            self.notify(f"Not imported: {source.name} made no draft.", timeout=4)
            return
        self._done(f"Imported {source.name} as {path.name}; its notes are in the draft.", path)

    @work(exclusive=True, group="library-ask")
    async def action_export(self) -> None:
        """Write the highlighted draft as text, Markdown or JSON to a file."""
        from proposal_tui.export import FILE_EXTENSIONS
        from proposal_tui.tui.export_flow import ask_export_target
        from proposal_tui.tui.widgets.dialogs import ChoicePrompt, PathPrompt

        row = self._readable_row("exported")
        if row is None:
            return
        chosen = await ask_export_target(
            self,
            ChoicePrompt(
                f"Export {row.name} as",
                [
                    ("text", "Plain text, in the form's order (to paste into the form)"),
                    ("markdown", "Markdown (for a shared document or a wiki)"),
                    ("json", "JSON (for other tools)"),
                ],
                default="text",
            ),
            lambda fmt: PathPrompt(
                "Export to file",
                default=str(Path.cwd() / f"{row.path.stem}.{FILE_EXTENSIONS[fmt]}"),
                message="Email addresses are left out.",
                submit="Export",
            ),
            replace_question=lambda target: (
                f"{target.name} already exists. Replace it with the export?"
            ),
            kept="Not exported: the existing file was left as it was.",
            source=row.path,
        )
        if chosen is None:
            return
        fmt, target = chosen
        done = await self._in_thread(
            "Not exported", lambda: _export(row.path, fmt, target, self.call_name)
        )
        if done is not None:
            self.notify(f"Exported {row.name} ({fmt}) to {target}.")

    @work(exclusive=True, group="library-ask")
    async def action_compare(self) -> None:
        """Compare two drafts: the two marked, or the highlighted one and one you pick."""
        from proposal_tui.tui.widgets.dialogs import ChoicePrompt

        if len(self.marked) == 2:
            first, second = self.marked
        else:
            row = self._readable_row("compared")
            if row is None:
                return
            first = self.marked[0] if self.marked else row.path
            others = [r for r in self.rows if r.readable and r.path != first]
            if not others:
                self.notify("There is no other readable draft to compare with.")
                return
            picked = await self.app.push_screen_wait(
                ChoicePrompt(
                    f"Compare {first.name} with…",
                    [(str(r.path), f"{r.shown_title} ({r.name})") for r in others],
                    default=str(row.path) if row.path != first else None,
                )
            )
            if picked is None:
                return
            second = Path(picked)
        from proposal_tui.tui.screens.compare import CompareScreen

        self.marked = []
        self.app.push_screen(CompareScreen(first, second))

    def _readable_row(self, verb: str) -> DraftRow | None:
        """The highlighted row if it can be read; otherwise say why not and return None."""
        row = self.highlighted_row
        if row is None:
            return None
        if not row.readable:
            self.notify(f"{row.name} cannot be read, so it cannot be {verb}.", severity="error")
            return None
        return row

    # --- palette ------------------------------------------------------------------------------

    def palette_commands(self) -> list[PaletteCommand]:
        """The library's actions, named for the command palette."""
        return [
            ("Library: New draft", "Start a new proposal (ctrl+n)", self.action_new),
            ("Library: Open draft", "Open the highlighted draft (enter)", self.action_open),
            ("Library: Review draft", "See it as it will be pasted (F3)", self.action_review),
            ("Library: Compare drafts", "Two drafts side by side (F4)", self.action_compare),
            (
                "Library: Mark to compare",
                "Mark the highlighted draft (space)",
                self.action_toggle_mark,
            ),
            ("Library: Duplicate draft", "Copy the highlighted draft (F5)", self.action_duplicate),
            ("Library: Rename draft", "Give its file a new name (F2)", self.action_rename),
            ("Library: Delete draft", "Move it to the trash (F8)", self.action_delete),
            (
                "Library: Versions of draft",
                "Earlier versions: compare or restore one (ctrl+o)",
                self.action_versions,
            ),
            ("Library: Trash", "Restore deleted drafts (ctrl+t)", self.action_trash),
            (
                "Library: Import text file",
                "Make a draft from published text (F7)",
                self.action_import,
            ),
            ("Library: Export draft", "Write text, Markdown or JSON (F9)", self.action_export),
            ("Library: Sort", "Last change, title or readiness (F6)", self.action_cycle_sort),
            (
                "Library: Filter",
                "Find drafts by title, file or person (ctrl+f)",
                self.action_focus_filter,
            ),
            ("Library: Reload", "Read the drafts folder again (ctrl+r)", self.action_reload),
            (
                "Library: Add sample drafts",
                "Copies of the samples (ctrl+e)",
                self.action_add_samples,
            ),
            ("Library: Where are my drafts?", "Show the drafts folder", self.action_show_folder),
        ]

    def action_show_folder(self) -> None:
        """Say where the drafts are kept."""
        from proposal_tui.tui.widgets.dialogs import MessageDialog

        self.app.push_screen(
            MessageDialog(
                "Your drafts folder",
                str(self.data_dir),
                details="Each draft is one .toml file: copy it to share it or to back it up.",
            )
        )


# --- disk work run in threads ----------------------------------------------------------------


def _default_call() -> str:
    from proposal_tui.call import DEFAULT_CALL

    return DEFAULT_CALL


def call_choices() -> list[tuple[str, str]]:
    """(name, 'name: title') for every call profile that loads."""
    from proposal_tui.call import available_calls, load_call

    choices = []
    for name in available_calls():
        try:
            choices.append((name, f"{name}: {load_call(name).title}"))
        except ProposalTuiError:
            continue
    if not choices:
        raise ProposalTuiError("no call profile could be read")
    return choices


def _create(folder: Path, title: str, call_name: str) -> Path:
    from proposal_tui.model import Proposal
    from proposal_tui.store import create_draft

    return create_draft(folder, Proposal(call=call_name, title=title))


def _export(path: Path, fmt: str, target: Path, call_override: str | None) -> Path:
    from proposal_tui.call import call_for
    from proposal_tui.export import export
    from proposal_tui.store import load_draft, write_atomic

    proposal = load_draft(path)
    text = export(proposal, call_for(proposal, call_override), fmt)
    write_atomic(target, text.encode("utf-8"))
    return target
