"""Schema 2 of the draft file: each person once in `[people.<key>]`, roles by key; schema-1
files migrate on load (copies of one person linked), and the first save writes schema 2."""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from proposal_tui.call import load_call
from proposal_tui.checks import Level, check
from proposal_tui.draft_schema import SET_ASIDE, person_key
from proposal_tui.errors import DraftError
from proposal_tui.export import export
from proposal_tui.model import PERSON_FIELDS, Person, Proposal
from proposal_tui.people_links import differences, fold, link_people, name_key
from proposal_tui.store import (
    SCHEMA_VERSION,
    dump_draft,
    list_revisions,
    load_draft,
    parse_draft,
    read_draft,
    save_draft,
)

CALL = load_call("igf-2025")
FORMATS = ("text", "markdown", "json")


def schema_1_text(proposal: Proposal) -> str:
    """A proposal as proposal-tui wrote it before schema 2: each role its own copy."""
    return tomli_w.dumps({"schema": 1, **proposal.model_dump(exclude_none=True)})


def exports(proposal: Proposal) -> list[str]:
    return [export(proposal, CALL, fmt, include_contacts=True) for fmt in FORMATS]


def _roles(proposal: Proposal) -> list[tuple[str, Person]]:
    return proposal.people()


ANA = Person(
    name="Ana Lima",
    organization="Rede Norte",
    email="ana@example.org",
    stakeholder_group="Civil Society",
    region="Latin American and Caribbean Group (GRULAC)",
    gender="female",
)


# --- the file format ------------------------------------------------------------------------


def test_one_person_in_three_roles_is_written_once() -> None:
    ana = ANA.model_copy(update={"participation": "onsite", "confirmed": True})
    bo = Person(name="Bo Chen", organization="Open Labs")
    proposal = Proposal(
        title="T", organizers=[ana, bo], speakers=[ana], onsite_moderator=ana, online_moderator=bo
    )
    text = dump_draft(proposal)
    raw = tomllib.loads(text)
    assert text.startswith(f"schema = {SCHEMA_VERSION}\n") and SCHEMA_VERSION == 2
    assert raw["organizers"] == ["ana-lima", "bo-chen"]
    assert raw["speakers"] == ["ana-lima"]
    assert raw["onsite_moderator"] == "ana-lima"
    assert raw["online_moderator"] == "bo-chen"
    assert "rapporteur" not in raw
    assert list(raw["people"]) == ["ana-lima", "bo-chen"]
    assert raw["people"]["ana-lima"]["participation"] == "onsite"
    assert text.count('name = "Ana Lima"') == 1


def test_roles_naming_one_key_share_one_record_so_an_edit_reaches_every_role() -> None:
    ana = ANA.model_copy()
    proposal = Proposal(organizers=[ana], speakers=[ana], rapporteur=ana)
    loaded = parse_draft(dump_draft(proposal).encode())
    record = loaded.organizers[0]
    assert loaded.speakers[0] is record and loaded.rapporteur is record
    assert loaded.roles_of(record) == ["organizer 1", "speaker 1", "rapporteur"]
    record.organization = "Rede Sul"
    assert loaded.rapporteur.organization == "Rede Sul"
    renamed = record.model_copy(update={"name": "Ana Lima Souza"})
    loaded.replace_person(record, renamed)
    assert [p.name for _, p in loaded.people()] == ["Ana Lima Souza"] * 3
    raw = tomllib.loads(dump_draft(loaded))
    assert raw["speakers"] == ["ana-lima-souza"] and list(raw["people"]) == ["ana-lima-souza"]


def test_removing_from_one_role_leaves_the_others_and_from_the_draft_takes_all() -> None:
    ana = ANA.model_copy()
    proposal = Proposal(organizers=[ana], speakers=[ana], onsite_moderator=ana)
    proposal.speakers = []
    assert proposal.roles_of(ana) == ["organizer 1", "onsite moderator"]
    proposal.remove_person(ana)
    assert proposal.people() == []


def test_distinct_people_counts_each_person_once() -> None:
    ana, bo = ANA.model_copy(), Person(name="Bo")
    proposal = Proposal(
        organizers=[ana, bo], speakers=[ana, ANA.model_copy()], onsite_moderator=Person()
    )
    assert proposal.distinct_people() == [ana, bo, Person()]


