"""Policy questions whose items are told apart by their marks on one line (wave 10)."""

from __future__ import annotations

from proposal_tui.importer import import_text


def body(text: str, call: str | None = "igf-2025"):
    return import_text(text, call)


def test_dash_bulleted_questions_run_on_after_a_bracketed_tag_are_one_question_each() -> None:
    # a 2020 workshop: each question ends with a tag in brackets, then the next dash
    text = (
        "Policy Question(s)\n\n"
        "- Which rules do the states need? (Rules) - Which means do they lack to apply them?"
        " (Means) - How far have they come in the main areas? (Results)\n"
    )
    assert body(text).proposal.policy_questions == [
        "Which rules do the states need? (Rules)",
        "Which means do they lack to apply them? (Means)",
        "How far have they come in the main areas? (Results)",
    ]


def test_a_roman_numeral_typed_half_in_capitals_marks_a_question_as_in_lower_case() -> None:
    # `iII.`: a lower-case roman numeral whose later letters slipped into capitals
    text = (
        "Policy Question(s)\n\n"
        "i. How can the web serve all? ii. What can the forum do? iII. What must change first?\n"
    )
    assert body(text).proposal.policy_questions == [
        "How can the web serve all?",
        "What can the forum do?",
        "What must change first?",
    ]


def test_a_question_before_the_introduction_of_marked_questions_stays_a_question() -> None:
    # a `Topic: question` item, then an introduction asking nothing, then `i.`, `ii.`
    text = (
        "IGF 2021 WS #9 Some Session\n\nPolicy Question(s)\n\n"
        "Fair growth: How can tools serve all? How do we stop their misuse?\n\n"
        "Access is at the heart of this theme. The panel will look at the following questions:\n\n"
        "i. How can design be made open to all? ii. What uses does the web enable today?\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == [
        "Fair growth: How can tools serve all? How do we stop their misuse?",
        "How can design be made open to all?",
        "What uses does the web enable today?",
    ]
    assert "Access is at the heart of this theme." in result.proposal.import_notes
    # whether an introduction between questions is one more item is a doubt
    assert any(p.field == "policy_questions" and p.is_guess for p in result.placements)


def test_a_box_value_cut_from_the_web_paragraph_right_under_it_is_a_guess() -> None:
    # `Format description: …` then, on the next line with no blank between, another whole
    # paragraph: read as the description by the form's order, but it may be more of the
    # format's description (a copy that ends there), so the cut is a doubt on both sides
    first = "The session is built for talk: " + "the room will answer each speaker in turn. " * 5
    second = "Before the day we will invite people " + "from many places to join us. " * 5
    text = (
        "IGF 2024 WS #1 Some Session\n\nFormat\n\nClassroom\nDuration (minutes): 90\n"
        f"Format description: {first.strip()}\n{second.strip()}\n"
    )
    result = import_text(text)
    assert result.proposal.format_description == first.strip()
    guessed = {p.field for p in result.placements if p.is_guess}
    assert {"format_description", "description"} <= guessed


def test_running_text_right_under_a_web_pages_line_of_questions_is_no_question() -> None:
    # a page copied with no blank lines: the description whose label was lost comes right
    # under the line of questions, which the page ended (it is longer than any wrapped line)
    questions = (
        "-Access: how do we make the design of the rules open to all who want to take part?"
        " - Is the forum fair? Considering who speaks, how do we give everyone equal room."
    )
    description = (
        "For a fair web we begin with one question: how do the rules serve everyone? We"
        " will look at who takes part and what stands in their way, and share what works."
    )
    result = body(f"Policy Question(s)\n{questions}\n{description}\n", "igf-2020")
    assert result.proposal.policy_questions == [
        "Access: how do we make the design of the rules open to all who want to take part?",
        "Is the forum fair? Considering who speaks, how do we give everyone equal room.",
    ]
    assert result.proposal.description == description
