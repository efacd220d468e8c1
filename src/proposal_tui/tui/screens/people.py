"""Everyone across the drafts: name, organisation, sessions, drafts and roles, and flags.

The directory is built by the workspace (from the library's index) in a thread; the filter
narrows it as you type, accents and case ignored.  Enter opens a draft at the person (the
wizard's step where they appear, their entry focused); F2 updates the person's details in
every draft they are in, after asking (each draft saved as usual, with its revision).
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
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.call import DEFAULT_CALL, Call, load_call
from proposal_tui.errors import ProposalTuiError
from proposal_tui.folding import fold
from proposal_tui.model import PERSON_DETAIL_FIELDS, Person
from proposal_tui.people_directory import (
    Directory,
    DirectoryPerson,
    UpdateOutcome,
    flags,
    update_everywhere,
)
from proposal_tui.tui import heap
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.dialogs import ChoicePrompt, ConfirmDialog, MessageDialog
from proposal_tui.tui.widgets.kept_option_list import KeptOptionList
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.tui.widgets.person_entry import PersonEntry
from proposal_tui.tui.widgets.person_form import PersonForm
from proposal_tui.tui.widgets.sized_by_style import SizedByStyle
from proposal_tui.workspace import Workspace


def person_detail(person: DirectoryPerson, directory: Directory) -> Content:
    """The person's groups and gender, what to look at in full (the list cuts it to a line),
    then each draft they are in, with their roles there and where they take part from."""
    about = (person.stakeholder_group, person.region, person.gender)
    groups = ", ".join(g for g in about if g)
    lines = [as_text(f"{person.name}{f' ({groups})' if groups else ''}", prose=False)]
    said = flags(person, directory)  # the limits first: ✗, the rest !
    marks = ["✗"] * len(person.over_limit) + ["!"] * (len(said) - len(person.over_limit))
    lines += [as_text(f"{m} {flag}", prose=False) for m, flag in zip(marks, said, strict=True)]
    for appearance in person.appearances:
        roles = ", ".join(appearance.roles)
        place = appearance.person.participation.strip()
        where = f" ({place})" if place else ""
        title = appearance.title or "(untitled)"
        lines.append(as_text(f"  {appearance.path.name}: {roles}{where} · {title}", prose=False))
    return Content("\n").join(lines)


class FilterField(SizedByStyle, Input):
    """The filter: a letter typed repaints it without laying the screen out again."""


SHOWN_AT_MOST = 40
"""People listed at once (the first by name); typing narrows the rest into view."""
FOUND_KEPT = 32
"""Filters whose people are kept (typing back over letters finds them again at once)."""


class PeopleScreen(TerminalSized, ModalScreen[None]):
    """Everyone in the drafts of the workspace."""

    HELP = """\