@pytest.mark.parametrize(
    ("name", "taken", "key"),
    [
        ("Carolina Botero", set(), "carolina-botero"),
        ("José  Pérez-Ruiz", set(), "jose-perez-ruiz"),
        ("J. Carlos Lara", {"j-carlos-lara"}, "j-carlos-lara-2"),
        ("", {"person"}, "person-2"),
        ("王芳", set(), "王芳"),
        ("!!!", set(), "person"),
    ],
)
def test_keys_are_readable_and_unique(name: str, taken: set[str], key: str) -> None:
    assert person_key(name, taken) == key


def test_people_with_one_name_but_different_details_get_two_keys() -> None:
    proposal = Proposal(
        speakers=[ANA, ANA.model_copy(update={"organization": "Other Org"}), Person(), Person()]
    )
    raw = tomllib.loads(dump_draft(proposal))
    assert raw["speakers"] == ["ana-lima", "ana-lima-2", "person", "person-2"]


def test_unknown_keys_inside_a_person_and_unnamed_table_entries_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text(
        "schema = 2\n"
        'speakers = ["ana"]\n'
        'rapporteur = "ana"\n'
        "[people.ana]\n"
        'name = "Ana"\n'
        'pronouns = "she/her"\n'
        "when = 2025-03-16\n"
        "[people.spare]\n"
        'name = "Spare"\n'
        "note = 1\n",
        encoding="utf-8",
    )
    draft = read_draft(path)
    assert draft.proposal.speakers[0].model_extra == {
        "pronouns": "she/her",
        "when": dt.date(2025, 3, 16),
    }
    save_draft(path, draft.proposal.model_copy(update={"title": "New"}), expected=draft.fingerprint)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["people"]["ana"]["pronouns"] == "she/her"
    assert raw["people"]["spare"] == {"name": "Spare", "note": 1}
    assert raw["speakers"] == ["ana"] and raw["rapporteur"] == "ana"


def test_a_role_naming_no_one_is_one_clear_error() -> None:
    text = b'schema = 2\nspeakers = ["ana", "nobody"]\n[people.ana]\nname = "Ana"\n'
    with pytest.raises(DraftError, match=r'speakers: "nobody" is not a person of this draft'):
        parse_draft(text, "d.toml")


def test_a_bad_value_in_the_people_table_names_its_place() -> None:
    text = b'schema = 2\nspeakers = ["ana"]\n[people.ana]\nname = "Ana"\nconfirmed = 3.5\n'
    with pytest.raises(DraftError, match=r"people\.ana\.confirmed: expected true or false"):
        parse_draft(text, "d.toml")


def test_schema_2_roles_may_still_be_written_in_place() -> None:
    loaded = parse_draft(b'schema = 2\nspeakers = [{name = "Ana"}]\nrapporteur = ""\n')
    assert loaded.speakers == [Person(name="Ana")] and loaded.rapporteur is None


def test_a_people_key_that_is_not_a_table_of_people_is_set_aside_not_lost() -> None:
    old = parse_draft(b'schema = 1\npeople = "everyone"\ntitle = "x"\n')
    again = tomllib.loads(dump_draft(old))
    assert again[SET_ASIDE] == "everyone" and "people" not in again
    assert parse_draft(dump_draft(old).encode()).model_extra == {SET_ASIDE: "everyone"}


# --- migration from schema 1 ----------------------------------------------------------------


def test_a_schema_1_file_loads_linked_and_its_first_save_writes_schema_2(tmp_path: Path) -> None:
    speaker = ANA.model_copy(update={"participation": "onsite", "confirmed": True})
    moderator = ANA.model_copy(update={"email": ""})  # the copy drifted: no place, no email
    old = schema_1_text(Proposal(title="T", speakers=[speaker], onsite_moderator=moderator))
    path = tmp_path / "old.toml"
    path.write_text(old, encoding="utf-8")
    draft = read_draft(path)
    ana = draft.proposal.speakers[0]
    assert draft.proposal.onsite_moderator is ana
    assert (ana.participation, ana.confirmed, ana.email) == ("onsite", True, "ana@example.org")
    save_draft(path, draft.proposal, expected=draft.fingerprint)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["schema"] == 2
    [revision] = list_revisions(path)
    assert revision.path.read_text(encoding="utf-8") == old


