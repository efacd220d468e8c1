"""Published layouts that lose labels: each block is placed by what it is or by the form's
order, and every such placement is recorded as a guess (issue 12).  The texts are short
cuts of the layouts found on real IGF pages (2019-2025) that the importer was not tuned on."""

from __future__ import annotations

from import_support import guessed, names
from proposal_tui.importer import import_text

PEOPLE_2023 = """IGF 2023 WS #9 A title

Organizer 1: Ana Lima, Org A
Organizer 2: Bo Chen, Org B

Speaker 1: Ana Lima, Civil Society, African Group
Speaker 2: Bo Chen, Private Sector, Asia-Pacific Group
Speaker 3: Cy Dorn, Government, Eastern European Group
"""


def test_numbered_goal_lines_with_no_label_are_the_sdgs_when_number_and_name_agree() -> None:
    goals = "9. Industry, Innovation and Infrastructure\n17. Partnerships for the Goals\n"
    result = import_text(PEOPLE_2023 + "\n4. Partnerships for the Goals\n\n\n" + goals)
    assert result.proposal.sdgs == [9, 17]
    assert guessed(result, "numbered goal")


def test_policy_question_markers_are_not_part_of_the_question() -> None:
    text = (
        "Policy Question(s)\n\n1. Policy Question 1: How can we connect all?\n"
        "2. Policy Question 2: Who pays?\n"
    )
    assert import_text(text).proposal.policy_questions == ["How can we connect all?", "Who pays?"]


def test_numbered_questions_right_after_an_unlabelled_format_line() -> None:
    text = (
        PEOPLE_2023 + "Round Table - 60 Min\n1. How can children be safe online?\n2. Who decides?\n"
    )
    result = import_text(text)
    assert result.proposal.format == "Round Table"
    assert result.proposal.policy_questions == ["How can children be safe online?", "Who decides?"]
    assert guessed(result, "numbered questions after the format")


