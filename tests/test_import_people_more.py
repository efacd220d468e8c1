"""People whose lines are printed in ways the other rules miss (issue 12): runs of people
with titles and marks, bulleted lists under the page's head, numbered lists of more
speakers.  Short synthetic texts in the layouts of real IGF pages."""

from __future__ import annotations

from import_support import guessed, names
from proposal_tui.importer import import_text


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


DAY0_HEAD = (
    "IGF 2022 Day 0 Event #9 A title\n\n"
    "Monday, 5th May, 2022 (08:00 UTC) - Monday, 5th May, 2022 (09:00 UTC)\nSmall Room\n\n"
    "Harbour Network Foundation\n\n"
    "  • Ms. Ana Lima - Head of Ports, Harbour Board\n"
    "  • Mr. Bo Chen - Port Pilot, Tug Club (Online)\n"
)


def test_a_bulleted_list_under_the_date_room_and_organisations_is_the_speakers() -> None:
    # the session's date-and-time line and its room under it are the page's head, not
    # organisations: the bulleted people after the organisers' box are the speakers
    result = import_text(DAY0_HEAD, "igf-2022")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]
    assert result.proposal.organizers == []
    assert guessed(result, 'a bulleted list of people under "Title", after organisations')


def test_a_titled_person_before_a_dash_may_have_long_details() -> None:
    # `• Prof. Name - …` with details longer than twenty words is still one person
    text = DAY0_HEAD + (
        "  • Prof. Cy Dorn - Professor at the School of Ships at the Harbour University of"
        " Northport, Secretary General at the Dock Works Foundation\n"
    )
    result = import_text(text, "igf-2022")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]


def test_a_bullet_holding_a_place_for_someone_does_not_end_a_bulleted_list() -> None:
    # `• Some authority TBC;` among bulleted people names no one, and the list goes on
    # above it
    text = (
        "IGF 2021 Day 0 Event #5 A title\n\n"
        "Ana Lima, Harbour Board\n\n"
        "  • Bo Chen, Director, Port Office;\n"
        "  • Some port authority TBC;\n"
        "  • Cy Dorn, Pilot, Tug Club;\n"
        "  • Di Eames, Dock Works.\n"
    )
    result = import_text(text, "igf-2021")
    assert names(result.proposal.speakers) == ["Bo Chen", "Cy Dorn", "Di Eames"]
    assert "Some port authority TBC" in result.proposal.import_notes


ROLES_AFTER_ONLINE = (
    "Speaker 1: Ana Lima, Civil Society, African Group\n"
    "Speaker 2: Bo Chen, Private Sector, Asia-Pacific Group\n"
    "Speaker 3: Cy Dorn, Government, Eastern European Group\n\n"
    "Online Moderator\n\nDi Eames, Harbour Board\n\n\nEd Falk, Tug Club\n\n\n"
)


def test_a_person_after_the_online_moderators_box_is_the_rapporteur() -> None:
    # an unlabelled person after a role's labelled box holds a role after it in the form
    result = import_text(ROLES_AFTER_ONLINE, "igf-2021")
    assert result.proposal.online_moderator.name == "Di Eames"
    assert result.proposal.rapporteur.name == "Ed Falk"
    assert result.proposal.onsite_moderator is None


def test_words_in_small_letters_after_the_people_are_no_person() -> None:
    # a name opens with a capital: `round table (hybrid)` after the people names no one
    text = ROLES_AFTER_ONLINE.replace("Ed Falk, Tug Club", "round table (hybrid)")
    result = import_text(text, "igf-2021")
    assert result.proposal.online_moderator.name == "Di Eames"
    assert result.proposal.rapporteur is None
    assert "round table (hybrid)" in result.proposal.import_notes


