"""The rules engine: each rule fails and passes against the real call profiles; readiness,
section state, live limit counters, library-wide checks; never raises; stays cheap."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import LINEAR, SAMPLES, growth
from proposal_tui.call import Call, load_call
from proposal_tui.checks import (
    Finding,
    Level,
    Readiness,
    SectionState,
    check,
    check_across,
    limit_status,
    not_asked,
    readiness,
    role_clashes,
    section_state,
)
from proposal_tui.model import Person, Proposal
from proposal_tui.store import load_draft

THEMES = {"igf-2023": "Data Governance & Trust", "igf-2025": "Digital Cooperation"}
NOT_STATED = "(2023 rule; check this year's call)"


def person(name: str, **fields: Any) -> dict[str, Any]:
    """A complete person entry with a unique email."""
    slug = name.lower().replace(" ", ".")
    return {
        "name": name,
        "organization": "Org",
        "email": f"{slug}@example.org",
        "stakeholder_group": "Civil Society",
        "region": "African Group",
        **fields,
    }


def ready_data(call_name: str = "igf-2025") -> dict[str, Any]:
    """A proposal (as data) that meets every rule of the call, with nothing to warn about."""
    return {
        "call": call_name,
        "title": "Open data for all",
        "theme": THEMES[call_name],
        "organizers": [person("Ana Silva", gender="female")],
        "speakers": [
            person("Ana Silva", gender="female", participation="onsite", confirmed=True),
            person(
                "Ben Okoro",
                gender="male",
                participation="onsite",
                confirmed=True,
                stakeholder_group="Government",
            ),
            person(
                "Chen Wei",
                gender="female",
                participation="online",
                confirmed=True,
                region="Asia-Pacific Group",
            ),
        ],
        "onsite_moderator": person("Dee Moss", participation="onsite"),
        "online_moderator": person("Eve Lind", participation="online"),
        "rapporteur": person("Fay Rao"),
        "format": "Round Table",
        "duration": 60,
        "format_description": "A round table lets every speaker answer every question.",
        "policy_questions": ["Who owns public data?", "Who decides?", "Who pays?"],
        "participants_gain": "A map of open data practice.",
        "description": "How governments open data, and who benefits.",
        "expected_outcomes": "A short report.",
        "hybrid_format": "Online participants speak first in every round.",
        "sdgs": [16, 17],
        "links": ["https://example.org"],
    }


def build(call_name: str = "igf-2025", **changes: Any) -> Proposal:
    """The ready proposal with some fields replaced."""
    return Proposal.model_validate({**ready_data(call_name), **changes})


def speakers_with(call_name: str = "igf-2025", **changes: Any) -> Proposal:
    """The ready proposal with fields of each speaker replaced: changes are lists, one per
    speaker, or a single value for all."""
    data = ready_data(call_name)
    speakers, [organizer] = data["speakers"], data["organizers"]
    for key, value in changes.items():
        values = value if isinstance(value, list) else [value] * len(speakers)
        for speaker, new in zip(speakers, values, strict=True):
            speaker[key] = new
        if key != "participation" and key != "confirmed":
            organizer[key] = speakers[0][key]  # speaker 1 is organiser 1: one person
    return build(call_name, speakers=speakers, organizers=[organizer])


def about(findings: list[Finding], field: str, level: Level | None = None) -> list[Finding]:
    return [f for f in findings if f.field == field and (level is None or f.level is level)]


def with_rules(call: Call, **rules: Any) -> Call:
    return call.model_copy(update={"rules": call.rules.model_copy(update=rules)})


def with_section(call: Call, field: str, **changes: Any) -> Call:
    sections = tuple(s.model_copy(update=changes) if s.field == field else s for s in call.sections)
    return call.model_copy(update={"sections": sections})


@pytest.fixture(params=["igf-2023", "igf-2025"])
def call_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def c2023() -> Call:
    return load_call("igf-2023")


@pytest.fixture
def c2025() -> Call:
    return load_call("igf-2025")


# --- the basics ----------------------------------------------------------------------------------


def test_levels_and_marks() -> None:
    assert [str(level) for level in Level] == ["error", "warning", "info"]
    marks = [Finding("title", level, "m").mark for level in Level]
    assert marks == ["✗", "!", "i"]
    assert Finding("speakers", Level.ERROR, "m").item is None


def test_a_proposal_meeting_every_rule_has_no_findings(call_name: str) -> None:
    assert check(build(call_name), load_call(call_name)) == []


def test_text_in_a_box_the_calls_form_does_not_ask_is_noted_as_left_out_of_export() -> None:
    proposal = build(topics=["Artificial intelligence"], participants_gain="")
    for call_name, left_out in (
        ("igf-2025", ["topics"]),
        ("igf-2021", ["topics", "hybrid_format", "links"]),
    ):
        call = load_call(call_name)
        findings = [f for f in check(proposal, call) if "export leaves it out" in f.message]
        assert [f.field for f in findings] == left_out, call_name
        assert {f.level for f in findings} == {Level.INFO}
        assert not_asked(proposal, call) == left_out


def test_the_sample_roundtable_is_ready() -> None:
    proposal = load_draft(SAMPLES / "cybercrime-human-rights-roundtable.toml")
    state = readiness(proposal, load_call(proposal.call))
    assert state.ready, check(proposal, load_call(proposal.call))


def test_findings_follow_the_call_order_then_item(c2025: Call) -> None:
    proposal = build(
        sdgs=[16, 16, 18],
        speakers=[person("X", confirmed=False), {"organization": "nameless"}],
        title="",
        policy_questions=["", "Why?"],
    )
    findings = check(proposal, c2025)
    order = [s.field for s in c2025.sections]
    keys = [(order.index(f.field), -1 if f.item is None else f.item) for f in findings]
    assert keys == sorted(keys)
    assert findings[0].field == "title"
    assert check(proposal, c2025) == findings


# --- required sections -----------------------------------------------------------------------


def test_an_empty_proposal_has_one_error_per_required_section(call_name: str) -> None:
    call = load_call(call_name)
    findings = check(Proposal(), call)
    required = [s.field for s in call.sections if s.required]
    assert [f.field for f in findings] == required
    assert all(f.level is Level.ERROR and f.message.startswith("Required") for f in findings)
    assert "links" not in {f.field for f in findings}


def test_required_messages_say_what_to_add(c2025: Call) -> None:
    findings = {f.field: f.message for f in check(Proposal(), c2025)}
    assert findings["speakers"] == "Required: add at least 3 speakers."
    assert findings["organizers"] == "Required: add at least 1 organiser."
    assert findings["onsite_moderator"] == "Required: add the onsite moderator."
    assert findings["duration"] == "Required: choose a duration."
    assert findings["theme"] == "Required: choose one."
    assert findings["description"] == "Required: write this section."


def test_blank_text_is_not_filled(c2025: Call) -> None:
    findings = check(build(description="  \n\t "), c2025)
    assert about(findings, "description", Level.ERROR)
    assert not about(check(build(description="x"), c2025), "description")


def test_a_list_of_blank_entries_is_not_filled(c2025: Call) -> None:
    findings = about(check(build(policy_questions=["", "  "]), c2025), "policy_questions")
    assert [(f.item, f.message) for f in findings] == [
        (None, "Required: add at least 1 question."),
        (0, "This question is empty. Write it or remove it."),
        (1, "This question is empty. Write it or remove it."),
    ]


def test_an_empty_policy_question_among_others(c2025: Call) -> None:
    findings = about(check(build(policy_questions=["Why?", ""]), c2025), "policy_questions")
    assert [(f.level, f.item) for f in findings] == [(Level.ERROR, 1)]


# --- length limits ---------------------------------------------------------------------------


def test_words_past_an_unconfirmed_limit_warn(c2025: Call) -> None:
    assert not about(check(build(description="word " * 500), c2025), "description")
    [finding] = about(check(build(description="word " * 503), c2025), "description")
    assert finding.level is Level.WARNING
    assert finding.message.startswith("Too long: 503 words, the limit is 500. Cut 3 words.")
    assert "does not confirm this limit" in finding.message


def test_words_past_a_confirmed_limit_are_an_error(c2025: Call) -> None:
    call = with_section(c2025, "description", confirmed=True)
    [finding] = about(check(build(description="word " * 501), call), "description")
    assert finding.level is Level.ERROR
    assert finding.message == "Too long: 501 words, the limit is 500. Cut 1 word."


def test_title_characters(call_name: str) -> None:
    call = load_call(call_name)
    assert not about(check(build(call_name, title="T" * 100), call), "title")
    [finding] = about(check(build(call_name, title="T" * 120), call), "title")
    assert finding.level is Level.WARNING
    assert "120 characters, the limit is 100. Cut 20 characters." in finding.message


def test_too_many_policy_questions(c2025: Call) -> None:
    five = [f"Question {i}?" for i in range(5)]
    assert not about(check(build(policy_questions=five), c2025), "policy_questions")
    [finding] = about(check(build(policy_questions=[*five, "Six?"]), c2025), "policy_questions")
    assert finding.level is Level.WARNING  # the limit is not confirmed by the call
    assert finding.message.startswith("Too many: 6 questions, the limit is 5. Remove 1.")


def test_too_many_sdgs_is_an_error(c2025: Call) -> None:
    [finding] = about(check(build(sdgs=[*range(1, 18), 1]), c2025), "sdgs", Level.ERROR)
    assert finding.message == "Too many: 18 SDGs, the limit is 17. Remove 1."


def test_too_few_items(c2025: Call) -> None:
    call = with_section(c2025, "organizers", min_items=2)
    [finding] = about(check(build(), call), "organizers")
    assert (finding.level, finding.message) == (
        Level.ERROR,
        "Add at least 2 organisers (you have 1).",
    )
    organizers = [person("Ana Silva"), person("Zoe Park")]
    assert not about(check(build(organizers=organizers), call), "organizers")


# --- speakers ---------------------------------------------------------------------------------


def test_too_few_speakers_is_an_error_where_the_call_states_it(c2023: Call) -> None:
    speakers = ready_data("igf-2023")["speakers"][:2]
    findings = about(check(build("igf-2023", speakers=speakers), c2023), "speakers")
    assert Finding("speakers", Level.ERROR, "Add at least 3 speakers (you have 2).") in findings


def test_too_few_speakers_only_warns_where_the_call_does_not(c2025: Call) -> None:
    speakers = ready_data()["speakers"][:2]
    findings = about(check(build(speakers=speakers), c2025), "speakers")
    message = f"Add at least 3 speakers (you have 2). {NOT_STATED}"
    assert Finding("speakers", Level.WARNING, message) in findings
    assert not about(findings, "speakers", Level.ERROR)


def test_a_speaker_listed_twice_counts_once(c2023: Call) -> None:
    speakers = ready_data("igf-2023")["speakers"]
    speakers[2] = {**speakers[0], "name": "  ana   SILVA "}
    findings = about(check(build("igf-2023", speakers=speakers), c2023), "speakers")
    assert any("(you have 2)" in f.message for f in findings)
    [twice] = [f for f in findings if "twice" in f.message]
    assert (twice.level, twice.item) == (Level.ERROR, 2)
    assert "also speaker 1" in twice.message


def test_unconfirmed_speakers(call_name: str) -> None:
    proposal = speakers_with(call_name, confirmed=[True, False, False])
    findings = [f for f in check(proposal, load_call(call_name)) if "confirmed" in f.message]
    assert [f.item for f in findings] == [1, 2]
    assert findings[0].message.startswith("Ben Okoro is not marked as confirmed.")
    expected = Level.ERROR if call_name == "igf-2023" else Level.WARNING
    assert {f.level for f in findings} == {expected}


def test_speakers_all_of_one_gender(call_name: str) -> None:
    proposal = speakers_with(call_name, gender=["female", "F", "Woman"])
    [finding] = about(check(proposal, load_call(call_name)), "speakers")
    assert finding.message.startswith("All speakers are female. Add a speaker of another gender.")
    assert finding.level is (Level.ERROR if call_name == "igf-2023" else Level.WARNING)


def test_gender_mix_is_met_by_one_different_speaker(c2023: Call) -> None:
    proposal = speakers_with("igf-2023", gender=["female", "female", "non-binary"])
    assert not about(check(proposal, c2023), "speakers")


def test_gender_mix_is_not_judged_on_fewer_than_two_genders(c2023: Call) -> None:
    [finding] = about(check(speakers_with("igf-2023", gender=["male", "", ""]), c2023), "speakers")
    assert finding.level is Level.WARNING
    assert finding.message.startswith("Give each speaker's gender (2 not given)")


def test_gender_mix_with_missing_genders_only_warns(c2023: Call) -> None:
    proposal = speakers_with("igf-2023", gender=["male", "male", ""])
    [finding] = about(check(proposal, c2023), "speakers")
    assert finding.level is Level.WARNING
    assert "All speakers with a gender given are male (1 not given)" in finding.message


def test_too_few_onsite_speakers(c2023: Call) -> None:
    proposal = speakers_with("igf-2023", participation=["onsite", "online", "online"])
    [finding] = about(check(proposal, c2023), "speakers")
    assert (finding.level, finding.message) == (
        Level.ERROR,
        "At least 2 speakers must take part onsite (you have 1).",
    )


def test_unknown_participation_may_still_meet_the_onsite_rule(c2023: Call) -> None:
    proposal = speakers_with("igf-2023", participation=["onsite", "", "online"])
    [finding] = about(check(proposal, c2023), "speakers")
    assert finding.level is Level.WARNING
    assert "Mark each speaker as onsite or online (1 not marked)" in finding.message


def test_in_person_counts_as_onsite(c2023: Call) -> None:
    proposal = speakers_with("igf-2023", participation=["In person", "On-site", "remote"])
    assert not about(check(proposal, c2023), "speakers")


def test_speaker_rules_switched_off(c2023: Call) -> None:
    call = with_rules(
        c2023,
        min_speakers=0,
        speakers_confirmed=False,
        speaker_gender_mix=False,
        min_onsite_speakers=0,
    )
    call = with_section(call, "speakers", min_items=None)
    lone = person("Solo", gender="male", participation="online", confirmed=False)
    assert not about(check(build("igf-2023", speakers=[lone]), call), "speakers")


# --- moderators and roles --------------------------------------------------------------------


def test_onsite_moderator_marked_online(call_name: str) -> None:
    proposal = build(call_name, onsite_moderator=person("Dee Moss", participation="online"))
    [finding] = about(check(proposal, load_call(call_name)), "onsite_moderator")
    assert finding.message.startswith("Dee Moss is marked online.")
    assert finding.level is (Level.ERROR if call_name == "igf-2023" else Level.WARNING)


@pytest.mark.parametrize(
    ("given", "reason"), [("", "not given"), ("hybrid", '"hybrid" is not onsite or online')]
)
def test_onsite_moderator_place_unknown_warns(c2023: Call, given: str, reason: str) -> None:
    proposal = build("igf-2023", onsite_moderator=person("Dee Moss", participation=given))
    [finding] = about(check(proposal, c2023), "onsite_moderator")
    assert finding == Finding(
        "onsite_moderator", Level.WARNING, f"Mark Dee Moss as onsite ({reason})."
    )


@pytest.mark.parametrize("field", ["onsite_moderator", "online_moderator"])
def test_a_missing_moderator_where_the_section_is_optional(c2023: Call, field: str) -> None:
    call = with_section(c2023, field, required=False)
    [finding] = about(check(build("igf-2023", **{field: None}), call), field)
    assert finding.message.startswith(f"Add an {field.replace('_', ' ')}.")
    switched_off = with_rules(call, **{field: False})
    assert not about(check(build("igf-2023", **{field: None}), switched_off), field)


def test_one_person_as_both_moderators_is_an_error(c2025: Call) -> None:
    proposal = build(online_moderator=person("Dee Moss", participation="onsite"))
    [finding] = about(check(proposal, c2025), "online_moderator")
    assert finding.level is Level.ERROR
    assert finding.message.startswith("Dee Moss is also the onsite moderator.")


def test_a_moderator_who_speaks_warns(c2025: Call) -> None:
    ben = person("Ben Okoro", participation="onsite", stakeholder_group="Government")
    proposal = build(onsite_moderator=ben)
    findings = check(proposal, c2025)
    [finding] = about(findings, "onsite_moderator")
    assert finding.level is Level.WARNING
    assert finding.message.startswith("Ben Okoro, the onsite moderator, is also speaker 2.")


def test_a_speaker_who_moderates_onsite_and_online_is_told_which_role_clashes(
    c2025: Call,
) -> None:
    """Listed together (the People screen, `proposal-tui people`), the two clashes read
    apart: each names the moderator's role."""
    ben = person("Ben Okoro", participation="onsite", stakeholder_group="Government")
    proposal = build(onsite_moderator=ben, online_moderator=ben)
    speaks = [f.message for f in role_clashes(proposal, c2025) if "also speak" in f.message]
    assert [m.split(" is also ")[0] for m in speaks] == [
        "Ben Okoro, the onsite moderator,",
        "Ben Okoro, the online moderator,",
    ]


