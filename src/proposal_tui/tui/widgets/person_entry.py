"""A person's entry in the People list: two lines, made only when the list draws them.

A filter over thousands lists up to forty people at a key, of whom the list shows about
ten; `PersonEntry` tells the list its height without making its lines (two, as the list
cuts them instead of wrapping), so the people listed below the fold cost nothing until scrolled to.
"""

from __future__ import annotations

from functools import cached_property

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from proposal_tui.people_directory import Directory, DirectoryPerson, flags
from proposal_tui.tui.shown import as_text


def person_option(person: DirectoryPerson, directory: Directory) -> Content:
    """Two lines: mark, name, organisation, sessions; then the drafts (or the flags).  The
    list cuts each line to its width: the detail below shows the flags in full."""
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


class PersonEntry(Visual):
    """`person_option` for the list, made the first time it is drawn or measured across."""

    LINES = 2
    """Lines of an entry neither wrapped nor folded, only cut (its texts show newlines as
    pictures), as the People list draws it."""

    def __init__(self, person: DirectoryPerson, directory: Directory) -> None:
        self.person = person
        self.directory = directory

    @cached_property
    def content(self) -> Content:
        """The entry's two lines."""
        return person_option(self.person, self.directory)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.content.render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.content.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        cut = rules.get("text_overflow", "fold") != "fold"
        if cut and rules.get("text_wrap", "wrap") == "nowrap":
            return self.LINES
        return self.content.get_height(rules, width)
