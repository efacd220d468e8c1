"""Search: the words typed, found in every draft's title, people and text.

Case and accents are ignored; each hit is one section of one draft, with the matching
words shown in context (and marked, never in colour alone: they are bold).  Enter opens
the draft at that section.  The index (`index.py`) answers; this screen first brings it
up to date with the files, in a thread, then searches at each key, in a thread too.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, Input, Static
from textual.worker import get_current_worker

from proposal_tui.errors import ProposalTuiError
from proposal_tui.index import Hit
from proposal_tui.safe_text import visible
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.tui.widgets.virtual_table import VirtualTable
from proposal_tui.workspace import Workspace

STEP_OF = {"people": "organizers"}
"""The wizard's step for a hit in a section that is not a step of its own."""
MATCH = Style(bold=True, underline=True)


def section_label(field: str) -> str:
    """'policy_questions' → 'Policy questions'."""
    return field.replace("_", " ").capitalize()


class HitTable(VirtualTable[Hit]):
    """The hits, one a line: draft, section, the words in context."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open there", id="search.open"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(self._cells, id=id)

    @staticmethod
    def _cells(hit: Hit, widths: dict[str, int]) -> list[Text]:
        snippet = Text(no_wrap=True)
        for piece, matched in hit.snippet:
            snippet.append(visible(piece, prose=False), MATCH if matched else None)
        title = visible(hit.title or hit.path.name, prose=False)
        return [Text(title), Text(section_label(hit.field)), snippet]


class SearchScreen(TerminalSized, Screen[None]):
    """Every draft's text, searched as you type; enter opens the draft at the section."""

    AUTO_FOCUS = "#search-input"

    HELP = """\
**Search** finds words in every draft: titles, people (names and organisations) and
every section's text. Case and accents are ignored ("nunez" finds Núñez), and the last
word may be the start of a word. Each line is one section of one draft, with the words
in context. **Enter** opens that draft at that section; **escape** goes back.
"""

    CSS_PATH = Path(__file__).with_name("search.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="search.close"),
        Binding("down", "focus_hits", "To the hits", show=False),
    ]

    def __init__(self, workspace: Workspace, text: str = "") -> None:
        super().__init__()
        self.workspace = workspace
        self.text = text
        self.ready = False
        """True once the index is up to date with the files (searches wait for it)."""
        self.hits: list[Hit] = []
        self.searched: str | None = None
        """The text the hits shown were found for."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="search-top"):
            yield Static("Search:", id="search-label")
            yield Input(
                self.text,
                placeholder="words in any draft: title, people, text",
                select_on_focus=False,
                id="search-input",
            )
            yield Static("", id="search-status", markup=False)
        yield HitTable(id="hits")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one(HitTable).set_columns(self._columns())
        self._status("Reading the drafts…")
        self.bring_up_to_date()

    def on_resize(self) -> None:
        self.query_one(HitTable).set_columns(self._columns())

    def _columns(self) -> list[tuple[str, str, int]]:
        width = max(self.size.width - 2, 40)
        title = min(max(width // 4, 12), 40)
        section = 18
        snippet = max(width - title - section - 2 * 3 - 2, 10)
        return [
            ("title", "Draft", title),
            ("section", "Section", section),
            ("words", "Words", snippet),
        ]

    def _status(self, message: str) -> None:
        self.query_one("#search-status", Static).update(message)

    @work(thread=True, exclusive=True, group="search-index")
    def bring_up_to_date(self) -> None:
        """Read the drafts changed since the index last saw them, then search."""
        try:
            for _ in self.workspace.row_batches(quick=False):
                pass
        except (ProposalTuiError, OSError) as exc:
            self.app.call_from_thread(self._status, f"✗ Drafts not read: {exc}")
            return
        self.app.call_from_thread(self._up_to_date)

    def _up_to_date(self) -> None:
        self.ready = True
        self.find(self.query_one("#search-input", Input).value)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        if self.ready:
            self.find(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        if self.hits:
            self.query_one(HitTable).action_select_cursor()

    @work(thread=True, exclusive=True, group="search")
    def find(self, text: str) -> None:
        """Search for `text` in a thread; a search overtaken by a newer one shows nothing."""
        worker = get_current_worker()
        try:
            hits = self.workspace.search(text) if text.strip() else []
        except (ProposalTuiError, OSError) as exc:
            self.app.call_from_thread(self._status, f"✗ Not searched: {exc}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._found, text, hits)

    def _found(self, text: str, hits: list[Hit]) -> None:
        self.hits = hits
        self.searched = text
        self.query_one(HitTable).set_rows(hits, cursor=0)
        if not text.strip():
            self._status("type words to find")
        elif not hits:
            self._status("nothing matches")
        else:
            many = "200 or more" if len(hits) >= 200 else str(len(hits))
            self._status(f"{many} {'section' if len(hits) == 1 else 'sections'}")

    def action_focus_hits(self) -> None:
        """Go from the words to the hits."""
        self.query_one(HitTable).focus()

    @on(HitTable.RowSelected, "#hits")
    def _open(self, event: HitTable.RowSelected) -> None:
        hit = self.hits[event.index]
        from proposal_tui.tui.screens.wizard import WizardScreen

        self.app.push_screen(WizardScreen(hit.path, step=STEP_OF.get(hit.field, hit.field)))

    def action_close(self) -> None:
        """Back to where search was opened from."""
        self.dismiss()