def test_a_rapporteur_who_moderates_warns(c2025: Call) -> None:
    [finding] = about(check(build(rapporteur=person("Eve Lind")), c2025), "rapporteur")
    assert finding.level is Level.WARNING
    assert finding.message.startswith("Eve Lind is also the online moderator.")


def test_an_organiser_who_speaks_is_fine(c2025: Call) -> None:
    assert ready_data()["organizers"][0]["name"] == ready_data()["speakers"][0]["name"]
    assert check(build(), c2025) == []


# --- people: names, groups, regions, duplicates -----------------------------------------------


@pytest.mark.parametrize(
    ("field", "item"),
    [("organizers", 0), ("speakers", 1), ("onsite_moderator", None), ("rapporteur", None)],
)
def test_every_person_needs_a_group_and_a_region(c2025: Call, field: str, item: int | None) -> None:
    data = ready_data()
    target = data[field][item] if item is not None else data[field]
    target["stakeholder_group"] = ""
    target["region"] = " "
    [finding] = about(check(Proposal.model_validate(data), c2025), field)
    assert finding == Finding(
        field,
        Level.ERROR,
        f"Add a stakeholder group and a regional group for {target['name']}.",
        item,
    )


def test_a_missing_region_under_an_unstated_rule_warns(c2025: Call) -> None:
    call = with_rules(c2025, confirmed=())
    rapporteur = person("Fay Rao", region="")
    [finding] = about(check(build(rapporteur=rapporteur), call), "rapporteur")
    assert finding.level is Level.WARNING
    assert finding.message == "Add a regional group for Fay Rao. (IGF rule; check this year's call)"


