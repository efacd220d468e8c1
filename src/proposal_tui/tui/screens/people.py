"""Everyone across the drafts: name, organisation, sessions, drafts and roles, and flags.

The directory is built by the workspace (from the library's index) in a thread; the filter
narrows it as you type, accents and case ignored.  Nothing here changes a draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.people_directory import Directory, DirectoryPerson, flags
from proposal_tui.tui.shown import as_text
from proposal_tui.workspace import Workspace


def person_option(person: DirectoryPerson, directory: Directory) -> Content:
    """Two lines: mark, name, organisation, sessions; then the drafts (or the flags)."""
    said = flags(person, directory)
    mark = ("✗", "$error") if person.over_limit else ("!", "$warning") if said else ("✓", "")
    sessions = f"{person.sessions} session{'' if person.sessions == 1 else 's'}"
    first = Content.assemble(
        mark,
        " ",
        as_text(person.name or "(no name)", prose=False).stylize("bold"),
        as_text(f" — {person.organization}" if person.organization else "", prose=False),
        f" · {sessions}",
    )
    second = "; ".join(said) if said else ", ".join(path.name for path in person.drafts)
    return Content.assemble(first, "\n  ", as_text(second, prose=False).stylize("$text-muted"))


def person_detail(person: DirectoryPerson) -> Content:
    """The person's groups and gender, then each draft they are in, with their roles there
    and where they take part from."""
    about = (person.stakeholder_group, person.region, person.gender)
    groups = ", ".join(g for g in about if g)
    lines = [as_text(f"{person.name}{f' ({groups})' if groups else ''}", prose=False)]
    for appearance in person.appearances:
        roles = ", ".join(appearance.roles)
        place = appearance.person.participation.strip()
        where = f" ({place})" if place else ""
        title = appearance.title or "(untitled)"
        lines.append(as_text(f"  {appearance.path.name}: {roles}{where} · {title}", prose=False))
    return Content("\n").join(lines)


class PeopleScreen(ModalScreen[None]):
    """Everyone in the drafts of the workspace."""

    HELP = """\
**People** lists everyone in your drafts: the sessions they are in, each draft with their
roles there, and what to look at: ✗ more sessions than the call allows, ! details that
differ between drafts or a name that may be the same person spelled differently.
Type to filter (accents and case ignored).
"""

    CSS_PATH = Path(__file__).with_name("people.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="people.close"),
    ]
    AUTO_FOCUS = "#people-filter"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.directory: Directory | None = None
        self.shown: list[DirectoryPerson] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="people-box"):
            yield Static("People in your drafts", id="people-title")
            yield Input(placeholder="type a name or organisation", id="people-filter")
            yield Static("Reading the drafts…", id="people-empty", markup=False)
            yield OptionList(id="people-list")
            yield Static("", id="people-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#people-filter", Input).cursor_blink = False
        self.load()

    @work(thread=True, exclusive=True, group="people-load")
    def load(self) -> None:
        """Build the directory in a thread."""
        directory = self.workspace.people()
        self.app.call_from_thread(self._loaded, directory)

    def _loaded(self, directory: Directory) -> None:
        self.directory = directory
        self._show(self.query_one("#people-filter", Input).value)

    @on(Input.Changed, "#people-filter")
    def _filtered(self, event: Input.Changed) -> None:
        if self.directory is not None:
            self._show(event.value)

    def _show(self, text: str) -> None:
        assert self.directory is not None
        self.shown = self.directory.find(text) if text.strip() else list(self.directory.people)
        options = self.query_one("#people-list", OptionList)
        options.clear_options()
        options.add_options(Option(person_option(p, self.directory)) for p in self.shown)
        options.display = bool(self.shown)
        message = self.query_one("#people-empty", Static)
        if not self.directory.people:
            message.update("No one yet: the people you add to drafts are listed here.")
        else:
            message.update(f"No one named {text!r}." if not self.shown else "")
        message.display = not self.shown
        if self.shown:
            options.highlighted = 0
        self._detail()

    @on(OptionList.OptionHighlighted, "#people-list")
    def _detail(self) -> None:
        index = self.query_one("#people-list", OptionList).highlighted
        detail = self.query_one("#people-detail", Static)
        if index is None or index >= len(self.shown):
            detail.update("")
            return
        detail.update(person_detail(self.shown[index]))

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(None)
