"""The importer: published proposal text (and our own text export) back into a draft.

Fixtures under tests/fixtures/published/ are fresh text written for these tests in the
layouts of several years' published pages, with the messes real copies have.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import LINEAR, growth
from proposal_tui.call import SHIPPED_CALLS_DIR, Call, available_calls, load_call
from proposal_tui.cli import main
from proposal_tui.errors import CallError
from proposal_tui.export import export_text
from proposal_tui.import_people import NOBODY
from proposal_tui.import_sections import reserved_line
from proposal_tui.importer import ImportResult, import_text
from proposal_tui.model import Person, Proposal, normalize_region, normalize_stakeholder_group
from proposal_tui.people_links import link_people, name_key
from proposal_tui.store import dump_draft, load_draft, parse_draft

FIXTURES = Path(__file__).parent / "fixtures" / "published"
SAMPLES = Path(__file__).resolve().parent.parent / "sample_proposals"

CS, GOV, PS, TC, IGO = (
    "Civil Society",
    "Government",
    "Private Sector",
    "Technical Community",
    "Intergovernmental Organization",
)
AFRICA, ASIA, EEG, GRULAC, WEOG = (
    "African Group",
    "Asia-Pacific Group",
    "Eastern European Group",
    "Latin American and Caribbean Group (GRULAC)",
    "Western European and Others Group (WEOG)",
)


def person(name: str = "", group: str = "", region: str = "", org: str = "") -> Person:
    return Person(name=name, organization=org, stakeholder_group=group, region=region)


def read_fixture(name: str) -> ImportResult:
    return import_text((FIXTURES / name).read_text(encoding="utf-8"))


def without_emails(proposal: Proposal) -> Proposal:
    copy = proposal.model_copy(deep=True)
    for _, someone in copy.people():
        someone.email = ""
    return copy


def as_pasted(proposal: Proposal, call: Call) -> Proposal:
    """What the text export carries: SDGs as ticked boxes (goal order, each once) and, where
    the call prints policy questions bare, no empty question (nothing marks its place)."""
    copy = proposal.model_copy(deep=True)
    copy.sdgs = sorted(set(copy.sdgs))
    if call.policy_question_prefix == "none":
        copy.policy_questions = [q for q in copy.policy_questions if q]
    return copy


# --- published layouts -------------------------------------------------------------------


def test_a_2019_page_with_a_room_layout_and_labels_of_its_own() -> None:
    result = read_fixture("igf-2019-community-networks.txt")
    assert result.call_name == "igf-2019"  # judged by its own year
    assert result.proposal == Proposal(
        call="igf-2019",
        title="Community networks and the last mile: who pays for rural connectivity?",
        theme="Digital Inclusion",
        organizers=[],  # rows giving only a group and region name no one: in the notes
        speakers=[
            person("Wanjiru Kamau", CS, AFRICA),
            person("Rafael Quispe", TC, GRULAC),
            person("Ingrid Solheim", GOV, WEOG),
        ],
        format="Round Table",
        duration=90,
        policy_questions=[
            "What licensing and spectrum rules let community networks operate legally in "
            "rural areas?",
            "How can universal service funds support networks that local people own?",
            "Which skills do community networks need to keep running after the first grant "
            "runs out?",
        ],
        description=(
            "Across Africa, Latin America and the Pacific, villages have built their own "
            "networks with second-hand radios, solar panels and volunteer labour. Many of them "
            "go dark when the first grant ends. This round table asks which rules and which "
            "money keep them running.\n\n"
            "Each speaker brings one network they helped to start and one rule that stood in "
            "its way."
        ),
        expected_outcomes=(
            "A short list of regulatory changes that community networks ask for, shared with "
            "national regulators and the Dynamic Coalition on Community Connectivity."
        ),
        sdgs=[5, 9, 10],
        import_notes=result.proposal.import_notes,
    )
    assert result.notes == (
        "Published as IGF 2019 WS #187.",
        'Room layout "Circle" left out (the draft has no place for it).',
        "Not placed: 2 lines among the organizers; kept in the import notes.",
        'Not placed: 2 lines under "Relevance to Theme"; kept in the import notes.',
        'Not placed: 2 lines under "Relevance to Internet Governance"; kept in the import notes.',
        'Not placed: 2 lines under "Discussion Facilitation"; kept in the import notes.',
        'Not placed: 1 line under "Online Participation"; kept in the import notes.',
    )
    assert result.proposal.import_notes == "\n".join(result.notes) + (
        "\n\n"
        "Not placed, among the organizers:\n"
        "Organizer 1: Civil Society, African Group\n"
        "Organizer 2: Technical Community, Asia-Pacific Group\n\n"
        'Not placed, under "Relevance to Theme":\n'
        "Community networks connect the people that commercial operators\n"
        "leave behind, which is the heart of digital inclusion.\n\n"
        'Not placed, under "Relevance to Internet Governance":\n'
        "Spectrum, licensing and universal service rules are\n"
        "set by governments, with input from operators and the communities themselves.\n\n"
        'Not placed, under "Discussion Facilitation":\n'
        "The moderator opens with the three policy questions and then gives the floor to the\n"
        "room for most of the session.\n\n"
        'Not placed, under "Online Participation":\n'
        "Usage of IGF Official Tool."
    )


def test_a_2023_page_with_format_and_duration_on_one_line() -> None:
    result = read_fixture("igf-2023-cybercrime-convention.txt")
    camila = person("Camila Ortega", CS, GRULAC)
    mei = person("Mei Lin Tan", TC, ASIA)
    assert result.call_name == "igf-2023"
    assert result.proposal == Proposal(
        call="igf-2023",
        title="Cybercrime Convention Negotiations: Keeping Human Rights in the Text",
        theme="Cybersecurity, Cybercrime & Online Safety",
        topics=["Cyberattacks, Cyberconflicts and International Security", "Human Rights Online"],
        organizers=[Person()],  # the hidden one; the others give no name: in the notes
        speakers=[
            camila,
            person("Yusuf Abubakar", GOV, AFRICA),
            mei,
            person("Anders Holm", PS, WEOG),
        ],
        onsite_moderator=camila,
        online_moderator=person("Sipho Ndlovu", CS, AFRICA),
        rapporteur=mei,
        format="Round Table",
        duration=60,
        policy_questions=[
            "Which procedural safeguards must a cybercrime convention contain so that its "
            "investigative powers cannot be turned against journalists and human rights "
            "defenders?",
            "How should the convention define cybercrime so that security research and "
            "whistleblowing stay lawful?",
            "What part should civil society and the technical community play in reviewing how "
            "states apply the convention?",
        ],
        participants_gain=(
            "Participants will leave knowing where the draft convention stands, which articles "
            "are still open, and how to raise their concerns with their national delegations "
            "before the final session."
        ),
        description=(
            "States are negotiating a new treaty on cybercrime. Its chapters on procedural "
            "powers and international cooperation will shape how police anywhere can ask for "
            "data held anywhere else.\n\n"
            "Human rights groups warn that vague definitions could criminalise security "
            "research, and that cooperation without safeguards could help governments reach "
            "critics abroad. Industry worries about conflicting orders from different "
            "countries.\n\n"
            "This round table puts a negotiator, a security researcher, a cloud provider and a "
            "digital rights advocate at one table to find the safeguards they can all support."
        ),
        expected_outcomes=(
            "A one-page list of safeguards that all four stakeholder groups at the table "
            "support, sent to the negotiating committee before its final session."
        ),
        hybrid_format=(
            "The online moderator keeps a separate queue for remote participants and every "
            "second intervention comes from it. Questions can also be posted in advance on a "
            "shared document."
        ),
        sdgs=[16, 17],
        import_notes=result.proposal.import_notes,
    )
    assert result.notes == (
        "Published as IGF 2023 WS #341.",
        "Organizer 2: hidden fields (🔒) left empty.",
        "Not placed: 2 lines among the organizers; kept in the import notes.",
    )
    assert result.proposal.import_notes.endswith(
        "\n\nNot placed, among the organizers:\n"
        "Organizer 1: Civil Society, Latin American and Caribbean Group (GRULAC)\n"
        "Organizer 3: Private Sector, Western European and Others Group (WEOG)"
    )


def test_a_2024_page_with_organisations_and_moderators_by_name_only() -> None:
    result = read_fixture("igf-2024-digital-public-infrastructure.txt")
    nadia = person("Nadia Rahman", CS, ASIA, "Digital Futures Lab")
    tiago = person("Tiago Mendes", TC, GRULAC, "University of the West Indies, Mona")
    assert result.call_name == "igf-2024"
    assert result.proposal == Proposal(
        call="igf-2024",
        title="Digital public infrastructure that people can trust",
        theme="Improving digital governance for the Internet We Want",
        organizers=[nadia, tiago],  # one record per person: the speaker's details too
        speakers=[
            nadia,
            tiago,
            person("Halima Yusuf", GOV, AFRICA, "Ministry of ICT and Innovation"),
            person("Piotr Zielinski", PS, EEG, "OpenID Europe"),
        ],
        # bare names: the speaker's details are copied
        onsite_moderator=nadia,
        online_moderator=tiago,
        rapporteur=person("Leila Haddad", CS, ASIA),
        format="Panel",
        duration=60,
        format_description=(
            "A panel lets four speakers who built or audited a national ID, payments or data "
            "exchange system each present one design choice, followed by questions from the "
            "room."
        ),
        policy_questions=[
            "What governance rules should apply before a country adopts a digital ID or "
            "payment system built by a foreign vendor?",
            "How can people see, correct and contest the data that public digital systems "
            "hold about them?",
        ],
        participants_gain=(
            "A comparison of four national systems and a checklist of the safeguards that "
            "made people trust them."
        ),
        description=(
            "Governments are building digital identity, payment and data exchange systems as "
            "shared infrastructure. Whether people trust them depends on who runs them, who "
            "can see the data and how mistakes are fixed."
        ),
        expected_outcomes=(
            "A published comparison of the four systems discussed, with the safeguards each "
            "one uses."
        ),
        hybrid_format=(
            "Two of the four speakers join online, and the online moderator reads questions "
            "from remote hubs in Dhaka and Kingston."
        ),
        sdgs=[9, 16],
        import_notes="Published as IGF 2024 WS #58.",
    )
    assert result.notes == ("Published as IGF 2024 WS #58.",)


def test_a_2025_page_with_separate_duration_bare_questions_and_a_list_of_goals() -> None:
    result = read_fixture("igf-2025-ai-governance.txt")
    aroha = person("Aroha Ngata", CS, ASIA)
    fatou = person("Fatou Sarr", GOV, AFRICA)
    assert result.call_name == "igf-2025"
    assert result.proposal == Proposal(
        call="igf-2025",
        title="Who audits the algorithm? Public-sector AI and accountability",
        theme="Sustainable and Responsible Innovation",
        organizers=[aroha, person("Jonas Becker", TC, WEOG)],
        speakers=[
            aroha,
            fatou,
            person("Diego Alvarado", PS, GRULAC),
            person("Katarzyna Nowak", IGO, IGO),
        ],
        onsite_moderator=person("Jonas Becker", TC, WEOG),  # an organiser, matched by name
        online_moderator=fatou,
        rapporteur=aroha,
        format="Round Table",  # printed "Roundtable"
        duration=90,
        format_description=(
            "A round table with no slides: each speaker opens with two minutes on one audit "
            "they have run or resisted, then the moderators open the floor."
        ),
        policy_questions=[
            "Who should audit algorithms that public agencies use to grant benefits or target "
            "inspections?",
            "What should public procurement rules require before an agency buys an AI system?",
            "How can people contest a decision made with the help of an algorithm?",
        ],
        participants_gain=(
            "Practical examples of algorithm audits from four regions and a short guide to "
            "procurement clauses that have worked."
        ),
        description=(
            "Public agencies use automated systems to decide who receives benefits and who is "
            "inspected. When these systems fail, the people affected are often the last to "
            "know."
        ),
        expected_outcomes="A shared list of audit practices, published with the session report.",
        hybrid_format="Online participants use the same speaking queue as the room.",
        sdgs=[5, 10, 16],
        import_notes="Published as IGF 2025 WS #112.",
    )
    assert result.notes == ("Published as IGF 2025 WS #112.",)


def test_a_messy_copy_with_repeats_locks_restarts_and_missing_labels() -> None:
    result = read_fixture("messy-shutdowns.txt")
    lucia = person("Lucía Fernández", GOV, GRULAC)
    assert result.call_name == "igf-2023"
    assert result.proposal == Proposal(
        call="igf-2023",
        title="Keeping the lights on: internet shutdowns during elections",
        theme="Human Rights & Freedoms",
        organizers=[
            person("", CS, AFRICA),  # the name was a 🔒
            person("Eszter Varga", org="Eastern Europe Digital Watch"),
        ],
        speakers=[  # numbered 1, 2, 1, 2, 3: merged by name
            person("Grace Achieng", CS, AFRICA),
            person("Arjun Mehta", PS, ASIA),
            lucia,
        ],
        onsite_moderator=lucia,  # printed with no label after the speakers
        format="Round Table",  # printed with no "Format" label
        duration=90,
        policy_questions=[
            "What can election bodies do before voting day to make a shutdown less likely?",
            "How should network operators respond to an order to cut access during an election?",
        ],
        description=(
            "Shutdowns cluster around elections. In the last five years, more than twenty "
            "countries cut mobile data or blocked messaging apps on or near voting day.\n\n"
            "Election observers, network operators and regulators rarely sit down together "
            "before the vote. This session brings them to one table."
        ),
        expected_outcomes=(
            "A checklist for election observers on documenting a shutdown.\n\n"
            "A follow-up call with national election bodies in early 2024."
        ),
        sdgs=[16],
        import_notes=result.proposal.import_notes,
    )
    assert result.notes == (
        "Published as IGF 2023 WS #77.",
        "Organizer 1: hidden fields (🔒) left empty.",
        "Organizer 2: hidden fields (🔒) left empty.",
        'Speaker "Grace Achieng" was listed twice, merged into one.',
        'Speaker "Arjun Mehta" was listed twice, merged into one.',
        'Guess: "Round Table - 90 Min" placed in Format: an unlabelled line that names a format.',
        "Policy Question(s): 1 repeated item kept once.",
        "Description: 1 repeated paragraph kept once.",
        "Expected Outcomes appeared twice with different text; added 1 new paragraph after "
        "the first text.",
        'Guess: "Lucía Fernández, Government, Latin American and Caribbean Group (GRULAC)" '
        "placed in Moderator: an unlabelled person, in the form's order.",
        'Not placed: 1 line under "Session Materials"; kept in the import notes.',
        "Not placed: 2 lines before the first label; kept in the import notes.",
    )
    assert result.proposal.import_notes == "\n".join(result.notes) + (
        "\n\n"
        'Not placed, under "Session Materials":\n'
        "Speakers' bios and the observers' checklist draft are on the shared drive.\n\n"
        "Not placed, before the first label:\n"
        "Hi all -- pasting last year's accepted proposal below so we can reuse it.\n"
        "Let me know what to change."
    )


def test_an_email_copy_wrapped_at_fifty_columns() -> None:
    result = read_fixture("igf-2024-email-wrapped-youth.txt")
    amara = person("Amara Diallo", CS, AFRICA, "Youth IGF Senegal")
    sofia = person("Sofía Ramírez", TC, GRULAC, "Universidad Nacional de la Plata")
    hannah = person("Hannah Fischer", CS, WEOG, "Stiftung Digitale Jugend")
    kenji = person("Kenji Watanabe", PS, ASIA)  # region wrapped: "Group"
    assert result.call_name == "igf-2024"
    assert result.proposal == Proposal(
        call="igf-2024",
        title="Youth voices in platform governance: from consultation to co-design",
        theme="Advancing human rights and inclusion in the digital age",  # wrapped
        organizers=[amara, kenji],  # one record per person: linked across roles
        speakers=[  # wrapped inside organisations, groups and regions; two listed twice
            amara,
            sofia,
            person("Tomasz Kowalczyk", GOV, EEG, "Ministry of Digital Affairs"),
            hannah,
        ],
        onsite_moderator=hannah,
        online_moderator=kenji,
        rapporteur=sofia,
        format="Round Table",
        duration=90,
        format_description=(
            "A round table keeps the young participants at the same table as the platform "
            "and government speakers, with no stage."
        ),
        policy_questions=[
            "How can platforms move from consulting young people to designing rules with them?",
            "What should a youth advisory body be allowed to see and change?",
            "Which public bodies should check that such bodies are more than a name?",
        ],
        participants_gain=(  # under a label wrapped onto two lines
            "Three worked examples of youth co-design, and a template for a youth advisory charter."
        ),
        description=(
            "Young people are the largest group of users on most platforms, yet they are "
            "consulted last, if at all. Some companies now run youth councils; few of them can "
            "change anything.\n\n"
            "This session compares four such councils and asks what it takes for young people "
            "to shape the rules rather than comment on them."
        ),
        expected_outcomes=("A draft youth advisory charter, open for comment until the next IGF."),
        hybrid_format=(
            "Two speakers join from youth hubs in Dakar and Manila; the online moderator takes "
            "every third question from the online queue."
        ),
        sdgs=[4, 10, 16],
        import_notes=result.proposal.import_notes,
    )
    assert result.notes == (
        "Published as IGF 2024 WS #203.",
        "Organizer 2: hidden fields (🔒) left empty.",
        'Speaker "Amara Diallo" was listed twice, merged into one.',
        'Speaker "Sofía Ramírez" was listed twice, merged into one.',
        'Not placed: 2 lines under "Further Reading"; kept in the import notes.',
        "Not placed: 3 lines before the first label; kept in the import notes.",
    )
    assert result.proposal.import_notes.endswith(
        'Not placed, under "Further Reading":\n'
        "The councils' public reports are linked on the\n"
        "organisers' site.\n\n"
        "Not placed, before the first label:\n"
        "Subject: Fwd: our 2024 workshop text\n\n"
        "Forwarding the text as it was published, so we can\n"
        "start the new draft from it."
    )


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_fixture_imports_the_same_with_crlf_and_a_bom(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    windows = import_text("\ufeff" + text.replace("\n", "\r\n"))
    assert windows == import_text(text)


# --- our own export, back again ------------------------------------------------------------

SAMPLE_FILES = sorted(SAMPLES.glob("*.toml"))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_every_sample_draft_comes_back_from_its_text_export(path: Path) -> None:
    proposal = load_draft(path)
    call = load_call(proposal.call)
    text = export_text(proposal, call)
    for call_name in (call.name, None):  # given, or known from the call title on line one
        result = import_text(text, call_name)
        assert result.proposal == as_pasted(without_emails(proposal), call)
        assert result.notes == ()
        assert result.call_name == call.name


def test_there_are_sample_drafts_to_round_trip() -> None:
    assert SAMPLE_FILES


def test_a_full_proposal_comes_back_for_every_call() -> None:
    for name in available_calls():
        call = load_call(name)
        people = [
            Person(name="Ana Lima", organization="Rede, Norte", stakeholder_group=CS),
            Person(name="", region=AFRICA, gender="female"),  # nameless, with details
            Person(name="Bo Chen"),
        ]
        proposal = Proposal(
            call=name,
            title="Community Networks: Who Pays, and How?",
            theme=call.themes[0],
            topics=["one tag", "another tag"] if call.section("topics") else [],
            organizers=people,
            speakers=[p.model_copy(update={"confirmed": True}) for p in people[:2]],
            onsite_moderator=Person(name="", stakeholder_group=GOV),
            online_moderator=Person(name="Ana Lima", organization="Rede, Norte", gender="f"),
            rapporteur=Person(name="Bo Chen"),  # a bare name matching an organiser
            format=call.format_names()[-1],
            duration=call.formats[-1].durations[0],
            format_description="Why this format.",
            policy_questions=[
                "A first line\nand a second\n\nafter a blank",
                "Short?",
                # a bare question that starts like a marker reads back as a marked one
                *(["B. odd"] if call.policy_question_prefix != "none" else []),
            ],
            participants_gain="Gain.",
            description="One.\n\nTwo: with a colon.\n\n- a list line",
            expected_outcomes="Outcomes.",
            hybrid_format="Hybrid.",
            sdgs=[16, 5, 16, 18],
            links=["https://example.org/a", "https://example.org/b"],
        )
        asked = {section.field for section in call.sections}
        empty = Proposal(call=name)
        unasked = {f: getattr(empty, f) for f in Proposal.model_fields if f not in asked}
        proposal = proposal.model_copy(update={**unasked, "call": name})  # not printed
        result = import_text(export_text(proposal, call), name)
        # the same person in several roles comes back as one record with all their details
        assert result.proposal == as_pasted(link_people(proposal), call), name
        ana = result.proposal.organizers[0]
        assert result.proposal.roles_of(ana) == ["organizer 1", "speaker 1", "online moderator"]
        assert ana.confirmed and ana.gender == "f"
        assert result.notes == ()


def test_an_empty_policy_question_between_others_keeps_its_place() -> None:
    # export.py skips the letter of an empty question (A, C); the gap reads back as one.
    call = load_call("igf-2025")
    proposal = Proposal(call=call.name, policy_questions=["First?", "", "Third?"])
    assert "A. First?\nC. Third?" in export_text(proposal, call)
    assert import_text(export_text(proposal, call), call.name).proposal == proposal


# --- the messes, one by one --------------------------------------------------------------


def body(text: str, call: str = "igf-2025") -> Proposal:
    return import_text(text, call).proposal


def test_labels_of_every_year_are_recognised_under_any_call() -> None:
    text = "Moderator\nAna Lima\n\nOnsite Moderator\nAna Lima\n\nSubtheme: Digital Cooperation"
    proposal = body(text, "igf-2025")
    assert proposal.onsite_moderator == Person(name="Ana Lima")
    assert proposal.theme == "Digital Cooperation"


@pytest.mark.parametrize(
    "line",
    [
        "Description:",
        "DESCRIPTION",
        "**Description:**",
        "## Description",
        "description :",
    ],
)
def test_label_spellings(line: str) -> None:
    assert body(f"{line}\nThe text.").description == "The text."


def test_a_label_and_its_value_on_one_line() -> None:
    proposal = body(
        "Description: The text.\n"
        "Duration (minutes): 90\n"
        "What will participants gain from attending this session? Skills.\n"
        "Format: Panel"
    )
    assert (proposal.description, proposal.duration) == ("The text.", 90)
    assert (proposal.participants_gain, proposal.format) == ("Skills.", "Panel")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Round Table - 60 Min", ("Round Table", 60)),
        ("Roundtable", ("Round Table", None)),
        ("Round Table - Circle - 90 Min", ("Round Table", 90)),
        ("Break-out Group Discussions - 90 Min", ("Break-out Group Discussions", 90)),
        ("Birds of a Feather – 60 minutes", ("Birds of a Feather", 60)),
        ("60 Min", ("", 60)),
        ("Fishbowl", ("Fishbowl", None)),  # unknown formats are kept as written
    ],
)
def test_format_lines(line: str, expected: tuple[str, int | None]) -> None:
    proposal = body(f"Format\n{line}")
    assert (proposal.format, proposal.duration) == expected


@pytest.mark.parametrize(
    "goals",
    [
        "16. Peace, Justice and Strong Institutions\n5. Gender Equality",
        "SDG 16\nSDG 5",
        "Goal 16: Peace, Justice and Strong Institutions\nGOAL 5: Gender Equality",
        "16, 5",
        "SDG16; SDG5",
        "16.10\n5.b",
        "Peace, Justice and Strong Institutions\nGender Equality",
    ],
)
def test_sdg_spellings(goals: str) -> None:
    assert body(f"SDGs\n{goals}").sdgs == [16, 5]


def test_an_sdg_line_it_cannot_read_goes_to_the_notes() -> None:
    result = import_text("SDGs\n16\nthe ones about peace", "igf-2025")
    assert result.proposal.sdgs == [16]
    assert "the ones about peace" in result.proposal.import_notes
    assert 'Not placed: 1 line under "SDGs"; kept in the import notes.' in result.notes


@pytest.mark.parametrize(
    "questions",
    [
        "A. One?\nB. Two?",
        "a) One?\nb) Two?",
        "1. One?\n2. Two?",
        "Q1: One?\nQ2: Two?",
        "- One?\n- Two?",
        "One?\nTwo?",
        "One?\n\nTwo?",
        "A. One?\nB. Two?\nA. One?\nB. Two?",  # numbering restarts: a repeat
        "A.\nOne?\nB.\nTwo?",  # the marker alone, the question wrapped below it
    ],
)
def test_policy_question_layouts(questions: str) -> None:
    assert body(f"Policy Question(s)\n{questions}").policy_questions == ["One?", "Two?"]


def test_a_wrapped_question_is_joined_and_an_indented_line_keeps_its_break() -> None:
    proposal = body("Policy Questions\nA. How can we\nwrap this?\nB. Line one\n   line two")
    assert proposal.policy_questions == ["How can we wrap this?", "Line one\nline two"]


def test_wrapped_paragraphs_are_joined_and_list_lines_keep_their_breaks() -> None:
    proposal = body("Description\nA line\nwrapped here.\n\n- first\n- second\nwrapped")
    assert proposal.description == "A line wrapped here.\n\n- first\n- second wrapped"


def test_a_person_line_with_an_organisation_holding_commas() -> None:
    proposal = body("Speaker 1: Ana Lima, Universidade Federal, Campus Sul, Academia, GRULAC")
    assert proposal.speakers == [person("Ana Lima", TC, GRULAC, "Universidade Federal, Campus Sul")]


def test_a_person_line_wrapped_before_the_group_is_one_person() -> None:
    result = import_text("Speaker 1: Ana Lima\nCivil Society, African Group\nBo", "igf-2025")
    assert result.proposal.speakers == [person("Ana Lima", CS, AFRICA)]
    assert result.proposal.onsite_moderator == Person(name="Bo")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # inside the organisation, after a lower-case word
            "Speaker 1: Ana Lima, Universidade Federal do\nRio Grande do Sul, Civil Society, "
            "GRULAC",
            person("Ana Lima", CS, GRULAC, "Universidade Federal do Rio Grande do Sul"),
        ),
        (  # inside the organisation, the next line starting in lower case
            "Speaker 1: Ana Lima, Universidade Federal\ndo Sul, Civil Society, GRULAC",
            person("Ana Lima", CS, GRULAC, "Universidade Federal do Sul"),
        ),
        (  # inside the organisation, one word before the next part
            "Speaker 1: Tomasz Kowalczyk, Ministry of Digital\nAffairs, Government, "
            "Eastern European Group",
            person("Tomasz Kowalczyk", GOV, EEG, "Ministry of Digital Affairs"),
        ),
        (  # after a comma
            "Speaker 1: Ana Lima,\nRede Norte, Civil Society, GRULAC",
            person("Ana Lima", CS, GRULAC, "Rede Norte"),
        ),
        (  # inside the stakeholder group
            "Speaker 1: Ana Lima, Rede Norte, Civil\nSociety, African Group",
            person("Ana Lima", CS, AFRICA, "Rede Norte"),
        ),
        (  # inside the region, twice over
            "Speaker 1: Ana Lima, Civil Society, Latin American and\nCaribbean Group\n(GRULAC)",
            person("Ana Lima", CS, GRULAC),
        ),
        (  # inside a region that reads as one already ("Asia-Pacific")
            "Speaker 1: Mei Tan, Technical Community, Asia-Pacific\nGroup",
            person("Mei Tan", TC, ASIA),
        ),
    ],
)
def test_a_person_line_wrapped_anywhere_is_one_person(text: str, expected: Person) -> None:
    result = import_text(text, "igf-2025")
    assert result.proposal.speakers == [expected]
    assert result.proposal.onsite_moderator is None
    assert result.notes == ()


@pytest.mark.parametrize(
    "text",
    [
        # a whole person line after an unfinished one: a person of their own
        "Speaker 1: Piotr Zielinski, OpenID Europe\nSipho Ndlovu, Civil Society, African Group",
        # the same name again: the unlabelled moderator, not a wrapped line
        "Speaker 1: Lucía Fernández\nLucía Fernández, Government, GRULAC",
        # a blank line between: not a wrapped line
        "Speaker 1: Ana Lima, Universidade Federal do\n\nRio Grande, Civil Society, GRULAC",
    ],
)
def test_a_person_line_after_a_person_is_not_joined_to_them(text: str) -> None:
    proposal = body(text)
    assert len(proposal.speakers) == 1
    first = text.split("\n")[-1].split(",")[0]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == first


def test_a_moderators_line_wrapped_inside_the_region_is_one_person() -> None:
    result = import_text(
        "Moderator\nCamila Ortega, Civil Society, Latin American and Caribbean\n"
        "Group (GRULAC)\n\nOnline Moderator\nBo",
        "igf-2025",
    )
    assert result.proposal.onsite_moderator == person("Camila Ortega", CS, GRULAC)
    assert result.proposal.online_moderator == Person(name="Bo")
    assert result.notes == ()


def test_a_person_line_with_no_name_before_the_first_comma_names_no_one() -> None:
    result = import_text("Speaker 1: , Acme Corp, Civil Society", "igf-2025")
    assert result.proposal.speakers == []  # the organisation is no name; nobody is made up
    assert "Speaker 1: , Acme Corp, Civil Society" in result.proposal.import_notes


def test_a_row_giving_only_a_group_and_region_names_no_one() -> None:
    text = (
        "Organizer 1: Ana Lima, Rede Norte\n\nOrganizer 2: Bo Chen, Acme\n\n"
        "Organizer 1: Civil Society, African Group\n"
        "Organizer 2: Private Sector, Asia-Pacific Group\n\n"
        "Speaker 1: Eva Berg, Government, African Group"
    )
    result = import_text(text, "igf-2025")
    assert [p.name for p in result.proposal.organizers] == ["Ana Lima", "Bo Chen"]
    assert all(p.name for _, p in result.proposal.people())
    notes = result.proposal.import_notes
    assert "Organizer 1: Civil Society, African Group" in notes
    assert "Organizer 2: Private Sector, Asia-Pacific Group" in notes


def test_an_empty_numbered_row_of_a_draft_comes_back_as_its_empty_entry() -> None:
    proposal = Proposal(call="igf-2019", organizers=[Person()])
    text = export_text(proposal, load_call("igf-2019"))
    assert import_text(text, "igf-2019").proposal.organizers == [Person()]


def test_a_heading_joining_the_organisers_with_a_role_is_the_organisers_box() -> None:
    # `Organisers and Rapporteurs:`, each person's role in brackets after them
    text = (
        "Description\nRivers run through towns.\n\n"
        "Organisers and Rapporteurs:\n"
        "- Ana Lima (Onsite Rapporteur)\n- Bo Chen (Online Rapporteur)\n"
    )
    result = import_text(text, "igf-2025")
    assert [p.name for p in result.proposal.organizers] == ["Ana Lima", "Bo Chen"]
    assert result.proposal.rapporteur is not None
    assert result.proposal.rapporteur.name == "Ana Lima"
    assert any(p.field == "organizers" and p.is_guess for p in result.placements)


def test_a_role_box_giving_only_a_group_and_region_names_no_one() -> None:
    result = import_text("Title\nT\n\nOnsite Moderator\nCivil Society, African Group\n", "igf-2025")
    assert result.proposal.onsite_moderator is None
    assert "Civil Society, African Group" in result.proposal.import_notes


@pytest.mark.parametrize(
    "text",
    [
        "What will participants gain from attending this\nsession?\nSkills.",
        "Description\nText.\n\nWhat will participants gain from\nattending this session? Skills.",
    ],
)
def test_a_label_wrapped_onto_a_second_line_is_one_label(text: str) -> None:
    result = import_text(text, "igf-2025")
    assert result.proposal.participants_gain == "Skills."
    assert not [note for note in result.notes if note.startswith("Not placed")]


def test_a_wrapped_line_of_text_never_joins_the_next_into_a_label() -> None:
    # "Online" and "Moderator" make a label, but only where a paragraph starts
    proposal = body("Description\nThe session is fully\nOnline\nModerator notes follow.")
    assert proposal.description == "The session is fully Online Moderator notes follow."
    assert proposal.online_moderator is None


def test_a_theme_wrapped_onto_a_second_line_is_one_theme() -> None:
    proposal = body(
        "Subtheme\nEnhancing the digital contribution to peace, development,\nand sustainability",
        "igf-2024",
    )
    assert proposal.theme == (
        "Enhancing the digital contribution to peace, development, and sustainability"
    )
    assert proposal.topics == []


def test_labelled_details_are_kept_as_written() -> None:
    proposal = body(
        "Speakers\nSpeaker 1: Smith, Jo\n  Stakeholder group: Academia\n  Regional group: GRULAC\n"
        "  Provisionally confirmed: yes\n  Email: jo@example.org"
    )
    assert proposal.speakers == [
        Person(
            name="Smith, Jo",
            stakeholder_group="Academia",
            region="GRULAC",
            confirmed=True,
            email="jo@example.org",
        )
    ]


def test_a_confirmation_it_cannot_read_is_noted_not_guessed() -> None:
    result = import_text("Speaker 1: Jo\n  Provisionally confirmed: maybe", "igf-2025")
    assert result.proposal.speakers == [Person(name="Jo")]
    assert "Provisionally confirmed: maybe" in result.proposal.import_notes


def test_the_same_speaker_twice_is_merged_and_details_fill_in() -> None:
    result = import_text(
        "Speaker 1: José Núñez, Civil Society\nSpeaker 2: Bo, Government\n"
        "Speaker 1: jose nunez, Civil Society, GRULAC",
        "igf-2025",
    )
    assert result.proposal.speakers == [
        person("José Núñez", CS, GRULAC),
        person("Bo", GOV),
    ]
    assert result.notes == ('Speaker "jose nunez" was listed twice, merged into one.',)


def test_the_same_speaker_with_different_details_keeps_the_first() -> None:
    result = import_text("Speaker 1: Jo, Government\nSpeaker 2: Jo, Private Sector", "igf-2025")
    assert result.proposal.speakers == [person("Jo", GOV)]
    assert result.notes == (
        'Speaker "Jo" was listed twice, with different details; kept the first.',
    )


def test_a_nameless_person_repeated_under_the_same_number_is_kept_once() -> None:
    result = import_text(
        "Organizer 1: 🔒, Civil Society, African Group\nOrganizer 2: 🔒, Civil Society, "
        "African Group\nOrganizer 1: 🔒, Civil Society, African Group",
        "igf-2025",
    )
    # numbers 1 and 2 are two people with the same details; 1 again is a repeat
    assert result.proposal.organizers == [person("", CS, AFRICA), person("", CS, AFRICA)]
    assert "Organizer 1 was listed twice; kept once." in result.notes


def test_a_section_repeated_with_the_same_text_is_kept_once() -> None:
    result = import_text("Description\nSame.\n\nDescription\nSame.", "igf-2025")
    assert result.proposal.description == "Same."
    assert result.notes == ("Description appeared twice; kept once.",)


def test_a_title_repeated_with_a_different_value_keeps_the_first() -> None:
    result = import_text("Title\nFirst\n\nTitle\nSecond", "igf-2025")
    assert result.proposal.title == "First"
    assert result.notes[0] == "Title appeared twice with different values; kept the first."
    assert 'Not placed, under "Title":\nSecond' in result.proposal.import_notes


def test_a_role_repeated_with_another_person_keeps_the_first() -> None:
    result = import_text("Rapporteur\nAna\n\nRapporteur\nBo, Government", "igf-2025")
    assert result.proposal.rapporteur == Person(name="Ana")
    assert "Rapporteur appeared twice with different people; kept the first." in result.notes
    assert "Bo, Government" in result.proposal.import_notes


def test_unlabelled_people_after_the_speakers_fill_the_roles_in_the_calls_order() -> None:
    result = import_text(
        "Speaker 1: Ana, Civil Society, African Group\nSpeaker 2: Bo, Government\nAna\nCy Dee",
        "igf-2025",
    )
    proposal = result.proposal
    assert proposal.onsite_moderator == person("Ana", CS, AFRICA)
    assert proposal.online_moderator == Person(name="Cy Dee")
    assert proposal.rapporteur is None
    assert result.notes == (
        'Guess: "Ana" placed in Onsite Moderator: an unlabelled person, in the form\'s order.',
        'Guess: "Cy Dee" placed in Online Moderator: an unlabelled person, in the form\'s order.',
    )
    assert result.guesses == result.notes
    assert [(p.field, p.how) for p in result.placements] == [
        ("speakers", "label"),
        ("onsite_moderator", "order"),
        ("online_moderator", "order"),
    ]


def test_a_lock_in_text_is_dropped_and_noted() -> None:
    result = import_text("Hybrid Format: 🔒\n\nDescription\nOpen 🔒 text.", "igf-2025")
    assert result.proposal.hybrid_format == ""
    assert result.proposal.description == "Open  text."
    assert result.notes == (
        "Hybrid Format: a hidden field (🔒) was left out.",
        "Description: a hidden field (🔒) was left out.",
    )


def test_a_hidden_moderator_is_no_moderator() -> None:
    result = import_text("Onsite Moderator\n🔒", "igf-2025")
    assert result.proposal.onsite_moderator is None
    assert result.notes == ("Onsite Moderator: hidden fields (🔒) left empty.",)


def test_a_field_the_call_does_not_ask_is_kept_and_noted() -> None:
    result = import_text("Topics\nHuman Rights Online", "igf-2025")
    assert result.proposal.topics == ["Human Rights Online"]
    assert result.notes == ('"Topics" is not a section of igf-2025; kept in the draft.',)


def test_text_with_no_labels_at_all_takes_its_first_line_as_the_title() -> None:
    result = import_text("A session on mesh networks\n\nSome words we cannot place.")
    assert result.proposal.title == "A session on mesh networks"
    assert result.call_name == "igf-2025"
    assert result.notes == (
        "No year in the title; used the igf-2025 call profile.",
        'Guess: "A session on mesh networks" placed in Title: the first line, with no label.',
        "Not placed: 1 line before the first label; kept in the import notes.",
    )
    assert result.proposal.import_notes.endswith(
        "Not placed, before the first label:\nSome words we cannot place."
    )


@pytest.mark.parametrize("text", ["", "\n\n", "\ufeff", " \t\r\n"])
def test_empty_text_gives_an_empty_draft_and_says_so(text: str) -> None:
    result = import_text(text, "igf-2025")
    assert result.proposal == Proposal(call="igf-2025", import_notes=result.proposal.import_notes)
    assert result.notes == ("The text is empty: nothing to import.",)


def test_undecodable_bytes_read_with_surrogateescape_become_replacement_characters() -> None:
    text = b"Description\n\xff caf\xc3\xa9 \xc3".decode("utf-8", "surrogateescape")
    text += " \ud83d\ude00 \ud800"  # a surrogate pair, and a lone one
    result = import_text(text, "igf-2025")
    assert result.proposal.description == "\ufffd café \ufffd 😀 \ufffd"
    assert parse_draft(dump_draft(result.proposal).encode()) == result.proposal


def test_a_paragraph_opening_with_a_capitalised_lead_stays_in_free_text() -> None:
    proposal = body("Description\nIntro.\n\nCase Study: a network in Tonga.\n\nNote: more.")
    assert proposal.description == "Intro.\n\nCase Study: a network in Tonga.\n\nNote: more."


# --- the call profile -------------------------------------------------------------------


def test_the_call_given_wins_over_the_year_in_the_title() -> None:
    result = import_text("IGF 2023 WS #1 A title", "igf-2024")
    assert result.call_name == "igf-2024"
    assert result.proposal.call == "igf-2024"
    assert result.notes[0] == "The text is for igf-2023; imported with igf-2024 as asked."
    assert result.proposal.title == "A title"


def test_an_unknown_call_name_is_a_call_error() -> None:
    with pytest.raises(CallError):
        import_text("anything", "igf-1999")


def test_a_users_own_call_profile_lends_its_labels(config_dir: Path) -> None:
    calls = config_dir / "calls"
    calls.mkdir()
    text = (
        (SHIPPED_CALLS_DIR / "igf-2025.toml")
        .read_text(encoding="utf-8")
        .replace('label = "Expected Outcomes"', 'label = "What the session will leave behind"')
    )
    (calls / "regional-2026.toml").write_text(text, encoding="utf-8")
    proposal = body("What the session will leave behind\nA report.", "regional-2026")
    assert proposal.expected_outcomes == "A report."
    assert body("Expected Outcomes\nA report.", "regional-2026").expected_outcomes == "A report."


# --- the command line ---------------------------------------------------------------------


def test_cli_import_writes_a_draft_and_prints_the_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "draft.toml"
    source = FIXTURES / "messy-shutdowns.txt"
    assert main(["import", str(source), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out == f"{target}\n"
    assert "proposal-tui: import: Published as IGF 2023 WS #77." in err.splitlines()
    assert load_draft(target) == read_fixture("messy-shutdowns.txt").proposal


def test_cli_import_reads_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    sample = load_draft(SAMPLE_FILES[0])
    text = export_text(sample, load_call(sample.call))
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    target = tmp_path / "from-stdin.toml"
    assert main(["import", "-", "-o", str(target)]) == 0
    assert load_draft(target) == as_pasted(without_emails(sample), load_call(sample.call))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_cli_export_as_text_then_import_gives_the_sample_back(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text_file, draft = tmp_path / "proposal.txt", tmp_path / "back.toml"
    assert main(["export", str(path), "--format", "text", "-o", str(text_file)]) == 0
    capsys.readouterr()
    assert main(["import", str(text_file), "-o", str(draft)]) == 0
    assert capsys.readouterr().err == ""  # nothing to say: every line placed
    sample = load_draft(path)
    assert load_draft(draft) == as_pasted(without_emails(sample), load_call(sample.call))


def test_cli_import_takes_the_call_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "text.txt", tmp_path / "draft.toml"
    source.write_text("Description\nNo year anywhere.\n", encoding="utf-8")
    assert main(["--call", "igf-2023", "import", str(source), "-o", str(target)]) == 0
    assert load_draft(target).call == "igf-2023"
    assert "No year" not in capsys.readouterr().err


def test_cli_import_of_binary_junk_writes_a_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "junk.bin", tmp_path / "draft.toml"
    source.write_bytes(bytes(range(256)) * 40 + "🔒\r\nDescription\r\nx".encode())
    assert main(["import", str(source), "-o", str(target)]) == 0
    assert load_draft(target).description == "x"
    assert "Not placed" in capsys.readouterr().err


def test_the_importer_does_not_load_textual() -> None:
    code = (
        "import sys; from proposal_tui.importer import import_text; import_text('x'); "
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout == "False\n"


# --- never fails, and fast ----------------------------------------------------------------

ODD = [
    "\x00",
    "\r\n",
    "\r",
    "\n\n",
    "\t",
    "\u2028",
    "\u202e",
    "\ufeff",
    "السَّلَامُ عَلَيْكُمْ",
    "🔒",
    "🔒\ufe0f",
    "👩‍👩‍👧‍👦",
    "Speaker 1: ",
    "Organizer 12: 🔒, ",
    "Onsite Moderator",
    "Moderator\n",
    "Format\n",
    "Round Table - Circle - 90 Min",
    "Duration (minutes): ",
    "Policy Question(s)\n",
    "A. ",
    "ZZ.",
    "   ",
    "SDGs\n",
    "16.",
    "999999999999",
    "IGF 2023 WS #",
    "IGF 2019 Open Forum #12 ",
    "Relevance to Theme:",
    "  Gender: ",
    "  Provisionally confirmed: ",
    ",",
    ":",
    "?",
    "Description: ",
]

odd_text = st.one_of(
    st.text(),
    # lone surrogates too (what undecodable bytes become under surrogateescape); st.text
    # leaves them out of any alphabet
    st.lists(st.one_of(st.characters(), st.characters(categories=["Cs"]))).map("".join),
    st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=8)), max_size=40).map("".join),
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(odd_text)
@example("SPEAKER0FORUM\u20280")  # a name with a line separator, quoted in a one-line note
def test_arbitrary_text_never_raises_and_gives_a_draft_that_saves(text: str) -> None:
    result = import_text(text)
    assert isinstance(result.proposal, Proposal)
    assert result.call_name in available_calls()
    for note in result.notes:
        assert note and len(note.splitlines()) == 1
    assert parse_draft(dump_draft(result.proposal).encode()) == result.proposal


def _messy(size: int) -> str:
    messy = (FIXTURES / "messy-shutdowns.txt").read_text(encoding="utf-8")
    return (messy * (size // len(messy) + 1))[:size]


BIG_INPUTS: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (the text for about `size` characters, the smaller size tested)
    "messy copy": (_messy, 100_000),
    "many people": (
        lambda size: (
            "Speaker 1: x\n" + "".join(f"Name {i}, Civil Society\n" for i in range(size // 25))
        ),
        100_000,
    ),
    "many paragraphs": (
        lambda size: (
            "Description\n" + "".join(f"Paragraph {i} of many.\n\n" for i in range(size // 20))
        ),
        100_000,
    ),
    "long run of spaces": (lambda size: "Speaker" + " " * size + "1: x", 1_250_000),
    "long run of tabs": (lambda size: "IGF 2023 " + "\t" * size, 1_250_000),
    "SDG list without end": (lambda size: "SDGs\n" + "1." * (size // 2), 1_250_000),
    # each of these once took minutes on 5 MB (quadratic): leading blank lines, nameless
    # people (compared with every earlier one), a person line grown line by line
    "leading blank lines": (lambda size: "\n" * size + "A title", 100_000),
    "nameless people": (
        lambda size: "".join(f"Speaker {i % 9999 + 1}: 🔒, Org {i}\n" for i in range(size // 50)),
        100_000,
    ),
    "a person grown line by line": (
        lambda size: "".join(
            f"Organizer {i % 9999 + 1}: \n  Gender: f{i}\n" for i in range(size // 50)
        ),
        100_000,
    ),
    "one group line repeated": (
        lambda size: "Speaker 1: x\n" + "African Group\n" * (size // 14),
        100_000,
    ),
    "one name repeated": (lambda size: "Speaker 1: Ana\n" + "Bo Lee\n" * (size // 17), 100_000),
    # the layouts added since (benchmarks/bench_import.py has them too)
    "long labelled lines": (
        lambda size: ("Format description: " + "x" * 400 + "\n") * (size // 421),
        100_000,
    ),
    "GOAL lines": (
        lambda size: "Expected Outcomes\nx\n" + "GOAL 5: Gender\n" * (size // 15),
        100_000,
    ),
    "format and question repeated": (
        lambda size: "Format\nPanel\n\n1. Why?\n" * (size // 23),
        100_000,
    ),
    "blank-line runs": (
        lambda size: (
            "What will participants gain from attending this session?\nx\n"
            + "\n\n\nblock\n" * (size // 9)
        ),
        100_000,
    ),
    "long other years' labels": (
        lambda size: ("Relevance to Theme: " + "x" * 400 + "\n") * (size // 421),
        100_000,
    ),
}
"""Inputs that once made the importer slow; benchmarks/bench_import.py times them at 1 to
5 MB against an ordinary page."""


@pytest.mark.parametrize("name", BIG_INPUTS)
def test_import_time_grows_in_step_with_the_input(name: str) -> None:
    make, size = BIG_INPUTS[name]
    assert growth(import_text, make(size), make(4 * size)) < LINEAR


# --- round trip of any proposal (hypothesis) -------------------------------------------------
#
# What the generated text fields may hold, and why: each restriction is a property of the
# plain-text layout (export.py's, which is the published pages' layout), not of the reader.
# - Words are printable characters of several scripts (accented Latin, CJK, Arabic, emoji,
#   punctuation) joined by single spaces, so no field has leading or trailing whitespace:
#   published copies lose it, and export.py strips it.
# - A paragraph is one line, and paragraphs are separated by exactly one blank line: a
#   single line break inside a paragraph cannot be told from wrapping, which is joined.
# - No paragraph (or list item) appears twice in one field: a repeat reads as a copy-paste
#   repeat and is kept once.
# - No line is one the layout reserves (`import_sections.reserved_line`): a section label alone
#   or before ':' / '?', an item line ('Speaker 2: …'), a published title line
#   ('IGF 2023 WS #5 …'), a call's title, a short capitalised heading before a colon,
#   or a line with 🔒 (it stands for a hidden field).
# - Policy questions, topics and links are non-empty (export.py leaves empty items out).
# - People: names hold no comma or colon (a published person line separates its parts with
#   commas) and are not a stakeholder group or region (those read as one); names in one
#   list differ once folded (the same name twice is one person listed twice). A moderator
#   or rapporteur printed as a bare name that is also a listed person is that person (the
#   published layout means exactly that), so such a role is generated as that person.
# - Choices (format, duration, SDGs) come from the call; emails are empty (export.py
#   leaves contacts out); only fields the call has sections for are filled.

LETTERS = st.one_of(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    st.sampled_from("àáâãäåçèéêëìíîïñòóôõöùúûüýÿœßÀÉÎÕÜ"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
    st.sampled_from(["🌍", "🤝", "📡", "✊🏽", "👩‍💻", "🇧🇷", "\u0301"]),
)
PUNCTUATION = st.sampled_from(list(".,;:!?'’\"()-–/&%@#*"))
word = st.lists(st.one_of(LETTERS, LETTERS, PUNCTUATION), min_size=1, max_size=10).map("".join)
name_word = st.lists(st.one_of(LETTERS, st.sampled_from("-'.")), min_size=1, max_size=8).map(
    "".join
)


def free_line(call: Call) -> st.SearchStrategy[str]:
    return (
        st.lists(word, min_size=1, max_size=12)
        .map(" ".join)
        .filter(lambda line: not reserved_line(line, call))
    )


def free_text(call: Call) -> st.SearchStrategy[str]:
    return st.lists(free_line(call), max_size=3, unique=True).map("\n\n".join)


def a_name(call: Call) -> st.SearchStrategy[str]:
    def readable(name: str) -> bool:
        # `-` or `n/a` alone in a role's box names nobody; a dash between two words is how
        # real pages write `Name - Organisation`, and no one's name holds one
        return (
            not reserved_line(name, call)
            and NOBODY.fullmatch(name) is None
            and any(c.isalnum() for c in name)  # `Organizer 3: ,` is an empty form row
            and " - " not in name
            and normalize_stakeholder_group(name) not in call.stakeholder_groups
            and normalize_region(name) not in call.regions
        )

    return st.lists(name_word, min_size=1, max_size=3).map(" ".join).filter(readable)


def a_person(call: Call) -> st.SearchStrategy[Person]:
    detail = st.one_of(st.just(""), free_line(call))
    return st.builds(
        Person,
        name=st.one_of(st.just(""), a_name(call)),
        organization=detail,
        stakeholder_group=st.one_of(st.sampled_from(["", *call.stakeholder_groups]), detail),
        region=st.one_of(st.sampled_from(["", *call.regions]), detail),
        gender=st.one_of(st.sampled_from(["", "female", "male", "non-binary"]), detail),
        participation=st.sampled_from(["", "onsite", "online"]),
        confirmed=st.booleans(),
    )


def people(call: Call) -> st.SearchStrategy[list[Person]]:
    return st.lists(
        a_person(call),
        max_size=4,
        unique_by=lambda p: name_key(p.name) or object(),
    )


def has_details(someone: Person) -> bool:
    return someone.model_copy(update={"name": ""}) != Person()


@st.composite
def proposals(draw: st.DrawFn) -> tuple[Proposal, Call]:
    call = load_call(draw(st.sampled_from(available_calls())))
    asks = {section.field for section in call.sections}
    line, text = free_line(call), free_text(call)
    values: dict[str, object] = {
        "title": st.one_of(st.just(""), line),
        "theme": st.one_of(st.just(""), st.sampled_from(call.themes), line),
        "topics": st.lists(line, max_size=3, unique=True),
        "organizers": people(call),
        "speakers": people(call),
        "format": st.sampled_from(["", *call.format_names()]),
        "duration": st.one_of(st.none(), st.sampled_from(call.formats[0].durations)),
        "format_description": text,
        "policy_questions": st.lists(
            st.lists(line, min_size=1, max_size=2).map("\n".join), max_size=5, unique=True
        ),
        "participants_gain": text,
        "description": text,
        "expected_outcomes": text,
        "hybrid_format": text,
        "sdgs": st.lists(st.sampled_from(call.sdgs), max_size=5, unique=True).map(sorted),
        "links": st.lists(line, max_size=2, unique=True),
    }
    data = {field: draw(strategy) for field, strategy in values.items() if field in asks}
    listed: dict[str, Person] = {}
    for someone in [*data.get("speakers", []), *data.get("organizers", [])]:
        listed.setdefault(name_key(someone.name), someone)
    listed.pop("", None)
    for role in ("onsite_moderator", "online_moderator", "rapporteur"):
        if role not in asks:
            continue
        choice = st.one_of(st.none(), a_person(call), st.sampled_from(list(listed.values())))
        someone = draw(choice if listed else st.one_of(st.none(), a_person(call)))
        if someone is not None and someone.is_empty():
            someone = None  # an empty role is no role: export.py prints nothing for it
        if someone is not None and not has_details(someone) and name_key(someone.name) in listed:
            someone = listed[name_key(someone.name)].model_copy(update={"name": someone.name})
        data[role] = someone
    return Proposal(call=call.name, **data), call


BARE = Person(region="African Group")  # among people with no organisation, one has one:
NAMED = Person(name="a", organization="A")
ONE_WITH = [[BARE, Person(organization="A"), BARE], [BARE, BARE, NAMED]]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(proposals())
@example((Proposal(call="igf-2019", speakers=ONE_WITH[0]), load_call("igf-2019")))  # no name
@example((Proposal(call="igf-2019", speakers=ONE_WITH[1]), load_call("igf-2019")))  # labelled
@example((Proposal(call="igf-2025", policy_questions=["a\n-c? -How"]), load_call("igf-2025")))
@example((Proposal(call="igf-2025", policy_questions=["x?\n– b"]), load_call("igf-2025")))
@example((Proposal(call="igf-2021", policy_questions=["a\n- b?", "c"]), load_call("igf-2021")))
def test_any_proposal_exported_as_text_imports_back_equal(case: tuple[Proposal, Call]) -> None:
    proposal, call = case
    text = export_text(proposal, call)
    result = import_text(text, call.name)
    linked = link_people(proposal)  # one person in several roles comes back as one record
    assert result.proposal == linked
    assert result.notes == ()
    assert import_text(text).proposal == linked  # the call is known from line one


def test_questions_marked_q_in_brackets_are_split_and_lose_the_mark() -> None:
    proposal = body(
        "Policy Questions\n(Q1) How do we share data?\n"
        "(Q2) Which tools work best? e.g. clauses, standards\n(Q3) Who should lead?"
    )
    assert proposal.policy_questions == [
        "How do we share data?",
        "Which tools work best? e.g. clauses, standards",
        "Who should lead?",
    ]


@pytest.mark.parametrize(
    ("mark", "after", "questions"),
    [
        ("", ["- The DNS in practice", "- Current initiatives on abuse"], False),  # bullets
        ("Question 1) ", ["Image of networking"], False),  # a caption after numbered ones
        ("", ["- How to act at the DNS level", "- What role for registries"], True),  # asking
    ],
)
def test_lines_after_the_questions_that_ask_nothing_and_open_otherwise_are_not_questions(
    mark: str, after: list[str], questions: bool
) -> None:
    lines = "\n".join(after)
    text = f"Policy Questions\n{mark}Safety: How should we protect users?\n\n{lines}\n"
    result = import_text(text, "igf-2021")
    unmarked = [line.removeprefix("- ") for line in after]
    asked = ["Safety: How should we protect users?", *(unmarked if questions else [])]
    assert result.proposal.policy_questions == asked
    assert (unmarked[0] in result.proposal.import_notes) is not questions


@pytest.mark.parametrize(("indent", "kept"), [("   ", True), ("", False)])
def test_a_line_indented_under_the_last_question_continues_it(indent: str, kept: bool) -> None:
    text = f"Policy Questions\nA. Who decides?\n{indent}- Examples from the region\n"
    questions = body(text).policy_questions
    assert questions == (["Who decides?\n- Examples from the region"] if kept else ["Who decides?"])


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("A. Who decides\n- for whom?\nB. The role of the region", ["Who decides", "for whom?"]),
        (
            "1. Who decides?\n- for whom?\n\n2. The role of the region",
            ["Who decides?", "for whom?"],
        ),
        (
            "A. Who decides?\n   - for whom?\nB. The role of the region",
            ["Who decides?\n- for whom?"],
        ),
        ("Who decides\n   - for whom?\n\nThe role of the region", ["Who decides\n- for whom?"]),
    ],
)
def test_a_line_after_a_bullet_asking_that_carries_the_next_mark_or_follows_an_indented_line_asks(
    text: str, asked: list[str]
) -> None:
    result = import_text(f"Policy Questions\n{text}\n", "igf-2021")
    assert result.proposal.policy_questions == [*asked, "The role of the region"]
    assert result.notes == ()


def test_questions_the_description_announces_are_the_policy_questions() -> None:
    intro = "The Internet is a critical resource. Questions we address include the following;"
    text = (
        f"Description\n\n{intro}\n\nHow can access be made viable for everyone?\n\n"
        "How will an open internet safeguard rights?\n\nWe expect clear answers."
    )
    result = import_text(text, "igf-2022")
    assert result.proposal.policy_questions == [
        "How can access be made viable for everyone?",
        "How will an open internet safeguard rights?",
    ]
    assert result.proposal.description == f"{intro}\n\nWe expect clear answers."
    assert any("announces" in guess for guess in result.guesses)


def test_an_about_box_under_headings_is_the_description_when_the_description_box_is_empty() -> None:
    first = "Billions of people use the Internet every day and meet its threats. " * 2
    second = "This matters more as more children go online each year, most unaware. " * 2
    text = (
        "Time\n    Thursday, 9th December, 2021\n    About this Session\n"
        "    NRI collaborative session\n\n    About\n"
        f"    {first.strip()}\n\n    {second.strip()}\n\n"
        "    Description \n    Hybrid Format of the Session: \n\n"
        "    60-minutes interactive roundtable with an open floor.\n"
    )
    proposal = import_text(text, "igf-2021").proposal
    assert proposal.description == f"{first.strip()}\n\n{second.strip()}"
    assert proposal.hybrid_format == "60-minutes interactive roundtable with an open floor."


def test_the_first_hybrid_question_numbered_opens_the_hybrid_answer_with_no_blank_line() -> None:
    description = "The open Internet is under threat from many sides at once. " * 3
    answer = (
        "1) How will you facilitate interaction between onsite and online speakers and "
        "attendees? We will take questions in the chat."
    )
    text = f"Session\nPanel - Auditorium - 60 Min\n{description.strip()}\n{answer}\n"
    proposal = import_text(text, "igf-2022").proposal
    assert proposal.description == description.strip()
    assert proposal.hybrid_format == answer


def test_a_numbered_heading_after_the_goal_lines_names_no_goal() -> None:
    text = (
        "GOAL 5: Gender Equality\nGOAL 16: Peace, Justice and Strong Institutions\n\n"
        "1. Key Policy Questions and Expectations\n\n4. Quality Education\n"
    )
    result = import_text(text, "igf-2019")
    assert result.proposal.sdgs == [5, 16, 4]
    assert "1. Key Policy Questions and Expectations" in result.proposal.import_notes


def test_a_role_label_opening_a_person_line_among_unlabelled_people_is_that_role() -> None:
    description = "This session is for officials who design digital public infrastructure. " * 2
    text = (
        f"IGF 2022 Open Forum #35 A title\n\nPanel - Auditorium - 60 Min\n\n\n"
        f"{description.strip()}\n\n\nThe Alliance, and GIZ\n\n"
        "  • In-person moderator: Axel Klaphake, Director, GIZ\n"
        "  • Online moderator: Chrissy Martin Meier, Director, Charter\n"
        "  • Rapporteur: Ana Silva, Officer, GIZ\n"
    )
    proposal = import_text(text).proposal
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Axel Klaphake"
    assert proposal.online_moderator is not None
    assert proposal.online_moderator.name == "Chrissy Martin Meier"
    assert proposal.rapporteur is not None
    assert proposal.rapporteur.name == "Ana Silva"


def test_a_bulleted_line_of_two_names_sharing_details_is_two_speakers() -> None:
    text = (
        "Speakers\n\n  • David Wright, Safer Internet Centre UK, Civil Society, Western Europe\n"
        "  • Julia Piechna and Anna Rywcynska, NASK, Civil Society, Central Europe\n"
    )
    proposal = import_text(text, "igf-2022").proposal
    names = [p.name for p in proposal.speakers]
    assert names == ["David Wright", "Julia Piechna", "Anna Rywcynska"]


def test_people_above_a_bulleted_list_of_people_are_the_organizers_then_the_speakers() -> None:
    description = "This Open Forum presents the coalition's work on freedom online. " * 2
    text = (
        f"IGF 2019 OF #26 FOC Open Forum\n\n\n    {description.strip()}\n\n\n"
        "    Coalition Support Unit\n"
        "    This session is submitted by the Unit and the governments of Ghana and the US:\n"
        "    Rainer Schmiedchen, Federal Foreign Office, Germany\n\n"
        "    Jordyn Arndt, US Department of State\n\n"
        "    • Mallory Knodel, Head of Digital, Article19;\n"
        "    • Elonnai Hickok, Chief Operating Officer, CIS; and\n"
        "    • Charles Bradley, Coalition Support Unit (Moderator).\n\n"
        "    GOAL 5: Gender Equality\n"
    )
    proposal = import_text(text).proposal
    assert [p.name for p in proposal.organizers] == ["Rainer Schmiedchen", "Jordyn Arndt"]
    assert [p.name for p in proposal.speakers] == ["Mallory Knodel", "Elonnai Hickok"]
    assert proposal.speakers[1].organization == "Chief Operating Officer, CIS"
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Charles Bradley"


def test_organisations_with_their_organiser_above_a_bulleted_list_are_the_organizers() -> None:
    # a 2020 Open Forum: `Organisation - Name` lines, one blank line, the bulleted speakers
    description = "The Internet could open new pathways to empowerment for everyone. " * 3
    text = (
        "IGF 2020 OF #31 Safe digital spaces\n\nAbout this Session\n\n"
        f"Round Table - U-shape - 60 Min\n\n\n{description.strip()}\n\n\n"
        "UN Women - Hélène Molinier\nWeb Foundation - Eve Kraicer\n\n"
        "  • Chenai Chair, Web Foundation (Moderator)\n"
        "  • Bhavna Jha, IT for Change\n  • Ana Lima, Rede Livre\n"
    )
    proposal = import_text(text).proposal
    assert [(p.name, p.organization) for p in proposal.organizers] == [
        ("Hélène Molinier", "UN Women"),
        ("Eve Kraicer", "Web Foundation"),
    ]
    assert [p.name for p in proposal.speakers] == ["Bhavna Jha", "Ana Lima"]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Chenai Chair"


def test_dash_bullets_run_into_their_questions_on_one_line_are_each_a_question() -> None:
    # a 2020 workshop: `-Ease …? -How …? - Is …` (the dash not always spaced from the question)
    text = (
        "IGF 2020 WS #170 SheIsTheNet\n\nPolicy Question(s)\n\n"
        "-Ease of participation: how do we ensure equal opportunities in governance? "
        "-How do we create more women leaders in the tech space? - Is inclusion biased? "
        "Considering gender demographics.\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "Ease of participation: how do we ensure equal opportunities in governance?",
        "How do we create more women leaders in the tech space?",
        "Is inclusion biased? Considering gender demographics.",
    ]


def test_black_circle_bullets_run_on_one_line_are_each_a_question() -> None:
    # `●` opens a list item as `•` does, each item run on after the last on one line
    text = (
        "IGF 2025 WS #7 Some Session\n\nPolicy Question(s)\n"
        "● The duties of each party in keeping networks safe. "
        "● The limits of automated takedown.\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "The duties of each party in keeping networks safe.",
        "The limits of automated takedown.",
    ]


INTRO = "The talk will turn around three questions put to the room and the audience in general:"


@pytest.mark.parametrize(
    "questions",
    [
        # `…in general: (1)When …? (2) How …?` under the label: the first mark glued to its
        # word still ends the introduction, as a spaced one does
        f"Policy Question(s)\n\n{INTRO} (1)When will the old roads close? (2) How do we pay for "
        "new ones? (3) Who decides?\n",
        # the label lost (a 2019 page with no labels): the words before the first mark,
        # ending with `:`, introduce the list, as under the label
        "Speaker 1: Ann Bell, Civil Society, African Group\n"
        "Speaker 2: Carl Dunn, Government, African Group\n"
        f"Round Table - U-shape - 90 Min\n{INTRO} (1) When will the old roads close? (2) How "
        "do we pay for new ones? (3) Who decides?\n",
    ],
    ids=["labelled", "label-lost"],
)
def test_an_introduction_before_bracketed_numbered_questions_is_no_question(questions: str) -> None:
    result = import_text(f"IGF 2019 WS #8 Roads\n\n{questions}")
    assert result.proposal.policy_questions == [
        "When will the old roads close?",
        "How do we pay for new ones?",
        "Who decides?",
    ]
    assert INTRO in result.proposal.import_notes


def test_a_numbered_question_run_on_after_a_quote_closing_the_last_is_a_question() -> None:
    # a 2020 workshop: `1. Are … trust?” 2. How …? 3. How …?` (a stray quote after `?`)
    text = (
        "IGF 2020 WS #301 Fighting Pandemic\n\nPolicy Question(s)\n\n"
        "1. Are the norms resilient when dealing with the challenge of trust?” "
        "2. How can the laws be made inclusive? 3. How can states learn from each other?\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "Are the norms resilient when dealing with the challenge of trust?”",
        "How can the laws be made inclusive?",
        "How can states learn from each other?",
    ]


def test_numbered_questions_run_on_with_half_typed_brackets_are_cut_at_each_number() -> None:
    # `(1) …? , (2 …? … 3) …? 4) …?`: a bracket half typed, stray punctuation between
    text = (
        "IGF 2019 WS #1 Rivers\n\nPolicy Question(s)\n\n"
        "(1) Who owns a river? , (2 How are floods shared? Where do towns meet? "
        "3) Which maps count? 4) What should change?\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "Who owns a river?",
        "How are floods shared? Where do towns meet?",
        "Which maps count?",
        "What should change?",
    ]


def test_a_long_run_of_half_typed_numbers_is_cut_at_each_of_them() -> None:
    # the marks' patterns were made for 2 to 20 only: a 21st number raised KeyError
    asked = " ".join(f"({n} Question {n}?" for n in range(2, 25))
    text = f"IGF 2019 WS #1 Rivers\n\nPolicy Question(s)\n\n(1) Question 1? {asked}\n"
    questions = import_text(text).proposal.policy_questions
    assert questions == [f"Question {n}?" for n in range(1, 25)]


def test_the_next_letter_after_a_bracket_closing_a_question_starts_the_next_one() -> None:
    # `A. …? (e.g. …?) B. How …? C. Why …?` on one line: B after the bracket is a question
    text = (
        "IGF 2024 WS #1 Rivers\n\nPolicy Question(s)\n\n"
        "A. How should rivers be shared? (For instance, who decides?) "
        "B. How can towns work together? C. Why do maps differ?\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "How should rivers be shared? (For instance, who decides?)",
        "How can towns work together?",
        "Why do maps differ?",
    ]


def test_questions_lettered_in_brackets_run_on_one_paragraph_are_cut_at_each_letter() -> None:
    # `(a) …? (b) …? (c) …`: small letters in brackets, one paragraph
    text = (
        "IGF 2023 WS #1 Rivers\n\nPolicy Question(s)\n\n"
        "(a) How should rivers be shared? (b) What do towns owe each other, in law? "
        "(c) How can maps (old or new) agree?\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "How should rivers be shared?",
        "What do towns owe each other, in law?",
        "How can maps (old or new) agree?",
    ]


def test_an_agenda_heading_right_under_the_questions_ends_them() -> None:
    # dash items asking with no `?`, then `Session Agenda` with no blank line before it
    text = (
        "IGF 2021 WS #1 Rivers\n\nPolicy Questions\n"
        "- How rivers are shared\n- Duties of towns\nSession Agenda\n"
        "Opening - 5 mins\nTalks on maps and borders - 20 mins\n1) Local groups\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == ["How rivers are shared", "Duties of towns"]
    assert "Opening - 5 mins" in result.proposal.import_notes


def test_a_skipped_letter_held_by_the_question_before_starts_a_question_not_an_empty_one() -> None:
    # `A. … B. What …? C. …`: B run on with no stop before it; the gap is no empty question
    text = (
        "IGF 2024 WS #1 Rivers\n\nPolicy Question(s)\n\n"
        "A. Sharing rivers across borders B. What do towns owe each other? C. Why do maps differ?\n"
    )
    assert import_text(text).proposal.policy_questions == [
        "Sharing rivers across borders",
        "What do towns owe each other?",
        "Why do maps differ?",
    ]


def test_a_form_printed_with_numbered_headings_reads_them_as_its_labels() -> None:
    # `1. Title`, then headings numbered in turn, each above its value: those naming a
    # field (qualified, `/` alternatives, notes in brackets) are labels, the others notes
    text = (
        "Session\nA Forum Form Template [Group 9]\n1. Title\nRivers Without Borders\n"
        "2. Brief Summary/Description [in 100 words or less - why join?]\n"
        "Towns along a river share its water. This session asks how they agree.\n"
        "3. Agenda (1 hour (60 min.))\n- Opening (5 min.)\n"
    )
    result = import_text(text, "igf-2019")
    assert result.proposal.title == "Rivers Without Borders"
    assert result.proposal.description == (
        "Towns along a river share its water. This session asks how they agree."
    )
    assert "- Opening (5 min.)" in result.proposal.import_notes
    assert "title is left empty" not in result.proposal.import_notes


def test_numbered_headings_with_their_values_set_under_them_are_labels_after_others() -> None:
    # an indented page: a labelled blurb first, then `1. Brief Description/Objective`
    # and `2. Policy Questions`, each value indented deeper than its heading
    text = (
        "IGF 2020 Main Session: Rivers\n\n    Description\n"
        "    A short blurb on rivers written by the site.\n"
        "    1. Brief Description/Objective\n"
        "      Towns along a river share its water. This session asks how they agree.\n"
        "    2. Policy Questions\n\n"
        "      1. Sharing: How should towns share a river?\n"
    )
    proposal = import_text(text).proposal
    assert proposal.description.endswith("This session asks how they agree.")
    assert proposal.policy_questions == ["Sharing: How should towns share a river?"]
    # the same numbered lines with nothing set under them stay text of the box
    flat = text.replace("\n      ", "\n    ")
    assert import_text(flat).proposal.policy_questions == []


def test_a_numbered_list_in_a_labelled_box_is_no_form_heading() -> None:
    # `1. Speakers` inside a description names no box: the form's labels came before it
    text = (
        "Title\nRivers\n\nDescription\nThe session runs in three parts:\n"
        "1. Speakers\n2. Open Floor\n3. Closing\n"
    )
    proposal = import_text(text, "igf-2019").proposal
    assert proposal.speakers == []
    assert "1. Speakers\n2. Open Floor" in proposal.description


def test_the_sites_report_box_after_the_proposal_goes_to_the_notes() -> None:
    # the page of a session that took place: `Key Takeaways (* deadline …)` and its text
    text = (
        "IGF 2022 WS #1 Data protection\n\nDescription\n\n"
        "This session will focus on how governments can learn from grassroots insights.\n\n"
        "Key Takeaways (* deadline 2 hours after session)\n\n"
        "There is a demand for transparency, accountability, and citizen participation.\n"
    )
    result = import_text(text)
    assert result.proposal.description == (
        "This session will focus on how governments can learn from grassroots insights."
    )
    assert "There is a demand for transparency" in result.proposal.import_notes


def test_a_paragraph_about_online_participants_after_a_lost_description_is_the_hybrid_format() -> (
    None
):
    # a 2022 lightning talk: an empty `Duration (minutes)`, the description under it, then
    # the hybrid answer with its label lost, one blank line between
    text = (
        "IGF 2022 Lightning Talk #54 Data protection\n\n"
        "Gathering, with pre-selected speakers being given 120 seconds each to share thoughts.\n\n"
        "Duration (minutes)\n\n"
        "This session will focus on how governments can learn from grassroots insights when "
        "it comes to making data protection laws more appropriate for their countries.\n\n"
        "Online participants will be requested to share their insights via chat, and some of "
        "them will be read during the session while in-person attendees prepare.\n"
    )
    result = import_text(text)
    assert result.proposal.description.startswith("This session will focus")
    assert result.proposal.hybrid_format.startswith("Online participants will be requested")
    assert any(p.field == "hybrid_format" and p.is_guess for p in result.placements)


def test_targets_heading_the_parts_of_the_targets_text_give_the_goals_as_a_guess() -> None:
    # a 2022 lightning talk that lists no goals, only `16.3 - … 16.6 - …` in its Targets text
    text = (
        "IGF 2022 Lightning Talk #54 Data protection\n\n"
        "Targets: 16.3 - Advocates for better access to justice through making laws "
        "appropriate to lived experiences 16.6 - The session keeps government institutions "
        "in check by providing an avenue for feedback.\n"
    )
    result = import_text(text)
    assert result.proposal.sdgs == [16]
    assert any(p.field == "sdgs" and p.is_guess for p in result.placements)


@pytest.mark.parametrize(
    ("targets", "goals"),
    [
        ("3.8 By 2030, reach every clinic with safe water and the web.", [3]),
        ("Wells matter and cost more 6.1 By 2030, give safe water to all.", [6]),
        ("We build on SDG 6.1, the village wells, and on SDG 11.1, 11.b, the towns.", [6, 11]),
        ("Sharing water data matters here (12.c). More in the report.", [12]),
        ("Rivers and wells:\n\n2. Some goal words (2.4, 2.a)\n13. Other words (13.1)", [2, 13]),
        ("About 2.5 billion people. 2.5 Billion more, 1.5 % of towns since 2015.", []),
        ("A 10.12.2023 meeting of 17 towns, at 4.5 km from 6 rivers, in 2030.", []),
        # goals printed as their number and their name, run together on one line
        ("6. Clean water and sanitation 13. Climate action", [6, 13]),
        ("We meet at 3. Clean water and sanitation is for all. 2. Zero hungering.", []),
    ],
)
def test_target_numbers_in_the_targets_box_choose_their_goals_as_a_guess(
    targets: str, goals: list[int]
) -> None:
    # a target written in the free-text Targets box means the session chose that target;
    # bare numbers, years and figures are no targets
    result = import_text(f"IGF 2023 WS #5 Water and the web\n\nTargets: {targets}\n")
    assert result.proposal.sdgs == goals
    assert any(p.field == "sdgs" and p.is_guess for p in result.placements) == bool(goals)


def test_the_targets_box_adds_to_the_goals_listed_and_its_bracketed_asides_do_not() -> None:
    text = (
        "IGF 2023 WS #5 Water and the web\n\nSDGs\n\n6. Clean Water and Sanitation\n\n"
        "Targets: SDG goal 11.1 asks for homes. The session helps wells (13.1) and towns (9.a).\n"
        "\n2. Some goal words (2.4, 2.a)\n"
    )
    result = import_text(text)
    assert result.proposal.sdgs == [2, 6, 11]  # in the goals' order; no asides' goals
    assert any(p.field == "sdgs" and p.is_guess for p in result.placements)


def test_records_one_detail_a_line_with_names_alone_after_them_are_people_then_the_roles() -> None:
    # 2024 launches: `Name: …` records one detail a line, their label lost, then the
    # moderators and rapporteur as names alone, every label lost
    text = (
        "Session\nThe Youth Network\n"
        "Name: Lena Odhiambo\nEmail/Link: https://example.org/users/lena\n"
        "Affiliation: The Youth Network\nStakeholder Group: Civil Society\n"
        "Name : Tomas Ruiz\nEmail/IGF Profile Link: https://example.org/users/tomas\n"
        "Region: Latin American and Caribbean Group (GRULAC)\nStakeholder Group: Government\n"
        "Name: Mei Tanaka\nEmail/Link: mei@example.org\nRegion: Asia-Pacific Group\n"
        "Stakeholder Group: Technical Community\n"
        "Tomas Ruiz\nMei Tanaka\nLena Odhiambo\n"
    )
    proposal = import_text(text, "igf-2024").proposal
    people = [(p.name, p.organization, p.email) for p in proposal.organizers]
    assert people == [
        ("Lena Odhiambo", "The Youth Network", "https://example.org/users/lena"),
        ("Tomas Ruiz", "", "https://example.org/users/tomas"),
        ("Mei Tanaka", "", "mei@example.org"),
    ]
    assert proposal.organizers[1].stakeholder_group == GOV
    roles = [proposal.onsite_moderator, proposal.online_moderator, proposal.rapporteur]
    assert [p.name if p else None for p in roles] == ["Tomas Ruiz", "Mei Tanaka", "Lena Odhiambo"]


def test_questions_after_a_sub_item_that_asks_last_open_as_its_parent_does() -> None:
    # `B.` with an indented bullet under it asking (`?` mid-line), then `C.`, `D.`: the
    # next questions, not text after the list
    text = (
        "IGF 2021 WS #1 A title\n\nPolicy Question(s)\nA. Who decides?\nB. Which rules\n"
        "   * Some say ? others do not\nC. Data rules\nD. Trust\n\nSDGs\n1. No Poverty\n"
    )
    proposal = import_text(text, "igf-2021").proposal
    assert proposal.policy_questions == [
        "Who decides?",
        "Which rules\n* Some say ? others do not",
        "Data rules",
        "Trust",
    ]


def test_a_known_format_then_the_word_format_is_that_format() -> None:
    text = (
        "IGF 2024 WS #7 Water and the web\n"
        "    Organizer 1: Ann Lee, Water Trust\n"
        "    Speaker 1: Bo Chan, Civil Society\n"
        "    Cy Dunn, Civil Society, Asia-Pacific Group\n"
        "    Online Moderator\n"
        "    Di Eng, Civil Society, Asia-Pacific Group\n"
        "    Panel Format\n"
        "    Duration (minutes): 60\n"
        "    Format description: A short panel with questions from the room.\n"
    )
    result = import_text(text, "igf-2024")
    assert result.proposal.format == "Panel"
    assert result.proposal.onsite_moderator.name == "Cy Dunn"
    assert "Cy Dunn" not in [person.name for person in result.proposal.speakers]
    assert any(p.field == "format" and p.how == "guess" for p in result.placements)


def test_topic_labelled_question_paragraphs_are_all_questions_even_long_ones() -> None:
    # `Topic: question` paragraphs, the later ones long prose, the last one cut short asking nothing
    first = "River flow: Can towns share water fairly over the dry months of the year?"
    second = (
        "Shared duties: Upstream towns hold most of the water in their reservoirs. "
        "Can a river council make sure that every town downstream has a say without "
        "paying for it?"
    )
    third = (
        "Old maps: In some valleys the borders follow the river. On the other hand, in "
        "other valleys the borders follow the hills, and the towns there have other duties."
    )
    text = (
        f"IGF 2022 WS #1 Rivers\n\nFormat\n\nPanel - 90 Min\n\nPolicy Question(s)\n\n"
        f"{first}\n\n{second}\n\n{third}\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == [first, second, third]


def test_a_policy_questions_box_holding_prose_only_is_read_as_a_guess() -> None:
    # no question in the box at all: which paragraphs are its items, which the next box's
    # text whose label was lost, is a doubt, so the reading is marked as a guess
    first = (
        "In the whole arena of actors, river data is on the verge of setting a course for "
        "the shared design of water services that has not been possible before."
    )
    second = (
        "The aims of the actors in the arena of river data are written down in a shared "
        "charter that every member signs, and each year they are reviewed together."
    )
    text = f"IGF 2019 WS #1 Rivers\n\nPolicy Question(s):\n\n{first}\n\n{second}\n"
    result = import_text(text)
    assert result.proposal.policy_questions[0] == first
    assert any(p.field == "policy_questions" and p.is_guess for p in result.placements)
    # a box that asks, or one paragraph of prose alone: read from its label, no guess
    asked = import_text(text.replace("before.", "before?"))
    assert not any(p.field == "policy_questions" and p.is_guess for p in asked.placements)
    alone = import_text(text.replace(second, ""))
    assert alone.proposal.policy_questions == [first]
    assert not any(p.field == "policy_questions" and p.is_guess for p in alone.placements)


def test_prose_alone_under_the_format_label_is_the_format_description() -> None:
    # no format chosen under `Format`, only running text: that text describes the format
    prose = (
        "The talk opens with a short story about the river and then the speaker walks "
        "the room through three maps of the valley before taking questions."
    )
    text = f"IGF 2024 Lightning Talk #1 Rivers\n\nFormat\n\n{prose}\n\nDuration (minutes)\n30\n"
    result = import_text(text, "igf-2024")
    assert result.proposal.format == ""
    assert result.proposal.format_description == prose
    assert any(p.field == "format_description" and p.is_guess for p in result.placements)


@pytest.mark.parametrize(
    "words",
    ["Hybrid talk with maps and audience Q&A", "Walkthrough for online and onsite guests"],
)
def test_words_naming_no_format_that_speak_of_the_hybrid_setting_are_the_format_description(
    words: str,
) -> None:
    # no format of the form named under `Format`, only words on how the hybrid audience
    # takes part: they describe the format, no choice of it
    text = f"IGF 2025 Lightning Talk #1 Rivers\n\nFormat\n\n{words}\n\nDuration (minutes)\n30\n"
    result = import_text(text, "igf-2025")
    assert result.proposal.format == ""
    assert result.proposal.format_description == words
    assert any(p.field == "format_description" and p.is_guess for p in result.placements)


def test_a_free_format_name_under_the_format_label_stays_the_format() -> None:
    text = "IGF 2021 Launch #1 Rivers\n\nFormat\n\nPresentation & panel discussion\n"
    result = import_text(text, "igf-2021")
    assert result.proposal.format == "Presentation & panel discussion"


def test_prose_after_the_questions_placed_nowhere_leaves_the_questions_a_guess() -> None:
    # 2020 pages print the next box's text after the questions, its label lost; where that
    # paragraph finds no field, whether it was one more item is a doubt
    question = "How can towns share the cost of mapping their rivers and keeping the maps current?"
    prose = (
        "The towns along the river have each kept their own maps for years, and the "
        "session asks them to pool that work under one shared scheme."
    )
    text = (
        "IGF 2020 WS #9 Rivers\n\nPolicy Question(s)\n\n"
        f"{question}\n\n{prose}\n\n\nGOAL 6: Clean Water and Sanitation\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == [question]
    assert prose in result.proposal.import_notes
    assert any(p.field == "policy_questions" and p.is_guess for p in result.placements)
    # the questions alone: read from the label, no guess
    alone = import_text(text.replace(prose, ""))
    assert not any(p.field == "policy_questions" and p.is_guess for p in alone.placements)


def test_prose_on_the_line_right_after_a_question_is_not_one_more_question() -> None:
    # the next box's text, its label lost, printed on the line right after the questions
    # (no blank line between): a long line asking nothing after a line ending with `?`
    question = "How can towns share the cost of mapping their rivers and keeping the maps current?"
    prose = (
        "The towns along the river have each kept their own maps for years, and the "
        "session asks them to pool that work under one shared scheme."
    )
    text = f"IGF 2020 WS #9 Rivers\n\nPolicy Question(s)\n\n{question}\n{prose}\n"
    result = import_text(text)
    assert result.proposal.policy_questions == [question]


def test_a_record_whose_group_follows_the_organisation_after_a_full_stop_is_a_person() -> None:
    # 2023 launch pages print `Name, Role, Organisation. Group, Region.`: the stop before
    # the group is no sentence's end, and such a record may run long
    text = (
        "IGF 2023 Launch / Award Event #7 Wells for all\n\n"
        "Water Watch\n"
        "Lena Odhiambo, Research Director for Wells, Water Watch. Civil Society, WEOG.\n"
        "Tomas Ruiz, Analyst, Water Watch. Civil Society, WEOG.\n\n\n"
        "Mei Tanaka, Representative at the Steering Committee of the Rural Wells Constituency "
        "(RWC) at the International Association for Water and Sanitation Engineering. "
        "Civil Society, Asia-Pacific Group.\n"
        "Kofi Mensah, Director, River Trust. Technical Community, African Group.\n\n"
        "Onsite Moderator\n\nLena Odhiambo\n\nOnline Moderator\n\nTomas Ruiz\n"
    )
    proposal = import_text(text).proposal
    assert [p.name for p in proposal.organizers] == ["Lena Odhiambo", "Tomas Ruiz"]
    assert [p.name for p in proposal.speakers] == ["Mei Tanaka", "Kofi Mensah"]


def test_people_alone_on_their_lines_in_an_agenda_are_the_speakers_as_a_guess() -> None:
    # 2019-2020 pre-events name no speakers but the people of their draft agenda, each
    # alone on a line under the item they give (`Agenda (…):` heading, or a box so labelled)
    text = (
        "IGF 2019 Pre-Event #9 Wells for all\n\nDescription\n\n"
        "Wells give water to every village.\n\n"
        "Agenda (all times UTC):\n\n"
        "9.00   Opening and short presentations of the speakers,\n\n"
        "       • Lena Odhiambo, Head of the Wells Division, Water Watch\n\n"
        "9.15   Input: Overview of the main challenges\n\n"
        "       Prof. Tomas Ruiz\n\n"
        "10.00  Table discussions covering:\n\n"
        "       What is being done already?\n"
    )
    result = import_text(text)
    assert [p.name for p in result.proposal.speakers] == ["Lena Odhiambo", "Tomas Ruiz"]
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)
    boxed = text.replace("Agenda (all times UTC):", "Draft Agenda")
    assert [p.name for p in import_text(boxed).proposal.speakers] == [
        "Lena Odhiambo",
        "Tomas Ruiz",
    ]


def test_lettered_people_under_an_agenda_item_naming_the_panel_are_the_speakers() -> None:
    # a 2021 coalition page that lost its labels: `Moderator: X`, then its agenda, the
    # panellists lettered under the item that names them, each over what they speak on
    text = (
        "IGF 2021 DC-XYZ Wells for all\n\n"
        "Round Table - U-shape - 90 Min\n\n\n"
        "Wells give water to every village, and the coalition will discuss how.\n\n\n"
        "Moderator: Ana Silva\n\n"
        "1. Introduction to the coalition (Peter Brown)\n\n"
        "2. Speakers / Panellists (5 minutes each)\n\n"
        "a. Lena Odhiambo - Water Watch\nWhere are the wells today?\n\n"
        "b. Tomas Ruiz\nShaping standards and values\n\n"
        "c. Mei Tanaka - River Trust.\n"
    )
    result = import_text(text)
    assert result.proposal.onsite_moderator is not None
    assert result.proposal.onsite_moderator.name == "Ana Silva"
    names = [p.name for p in result.proposal.speakers]
    assert names == ["Lena Odhiambo", "Tomas Ruiz", "Mei Tanaka"]
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)
    assert result.proposal.online_moderator is None


def test_running_text_right_under_the_people_of_a_copy_with_no_blank_lines_ends_them() -> None:
    # a 2022 networking copy that starts at `Session`, no blank lines: the organisers' and
    # the speakers' lines run their people together, then the roles one a line, then the
    # running text right under the rapporteur
    people = (
        "Lena Odhiambo, Water Watch, Civil Society, WEOG Tomas Ruiz, Water Watch, Civil "
        "Society, WEOG Mei Tanaka, River Trust, Civil Society, African Group"
    )
    text = (
        f"Session\nThe Wells Initiative\n{people}\n{people}\n"
        "Lena Odhiambo, Water Watch, Civil Society, WEOG\n"
        "Tomas Ruiz, Water Watch, Civil Society, WEOG\n"
        "Mei Tanaka, River Trust, Civil Society, African Group\n"
        "This session will bring people who dig wells together, in small groups of four, to "
        "meet as many others as the time allows and to share what they learned.\n"
    )
    proposal = import_text(text).proposal
    names = ["Lena Odhiambo", "Tomas Ruiz", "Mei Tanaka"]
    assert [p.name for p in proposal.organizers] == names
    assert [p.name for p in proposal.speakers] == names
    assert proposal.onsite_moderator is not None and proposal.online_moderator is not None
    assert proposal.rapporteur is not None
    assert proposal.onsite_moderator.name == "Lena Odhiambo"
    assert proposal.online_moderator.name == "Tomas Ruiz"
    assert proposal.rapporteur.name == "Mei Tanaka"
