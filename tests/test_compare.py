"""The comparison of two proposals: word diffs of prose and lists, people, SDGs, summaries."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proposal_tui.call import load_call
from proposal_tui.compare import (
    PARAGRAPH,
    Op,
    PersonChange,
    Token,
    change_summary,
    compare,
    diff_people,
    diff_words,
    name_key,
    prose_elements,
    section_text,
    take_section,
    tally,
    word_counts,
)
from proposal_tui.export import export_text
from proposal_tui.model import Person, Proposal

CALL = load_call("igf-2025")

PARAGRAPH_A = (
    "Community networks in rural areas often start with a grant that pays for masts,\n"
    "radios and the first year of backhaul. When the grant ends, many networks\n"
    "struggle to pay for upstream bandwidth."
)
# The same paragraph re-wrapped at another width, with one word changed.
PARAGRAPH_B = (
    "Community networks in rural areas often start\n"
    "with a subsidy that pays for masts, radios and the first\n"
    "year of backhaul.   When the grant ends, many networks struggle to pay\n"
    "for upstream bandwidth."
)


def changed_tokens(tokens: list[Token] | tuple[Token, ...]) -> list[tuple[Op, str]]:
    return [(t.op, t.text.strip()) for t in tokens if t.op != Op.SAME]


def side(tokens: list[Token] | tuple[Token, ...], own: Op) -> str:
    return "".join(t.text for t in tokens if t.op in (Op.SAME, own))


def person(name: str, **fields: object) -> Person:
    return Person(name=name, **fields)


# --- prose ------------------------------------------------------------------------


def test_rewrapped_paragraph_with_one_word_changed_shows_the_word_and_the_moved_breaks():
    tokens = diff_words(PARAGRAPH_A, PARAGRAPH_B)
    words = [(op, text) for op, text in changed_tokens(tokens) if text]
    assert words == [(Op.REMOVED, "grant"), (Op.ADDED, "subsidy")]
    assert any(t.op != Op.SAME and not t.text.strip() for t in tokens)  # a moved line break
    assert side(tokens, Op.REMOVED).split() == PARAGRAPH_A.split()
    assert side(tokens, Op.ADDED).split() == PARAGRAPH_B.split()


def test_rewrapping_alone_is_a_line_break_change():
    rewrapped = " ".join(PARAGRAPH_A.split())
    a = Proposal(description=PARAGRAPH_A)
    b = Proposal(description=rewrapped)
    diff = next(s for s in compare(a, b, CALL).sections if s.field == "description")
    assert diff.changed
    assert word_counts(diff.tokens) == (0, 0)
    assert tally(diff) == "line breaks changed"


NUMBERED = "1. A public list of safeguards.\n2. A follow-up meeting.\n3. A report."


def test_a_numbered_list_against_the_same_words_run_together_differs():
    a = Proposal(expected_outcomes=NUMBERED)
    b = Proposal(expected_outcomes=" ".join(NUMBERED.split()))
    comparison = compare(a, b, CALL)
    assert not comparison.equal
    (diff,) = comparison.changed
    assert diff.field == "expected_outcomes"
    assert tally(diff) == "line breaks changed"
    assert [t.op for t in diff.tokens if not t.text.strip()] == [Op.REMOVED, Op.REMOVED]


def test_a_change_in_spacing_alone_is_reported_as_spacing():
    a = Proposal(description="Two  spaces here.")
    b = Proposal(description="Two spaces here.")
    (diff,) = compare(a, b, CALL).changed
    assert tally(diff) == "spacing changed"
    assert change_summary(a, b, CALL) == "description: spacing changed"


def test_insertions_at_start_and_end():
    tokens = diff_words("middle words here", "Opening middle words here closing.")
    assert tokens == [
        Token(Op.ADDED, "Opening "),
        Token(Op.SAME, "middle words here "),
        Token(Op.ADDED, "closing."),
    ]


def test_removal_at_start_and_end():
    tokens = diff_words("one two three four", "two three")
    assert changed_tokens(tokens) == [(Op.REMOVED, "one"), (Op.REMOVED, "four")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", []),
        ("", "new text", [Token(Op.ADDED, "new text")]),
        ("old text", "   \n ", [Token(Op.REMOVED, "old text")]),
    ],
)
def test_empty_sides(a: str, b: str, expected: list[Token]):
    assert diff_words(a, b) == expected


def test_paragraph_breaks_are_tokens():
    assert prose_elements("one\n\n  two\n   \nthree") == [
        "one",
        PARAGRAPH,
        "two",
        PARAGRAPH,
        "three",
    ]
    tokens = diff_words("first part second part", "first part\n\nsecond part")
    assert [t.op for t in tokens] == [Op.SAME, Op.ADDED, Op.SAME]
    assert tokens[1].text == PARAGRAPH
    assert side(tokens, Op.ADDED) == "first part \n\nsecond part"
    assert side(tokens, Op.REMOVED) == "first part second part"


def test_replaced_run_is_removed_then_added():
    tokens = diff_words("we will discuss three cases today", "we will present two cases today")
    assert changed_tokens(tokens) == [
        (Op.REMOVED, "discuss three"),
        (Op.ADDED, "present two"),
    ]


def test_long_text_with_scattered_changes_marks_exactly_those_words():
    words = [f"w{n % 40}" for n in range(3000)]  # few distinct words, many repeats
    edited = list(words)
    for index in range(5, 3000, 300):
        edited[index] = "CHANGED"
    tokens = diff_words(" ".join(words), " ".join(edited))
    removed = [t.text.split() for t in tokens if t.op == Op.REMOVED]
    added = [t.text.split() for t in tokens if t.op == Op.ADDED]
    assert len(removed) == len(added) == 10
    assert all(run == ["CHANGED"] for run in added)
    assert side(tokens, Op.REMOVED).split() == words


def test_unicode_words():
    tokens = diff_words("Café naïve 日本語 😀 مرحبا", "Cafe naïve 日本語 🙂 مرحبا")
    assert changed_tokens(tokens) == [
        (Op.REMOVED, "Café"),
        (Op.ADDED, "Cafe"),
        (Op.REMOVED, "😀"),
        (Op.ADDED, "🙂"),
    ]


# --- lists ------------------------------------------------------------------------

QUESTIONS = [
    "How can community networks stay funded after grants end?",
    "Which regulatory barriers block local operators?",
    "What role should spectrum policy play?",
]


def section(a: Proposal, b: Proposal, field: str):
    return next(s for s in compare(a, b, CALL).sections if s.field == field)


def test_policy_questions_reordered():
    a = Proposal(policy_questions=QUESTIONS)
    b = Proposal(policy_questions=[QUESTIONS[2], QUESTIONS[0], QUESTIONS[1]])
    diff = section(a, b, "policy_questions")
    assert diff.changed
    assert diff.a_text == "\n".join(QUESTIONS)
    removed = [w for t in diff.tokens if t.op == Op.REMOVED for w in t.text.split()]
    added = [w for t in diff.tokens if t.op == Op.ADDED for w in t.text.split()]
    assert removed == added == QUESTIONS[2].split()  # one question moved, the rest kept


def test_policy_question_edited():
    edited = [QUESTIONS[0], QUESTIONS[1].replace("local", "small"), QUESTIONS[2]]
    diff = section(
        Proposal(policy_questions=QUESTIONS), Proposal(policy_questions=edited), "policy_questions"
    )
    assert changed_tokens(diff.tokens) == [(Op.REMOVED, "local"), (Op.ADDED, "small")]
    assert tally(diff) == "+1 −1 words"


def test_list_items_stay_one_per_line():
    diff = section(
        Proposal(policy_questions=QUESTIONS[:1]),
        Proposal(policy_questions=QUESTIONS[:2]),
        "policy_questions",
    )
    lines = side(diff.tokens, Op.ADDED).split("\n")
    assert [line.strip() for line in lines] == QUESTIONS[:2]


# --- people -----------------------------------------------------------------------


def test_person_added():
    changes = diff_people([person("Ana Souza")], [person("Ana Souza"), person("Bo Chen")])
    assert changes == [PersonChange(Op.ADDED, "Bo Chen", None, person("Bo Chen"), (), False)]


def test_person_removed():
    changes = diff_people([person("Ana Souza"), person("Bo Chen")], [person("Bo Chen")])
    assert changes == [PersonChange(Op.REMOVED, "Ana Souza", person("Ana Souza"), None, (), False)]


def test_person_changed_fields():
    a = person("Ana Souza", region="GRULAC", email="ana@example.org")
    b = person("Ana Souza", region="WEOG", email="ana@example.net", confirmed=True)
    [change] = diff_people([a], [b])
    assert change.kind == "changed"
    assert change.changed_fields == ("email", "region", "confirmed")
    assert (change.a, change.b, change.moved) == (a, b, False)


def test_people_reordered_marks_only_the_moved_one():
    a = [person("Ana"), person("Bo"), person("Cy"), person("Dee")]
    b = [person("Bo"), person("Cy"), person("Dee"), person("Ana")]
    assert diff_people(a, b) == [PersonChange(Op.SAME, "Ana", a[0], b[3], (), True)]


def test_person_inserted_first_does_not_move_the_others():
    a = [person("Ana"), person("Bo")]
    changes = diff_people(a, [person("Cy"), *a])
    assert [(c.kind, c.name, c.moved) for c in changes] == [(Op.ADDED, "Cy", False)]


def test_swapped_people_one_moved_one_changed():
    a = [person("Ana"), person("Bo", organization="Old")]
    b = [person("Bo", organization="New"), person("Ana")]
    assert [(c.kind, c.name, c.changed_fields, c.moved) for c in diff_people(a, b)] == [
        ("changed", "Bo", ("organization",), False),
        (Op.SAME, "Ana", (), True),
    ]


def test_rename_with_the_same_email_is_a_change():
    a = person("Ana Souza", email="ana@example.org")
    b = person("Ana Souza-Lima", email="ana@example.org")
    assert diff_people([a], [b]) == [
        PersonChange("changed", "Ana Souza-Lima", a, b, ("name",), False)
    ]


def test_rename_without_email_is_removed_and_added():
    changes = diff_people([person("Ana Souza")], [person("Ana Lima")])
    assert [(c.kind, c.name) for c in changes] == [
        (Op.REMOVED, "Ana Souza"),
        (Op.ADDED, "Ana Lima"),
    ]


def test_empty_emails_do_not_match_people():
    changes = diff_people([person("Ana", email="")], [person("Bo", email="")])
    assert {c.kind for c in changes} == {Op.ADDED, Op.REMOVED}


def test_match_ignores_accents_case_and_spacing():
    a = person("José  Núñez", region="GRULAC")
    b = person("jose nunez", region="GRULAC")
    [change] = diff_people([a], [b])
    assert change.kind == "changed"
    assert change.changed_fields == ("name",)
    assert name_key("  ZOË   Müller ") == name_key("zoe muller") == "zoe muller"


@pytest.mark.parametrize(
    ("name_a", "name_b"),
    [
        ("مُحَمَّد علي", "محمد علي"),  # Arabic with and without vowel marks
        ("李明", "李明"),
        ("Zoë 🦊 Smith", "Zoe 🦊 Smith"),
    ],
)
def test_unicode_names_match(name_a: str, name_b: str):
    a = [person(name_a, organization="Org"), person("Other")]
    b = [person("Other"), person(name_b, organization="Org 2")]
    changes = diff_people(a, b)
    assert [c.kind for c in changes] == ["changed"]
    assert "organization" in changes[0].changed_fields
    assert changes[0].name == name_b
    assert changes[0].moved


def test_duplicate_names_pair_in_order():
    changes = diff_people([person("Ana"), person("Ana")], [person("Ana")])
    assert [(c.kind, c.name) for c in changes] == [(Op.REMOVED, "Ana")]


def test_people_section_of_a_proposal():
    a = Proposal(speakers=[person("Ana Souza", organization="Rede", region="GRULAC")])
    b = Proposal(speakers=[person("Ana Souza", organization="Rede", region="GRULAC"), person("Bo")])
    diff = section(a, b, "speakers")
    assert diff.changed
    assert diff.a_text == "Ana Souza, Rede, GRULAC"
    assert diff.b_text == "Ana Souza, Rede, GRULAC\nBo"
    assert [(c.kind, c.name) for c in diff.people] == [(Op.ADDED, "Bo")]
    assert tally(diff) == "1 added"


def test_people_only_email_changed_is_a_change():
    a = Proposal(organizers=[person("Ana", email="a@example.org")])
    b = Proposal(organizers=[person("Ana", email="b@example.org")])
    diff = section(a, b, "organizers")
    assert diff.changed
    assert diff.people[0].changed_fields == ("email",)


def test_moderator_replaced_and_added():
    a = Proposal(onsite_moderator=person("Ana"))
    b = Proposal(onsite_moderator=person("Bo"), rapporteur=person("Cy"))
    onsite = section(a, b, "onsite_moderator")
    assert [(c.kind, c.name) for c in onsite.people] == [(Op.REMOVED, "Ana"), (Op.ADDED, "Bo")]
    rapporteur = section(a, b, "rapporteur")
    assert (rapporteur.a_text, rapporteur.b_text) == ("", "Cy")
    assert [c.kind for c in rapporteur.people] == [Op.ADDED]


def test_unchanged_people_section():
    people = [person("Ana"), person("Bo")]
    diff = section(Proposal(speakers=people), Proposal(speakers=people), "speakers")
    assert (diff.changed, diff.people, diff.tokens) == (False, (), ())


# --- SDGs and other fields -------------------------------------------------------


def test_sdgs_are_named_and_compared_as_a_set():
    a, b = Proposal(sdgs=[16, 9]), Proposal(sdgs=[9, 16])
    diff = section(a, b, "sdgs")
    assert not diff.changed
    assert diff.a_text == (
        "9. Industry, Innovation and Infrastructure\n16. Peace, Justice and Strong Institutions"
    )
    added = section(a, Proposal(sdgs=[9, 16, 5]), "sdgs")
    assert added.changed
    assert changed_tokens(added.tokens) == [(Op.ADDED, "5. Gender Equality")]
    assert tally(added) == "+1 goal"


def test_duration_and_empty_values():
    assert section_text(Proposal(), "duration") == ""
    assert section_text(Proposal(duration=90), "duration") == "90"
    diff = section(Proposal(duration=90), Proposal(duration=60), "duration")
    assert changed_tokens(diff.tokens) == [(Op.REMOVED, "90"), (Op.ADDED, "60")]


def test_sections_follow_the_call_then_other_fields():
    a = Proposal(title="T", import_notes="imported from text", future_key="kept")
    b = Proposal(title="T")
    comparison = compare(a, b, CALL)
    fields = [s.field for s in comparison.sections]
    call_fields = [s.field for s in CALL.sections]
    assert fields[: len(call_fields)] == call_fields
    assert fields[len(call_fields) :] == ["import_notes", "future_key"]
    assert [s.label for s in comparison.sections[: len(call_fields)]] == [
        s.label for s in CALL.sections
    ]
    assert comparison.sections[-2].label == "Import notes"
    assert [s.field for s in comparison.changed] == ["import_notes", "future_key"]


def test_equal_proposals():
    p = Proposal(
        title="Same",
        description=PARAGRAPH_A,
        speakers=[person("Ana Souza")],
        sdgs=[9],
        policy_questions=QUESTIONS,
    )
    comparison = compare(p, p.model_copy(deep=True), CALL)
    assert comparison.equal
    assert comparison.changed == []
    assert comparison.unchanged_count == len(CALL.sections)


def test_comparison_counts():
    comparison = compare(Proposal(title="A"), Proposal(title="B", duration=90), CALL)
    assert not comparison.equal
    assert [s.field for s in comparison.changed] == ["title", "duration"]
    assert comparison.unchanged_count == len(CALL.sections) - 2


# --- taking the other side --------------------------------------------------------


def test_take_section_copies_without_touching_inputs():
    target = Proposal(title="Mine", speakers=[person("Ana")], description="my text")
    source = Proposal(title="Theirs", speakers=[person("Bo", region="WEOG")])
    target_before, source_before = target.model_dump(), source.model_dump()
    merged = take_section(target, source, "speakers")
    assert merged.speakers == source.speakers
    assert (merged.title, merged.description) == ("Mine", "my text")
    assert target.model_dump() == target_before
    assert source.model_dump() == source_before
    merged.speakers[0].region = "GRULAC"
    assert source.speakers[0].region == "WEOG"  # a deep copy


def test_take_section_of_an_unknown_key():
    target = Proposal(title="Mine", future_key="mine")
    source = Proposal(title="Theirs")
    assert "future_key" not in (take_section(target, source, "future_key").model_extra or {})
    assert take_section(source, target, "future_key").model_extra == {"future_key": "mine"}
    with pytest.raises(ValueError, match="nonsense"):
        take_section(target, source, "nonsense")


# --- one-line summaries -----------------------------------------------------------


def test_change_summary_texts():
    old = Proposal(
        description=PARAGRAPH_A,
        speakers=[person("Bo Chen")],
        duration=90,
        sdgs=[9],
        onsite_moderator=person("Cy", region="WEOG"),
    )
    new = Proposal(
        description=PARAGRAPH_B + " More words here.",
        speakers=[person("Bo Chen"), person("Ana Souza")],
        duration=60,
        sdgs=[9, 16],
        onsite_moderator=person("Cy", region="GRULAC"),
    )
    assert change_summary(old, new, CALL) == (
        "speakers: added Ana Souza; onsite moderator: changed Cy (region); "
        "duration: 90 → 60; description +4 −1 words; sdgs: added 16"
    )
    assert change_summary(old, old, CALL) == "no changes"


def test_change_summary_words_and_breaks():
    long_text = PARAGRAPH_A + " The end."
    assert change_summary(
        Proposal(description=long_text), Proposal(description=PARAGRAPH_A), CALL
    ) == ("description −2 words")
    assert change_summary(
        Proposal(description=PARAGRAPH_A), Proposal(description=PARAGRAPH_A + " More."), CALL
    ) == ("description +1 word")
    assert (
        change_summary(Proposal(description="one two"), Proposal(description="one\n\ntwo"), CALL)
        == "description: line breaks changed"
    )
    assert change_summary(Proposal(title=""), Proposal(title="New title"), CALL) == (
        "title: (empty) → New title"
    )


# --- properties -------------------------------------------------------------------

WORD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=6,
).filter(lambda w: not w.isspace())
TEXT = st.lists(
    st.one_of(WORD, st.sampled_from([" ", "\n", "\n\n", "  \n \n", "\t", "w", "the", "the"])),
    max_size=40,
).map("".join)


@given(TEXT, TEXT)
def test_diff_words_reconstructs_both_sides(a: str, b: str):
    tokens = diff_words(a, b)
    assert side(tokens, Op.REMOVED).split() == a.split()
    assert side(tokens, Op.ADDED).split() == b.split()
    assert prose_elements(side(tokens, Op.REMOVED)) == prose_elements(a)
    assert prose_elements(side(tokens, Op.ADDED)) == prose_elements(b)
    assert all(t.text for t in tokens)
    assert all(x.op != y.op for x, y in pairwise(tokens))


NAME = st.text(min_size=0, max_size=12)
PEOPLE = st.lists(
    st.builds(Person, name=NAME, region=st.sampled_from(["", "WEOG", "GRULAC"]), email=NAME),
    max_size=5,
)
PROPOSAL = st.builds(
    Proposal,
    title=TEXT,
    description=TEXT,
    policy_questions=st.lists(TEXT, max_size=4),
    speakers=PEOPLE,
    organizers=PEOPLE,
    rapporteur=st.none() | st.builds(Person, name=NAME),
    sdgs=st.lists(st.integers(1, 17), max_size=4),
    duration=st.none() | st.integers(30, 90),
)


@given(PROPOSAL)
def test_compare_with_itself_is_equal(p: Proposal):
    comparison = compare(p, p.model_copy(deep=True), CALL)
    assert comparison.equal
    assert comparison.unchanged_count == len(comparison.sections)


@given(PROPOSAL, PROPOSAL)
def test_taking_every_changed_section_makes_them_equal(a: Proposal, b: Proposal):
    merged = a
    for diff in compare(a, b, CALL).changed:
        merged = take_section(merged, b, diff.field)
    assert compare(merged, b, CALL).equal


PASTED_PEOPLE = st.lists(
    st.builds(
        Person,
        name=st.sampled_from(["Ana Souza", "Ana  Souza", "ana souza", "Bo Chen", ""]),
        region=st.sampled_from(["", "WEOG", "GRULAC"]),
        email=st.sampled_from(["", "ana@example.org"]),
        confirmed=st.booleans(),
    ),
    max_size=3,
)
PASTED_TEXT = st.lists(
    st.sampled_from(["one", "two", "1.", " ", "  ", "\n", "\n\n", "\t", "\r\n", "two\n"]),
    max_size=8,
).map("".join)
PASTED_PROPOSAL = st.builds(
    Proposal,
    title=PASTED_TEXT,
    description=PASTED_TEXT,
    expected_outcomes=PASTED_TEXT,
    policy_questions=st.lists(PASTED_TEXT, max_size=3),
    speakers=PASTED_PEOPLE,
    rapporteur=st.none() | st.builds(Person, name=st.sampled_from(["", "Bo Chen", "Bo  Chen"])),
    sdgs=st.lists(st.integers(1, 17), max_size=3),
    format=st.sampled_from(["", "Panel", "Round Table"]),
    duration=st.none() | st.sampled_from([60, 90]),
)


@pytest.mark.parametrize("call_name", ["igf-2023", "igf-2025"])
@given(a=PASTED_PROPOSAL, b=PASTED_PROPOSAL)
def test_no_differences_exactly_when_the_exported_text_is_the_same(
    call_name: str, a: Proposal, b: Proposal
):
    """Over the fields a call asks for, compare is blind to nothing the export pastes."""
    call = load_call(call_name)
    same_text = export_text(a, call, include_contacts=True) == export_text(
        b, call, include_contacts=True
    )
    assert compare(a, b, call).equal == same_text
