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