def test_unknown_group_and_region_name_the_value_and_the_choices(c2025: Call) -> None:
    speakers = ready_data()["speakers"]
    speakers[2] |= {"stakeholder_group": "Pirates", "region": "Atlantis"}
    findings = about(check(build(speakers=speakers), c2025), "speakers")
    assert [(f.level, f.item) for f in findings] == [(Level.ERROR, 2), (Level.ERROR, 2)]
    assert '"Pirates" (Chen Wei) is not a stakeholder group' in findings[0].message
    assert "Civil Society, Government" in findings[0].message
    assert '"Atlantis" (Chen Wei) is not a regional group' in findings[1].message
    assert "African Group" in findings[1].message


def test_common_spellings_of_groups_and_regions_are_accepted(c2025: Call) -> None:
    speakers, organizers = ready_data()["speakers"], ready_data()["organizers"]
    speakers[0] |= {"stakeholder_group": "CSO", "region": "grulac"}
    organizers[0] |= {"stakeholder_group": "CSO", "region": "grulac"}
    speakers[1] |= {"stakeholder_group": "private   sector", "region": "WEOG"}
    assert check(build(speakers=speakers, organizers=organizers), c2025) == []


def test_a_person_without_a_name(c2025: Call) -> None:
    speakers = [*ready_data()["speakers"], {"organization": "Org"}, {}]
    findings = [f for f in check(build(speakers=speakers), c2025) if f.item in (3, 4)]
    assert [(f.item, f.level, f.message) for f in findings if "name" in f.message] == [
        (3, Level.ERROR, "Add a name, or remove this entry."),
        (4, Level.ERROR, "Add a name, or remove this entry."),
    ]
    # an entirely empty entry gets the name finding only
    assert [f.item for f in findings].count(4) == 1


