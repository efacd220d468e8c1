"""One person, many roles: when two entries are the same person, and linking them (on
loading a schema-1 draft, after an import)."""

from __future__ import annotations

from pathlib import Path

from proposal_tui.importer import import_text
from proposal_tui.model import Person, Proposal
from proposal_tui.people_links import differences, link_people, merged, name_key, same_person

PUBLISHED = Path(__file__).parent / "fixtures" / "published"


def test_name_key_ignores_accents_case_spacing_and_punctuation() -> None:
    assert name_key("  José   PÉREZ-Ruiz ") == name_key("jose perez ruiz") == "jose perez ruiz"
    assert name_key("J. Carlos") == "j carlos"
    assert name_key("") == ""


def test_the_same_person_when_names_agree_and_no_detail_disagrees() -> None:
    ana = Person(name="Ana Lima", organization="Rede Norte", email="ana@example.org")
    assert same_person(ana, Person(name="ana lima"))
    assert same_person(ana, Person(name="Ána  Lima", organization="rede norte", gender="f"))
    assert not same_person(ana, Person(name="Ana Lima", organization="EFF"))
    assert not same_person(ana, Person(name="Ana Lima", email="other@example.org"))
    assert not same_person(ana, Person(name="Ana Souza"))
    assert not same_person(Person(), Person())  # nameless entries are never one person
    blank = Person()
    assert same_person(blank, blank)


def test_unknown_keys_count_as_details() -> None:
    a = Person.model_validate({"name": "Ana", "badge": "A-1"})
    assert same_person(a, Person.model_validate({"name": "Ana", "badge": "a-1 "}))
    assert differences(a, Person.model_validate({"name": "Ana", "badge": "B-2"})) == ["badge"]


def test_merged_fills_blanks_keeps_the_first_spelling_and_confirmation() -> None:
    first = Person(name="Ana Lima", organization="Rede Norte", participation="")
    later = Person.model_validate(
        {"name": "ANA LIMA", "participation": "onsite", "confirmed": True, "badge": "A-1"}
    )
    one = merged(first, later)
    assert (one.name, one.organization, one.participation, one.confirmed) == (
        "Ana Lima",
        "Rede Norte",
        "onsite",
        True,
    )
    assert one.model_extra == {"badge": "A-1"}


def test_link_people_shares_one_record_and_leaves_the_input_alone() -> None:
    ana = Person(name="Ana", organization="Org")
    proposal = Proposal(
        organizers=[ana],
        speakers=[Person(name="Ana", confirmed=True), Person(name="Bo"), Person()],
        onsite_moderator=Person(name="Ana", organization="Other"),
        rapporteur=Person(),
    )
    linked = link_people(proposal)
    record = linked.organizers[0]
    assert linked.speakers[0] is record and record.confirmed
    assert linked.onsite_moderator is not record  # disagrees: kept apart
    assert linked.speakers[2] is not linked.rapporteur
    assert proposal.organizers[0] is ana and not ana.confirmed
    assert len(linked.distinct_people()) == 5


def test_an_imported_2023_page_links_an_organiser_who_also_speaks_and_moderates() -> None:
    result = import_text((PUBLISHED / "real-2023-ws75-digital-innovators.txt").read_text("utf-8"))
    proposal = result.proposal
    peter = proposal.organizers[2]
    assert peter.name == "Peter A. Bruck"
    assert proposal.roles_of(peter) == ["organizer 3", "speaker 5", "onsite moderator"]
    assert peter.organization == "WSA" and peter.stakeholder_group == "Civil Society"
    assert len(proposal.people()) == 11 and len(proposal.distinct_people()) == 7


def test_unlabelled_moderator_and_rapporteur_lines_are_linked_to_the_people_listed() -> None:
    result = import_text(
        "Organizer 1: Ana Lima, Rede Norte\n"
        "Speaker 1: Ana Lima, Civil Society, African Group\n"
        "Speaker 2: Bo Chen, Government\n"
        "Ana Lima\nBo Chen\nCy Dee",
        "igf-2023",
    )
    proposal = result.proposal
    ana, bo = proposal.organizers[0], proposal.speakers[1]
    assert proposal.speakers[0] is ana and proposal.onsite_moderator is ana
    assert proposal.online_moderator is bo and proposal.rapporteur.name == "Cy Dee"
    assert (ana.organization, ana.stakeholder_group) == ("Rede Norte", "Civil Society")
