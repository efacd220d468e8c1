"""Export: text in the call's order and labels, markdown, JSON, one field alone, contacts
left out unless asked for, and the same bytes every time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import SAMPLES
from proposal_tui.call import load_call
from proposal_tui.export import export, export_json, export_markdown, export_text, field_text
from proposal_tui.model import PROPOSAL_FIELDS, Person, Proposal
from proposal_tui.store import load_draft


def small_proposal() -> Proposal:
    """A small proposal touching every kind of section (unknown keys included)."""
    return Proposal.model_validate(
        {
            "call": "igf-2025",
            "title": "Open data for all",
            "theme": "Digital Cooperation",
            "organizers": [
                {
                    "name": "Ana Silva",
                    "organization": "Dados Abertos",
                    "email": "ana@example.org",
                    "stakeholder_group": "Civil Society",
                    "region": "Latin American and Caribbean Group (GRULAC)",
                    "badge": "secret-extra",
                }
            ],
            "speakers": [
                {
                    "name": "Ben Okoro",
                    "email": "ben@example.org",
                    "stakeholder_group": "Government",
                    "region": "African Group",
                    "gender": "male",
                    "participation": "onsite",
                    "confirmed": True,
                },
                {"name": "Chen Li", "participation": "online"},
            ],
            "onsite_moderator": {"name": "Ana Silva", "email": "ana@example.org"},
            "format": "Round Table",
            "duration": 60,
            "policy_questions": ["Who owns public data?", "Who decides?"],
            "description": "Line one.\nLine two.",
            "sdgs": [16, 5],
            "links": ["https://example.org/a"],
            "future_field": "not exported",
        }
    )


PEOPLE_TEXT = """\
Organizers
Organizer 1: Ana Silva
  Organisation: Dados Abertos
  Stakeholder group: Civil Society
  Regional group: Latin American and Caribbean Group (GRULAC)

Speakers
Speaker 1: Ben Okoro
  Stakeholder group: Government
  Regional group: African Group
  Gender: male
  Participation: onsite
  Provisionally confirmed: yes

Speaker 2: Chen Li
  Participation: online
  Provisionally confirmed: no
"""

TAIL_TEXT = """\
Policy Question(s)
A. Who owns public data?
B. Who decides?

Description
Line one.
Line two.

SDGs
5. Gender Equality
16. Peace, Justice and Strong Institutions