def test_a_role_person_without_a_name_is_told_once(c2025: Call) -> None:
    findings = about(check(build(rapporteur={"organization": "Org"}), c2025), "rapporteur")
    assert [f.message for f in findings if "name" in f.message.lower()] == [
        "Add a name, or remove this entry."
    ]


def test_the_same_organiser_twice(c2025: Call) -> None:
    organizers = [person("Lucía Benítez"), person("Lucia  Benitez", email="")]
    [finding] = about(check(build(organizers=organizers), c2025), "organizers")
    assert (finding.level, finding.item) == (Level.ERROR, 1)
    assert finding.message == "Lucia  Benitez is listed twice (also organiser 1). Remove one."


def test_one_email_under_two_names_warns(c2025: Call) -> None:
    rapporteur = person("Fay Rao", email="DEE.MOSS@example.org ")
    [finding] = about(check(build(rapporteur=rapporteur), c2025), "rapporteur")
    assert finding.level is Level.WARNING
    assert finding.message == (
        "Fay Rao has the same email as Dee Moss (onsite moderator). Check the email."
    )


def test_one_email_for_the_same_person_in_two_roles_is_fine(c2025: Call) -> None:
    data = ready_data()
    assert data["organizers"][0]["email"] == data["speakers"][0]["email"]
    assert check(build(), c2025) == []