def test_copies_that_disagree_stay_apart_and_a_finding_says_so() -> None:
    speaker = ANA.model_copy(update={"participation": "online"})
    moderator = ANA.model_copy(update={"participation": "onsite", "organization": "EFF"})
    loaded = parse_draft(
        schema_1_text(Proposal(speakers=[speaker], onsite_moderator=moderator)).encode()
    )
    assert loaded.speakers[0] is not loaded.onsite_moderator
    assert loaded.speakers[0] == speaker and loaded.onsite_moderator == moderator
    [finding] = [f for f in check(loaded, CALL) if "entered twice" in f.message]
    assert finding.field == "onsite_moderator" and finding.level is Level.WARNING
    assert 'organisation: "Rede Norte" / "EFF"' in finding.message
    assert 'onsite/online: "online" / "onsite"' in finding.message
    assert "as speaker 1" in finding.message


def test_copies_differing_only_in_accents_case_and_spacing_are_one_person() -> None:
    variant = ANA.model_copy(update={"name": "ana  LIMA", "organization": "Redé norte"})
    loaded = parse_draft(schema_1_text(Proposal(organizers=[ANA], speakers=[variant])).encode())
    assert loaded.organizers[0] is loaded.speakers[0]
    assert loaded.speakers[0].name == "Ana Lima"  # the first spelling in form order
    assert not [f for f in check(loaded, CALL) if "entered twice" in f.message]


def test_an_onsite_moderator_who_speaks_online_is_a_finding_naming_both_roles() -> None:
    ana = ANA.model_copy(update={"participation": "online"})
    loaded = parse_draft(dump_draft(Proposal(speakers=[ana], onsite_moderator=ana)).encode())
    [finding] = [
        f for f in check(loaded, CALL) if f.field == "onsite_moderator" if "online" in f.message
    ]
    assert finding.message.startswith("Ana Lima (also speaker 1) is marked online.")


# --- properties -------------------------------------------------------------------------------

NAMES = ["Ana Lima", "José Pérez", "Chen Wei", "Zoë Ødegaard", "Bo", ""]
DETAILS = {
    "organization": ["Rede Norte", "Open Labs", ""],
    "email": ["a@example.org", "b@example.org", ""],
    "stakeholder_group": ["Civil Society", "Government", ""],
    "region": ["African Group", "Asia-Pacific Group", ""],
    "gender": ["female", "male", ""],
    "participation": ["onsite", "online", ""],
}


@st.composite
def persons(draw: st.DrawFn) -> Person:
    data: dict[str, Any] = {"name": draw(st.sampled_from(NAMES))}
    data |= {field: draw(st.sampled_from(values)) for field, values in DETAILS.items()}
    data["confirmed"] = draw(st.booleans())
    if draw(st.booleans()):
        data["badge"] = draw(st.sampled_from(["A-1", "B-2"]))
    return Person.model_validate(data)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@st.composite
def variants(draw: st.DrawFn, person: Person) -> Person:
    """Another copy of `person` as a schema-1 draft could hold it: blanks, other spellings."""
    update: dict[str, Any] = {}
    for field in PERSON_FIELDS:
        value = getattr(person, field)
        if field == "confirmed":
            update[field] = draw(st.booleans())
        elif draw(st.integers(0, 3)) == 0:
            update[field] = ""
        elif draw(st.integers(0, 3)) == 0:
            update[field] = draw(st.sampled_from([str.upper, str.lower, _strip_accents]))(value)
    return person.model_copy(update=update)


@st.composite
def schema_1_proposals(draw: st.DrawFn, *, exact_copies: bool) -> Proposal:
    """A proposal whose roles draw on a small pool of people, each role holding a copy."""
    if exact_copies:  # the old wizard's "pick someone already entered": equal copies
        pool = draw(st.lists(persons(), min_size=1, max_size=4, unique_by=lambda p: p.name))
    else:
        pool = draw(st.lists(persons(), min_size=1, max_size=4))

    def entry() -> Person:
        if exact_copies:
            return draw(st.sampled_from(pool)).model_copy()
        person = draw(st.sampled_from(pool)) if draw(st.booleans()) else draw(persons())
        return draw(variants(person))

    def some() -> list[Person]:
        return [entry() for _ in range(draw(st.integers(0, 3)))]

    def maybe() -> Person | None:
        return entry() if draw(st.booleans()) else None

    return Proposal(
        title="T",
        organizers=some(),
        speakers=some(),
        onsite_moderator=maybe(),
        online_moderator=maybe(),
        rapporteur=maybe(),
    )


@settings(max_examples=150, deadline=None)
@given(schema_1_proposals(exact_copies=True))
def test_any_schema_1_proposal_with_plain_copies_migrates_with_the_same_export(
    proposal: Proposal,
) -> None:
    migrated = parse_draft(schema_1_text(proposal).encode())
    assert exports(migrated) == exports(proposal)
    saved = dump_draft(migrated)
    assert tomllib.loads(saved)["schema"] == 2
    assert exports(parse_draft(saved.encode())) == exports(proposal)