**People** lists everyone in your drafts: the sessions they are in, each draft with their
roles there, and what to look at: ✗ more sessions than the call allows, ! details that
differ between drafts or a name that may be the same person spelled differently.
Type to filter (accents and case ignored); ↑/↓ move through the list.
**Enter** opens a draft at the highlighted person: the step where they appear, their entry
focused (with several drafts, you choose which).  **F2** changes their details (name,
organisation, groups, gender, email) in every draft they are in: it asks first, names the
drafts, saves each as usual (with its revision) and says which could not be saved.
"""

    CSS_PATH = Path(__file__).with_name("people.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="people.close"),
        Binding("enter", "open", "Open draft", id="people.open", priority=True),
        Binding("f2", "update", "Update everywhere", id="people.update"),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]
    AUTO_FOCUS = "#people-filter"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.directory: Directory | None = None
        self.shown: list[DirectoryPerson] = []
        self.matching = 0
        """How many people match the filter (only the first SHOWN_AT_MOST are listed)."""
        self._options: dict[str, Option] = {}
        """Each person's entry, made once per directory."""
        self._found: dict[str, list[DirectoryPerson]] = {}
        """The people found for each filter (folded) typed lately, in this directory."""
        self._detailed: tuple[Directory, DirectoryPerson | None] | None = None
        """Whom the detail shows (and from which directory): it is drawn again only when
        that changes."""

    def compose(self) -> ComposeResult:
        with Vertical(id="people-box"):
            yield Static("People in your drafts", id="people-title")
            yield FilterField(placeholder="type a name or organisation", id="people-filter")
            yield KeptOptionList(_note("Reading the drafts…"), id="people-list")
            yield Static("", id="people-detail")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        field = self.query_one("#people-filter", Input)
        field.cursor_blink = False
        # at once, as the letter is typed: the letter and the list it leaves are drawn in
        # one frame (Input.Changed would come after a frame drawing the letter alone)
        self.watch(field, "value", self._filtered, init=False)
        kept = self.workspace.kept_people()
        if kept is not None:  # shown at once; `load` looks whether a draft changed since
            self._loaded(kept)
        self.load()

    @work(thread=True, exclusive=True, group="people-load")
    def load(self) -> None:
        """Build the directory in a thread."""
        directory = self.workspace.people()
        self.app.call_from_thread(self._loaded, directory)

    def _loaded(self, directory: Directory) -> None:
        if directory is self.directory:
            return  # no draft changed: the list stays as it is
        self.directory = directory
        self._options, self._found = {}, {}
        self._show(self.query_one("#people-filter", Input).value)
        # the directory of thousands out of the collector's way (see heap), once drawn
        self.call_after_refresh(heap.settle, len(directory.people), directory)

    def _filtered(self, text: str) -> None:
        if self.directory is not None:
            self._show(text)

    def _show(self, text: str) -> None:
        assert self.directory is not None
        found = self._find(text)
        self.matching, self.shown = len(found), found[:SHOWN_AT_MOST]
        options = self.query_one("#people-list", OptionList)
        listed = [self._option(person) for person in self.shown]
        if self.matching > len(self.shown):
            listed.append(_note(f"… and {self.matching - len(self.shown)} more: type more."))
        if not self.directory.people:
            listed.append(_note("No one yet: the people you add to drafts are listed here."))
        elif not self.shown:
            listed.append(_note(f"No one named {text!r}."))
        options.set_options(listed)  # the layout stays; options drawn before are kept
        if self.shown:
            options.highlighted = 0
        self._detail()

    def _find(self, text: str) -> list[DirectoryPerson]:
        """Everyone `text` lets through: as found before for that filter (typed back to
        it), or among those found for it one letter shorter (typed on), else all looked at."""
        assert self.directory is not None
        folded = fold(text)
        if not folded:
            return list(self.directory.people)
        found = self._found.get(folded)
        if found is None:
            found = self.directory.find(text, among=self._found.get(folded[:-1]))
            if len(self._found) >= FOUND_KEPT:
                self._found.clear()
            self._found[folded] = found
        return found

    def _option(self, person: DirectoryPerson) -> Option:
        if person.key not in self._options:
            assert self.directory is not None
            self._options[person.key] = Option(PersonEntry(person, self.directory))
        return self._options[person.key]

    @on(OptionList.OptionHighlighted, "#people-list")
    def _detail(self) -> None:
        if self.directory is None:
            return  # the list says the drafts are being read
        person = self.highlighted
        drawn = self._detailed
        if drawn is not None and drawn[0] is self.directory and drawn[1] is person:
            return  # the same person: the detail stays as drawn
        self._detailed = (self.directory, person)
        shown = person_detail(person, self.directory) if person is not None else ""
        # the detail's height is fixed: no layout
        self.query_one("#people-detail", Static).update(shown, layout=False)

    @property
    def highlighted(self) -> DirectoryPerson | None:
        """The person highlighted in the list, if any."""
        index = self.query_one("#people-list", OptionList).highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open and update need someone highlighted (enter is the dialogs' otherwise)."""
        if action in ("open", "update"):
            return self.is_active and self.highlighted is not None
        return True

    def action_move(self, delta: int) -> None:
        """Move through the list (the cursor stays in the filter)."""
        people = self.query_one("#people-list", OptionList)
        people.action_cursor_down() if delta > 0 else people.action_cursor_up()

    @work(group="people-open")
    async def action_open(self) -> None:
        """Open a draft at the highlighted person (choosing the draft when there are several)."""
        person = self.highlighted
        if person is None:
            return
        drafts = {a.path: a for a in person.appearances}
        path: Path | None = next(iter(drafts))
        if len(drafts) > 1:
            choices = [
                (str(i), f"{p.name}: {', '.join(a.roles)} · {a.title or '(untitled)'}")
                for i, (p, a) in enumerate(drafts.items())
            ]
            chosen = await self.app.push_screen_wait(
                ChoicePrompt(f"Open which draft of {person.name}?", choices)
            )
            path = None if chosen is None else list(drafts)[int(chosen)]
        if path is None:
            return
        from proposal_tui.tui.screens.wizard import WizardScreen

        name = drafts[path].person.name
        self.app.push_screen(WizardScreen(path, person=name), lambda _: self.load())

    @work(group="people-update", exclusive=True)
    async def action_update(self) -> None:
        """Change the highlighted person's details in every draft they are in, after asking."""
        person = self.highlighted
        if person is None:
            return
        shown = Person(**person.details())
        form = PersonForm(
            _call_of(person), shown, title=f"Update {person.name} everywhere", details_only=True
        )
        edited = await self.app.push_screen_wait(form)
        if edited is None:
            return
        changed = {
            d: getattr(edited, d)
            for d in PERSON_DETAIL_FIELDS
            if getattr(edited, d) != getattr(shown, d)
        }
        if not changed:
            return
        names = ", ".join(path.name for path in person.drafts)
        count = len(person.drafts)
        what = "; ".join(
            f"{d.replace('_', ' ')}: {value or '(blank)'}" for d, value in changed.items()
        )
        asked = ConfirmDialog(
            f"Change {person.name} in {count} draft{'' if count == 1 else 's'} ({names}): {what}?"
            " Each draft keeps its previous version.",
            title="Update in every draft?",
            confirm="Update",
        )
        if not await self.app.push_screen_wait(asked):
            return
        assert self.directory is not None
        seen = self.directory.fingerprints
        worker = self.run_worker(lambda: update_everywhere(person, changed, seen=seen), thread=True)
        outcome = await worker.wait()
        await self.app.push_screen_wait(_outcome_dialog(outcome))
        self.load()

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(None)


def _note(text: str) -> Option:
    """A line of the list that is not a person (a message; it cannot be chosen)."""
    return Option(as_text(text, prose=False).stylize("$text-muted"), disabled=True)


def _call_of(person: DirectoryPerson) -> Call:
    """The call whose choices the person's form offers: that of their first draft."""
    for name in (*(a.call for a in person.appearances), DEFAULT_CALL):
        try:
            return load_call(name)
        except ProposalTuiError:
            continue
    return load_call(DEFAULT_CALL)


def _outcome_dialog(outcome: UpdateOutcome) -> MessageDialog:
    """What the update did: the drafts saved, and each one that could not be, with why."""
    saved = len(outcome.saved)
    said = f"Updated {saved} draft{'' if saved == 1 else 's'}"
    said += f": {', '.join(p.name for p in outcome.saved)}." if saved else "."
    if not outcome.failed:
        return MessageDialog("Updated in every draft", said)
    failed = "\n".join(f"{path.name}: {why}" for path, why in outcome.failed)
    return MessageDialog(
        "Some drafts were not updated", f"{said} Not updated (left as they were):", details=failed
    )