# --- format, duration, theme, SDGs -------------------------------------------------------------


def test_an_unknown_format(c2025: Call) -> None:
    [finding] = about(check(build(format="Interpretive Dance"), c2025), "format")
    assert finding.level is Level.ERROR
    assert finding.message.startswith('"Interpretive Dance" is not a format of this call.')
    assert "Round Table, Panel, Debate" in finding.message


@pytest.mark.parametrize("spelling", ["roundtable", "round   TABLE", "Round Table "])
def test_format_spellings_are_accepted(c2025: Call, spelling: str) -> None:
    assert check(build(format=spelling), c2025) == []


def test_a_duration_the_format_does_not_allow(call_name: str) -> None:
    call = load_call(call_name)
    [finding] = about(check(build(call_name, format="Panel", duration=45), call), "duration")
    assert finding == Finding(
        "duration", Level.ERROR, "Choose 60 or 90 minutes for Panel (you have 45)."
    )
    assert check(build(call_name, format="flash", duration=30), call) == []
    assert about(check(build(call_name, format="Flash Session", duration=60), call), "duration")


def test_a_duration_with_an_unknown_format(c2025: Call) -> None:
    findings = check(build(format="Sing-along", duration=45), c2025)
    [finding] = about(findings, "duration")
    assert finding.message == "Choose 30, 60 or 90 minutes (you have 45)."
    assert not about(check(build(format="Sing-along", duration=90), c2025), "duration")


