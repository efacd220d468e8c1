"""Running text whose label was lost or printed in a spelling no form uses: where the
description and the policy questions begin and end on published session pages, and what
a title's first words are (issue 12).  The texts are short synthetic cuts of layouts seen
on IGF pages."""

from __future__ import annotations

import pytest

from import_support import guessed
from proposal_tui.importer import import_text

LONG = " ".join(["The forum will gather practitioners and regulators to compare notes."] * 4)
MORE = " ".join(["Findings from the day will feed into the forum's report next year."] * 3)


def fold(text: str) -> str:
    return " ".join(text.split())


def test_a_session_description_heading_is_the_description_label() -> None:
    # a page's `About this Session` summary in one line, then `Session description` over
    # the description with its list: the heading is the Description label
    text = (
        "IGF 2020 BPF Fishing Data\n\nMonday, 9th November, 2020 (17:20 UTC)\nRoom 1\n"
        "About this Session\nJoin the forum for a talk on open data about fishing boats, their"
        " catch and the harbours they sail from, and on who keeps it.\n\n\n"
        f"Session description\n\n{LONG}\n\n  • One point\n  • Another point\n\n{MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} • One point • Another point {MORE}")
    assert "Join the forum" in result.proposal.import_notes


def test_description_of_the_session_is_the_description_label() -> None:
    # a 2022 collaborative session page: the `About this Session` summary, then
    # `Description of the Session` over the description itself
    text = (
        "IGF 2022 Open Forum #7 Fishing Data\n\n    Room\n    CR1\n"
        "    About this Session\n    A short summary of the forum on open data about"
        " fishing boats and the harbours they sail from.\n\n\n"
        f"    Description of the Session\n    {LONG}\n\n    {MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE}")
    assert "A short summary" in result.proposal.import_notes


def test_bulleted_questions_under_a_colon_in_the_description_are_also_the_questions() -> None:
    # the description explores `the following aspects:` as bulleted questions and the
    # page has no policy questions: the description keeps them, the questions are a guess
    asks = ["How do we keep harbour data open to all?", "Who pays for the sensors at sea?"]
    text = (
        "IGF 2022 Open Forum #7 Fishing Data\n\nSession Description\n"
        f"{LONG}\n\nThe session will explore the following aspects:\n\n"
        + "".join(f"  • {ask}\n" for ask in asks)
    )
    result = import_text(text)
    assert result.proposal.policy_questions == asks
    assert guessed(result, "a bulleted list of questions under a line ending with ':'")
    assert fold(result.proposal.description) == fold(
        f"{LONG} The session will explore the following aspects: • {asks[0]} • {asks[1]}"
    )


def test_a_list_under_a_heading_in_the_format_description_ends_it() -> None:
    # a 2024 page with no blank lines: `Format description:` alone on its line, its
    # paragraph, `Key Points:` over a dash list, then the description, its label lost
    items = ["- A round table seats everyone together", "- Live captions on two screens"]
    text = (
        "IGF 2024 Open Forum #7 Fishing Data\nRoundtable\nDuration (minutes): 90\n"
        f"Format description:\n{MORE}\nKey Points:\n" + "\n".join(items) + f"\n{LONG}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.format_description) == fold(
        f"{MORE} Key Points: {items[0]} {items[1]}"
    )
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "a list under a heading within it")


