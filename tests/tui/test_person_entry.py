"""A person's entry in the People list: its height known without making its lines."""

from __future__ import annotations

from pathlib import Path

from proposal_tui.model import Person, Proposal
from proposal_tui.people_directory import build_directory
from proposal_tui.tui.widgets.person_entry import PersonEntry, person_option


def test_an_entry_gives_its_height_unmade_and_its_lines_when_drawn() -> None:
    """Cut to the width (as the People list draws it), an entry is two lines even when a
    name holds a newline (shown as a picture); wrapped or folded it is measured by its
    lines, which are made the first time they are asked for, as person_option's."""
    odd = Person(name="Ana\nLima", organization="Rede Norte")
    drafts = [Proposal(call="igf-2025", title="a", speakers=[odd, Person(name="Bo")])]
    directory = build_directory(((Path(f"{p.title}.toml"), p) for p in drafts), lambda _: 3)
    for person in directory.people:
        entry = PersonEntry(person, directory)
        cut = {"text_wrap": "nowrap", "text_overflow": "ellipsis"}
        assert entry.get_height(cut, 20) == 2
        assert "content" not in vars(entry)  # not made to be measured
        made = person_option(person, directory)
        assert made.get_height(cut, 20) == 2
        folded = entry.get_height({"text_wrap": "nowrap"}, 20)
        assert folded == made.get_height({}, 20) and (folded > 2) == (person.name != "Bo")
        assert entry.get_height({}, 10) == made.get_height({}, 10) > 2
        assert entry.content.plain == made.plain