def test_an_unknown_theme(c2025: Call) -> None:
    [finding] = about(check(build(theme="Artificial Intelligence"), c2025), "theme")
    assert finding.level is Level.ERROR
    assert "Digital Trust and Resilience; Sustainable and Responsible Innovation" in (
        finding.message
    )


def test_theme_case_and_spacing_are_tolerated(c2023: Call) -> None:
    proposal = build("igf-2023", theme="  data   governance & TRUST ")
    assert check(proposal, c2023) == []


def test_sdg_numbers(c2025: Call) -> None:
    findings = about(check(build(sdgs=[0, 16, 18, 16]), c2025), "sdgs")
    assert [(f.item, f.level) for f in findings] == [
        (0, Level.ERROR),
        (2, Level.ERROR),
        (3, Level.WARNING),
    ]
    assert findings[0].message == "SDG 0 does not exist: goals are numbered 1 to 17."
    assert findings[2].message == "SDG 16 is listed twice. Remove one."


def test_an_sdg_the_call_does_not_offer(c2025: Call) -> None:
    call = c2025.model_copy(update={"sdgs": (16,)})
    [finding] = about(check(build(sdgs=[16, 17]), call), "sdgs")
    assert finding == Finding("sdgs", Level.ERROR, "SDG 17 is not offered by this call.", 1)


def test_no_language_guessing(c2025: Call) -> None:
    proposal = build(description="Comment les gouvernements ouvrent leurs données publiques.")
    assert check(proposal, c2025) == []


# --- readiness and section state ---------------------------------------------------------------


def test_readiness_of_a_ready_proposal(call_name: str) -> None:
    call = load_call(call_name)
    state = readiness(build(call_name), call)
    required = sum(1 for s in call.sections if s.required)
    assert state == Readiness(required, required, 0, 0)
    assert state.ready
    assert state.mark == "✓"
    assert state.summary() == f"ready: {required}/{required} sections"


def test_readiness_with_only_warnings(c2025: Call) -> None:
    state = readiness(build(title="T" * 101), c2025)
    assert (state.ready, state.mark, state.errors, state.warnings) == (True, "!", 0, 1)
    assert state.summary() == "16/16 sections, 1 warning"


def test_readiness_of_an_unfinished_proposal(c2025: Call) -> None:
    proposal = build(description="", hybrid_format="", theme="Unknown")
    state = readiness(proposal, c2025)
    assert (state.sections_total, state.sections_complete, state.errors) == (16, 14, 3)
    assert not state.ready
    assert state.mark == "✗"
    assert state.summary() == "14/16 sections, 3 problems"


def test_readiness_of_an_empty_proposal(c2023: Call) -> None:
    state = readiness(Proposal(), c2023)
    assert (state.sections_total, state.sections_complete) == (15, 0)
    assert state.errors == 15
    assert state.summary() == "0/15 sections, 15 problems"


def test_the_2023_form_does_not_require_a_format_description(c2023: Call, c2025: Call) -> None:
    # published 2023 proposals carry none; 2024 and 2025 ask for one
    without = build("igf-2023", format_description="")
    assert not [f for f in check(without, c2023) if f.field == "format_description"]
    assert readiness(without, c2023).ready
    section = c2023.section("format_description")
    assert section is not None and not section.required and not section.confirmed
    later = build("igf-2025", format_description="")
    assert [f.field for f in check(later, c2025) if f.level is Level.ERROR] == [
        "format_description"
    ]