def test_an_agenda_heading_under_the_description_keeps_the_agenda_in_it() -> None:
    # a 2019 pre-event: the description, then the organisers' own `Draft Agenda:` with
    # timed items and no further label: the agenda is more of the description
    agenda = ["Draft Agenda:", "9.00   Welcome and introductions", "9.15   Harbour data talks"]
    text = (
        "IGF 2019 Pre-Event #7\nFishing Data\n\nDescription\n\n"
        + f"{LONG}\n\n"
        + ("\n\n".join(agenda) + "\n")
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(" ".join([LONG, *agenda]))
    assert "Harbour data talks" not in result.proposal.import_notes


def test_a_lone_full_stop_under_about_this_session_opens_no_description() -> None:
    # a 2020 main session: `About this Session` over a lone `.` (an empty summary), then
    # the description's paragraphs with no label: the `.` is no sentence of it
    text = (
        "IGF 2020 Main Session Fishing Data\n\nRoom\nRoom 1\nAbout this Session\n.\n\n"
        f"{LONG}\n\n\n\n{MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE}")


def test_a_paragraph_on_questions_from_the_floor_and_online_is_the_hybrid_format() -> None:
    # a 2023 open forum, labels lost: the format line, the description, then a paragraph
    # on taking questions `from the floor and online`: the floor is the onsite audience
    hybrid = (
        "The forum will be shared on the harbour board's channels. It takes questions"
        " from the floor and online, including in the chat."
    )
    text = (
        "IGF 2023 Open Forum #7 Fishing Data\n\nMonday, 9th October, 2023 (06:15 UTC)\n"
        f"Room 1\n\n\nRound Table - 60 Min\n\n\n{LONG}\n\n{hybrid}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(LONG)
    assert result.proposal.hybrid_format == hybrid
    assert guessed(result, "it speaks of the online and onsite audience")


def test_a_first_paragraph_speaking_of_the_format_is_the_format_description() -> None:
    # a 2022 networking session copied from `Session` on, every label lost: a paragraph
    # whose first sentence speaks of the format, then the description under it
    how = (
        "This session will use a quick round format so that people meet many others."
        " Each round lasts seven minutes, then the groups change and start again."
    )
    text = f"Session\nHarbour Data Initiative\n{how}\n{LONG}\n"
    result = import_text(text)
    assert result.proposal.format_description == how
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "a paragraph speaking of the format, above the description")


def test_key_policy_questions_in_quotation_marks_are_one_a_line() -> None:
    # a 2021 main session: `Key policy questions:` over questions in quotation marks with
    # no question mark, one a line and no blank line between (a copy with none)
    asks = ['"How to keep harbour data open"', '"What is the worth of open harbour data"']
    text = (
        "IGF 2021 Main Session Fishing Data\nDescription\n"
        f"{LONG}\nKey policy questions:\n" + "\n".join(asks) + "\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == asks
    assert fold(result.proposal.description) == fold(LONG)


def test_a_short_sentence_over_running_text_opens_the_description() -> None:
    # a 2021 main session printing no Description label: under its date, room and a
    # heading, a short sentence in a paragraph of its own, then running text: the
    # sentence opens the description
    opener = "This is a main session organised to talk about open harbour data."
    text = (
        "IGF 2021 Main Session Fishing Data\n\nWednesday, 8th December, 2021 (12:50 UTC)\n"
        f"Plenary Room\n\nAbout the forum\n\n{opener}\n\n{LONG}\n\n{MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{opener} {LONG} {MORE}")


def _pre_event(tail: str) -> str:
    # a 2020 pre-event: a long summary under `About this Session`, two organisations
    # alone one blank line apart, then the description, hard-wrapped, after blank lines
    summary = " ".join(["A long summary of the pre-event on open harbour data for all."] * 6)
    wrapped = "    This pre-event looks at who keeps the data on fishing boats and their\n"
    return (
        "IGF 2020 Pre-Event #7 Fishing Data\n\n    Thursday, 5th November, 2020 (16:20 UTC)\n"
        f"    Room 1\n    About this Session\n    {summary}\n\n    Harbour Foundation\n\n"
        f"    Council of Fishers\n\n\n\n{wrapped}    catch. {LONG}\n{tail}"
    )


def test_a_hard_wrapped_description_under_organisations_is_the_description() -> None:
    result = import_text(_pre_event(""))
    assert fold(result.proposal.description) == fold(
        f"This pre-event looks at who keeps the data on fishing boats and their catch. {LONG}"
    )
    assert "A long summary" in result.proposal.import_notes


def test_an_agenda_under_the_description_in_about_this_session_is_more_of_it() -> None:
    agenda = "\n    Agenda (all times UTC):\n\n    16.20: Opening and welcome\n"
    result = import_text(_pre_event(agenda))
    assert fold(result.proposal.description).endswith(
        f"{fold(LONG)} Agenda (all times UTC): 16.20: Opening and welcome"
    )


def test_a_web_paragraph_speaking_of_the_format_right_over_more_text_is_its_own() -> None:
    # as above, a blank line under the organisation: the format's paragraph and the
    # description are two web lines with no blank line between, each a paragraph
    how = (
        "This session will use a quick round format so that people meet many others."
        " Each round lasts seven minutes, then the groups change and start again."
    )
    result = import_text(f"Session\nHarbour Data Initiative\n\n{how}\n{LONG}\n")
    assert result.proposal.format_description == how
    assert fold(result.proposal.description) == fold(LONG)


def test_a_format_description_on_its_label_line_over_a_web_paragraph_ends_there() -> None:
    # a 2023 open forum copied with no blank lines: `Format description: …` ending no
    # sentence, then the description on one web line, its label lost
    text = (
        "IGF 2023 Open Forum #7 Fishing Data\nOther - 90 Min\n"
        f"Format description: Short talks, then a discussion with the public\n{LONG}\n"
    )
    result = import_text(text)
    assert result.proposal.format_description == "Short talks, then a discussion with the public"
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "its text cut after the first line")


def test_a_lone_full_stop_under_about_this_session_in_a_copy_with_no_blank_lines() -> None:
    # the same 2020 main session copied with no blank lines: the `.` is still no text
    text = (
        f"IGF 2020 Main Session Fishing Data\nRoom\nRoom 1\nAbout this Session\n.\n{LONG}\n{MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE}")


def test_a_hybrid_line_right_under_a_web_paragraph_is_the_hybrid_format() -> None:
    # the same 2023 open forum copied with no blank lines: the description on one web
    # line, the hybrid answer on the next
    hybrid = (
        "Questions will be taken from the onsite and online audience in turn. The chat"
        " stays open for the whole session."
    )
    text = f"IGF 2023 Open Forum #7 Fishing Data\nRoom 1\nRound Table - 60 Min\n{LONG}\n{hybrid}\n"
    result = import_text(text)
    assert fold(result.proposal.description) == fold(LONG)
    assert result.proposal.hybrid_format == hybrid


def test_a_numbered_line_asking_then_saying_more_opens_the_numbered_questions_under_it() -> None:
    # questions numbered i.-iii. under a line that is no label; the first asks, then adds
    # a sentence that does not: it is the first of them all the same
    asks = [
        "How do we keep the old songs of the coast alive? Lessons learned and next steps.",
        "Who records which songs, and for whom? Does recording them risk leaving some out?",
        "What do the archives and the singers each need from the rules on copying music?",
    ]
    text = (
        "Forum on Coastal Songs\n\nThursday November 28, 2019 09:30 - 11:00\n\n"
        f"{LONG}\n\nQuestions proposed for the speakers to consider\n"
        f"i.   {asks[0]}\nii.  {asks[1]}\niii. {asks[2]}\n"
    )
    result = import_text(text, "igf-2019")
    assert result.proposal.policy_questions == asks
    assert guessed(result, "questions under")


def test_running_text_after_a_blank_line_run_ends_the_speakers_box() -> None:
    # a main session's page: `Speakers:` and their lines, then the description past two
    # blank lines, its label lost; the page prints no Description label
    text = (
        "IGF 2023 Main Session on Fishing Data\n\n    Time\n"
        "    Tuesday, 10th October, 2023 (06:15 UTC)\n    Room\n    Plenary Room\n"
        "    About this Session\n    Speakers:\n\n"
        "    Ana Lima- Professor, Town College\n    Bo Chen- Head of Policy, Net Guild\n"
        f"     \n\n    {LONG}\n\n     {MORE}\n"
    )
    result = import_text(text)
    assert [person.name for person in result.proposal.speakers] == ["Ana Lima", "Bo Chen"]
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE}")
    assert guessed(result, "running text after the Speakers")


