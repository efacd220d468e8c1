"""The library: every draft of the workspace, with readiness and last change.

New, open, review, compare, duplicate, rename, delete (to a restorable trash), import
and export.  Drafts that fail to load stay listed, marked "✗ unreadable", with their
error; opening one shows the error and the file's path, never the wizard.  The
workspace does the disk work (in threads); this screen asks, shows and keeps the
highlight on the draft it was on (or the one just made) whatever changes the list.
The screens of other helpers (wizard, review, compare) are imported only when used, so
the library starts lean.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, ProgressBar, Static
from textual.worker import Worker, get_current_worker

from proposal_tui.errors import ProposalTuiError
from proposal_tui.tui import heap
from proposal_tui.tui.screens.library_actions import LibraryActions
from proposal_tui.tui.screens.screen_palette import (
    PaletteCommand,
    PaletteEntry,
    ScreenCommands,
    from_bindings,
)
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.draft_detail import DraftDetail
from proposal_tui.tui.widgets.draft_table import DraftTable
from proposal_tui.tui.widgets.empty_library import EmptyLibrary
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.workspace import (
    SORTS,
    DraftRow,
    RowBatch,
    Scan,
    Workspace,
    count,
    filtered_rows,
    sorted_rows,
)

SORT_LABELS = {"changed": "last change", "title": "title", "readiness": "readiness"}
ROW_ACTIONS = frozenset(
    {"open", "rename", "review", "compare", "duplicate", "delete", "export"}
    | {"cycle_sort", "toggle_mark", "focus_filter", "versions"}
)
"""Actions on the drafts listed: hidden while the library is empty."""
FILTERS_KEPT = 64
"""Results of queries typed in the filter kept (for backspace, and to narrow from)."""

PALETTE: tuple[PaletteEntry, ...] = (
    ("new", "Library: New draft", "Start a new proposal"),
    ("open", "Library: Open draft", "Open the highlighted draft"),
    ("review", "Library: Review draft", "See it as it will be pasted"),
    ("compare", "Library: Compare drafts", "Two drafts side by side"),
    ("toggle_mark", "Library: Mark to compare", "Mark the highlighted draft"),
    ("duplicate", "Library: Duplicate draft", "Copy the highlighted draft"),
    ("rename", "Library: Rename draft", "Give its file a new name"),
    ("delete", "Library: Delete draft", "Move it to the trash"),
    ("versions", "Library: Versions of draft", "Earlier versions: compare or restore one"),
    ("trash", "Library: Trash", "Restore deleted drafts"),
    ("people", "Library: People", "Everyone in your drafts: sessions, drafts, roles"),
    ("import", "Library: Import text file", "Make a draft from published text"),
    ("export", "Library: Export draft", "Write text, Markdown or JSON"),
    ("cycle_sort", "Library: Sort", "Last change, title or readiness"),
    ("focus_filter", "Library: Filter", "Find drafts by title, file or person"),
    ("search", "Library: Search all drafts", "Words in any draft's text, people or title"),
    ("reload", "Library: Reload", "Read the drafts folder again"),
    ("add_samples", "Library: Add sample drafts", "Copies of the samples"),
    ("show_folder", "Library: Where are my drafts?", "Show the drafts folder"),
)


class FilterInput(Input):
    """The filter above the list: enter opens the first draft it lets through.

    `changed` is called as the text changes, before the screen is drawn again: the
    list is filtered in the same frame as the letter typed (Textual's `Changed`
    message comes after a frame showing the letter alone)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Open", id="library.open_filtered"),
    ]

    def __init__(self, changed: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._changed = changed

    def watch_value(self) -> None:
        self._changed()


class LibraryScreen(LibraryActions, TerminalSized, Screen[None]):
    """Every draft of the workspace; the screen `proposal-tui` opens on."""

    HELP = """\
**Library** lists every draft in your drafts folder, with how ready it is
(sections filled and problems left) and when it last changed.

- Type to **filter** by title, file name or a person's name; **ctrl+g** searches the
  words in every draft's text too.
- **Enter** opens the highlighted draft in the step-by-step editor.
- Drafts save themselves as you type; nothing is sent anywhere.
- **Delete** moves a draft to the trash: **ctrl+t** shows the trash and restores it.
- A draft marked **✗ unreadable** has a mistake in its file: the line under the list
  says where. proposal-tui never writes over such a file.
"""

    CSS_PATH = Path(__file__).with_name("library.tcss")

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
        Binding("ctrl+y", "people", "People", id="library.people", show=False),
        Binding("ctrl+r", "reload", "Reload", id="library.reload", show=False),
        Binding("ctrl+f", "focus_filter", "Filter", id="library.filter", show=False),
        Binding("ctrl+g", "search", "Search", id="library.search", show=False),
        Binding("ctrl+e", "add_samples", "Add samples", id="library.samples"),
        Binding("escape", "clear_filter", "Clear filter", id="library.clear_filter", show=False),
        Binding("down", "focus_table", "To the list", show=False),
    ]
    COMMANDS: ClassVar = {ScreenCommands}
    AUTO_FOCUS = "#drafts"

    sort: reactive[str] = reactive(SORTS[0], init=False)
    """The order of the list (one of SORTS)."""
    marked: reactive[tuple[Path, ...]] = reactive((), init=False)
    """Up to two drafts marked to compare."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.rows: list[DraftRow] = []
        self.trash_count = 0
        self.loaded = False
        self._shown: list[DraftRow] = []
        self._sorted: tuple[list[DraftRow], str, list[DraftRow]] = ([], "", [])
        self._filtered: dict[str, list[DraftRow]] = {"": []}
        """What each query typed since the rows or the order last changed let through."""
        self._select_after_load: Path | None = None
        self._read_state: object = None
        """The workspace's `state` the rows shown were read whole from (None: unknown, read
        them again)."""

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="library-top"):
            yield Static("Filter:", id="filter-label")
            yield FilterInput(
                self._filter_changed,
                placeholder="type a title, file or person",
                select_on_focus=False,
                id="filter",
            )
            yield Static("", id="status", markup=False)
        yield DraftTable(id="drafts")
        yield DraftDetail("Loading drafts…", id="detail")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.show_rows())
        # The rows come from the index (no pydantic for drafts it knows): read them in a
        # thread while the first frame is drawn.
        self.reload()

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload(changed_only=True)

    def on_unmount(self) -> None:
        heap.unsettle()  # what the library kept out of collections is collectable again

    def on_resize(self, event: events.Resize) -> None:
        if self.loaded:
            self.show_rows()

    def watch_sort(self) -> None:
        self.show_rows()

    def watch_marked(self) -> None:
        self.show_rows()

    @property
    def table(self) -> DraftTable:
        """The list of drafts."""
        return self.query_one("#drafts", DraftTable)

    @property
    def filter_text(self) -> str:
        """What is typed in the filter."""
        return self.query_one("#filter", Input).value

    # --- loading and showing --------------------------------------------------------------

    def action_reload(self) -> None:
        """Read the drafts folder again."""
        self.reload()

    @work(thread=True, exclusive=True, group="library-load")
    def reload(self, *, changed_only: bool = False) -> None:
        """Read the drafts (through the index) in a thread, showing rows as they come;
        with `changed_only`, only when the drafts folder changed since the rows shown were
        read (coming back from another screen: the same rows are not read and sorted
        again).

        A library the index knows comes in one batch; the first start on many drafts
        shows the newest first and fills in the rest with a progress bar, the screen
        answering keys all the while.  A read overtaken by a newer one (the library
        shown again, then a draft imported) shows nothing more: its rows may predate
        the change the newer read was started for."""
        worker = get_current_worker()
        try:
            scan = self.workspace.scan()  # the folders listed once for the whole read
            state = self.workspace.state(scan)
            if changed_only and state is not None and state == self._read_state:
                return
            first = True
            for batch in self.workspace.row_batches(scan=scan):
                if worker.is_cancelled:
                    return
                if first:
                    self.app.call_from_thread(self._loaded, worker, batch)
                    first = False
                else:
                    self.app.call_from_thread(self._more, worker, batch)
        except (ProposalTuiError, OSError) as exc:
            self.app.call_from_thread(self._not_loaded, f"✗ Drafts not read: {exc}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._read_whole, worker, state, scan)

    def _read_whole(self, worker: Worker[None], state: object, scan: Scan) -> None:
        """Every draft is read: the rows are those of `state` (the folders as `scan`
        listed them)."""
        if not worker.is_cancelled:
            self._read_state = state
            self.prepare_people(scan)

    @work(thread=True, exclusive=True, group="library-people")
    def prepare_people(self, scan: Scan) -> None:
        """Build the People directory once every draft is read (from the folders as the
        read listed them, `scan`: not listed again), so that ctrl+y finds it ready (the
        workspace keeps it while no draft changes); then keep the rows and the
        directory out of the collector's way, in one collection (see heap)."""
        rows = self.rows
        try:
            directory = self.workspace.people(scan)
        except (ProposalTuiError, OSError):  # the People screen says why when it is opened
            self.app.call_from_thread(heap.settle, len(rows), rows)
            return
        kept = max(len(rows), len(directory.people))
        self.app.call_from_thread(heap.settle, kept, rows, directory)

    def _not_loaded(self, message: str) -> None:
        self.query_one(DraftDetail).say(message)
        self.notify(message, severity="error")

    def _loaded(self, worker: Worker[None], batch: RowBatch) -> None:
        if worker.is_cancelled:  # exclusive: a newer read cancelled this one
            return
        self.rows = batch.rows
        self._read_state = None  # the rows of a read not yet whole (it may be overtaken)
        self.loaded = True
        self.call_after_refresh(self.count_trash)
        paths = {row.path for row in self.rows}
        self.set_reactive(LibraryScreen.marked, tuple(p for p in self.marked if p in paths))
        self._show_progress(batch)
        self.show_rows()
        self._select_after_load = None  # shown if it is listed; never later, over a choice
        self.call_after_refresh(self.fold_keys)

    @work(thread=True, exclusive=True, group="library-keys")
    def fold_keys(self) -> None:
        """Work out each row's filter keys in a thread once the rows are drawn, so that
        the first key typed in the filter does not (5,000 titles, people and names)."""
        for row in self.rows:
            row.fold_keys()

    @work(thread=True, exclusive=True, group="library-trash")
    def count_trash(self) -> None:
        """Count the deleted drafts (after the rows are drawn: it loads the store)."""
        try:
            trash_count = self.workspace.trash_count()
        except (ProposalTuiError, OSError):
            return
        self.app.call_from_thread(self._trash_counted, trash_count)

    def _trash_counted(self, trash_count: int) -> None:
        if trash_count == self.trash_count:
            return
        self.trash_count = trash_count
        if self.loaded and not self.rows:
            self._show_empty_state()

    def _more(self, worker: Worker[None], batch: RowBatch) -> None:
        """More rows from the same read: new drafts, or the whole rows of `pending` ones."""
        if worker.is_cancelled:
            return
        merged = {row.path: row for row in self.rows}
        merged.update((row.path, row) for row in batch.rows)
        self.rows = list(merged.values())
        self._show_progress(batch)
        self.show_rows()
        self.call_after_refresh(self.fold_keys)

    def _show_progress(self, batch: RowBatch) -> None:
        """A progress bar while drafts are still being read (a first start on many)."""
        bars = self.query(ProgressBar)
        if batch.whole >= batch.total:
            bars.remove()
            return
        if bars:
            bars.first().update(total=batch.total, progress=batch.whole)
        else:
            bar = ProgressBar(total=batch.total, show_eta=False, id="progress")
            bar.progress = batch.whole
            self.query_one("#library-top").mount(bar)

    def visible_rows(self) -> list[DraftRow]:
        """The rows the filter lets through, in the chosen order (sorted once per change of
        the rows or the order, not at each key typed in the filter)."""
        if self._sorted[0] is not self.rows or self._sorted[1] != self.sort:
            self._sorted = (self.rows, self.sort, sorted_rows(self.rows, self.sort))
            self._filtered = {"": self._sorted[2]}
        query = self.filter_text
        found = self._filtered.get(query)
        if found is None:  # typing on narrows what an earlier, shorter query let through
            start = max((q for q in self._filtered if query.startswith(q)), key=len)
            found = filtered_rows(self._filtered[start], query)
            if len(self._filtered) > FILTERS_KEPT:
                self._filtered = {"": self._sorted[2]}
            self._filtered[query] = found
        return found

    def show_rows(self) -> None:
        """Fill the table from the rows, the highlight on the draft it was on (or on the
        draft just made, once it is listed); on the next one when that draft is gone."""
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
        before = self._shown
        index = self.table.cursor_row
        self._shown = self.visible_rows()
        keep = self._kept(before, index)
        self.table.show(
            self._shown,
            every=self.rows,
            width=max(self.table.size.width, self.size.width - 2),
            marked=self.marked,
            keep=keep,
        )
        self._show_status()
        self._show_detail()

    def _kept(self, before: list[DraftRow], index: int) -> Path | None:
        """The draft to highlight now: the one just made if it is listed, else the one
        highlighted before (at `index` of `before`), else its nearest neighbour listed."""
        if self._select_after_load is not None:
            listed = {row.path for row in self._shown}
            if self._select_after_load in listed:
                return self._select_after_load
        if not before:
            return None
        current = before[min(max(index, 0), len(before) - 1)]
        if id(current) in {id(row) for row in self._shown}:  # the same row: cheap at any size
            return current.path
        listed = {row.path for row in self._shown}
        return self._still_listed([row.path for row in before], index, listed)

    @staticmethod
    def _still_listed(before: list[Path], index: int, listed: set[Path]) -> Path | None:
        """The draft highlighted before (at `index` of `before`) if it is still listed,
        else the nearest one after it (then before it) that is."""
        if not before:
            return None
        index = min(max(index, 0), len(before) - 1)
        for path in [*before[index:], *reversed(before[:index])]:
            if path in listed:
                return path
        return None

    def _show_status(self) -> None:
        total, shown = len(self.rows), len(self._shown)
        counted = count(total, "draft") if shown == total else f"{shown} of {total} drafts"
        parts = [counted, f"sorted by {SORT_LABELS[self.sort]}"]
        if self.marked:
            parts.append(f"{len(self.marked)} marked")
        self.query_one("#status", Static).update(" · ".join(parts))

    def _show_empty_state(self) -> None:
        trash = (
            f"\n\n{count(self.trash_count, 'deleted draft')} can be restored from the "
            "trash (ctrl+t)."
            if self.trash_count
            else ""
        )
        folder = self.workspace.data_dir
        message = (
            f"No drafts yet in the folder “{folder.name or folder}”.\n\n"
            "Start a new draft, or add copies of the sample proposals to see what a "
            "finished one looks like (they are copies: change them freely)." + trash
        )
        found = self.query(EmptyLibrary)
        if found:
            found.first().show(message)
        else:  # mounted when first needed: most starts never need it
            self.mount(EmptyLibrary(message, id="empty"), before=self.query_one(Footer))

    def _show_detail(self) -> None:
        no_match = None
        if self.rows and not self._shown:
            no_match = f"No draft matches “{self.filter_text}”. Escape clears the filter."
        self.query_one(DraftDetail).show(self.highlighted_row, no_match=no_match)

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

    @on(DraftTable.RowHighlighted, "#drafts")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(DraftTable.RowSelected, "#drafts")
    def _selected(self) -> None:
        self.action_open()

    @on(DraftTable.HeaderSelected, "#drafts")
    def _header(self, event: DraftTable.HeaderSelected) -> None:
        sort = {"title": "title", "changed": "changed", "ready": "readiness"}.get(event.column_key)
        if sort:
            self.sort = sort

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
        if action in ROW_ACTIONS:
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

    def action_toggle_mark(self) -> None:
        """Mark (or unmark) the highlighted draft to compare it with another."""
        row = self._readable_row("compared")
        if row is None:
            return
        if row.path in self.marked:
            self.marked = tuple(p for p in self.marked if p != row.path)
        else:
            self.marked = (*self.marked, row.path)[-2:]
        if len(self.marked) == 2:
            self.notify("Two drafts marked: press F4 to compare them.", timeout=4)

    def action_open(self) -> None:
        """Open the highlighted draft in the wizard (or say why it cannot be opened)."""
        row = self._openable_row()
        if row is not None:
            from proposal_tui.tui.screens.wizard import WizardScreen

            self.app.push_screen(WizardScreen(row.path))

    def action_search(self) -> None:
        """Search every draft's text (starting from the words in the filter)."""
        from proposal_tui.tui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(self.workspace, self.filter_text))

    def action_review(self) -> None:
        """Show the highlighted draft as it will be pasted into the form."""
        row = self._openable_row()
        if row is not None:
            from proposal_tui.tui.screens.review import ReviewScreen

            self.app.push_screen(ReviewScreen(row.path))

    def _openable_row(self) -> DraftRow | None:
        """The highlighted row if it can be read; for one that cannot, explain why."""
        row = self.highlighted_row
        if row is not None and not row.readable:
            self.show_unreadable(row)
            return None
        return row

    def show_unreadable(self, row: DraftRow) -> None:
        """Explain why a draft cannot be opened: its error and its full path."""
        from proposal_tui.tui.widgets.library_dialogs import unreadable_message

        self.app.push_screen(unreadable_message(row))

    def action_versions(self) -> None:
        """List the highlighted draft's earlier versions: compare or restore one."""
        row = self._readable_row("listed with its versions")
        if row is None:
            return
        from proposal_tui.tui.screens.revisions import RevisionsScreen

        self.app.push_screen(RevisionsScreen(row.path, workspace=self.workspace))

    def action_trash(self) -> None:
        """Show the trash: drafts deleted from this folder, ready to restore."""
        from proposal_tui.tui.screens.trash import TrashScreen

        self.app.push_screen(TrashScreen(self.workspace), self._after_trash)

    def action_people(self) -> None:
        """Show everyone in the drafts: sessions, drafts and roles, and what to look at."""
        from proposal_tui.tui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(self.workspace))

    def _after_trash(self, restored: Path | None) -> None:
        self._select_after_load = restored
        self.reload()

    def action_show_folder(self) -> None:
        """Say where the drafts are kept."""
        from proposal_tui.tui.widgets.library_dialogs import folder_message

        self.app.push_screen(folder_message(self.workspace.data_dir))

    # --- palette ------------------------------------------------------------------------------

    def palette_commands(self) -> list[PaletteCommand]:
        """The library's actions, named for the command palette, with their keys now."""
        return from_bindings(self, PALETTE)