def test_a_name_with_a_note_in_brackets_in_a_list_numbered_again_is_a_speaker() -> None:
    # `1. Name (to replace Name due to …)` after the numbered speakers: more speakers, the
    # note in brackets no part of the name
    text = (
        "Speaker 1: Ana Lima, Civil Society, African Group\n"
        "Speaker 2: Bo Chen, Private Sector, Asia-Pacific Group\n"
        "Speaker 3: Cy Dorn, Government, Eastern European Group\n"
        "1. Eames Di (to replace Ana Lima due to a clash of dates)\n"
        "2. Falk Ed (to replace Bo Chen due to a clash of dates)\n"
    )
    result = import_text(text, "igf-2020")
    assert names(result.proposal.speakers)[3:] == ["Eames Di", "Falk Ed"]


def test_a_run_of_people_each_ending_with_a_bracketed_region_is_read() -> None:
    # `Name, Org (WEOG) Name, Org, Org (WEOG) Name, Org - City (WEOG)`: each entry ends with
    # its region in brackets
    text = (
        "Organizers\n\n"
        "Ana Lima, Harbour Board (WEOG) Bo Chen, Tug Club, Port University (WEOG) Cy Dorn,"
        " Dock Works - Northport (WEOG)\n"
    )
    result = import_text(text, "igf-2021")
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]


def test_a_line_of_people_under_an_organisation_opening_the_text_is_the_organisers() -> None:
    # a copy with no title and no labels that starts at the organisers' box: the
    # organisation's name, its people run together on one line, then running text
    text = (
        "Harbour Research Centre, Ports and Shipping research group\n"
        "Ana Lima, Harbour Board (WEOG) Bo Chen, Tug Club, Port University (WEOG) Cy Dorn,"
        " Dock Works - Northport (WEOG)\n"
        "A session to bring harbour researchers together with the wider community.\n"
        "The session gathers people who study ports to find shared work.\n"
    )
    result = import_text(text, "igf-2021")
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert guessed(result, "under an organisation opening the text")


def test_a_region_after_a_full_stop_ending_the_group_is_no_part_of_the_next_name() -> None:
    # `…, Civil Society. WEOG Name …` and `…, Civil Society. GRULAC. Name …`: a full stop
    # parts the group from the region, which ends the entry before the next name
    text = (
        "Organizers\n\n"
        "Ana Lima, Harbour Board (Norway), Civil Society. WEOG Bo Chen, Tug Club, Civil"
        " Society. GRULAC. Cy Dorn, Port University, Civil Society. AFRICA\n"
    )
    result = import_text(text, "igf-2022")
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert guessed(result, "ending with a stakeholder group or region")


def test_apg_is_the_asia_pacific_group_ending_an_entry_of_a_run() -> None:
    # `APG`, as `WEOG` and `GRULAC`, is a regional group's short name
    text = (
        "Organizers\n\n"
        "Ana Lima, Harbour Board, Academic, WEOG Bo Chen, Tug Club, Technical Community, APG"
        " Cy Dorn, Port University, Academic, APG\n"
    )
    result = import_text(text, "igf-2023")
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert result.proposal.organizers[2].region == "Asia-Pacific Group"


def test_organisations_each_followed_by_their_people_are_the_organisers() -> None:
    # the organisers' box with its label lost: each organisation's name, then its people,
    # each naming the organisation among their details, one blank line between lines
    text = (
        "Time\n    Friday (08:30 UTC)\n\n"
        "    Harbour Research Centre (HRC)\n"
        "    Ana Lima, Civil Society, Harbour Research Centre\n\n"
        "    Bo Chen, Civil Society, Harbour Research Centre\n\n"
        "    Northport Shipping Fund(NSF), Northport\n\n"
        "    Cy Dorn, Intergovernmental Organization, NSF Northport\n\n"
        "    Speakers\n\n    1.Di Egan, Tug Club;\n\n    2.Ed Fox, Dock Works\n"
    )
    result = import_text(text, "igf-2021")
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert guessed(result, "each under their organisation")
    assert names(result.proposal.speakers) == ["Di Egan", "Ed Fox"]