Links
https://example.org/a
"""

EXPECTED_2023 = (
    "IGF 2023 workshop proposals: The Internet We Want – Empowering All People\n"
    "\n"
    "Title\nOpen data for all\n"
    "\n"
    "Subtheme\nDigital Cooperation\n"
    "\n" + PEOPLE_TEXT + "\n"
    "Moderator\nAna Silva\n"
    "\n"
    "Format\nRound Table - 60 Min\n"
    "\n" + TAIL_TEXT
)

EXPECTED_2025 = (
    "IGF 2025 workshop proposals: Building Digital Governance Together\n"
    "\n"
    "Title\nOpen data for all\n"
    "\n"
    "Subtheme\nDigital Cooperation\n"
    "\n" + PEOPLE_TEXT + "\n"
    "Onsite Moderator\nAna Silva\n"
    "\n"
    "Format\nRound Table\n"
    "\n"
    "Duration (minutes)\n60\n"
    "\n" + TAIL_TEXT
)


def test_text_for_the_2023_call_combines_format_and_duration() -> None:
    assert export_text(small_proposal(), load_call("igf-2023")) == EXPECTED_2023


def test_text_for_the_2025_call_prints_a_duration_line() -> None:
    assert export_text(small_proposal(), load_call("igf-2025")) == EXPECTED_2025


def test_text_for_2024_uses_its_own_title_and_onsite_moderator() -> None:
    text = export_text(small_proposal(), load_call("igf-2024"))
    assert text.startswith("IGF 2024 workshop proposals: Building our Multistakeholder")
    assert "\nOnsite Moderator\nAna Silva\n" in text
    assert "\nDuration (minutes)\n60\n" in text


def test_the_export_of_an_empty_proposal_is_the_call_title_alone() -> None:
    call = load_call("igf-2025")
    assert export_text(Proposal(), call) == call.title + "\n"


def test_combined_format_without_a_duration_or_without_a_format() -> None:
    call = load_call("igf-2023")
    assert field_text(Proposal(format="Panel"), call, "format") == "Panel"
    assert field_text(Proposal(duration=90), call, "format") == "90 Min"
    assert field_text(Proposal(format="Panel", duration=90), call, "duration") == ""


def test_the_sections_follow_the_calls_order_and_labels_not_the_models() -> None:
    call = load_call("igf-2025")
    relabelled = [
        s.model_copy(update={"label": "Abstract"}) if s.field == "description" else s
        for s in reversed(call.sections)
    ]
    reordered = call.model_copy(update={"sections": tuple(relabelled)})
    out = export_text(small_proposal(), reordered)
    assert out.index("Links\n") < out.index("Abstract\nLine one.") < out.index("Title\nOpen")
    assert "\nDescription\n" not in out


def test_a_section_the_call_does_not_ask_is_not_exported() -> None:
    call = load_call("igf-2025")
    fewer = call.model_copy(
        update={"sections": tuple(s for s in call.sections if s.field != "links")}
    )
    assert "example.org/a" not in export_text(small_proposal(), fewer)


def test_many_policy_questions_are_lettered_on() -> None:
    text = field_text(
        Proposal(policy_questions=[f"q{i}" for i in range(28)]),
        load_call(),
        "policy_questions",
    )
    assert text.splitlines()[25:] == ["Z. q25", "AA. q26", "AB. q27"]


def test_a_multiline_policy_question_is_indented_under_its_letter() -> None:
    text = field_text(Proposal(policy_questions=["one\ntwo"]), load_call(), "policy_questions")
    assert text == "A. one\n   two"


def test_an_unknown_sdg_is_named_as_unknown() -> None:
    assert field_text(Proposal(sdgs=[18]), load_call(), "sdgs") == "18. Unknown goal"


# --- contacts ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_emails_are_left_out_unless_asked_for(fmt: str) -> None:
    call = load_call()
    without = export(small_proposal(), call, fmt)
    assert "@example.org" not in without
    with_contacts = export(small_proposal(), call, fmt, include_contacts=True)
    assert "ana@example.org" in with_contacts
    assert "ben@example.org" in with_contacts


def test_the_email_line_in_text() -> None:
    text = export_text(small_proposal(), load_call(), include_contacts=True)
    assert "Organizer 1: Ana Silva\n  Organisation: Dados Abertos\n" in text
    assert "  Email: ana@example.org\n" in text


@pytest.mark.parametrize("field", ["organizers", "speakers", "onsite_moderator"])
def test_one_field_alone_leaves_emails_out_too(field: str) -> None:
    assert "@" not in export(small_proposal(), load_call(), field=field)
    assert "@" not in export(small_proposal(), load_call(), "json", field=field)


# --- one field ---------------------------------------------------------------------------------


def test_field_prints_one_section_alone() -> None:
    call = load_call()
    assert export(small_proposal(), call, field="description") == "Line one.\nLine two.\n"
    assert export(small_proposal(), call, field="title") == "Open data for all\n"
    assert export(small_proposal(), call, field="sdgs") == (
        "5. Gender Equality\n16. Peace, Justice and Strong Institutions\n"
    )
    assert export(small_proposal(), call, field="hybrid_format") == ""


def test_sdgs_are_printed_in_goal_order_not_the_order_ticked() -> None:
    call = load_call()
    ticked = Proposal(sdgs=[17, 4, 16, 4, 9])
    assert field_text(ticked, call, "sdgs").splitlines() == [
        "4. Quality Education",
        "9. Industry, Innovation and Infrastructure",
        "16. Peace, Justice and Strong Institutions",
        "17. Partnerships for the Goals",
    ]


def test_the_policy_question_marks_come_from_the_call_profile() -> None:
    questions = Proposal(policy_questions=["Who owns data?", "", "Who decides?\nAnd how?"])
    call = load_call("igf-2025")
    assert call.policy_question_prefix == "letter"
    assert field_text(questions, call, "policy_questions") == (
        "A. Who owns data?\nC. Who decides?\n   And how?"
    )
    numbered = call.model_copy(update={"policy_question_prefix": "number"})
    assert field_text(questions, numbered, "policy_questions") == (
        "1. Who owns data?\n3. Who decides?\n   And how?"
    )
    assert load_call("igf-2019").policy_question_prefix == "number"
    bare = call.model_copy(update={"policy_question_prefix": "none"})
    assert field_text(questions, bare, "policy_questions") == (
        "Who owns data?\n\nWho decides?\n   And how?"
    )


def test_field_in_json() -> None:
    out = export(small_proposal(), load_call(), "json", field="policy_questions")
    assert json.loads(out) == {"policy_questions": ["Who owns public data?", "Who decides?"]}


def test_an_unknown_field_or_format_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no section named 'abstract'"):
        export(small_proposal(), load_call(), field="abstract")
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export(small_proposal(), load_call(), "pdf")


# --- markdown -----------------------------------------------------------------------------------


def test_markdown() -> None:
    md = export_markdown(small_proposal(), load_call("igf-2025"))
    assert md.startswith(
        "# Open data for all\n\n*IGF 2025 workshop proposals: Building Digital Governance"
    )
    assert "\n## Onsite Moderator\n\n- **Ana Silva**\n" in md
    assert "\n## Speakers\n\n- **Ben Okoro**\n  - Stakeholder group: Government\n" in md
    assert "\n## Policy Question(s)\n\n1. Who owns public data?\n2. Who decides?\n" in md
    assert "\n## SDGs\n\n- 5. Gender Equality\n- 16. Peace, Justice and Strong Institutions\n" in md
    assert "\n## Description\n\nLine one.\nLine two.\n" in md
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Title",
        "## Subtheme",
        "## Organizers",
        "## Speakers",
        "## Onsite Moderator",
        "## Format",
        "## Duration (minutes)",
        "## Policy Question(s)",
        "## Description",
        "## SDGs",
        "## Links",
    ]


def test_markdown_escapes_text_that_looks_like_markdown() -> None:
    md = export_markdown(Proposal(description="# not a heading\n- not a list"), load_call())
    assert "\n\\# not a heading\n\\- not a list\n" in md


def test_markdown_of_an_untitled_proposal() -> None:
    assert export_markdown(Proposal(), load_call()).startswith("# Untitled proposal\n")


# --- json ---------------------------------------------------------------------------------------


def test_json_keys_are_the_models_field_names_and_unknown_keys_are_left_out() -> None:
    data = json.loads(export_json(small_proposal(), load_call("igf-2023")))
    assert list(data) == [f for f in PROPOSAL_FIELDS if f != "import_notes"]
    assert data["call"] == "igf-2023"
    assert "future_field" not in data
    assert list(data["organizers"][0]) == [f for f in Person.model_fields if f != "email"]
    assert data["speakers"][0]["confirmed"] is True
    assert data["duration"] == 60
    assert data["sdgs"] == [16, 5]
    assert data["online_moderator"] is None


def test_json_keeps_non_ascii_as_it_is() -> None:
    out = export_json(Proposal(title="Água — مرحبا 👩‍👩‍👧"), load_call())
    assert "Água — مرحبا 👩‍👩‍👧" in out
    assert json.loads(out)["title"] == "Água — مرحبا 👩‍👩‍👧"


def test_json_with_contacts_keeps_emails_and_still_drops_unknown_person_keys() -> None:
    data = json.loads(export_json(small_proposal(), load_call(), include_contacts=True))
    assert data["organizers"][0]["email"] == "ana@example.org"
    assert "badge" not in data["organizers"][0]


def test_exporting_does_not_change_the_proposal() -> None:
    proposal = small_proposal()
    for fmt in ("text", "markdown", "json"):
        export(proposal, load_call(), fmt, include_contacts=fmt == "json")
    assert proposal == small_proposal()
    assert proposal.organizers[0].model_extra == {"badge": "secret-extra"}


# --- determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_the_same_input_gives_the_same_bytes(fmt: str) -> None:
    call = load_call()
    first = export(small_proposal(), call, fmt)
    assert export(small_proposal(), call, fmt) == first
    assert export(small_proposal().model_copy(deep=True), load_call(), fmt) == first


def test_the_same_bytes_in_another_process_with_another_hash_seed() -> None:
    sample = sorted(SAMPLES.glob("*.toml"))[0]
    proposal = load_draft(sample)
    call = load_call(proposal.call)
    script = (
        "import sys\n"
        "from proposal_tui.call import load_call\n"
        "from proposal_tui.export import export\n"
        "from proposal_tui.store import load_draft\n"
        "p = load_draft(sys.argv[1])\n"
        "c = load_call(p.call)\n"
        "fs = ('text', 'markdown', 'json')\n"
        "out = [export(p, c, f, include_contacts=True).encode() for f in fs]\n"
        "sys.stdout.buffer.write(b'\\0'.join(out))\n"
    )
    expected = b"\0".join(
        export(proposal, call, f, include_contacts=True).encode()
        for f in ("text", "markdown", "json")
    )
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script, str(sample)], capture_output=True, env=env, check=True
        )
        assert result.stdout == expected
