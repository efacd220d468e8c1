"""Adding a person to a role: first the people already in this draft (a digit picks one),
then everyone in your other drafts (searched as you type, accents ignored, from the
library's index: picking one fills their name, organisation, groups, gender and email),
then a new person.  A modal; dismisses with a `Pick`, or None on escape."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

from proposal_tui.model import Person, Proposal
from proposal_tui.people_directory import Directory, DirectoryPerson
from proposal_tui.people_links import fold, name_key
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.widgets.dialogs import Dialog
from proposal_tui.workspace import Workspace

SHOWN_FROM_DIRECTORY = 30
"""At most this many people of the other drafts are listed (type more to narrow)."""

Held = tuple[Person, tuple[str, ...]]
"""A person of the draft (that very record) and the roles they hold: 'organiser 1'."""


@dataclass(frozen=True)
class Pick:
    """What was picked: `here` the draft's own record (to hold in one more role), or the
    details of a person to add (from the other drafts, or a new one) for the form."""

    person: Person
    here: bool


def draft_people(proposal: Proposal) -> list[Held]:
    """Each person of the draft once (a record held by several roles counts once), with
    their roles, in form order; people without a name are left out."""
    held: dict[int, tuple[Person, list[str]]] = {}
    for role, person in proposal.people():
        if person.name.strip():
            shown = role.replace("organizer", "organiser")
            held.setdefault(id(person), (person, []))[1].append(shown)
    return [(person, tuple(roles)) for person, roles in held.values()]


class SearchBox(Input):
    """The picker's search box: while it is empty, a digit numbering one of the draft's
    people is not typed but left to the picker's key for it."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        screen = self.screen
        if (
            not self.value
            and character is not None
            and character in "123456789"
            and isinstance(screen, PersonPicker)
            and int(character) <= len(screen.here)
        ):
            return False
        return super().check_consume_key(key, character)