def test_readiness_uses_the_findings_given(c2025: Call) -> None:
    findings = [Finding("title", Level.WARNING, "w"), Finding("title", Level.WARNING, "w")]
    state = readiness(build(), c2025, findings)
    assert state.summary() == "16/16 sections, 2 warnings"


@pytest.mark.parametrize(
    ("state", "summary", "mark"),
    [
        (Readiness(9, 7, 2, 0), "7/9 sections, 2 problems", "✗"),
        (Readiness(9, 7, 1, 3), "7/9 sections, 1 problem, 3 warnings", "✗"),
        (Readiness(9, 8, 0, 0), "8/9 sections", "✗"),
        (Readiness(17, 17, 0, 0), "ready: 17/17 sections", "✓"),
        (Readiness(17, 17, 0, 1), "17/17 sections, 1 warning", "!"),
        (Readiness(17, 17, 1, 0), "17/17 sections, 1 problem", "✗"),
    ],
)
def test_readiness_summary_text(state: Readiness, summary: str, mark: str) -> None:
    assert state.summary() == summary
    assert state.mark == mark


def test_section_states(c2025: Call) -> None:
    proposal = build(
        description="",
        rapporteur={"organization": "Org"},
        speakers=[person("Solo", participation="online", confirmed=True, gender="male")],
        sdgs=[16, 99],
        title="T" * 101,
    )
    expected = {
        "description": SectionState.EMPTY,
        "rapporteur": SectionState.IN_PROGRESS,
        "sdgs": SectionState.PROBLEMS,
        "title": SectionState.COMPLETE,  # a warning does not change the state
        "theme": SectionState.COMPLETE,
        "speakers": SectionState.COMPLETE,  # only warnings under the 2025 call
    }
    findings = check(proposal, c2025)
    assert {f: section_state(proposal, c2025, f, findings) for f in expected} == expected
    c2023 = load_call("igf-2023")  # the same speakers break stated rules of 2023
    state = section_state(proposal, c2023, "speakers", check(proposal, c2023))
    assert state is SectionState.PROBLEMS


def test_blank_entries_are_in_progress(c2025: Call) -> None:
    proposal = build(policy_questions=[""], duration=None)
    findings = check(proposal, c2025)
    assert section_state(proposal, c2025, "policy_questions", findings) is SectionState.IN_PROGRESS
    assert section_state(proposal, c2025, "duration", findings) is SectionState.EMPTY


# --- live counters ------------------------------------------------------------------------------


def test_limit_status_in_words(c2025: Call) -> None:
    section = c2025.section("description")
    assert limit_status("one two\nthree  four ", section) == (4, 500, "words")
    assert limit_status("", section) == (0, 500, "words")


def test_limit_status_in_characters(c2025: Call) -> None:
    section = c2025.section("title")
    assert limit_status("Open data", section) == (9, 100, "characters")
    assert limit_status("a\r\nb", section) == (3, 100, "characters")


def test_limit_status_without_a_limit(c2025: Call) -> None:
    assert limit_status("Digital Cooperation", c2025.section("theme")) == (2, None, "words")


# --- across the library -------------------------------------------------------------------------


def drafts_with(people: list[list[dict[str, Any]]]) -> dict[str, Proposal]:
    """Drafts a.toml, b.toml, …, each with only the given people, as organisers."""
    return {
        f"{chr(ord('a') + i)}.toml": Proposal.model_validate({"organizers": organizers})
        for i, organizers in enumerate(people)
    }


def test_a_person_in_too_many_drafts(c2025: Call) -> None:
    drafts = drafts_with([[person("Kim Lee")]] * 3)
    drafts["d.toml"] = build(speakers=[*ready_data()["speakers"], person("kim lee")])
    result = check_across(drafts, c2025)
    assert list(result) == ["a.toml", "b.toml", "c.toml", "d.toml"]
    where = {k: ("organizers", 0) for k in "abc"} | {"d": ("speakers", 3)}
    for key, findings in result.items():
        [finding] = findings
        assert (finding.field, finding.item, finding.level) == (*where[key[0]], Level.WARNING)
        others = ", ".join(k for k in drafts if k != key)
        name = "kim lee" if key == "d.toml" else "Kim Lee"
        assert finding.message.startswith(
            f"{name} is in 4 drafts; the limit is 3 sessions per person. Also in: {others}."
        )
        assert "(2018 rule; check this year's call)" in finding.message


