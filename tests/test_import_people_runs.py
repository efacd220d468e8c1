"""People of pages whose labels were lost, printed as runs of people (issue 12): short
synthetic texts in the layouts of real IGF pages, no page's words."""

from __future__ import annotations

from import_support import names
from proposal_tui.importer import import_text


def test_a_name_opening_with_an_elision_apostrophe_starts_a_person_in_a_run() -> None:
    # `‘Tunde Ade, …` (an elided letter): a name like any other, at the start of the
    # line and where a region runs into it
    text = (
        "IGF 2023 WS #1 Harbours\n\n"
        "Speakers\n"
        "‘Tunde Ade, Port Board, Civil Society, African Group Ana Lima, Dock Club,"
        " Civil Society, Asia-Pacific Group Bo Chen, Tug Works, Government, African Group"
        " ‘Femi Oke, Quay Trust, Civil Society, African Group\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["‘Tunde Ade", "Ana Lima", "Bo Chen", "‘Femi Oke"]


def test_person_lines_after_two_runs_of_people_with_labels_lost_are_the_roles() -> None:
    # every label lost: a line running the organisers together, one running the
    # speakers together, then one person a line, each named above: the moderators and
    # the rapporteur in the form's order (guesses), not more organisers
    text = (
        "IGF 2023 WS #1 Harbours\n\n"
        "Ana Lima, Port Board, Civil Society, African Group Bo Chen, Dock Club, Civil"
        " Society, Asia-Pacific Group Cy Dorn, Tug Works, Government, African Group\n"
        "Bo Chen, Dock Club, Civil Society, Asia-Pacific Group Cy Dorn, Tug Works,"
        " Government, African Group Di Eng, Quay Trust, Civil Society, African Group\n"
        "Ana Lima, Port Board, Civil Society, African Group\n"
        "Bo Chen, Dock Club, Civil Society, Asia-Pacific Group\n"
        "Cy Dorn, Tug Works, Government, African Group\n\n"
        "Targets: The session will look at harbours and the ships that use them.\n"
    )
    result = import_text(text)
    draft = result.proposal
    assert names(draft.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert names(draft.speakers) == ["Bo Chen", "Cy Dorn", "Di Eng"]
    assert draft.onsite_moderator is not None and draft.onsite_moderator.name == "Ana Lima"
    assert draft.online_moderator is not None and draft.online_moderator.name == "Bo Chen"
    assert draft.rapporteur is not None and draft.rapporteur.name == "Cy Dorn"
    assert any("Rapporteur" in note for note in result.guesses)


def test_a_run_of_people_whose_parts_are_parted_by_dashes_glued_on_one_side_is_cut() -> None:
    # `Name- Organisation  - Region Name -Organisation- Region`: a dash spaced on one side
    # parts an entry's fields as a comma would; a region running into a name starts the
    # next person
    text = (
        "IGF 2021 WS #1 Harbours\n\n"
        "Speakers\n"
        "Ana Lima- Port Board/ Dock Club  - African Group Bo Chen -Tug Works/ Quay Trust-"
        " Asia-Pacific Group\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen"]
    assert [person.region for person in speakers][1].startswith("Asia-Pacific")


def test_a_run_of_dashed_people_with_labels_lost_is_cut_at_the_names_printed_alone() -> None:
    # `Name - Org Name - Org` with nothing between the people: where an organisation's
    # word ends and a name starts is told by the names the page prints alone (its roles'
    # people); the organisers' line, then the speakers' line, in the form's order
    text = (
        "IGF 2023 Day 0 Event #1 Harbours\n\n"
        "Sunday, 8th October, 2023 (09:15 UTC) - Sunday, 8th October, 2023 (09:55 UTC)\n\n"
        "Ana Lima - DockHub Bo Chen - Tug Works and Quay Trust\n\n\n"
        "Ana Lima - DockHub - Lead Engineer Bo Chen - Tug Works and Quay Trust - Skipper\n\n"
        "Onsite Moderator\n\nAna Lima\n\nOnline Moderator\n\nBo Chen\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]
    assert any("Organizers" in note for note in result.guesses)


def test_the_african_groups_short_name_ends_a_person_run_into_the_next_name() -> None:
    # `…, civil society, EEG Name …, government, AG Name …`: the UN regional groups'
    # short names (AG, APG, EEG, GRULAC, WEOG) end an entry as their full names do
    text = (
        "IGF 2023 WS #1 Harbours\n\n"
        "Organizers\n"
        "Ana Lima, Port Board, civil society, EEG Bo Chen, Ghana, government, AG Cy van"
        " Dorn, Dock Club, civil society, WEOG\n"
    )
    organizers = import_text(text).proposal.organizers
    assert names(organizers) == ["Ana Lima", "Bo Chen", "Cy van Dorn"]
    assert organizers[1].region == "African Group"