def test_a_heading_with_its_dates_over_the_text_after_the_format_opens_the_description() -> None:
    # a 2020 Open Forum page: the format line, then the text's own heading and its dates
    # and a `Keywords:` line over the running text, every label lost
    keywords = "Keywords: " + " ".join(f"#harbour{n}" for n in range(12))
    text = (
        "IGF 2020 OF #9 Harbour Data for the Goals\n\n"
        "Friday, 6th November, 2020 (09:10 UTC) - Friday, 6th November, 2020 (10:10 UTC)\n"
        f"Room 2\nAbout this Session\n{MORE}\n\nPanel - Auditorium - 60 Min\n\n\n"
        f"Harbour Week 2021: Open Call\n\n3-7 May 2021\n\n\n{keywords}\n\n{LONG}\n"
    )
    result = import_text(text)
    assert result.proposal.format == "Panel"
    assert fold(result.proposal.description) == fold(
        f"Harbour Week 2021: Open Call 3-7 May 2021 {keywords} {LONG}"
    )
    assert guessed(result, "running text after the format")


def test_a_timed_agenda_past_the_description_after_the_format_is_more_of_it() -> None:
    # a 2020 coalition page: the format line, the description, then past a run of blank
    # lines the session's agenda, numbered with its minutes, every label lost
    agenda = (
        "1. Welcome and introduction (5 minutes) Ana Lima\n"
        "2. Harbours in the pandemic (30 minutes)\n  1. Introduction: Bo Chen\n"
        "  2. Discussion\n3. Conclusion (5 minutes)\n"
    )
    text = (
        "IGF 2020 Harbours in Crisis\n\n"
        "Wednesday, 4th November, 2020 (10:30 UTC) - Wednesday, 4th November, 2020 (12:00 UTC)\n"
        f"Room 3\nAbout this Session\n{MORE}\n\nDynamic Coalition on Harbours\n\n"
        f"Round Table - Circle - 90 Min\n\n\n{LONG}\n\n\n{agenda}"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {agenda}")
    assert guessed(result, "agenda")


def test_in_a_copy_with_no_blank_lines_each_line_opens_a_paragraph_of_the_description() -> None:
    # a web page copied with no blank line at all, its labels lost: the running text
    # before any label is the description, though no blank line sets it apart
    text = (
        "Session\nFollow the day live: #HarbourData2020\nHarbour Research Network (HRN)\n"
        f"{LONG}\n{MORE}\n"
    )
    result = import_text(text, "igf-2020")
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE}")
    assert guessed(result, "running text before the first label")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("IGF 2021 at Harbour Youth Forum", "IGF 2021 at Harbour Youth Forum"),
        ("IGF 2021 Harbour Youth Forum", "Harbour Youth Forum"),
    ],
)
def test_the_year_opening_a_title_with_no_number_is_kept_before_a_word_in_small_letters(
    line: str, title: str
) -> None:
    # `IGF 2021 at …`: the year's meeting is what the title speaks of, not a prefix
    text = (
        f"{line}\n\nFriday, 22nd October, 2021 (18:00 UTC) - Friday, 22nd October, 2021"
        f" (19:30 UTC)\nAbout this Session\n{LONG}\n"
    )
    assert import_text(text).proposal.title == title