def test_three_drafts_are_within_the_limit(c2025: Call) -> None:
    drafts = drafts_with([[person("Kim Lee")]] * 3)
    assert check_across(drafts, c2025) == {k: [] for k in drafts}


def test_across_matches_folded_names_and_emails(c2025: Call) -> None:
    drafts = drafts_with(
        [
            [person("Kim Lee", email="kim@example.org")],
            [person("KIM  LEE", email="")],
            [person("Kimberly Lee", email="KIM@example.org")],
            [person("Kím Lée")],
        ]
    )
    result = check_across(drafts, c2025)
    assert [len(findings) for findings in result.values()] == [1, 1, 1, 1]
    different = drafts_with([[person("Kim Lee", email=f"kim{i}@example.org")] for i in range(3)])
    different["z.toml"] = Proposal.model_validate({"organizers": [person("Kimberly Lee")]})
    assert check_across(different, c2025) == {k: [] for k in different}


def test_a_person_in_two_roles_counts_once_per_draft(c2025: Call) -> None:
    # Ana is organiser and speaker 1 in every ready draft: 4 drafts, one warning each
    drafts = {f"{i}.toml": build() for i in range(4)}
    result = check_across(drafts, c2025)
    for findings in result.values():
        ana = [f for f in findings if f.message.startswith("Ana Silva")]
        assert len(ana) == 1
        assert ana[0].field == "organizers"


def test_across_with_the_limit_switched_off(c2025: Call) -> None:
    drafts = {f"{i}.toml": build() for i in range(5)}
    assert check_across(drafts, with_rules(c2025, max_sessions_per_person=0)) == {
        k: [] for k in drafts
    }


# --- robustness, cost, independence ------------------------------------------------------------

text = st.text(max_size=40)
people = st.builds(
    Person,
    name=text,
    organization=text,
    email=st.sampled_from(["", "a@x.org", "B@x.org ", "b@x.org"]) | text,
    stakeholder_group=st.sampled_from(["", "Civil Society", "cso", "Pirates"]) | text,
    region=st.sampled_from(["", "GRULAC", "African Group", "Atlantis"]) | text,
    gender=st.sampled_from(["", "f", "male", "Woman"]) | text,
    participation=st.sampled_from(["", "onsite", "online", "in person"]) | text,
    confirmed=st.booleans(),
)
proposals = st.builds(
    Proposal,
    title=text,
    theme=st.sampled_from(["", "Digital Cooperation", "AI & Emerging Technologies"]) | text,
    topics=st.lists(text, max_size=3),
    organizers=st.lists(people, max_size=4),
    speakers=st.lists(people, max_size=6),
    onsite_moderator=st.none() | people,
    online_moderator=st.none() | people,
    rapporteur=st.none() | people,
    format=st.sampled_from(["", "Panel", "roundtable", "Flash Session"]) | text,
    duration=st.none() | st.integers(min_value=-10, max_value=200),
    format_description=text,
    policy_questions=st.lists(text, max_size=7),
    participants_gain=text,
    description=st.text(max_size=300),
    expected_outcomes=text,
    hybrid_format=text,
    sdgs=st.lists(st.integers(min_value=-5, max_value=25), max_size=20),
    links=st.lists(text, max_size=3),
)


@given(proposal=proposals, call_name=st.sampled_from(["igf-2023", "igf-2024", "igf-2025"]))
def test_check_never_raises_and_is_deterministic(proposal: Proposal, call_name: str) -> None:
    call = load_call(call_name)
    findings = check(proposal, call)
    assert findings == check(proposal.model_copy(deep=True), call)
    assert all(isinstance(f.level, Level) and f.message for f in findings)
    state = readiness(proposal, call, findings)
    assert state.ready == (state.errors == 0 and state.sections_complete == state.sections_total)
    for section in call.sections:
        section_state(proposal, call, section.field, findings)
    assert set(check_across({"a": proposal, "b": proposal}, call)) == {"a", "b"}


def test_checking_grows_in_step_with_the_text(c2025: Call) -> None:
    """4x the words costs about 4x the time, not 16x (benchmarks/bench_checks.py times it)."""
    small, large = (build(description=" ".join(["governance"] * n)) for n in (100_000, 400_000))
    assert growth(lambda proposal: check(proposal, c2025), small, large, runs=5) < LINEAR


def test_checks_does_not_import_textual() -> None:
    code = "import proposal_tui.checks, sys; assert 'textual' not in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