def _filled(copies: list[Person]) -> Person:
    """What merging `copies` (in form order) must give: each detail the first copy's that
    is not blank (that very spelling), blank when every copy is; confirmed if any copy is."""
    data: dict[str, Any] = {}
    for copy in copies:
        for field, value in copy.model_dump().items():
            if field == "confirmed":
                data[field] = data.get(field, False) or value
            elif isinstance(data.get(field), str) and not data[field].strip():
                data[field] = value if isinstance(value, str) and value.strip() else data[field]
            else:
                data.setdefault(field, value)
    return Person.model_validate(data)


@settings(max_examples=150, deadline=None)
@given(schema_1_proposals(exact_copies=False))
def test_any_schema_1_proposal_migrates_keeping_every_detail_of_every_role(
    proposal: Proposal,
) -> None:
    """Copies that differ only by blanks (and accents, case, spacing) merge; what holds then,
    exactly: each role's export is the merge of the copies it now shares a record with."""
    migrated = parse_draft(schema_1_text(proposal).encode())
    before, after = _roles(proposal), _roles(migrated)
    assert [role for role, _ in before] == [role for role, _ in after]
    groups: dict[int, list[Person]] = {}
    for (_, old), (_, new) in zip(before, after, strict=True):
        groups.setdefault(id(new), []).append(old)
    expected = proposal.model_copy(deep=True)
    for (role, _), (_, new) in zip(before, after, strict=True):
        copies = groups[id(new)]
        # one record holds only copies of one named person whose given details agree ...
        assert len(copies) == 1 or len({name_key(c.name) for c in copies} - {""}) == 1
        for field in {key for c in copies for key in c.model_dump()} - {"confirmed"}:
            given = {fold(v) for c in copies if isinstance(v := getattr(c, field, ""), str)}
            assert len(given - {""}) <= 1, (role, field)
        # ... and is their merge: the first spelling given of each detail, blanks filled
        assert new == _filled(copies), role
        noun, _, number = role.rpartition(" ")
        if number.isdigit():
            field = {"organizer": "organizers", "speaker": "speakers"}[noun]
            getattr(expected, field)[int(number) - 1] = _filled(copies)
        else:
            setattr(expected, role.replace(" ", "_"), _filled(copies))
    # the export keeps every non-empty detail of every role: it is the export of the merges
    assert exports(migrated) == exports(expected)
    for (_, old), (_, new) in zip(before, after, strict=True):
        for field, value in old.model_dump().items():
            if isinstance(value, str) and value.strip():
                assert fold(getattr(new, field)) == fold(value), field
            elif field == "confirmed":
                assert new.confirmed or not value
    # records kept apart under one name disagree on a detail both give (a finding says so)
    records = list({id(new): new for _, new in after}.values())
    for i, a in enumerate(records):
        for b in records[i + 1 :]:
            if name_key(a.name) and name_key(a.name) == name_key(b.name):
                assert differences(a, b), (a, b)
    # ... and schema 2 keeps what the migration made: the same export, the same sharing
    again = parse_draft(dump_draft(migrated).encode())
    assert exports(again) == exports(migrated)
    sharing = [[a is b for _, b in after] for _, a in after]
    assert [[a is b for _, b in _roles(again)] for _, a in _roles(again)] == sharing
    assert dump_draft(again) == dump_draft(migrated)


@settings(max_examples=100, deadline=None)
@given(schema_1_proposals(exact_copies=False))
def test_schema_2_round_trips_records_and_their_sharing(proposal: Proposal) -> None:
    linked = link_people(proposal)
    for before in (proposal, linked):
        again = parse_draft(dump_draft(before).encode())
        assert again == before
        assert exports(again) == exports(before)
    again = parse_draft(dump_draft(linked).encode())
    shared = [[a is b for _, b in linked.people()] for _, a in linked.people()]
    assert [[a is b for _, b in again.people()] for _, a in again.people()] == shared


@pytest.mark.parametrize(
    "sample", sorted((Path(__file__).parent.parent / "sample_proposals").glob("*.toml"))
)
def test_each_sample_draft_loads_and_saves_as_schema_2_with_the_same_export(sample: Path) -> None:
    proposal = load_draft(sample)
    saved = dump_draft(proposal)
    assert tomllib.loads(saved)["schema"] == 2
    assert exports(parse_draft(saved.encode())) == exports(proposal)
