"""The Proposal model: every section may be empty, types are tolerant, wrong types are named."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from conftest import FORM_SECTIONS
from proposal_tui.model import (
    CONTACT_FIELDS,
    PERSON_FIELDS,
    PROPOSAL_FIELDS,
    SDG_NAMES,
    Person,
    Proposal,
    Region,
    StakeholderGroup,
    char_count,
    normalize_format,
    normalize_region,
    normalize_stakeholder_group,
    word_count,
)


def test_every_section_of_the_form_is_a_field_in_the_forms_order() -> None:
    in_model = [f for f in PROPOSAL_FIELDS if f in FORM_SECTIONS]
    assert in_model == FORM_SECTIONS


def test_person_fields() -> None:
    assert PERSON_FIELDS == (
        "name",
        "organization",
        "email",
        "stakeholder_group",
        "region",
        "gender",
        "participation",
        "confirmed",
    )
    assert {"email"} == CONTACT_FIELDS


def test_an_empty_proposal_is_valid_and_every_field_is_empty() -> None:
    proposal = Proposal()
    for field in PROPOSAL_FIELDS:
        assert getattr(proposal, field) in ("", [], None), field
    assert Proposal.model_validate({}) == proposal


@pytest.mark.parametrize("field", PROPOSAL_FIELDS)
def test_each_field_may_be_given_empty(field: str) -> None:
    empty = {"duration": ""} if field == "duration" else {field: ""}
    proposal = Proposal.model_validate(empty)
    assert getattr(proposal, field) in ("", [], None) or getattr(proposal, field) == Person()


def test_an_empty_person_is_valid_and_empty() -> None:
    assert Person().is_empty()
    assert Person.model_validate({}).is_empty()
    assert not Person(name="A").is_empty()
    assert not Person(confirmed=True).is_empty()


# --- tolerant types ------------------------------------------------------------------


@pytest.mark.parametrize(("given", "taken"), [(5, "5"), (1.5, "1.5"), (True, "yes"), (False, "no")])
def test_a_number_where_text_belongs_is_taken_as_text(given: object, taken: str) -> None:
    assert Proposal(title=given).title == taken
    assert Proposal(description=given).description == taken
    assert Person(name=given).name == taken


def test_a_number_in_a_text_list_is_taken_as_text() -> None:
    assert Proposal(policy_questions=[1, "two"]).policy_questions == ["1", "two"]


@pytest.mark.parametrize("field", ["topics", "policy_questions", "links"])
def test_one_string_where_a_list_belongs_becomes_a_one_item_list(field: str) -> None:
    assert getattr(Proposal.model_validate({field: "only one"}), field) == ["only one"]
    assert getattr(Proposal.model_validate({field: "   "}), field) == []


def test_one_string_where_people_belong_becomes_one_named_person() -> None:
    proposal = Proposal(speakers="Ana Silva", organizers=["Bo", {"name": "Cy"}])
    assert proposal.speakers == [Person(name="Ana Silva")]
    assert [p.name for p in proposal.organizers] == ["Bo", "Cy"]


def test_one_table_where_people_belong_becomes_a_one_item_list() -> None:
    proposal = Proposal.model_validate({"organizers": {"name": "A", "email": "a@x.org"}})
    assert proposal.organizers == [Person(name="A", email="a@x.org")]


@pytest.mark.parametrize("role", ["onsite_moderator", "online_moderator", "rapporteur"])
def test_a_bare_string_where_a_person_belongs_becomes_the_persons_name(role: str) -> None:
    proposal = Proposal.model_validate({role: "Dana Lee"})
    assert getattr(proposal, role) == Person(name="Dana Lee")


@pytest.mark.parametrize(
    ("given", "confirmed"),
    [
        ("yes", True),
        ("Yes", True),
        (" YES ", True),
        ("y", True),
        ("true", True),
        ("confirmed", True),
        (True, True),
        (1, True),
        ("no", False),
        ("No", False),
        ("n", False),
        ("false", False),
        ("", False),
        ("unconfirmed", False),
        ("not confirmed", False),
        (False, False),
        (0, False),
    ],
)
def test_yes_and_no_for_confirmed(given: object, confirmed: bool) -> None:
    assert Person(confirmed=given).confirmed is confirmed


@pytest.mark.parametrize(
    ("given", "minutes"),
    [
        ("90 min", 90),
        ("60", 60),
        ("90 Min", 90),
        ("Duration: 30 minutes", 30),
        (60, 60),
        ("", None),
    ],
)
def test_duration_from_text(given: object, minutes: int | None) -> None:
    assert Proposal(duration=given).duration == minutes


def test_duration_text_without_a_number_is_refused_not_dropped() -> None:
    with pytest.raises(ValidationError) as info:
        Proposal(duration="ninety")
    assert info.value.errors()[0]["loc"] == ("duration",)
    assert "ninety" in str(info.value)


@pytest.mark.parametrize(
    ("given", "sdgs"),
    [
        ("SDG 16", [16]),
        ("16", [16]),
        ("16. Peace, Justice and Strong Institutions", [16]),
        (["SDG 5", 16, "Goal 4"], [5, 16, 4]),
        ([1, 17], [1, 17]),
        ("", []),
        ([], []),
    ],
)
def test_sdgs_from_text(given: object, sdgs: list[int]) -> None:
    assert Proposal(sdgs=given).sdgs == sdgs


def test_sdg_text_without_a_number_is_an_error_naming_sdgs() -> None:
    with pytest.raises(ValidationError) as info:
        Proposal(sdgs=["peace"])
    assert info.value.errors()[0]["loc"] == ("sdgs",)
    assert "peace" in str(info.value)


# --- truly wrong types ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "loc"),
    [
        ({"title": {"a": 1}}, ("title",)),
        ({"title": ["a"]}, ("title",)),
        ({"description": {"x": "y"}}, ("description",)),
        ({"policy_questions": [{"a": 1}]}, ("policy_questions", 0)),
        ({"speakers": 5}, ("speakers",)),
        ({"speakers": [{"name": {"first": "A"}}]}, ("speakers", 0, "name")),
        ({"onsite_moderator": 5}, ("onsite_moderator",)),
        ({"duration": 90.5}, ("duration",)),
        ({"duration": [90]}, ("duration",)),
        ({"sdgs": [1.5]}, ("sdgs", 0)),
        ({"speakers": [{"confirmed": "maybe"}]}, ("speakers", 0, "confirmed")),
    ],
)
def test_truly_wrong_types_give_an_error_naming_the_key(data: dict, loc: tuple) -> None:
    with pytest.raises(ValidationError) as info:
        Proposal.model_validate(data)
    assert info.value.errors()[0]["loc"] == loc


def test_assignment_is_validated_too() -> None:
    proposal = Proposal()
    proposal.title = 2025
    assert proposal.title == "2025"
    with pytest.raises(ValidationError):
        proposal.title = {"a": 1}


# --- unknown keys ---------------------------------------------------------------------


def test_unknown_keys_are_kept_at_top_level_and_in_a_person() -> None:
    proposal = Proposal.model_validate(
        {"future_field": "kept", "speakers": [{"name": "A", "pronouns": "she/her"}]}
    )
    assert proposal.model_extra == {"future_field": "kept"}
    assert proposal.speakers[0].model_extra == {"pronouns": "she/her"}
    dumped = proposal.model_dump()
    assert dumped["future_field"] == "kept"
    assert dumped["speakers"][0]["pronouns"] == "she/her"


# --- helpers ----------------------------------------------------------------------------


def test_people_lists_every_role_in_form_order() -> None:
    proposal = Proposal(
        organizers=["O1", "O2"],
        speakers=["S1"],
        onsite_moderator="M",
        rapporteur="R",
    )
    assert [(role, p.name) for role, p in proposal.people()] == [
        ("organizer 1", "O1"),
        ("organizer 2", "O2"),
        ("speaker 1", "S1"),
        ("onsite moderator", "M"),
        ("rapporteur", "R"),
    ]


def test_person_summary() -> None:
    person = Person(name="A", organization="Org", stakeholder_group="Government")
    assert person.summary() == "A, Org, Government"
    assert Person().summary() == "(no name)"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("GRULAC", Region.GRULAC),
        ("weog", Region.WEOG),
        ("Asia Pacific", Region.ASIA_PACIFIC),
        ("Asia", Region.ASIA_PACIFIC),
        ("North America", Region.WEOG),
        ("African Group", Region.AFRICAN),
    ],
)
def test_normalize_region(text: str, canonical: str) -> None:
    assert normalize_region(text) == canonical


def test_normalize_keeps_unknown_values_stripped() -> None:
    assert normalize_region("  Atlantis ") == "Atlantis"
    assert normalize_stakeholder_group(" Pirates ") == "Pirates"
    assert normalize_format(" Juggling ") == "Juggling"


def test_normalize_stakeholder_group_and_format() -> None:
    assert normalize_stakeholder_group("civil society") == StakeholderGroup.CIVIL_SOCIETY
    assert normalize_stakeholder_group("CSO") == StakeholderGroup.CIVIL_SOCIETY
    assert normalize_format("Roundtable") == "Round Table"
    assert normalize_format("round-table") == "Round Table"
    assert normalize_format("BoF") == "Birds of a Feather"


def test_sdg_names_cover_the_seventeen_goals() -> None:
    assert sorted(SDG_NAMES) == list(range(1, 18))
    assert SDG_NAMES[16] == "Peace, Justice and Strong Institutions"


def test_word_and_char_count() -> None:
    assert word_count("") == 0
    assert word_count("  one two\nthree\t four ") == 4
    assert char_count("a\r\nb") == 3
    assert char_count("👩‍👩‍👧") == 5