def test_free_text_role_lines_each_end_at_the_next_label_and_panelists_are_speakers() -> None:
    # a role typed with its person on the line (`Moderator: Name Organisation`) holds only
    # that line: `Panelist:` lines after it are speakers, `Rapporteurs:` is the rapporteur's
    # box; a name runs into its organisation with no comma where the organisation opens at
    # `The`, at the words its bracketed acronym spells, or with an organisation's word
    text = (
        "IGF 2022 Town Hall #7 A title\n\n"
        "Moderator: Ada Brook Open Harbour Institute (OHI)\n\n"
        "Panelist: Ben Cole, Lantern Works\n\n"
        "Panelist: Cai Dunn - River Data Partnership\n\n"
        "Voice from a Ministry: Hon. Dee Ellis The Coastal Network on Maps (CNM)\n\n"
        "Rapporteurs: Eve Fox Kite Mapping Partnership and Gus Hale Open Harbour Institute (OHI)\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Ada Brook"
    assert proposal.onsite_moderator.organization == "Open Harbour Institute (OHI)"
    assert proposal.online_moderator is None
    assert names(proposal.speakers) == ["Ben Cole", "Cai Dunn", "Dee Ellis"]
    assert proposal.speakers[2].organization == "The Coastal Network on Maps (CNM)"
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Eve Fox"
    assert guessed(result, "the name run into its organisation with no comma")
    assert guessed(result, "two people named for one role, each with their organisation")
    assert guessed(result, "a free label opening a person's line")
    assert "Gus Hale" in proposal.import_notes


def test_an_organisation_alone_is_no_name_run_into_its_organisation() -> None:
    text = "IGF 2022 Town Hall #7 A title\n\nModerator: Harbour Data Coalition\n"
    moderator = import_text(text).proposal.onsite_moderator
    assert moderator is not None and moderator.name == "Harbour Data Coalition"


def test_people_bulleted_under_an_agenda_are_speakers_but_not_those_under_the_moderators() -> None:
    # a timed agenda with no labels: the people under its items are the speakers (a
    # guess), the two under the item naming the moderators are kept in the notes
    text = (
        "IGF 2023 Town Summit: A title\n\n"
        "About this Session\n"
        "A summit of towns and their harbours, where guests meet and talk at length.\n\n"
        "[5 min]\n\nOpening by moderators\n\n"
        "  • Mr. Abe Bell, harbour master, Portland\n"
        "  • Ms. Cora Dale, Town Youth Club\n\n"
        "[10 min]\n\nWelcome from the town\n\n"
        "  • Ms. Eda Fry, Mayor of the Town\n\n"
        "Talk on harbours\n\n"
        "  • Mr. Gil Hart, Harbour Board\n"
        "  • Ms. Ida Jones, Dock Works\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.speakers) == ["Eda Fry", "Gil Hart", "Ida Jones"]
    assert proposal.onsite_moderator is None
    assert guessed(result, "people bulleted under the items of an agenda")
    assert "Abe Bell" in proposal.import_notes and "Cora Dale" in proposal.import_notes


def test_a_keynote_bullet_of_an_agenda_names_its_speaker() -> None:
    text = (
        "IGF 2021 – Opening of the Town Phase\n\n"
        "About this Session\n\n"
        "Introducing the areas - 12:00 UTC\n\n"
        "  • Overview of the areas\n"
        "  • Keynote address by Kim Lowe, Director, Harbour Works; Member, Town Board\n"
        "  • Discussion\n\n"
        "PART I [12:30-14:00 UTC]\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Kim Lowe"]
    assert guessed(result, "people bulleted under the items of an agenda")
    # the bullet read is no line left over too (an indented copy's bullet was both)
    assert "Keynote address by" not in result.proposal.import_notes


def test_a_numbered_list_of_names_run_into_job_titles_is_the_speakers() -> None:
    # no labels: a numbered list whose items run the name into the job title with no
    # comma (one wrapped onto a second line, one with no space after its number)
    text = (
        "IGF 2019 OF #3 A title\n\n"
        "A session on harbours and the towns around them, with guests from far away.\n\n\n"
        "1. Ann Berg Deputy Director of the Harbour Board\n"
        "2. Carl Dorn Head of the Office for Docks in the\n"
        "sphere of Ports, Boats and Ships\n"
        "3.Eva Finn Director of the Town Club\n"
    )
    result = import_text(text)
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ann Berg", "Carl Dorn", "Eva Finn"]
    assert speakers[1].organization.endswith("in the sphere of Ports, Boats and Ships")
    assert guessed(result, "each a name run into a job title")


def test_one_person_line_under_the_date_and_room_above_the_people_is_the_organiser() -> None:
    text = (
        "IGF 2021 Day 0 Event #9 A title\n\n"
        "Monday, 6th December, 2021 (16:15 UTC) - Monday, 6th December, 2021 (17:30 UTC)\n"
        "Conference Room 2\n\n"
        "Hana Ives, Chief of Section, Harbour and Docks Section, Town Sector, Harbour Board\n\n\n"
        "Ms. Jo Kent, Head of Boats at the Town Office\n\n"
        "Mr. Lee Moss, Minister of Ports and Docks\n\n"
        "Onsite Moderator\nNed Oak, Town Office\n\n"
        "Description\nThe session looks at harbours and the towns around them.\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Hana Ives"]
    assert names(proposal.speakers) == ["Jo Kent", "Lee Moss"]
    assert "Hana Ives" not in proposal.description
    assert guessed(result, "one person under")


def test_a_titled_name_after_a_line_ending_in_a_small_word_is_the_next_person() -> None:
    # `… for Harbour group` ends in a lower-case word, as a wrapped line does; the line
    # after it opens with a title and a name: the next person, not more of the line
    text = (
        "IGF 2021 WS #5 A title\n\nSpeakers\n"
        "Ms. Ada Lane, Head of Ethics for Harbour group\n"
        "Ms. Bea Moss-Hart, Founder and CEO of Dock Minds\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ada Lane", "Bea Moss-Hart"]
    assert speakers[0].organization == "Head of Ethics for Harbour group"


def test_a_name_with_a_comma_named_twice_with_other_details_is_one_name() -> None:
    # a given name and another name, a comma between: the organiser's line and the
    # moderator's open with the same two parts and go on differently
    text = (
        "IGF 2019 WS #4 A title\n\n"
        "Organizer 1: Ann Lee, Mei Tan, The University of Harbour Town\n"
        "Organizer 2: Bo Chen, Harbour Town College\n\n"
        "Speaker 1: Cy Dorn, Civil Society, African Group\n\n"
        "Moderator\n\nBo Chen, Civil Society, Asia-Pacific Group\n\n"
        "Online Moderator\n\nAnn Lee, Mei Tan, Civil Society, Asia-Pacific Group\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ann Lee, Mei Tan", "Bo Chen"]
    assert proposal.organizers[0].organization == "The University of Harbour Town"
    assert proposal.online_moderator is not None
    assert proposal.online_moderator.name == "Ann Lee, Mei Tan"
    assert guessed(result, "more of the name")


def test_a_role_box_saying_its_person_is_named_later_names_no_one() -> None:
    text = (
        "IGF 2021 WS #5 A title\n\n"
        "Speaker 1: Cy Dorn, Civil Society, African Group\n\n"
        "Onsite Moderator\nwill be identified at a later stage from the town team\n\n"
        "Online Moderator\nTo be confirmed\n"
    )
    proposal = import_text(text).proposal
    assert proposal.onsite_moderator is None
    assert proposal.online_moderator is None


def test_a_line_of_words_in_small_letters_after_the_roles_is_no_rapporteur() -> None:
    text = (
        "IGF 2021 WS #5 A title\n\n"
        "Speaker 1: Cy Dorn, Civil Society, African Group\n\n"
        "Onsite Moderator\nBo Chen, Town Office\n\n"
        "Online Moderator\nAnn Lee, Town Office\n\n\n"
        "Harbour discussion with audience Q&A\n"
    )
    proposal = import_text(text).proposal
    assert proposal.rapporteur is None


def test_a_line_saying_someone_will_moderate_the_discussion_is_no_speaker() -> None:
    # 2020 Additional Speakers (label lost): `Name, …, will moderate the discussion.` says
    # who moderates; the unlabelled roles follow in the form's order
    said = "Jo Park, Envoy for the Harbour Town Society, will moderate the discussion."
    text = (
        "IGF 2020 WS #9 A title\n\n"
        "Speaker 1: Ana Lima, Civil Society, Latin American and Caribbean Group (GRULAC)\n"
        "Speaker 2: Omar Said, Government, African Group\n"
        f"{said}\n"
        "Jo Park, Civil Society, Asia-Pacific Group\n"
        "Jo Park, Civil Society, Asia-Pacific Group\n"
        "Ben Wood, Private Sector, Western European and Others Group (WEOG)\n"
        "Round Table - U-shape - 90 Min\n"
    )
    proposal = import_text(text).proposal
    assert names(proposal.speakers) == ["Ana Lima", "Omar Said"]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Jo Park"
    assert said in proposal.import_notes


def test_a_region_written_intergovernmental_group_ends_an_entry_of_a_run() -> None:
    # `…, Intergovernmental Group Name, …`: the intergovernmental region with `Group`
    # after it, as `African Group`, ends one person of a run and the next name follows
    text = (
        "Speakers\n\n"
        "Ana Lima, Town Lab, African Group Bo Chen, Port Office, Intergovernmental Group"
        " Cy Dorn, Dock Works, Asia-Pacific\n"
    )
    result = import_text(text, "igf-2025")
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert speakers[1].region == "Intergovernmental Organization"


def test_numbered_people_run_together_with_a_space_are_one_person_each() -> None:
    # `Organizer 1: … Organizer 2: …` on one line, no semicolon between them
    text = (
        "IGF 2024 WS #9 A title\n\nOrganizers\n\n"
        "Organizer 1: Ana Lima, Town Lab Organizer 2: Bo Chen, Port Office\n\n"
        "Speakers\n\nSpeaker 1: Cy Dorn, Dock Works\n"
    )
    organizers = import_text(text).proposal.organizers
    assert names(organizers) == ["Ana Lima", "Bo Chen"]
    assert [p.organization for p in organizers] == ["Town Lab", "Port Office"]


def test_one_numbered_item_naming_two_people_of_one_organisation_is_two_people() -> None:
    # `Organizer 1: Name, Org and Name, Org`: two people (a guess); `and` inside one
    # person's job title (no detail shared after it) parts no one
    text = (
        "IGF 2024 WS #9 A title\n\nOrganizers\n\n"
        "Organizer 1: Ana Lima, Town Lab (TL) and Bo Chen, Town Lab (TL)\n\n"
        "Speakers\n\nSpeaker 1: Cy Dorn, Head, Marketing and Public Relations, Dock Works\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert proposal.organizers[1].organization == "Town Lab (TL)"
    assert guessed(result, "two people in one numbered item")
    assert names(proposal.speakers) == ["Cy Dorn"]


def test_organisers_lines_repeated_under_the_speakers_label_are_the_speakers() -> None:
    # the speakers' box repeats the organisers' numbered lines: its speakers (a guess)
    people = "Organizer 1: Ana Lima, Town Lab\nOrganizer 2: Bo Chen, Port Office\n"
    text = (
        f"IGF 2024 WS #9 A title\n\nOrganizers\n\n{people}\n"
        f"Speakers\n\n{people}\nOnsite Moderator\n\nAna Lima\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert names(proposal.speakers) == ["Ana Lima", "Bo Chen"]
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)


def test_new_organisers_lines_under_additional_speakers_are_the_organisers() -> None:
    # 2019: the organisers' rows name no one; the named organisers come under
    # `Additional Speakers`, lines repeating none above: the organisers, not speakers
    text = (
        "IGF 2019 WS #9\nA title\n\n\n"
        "Organizer 1: Government, Western European and Others Group (WEOG)\n"
        "Organizer 2: Civil Society, African Group\n\n"
        "Speaker 1: Cy Dorn, Government, African Group\n\n"
        "Additional Speakers\n\n"
        "Organizer 1: Ana Lima, Town Lab (WEOG)\n\n"
        "Organizer 2: Bo Chen, Government, Western European and Others Group (WEOG)\n\n\n"
        "Speaker 1: Di Fox, Government, African Group\n"
    )
    proposal = import_text(text).proposal
    assert names(proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert "Ana Lima" not in names(proposal.speakers)


def test_others_tbc_ending_a_line_of_people_is_no_detail_of_the_last_one() -> None:
    text = (
        "IGF 2024 WS #9 A title\n\nSpeakers\n\n"
        "Speaker 1: Ana Lima, Town Lab\nSpeaker 2: Bo Chen, Port Office Others tbc.\n"
    )
    proposal = import_text(text).proposal
    assert names(proposal.speakers) == ["Ana Lima", "Bo Chen"]
    assert proposal.speakers[1].organization == "Port Office"
    assert "Others tbc." in proposal.import_notes


def test_one_person_under_the_title_right_above_the_speakers_label_is_the_organiser() -> None:
    # a 2025 lightning talk that lost the organisers' label: `Name, details` under the
    # title, then the labelled speakers' box
    text = (
        "IGF 2025 Lightning Talk #9 A title\n\n"
        "    Ana Lima, Head of Ports – Harbour Board & Secretary, Town Lab \n\n"
        "    Speakers\n\n    Speaker 1: Bo Chen, Port Office\n\n"
        "    Onsite Moderator\n    Ana Lima, Head of Ports, Town Lab\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ana Lima"]
    assert names(proposal.speakers) == ["Bo Chen"]
    assert any(p.field == "organizers" and p.is_guess for p in result.placements)


def test_two_people_on_one_line_parted_by_a_semicolon_are_two_people() -> None:
    # `Name - Organisation; Name, Organisation`: one semicolon between two entries
    text = (
        "IGF 2024 WS #9 A title\n\nSpeakers\n\n"
        "Ana Lima - Harbour Town Advisory Group / Town Lab; Bo Chen, Port Office / Dock Works\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]
    assert guessed(result, "separated by a semicolon")


def test_a_2019_coalition_page_two_organisers_parted_by_a_semicolon_after_the_text() -> None:
    # every label lost: title, coalition, format line, description, then the organisers'
    # box, two people on one line parted by a semicolon
    description = (
        "The coalition has been engaging in several activities across its harbour towns since"
        " its first meeting, and will report on them and plan its next year of work here."
    )
    text = (
        "IGF 2019 A harbour future\n\n\nDynamic Coalition on Harbour Towns\n\n"
        "Round Table - U-shape - 90 Min\n\n\n"
        f"{description}\n\n\n"
        "Ana Lima - Harbour Town Advisory Group / Harbour Society Town Chapter of the Ports;"
        " Bo Chen, Port Islands Chapter of the Harbour Society / Dock Works Committee (DWC)\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert result.proposal.organizers[1].organization.startswith("Port Islands Chapter")
    assert result.proposal.description == description


def test_invited_speakers_is_a_label_of_the_speakers() -> None:
    # `Invited guest speakers:` (or `Invited speakers`, `Guest speakers`) heads the speakers'
    # list of a page typed by its organisers: the people under it are no organisers
    for label in ("Invited guest speakers:", "Invited Speakers", "Guest speakers:"):
        text = (
            "IGF 2022 DC-Harbours A title\n\n"
            "Panel - Auditorium - 60 Min\n\n"
            f"{label}\n\n"
            "Mr. Bo Chen, Harbour Board\n\n"
            "Ms. Cy Dorn, Tug Club\n\n"
            "Mr. Al Berg, Dock Works\n"
        )
        result = import_text(text, "igf-2022")
        assert names(result.proposal.speakers) == ["Bo Chen", "Cy Dorn", "Al Berg"], label
        assert result.proposal.organizers == []


def test_every_title_before_a_name_is_left_out_of_it() -> None:
    # `Hon. Dr Name`: two titles in a row, neither part of the name
    text = "Speakers\n\nHon. Dr Ana Lima, Harbour Board\n\nH.E. Amb. Bo Chen, Tug Club\n"
    result = import_text(text, "igf-2022")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]


def test_the_letters_of_an_honour_after_a_name_are_no_part_of_it() -> None:
    # `Name Name PC, MP (Canada)`, `Name Name PhD, Org`: letters after the name
    text = (
        "Speakers\n\nAna Lima PC, MP (Canada)\n\nBo Chen PhD, Tug Club\n\n"
        "Cy Dorn OBE, Dock Works\n\nAl PC, Dock Works\n"
    )
    result = import_text(text, "igf-2022")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Al PC"]


def test_a_second_person_joined_by_an_ampersand_before_a_colon_is_another_speaker() -> None:
    # `Name, Role / Organisation & Name: Organisation`: two people on one line (a guess);
    # an `&` inside an organisation's name joins no one
    text = (
        "Speakers\n\n"
        "Ms. Ana Lima, Chair / Harbour Board (HB) & Bo Chen: Tug Club\n\n"
        "Cy Dorn, Foreign, Commonwealth & Development Office: UK\n"
    )
    result = import_text(text, "igf-2022")
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert speakers[1].organization == "Tug Club"
    assert guessed(result, "joined by `&`")


def test_lines_naming_a_talk_and_who_gives_it_are_the_speakers_in_the_texts_order() -> None:
    # an event page with no speakers' box: `Closing keynote by …` above the first label and
    # `Closing remarks by …` under a box the draft has no field for name the speakers (a
    # guess), in the order printed; an office before the title is no part of the name, and
    # a body (`Address by IGF Panel`) is no one
    text = (
        "IGF 2020 High-Level Harbour Session\n\n"
        "    Tuesday, 17th November, 2020 (17:20 UTC) - Tuesday, 17th November, 2020 (19:20 UTC)\n"
        "    Room 1\n\n"
        "    The wrap-up will take the form of an interactive dialogue among leaders of ports.\n\n"
        "    Closing Keynote by Harbour Board Chair Ms. Ana Lima\n\n"
        "    Moderator: Mr. Bo Chen, Tug Club\n\n"
        "    Roundtable One:\n"
        "    What is next for the ports?\n\n"
        "    Address by IGF Harbour Panel\n\n"
        "    Closing remarks by Mr. Cy Dorn, Under-Secretary of Docks\n"
    )
    result = import_text(text, "igf-2020")
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ana Lima", "Cy Dorn"]
    assert speakers[0].organization == "Harbour Board Chair"
    assert result.proposal.onsite_moderator is not None
    assert result.proposal.onsite_moderator.name == "Bo Chen"
    assert guessed(result, "a line naming a talk and who gives it")
    assert "Closing remarks" not in result.proposal.import_notes
    assert "Address by IGF Harbour Panel" in result.proposal.import_notes


def test_a_talk_line_names_no_speaker_where_the_text_has_a_speakers_box() -> None:
    text = (
        "Speakers\n\nAna Lima, Harbour Board\n\nBo Chen, Tug Club\n\n"
        "Roundtable One:\nClosing remarks by Mr. Cy Dorn, Under-Secretary of Docks\n"
    )
    result = import_text(text, "igf-2022")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]


def test_a_2019_pre_event_organiser_line_under_the_title_is_no_part_of_the_description() -> None:
    # every label lost: one person, then the organisations beside them, set apart under
    # the title; the description follows as running text
    first = (
        "In April 2014, representatives of harbour towns gathered in Port Town to adopt a"
        " statement on the future of their ports, the outcome of an open process."
    )
    second = (
        "The statement had two main sections. The first listed principles for the ports,"
        " and the second a roadmap for the harbours' future evolution and their boards."
    )
    text = (
        "IGF 2019 Pre-Event #9 Harbour+5: The Legacy of the Port Statement\n\n"
        "Ana Lima, Town Lab/Harbour Board, Port.org, Dock.de, & the Dock Works Institute for"
        " Ports and Harbours\n\n\n"
        f"{first}\n\n{second}\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ana Lima"]
    assert any(p.field == "organizers" and p.is_guess for p in result.placements)
    assert proposal.description == f"{first}\n\n{second}"


def test_one_person_printed_with_two_spellings_is_one_record_and_a_guess() -> None:
    # the draft keeps one record per person, under the first spelling; a role whose name
    # was printed otherwise (an accent or a hyphen lost) is marked as a guess, so the
    # person sees which spelling the draft kept
    text = (
        "IGF 2023 WS #9 A title\n\n"
        "Organizer 1: Civil Society, Latin American and Caribbean Group (GRULAC)\n"
        "Organizer 1: Nicolás Pérez-Gil, Harbour Network\n\n"
        "Speakers\n"
        "Speaker 1: Ana Lima, Civil Society, African Group\n\n"
        "Onsite Moderator\nNicolas Perez Gil\n\n"
        "Online Moderator\nAna Lima\n"
    )
    result = import_text(text, "igf-2023")
    proposal = result.proposal
    assert proposal.onsite_moderator is proposal.organizers[0]
    assert proposal.onsite_moderator.name == "Nicolás Pérez-Gil"
    assert guessed(result, '"Nicolas Perez Gil" placed in')
    assert guessed(result, 'the same person as "Nicolás Pérez-Gil" named above')
    assert [p.field for p in result.placements if p.is_guess] == ["onsite_moderator"]
    assert proposal.online_moderator is proposal.speakers[0]  # spelled alike: no doubt


def test_a_speaker_listed_again_without_a_middle_initial_is_one_person_as_a_guess() -> None:
    # `Ann B. COLE` then `Ann Cole`: the same name once case, accents and a middle initial
    # one of them lacks are set aside, so one person (a guess); two initials that differ
    # are two people
    text = (
        "IGF 2019 WS #5 Rivers\n\n"
        "Speaker 1: Ann B. COLE, Technical Community, Western European and Others Group (WEOG)\n"
        "Speaker 2: Carl Dunn, Civil Society, African Group\n\n"
        "Additional Speakers\n\n"
        "Speaker 1: Ann Cole, River Trust, Technical community (WEOG)\n"
        "Speaker 2: Carl E. Dunn, Civil Society, African Group\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ann B. COLE", "Carl Dunn"]
    assert guessed(result, "middle initial")
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)
    apart = import_text(text.replace("Carl Dunn", "Carl F. Dunn"))
    assert names(apart.proposal.speakers) == ["Ann B. COLE", "Carl F. Dunn", "Carl E. Dunn"]


def test_a_sentence_read_as_no_one_under_a_people_box_marks_the_list_a_guess() -> None:
    # `Name will …` under more speakers is read as no one: the list may miss someone, so
    # the speakers are a guess; a short note (`Others tbc.`) names no one and marks nothing
    head = (
        "Title\n\nQuay Talks\n\nSpeakers\n\n"
        "Speaker 1: Ana Lima, Civil Society, African Group\n\n"
        "Additional Speakers\n\n"
    )
    result = import_text(head + "Tobin will be giving the harbour pilots' view.\n", "igf-2020")
    assert names(result.proposal.speakers) == ["Ana Lima"]
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)
    result = import_text(head + "Others tbc.\n", "igf-2020")
    assert not any(p.field == "speakers" and p.is_guess for p in result.placements)