def test_people_run_together_with_dashes_under_the_title_are_the_organisers() -> None:
    text = (
        "IGF 2023 Day 0 Event #95 A title\n\nInternet Society\n"
        "Ana Lima, ISOC, technical community, Africa - Bo Chen, ISOC, technical community, APAC\n"
        "\n\nOnsite Moderator\n\nAna Lima\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert guessed(result, "separated by dashes")


def test_people_each_followed_by_an_email_are_one_person_each() -> None:
    entries = ["Ana Lima - Org A, Civil Society", "Zin Myo Htet - Myanmar APAC"]
    text = "Speakers\n\n" + " ".join(f"{e} [email protected]" for e in entries) + "\n"
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Zin Myo Htet"]
    assert guessed(result, "followed by an email")


def test_bulleted_people_after_numbered_speakers_are_speakers_not_moderators() -> None:
    text = PEOPLE_2023 + "- Mr Dan Eko, Director, Org D\n- Ms Eve Fox, Head, Org E\n"
    result = import_text(text)
    assert names(result.proposal.speakers)[-2:] == ["Dan Eko", "Eve Fox"]
    assert result.proposal.onsite_moderator is None
    assert guessed(result, "bulleted line after the numbered speakers")


def test_a_list_numbered_again_after_the_numbered_speakers_is_more_speakers() -> None:
    # 2019 workshops, every label lost: `1) Name, …` lines after `Speaker 3: …` (the
    # additional speakers' box), one line each, then the moderators' and rapporteur's lines
    text = (
        "Session\nOrganizer 1: Ana Lima, NIC.br\nOrganizer 2: Bo Chen, NIC.br\n"
        "Speaker 1: Cy Diaz, Civil Society, African Group\n"
        "1) Dan Eko, Civil society, Morocco, Moroccan ISOC\n"
        "2) Eve Fox, Private sector, USA, IPv4 Global - Remote panelist\n"
        "Ana Lima, Technical Community, African Group\n"
        "Bo Chen, Technical Community, African Group\n"
        "Gil Hart, Technical Community, African Group\n"
        "Round Table - U-shape - 90 Min\n"
    )
    result = import_text(text, "igf-2019")
    proposal = result.proposal
    assert names(proposal.speakers) == ["Cy Diaz", "Dan Eko", "Eve Fox"]
    assert guessed(result, "numbered again from 1 after the numbered speakers")
    roles = (proposal.onsite_moderator, proposal.online_moderator, proposal.rapporteur)
    assert [p.name if p else "" for p in roles] == ["Ana Lima", "Bo Chen", "Gil Hart"]
    assert proposal.format == "Round Table"


def test_a_title_before_a_name_is_not_part_of_it() -> None:
    text = "Speaker 1: Dr. Albert Antwi-Boasiako, Cyber Security Authority\n"
    text += "Speaker 2: Ambassador Henri Verdier, French Ministry\n"
    assert names(import_text(text).proposal.speakers) == ["Albert Antwi-Boasiako", "Henri Verdier"]


def test_an_unnumbered_list_goes_on_across_one_blank_line_and_ends_at_two() -> None:
    text = (
        "Additional Speakers\n\nThe following speakers will join:\n\n"
        "Rasmus Andresen, Member of European Parliament\n\nRaphael Reimann, Fridays for Future\n"
        "\n\n\nElisabeth Sauer, Technical Community, Western European and Others Group (WEOG)\n"
    )
    proposal = import_text(text, "igf-2020").proposal
    assert names(proposal.speakers) == ["Rasmus Andresen", "Raphael Reimann"]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Elisabeth Sauer"


def test_an_item_line_with_its_separator_lost() -> None:
    text = "Speaker 1: Ana Lima, Civil Society, African Group\n"
    text += "Speaker 2Juan Peirano, Technical Community, African Group\n"
    assert names(import_text(text).proposal.speakers) == ["Ana Lima", "Juan Peirano"]


def test_running_text_after_an_unlabelled_format_line_is_the_description() -> None:
    description = "We will discuss how young people can shape the policies of the Internet, " * 2
    hybrid = "The online moderator will take questions from online participants over Zoom."
    text = (
        "IGF 2023 Open Forum #44 A title\n\nPanel - 60 Min\n\n\n"
        f"{description.strip()}\n\n{hybrid}\n\n\nMinistry of Justice\n"
    )
    result = import_text(text)
    assert result.proposal.format == "Panel"
    assert result.proposal.description == description.strip()
    assert result.proposal.hybrid_format == hybrid
    assert guessed(result, "running text after the format")
    assert guessed(result, "online and onsite audience")


def test_running_text_after_the_format_that_speaks_of_it_is_the_format_description() -> None:
    why = "A panel discussion format is appropriate here, for the reasons below, " * 2
    text = (
        f"Session\nRound Table - 60 Min\n{why.strip()}\nObjective: The objective is x.\n"
        "Description: AI is transforming sectors.\n"
    )
    result = import_text(text, "igf-2023")
    assert result.proposal.format_description == why.strip()
    assert result.proposal.description == "AI is transforming sectors."


def test_questions_under_the_title_with_no_label_are_the_policy_questions() -> None:
    first = "Digital policy and rights: what is the relationship between policy and rights?"
    second = "Inclusion and roles: what are the responsibilities of each stakeholder group?"
    text = f"IGF 2021 Open Forum #56 A title\n\nBallroom B\n\n{first}\n{second}\n\nPanel - 60 Min\n"
    result = import_text(text)
    assert result.proposal.policy_questions == [first, second]
    assert guessed(result, "questions under the title")


def test_text_before_the_first_label_can_be_placed_too() -> None:
    body = "Our session will follow up last year's results and bring the groups together. " * 2
    text = f"IGF 2022 DC-Environment A title\n\nRound Table - 90 Min\n\n\n{body.strip()}\n"
    result = import_text(text)
    assert result.call_name == "igf-2022"
    assert result.proposal.description == body.strip()


def test_a_sentence_under_a_role_label_gives_the_name_as_a_guess() -> None:
    text = (
        "Moderator: Thomas Schneider is Ambassador and Director of International Affairs at OFCOM\n"
    )
    result = import_text(text)
    assert result.proposal.onsite_moderator is not None
    assert result.proposal.onsite_moderator.name == "Thomas Schneider"
    assert guessed(result, "a sentence about the person")


def test_two_names_sharing_a_dashed_line_are_two_organisers() -> None:
    text = (
        "IGF 2022 Day 0 Event #27 A title\n\n"
        "Vadim Pak and Rodica Ciochina – Council of Europe – International Organisation"
        " – Western Europe\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Vadim Pak", "Rodica Ciochina"]
    assert guessed(result, "two names sharing")


def test_an_empty_role_label_followed_by_the_format_is_no_person() -> None:
    text = "Online Moderator\n\nRound Table - Circle - 60 Min\n"
    proposal = import_text(text).proposal
    assert proposal.online_moderator is None
    assert (proposal.format, proposal.duration) == ("Round Table", 60)


def test_prose_ending_in_a_question_after_the_questions_is_the_description() -> None:
    prose = "Users ask for more privacy. But crime grows too. What are acceptable compromises?"
    text = f"Policy Question(s)\n\nWhat is good practice?\n\n{prose} " + "x" * 30 + "?\n"
    proposal = import_text(text, "igf-2021").proposal
    assert proposal.policy_questions == ["What is good practice?"]
    assert proposal.description.startswith("Users ask for more privacy.")


def test_prose_ending_in_a_question_after_dash_marked_questions_is_no_question() -> None:
    prose = (
        "Users often hesitate to buy goods online, for lack of the cues they rely on offline."
        " This can have a large economic impact. How can we raise trust between buyers and"
        " sellers?"
    )
    text = f"Policy Question(s)\n\n- What is trust? - Who earns it?\n\n{prose}\n"
    proposal = import_text(text, "igf-2020").proposal
    assert proposal.policy_questions == ["What is trust?", "Who earns it?"]
    assert "Users often hesitate" in proposal.description + proposal.import_notes


def test_a_question_without_its_question_mark_stays_a_question() -> None:
    last = (
        "What are the cross-border skills and knowledge which are always applicable"
        " when referring to Data Governance."
    )
    text = f"Policy Question(s):\n\nHow can youth engage?\n\n{last}\n"
    assert import_text(text, "igf-2019").proposal.policy_questions == [
        "How can youth engage?",
        last,
    ]


def test_2020_text_after_the_goals_is_the_description_and_text_before_them_is_not() -> None:
    short = (
        "This session tackles the digital and the ecological transitions, and how to"
        " address the two of them at once."
    )
    long = "This session aims at reconciling the digital world with the physical one. " * 3
    text = (
        f"Policy Question(s)\n\nWhat tools are needed?\n\n{short}\n\n\n"
        f"GOAL 5: Gender Equality\nGOAL 13: Climate Action\n\n\n{long.strip()}\n\n"
        "Expected Outcomes\n\nx\n"
    )
    proposal = import_text(text, "igf-2020").proposal
    assert proposal.sdgs == [5, 13]
    assert proposal.policy_questions == ["What tools are needed?"]
    assert proposal.description == long.strip()
    assert short in proposal.import_notes


def test_target_lines_under_a_goal_do_not_repeat_the_goal() -> None:
    goals = "SDGs\n\n4. Quality Education\n4.4\n4.7\n16. Peace, Justice and Strong Institutions\n"
    goals += "16.1\n"
    assert import_text(PEOPLE_2023 + "\n" + goals).proposal.sdgs == [4, 16]


def test_parenthesised_numbered_questions_after_the_format_description() -> None:
    text = (
        PEOPLE_2023 + "Roundtable\nDuration (minutes): 90\n"
        "Format description: A roundtable lets everyone speak.\n"
        "(1) How can we build public infrastructure? (2) Who should govern it?\n"
        "What will participants gain from attending this session? Skills.\n"
    )
    result = import_text(text)
    assert result.proposal.format_description == "A roundtable lets everyone speak."
    assert result.proposal.policy_questions == [
        "How can we build public infrastructure?",
        "Who should govern it?",
    ]
    assert guessed(result, "numbered questions after the format")


def test_dash_marks_moved_to_the_end_of_the_line_above_each_item_mark_the_questions() -> None:
    text = (
        PEOPLE_2023 + "Roundtable\nDuration (minutes): 90\n"
        "Format description: A roundtable lets everyone speak.\n-\n"
        "Shared rules\nHow can we agree on shared rules across borders? -\n"
        "Local needs\nHow do we keep room for local needs?\n"
    )
    result = import_text(text)
    assert result.proposal.format_description == "A roundtable lets everyone speak."
    assert result.proposal.policy_questions == [
        "Shared rules How can we agree on shared rules across borders?",
        "Local needs How do we keep room for local needs?",
    ]
    assert guessed(result, "each mark on the line above")


def test_numbered_questions_on_one_long_line_after_the_format_description() -> None:
    asks = [
        "How can we build and scale public-interest digital infrastructure for everyone?",
        "What governance frameworks best support open, interoperable protocols while ensuring"
        " diverse global representation in the decisions that shape them?",
        "What policy innovations accelerate the adoption of infrastructure that promotes data"
        " agency globally, in every region and for every community?",
    ]
    line = " ".join(f"({n}) {ask}" for n, ask in enumerate(asks, 1))
    assert len(line) > 300
    text = (
        PEOPLE_2023 + "Roundtable\nDuration (minutes): 90\n"
        "Format description: A roundtable lets everyone speak.\n" + line + "\n"
    )
    result = import_text(text)
    assert result.proposal.format_description == "A roundtable lets everyone speak."
    assert result.proposal.policy_questions == asks


def test_a_speaker_written_name_dash_organisation_among_comma_lines() -> None:
    text = (
        "IGF 2024 Networking Session #1 A title\n\n    Speakers\n\n"
        "    Ana Lima, Internet Society Director of Fellowships, WEOG\n"
        "    Bo Chen, ISOC Uganda chapter, Africa\n"
        "    Pedro de Perdigao Lana - Internet Society Brazil Chapter, GRULAC\n\n"
        "    Onsite Moderator\n\n    Ana Lima\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Pedro de Perdigao Lana"]
    assert speakers[2].organization == "Internet Society Brazil Chapter"


def test_people_run_together_on_one_line_each_ending_with_a_region() -> None:
    text = (
        "IGF 2023 Networking Session #64 A title\n\n    Center for Global IT Cooperation\n"
        "    Ana Lima, Center for Global IT Cooperation, Civil Society, Eastern European Group"
        " Bo Chen, Coordination Center, Civil Society, Eastern European Group"
        " Cy Dorn, Digispace, Civil Society, African Group\n\n\n"
        "    Di Eng, CONEYSO, Civil Society, GRULAC Ed Fox, Mountain Hub, Private Sector,"
        " Asia-Pacific Group Flo Gray, ISOC, Civil Society, Asia Pacific Gus Hart, IGF North"
        " Macedonia, Technical Community, Eastern European Group Ida Ito, Internet Society,"
        " Technical Community, African Group Jo King, Coordination Center for TLD .RU,"
        " Civil Society, Eastern European Group\n\n"
        "    Onsite Moderator\n    Ana Lima\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    speakers = ["Di Eng", "Ed Fox", "Flo Gray", "Gus Hart", "Ida Ito", "Jo King"]
    assert names(result.proposal.speakers) == speakers
    assert result.proposal.organizers[1].organization == "Coordination Center"
    assert guessed(result, "each ending with a stakeholder group or region")


def test_a_comma_after_a_region_in_a_line_of_people_parts_two_of_them() -> None:
    # 2022 Day 0 events: one entry of the run ends with its region and a comma before the
    # next name (`…, Youth, Africa, Tehillahe Chimfwembe, …`), the others with a space
    text = (
        "Speakers\n\nAna Lima, Child Project, Civil Society, Africa Bo Chen, Bowmans law,"
        " Youth, Africa Cy Dorn, West Africa Youth IGF, Youth, Africa, Di Eng, Financial"
        " Sector Zambia, Technical, Africa\n"
    )
    result = import_text(text, "igf-2022")
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Eng"]
    assert speakers[3].organization.startswith("Financial Sector Zambia")
    assert guessed(result, "each ending with a stakeholder group or region")


def test_an_organisation_named_after_a_region_does_not_split_a_person_line() -> None:
    text = (
        PEOPLE_2023 + "\nSpeaker 4: Eve Ford, Asia Pacific Network Information Centre,"
        " Technical Community, Asia-Pacific Group\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Eve Ford"]
    assert speakers[3].organization == "Asia Pacific Network Information Centre"


def test_2021_questions_right_after_an_unlabelled_format_line_then_the_description() -> None:
    ask = (
        "Defining universal and meaningful access: What are the key elements that constitute"
        " universal and meaningful Internet access? How can it be measured?"
    )
    about = (
        "This session will give an overview of the work of the coalition during the year"
        " and a look forward to the next one."
    )
    text = (
        "IGF 2021 DCAD A title\n\nTuesday, 7th December, 2021 (12:45 UTC)\nHall A3\n\n"
        "Dynamic Coalition on Accessibility and Disability\n\nRound Table - Circle - 60 Min\n\n\n"
        f"{ask}\n\n\n{about}\n\nWe will also have sign language and captioning.\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == [ask]
    assert result.proposal.description == (
        f"{about}\n\nWe will also have sign language and captioning."
    )
    assert guessed(result, "questions right after the format")


def test_a_title_left_out_of_a_name_is_recorded_in_the_import_notes() -> None:
    text = (
        "IGF 2023 WS #9 A title\n\nSpeaker 1: Dr. Albert Antwi-Boasiako, Government, African"
        " Group\nSpeaker 2: Ana Lima, Civil Society, African Group\n\n"
        "Speaker 3: Justice Eliamani Laltaika, Judge of the High Court\n"
        "Speaker 4: Eng. Ahmed Farouk, Technical Community, African Group\n\n"
        "Moderator\n\nAmbassador Henri Verdier, Government, WEOG\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == [
        "Albert Antwi-Boasiako",
        "Ana Lima",
        "Eliamani Laltaika",
        "Ahmed Farouk",
    ]
    assert result.proposal.onsite_moderator is not None
    assert result.proposal.onsite_moderator.name == "Henri Verdier"
    notes = result.proposal.import_notes
    assert '"Dr." left out of the name "Albert Antwi-Boasiako"' in notes
    assert '"Ambassador" left out of the name "Henri Verdier"' in notes
    assert '"Justice" left out of the name "Eliamani Laltaika"' in notes
    assert "Ana Lima" not in notes


# --- batch J (2022-2025 open forums, launches, Day 0 events, lightning talks) -----------


def test_roles_in_square_brackets_end_people_run_together_under_a_session_heading() -> None:
    text = (
        "Session\nInstitute A, University B\n"
        "Ana Lima, Centre C, University B, CHINA [onsite, moderator] "
        "Bo Chen, School D, University B, CHINA [onsite, rapporteur]\n"
        "Cy Dorn, Turing Award Laureate, Professor Emeritus, University E. [onsite] "
        "Di Eng, Director, Office F, United Nations (UNCTAD) [online]\n"
        "1. No Poverty\n"
    )
    result = import_text(text, "igf-2025")
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert names(proposal.speakers) == ["Cy Dorn", "Di Eng"]
    assert proposal.onsite_moderator is not None and proposal.onsite_moderator.name == "Ana Lima"
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Bo Chen"
    assert guessed(result, "people under the title")


def test_people_lines_ending_with_a_bracketed_role_under_the_title_are_the_organisers() -> None:
    text = (
        "IGF 2024 Launch / Award Event #3 A title\n\n"
        "Centre A, University B\n"
        "Ana Lima, Centre A, University B, CHINA [onsite]\n"
        "Bo Chen, Institute C, University B, CHINA [online, moderator]\n\n"
        "Speakers\n\nCy Dorn, School D, University B, CHINA [online]\n"
    )
    proposal = import_text(text).proposal
    assert names(proposal.organizers) == ["Ana Lima", "Bo Chen"]
    assert proposal.organizers[0].organization == "Centre A, University B, CHINA"
    assert names(proposal.speakers) == ["Cy Dorn"]
    assert proposal.online_moderator is not None and proposal.online_moderator.name == "Bo Chen"


def test_a_long_speaker_line_ending_with_a_bracketed_role_is_one_speaker() -> None:
    text = (
        "IGF 2024 Day 0 Event #7 A title\n\nSpeakers\n\n"
        "Ana Lima, Former President of the World Federation of Engineering Organizations;"
        " Executive Director, Chinese Institute of New Generation Artificial Intelligence"
        " Development Strategies; Former President of Nankai University [onsite]\n"
        "Bo Chen, Professor, School of Public Policy [online]\n"
    )
    assert names(import_text(text).proposal.speakers) == ["Ana Lima", "Bo Chen"]


def test_a_title_line_inside_the_text_opens_the_description_that_lost_its_label() -> None:
    text = (
        "Session\nClassroom\nDuration (minutes): 60\n"
        "Format description: We prefer hosting a panel due to several reasons, set out here.\n"
        "Besides, panels typically have a moderator who can guide the conversation well.\n"
        "Title: Major challenges and gaps in governance\n"
        "In the nascent phase of the latest technological revolution, much is changing.\n"
    )
    result = import_text(text, "igf-2024")
    proposal = result.proposal
    assert proposal.title == ""
    assert proposal.format_description == (
        "We prefer hosting a panel due to several reasons, set out here. Besides, panels"
        " typically have a moderator who can guide the conversation well."
    )
    assert proposal.description == (
        "Title: Major challenges and gaps in governance In the nascent phase of the latest"
        " technological revolution, much is changing."
    )
    assert guessed(result, "restating its title")


def test_a_title_line_carrying_the_description_label_holds_both_boxes() -> None:
    about = "The session looks at how open networks are run and who decides their rules."
    line = f"Title: Open networks and their rules today Description: {about}\n"
    result = import_text("IGF 2023 Open Forum #9 Open networks\n\nPanel - 90 Min\n\n" + line)
    assert result.proposal.title == "Open networks"
    assert result.proposal.description == about
    assert "Open networks and their rules today" in result.proposal.import_notes
    alone = import_text("Session\n" + line, "igf-2024").proposal
    assert (alone.title, alone.description) == ("Open networks and their rules today", about)


def test_numbered_answers_after_a_description_that_lost_its_label_are_the_hybrid_format() -> None:
    about = "The purpose of this town hall is to identify how the community can take part." * 2
    answers = (
        "1. Clearly outlined agenda: Begin with what is GDC. 2. Interactive content: We will"
        " include polls. 3. Engage with chat and Q&A features: We will answer in real time."
    )
    text = f"IGF 2023 Town Hall #74 A title\n\nRound Table - 60 Min\n\n\n{about}\n\n{answers}\n"
    result = import_text(text)
    assert result.proposal.description == about
    assert result.proposal.hybrid_format == answers
    assert guessed(result, "online and onsite audience")


# --- values that may be wrong are marked as guesses ----------------------------------------


def test_a_job_title_where_the_name_goes_is_marked_as_a_guess() -> None:
    text = (
        PEOPLE_2023 + "\nAdditional Speakers\n\n"
        "French Ambassador for Digital Affairs, Henri Verdier, and Raul Echeberria,"
        " Executive Director of the Latin American Internet Association (ALAI).\n"
    )
    result = import_text(text)
    assert guessed(result, '"French Ambassador for Digital Affairs" reads as a job title')


def test_an_organisation_where_a_name_goes_is_marked_as_a_guess() -> None:
    text = "IGF 2025 WS #9 A title\n\nOrganizer 1: Freedom Online Coalition\n"
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Freedom Online Coalition"]
    assert guessed(result, "reads as an organisation, not a person's name")


def test_a_second_name_where_a_list_prints_no_organisations_is_the_name_a_guess() -> None:
    text = (
        "IGF 2021 WS #231 A title\n\n"
        "Speaker 1: Sum Yue Chung, Civil Society, Asia-Pacific Group\n"
        "Speaker 2: Pak Yin, Edward Choi, Civil Society, Asia-Pacific Group\n"
        "Speaker 3: Dea Wehrli, Civil Society, Western European and Others Group (WEOG)\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers)[1] == "Pak Yin, Edward Choi"
    assert result.proposal.speakers[1].organization == ""
    assert guessed(result, 'the name read as "Pak Yin, Edward Choi"')
    assert sum("print no organisation" in note for note in result.guesses) == 1


LAST = "Then we will conclude with questions from the audience and a summary of the debate."


def test_a_paragraph_about_taking_part_online_in_a_lost_label_description_is_a_guess() -> None:
    # not the last paragraph: left in the description, with a guess note
    about = "The session will focus on closing the gender digital divide for all women." * 2
    online = "It can be considered to allow for video questions submitted online to the panel."
    text = (
        "IGF 2024 Open Forum #54 A title\n\n    Duration (minutes): 90\n"
        "    Format description: The theatre seating will direct attention to the stage.\n\n\n"
        f"    {about}\n\n    {online}\n\n    {LAST}\n"
    )
    result = import_text(text)
    assert result.proposal.description == f"{about}\n\n{online}\n\n{LAST}"
    assert guessed(result, "taking part online: it may be the hybrid format")


def test_a_last_one_sentence_paragraph_about_taking_part_online_is_the_hybrid_answer() -> None:
    # 2024 open forums: the description and then the hybrid answer, both labels lost, the
    # answer one sentence in the last paragraph (it was left in the description, a guess)
    about = "The session will focus on closing the gender digital divide for all women." * 2
    online = "It can be considered to allow for video questions submitted online to the panel."
    text = (
        "IGF 2024 Open Forum #54 A title\n\n    Duration (minutes): 90\n"
        "    Format description: The theatre seating will direct attention to the stage.\n\n\n"
        f"    {about}\n\n    {online}\n"
    )
    result = import_text(text)
    assert result.proposal.description == about
    assert result.proposal.hybrid_format == online
    assert guessed(result, "placed in Hybrid Format")


def test_2021_pages_print_a_hybrid_box_so_a_last_online_paragraph_is_its_answer() -> None:
    # the 2021 profile asks no hybrid box, but the year's session pages print one after
    # the description (`Hybrid Format of the Session`): the paragraph is its answer, a guess
    about = "The session will focus on closing the gender digital divide for all women." * 2
    more = "Experts from two regions will share what worked for them and what did not." * 2
    online = "We expect most of the audience and two of our speakers to participate online."
    text = (
        "IGF 2021 Town Hall #5 A title\n\nRound Table - U-shape - 60 Min\n\n\n"
        f"{about}\n\n{more}\n\n{online}\n"
    )
    result = import_text(text)
    assert result.call_name == "igf-2021"
    assert result.proposal.description == f"{about}\n\n{more}"
    assert result.proposal.hybrid_format == online
    assert any(p.field == "hybrid_format" and p.how == "guess" for p in result.placements)


def test_paragraphs_parted_by_single_breaks_end_the_description_at_a_blank_line() -> None:
    # the author parts the description's paragraphs by single line breaks: a blank line
    # after them ends the box, and the text after it is another box that lost its label
    about = "The session will focus on closing the gender digital divide for all women." * 2
    more = "Experts from two regions will share what worked for them and what did not." * 2
    other = "Our partners have long backed work on maps of rivers across the continent." * 2
    text = f"IGF 2023 Town Hall #5 A title\n\nDebate - 90 Min\n\n\n{about}\n{more}\n\n{other}\n"
    result = import_text(text)
    assert result.proposal.description == f"{about}\n{more}"
    assert other in result.proposal.import_notes
    # paragraphs parted by blank lines are one description, as before
    text = f"IGF 2023 Town Hall #5 A title\n\nDebate - 90 Min\n\n\n{about}\n\n{more}\n\n{other}\n"
    assert import_text(text).proposal.description == f"{about}\n\n{more}\n\n{other}"


def test_a_name_printed_twice_is_read_once_as_a_guess() -> None:
    # 2019 pages print some speakers' names twice, with empty details (`Name Name, ,`)
    text = (
        "IGF 2019 WS #4 A title\n\nSpeaker 1: Ana Lima, Civil Society, African Group\n"
        "Speaker 2: Patricia Pena Patricia Pena, ,\nSpeaker 3: Bo Bo Chen, Government, WEOG\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Patricia Pena", "Bo Bo Chen"]
    assert guessed(result, '"Patricia Pena Patricia Pena" reads as the name printed twice')
    assert [p.field for p in result.placements if p.is_guess] == ["speakers"]


def test_a_line_of_people_run_together_splits_before_hyphenated_and_bracketed_names() -> None:
    # a 2024 lightning talk: no labels; `…, Asia-Pacific Ida Padikuor Na-Tei, …` and a name
    # with its region in brackets (`James Amattey (Africa), NORENSON, Africa`)
    text = (
        "Session\nYouth IGF DRC\n"
        "Athanase Bahizire, Youth IGF DRC, Technical Community, Africa Jasmine Ko, DotAsia, "
        "Civil Society, Asia-Pacific Ida Padikuor Na-Tei, CTN Technologies, Private Sector, "
        "Africa James Amattey (Africa), NORENSON/ ISOC Ghana, Africa\n"
    )
    organizers = import_text(text, "igf-2024").proposal.organizers
    assert names(organizers) == [
        "Athanase Bahizire",
        "Jasmine Ko",
        "Ida Padikuor Na-Tei",
        "James Amattey",
    ]
    assert (organizers[3].organization, organizers[3].region) == (
        "NORENSON/ ISOC Ghana",
        "African Group",
    )


def test_a_topic_label_inside_a_paragraph_of_questions_starts_the_next_question() -> None:
    asked = (
        "Policy Question(s)\n\nRivers and roads: Who maps the rivers? Why do roads flood? "
        "Bridges of the old town: Who mends the bridges? When are they closed?\n"
    )
    assert import_text(asked).proposal.policy_questions == [
        "Rivers and roads: Who maps the rivers? Why do roads flood?",
        "Bridges of the old town: Who mends the bridges? When are they closed?",
    ]
    one = "Policy Question(s)\n\nRivers and roads: Who maps the rivers? Why do roads flood?\n"
    assert len(import_text(one).proposal.policy_questions) == 1


def test_a_topic_label_after_a_comma_and_a_keyword_list_starts_the_next_question() -> None:
    asked = (
        "Policy Question(s)\n\nRivers and roads: Who maps the rivers? (Ferries, Tolls, "
        "Kinds of bridge: (stone, wood) Old fords, Bridges of the old town: Who mends the "
        "bridges? When are they closed?\n"
    )
    assert import_text(asked).proposal.policy_questions == [
        "Rivers and roads: Who maps the rivers? (Ferries, Tolls, Kinds of bridge: (stone, wood)"
        " Old fords,",
        "Bridges of the old town: Who mends the bridges? When are they closed?",
    ]


def test_a_comma_inside_a_topic_label_starts_no_question() -> None:
    # the words before the comma are the label's own (`A, B, C and D: What …?`), no item
    text = (
        "Policy Question(s)\n\nRoads in Towns, Farms, Schools and Parks: Who maps the roads? "
        "How are they kept?\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "Roads in Towns, Farms, Schools and Parks: Who maps the roads? How are they kept?"
    ]


def test_a_list_running_text_and_a_list_under_the_title_follow_the_forms_order() -> None:
    text = (
        "IGF 2020 WS #12 A title\n\n"
        "1. Maps of rivers: towns and farms. 2. Bridges in the old town 3. Roads that flood\n\n\n"
        "Rivers shape the towns along them and the roads between them, and this session looks "
        "at who keeps the maps of them up to date. Speakers from three towns will compare.\n\n"
        "1. A shared map 2. A report 3. A second meeting\n\n"
        "Short polls during the session\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == [
        "Maps of rivers: towns and farms.",
        "Bridges in the old town",
        "Roads that flood",
    ]
    assert result.proposal.description.startswith("Rivers shape the towns")
    assert result.proposal.expected_outcomes == "1. A shared map 2. A report 3. A second meeting"
    for words in ("policy questions first", "where the form puts the description"):
        assert guessed(result, words)
    assert guessed(result, "where the form puts the expected outcomes")
    assert "Short polls during the session" in result.proposal.import_notes


def test_a_numbered_list_run_on_one_line_is_one_question_a_number() -> None:
    text = "Policy Question(s)\n\n1. Maps of rivers 2. Bridges in the old town 3. Roads\n"
    assert import_text(text).proposal.policy_questions == [
        "Maps of rivers",
        "Bridges in the old town",
        "Roads",
    ]


def test_a_person_printed_with_one_name_in_a_run_of_people_is_read() -> None:
    # a run of `Name, Organisation, Region` people where one person has a single name
    # (`…, African Group Amina, Org, African Group …`): a person of their own
    text = (
        "Speakers\n\nAna Lima, Org One, Asia-Pacific Group Amina, Open Data Lab, African Group"
        " Bo Chen, Some University, African Group\n"
    )
    result = import_text(text, "igf-2025")
    speakers = result.proposal.speakers
    assert names(speakers) == ["Ana Lima", "Amina", "Bo Chen"]
    assert speakers[0].organization == "Org One"
    assert speakers[1].organization == "Open Data Lab"
    assert guessed(result, "each ending with a stakeholder group or region")


def test_a_dash_list_of_people_under_organisations_only_is_the_speakers() -> None:
    # 2025 Day 0 pages: the organisers' box names only organisations, then a dash list of
    # `Name, what they do` people, all labels lost: the speakers (a guess)
    text = (
        "Session\nCity Office of Harbours\nCity Office of Harbours Regional Water Agency\n"
        "- Ana Lima, Head of Ports, Harbour Board\n"
        "- Dr. Bo Chen, Port Pilot and Chair of the Tug Club\n"
        "- Cy Dorn, Engineer, Dock Works (virtual)\n"
    )
    result = import_text(text, "igf-2025")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert result.proposal.organizers == []
    assert guessed(result, "a bulleted list of people under the title, after organisations")


def test_a_bulleted_list_after_the_description_of_a_main_session_is_the_speakers() -> None:
    # main session pages: no labels; the description, then `• Name - what they do` bullets
    about = (
        "This session looks at how towns plan their parks and gardens over the next ten"
        " years, and what each of the groups taking part can bring to that work together."
    )
    text = (
        f"IGF 2022 Main Session: Parks and gardens\n\n    {about}\n\n\n"
        "    • Ana Lima - Parks Watch\n    • Prof Bo Chen - head gardener of Town Hall\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]
    assert result.proposal.organizers == []
    assert guessed(result, "after running text: the speakers")
    # not on other pages: the list may as well be the organisers there
    other = import_text(text.replace("Main Session:", "Open Forum #1"))
    assert other.proposal.speakers == []


def test_organisers_run_together_each_before_a_dash_above_label_led_speakers() -> None:
    # 2024 Day 0 pages: no labels; an organisation, then the organisers on one line
    # (`Name, Role, Org Name – Org Name – Org`), then speakers each led by what they speak
    # for, then the names of the roles; a name longer than four words before a dash is
    # cut where a name the page prints alone ends it
    text = (
        "Session\nCity Parks Office, Town\n"
        "Ana Lima, Head of Paths, City Parks Office Bo Chen – City Parks Office Cy Dorn –"
        " Trees Now Di Van Eng – Garden Network\n"
        "Town: Ed Fox – Park Keeper of the Town Parks.\n"
        "Civil Society: Flo Gray, Walker at Trees Now.\n"
        "Academia: Gus Hart, Botanist, Town College.\n"
        "Ana Lima\nBo Chen/Di Van Eng\n"
    )
    result = import_text(text, "igf-2024")
    organizers = result.proposal.organizers
    assert names(organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Van Eng"]
    assert organizers[2].organization == "Trees Now"
    assert names(result.proposal.speakers) == ["Ed Fox", "Flo Gray", "Gus Hart"]
    assert guessed(result, "placed in Organizers: no label; a line of people above")


def test_an_organisation_alone_under_the_description_is_not_more_of_it() -> None:
    # 2024 Open Forums: the labels of the description and the organisers lost; the
    # organisation's name alone (an acronym in brackets) right under the running text
    first = (
        "The town's parks office is holding this forum with the garden clubs of the region,"
        " to look at how parks are planned."
    )
    second = (
        "Groups from across the region will talk about paths, trees and ponds, and about"
        " what each of them can bring to the work over the next years."
    )
    text = (
        "Session\nRoundtable\nDuration (minutes): 60\n"
        "Format description: Short talks, then questions from the room.\n"
        f"{first}\n{second}\nCity Parks and Gardens Trust (CPGT)\n"
    )
    result = import_text(text, "igf-2024")
    assert result.proposal.description == f"{first}\n{second}"
    assert "City Parks and Gardens Trust (CPGT)" in result.proposal.import_notes
    assert guessed(result, "an organisation's name alone under the description")


def test_about_this_session_is_the_summary_where_the_description_follows_the_questions() -> None:
    # 2020 workshops: `About this Session` holds a short summary; the description, its
    # label lost, is the running text after the policy questions
    summary = (
        "This workshop brings together park keepers from many towns to share what works"
        " in looking after small parks."
    )
    described = (
        "Small parks are under pressure in towns large and small, and their keepers rarely"
        " get the chance to compare notes."
    )
    text = (
        "IGF 2020 WS #1 Small parks\n\nAbout this Session\n"
        f"{summary}\n\n"
        "Speaker 1: Ana Lima, Civil Society, African Group\n"
        "Speaker 2: Bo Chen, Private Sector, Asia-Pacific Group\n\n\n"
        "Round Table - U-shape - 60 Min\n\nPolicy Question(s)\n\n"
        "How can towns keep their small parks open for everyone?\n\n"
        f"{described}\n"
    )
    result = import_text(text)
    assert result.proposal.description == described
    assert summary in result.proposal.import_notes
    assert guessed(result, "running text under the Policy Question(s)")
    # with nothing further down, the summary is the only description the page gives
    alone = import_text(text.replace(f"\n\n{described}\n", "\n"))
    assert alone.proposal.description == summary


def test_a_role_word_after_the_last_comma_of_a_persons_line_is_that_role() -> None:
    # 2019 coalition pages, all labels lost: `Name, Organisation, Moderator` with a note
    # run on after the role word
    text = (
        "IGF 2019 Small parks\n\n\nDynamic Coalition on Parks\n\n"
        "Round Table - U-shape - 60 Min\n\n\n"
        "In this session the coalition asks park keepers to share how they plan the paths,"
        " trees and ponds of small parks in towns.\n\n\n"
        "Ana Lima, Town College, Moderator We are still asking others to help moderate.\n"
    )
    result = import_text(text)
    moderator = result.proposal.onsite_moderator
    assert moderator is not None and moderator.name == "Ana Lima"
    assert moderator.organization == "Town College"
    assert guessed(result, "onsite moderator named on the person's line")


def _run(people: list[str], bullet: str = "- ") -> str:
    return "".join(f"{bullet}{person}\n" for person in people)


_FOUR = [
    "Ana Lima, Town College, Civil Society, African Group",
    "Bo Chen, Park Works, Private Sector, Asia-Pacific Group",
    "Cy Dorn, City Hall, Government, Eastern European Group",
    "Di Egan, Net Guild, Technical Community, African Group",
]


def test_a_run_naming_its_people_again_is_the_organisers_then_the_speakers() -> None:
    # a networking session copied from `Session`, every label lost: the organisers' list,
    # the speakers' list (the same people), then a line for each role, two holding pairs
    text = (
        "Session\n"
        + _run(_FOUR)
        + _run(_FOUR[:3])
        + "Ana Lima, Bo Chen\nDi Egan, Cy Dorn\nBo Chen\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Egan"]
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert guessed(result, "where the form puts the speakers")
    # a role holds one person: the lines of two names are not read into the moderators
    assert result.proposal.onsite_moderator is None
    assert result.proposal.online_moderator is None
    assert "Ana Lima, Bo Chen" in result.proposal.import_notes
    rapporteur = result.proposal.rapporteur
    assert rapporteur is not None and rapporteur.name == "Bo Chen"
    assert guessed(result, "where the form puts the Rapporteur")
    # no one named twice: one list, the organisers, as before
    once = import_text("Session\n" + _run(_FOUR) + "Ana Lima, Bo Chen\nDi Egan, Cy Dorn\nBo Chen\n")
    assert len(once.proposal.organizers) == 4 and not once.proposal.speakers


def test_a_short_line_after_the_targets_text_is_the_format() -> None:
    # the form puts the format right after the SDG targets; its label lost
    described = (
        "This session gathers park keepers and the people who walk in the parks to swap"
        " notes on how small parks are kept open for everyone in the town."
    )
    text = (
        "Session\n" + _run(_FOUR) + "\nTargets: The session serves the goals of towns that"
        " want their parks open to all, young and old, every day of the year.\n"
        f"Meetup\n{described}\n"
    )
    result = import_text(text)
    assert result.proposal.format == "Meetup"
    assert guessed(result, "where the form puts the format")
    assert result.proposal.description == described
    # a sentence after the targets text names no format
    plain = import_text(text.replace("Meetup\n", "It runs once.\n"))
    assert plain.proposal.format == ""


def test_person_lines_without_the_bullet_of_the_list_above_are_the_roles() -> None:
    roles = _FOUR[3] + "\n" + _FOUR[1] + "\n" + _FOUR[2] + "\n"
    result = import_text("Session\nTown College\n" + _run(_FOUR[:3]) + roles)
    proposal = result.proposal
    held = [proposal.onsite_moderator, proposal.online_moderator, proposal.rapporteur]
    assert [p.name if p else None for p in held] == ["Di Egan", "Bo Chen", "Cy Dorn"]
    assert guessed(result, "an unlabelled person, in the form's order")


def test_person_lines_after_running_text_naming_the_people_above_are_the_roles() -> None:
    said = (
        "The session will be chaired by Ana Lima and will hear a panel of park keepers from"
        " several towns, each with a short story.\n"
    )
    text = "Session\nTown College\n" + _run(_FOUR, "") + said + _run(_FOUR[1:4], "")
    result = import_text(text)
    proposal = result.proposal
    held = [proposal.onsite_moderator, proposal.online_moderator, proposal.rapporteur]
    assert [p.name if p else None for p in held] == ["Bo Chen", "Cy Dorn", "Di Egan"]
    assert guessed(result, "an unlabelled person, in the form's order")


def test_agenda_lines_opened_by_the_speakers_label_are_the_speakers() -> None:
    # an event's agenda under `About this Session`: `• Speaker: Name, Organisation` items,
    # the page printing no speakers' box; one item names a post, not a person
    text = (
        "IGF 2021 Opening of the park season\n\nAbout this Session\n\n"
        "1. Welcome (5 minutes)\n\n  • Moderator: Ana Lima, Town College\n\n"
        "2. Talks (20 minutes)\n\n  • Speaker: Bo Chen, Park Works \n\n"
        "  • Speaker: Zoë Ó Dorn, Research Director, Town Parks Board\n\n"
        "  • Speaker: Executive Director, Net Guild\n\n  • Q&A\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Bo Chen", "Zoë Ó Dorn"]
    assert "Speaker: Executive Director, Net Guild" in result.proposal.import_notes
    moderator = result.proposal.onsite_moderator
    assert moderator is not None and moderator.name == "Ana Lima"


def test_a_block_whose_every_line_was_read_already_is_no_crash() -> None:
    # a last block left blank once its `• Speaker:` line is read, after a line of running
    # text (long): it held the people's run and raised IndexError
    text = (
        "  • Speaker: Ana Lima, Global Policy Advocacy Lead, Association for the Progressive"
        " Harbour Communities (APHC)\n"
        "PART II [15:00-16:30 UTC]\n\n\n"
        "  • Speaker: Bo Chen, Researcher, Harbour Research Project\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen"]


def test_speakers_naming_someone_twice_end_before_the_roles_after_them() -> None:
    # every label lost, one person a line and no blank line: the organisers, the
    # speakers (a list starting again), then the onsite and online moderators and the
    # rapporteur, each named above; a box lists a person once, so the speakers ended
    # where someone comes a second time among them, the roles' lines after them
    ed = "Ed Fox, Quay Trust, Civil Society, African Group"
    speakers = [_FOUR[1], _FOUR[2], ed]
    roles = [_FOUR[0], _FOUR[2], _FOUR[1]]
    text = (
        "Session\nTown College\n"
        + _run(_FOUR, "")
        + _run(speakers, "")
        + _run(roles, "")
        + "\nTargets: The session serves the goals of towns that want their parks open.\n"
    )
    result = import_text(text)
    proposal = result.proposal
    assert names(proposal.organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Egan"]
    assert names(proposal.speakers) == ["Bo Chen", "Cy Dorn", "Ed Fox"]
    held = [proposal.onsite_moderator, proposal.online_moderator, proposal.rapporteur]
    assert [p.name if p else None for p in held] == ["Ana Lima", "Cy Dorn", "Bo Chen"]
    assert guessed(result, "an unlabelled person, in the form's order")
    # speakers each named once: no roles read off their end
    once = import_text(text.replace(_run(roles, ""), ""))
    assert names(once.proposal.speakers) == ["Bo Chen", "Cy Dorn", "Ed Fox"]
    assert once.proposal.onsite_moderator is None


def test_target_numbers_with_a_goals_line_among_them_above_the_targets_are_the_goals() -> None:
    # the goals' label lost: target numbers one a line, a goal chosen with no target
    # printed as its number and name among them, then the `Targets:` text
    text = (
        "Session\nTown College\n"
        + _run(_FOUR, "")
        + "9.c\n16.10\n16.b\n17. Partnerships for the Goals\n"
        + "Targets: The session serves the goals of towns that want their parks open.\n"
    )
    result = import_text(text)
    assert result.proposal.sdgs == [9, 16, 17]
    assert len(result.proposal.organizers) == 4


def test_name_and_organisation_paragraphs_under_the_organisers_run_are_the_speakers() -> None:
    # a 2023 open forum with every label lost: the organisers run together on one line,
    # then the speakers one `Name, Country` a paragraph, one ending with a comma
    text = (
        "IGF 2023 Open Forum #1 Small parks\n\nRound Table - 60 Min\n\n\n"
        "The session brings park keepers together to share how they keep small parks open"
        " for everyone in the town, from the paths and the trees to the ponds and benches.\n\n\n"
        "Ana Lima, Town College, civil society, EEG Bo Chen, Park Works, government, WEOG Gus"
        " Hale, Harbour Board, civil society, WEOG\n\n\n"
        "Cy Dorn, United States\n\nDi Egan, Park Works, \n\nEd Fox, Cook Islands\n"
    )
    result = import_text(text)
    assert names(result.proposal.organizers) == ["Ana Lima", "Bo Chen", "Gus Hale"]
    speakers = result.proposal.speakers
    assert names(speakers) == ["Cy Dorn", "Di Egan", "Ed Fox"]
    assert speakers[1].organization == "Park Works"
    assert guessed(result, "where the form puts the speakers")


def test_name_and_organisation_in_square_brackets_in_an_agenda_are_the_speakers() -> None:
    # every label lost: an agenda timed `[3 min.]` (a full stop after `min`) whose
    # items name their people one a line as `Name [Organisation]`; each speaker once,
    # in the agenda's order; an item's own `moderator:` names no speaker
    text = (
        "IGF 2022 Networking Session #1 Small parks\n\n"
        "Opening statement [3 min.]\nAna Lima [Town Coll.]\n\n"
        "Part One: Talks [30 min.]\n\nCluster 1: paths\nBo Chen [Park Works]\n"
        "Ana Lima [Town Coll.]\n\nCluster 2: ponds\nCy Dorn [City Hall]\n\n"
        "Part Two: Groups [25 min.]\n\nCluster 1: paths – moderator: Di Egan [Net Guild]\n"
    )
    result = import_text(text)
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert result.proposal.speakers[1].organization == "Park Works"
    assert guessed(result, "under the items of an agenda")
    assert result.proposal.onsite_moderator is None


def test_a_numbered_list_of_people_above_an_agenda_naming_speakers_is_the_organisers() -> None:
    # the same agenda under a numbered list of people, an item joining two or three of
    # them with `&` (an `&` inside an organisation's name joins no one): the form puts
    # the organisers before the speakers
    agenda = (
        "Opening statement [3 min.]\nAna Lima [Town Coll.]\n\n"
        "Part One: Talks [30 min.]\nBo Chen [Park Works]\nEd Fox [Quay Trust]\n"
    )
    text = (
        "IGF 2022 Networking Session #1 Small parks\n\nHarbour Hall B\n"
        "  1. Ana Lima, Town College – Parks Centre (Belgium)\n"
        "  2. Bo Chen & Cy Dorn, Park Works – School of Paths (SP) & Di Egan, Group on"
        " Law, Science & Society (LSS) – Pond Lab (Belgium)\n"
        "  3. Ed Fox, Quay Trust (Italy)\n\n" + agenda
    )
    result = import_text(text)
    organizers = result.proposal.organizers
    assert names(organizers) == ["Ana Lima", "Bo Chen", "Cy Dorn", "Di Egan", "Ed Fox"]
    assert organizers[3].organization.startswith("Group on Law, Science & Society (LSS)")
    assert names(result.proposal.speakers) == ["Ana Lima", "Bo Chen", "Ed Fox"]
    assert guessed(result, "above the agenda's speakers")
