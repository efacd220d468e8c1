"""People in lists the importer once misread: a name glued to its dash before a long job
title, a heading naming the speakers with a word before it, people named in an agenda."""

from __future__ import annotations

from import_support import guessed, names
from proposal_tui.importer import import_text


def test_a_name_glued_to_its_dash_before_a_long_job_title_is_a_person() -> None:
    # `Name- Role of many words, Organisation`: the dash run into the name parts them as a
    # spaced one does, however many words the job title has
    text = (
        "IGF 2023 WS #1 Harbours\n\n"
        "Speakers:\n\n"
        "Ana Lima- Deputy Envoy of the Port Board for Tugs and Quays, United Harbour Office\n"
        "Bo Chen- Head of Quay Policy & Planning, DockHub\n"
        "Cy Dorn- Skipper, Tug Works\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert speakers[1].organization == "Head of Quay Policy & Planning, DockHub"


def test_a_name_run_into_a_slash_before_a_job_title_ends_at_the_slash() -> None:
    # `Dr. Name/Senior Fellow, Organisation`: the slash parts the name from the job title,
    # as a dash would; in a line running people together it starts the next person
    text = (
        "IGF 2025 Day 0 Event #1 Harbours\n\n"
        "Speakers\n\n"
        "Ana Lima, Skipper, Tug Works, Civil Society (WEOG) Ben Ode, Pilot, Quay Trust,"
        " Civil Society (APAC) Dr. Cy Dorn/Resident Senior Fellow, Dock Club (WEOG)"
        " Di Eng, Harbour Master, Port Board (GRULAC)\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Ben Ode", "Cy Dorn", "Di Eng"]
    assert speakers[2].organization.startswith("Resident Senior Fellow, Dock Club")
    one = "IGF 2023 WS #1 Harbours\n\nSpeakers:\n\nAna Lima/Senior Adviser, Dock Club\n"
    assert names(import_text(one).proposal.speakers) == ["Ana Lima"]


def test_a_heading_naming_the_speakers_after_a_word_is_their_label() -> None:
    # `Confirmed speakers:` alone on its line: the speakers' label with a word before it,
    # not more people of the moderator's box above it; a blank line with a person after it
    # goes on with the list
    text = (
        "IGF 2022 Harbours and Quays\n\n"
        "Moderator: Ana Lima - Skipper, Tug Works\n\n"
        "Confirmed speakers:\n\n"
        "  • Bo Chen - Pilot, Quay Trust\n"
        "  • Cy Dorn - Harbour Master, Port Board\n\n"
        "  • Di Eng - Independent\n\n"
        "The session closes with questions from the floor.\n"
    )
    draft = import_text(text).proposal
    assert names(draft.speakers) == ["Bo Chen", "Cy Dorn", "Di Eng"]
    assert draft.onsite_moderator is not None and draft.onsite_moderator.name == "Ana Lima"
    assert draft.online_moderator is None and draft.rapporteur is None


def test_a_box_of_the_sessions_coordinators_is_its_organisers_a_guess() -> None:
    # `Session coordinators:` over one name a line: the organisers (a guess); the box ends
    # at the blank line after them, and the text after it is read as before (the outline
    # and its questions are no part of the last organiser's line)
    text = (
        "BPF on Harbours\n\n"
        "Thursday November 28, 2019 09:30 - 11:00\n\n"
        "The forum looks at how harbours keep their quays open to every boat in the bay.\n\n"
        "Session coordinators:\n"
        "Ana Lima\n"
        "Bo Chen\n\n"
        "Session outline:\n"
        "1. Opening words (10 minutes)\n"
        "Questions for the panel\n"
        "i.   How do we keep the quays open to every boat? Lessons learned.\n"
        "ii.  Tugs and pilots: who pays for them, and for whom?\n"
        "2. Open discussion (30 minutes)\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert guessed(result, "Organizers")
    assert "Opening words" in result.proposal.import_notes


def test_one_person_under_the_organisation_opening_the_text_is_the_organiser() -> None:
    # `Session`, the page's one-line summary, the organisation's name, then one person's
    # `Name, role` line above the description's first sentence (labels lost): the organiser
    text = (
        "Session\n"
        "Follow the quays live on our channel\n"
        "Harbour Pilots Network (HPN)\n"
        "Ana Lima, Programme Chair 2020\n"
        "The harbour pilots' yearly meeting brings new research on quays, tugs and tides.\n"
        "To attend, please register on the forum's platform before the meeting starts.\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima"]
    assert result.proposal.organizers[0].organization == "Programme Chair 2020"
    assert guessed(result, "Organizers")


def test_numbered_agenda_items_naming_who_gives_them_above_a_panel_name_speakers() -> None:
    # `2. Intro to the forum by Name (Organisation)` above a bulleted panel ended by its
    # moderator: who gives each part is a speaker too, first, in the agenda's order; an item
    # given `by the forum's liaisons` names no one
    text = (
        "BPF on Harbours\n\n"
        "Thursday, 12th October, 2023 (00:45 UTC) - Thursday, 12th October, 2023 (02:15 UTC)\n"
        "Main Hall\n\n"
        "At this session, the forum will discuss how harbours keep their quays open to every"
        " boat, and what pilots and tug crews can learn from one another about it.\n\n"
        "Session Agenda\n\n"
        "1. Welcome and Introduction by the forum liaisons\n\n"
        "2. Intro to the forum by Ana Lima (Port Board)\n\n"
        "3. Intro to this year's work by Bo Chen (Tug Works, co-facilitator)\n\n"
        "4. Panel Discussion: quays, tugs and tides\n\n"
        "  • Cy Dorn (Quay Trust)\n"
        "  • Di Eng (Dock Club)\n"
        "  • moderator:  Bo Chen\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Eng"]
    moderator = result.proposal.onsite_moderator
    assert moderator is not None and moderator.name == "Bo Chen"
    assert guessed(result, "agenda item")


def test_person_lines_ending_with_the_semicolon_of_their_list_are_people() -> None:
    # each speaker's line ends with `;` but the last two; the group of some is no choice
    # of the form (`Academia and Civil Society`, `Private/ Civil society`)
    text = (
        "IGF 2024 Networking Session #1 Harbours\n\n"
        "Speakers\n\n"
        "Ana Lima, Port Board, Private Sector, African Group;\n"
        "Bo Chen, Dock Club, Academia and Civil Society, GRULAC;\n"
        "Cy Dorn, Private/ Civil society, Quay Trust Chapter, Tug Ambassador, African Group;\n"
        "Di Egan, Net Guild, Technical Community, African Group\n"
        "Ed Fox, Technical community, African Group\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Egan", "Ed Fox"]
    assert speakers[1].region.endswith("(GRULAC)")


ADDITIONAL = (
    "Speaker 1: Ana Bell, Civil Society, African Group\n"
    "Additional Speakers\n"
    "Cara Dee, Civil Society, African Group\n"
    "Eli Fox, Private Sector, Western European and Others Group (WEOG)\n"
    "Online Moderator\n"
    "Gil Ho, Civil Society, Asia-Pacific Group\n"
)


def test_the_last_person_before_the_online_moderator_with_no_onsite_label_is_the_onsite() -> None:
    # a copy with no blank lines: the onsite moderator's label was lost, and nothing but
    # the form's order (onsite, then online) tells that person from a speaker
    result = import_text(ADDITIONAL, "igf-2022")
    assert [p.name for p in result.proposal.speakers] == ["Ana Bell", "Cara Dee"]
    assert result.proposal.onsite_moderator.name == "Eli Fox"
    assert result.proposal.online_moderator.name == "Gil Ho"
    assert any(p.field == "onsite_moderator" and p.is_guess for p in result.placements)


def test_a_numbered_speaker_right_before_the_online_moderator_stays_a_speaker() -> None:
    text = ADDITIONAL.replace("Additional Speakers\n", "").replace("Eli Fox", "Speaker 2: Eli Fox")
    result = import_text(text.replace("Cara Dee, Civil Society, African Group\n", ""), "igf-2022")
    assert [p.name for p in result.proposal.speakers] == ["Ana Bell", "Eli Fox"]
    assert result.proposal.onsite_moderator is None
