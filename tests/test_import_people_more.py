"""People whose lines are printed in ways the other rules miss (issue 12): runs of people
with titles and marks, bulleted lists under the page's head, numbered lists of more
speakers.  Short synthetic texts in the layouts of real IGF pages."""

from __future__ import annotations

from proposal_tui.importer import ImportResult, import_text


def names(people: list) -> list[str]:
    return [person.name for person in people]


def guessed(result: ImportResult, words: str) -> bool:
    """True when a guess note mentions `words`."""
    return any(words in note for note in result.guesses)


def test_a_run_of_titled_people_with_a_bracketed_or_odd_region_is_cut_at_each_title() -> None:
    # a place with its region in brackets ends an entry (`Near East (Asia-Pacific States)`);
    # after the stakeholder group, a title and a name start the next person even when the
    # region before them is spelt in no known way
    text = (
        "Speakers\n\n"
        "Ms. Ana Lima, Head of Ports, Harbour Board, Civil Society, Near East (Asia-Pacific"
        " States) Mr. Bo Chen (onsite), Port Pilot, Tug Club, Government, Northern Odd and"
        " other States Ms. Cy Dorn, Engineer, Dock Works, Government, African Group\n"
    )
    result = import_text(text, "igf-2024")
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert speakers[1].organization.startswith("Port Pilot")