class PersonPicker(Dialog[Pick | None]):
    """Pick who to add: someone in this draft, someone from your other drafts, or a new person."""

    AUTO_FOCUS = "#picker-filter"

    DEFAULT_CSS = """
    PersonPicker > #dialog { width: 84; }
    PersonPicker #picker-list { height: auto; max-height: 16; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(str(n), f"pick_here({n})", f"#{n}", show=False, priority=True)
            for n in range(1, 10)
        ),
        Binding("ctrl+n", "new_person", "New person", id="picker.new"),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]

    def __init__(
        self, title: str, here: list[Held], *, draft: Path | None = None, noun: str = "person"
    ) -> None:
        super().__init__(title)
        self.here = here
        self.draft = Path(draft) if draft is not None else None
        self.noun = noun
        self.directory: Directory | None = None
        self.reading = True
        self.choices: list[Pick] = []
        """What each option of the list picks (headings have none)."""

    def compose_body(self) -> ComposeResult:
        yield SearchBox(placeholder="type a name or organisation", id="picker-filter", compact=True)
        yield OptionList(id="picker-list")

    def compose_buttons(self) -> ComposeResult:
        yield Button("Choose", variant="primary", id="submit")
        yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        box = self.query_one("#picker-filter", Input)
        box.cursor_blink = False
        self._show()
        self._load()

    @work(thread=True, exclusive=True, group="picker-load")
    def _load(self) -> None:
        """Everyone in the workspace's drafts, from its index (in a thread)."""
        workspace = getattr(self.app, "workspace", None)
        directory = workspace.people() if isinstance(workspace, Workspace) else None
        self.app.call_from_thread(self._loaded, directory)

    def _loaded(self, directory: Directory | None) -> None:
        self.directory, self.reading = directory, False
        self._show()

    @property
    def text(self) -> str:
        """What is typed in the search box."""
        return self.query_one("#picker-filter", Input).value

    def matching_here(self) -> list[Held]:
        """The draft's people whose name or organisation holds the text typed."""
        typed = fold(self.text.strip())
        return [
            (person, roles)
            for person, roles in self.here
            if typed in fold(f"{person.name}\n{person.organization}")
        ]

    def matching_elsewhere(self) -> list[DirectoryPerson]:
        """The people of the other drafts matching the text typed (nobody until something
        is typed); people of this draft are listed above instead."""
        if self.directory is None or not self.text.strip():
            return []
        names = {name_key(person.name) for person, _ in self.here}
        found = [
            person
            for person in self.directory.find(self.text.strip())
            if name_key(person.name) not in names and set(person.drafts) != {self.draft}
        ]
        return found[:SHOWN_FROM_DIRECTORY]

    def _show(self) -> None:
        options: list[Option] = []
        self.choices = []

        def heading(text: str) -> None:
            options.append(Option(Content.styled(text, "bold $text-muted"), disabled=True))

        def choice(prompt: Content, pick: Pick) -> None:
            options.append(Option(prompt, id=str(len(self.choices))))
            self.choices.append(pick)

        here = self.matching_here()
        if here:
            heading("In this draft (press its number)" if not self.text else "In this draft")
            for number, (person, roles) in enumerate(here, 1):
                key = f"{number} " if number < 10 and not self.text else ""
                choice(_here_prompt(key, person, roles), Pick(person, here=True))
        heading("In your other drafts")
        elsewhere = self.matching_elsewhere()
        for person in elsewhere:
            choice(_elsewhere_prompt(person), Pick(Person(**person.details()), here=False))
        if not elsewhere:
            options.append(Option(self._elsewhere_note(), disabled=True))
        heading("Someone else")
        typed = self.text.strip()
        new = f"+ A new {self.noun}" + (f" named {typed}" if typed else "")
        prompt = Content.assemble(as_text(new, prose=False), (" (ctrl+n)", "$text-muted"))
        choice(prompt, Pick(Person(name=typed), here=False))
        listed = self.query_one("#picker-list", OptionList)
        listed.set_options(options)
        first = next(i for i, option in enumerate(options) if not option.disabled)
        listed.highlighted = first

    def _elsewhere_note(self) -> Content:
        if self.reading:
            text = "Reading your drafts…"
        elif self.directory is None:
            text = "(no library to search)"
        elif not self.text.strip():
            text = "Type a name to search everyone in your drafts."
        else:
            text = "No one by that name."
        return Content.styled(text, "$text-muted")

    @on(Input.Changed, "#picker-filter")
    def _typed(self) -> None:
        self._show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A digit picks a person of the draft only while nothing is typed (else it is typed)."""
        if action == "pick_here":
            (number,) = parameters
            return not self.text and isinstance(number, int) and number <= len(self.here)
        return True

    def action_pick_here(self, number: int) -> None:
        """Pick the draft's person numbered `number`."""
        self.dismiss(Pick(self.here[number - 1][0], here=True))

    def action_new_person(self) -> None:
        """A new person (named as typed so far), to fill in the form."""
        self.dismiss(Pick(Person(name=self.text.strip()), here=False))

    def action_move(self, delta: int) -> None:
        """Move the highlight in the list (the cursor stays in the search box)."""
        listed = self.query_one("#picker-list", OptionList)
        listed.action_cursor_down() if delta > 0 else listed.action_cursor_up()

    @on(Input.Submitted, "#picker-filter")
    @on(Button.Pressed, "#submit")
    def _choose_highlighted(self) -> None:
        listed = self.query_one("#picker-list", OptionList)
        if listed.highlighted is not None:
            self._choose(listed.get_option_at_index(listed.highlighted))

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option)

    def _choose(self, option: Option) -> None:
        if option.id is not None:
            self.dismiss(self.choices[int(option.id)])

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


def _named(name: str, organization: str) -> Content:
    """'Name — Organisation', the name in bold."""
    shown = as_text(name, prose=False).stylize("bold")
    if not organization.strip():
        return shown
    return Content.assemble(shown, " — ", as_text(organization, prose=False))


def _here_prompt(key: str, person: Person, roles: tuple[str, ...]) -> Content:
    return Content.assemble(
        (key, "bold $text-accent"),
        _named(person.name, person.organization),
        (f" ({', '.join(roles)})", "$text-muted"),
    )


def _elsewhere_prompt(person: DirectoryPerson) -> Content:
    drafts = f" · {person.sessions} draft{'' if person.sessions == 1 else 's'}"
    return Content.assemble(_named(person.name, person.organization), (drafts, "$text-muted"))