def test_running_text_naming_a_format_after_its_first_sentence_is_the_description() -> None:
    # a 2023 Open Forum page, labels lost: the format line, then one paragraph that names
    # a format only in a later sentence (the format of a meeting it speaks of)
    paragraph = (
        "The Harbour Forum 2024 open call gathers views from ports across the regions. "
        "Its inputs will shape the themes and format of the Harbour Forum 2024. " + MORE
    )
    text = (
        "IGF 2023 Open Forum #7 Harbour Forum: Open Call Meeting\n\n"
        "Wednesday, 11th October, 2023 (02:00 UTC) - Wednesday, 11th October, 2023 (03:00 UTC)\n"
        f"WS 3 - Room B\n\nPanel - 60 Min\n\n\n{paragraph}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(paragraph)
    assert result.proposal.format_description == ""
    assert guessed(result, "running text after the format")


def test_a_last_line_naming_the_platform_the_session_is_shown_on_is_more_description() -> None:
    # a 2021 Open Forum page, labels lost: after the description's paragraphs, one line
    # saying where the session is shown online, by the platform's name in capitals
    shown = "The session will be streamed online using the Forum's Remote Participation Tool."
    text = (
        "IGF 2021 Open Forum #5 Harbour Data Portals\n\n"
        "Wednesday, 8th December, 2021 (08:30 UTC) - Wednesday, 8th December, 2021 (09:30 UTC)\n"
        f"Conference Room 2\n\nRound Table - U-shape - 60 Min\n\n\n{LONG}\n\n{MORE}\n\n{shown}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE} {shown}")
    assert result.proposal.hybrid_format == ""
    assert guessed(result, "running text after the format")


def test_the_format_named_again_under_the_format_description_is_no_description() -> None:
    # a 2020 coalition page: the format line, `Format description: …`, then the form's
    # question on the online format and its choice with the form's note in brackets,
    # then the description, its label lost
    text = (
        "IGF 2020 Launch of the Harbour Coalition\n\n"
        "Friday, 6th November, 2020 (09:10 UTC) - Friday, 6th November, 2020 (10:40 UTC)\n"
        f"Room 1\nAbout this Session\n{MORE}\n\nDynamic Coalition on Harbours\n\n"
        "Other - 90 Min\nFormat description: A virtual meeting of talks and open debate.\n\n"
        "New Online Format\nOther (please, explain in the Description field below)\n\n"
        f"{LONG}\n\n{MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {MORE}")
    assert "New Online Format" in result.proposal.import_notes
    assert guessed(result, "a new block after the Format description")


def test_a_few_capitalised_words_right_under_the_format_are_its_description() -> None:
    # a 2024 networking session copied with no blank lines, labels lost: the format,
    # then a few capitalised words describing it, then the description
    text = (
        "IGF 2024 Networking Session #12 Harbour Friends\n"
        f"Classroom\nLive Harbour Projects Showcase\n{LONG}\n"
    )
    result = import_text(text)
    assert result.proposal.format == "Classroom"
    assert result.proposal.format_description == "Live Harbour Projects Showcase"
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "capitalised words right under the format")
