"""The importer on real published pages (tests/fixtures/published/real-*.txt, each with the
fields read by hand in its .expected.toml) and on each layout quirk those pages show."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from proposal_tui.call import load_call
from proposal_tui.checks import check
from proposal_tui.importer import GUESS, import_text
from proposal_tui.model import Person

FIXTURES = Path(__file__).parent / "fixtures" / "published"
REAL = sorted(FIXTURES.glob("real-*.txt"))
LONG = " ".join(["The workshop will bring practitioners and regulators together."] * 10)


def fold(text: str) -> str:
    return " ".join(text.split())


def body(text: str, call: str | None = "igf-2025"):
    return import_text(text, call)


def test_there_are_real_pages_with_expected_fields() -> None:
    assert len(REAL) >= 4
    assert all(page.with_suffix(".expected.toml").exists() for page in REAL)


@pytest.mark.parametrize("page", REAL, ids=[p.stem for p in REAL])
def test_a_real_page_gives_the_fields_a_person_reads_on_it(page: Path) -> None:
    expected = tomllib.loads(page.with_suffix(".expected.toml").read_text("utf-8"))
    proposal = import_text(page.read_text(encoding="utf-8")).proposal
    for field, value in expected.items():
        got = getattr(proposal, field)
        if field in ("organizers", "speakers"):
            got = [fold(p.name) for p in got]
        elif isinstance(got, Person) or got is None:
            got = fold(got.name) if got else ""
        elif field == "policy_questions":
            got, value = [fold(q) for q in got], [fold(q) for q in value]
        elif isinstance(got, str):
            got, value = fold(got), fold(value)
        assert got == value, field


# --- 1. a label at the start of a long line -----------------------------------------------


def test_a_label_opens_a_line_of_any_length() -> None:
    result = body(
        "Policy Question(s)\nA. One?\n\n"
        f"What will participants gain from attending this session? {LONG}\n\n"
        f"Duration (minutes): 90\nFormat description: {LONG}"
    )
    assert result.proposal.policy_questions == ["One?"]
    assert result.proposal.participants_gain == LONG
    assert result.proposal.format_description == LONG
    assert result.proposal.import_notes == ""


# --- 2. lost labels: form order, blank-line runs, recorded as guesses ----------------------


def test_a_block_after_two_blank_lines_with_no_description_label_is_the_description() -> None:
    result = body(
        "What will participants gain from attending this session?\n\nSkills and contacts.\n\n\n"
        "States are negotiating a treaty.\n\nIts chapters matter.\n\nExpected Outcomes\nA list."
    )
    proposal = result.proposal
    assert proposal.participants_gain == "Skills and contacts."
    assert proposal.description == "States are negotiating a treaty.\n\nIts chapters matter."
    assert proposal.expected_outcomes == "A list."
    guess = [p for p in result.placements if p.field == "description"]
    assert [(p.how, p.text) for p in guess] == [("order", '"States are negotiating a treaty."')]
    assert result.guesses == (
        'Guess: "States are negotiating a treaty." placed in Description: no label; a new '
        "block after the What will participants gain from attending this session?.",
    )
    assert proposal.import_notes.startswith(result.guesses[0])


def test_a_described_page_keeps_a_blank_line_run_inside_its_own_section() -> None:
    proposal = body(
        "What will participants gain from attending this session?\nSkills.\n\n\nMore skills.\n\n"
        "Description\nThe text."
    ).proposal
    assert proposal.participants_gain == "Skills.\n\nMore skills."
    assert proposal.description == "The text."


def test_the_paragraph_after_a_one_line_format_description_copied_from_the_web() -> None:
    second = "Governments are building shared digital systems. " * 4
    result = body(f"Format description: {LONG}\n{second.strip()}")
    assert result.proposal.format_description == LONG
    assert result.proposal.description == second.strip()
    assert result.guesses and "placed in Description" in result.guesses[0]


def test_a_one_sentence_format_description_before_a_long_line_ends_at_its_line() -> None:
    # 2020 workshops copied from `Session`: `Format description: A main session is
    # proposed.`, then prose lines whose labels were lost; a line too long to have been
    # wrapped from the short one starts a new block (a guess where it goes)
    second = "This proposal sets a frame in which many questions can be explored. " * 2
    result = body(f"Other - 90 Min\nFormat description: A main session is proposed.\n{second}")
    assert result.proposal.format_description == "A main session is proposed."
    assert fold(result.proposal.description) == fold(second)
    assert guessed(result, "description")
    short = "Format description: We hold a panel.\nWe need 60 minutes to hear the floor.\n"
    kept = body(short).proposal  # two short lines: one box, as a wrapped copy prints it
    assert fold(kept.format_description) == "We hold a panel. We need 60 minutes to hear the floor."
    assert kept.description == ""


# --- 3. labels the draft has no field for end the section before them ----------------------


@pytest.mark.parametrize(
    "label",
    [
        "Connection with previous Messages:",
        "About this Session",
        "Relevance to Internet Governance:",
        "Relevance to Theme:",
        "Online Participation:",
        "Discussion Facilitation:",
        "Targets:",
    ],
)
def test_a_label_of_another_year_ends_the_section_before_it(label: str) -> None:
    gap = " " if label.endswith(":") else "\n"  # "About this Session" stands alone
    result = body(f"Description\nThe text.\n{label}{gap}Kept aside.\n\nSDGs\n16")
    assert result.proposal.description == "The text."
    assert result.proposal.sdgs == [16]
    name = label.rstrip(":")
    assert f'Not placed, under "{name}":\nKept aside.' in result.proposal.import_notes


def test_a_long_line_under_another_years_label_is_kept_under_that_label() -> None:
    result = body(f"Expected Outcomes\nA list.\nConnection with previous Messages: {LONG}")
    assert result.proposal.expected_outcomes == "A list."
    assert f'under "Connection with previous Messages":\n{LONG}' in result.proposal.import_notes


# --- 4. Additional Speakers; a heading is never a person -----------------------------------


def test_additional_speakers_are_speakers_and_the_moderator_stays_the_moderator() -> None:
    result = body(
        "Speaker 1: Ana Lima, Civil Society, African Group\n\n"
        "Additional Speakers\n"
        "Cy Dee - Rede Norte, Director\n"
        "Eva Fox – Ministry of ICT, Adviser\n\n"
        "Gil Ho, Private Sector, Western European and Others Group (WEOG)\n"
    )
    proposal = result.proposal
    assert [(p.name, p.organization) for p in proposal.speakers] == [
        ("Ana Lima", ""),
        ("Cy Dee", "Rede Norte, Director"),
        ("Eva Fox", "Ministry of ICT, Adviser"),
    ]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Gil Ho"
    assert "Additional Speakers" not in [p.name for _, p in proposal.people()]


# --- 5. and 6. SDG and question lines that lost their labels -------------------------------


def test_goal_lines_with_no_sdg_label_are_sdgs() -> None:
    result = body(
        "Expected Outcomes\nA list.\n\n"
        "GOAL 5: Gender Equality\nGOAL 9: Industry, Innovation and Infrastructure"
    )
    assert result.proposal.sdgs == [5, 9]
    assert result.proposal.expected_outcomes == "A list."
    assert result.proposal.policy_questions == []
    assert [p.how for p in result.placements if p.field == "sdgs"] == ["guess"]


def test_target_lines_right_above_the_targets_text_with_no_sdg_label_are_sdgs() -> None:
    # a 2022 workshop copied with no labels: the targets run on under the box above them
    result = body(
        "Connection with previous Messages: This session advances the 2021 message.\n"
        "17.6\n9.c\nTargets: The focus is on fragmented data.\n"
    )
    assert result.proposal.sdgs == [17, 9]
    assert "17.6" not in result.proposal.import_notes.split("\n")
    assert [p.how for p in result.placements if p.field == "sdgs"] == ["guess"]


def test_target_lines_with_no_targets_text_after_them_are_left_as_they_are() -> None:
    proposal = body("Expected Outcomes\nA report.\n17.6\n").proposal
    assert proposal.sdgs == []


def test_numbered_questions_after_the_format_are_policy_questions() -> None:
    result = body(
        "Format\nPanel\nDuration (minutes): 60\nFormat description: Short talks.\n\n"
        "1. Who pays for rural networks?\n2. Who maintains them?\n\nDescription\nText."
    )
    proposal = result.proposal
    assert proposal.format_description == "Short talks."
    assert proposal.policy_questions == ["Who pays for rural networks?", "Who maintains them?"]
    assert [p.how for p in result.placements if p.field == "policy_questions"] == ["guess"]


def test_an_agenda_in_the_format_description_stays_there() -> None:
    proposal = body("Format description: Two rounds.\n\n1. Opening\n2. Open floor").proposal
    assert proposal.policy_questions == []
    assert proposal.format_description == "Two rounds.\n\n1. Opening\n2. Open floor"


def test_the_next_letter_run_into_its_question_is_a_marker_and_an_abbreviation_is_not() -> None:
    proposal = body("Policy Question(s)\nA. One?\nB. Two?\nC.What three?\nU.S. policy?").proposal
    assert proposal.policy_questions == ["One?", "Two?", "What three?", "U.S. policy?"]


def test_an_introduction_before_numbered_questions_is_not_a_question() -> None:
    result = body(
        "Policy Question(s):\n\nSome context. Policy questions to be addressed include:\n\n"
        "1. First?\n2. Second?"
    )
    assert result.proposal.policy_questions == ["First?", "Second?"]
    assert "Policy questions to be addressed include:" in result.proposal.import_notes
    assert any("introduction to the policy questions" in g for g in result.guesses)


def test_an_item_numbered_one_with_no_space_is_a_question_not_an_introduction() -> None:
    # 2019 WS #34: `1.Whereas …` (a statement, then a question ending with `.`) before
    # `2. …`; an unnumbered opening sentence is still the introduction (above)
    text = (
        "Policy Question(s): \n\n1.Whereas a thing holds. What follows from it.\n"
        "2. In the real world there is little trust\n3. What would the plan be?\n"
    )
    result = body(text, "igf-2019")
    assert result.proposal.policy_questions == [
        "Whereas a thing holds. What follows from it.",
        "In the real world there is little trust",
        "What would the plan be?",
    ]
    assert not any("introduction to the policy questions" in g for g in result.guesses)


def test_a_paragraph_asking_nothing_before_unmarked_questions_is_not_a_question() -> None:
    # 2019 workshops: a note (`IMPORTANT** Full Title: …`), a blank line, then one question a line
    result = body(
        "Policy Question(s): \n\nIMPORTANT** Full Title: A longer title\n\n"
        "How can we do one thing?\nWhat should we do next?\n\nRelevance to Theme: Text."
    )
    asked = ["How can we do one thing?", "What should we do next?"]
    assert result.proposal.policy_questions == asked
    assert "Full Title: A longer title" in result.proposal.import_notes
    assert any("introduction to the policy questions" in g for g in result.guesses)
    # one question a line with no note above stays as it is
    plain = body("Policy Question(s): \n\nHow can we do one thing?\nWhat should we do next?\n")
    assert plain.proposal.policy_questions == asked


# --- 7. a page that starts at "Session" ---------------------------------------------------


def test_a_copy_that_starts_at_session_has_no_title_and_the_checks_ask_for_one() -> None:
    result = body("Session\nRoundtable\nDuration (minutes): 90\n")
    proposal = result.proposal
    assert proposal.title == ""
    assert (proposal.format, proposal.duration) == ("Round Table", 90)
    assert 'The text starts at "Session", after the title: the title is left empty.' in (
        result.notes
    )
    assert any(f.field == "title" for f in check(proposal, load_call("igf-2025")))


# --- 8. repeats -----------------------------------------------------------------------------


def test_a_description_printed_twice_with_other_line_breaks_is_kept_once() -> None:
    result = body(
        "Description\nShutdowns cluster around elections. Observers\nrarely meet operators.\n\n"
        "Description\nShutdowns cluster around\nelections. Observers rarely meet operators."
    )
    assert result.proposal.description == (
        "Shutdowns cluster around elections. Observers rarely meet operators."
    )
    assert "Description appeared twice; kept once." in result.notes


def test_an_unlabelled_block_repeating_the_text_above_it_is_kept_once() -> None:
    proposal = body(
        "What will participants gain from attending this session?\nSkills.\n\n\nSkills.\n\n"
    ).proposal
    assert (proposal.participants_gain, proposal.description) == ("Skills.", "")


# --- 9. lists keep their lines ------------------------------------------------------------


def test_one_item_a_line_keeps_its_line_breaks_and_wrapped_text_is_joined() -> None:
    proposal = body(
        "Expected Outcomes\nA report of the session.\nA follow-up call in March.\n\n"
        "Hybrid Format\nThe online moderator reads the chat and takes every\n"
        "second question from it.\n"
    ).proposal
    assert proposal.expected_outcomes == "A report of the session.\nA follow-up call in March."
    assert proposal.hybrid_format == (
        "The online moderator reads the chat and takes every second question from it."
    )


def test_text_copied_from_a_web_page_keeps_every_line_break() -> None:
    proposal = body(f"Expected Outcomes\n{LONG}\nA second outcome").proposal
    assert proposal.expected_outcomes == f"{LONG}\nA second outcome"


# --- 10. older years are judged by their own call profile ---------------------------------


@pytest.mark.parametrize("year", [2019, 2020, 2021, 2022])
def test_an_older_page_is_read_with_its_own_years_profile(year: int) -> None:
    result = import_text(f"IGF {year} WS #12 A title\n\nDescription\nText.")
    assert result.call_name == f"igf-{year}"
    assert result.proposal.call == f"igf-{year}"
    call = load_call(f"igf-{year}")
    assert call.year == year
    assert all(not s.confirmed for s in call.sections if s.limit is not None)


# --- the lock as some copies mis-decode it ---------------------------------------------------


def test_a_mis_decoded_lock_is_a_lock() -> None:
    result = body("Organizer 1: Gabriel Karsan, \u0e50\u0178\u201d\u2019Ongea Na Demokrasia")
    assert result.proposal.organizers == [
        Person(name="Gabriel Karsan", organization="Ongea Na Demokrasia")
    ]
    assert "Organizer 1: hidden fields (🔒) left empty." in result.notes


def test_guesses_open_the_import_notes() -> None:
    result = import_text((FIXTURES / "real-2022-ws411-move-fast.txt").read_text("utf-8"))
    assert len(result.guesses) == 3
    assert all(g.startswith(GUESS) for g in result.guesses)
    assert all(g in result.proposal.import_notes for g in result.guesses)


# --- the command line: many files, guesses printed -------------------------------------------


def test_cli_imports_files_and_folders_one_draft_each_with_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from proposal_tui.cli import main
    from proposal_tui.store import load_draft

    folder, data = tmp_path / "pages", tmp_path / "data"
    folder.mkdir()
    pages = [FIXTURES / "real-2019-ws111-business-innovations.txt"]
    pages.append(FIXTURES / "real-2022-ws411-move-fast.txt")  # both have guesses
    for page in pages:
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / ".hidden").write_text("not a page", encoding="utf-8")
    single = tmp_path / "one.txt"
    single.write_text("Description\nJust this.\n", encoding="utf-8")
    args = ["--data-dir", str(data), "import", str(folder), str(single)]
    assert main(args) == 0
    out, err = capsys.readouterr()
    paths = [Path(line) for line in out.splitlines()]
    assert len(paths) == 3 and all(p.parent == data for p in paths)
    assert load_draft(paths[2]).description == "Just this."
    lines = err.splitlines()
    assert lines[0] == f"proposal-tui: import [1/3] {folder / pages[0].name}"
    assert lines[-1] == "proposal-tui: import: 3 imported (2 with guesses), 0 failed"
    assert any(line.startswith("  Guess: ") for line in lines)


def test_cli_import_goes_on_past_a_file_it_cannot_read_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from proposal_tui.cli import main

    good = tmp_path / "good.txt"
    good.write_text("Description\nText.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    args = ["--data-dir", str(tmp_path / "data"), "import", str(missing), str(good)]
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert f"  failed: {missing}: no such file" in err.splitlines()
    assert err.splitlines()[-1] == "proposal-tui: import: 1 imported (0 with guesses), 1 failed"


def test_cli_import_output_needs_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from proposal_tui.cli import main

    args = ["import", str(REAL[0]), str(REAL[1]), "-o", str(tmp_path / "x.toml")]
    assert main(args) == 2
    assert capsys.readouterr().err == "proposal-tui: -o needs exactly one TEXTFILE\n"
    assert not (tmp_path / "x.toml").exists()


def test_cli_import_review_needs_a_terminal_and_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from proposal_tui.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", "--review", str(REAL[0])]) == 2
    assert "--review needs a terminal" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "import", "--review", str(REAL[0]), str(REAL[1])]) == 2
    assert "--review takes one TEXTFILE" in capsys.readouterr().err
    assert not data.exists() or not list(data.iterdir())


# --- the review: pieces with reasons, and the person's moves ---------------------------------


def test_every_piece_of_a_real_page_has_a_field_and_a_reason() -> None:
    from proposal_tui.import_review import ImportReview

    review = ImportReview((FIXTURES / "real-2022-ws411-move-fast.txt").read_text("utf-8"))
    pieces = review.pieces()
    assert [p.start for p in pieces] == sorted({p.start for p in pieces})
    assert all(p.how in ("label", "order", "guess") and p.why for p in pieces)
    roles = {p.field: p for p in pieces if p.field in ("onsite_moderator", "rapporteur")}
    assert review.lines[roles["onsite_moderator"].start].startswith("Daniel OMaley")
    assert roles["rapporteur"].is_guess


def test_moving_an_unlabelled_person_to_another_role() -> None:
    from proposal_tui.import_review import ImportReview

    review = ImportReview((FIXTURES / "real-2022-ws411-move-fast.txt").read_text("utf-8"))
    [moderator] = [p for p in review.pieces() if p.field == "onsite_moderator"]
    review.move(moderator, "rapporteur")
    proposal = review.result.proposal
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Daniel OMaley"
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Sarah Moulton"  # the next unlabelled person
    assert 'Moved by you: "Daniel OMaley, Civil Society' in "\n".join(review.result.notes)
    assert [p.how for p in review.pieces() if p.field == "rapporteur"] == ["moved"]


def test_moving_a_labelled_paragraph_moves_its_text_not_its_label() -> None:
    from proposal_tui.import_review import ImportReview

    review = ImportReview("Description\n\nThe text.\n\nMore text.\n\nDuration: 60", "igf-2025")
    [piece] = [p for p in review.pieces() if p.field == "description"]
    review.move(piece, "expected_outcomes")
    proposal = review.result.proposal
    assert proposal.expected_outcomes == "The text."
    assert proposal.description == "More text."  # the section goes on after the paragraph
    assert proposal.duration == 60


def test_moving_an_inline_paragraph_to_the_notes() -> None:
    result = import_text(
        "Description: The text.\nDuration (minutes): 90", "igf-2025", {0: "import_notes"}
    )
    assert result.proposal.description == ""
    assert result.proposal.duration == 90
    assert "Not placed, moved to the notes by you:\nThe text." in result.proposal.import_notes


@pytest.mark.parametrize("page", REAL, ids=[p.stem for p in REAL])
def test_any_line_of_a_real_page_moved_to_the_notes_lands_there(page: Path) -> None:
    from proposal_tui.import_sections import content_line, split_lines

    text = page.read_text(encoding="utf-8")
    lines = split_lines(text)
    call = load_call(import_text(text).call_name)
    for index, line in enumerate(lines):
        if not line.strip() or content_line(lines, index, call) != index:
            continue  # blank, or a label alone on its line (the review moves what follows)
        result = import_text(text, None, {index: "import_notes"})
        words = line.split(":", 1)[-1].split() if ":" in line[:60] else line.split()
        # the last two words: a label ending in `?` may keep its line with two words of text
        # (`What will participants gain from attending this session? Participants will:`)
        assert " ".join(words[-2:]) in " ".join(result.proposal.import_notes.split()), index


# --- layouts of 2019-2025 pages found after the first fixtures -------------------------------


def guessed(result, field: str) -> bool:
    return any(p.field == field and p.is_guess for p in result.placements)


def test_an_organiser_named_as_an_organisation_is_no_person_but_a_guess_in_the_notes() -> None:
    # 2022 coalition pages: `Organizer 2: Dynamic Coalition Coordination Group (DCCG)`
    result = body(
        "Organizer 1: Mark Carvell - Senior Policy Adviser, IS3C\n"
        "Organizer 2: Dynamic Coalition Coordination Group (DCCG)\n",
        "igf-2022",
    )
    assert [p.name for p in result.proposal.organizers] == ["Mark Carvell"]
    assert guessed(result, "organizers")
    assert "Dynamic Coalition Coordination Group (DCCG)" in result.proposal.import_notes


def test_a_line_of_names_led_by_the_organisers_role_is_one_organiser_a_name() -> None:
    # 2024-2025 open forums: the organisation, then labelled lines of one record
    result = body(
        "Organizers\nMinistry of Internal Affairs and Communications\n"
        "Organizational Affiliation: Ministry of Internal Affairs and Communications, Japan\n"
        "Moderator and Organizer: Yoichi Iida (main), Yuka Nishimura (sub), Honoka Ninagawa (sub)\n"
        "Stakeholder: Government\nRegional Group: Asia-Pacific\n",
        "igf-2024",
    )
    names = [p.name for p in result.proposal.organizers]
    assert names == ["Yoichi Iida", "Yuka Nishimura", "Honoka Ninagawa"]
    assert "Moderator and Organizer: Yoichi Iida (main)" in result.proposal.import_notes


def test_running_text_below_a_one_line_summary_in_about_this_session_is_the_description() -> None:
    # 2020 pre-events: `About this Session` holds a one-line summary, the organisation,
    # then after a run of blank lines the description, its label lost, ending with a short
    # sentence in a paragraph of its own
    result = body(
        "IGF 2020 Pre-Event #8 EuroDIG - Open Forum\n\nAbout this Session\n"
        "EuroDIG - Open Forum is a chance to meet and exchange with European stakeholders."
        " Participants from other regions are most welcome!\n\n"
        "European Dialogue on Internet Governance (EuroDIG)\n\n\n"
        f"{LONG}\n\nEveryone is invited to join!\n\n\n\n  • 7:30 the actual Open Forum\n",
        "igf-2020",
    )
    assert fold(result.proposal.description) == fold(f"{LONG} Everyone is invited to join!")
    assert guessed(result, "description")
    assert "EuroDIG - Open Forum is a chance" in result.proposal.import_notes


def test_a_long_summary_above_the_organisers_line_in_about_this_session_is_no_description() -> None:
    # 2020 pre-events: the summary in `About this Session` may be a long paragraph; the
    # organisation's name alone under it, then a run of blank lines, parts it from the
    # description, its label lost
    summary = " ".join(["The summary of the session says what it will explore here."] * 6)
    result = body(
        "IGF 2020 Pre-Event #3 A title\n\nThursday, 5th November, 2020 (10:00 UTC)\n"
        f"Room 1\nAbout this Session\n{summary}\n\nSome Network - Hub\n\n\n"
        f"{LONG}\n\n{LONG} More.\n",
        "igf-2020",
    )
    assert fold(result.proposal.description) == fold(f"{LONG} {LONG} More.")
    assert guessed(result, "description")
    assert "The summary of the session says" in result.proposal.import_notes
    assert "Some Network - Hub" in result.proposal.import_notes


def test_the_moderators_opening_about_this_session_leave_the_text_under_them_to_the_box() -> None:
    # 2021 main sessions: `About this Session`, then the moderators on one line with their
    # labels (`Onsite moderator: …, Online moderator: …`), a line of spaces, then the
    # description, its label lost
    result = body(
        "IGF 2021 Main Session A title\n\n    Time\n    Friday, 10th December, 2021\n"
        "    About this Session\n    Onsite moderator: Ana Lima, Online moderator: Bo Chen\n\n"
        f"     \n\n    {LONG}\n\n    {LONG} More.\n\n    Policy Questions\n\n"
        "    • What are the practices\n    • How to ensure a safe space\n",
        "igf-2021",
    )
    proposal = result.proposal
    assert fold(proposal.description) == fold(f"{LONG} {LONG} More.")
    assert guessed(result, "description")
    assert proposal.onsite_moderator is not None and proposal.onsite_moderator.name == "Ana Lima"
    assert len(proposal.policy_questions) == 2


def test_a_short_first_sentence_over_running_text_in_about_this_session_opens_it() -> None:
    # 2022 NRI sessions: `About this Session` opens with a short sentence, then after one
    # blank line the description, with a list whose bullets were lost, to the end
    result = body(
        "IGF 2022 NRIs Annual Coordination Session\n\n    About this Session\n"
        "    Interactive roundtable dialogue open to everyone to join.\n\n"
        f"    {LONG}\n\n    The main objectives of this session are:\n\n"
        "    To meet in one place;\n    To plan the next year's work.\n",
        "igf-2022",
    )
    description = fold(result.proposal.description)
    assert description.startswith(
        f"Interactive roundtable dialogue open to everyone to join. {LONG}"
    )
    assert description.endswith("To plan the next year's work.")
    assert guessed(result, "description")


def test_a_summary_above_about_this_session_printed_again_is_not_the_description() -> None:
    # 2020 Best Practice Forums: `About this Session` with a one-line summary and the
    # questions, then `About this session:` again further down, the description under it
    summary = "A dialogue on how users' data is collected, analysed and used, and best practices"
    result = body(
        f"IGF 2020 BPF Data\n\nAbout this Session\n{summary} to ensure it does no harm.\n\n"
        "1. What are current challenges and concerns about the collection of data?\n"
        "2. Are views changing and is there a need for new mental models and mindsets?\n\n"
        f"About this session:\n\n{LONG}\n\nKey questions:\n\n1. What now?\n",
        "igf-2020",
    )
    assert fold(result.proposal.description) == fold(LONG)
    assert len(result.proposal.policy_questions) == 2
    assert summary in result.proposal.import_notes


def test_a_list_announced_with_a_colon_in_about_this_session_is_more_description() -> None:
    # 2020 main sessions: the description under `About this Session` goes on with `… the
    # following issues:` and a bulleted list that asks nothing, up to the next heading
    result = body(
        f"IGF 2020 DCs Main Session\n\nAbout this Session\n{LONG}\n\n"
        "The session will address the following issues:\n\n"
        "  • The visible and unseen role of the Internet\n  • The role of the IGF\n\n"
        "The session will be structured in 4 phases:\n\nPhase 1: Digital Divide\n",
        "igf-2020",
    )
    assert fold(result.proposal.description) == fold(
        f"{LONG} The session will address the following issues:"
        " • The visible and unseen role of the Internet • The role of the IGF"
    )
    assert guessed(result, "description")


def test_questions_in_about_this_session_are_the_questions_and_stay_in_its_text() -> None:
    # 2023 NRI sessions: `About this Session` is the description as printed, a list of
    # questions in it too; those questions are also the policy questions
    asks = [
        "  • How can we keep community networks open to all, whatever their region or size?",
        "  • Who should set the rules of community networks, and how can users take part?",
    ]
    intro = (
        "Through an exchange of inputs between national and regional initiatives, this"
        " session will address these questions on open networks:"
    )
    result = body(
        f"NRIs Collaborative Session on open networks\n\nAbout this Session\n{LONG}\n\n"
        f"{intro}\n\n" + "\n".join(asks) + "\n",
        "igf-2023",
    )
    assert result.proposal.policy_questions == [ask.strip()[2:] for ask in asks]
    assert fold(result.proposal.description) == fold(f"{LONG} {intro} " + " ".join(asks))
    assert guessed(result, "description")


def test_a_sentence_naming_stakeholder_groups_under_the_date_is_the_description() -> None:
    # 2020 event pages: under the date and room lines, one paragraph describes the session;
    # it lists stakeholder groups after a comma, yet it is a sentence, no person's line
    about = (
        "The closing session will take the form of an open dialogue among leaders from"
        " many groups, including governments, private sector, civil society and the"
        " technical community from all regions."
    )
    result = body(
        "IGF 2020 Closing Session\n\n"
        "Tuesday, 17th November, 2020 (17:20 UTC) - Tuesday, 17th November, 2020 (19:20 UTC)\n"
        f"Room 1\n\n{about}\n\nClosing words by Ms. Ana Lima\n\n"
        "Moderator: Bo Chen, Civil Society, WEOG\n",
        None,
    )
    assert result.proposal.description == about
    assert guessed(result, "description")


def test_organisation_led_lines_of_names_under_the_organisations_are_the_speakers() -> None:
    # 2021 Day 0 pages: the organisers' organisations on one line, then `Organisation -
    # Name, Name, …` lines with no label: each name a speaker, of that organisation
    result = body(
        "IGF 2021 Day 0 Event #123 Global Youth IGF\n\n"
        "Youth IGF Poland, Youth Coalition on Internet Governance, ISOC Youth SIG\n\n\n"
        "Youth IGF Poland - Emilia Zalewska\n\n"
        "YouthxPolicymakers - Elisabeth Schauermann, Demetria Lee, German Informatics Society\n\n"
        "ISOC Youth SIG - Juan Pajaro Valesquez\n\nOnsite Moderator\nRafal Prabucki\n",
        "igf-2021",
    )
    speakers = result.proposal.speakers
    names = ["Emilia Zalewska", "Elisabeth Schauermann", "Demetria Lee", "Juan Pajaro Valesquez"]
    assert [p.name for p in speakers] == names
    assert speakers[0].organization == "Youth IGF Poland"
    assert result.proposal.organizers == []
    assert guessed(result, "speakers")
    # names on both sides of the dash: no organisation first, no people read
    people = body("IGF 2021 WS #1 A title\n\nAnna Lee - Ana Lima\n\nBea Roe - Cy Doe\n")
    assert people.proposal.speakers == []


def test_running_text_opening_a_copy_is_the_description_not_a_report_under_the_questions() -> None:
    # 2019 open forums copied from `Session`, no blank lines: the description first, its
    # label lost, ending at a short line that ends no sentence (the organisation); the
    # session report's summary under the questions further down is not the description
    report = "The Session focused on the strategic plans, with much optimism about the DNS " * 2
    result = body(
        f"Session\n{LONG}\nICANN\nVera Major, ICANN\nGOAL 10: Reduced Inequalities\n"
        "Report\nPolicy Questions:\n1. How has the DNS become a key component of the Internet?\n"
        f"2. What are the other key strategic priorities for ICANN looking forward?\n{report}\n",
        "igf-2019",
    )
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "description")
    assert len(result.proposal.policy_questions) == 2
    assert report.strip() in result.proposal.import_notes


def test_a_last_block_of_running_text_after_the_description_is_more_of_it() -> None:
    # 2021 Day 0 pages: after the moderators, the description with its label lost, then
    # past a run of blank lines one more block of running text ending the text
    one = "Youth engagement in the internet governance community has grown over the years. " * 2
    two = "In this session, we would like to put in the spotlight youth initiatives and work. " * 2
    more = "In preparation for IGF 2021, young people and policy makers met in roundtables. " * 2
    roles = (
        "Onsite Moderator\nRafal Prabucki\nOnline Moderator\nMohammad Atif Aleem\n\n"
        "15 - and 20 - minute long interactive presentations of each initiative, with Q&A\n\n"
    )
    result = body(f"{roles}\n{one}\n\n{two}\n\n\n{more}\n", "igf-2021")
    assert fold(result.proposal.description) == fold(f"{one} {two} {more}")
    assert guessed(result, "description")
    hybrid = "Online and onsite participants will both take part in the discussion of it. " * 2
    apart = body(f"{roles}\n{one}\n\n{two}\n\n\n{hybrid}\n", "igf-2021")
    assert fold(apart.proposal.description) == fold(f"{one} {two}")


def test_running_text_under_an_empty_duration_is_the_description_as_a_guess() -> None:
    # 2021 Day 0 and networking pages print "Duration (minutes)" with no value
    result = body(f"Onsite Moderator\nSheetal Kumar\n\n\nDuration (minutes)\n\n\n\n{LONG}")
    assert result.proposal.duration is None
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "description")


def test_positions_under_a_role_s_name_are_its_details_not_the_unlabelled_rapporteur() -> None:
    # 2022 open forums: the name, then the person's positions one a line with no blank line
    # between; the rapporteur is the name printed after the roles with its label lost
    result = body(
        "Online Moderator\nOlga Cavalli\nNational Director of Cybersecurity of Argentina\n"
        "Onsite Moderator\nRoberto Zambrana\nMAG Member\n\n\nMonica Trochez\n",
        "igf-2022",
    )
    proposal = result.proposal
    assert (
        proposal.online_moderator is not None and proposal.online_moderator.name == "Olga Cavalli"
    )
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Monica Trochez"
    assert "National Director of Cybersecurity of Argentina" in proposal.import_notes
    assert "MAG Member" in proposal.import_notes


def test_an_unlabelled_rapporteur_may_also_be_the_online_moderator() -> None:
    text = "Onsite Moderator\nSheetal Kumar\nOnline Moderator\n\nBruna Santos\n\n\nBruna Santos\n"
    result = body(text)
    assert result.proposal.online_moderator.name == "Bruna Santos"
    assert result.proposal.rapporteur.name == "Bruna Santos"
    assert guessed(result, "rapporteur")


def test_a_second_line_of_the_format_description_before_the_questions_stays_there() -> None:
    # a 2024 workshop: the description comes after the questions in the form, so a line
    # between the format description and numbered questions is not the description
    text = (
        "Roundtable\nDuration (minutes): 90\n"
        f"Format description: {LONG}\nThe 90-minute allocation suits the many views.\n"
        "1. What are the priorities?\n2. How can forums follow up?\n"
    )
    proposal = body(text).proposal
    assert proposal.format_description.endswith("The 90-minute allocation suits the many views.")
    assert proposal.description == ""
    assert proposal.policy_questions == ["What are the priorities?", "How can forums follow up?"]


def test_a_room_layout_printed_as_the_format_is_a_2025_format() -> None:
    result = body("IGF 2025 Open Forum #31 A title\n\n    Theater\n    Duration (minutes): 60\n")
    assert result.proposal.format == "Theater"
    assert "Classroom" in load_call("igf-2025").format_names()


def test_a_section_printed_again_and_cut_short_is_kept_once() -> None:
    text = f"Format description: {LONG}\nDuration (minutes): 60\nFormat description: {LONG[:200]}"
    assert fold(body(text).proposal.format_description) == fold(LONG)


def test_name_records_are_people_and_under_the_title_they_are_the_organisers() -> None:
    record = (
        "1. Name: Pranav Tiwari | Organizational Affiliation: The Dialogue | Stakeholder: "
        "Academia | Regional Group: APAC 2. Name: Kazim Rizvi | Organizational Affiliation: "
        "The Dialogue | Stakeholder: Civil Society | Regional Group: APAC"
    )
    text = (
        "IGF 2025 Lightning Talk #231 A title\n\n    The Dialogue\n"
        f"    {record}\n    Speakers\n    {record}\n"
    )
    result = body(text)
    assert [p.name for p in result.proposal.organizers] == ["Pranav Tiwari", "Kazim Rizvi"]
    assert [p.organization for p in result.proposal.speakers] == ["The Dialogue"] * 2
    assert guessed(result, "organizers")


def test_a_line_of_bare_names_is_several_speakers_as_a_guess() -> None:
    result = body(
        "Speakers\nYANG ZHOU, TAIGE SHI, TIANXIANG LIU, LI LI\nOnsite Moderator\nYANG ZHOU\n"
    )
    assert [p.name for p in result.proposal.speakers] == [
        "YANG ZHOU",
        "TAIGE SHI",
        "TIANXIANG LIU",
        "LI LI",
    ]
    assert guessed(result, "speakers")
    # a name with an organisation and a country stays one person
    one = body("Speakers\nMoctar Yedaly, African Union, Addis Ababa\n").proposal.speakers
    assert [p.name for p in one] == ["Moctar Yedaly"]


def test_a_paragraph_answering_the_hybrid_questions_is_the_hybrid_format() -> None:
    answer = (
        "1) How will you facilitate interaction between onsite and online speakers and "
        "attendees? We take questions from both. 2) How will you design the session? Well."
    )
    result = body(f"Description\n{LONG}\n\n{answer}\nOrganizers\nA ministry\n")
    assert fold(result.proposal.description) == fold(LONG)
    assert result.proposal.hybrid_format == answer
    assert guessed(result, "hybrid_format")


def test_roles_named_at_the_end_of_person_lines_fill_those_roles() -> None:
    # a 2025 Day 0 page: everyone on one line before any label, then a speakers list
    run = (
        "Ann Lee, Insafe - Civil Society, WEOG - onsite moderator Bo Li, NASK - Technical "
        "Community, Eastern Europe - online moderator Cy Ng, NASK - Technical Community, "
        "Eastern Europe - Rapporteur, onsite"
    )
    text = (
        f"Session\nNASK\n{run}\nSpeakers\n"
        "Ann Lee, Insafe - Civil Society, WEOG - onsite moderator\n"
        "Dee Roy, Child Focus - Civil Society, WEOG - onsite\n"
    )
    proposal = body(text).proposal
    assert [p.name for p in proposal.speakers] == ["Ann Lee", "Dee Roy"]
    assert proposal.onsite_moderator.name == "Ann Lee"
    assert proposal.online_moderator.name == "Bo Li"
    assert proposal.rapporteur.name == "Cy Ng"


@pytest.mark.parametrize(
    "line",
    [
        "1 - How can we act? 2 - What are the limits? 3 - Who pays?",
        "• How can we act? • What are the limits? • Who pays?",
        "A. How can we act? B. What are the limits? C. Who pays?",
    ],
)
def test_questions_run_on_one_line_are_one_each(line: str) -> None:
    proposal = body(f"Policy Question(s)\n{line}\n").proposal
    assert proposal.policy_questions == ["How can we act?", "What are the limits?", "Who pays?"]


def test_dashes_inside_a_paragraph_of_questions_do_not_split_it() -> None:
    text = "Policy Question(s)\n\nFirst block - Challenges - How is it changing? - What next?\n"
    assert len(body(text).proposal.policy_questions) == 1


@pytest.mark.parametrize("separator", [" --", " -", " –", " —", ":", " :"])
def test_a_separator_after_the_session_number_is_no_part_of_the_title(separator: str) -> None:
    # `IGF 2019 Pre-Event #51 -- IGF Regional Dialogue: …`, `IGF 2021 Open Forum #64: …`
    text = f"IGF 2021 Open Forum #64{separator} Forum - Africa: Program\n\nDescription\nText.\n"
    assert body(text, None).proposal.title == "Forum - Africa: Program"


def test_a_first_line_with_a_year_and_no_number_gives_the_title() -> None:
    text = "IGF 2019 The not-so-free market\n\nRound Table - Circle - 90 Min\n"
    assert body(text, None).proposal.title == "The not-so-free market"


def test_person_blocks_under_the_title_are_the_organisers_then_the_speakers() -> None:
    # a 2024 lightning talk copy: the Organizers and Speakers headings are lost
    text = (
        "IGF 2024 Lightning Talk #102 A title\n\n    Netcomm Global\n"
        "    Lev Shadrin, Netcomm Global, Civil Society, Asia-Pacific Group\n"
        "    Dmitry Gulyaev, Youth Ombudsperson, Civil Society, Eastern European Group\n\n\n"
        "    Timofey V, ANPO Dialog, Civil Society, Eastern European Group\n\n"
        "    Onsite Moderator\n\n    Lev Shadrin\n"
    )
    result = body(text)
    assert [p.name for p in result.proposal.organizers] == ["Lev Shadrin", "Dmitry Gulyaev"]
    assert [p.name for p in result.proposal.speakers] == ["Timofey V"]
    assert guessed(result, "organizers") and guessed(result, "speakers")
    # a date line under the title is not a person
    dated = body("IGF 2022 WS #1 T\n\nFriday, 2nd December, 2022 (06:30 UTC)\nRoom 11\n")
    assert dated.proposal.organizers == []


def test_a_long_paragraph_after_the_questions_that_asks_nothing_is_the_description() -> None:
    # 2020 pages print the description after the policy questions, with no label
    question = "How can we build trust? What can policy-makers do to keep it?"
    text = f"Round Table - Circle - 90 Min\n\nPolicy Question(s)\n\n{question}\n\n{LONG}\n"
    result = body(text, "igf-2020")
    assert result.proposal.policy_questions == [question]
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "description")
    # numbered questions keep their own paragraphs
    listed = body(f"Policy Question(s)\n\n1. One?\n\n2. {LONG}\n").proposal.policy_questions
    assert len(listed) == 2


# --- layouts of held-out batch E (issue 12, fifth round) -------------------------------------


def test_page_lines_above_a_title_line_with_no_number_are_not_the_title() -> None:
    # a 2019 Dynamic Coalition page copied with the site's "You are here" above its title
    text = (
        "You are here\n\nIGF 2019 Dynamic Coalition on Gender Main Ses\n\n\nRound Table - 90 Min\n"
    )
    result = body(text, None)
    assert result.proposal.title == "Dynamic Coalition on Gender Main Ses"
    assert result.call_name == "igf-2019"
    assert "You are here" in result.proposal.import_notes


def test_bracketed_marks_on_a_line_of_people_are_details_not_names() -> None:
    # a 2025 networking session: `(ONSITE)` after a person, `(Confirmed)` before one, and
    # a sentence run onto the end of the line of speakers
    text = (
        "Speakers\n(Confirmed) Julien Rossi, Academia, EE (ONSITE) (Confirmed) Esther Ngom,"
        " Private sector, Africa Nicolas Fiumarelli, LACNIC, technical community, GRULAC"
        " (ONSITE) The session organizers are still contacting partner organizations.\n"
        "Onsite Moderator\nLucien Castex\n"
    )
    result = body(text)
    speakers = result.proposal.speakers
    assert [p.name for p in speakers] == ["Julien Rossi", "Esther Ngom", "Nicolas Fiumarelli"]
    assert [(p.participation, p.confirmed) for p in speakers] == [
        ("onsite", True),
        ("", True),
        ("onsite", False),
    ]
    assert speakers[0].region == "Eastern European Group"
    assert "still contacting partner organizations" in result.proposal.import_notes


def test_running_text_under_the_format_label_is_the_format_description() -> None:
    # 2025 pages print the format, then its description with no label, under "Format"
    said = (
        "The classroom format suits this session as it allows structured discussion. "
        "The format will enable participants onsite and online to talk with each other."
    )
    result = body(f"Format\nClassroom\n\n{said}\nDuration (minutes)\n60\n")
    assert result.proposal.format == "Classroom"
    assert fold(result.proposal.format_description) == fold(said)
    assert result.proposal.hybrid_format == ""
    assert guessed(result, "format_description")


def test_text_under_format_is_the_format_description_where_the_description_is_labelled() -> None:
    # a 2025 networking session: the text under "Format" says nothing of the format, but
    # the page's description comes later under its own label
    said = "The session will be divided in two main parts, with posters, then a debate. " * 3
    result = body(
        f"Format\nRoundtable\n\n{said}\nDuration (minutes)\n60\nDescription\nThe findings.\n"
    )
    assert result.proposal.format == "Round Table"
    assert fold(result.proposal.format_description) == fold(said)
    assert result.proposal.description == "The findings."
    assert guessed(result, "format_description")
    assert "Not placed" not in result.proposal.import_notes


def test_running_text_after_the_moderators_speaking_of_the_format_is_its_description() -> None:
    # a 2021 networking session: no format line; the format's text after the rapporteur,
    # then an empty "Duration (minutes)" and the description
    said = f"This networking session will use a speed dating format. {LONG}"
    text = (
        "IGF 2021 Networking #73 A title\n\nOnsite Moderator\nDaniel Maley\nOnline Moderator\n\n"
        f"Morgan Frost\n\n\nSarah Moulton\n\n\n{said}\n\nDuration (minutes)\n\n\n\nThe purpose"
        f" of this session is to connect advocates. {LONG}\n"
    )
    result = body(text, None)
    assert fold(result.proposal.format_description) == fold(said)
    assert result.proposal.description.startswith("The purpose of this session")
    assert result.proposal.rapporteur.name == "Sarah Moulton"
    assert guessed(result, "format_description")


def test_an_open_forum_box_gives_the_description_the_organisers_and_the_speakers() -> None:
    # a 2020 Open Forum: under "About this Session", the format line, the description, the
    # organisers (their organisation above them), the speakers on one line separated by
    # semicolons, then the moderators and GOAL lines
    text = (
        "IGF 2020 OF #6 African Union Open Forum\n\n    About this Session\n"
        "    Stakeholders are encouraged to share views.\n\n    Round Table - U-shape - 60 Min\n"
        f"\n\n    {LONG}\n\n\n    African Union\n    Moctar Yedaly, African Union\n\n\n"
        "    Moctar Yedaly, African Union;Adil Sulieman, African Union; Makane Faye, African"
        " IGF Secretariat; Mactar Seck, UNECA.\n\n    Onsite Moderator\n    Moctar Yedaly\n\n"
        "    GOAL 5: Gender Equality\n"
    )
    result = body(text, None)
    proposal = result.proposal
    assert fold(proposal.description) == fold(LONG)
    assert [p.name for p in proposal.organizers] == ["Moctar Yedaly"]
    assert [p.name for p in proposal.speakers] == [
        "Moctar Yedaly",
        "Adil Sulieman",
        "Makane Faye",
        "Mactar Seck",
    ]
    assert proposal.sdgs == [5]
    assert all(guessed(result, name) for name in ("description", "organizers", "speakers"))


def test_a_country_with_a_lower_case_particle_does_not_swallow_the_next_line() -> None:
    # "Cote d'Ivoire" ends the line: the next person is not the wrapped rest of it
    text = "Onsite Moderator\nMoctar Yedaly\nOnline Moderator\nSalyou Fanny, Cote d'Ivoire\n"
    text += "Aicha Jeridi, Tunisia\n"
    result = body(text, "igf-2020")
    assert result.proposal.online_moderator.organization == "Cote d'Ivoire"
    assert result.proposal.rapporteur.name == "Aicha Jeridi"
    assert guessed(result, "rapporteur")


def test_roles_run_into_the_line_of_speakers_fill_those_roles() -> None:
    # a 2019 Dynamic Coalition page: the moderator and rapporteur labels run into the end
    # of the speakers' line; a job title with "Moderator" in it is not such a label
    text = (
        "Speakers: Jane Doe, Senior Moderator Trust & Safety, Meta, Private Sector, WEOG\n"
        "Nidhi Goyal, Rising Flame, India Moderator: Andrea Saks, Coordinator of DCAD"
        " Rapporteur Kaoru Mizuno, DCAD Secretariat\n"
    )
    result = body(text, "igf-2019")
    proposal = result.proposal
    assert proposal.onsite_moderator.name == "Andrea Saks"
    assert proposal.rapporteur.name == "Kaoru Mizuno"
    assert proposal.speakers[0].organization == "Senior Moderator Trust & Safety, Meta"
    assert "Kaoru Mizuno" not in " ".join(p.name for p in proposal.speakers)


def test_a_first_question_run_into_its_letter_is_the_first_question() -> None:
    # a 2025 workshop: `A.How …` with no space, then ` B. …` on the same line
    text = "Policy Question(s)\nA.How can we act? B. What are the limits? C. Who pays?\n"
    proposal = body(text).proposal
    assert proposal.policy_questions == ["How can we act?", "What are the limits?", "Who pays?"]


def test_an_introduction_ending_with_a_colon_before_bullets_is_not_a_question() -> None:
    # a 2025 workshop: the questions' introduction and its bullets on one line
    text = (
        "Policy Question(s)\nThis session will explore key questions about language: • How"
        " can we act? • What are the limits?\n"
    )
    result = body(text)
    assert result.proposal.policy_questions == ["How can we act?", "What are the limits?"]
    assert "This session will explore key questions" in result.proposal.import_notes
    assert guessed(result, "import_notes")


def test_speaker_lines_led_by_what_each_speaks_for_are_the_speakers() -> None:
    # a 2024 Day 0 page with no labels: the organisation, then speakers each led by their
    # sector or role, then the roles' people alone (a pair joined by `/` fits no role)
    text = (
        "Session\nMinistry of Digital Affairs\n"
        "Moderator/government: Ana Lima – Chair of the Task Force.\n"
        "Civil Society: Ben Okafor, Campaign Manager at Access Now.\n"
        "UN: Chen Wei, UN OHCHR – including the report on shutdowns.\n"
        "Academia: Dara Quinn. Oxford Internet Institute\n"
        "Eva Novak\nFinn Berg/Gia Rossi\n"
    )
    result = body(text)
    proposal = result.proposal
    assert [p.name for p in proposal.speakers] == [
        "Ana Lima",
        "Ben Okafor",
        "Chen Wei",
        "Dara Quinn",
    ]
    assert proposal.speakers[3].organization == "Oxford Internet Institute"
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Eva Novak"
    assert proposal.online_moderator is None
    assert "including the report on shutdowns." in proposal.import_notes
    assert "Finn Berg/Gia Rossi" in proposal.import_notes
    assert guessed(result, "speakers") and guessed(result, "onsite_moderator")


def test_a_questions_heading_run_into_the_first_numbered_question_is_not_its_text() -> None:
    # a 2025 workshop: the word `Questions` with no colon, then `1. … 2. …` on one line
    text = "Policy Question(s)\nQuestions 1. How can we act? 2. What are the limits?\n"
    result = body(text)
    assert result.proposal.policy_questions == ["How can we act?", "What are the limits?"]
    assert "Questions" in result.proposal.import_notes


def test_an_introduction_before_dash_questions_run_on_its_line_is_not_a_question() -> None:
    # a 2023 workshop: two sentences, then ` - ` questions on the same line
    text = (
        "Policy Question(s)\n\nRouting is fundamental. Reports recommend RPKI. - What do we"
        " need to adopt RPKI, who acts? - Why is adoption lacking? - What incentives help?\n"
    )
    result = body(text, "igf-2023")
    assert result.proposal.policy_questions == [
        "What do we need to adopt RPKI, who acts?",
        "Why is adoption lacking?",
        "What incentives help?",
    ]
    assert "Routing is fundamental." in result.proposal.import_notes
    assert guessed(result, "import_notes")


def test_a_name_in_lower_case_with_its_own_group_is_a_person_not_a_wrapped_line() -> None:
    # a 2024 workshop: unlabelled moderators after the speakers; the last speaker's line
    # ends with more than a region, and the rapporteur's name starts with `de`
    text = (
        "Speaker 1: Pedro Camera, Technical Community, Latin American and Caribbean Group"
        " (GRULAC) and Youth Member\n"
        "Lucas Silva, Technical Community, Latin American and Caribbean Group (GRULAC)\n"
        "Eduardo Morales, Technical Community, Latin American and Caribbean Group (GRULAC)\n"
        "de Sousa Rufino Natalia, Technical Community, Latin American and Caribbean Group"
        " (GRULAC)\nRoundtable\nDuration (minutes): 60\n"
    )
    proposal = body(text, "igf-2024").proposal
    assert [p.name for p in proposal.speakers] == ["Pedro Camera"]
    assert "Natalia" not in proposal.speakers[0].organization
    assert proposal.rapporteur.name == "de Sousa Rufino Natalia"


def test_additional_policy_question_information_is_kept_in_the_notes() -> None:
    # a 2021 workshop: a box of the form the draft has no field for, on its label's line
    text = (
        "IGF 2021 WS #17 A title\n\nPolicy Question(s)\n\nHow should platforms moderate?\n"
        "Additional Policy Questions Information: An additional question. Is it enough?\n"
    )
    proposal = body(text, None).proposal
    assert proposal.policy_questions == ["How should platforms moderate?"]
    assert "Is it enough?" in proposal.import_notes


def test_a_sentence_about_a_substitute_under_additional_speakers_is_not_a_speaker() -> None:
    # a 2021 workshop: `Additional Speakers` holds sentences, one short enough to pass
    # for a name
    text = (
        "Speaker 1: Owono Julie, Civil Society, African Group\n\nAdditional Speakers\n\n"
        "Samantha Dickinson is substituting at rapporteur\n\nModerator\n\n"
        "Jan Rydzak, Civil Society, Eastern European Group\n"
    )
    proposal = body(text, "igf-2021").proposal
    assert [p.name for p in proposal.speakers] == ["Owono Julie"]
    assert "Samantha Dickinson is substituting at rapporteur" in proposal.import_notes


def test_text_between_the_targets_and_an_empty_duration_is_the_format_description() -> None:
    # a 2023 lightning talk: the format's text lost its label, after the SDG targets
    said = "The session will provide a platform for participants to exchange experiences."
    text = (
        "16. Peace, Justice and Strong Institutions\n\nTargets: The session addresses SDG 16."
        f"\n\n\n{said}\n\nDuration (minutes)\n\n{LONG}\n"
    )
    result = body(text, "igf-2023")
    assert fold(result.proposal.format_description) == fold(said)
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "format_description")


# --- batch G: layouts of pages scored blind ------------------------------------------------


def test_running_text_after_a_box_with_no_field_is_the_description() -> None:
    # a 2021 workshop: `Additional Policy Questions Information`, then after one blank
    # line the description with no label, at the end of the copy
    text = (
        "IGF 2021 WS #269 A title\n\nPolicy Question(s)\n\nHow should platforms moderate?\n\n"
        "Additional Policy Questions Information: An additional question. Is it enough?\n\n"
        f"{LONG}\n"
    )
    result = body(text, None)
    assert fold(result.proposal.description) == fold(LONG)
    assert "Is it enough?" in result.proposal.import_notes
    assert guessed(result, "description")


def test_numbered_questions_run_into_the_description_with_no_blank_line() -> None:
    # a 2020 workshop copied from `Session`: the description follows the last question
    text = (
        "Session\nDebate - Auditorium - 90 Min\n1. What can each stakeholder do?\n"
        f"2. How can elections be kept fair in a pandemic?\n{LONG}\n"
    )
    proposal = body(text, "igf-2020").proposal
    assert proposal.policy_questions == [
        "What can each stakeholder do?",
        "How can elections be kept fair in a pandemic?",
    ]
    assert fold(proposal.description) == fold(LONG)


def test_questions_lettered_with_bare_capitals_after_the_format_are_the_questions() -> None:
    # a 2023 workshop copied from `Session`: `A What …`, `B How …` with no dots, no label,
    # one item asking nothing and another ending with `.`
    text = (
        "Session\nSpeaker 1: Cindy Southworth, Private Sector, African Group\n"
        "Break-out Group Discussions - 90 Min\n"
        "A What is a model response? What is the role for each sector (gov, tech)\n"
        "B How a theory of change can be used to orchestrate stakeholders.\n"
        "C Within a framework of accountability, what are the opportunities for platforms?\n"
    )
    result = body(text, "igf-2023")
    assert result.proposal.policy_questions == [
        "What is a model response? What is the role for each sector (gov, tech)",
        "How a theory of change can be used to orchestrate stakeholders.",
        "Within a framework of accountability, what are the opportunities for platforms?",
    ]
    assert guessed(result, "policy_questions")


def test_bare_lettered_questions_run_on_one_line_are_split_at_their_letters() -> None:
    # a 2025 workshop: `A How …? B How … C What …` on one line, two with no `?`; a
    # capital that is not the next letter (`I`) stays, and two letters are not yet a run
    text = (
        "Policy Question(s)\n    A How can I Reach them? B How to build teams C What safeguards\n"
    )
    assert body(text).proposal.policy_questions == [
        "How can I Reach them?",
        "How to build teams",
        "What safeguards",
    ]
    two = "Policy Question(s)\nA How does Plan B Work?\n"
    assert body(two).proposal.policy_questions == ["A How does Plan B Work?"]


def test_a_run_in_question_marked_c_dot_still_belongs_to_the_list() -> None:
    text = "Policy Question(s)\n\nA. What first?\nB. How second?\nC.What role can they play.\n"
    proposal = body(text, "igf-2023").proposal
    assert proposal.policy_questions == ["What first?", "How second?", "What role can they play."]


def test_an_introduction_ending_with_a_colon_on_the_questions_line_is_not_a_question() -> None:
    text = (
        "Policy Question(s)\n\nThe session asks three questions in general: A. How can we act?"
        " B. Is there a way? C. How are laws applied?\n"
    )
    proposal = body(text, "igf-2023").proposal
    assert proposal.policy_questions == [
        "How can we act?",
        "Is there a way?",
        "How are laws applied?",
    ]


def test_running_text_before_any_label_after_session_is_the_description() -> None:
    # an NRI session copied from `Session`: the description, then `- ` questions under it
    text = (
        f"Session\n{LONG}\nThis session will address the following policy questions.\n"
        "- Which role do media play in the elections in the digital era? How do rules apply?\n"
        "- How can education help the electorate to identify misleading content online?\n"
    )
    proposal = body(text, "igf-2024").proposal
    assert fold(proposal.description).startswith(fold(LONG))
    assert len(proposal.policy_questions) == 2


def test_an_additional_speaker_ending_with_a_full_stop_is_a_speaker_not_a_moderator() -> None:
    # a 2022 workshop: `Name, Role, Organisation (group, region).`, then the moderator
    text = (
        "Speaker 1: Mehwish Ansari, Civil Society, Western European and Others Group (WEOG)"
        "\n\nAdditional Speakers\n\n"
        "Carl Gahnberg, Director, Internet Society (Technical Community, WEOG).\n\n"
        "Tommy Jensen, Senior Technical Manager, Microsoft (Private Sector, WEOG).\n\n\n\n"
        "Emily Taylor, Technical Community, Western European and Others Group (WEOG)\n\n"
        "Online Moderator\n\nGeorgia Osborn, Private Sector, Western European and Others Group"
        " (WEOG)\n"
    )
    proposal = body(text, "igf-2022").proposal
    assert [p.name for p in proposal.speakers] == [
        "Mehwish Ansari",
        "Carl Gahnberg",
        "Tommy Jensen",
    ]
    assert proposal.onsite_moderator.name == "Emily Taylor"


def test_a_sentence_under_additional_speakers_ends_the_list_at_two_blank_lines() -> None:
    text = (
        "Speaker 1: Olaf Kolkman, Technical Community, Western European and Others Group (WEOG)"
        "\n\nAdditional Speakers\n\nThe ambassador for digital affairs will join us.\n\n\n"
        "Emily Taylor, Technical Community, Western European and Others Group (WEOG)\n\n"
        "Online Moderator\n\nGeorgia Osborn, Private Sector, Western European and Others Group"
        " (WEOG)\n"
    )
    proposal = body(text, "igf-2023").proposal
    assert [p.name for p in proposal.speakers] == ["Olaf Kolkman"]
    assert proposal.onsite_moderator.name == "Emily Taylor"


def test_people_each_with_an_email_under_the_title_are_the_organisers() -> None:
    # a 2024 launch event: no Organizers label; each person's line holds an email
    text = (
        "IGF 2024 Launch / Award Event #145 A title\n\n    Youth Standing Group\n"
        "    Ana Lima, [email protected], Youth Standing Group, Technical community, GRULAC\n"
        "    Jan Novak, IGF Czechia/ ISOC Fellow, academia, Eastern Europe, [email protected]\n"
        "    Denise Leal, [email protected], Academia and Civil Society, UnB and YCIG, LAC region\n"
        "    Germán López Ardila, [email protected], Academia, Civil Society, Private Sector,"
        " Javeriana University, ISOC YSG, Colombian Chamber of IT and Telecoms - CCIT\n\n"
        "    Speakers\n\n    Ana Lima, [email protected], Youth Standing Group, GRULAC\n"
    )
    proposal = body(text, None).proposal
    assert [p.name for p in proposal.organizers] == [
        "Ana Lima",
        "Jan Novak",
        "Denise Leal",
        "Germán López Ardila",
    ]


def test_a_goal_heading_inside_the_targets_text_adds_no_goal() -> None:
    text = (
        "SDGs\n\n5. Gender Equality\n10. Reduced Inequalities\n\n"
        "Targets: SDG 5: Gender Equality\nThis session promotes gender equality.\n"
        "SDG 10: Reduced Inequalities\n"
    )
    assert body(text, "igf-2024").proposal.sdgs == [5, 10]


# --- batch I: layouts of pages scored blind ------------------------------------------------


def test_an_additional_speaker_with_a_title_ending_with_a_full_stop_is_a_speaker() -> None:
    # a 2019 workshop: `Mr. Name, Role, Organisation, Country.` (no brackets before the stop)
    text = (
        "Speaker 1: Minna Horowitz, Civil Society, Western European and Others Group (WEOG)"
        "\n\nAdditional Speakers\n\n"
        "Mr. Micheal Ilishebo, Law Enforcement Officer, Zambia Police Service, Africa.\n\n"
        "Ms. Amrita Choudhury, CCAOI, India\n\nModerator\n\n"
        "Yik Chan Chin, Civil Society, Asia-Pacific Group\n"
    )
    proposal = body(text, "igf-2019").proposal
    assert [p.name for p in proposal.speakers] == [
        "Minna Horowitz",
        "Micheal Ilishebo",
        "Amrita Choudhury",
    ]


ADDITIONAL = "Speaker 1: Kwaku Antwi, Civil Society, African Group\n\nAdditional Speakers\n\n"


def test_a_bulleted_list_of_additional_speakers_gives_the_names_without_bullets() -> None:
    text = f"{ADDITIONAL}  • Andre Laperriere, Executive Director, GODAN\n  • Hon. Sam George, MP\n"
    assert [p.name for p in body(text, "igf-2020").proposal.speakers] == [
        "Kwaku Antwi",
        "Andre Laperriere",
        "Sam George",
    ]


def test_a_line_of_words_opening_a_list_of_speakers_is_not_a_person() -> None:
    text = f"{ADDITIONAL}Propose speakers\n\nAndre Laperriere, Executive Director, GODAN\n"
    proposal = body(text, "igf-2020").proposal
    assert [p.name for p in proposal.speakers] == ["Kwaku Antwi", "Andre Laperriere"]
    assert proposal.onsite_moderator is None
    assert "Propose speakers" in proposal.import_notes


def test_a_name_with_a_colon_before_the_dash_is_the_name_alone() -> None:
    text = f"{ADDITIONAL}Fuatai Gisa Purcell: - Chief Executive Officer, Office of the Regulator\n"
    speaker = body(text, "igf-2020").proposal.speakers[1]
    assert speaker.name == "Fuatai Gisa Purcell"


def test_the_format_one_blank_line_after_a_list_of_speakers_is_the_format() -> None:
    text = f"{ADDITIONAL}Andre Laperriere, GODAN\n\nPanel - Auditorium - 90 Min\n"
    proposal = body(text, "igf-2020").proposal
    assert [p.name for p in proposal.speakers] == ["Kwaku Antwi", "Andre Laperriere"]
    assert (proposal.format, proposal.duration) == ("Panel", 90)


def test_a_paragraph_on_the_onsite_moderator_after_a_lost_description_is_the_hybrid() -> None:
    # a 2023 town hall: format description, then two paragraphs with their labels lost
    text = (
        "Other - 60 Min\nFormat description: Town Hall meeting; a table for the speakers.\n\n\n"
        "This Town Hall delves into generative AI, its risks and its rewards for everyone.\n\n"
        "We will crowdsource concerns. Our onsite moderator facilitates Safer Internet Day.\n"
    )
    result = body(text, "igf-2023")
    proposal = result.proposal
    assert proposal.description.startswith("This Town Hall delves")
    assert proposal.hybrid_format.startswith("We will crowdsource")
    guessed = {p.field for p in result.placements if p.how in ("order", "guess")}
    assert {"description", "hybrid_format"} <= guessed


@pytest.mark.parametrize("named", ["Larry Magid and Janice Richardson", "Ana Lima/Jan Novak"])
def test_two_people_named_for_one_role_are_a_guess(named: str) -> None:
    result = body(f"Onsite Moderator\n{named}\nOnline Moderator\n\nJim Prendergast\n", None)
    assert result.proposal.onsite_moderator.name == named
    assert [p.why for p in result.placements if p.how == "guess"] == [
        "two people named for one role; both kept in the name"
    ]


def test_people_under_the_title_with_loose_regions_and_where_they_come_from() -> None:
    # a 2021 Day 0 event: the organisers run on one line with regions such as `North
    # America` and `Asia`; then the speakers, some only as `Name from Country`
    text = (
        "IGF 2021 Day 0 Event #33 A title\n\nMicrosoft and NetMission\n"
        "Jacqueline Beauchere, Microsoft, Private Sector, North America Jenna Fung, NetMission,"
        " Civil Society, Asia Larry Magid, ConnectSafely.org, Media, North America\n\n\n"
        "Larry Magid, host of a radio report, Media, North America\n\n"
        "Nina Fortikova from the Czech Republic\n\nDiana Kos also from Slovenia\n\n"
        "Valgerður Eyja, (Eyja) from Iceland.\n\nOnsite Moderator\nLarry Magid\n"
    )
    result = body(text, "igf-2021")
    proposal = result.proposal
    assert [p.name for p in proposal.organizers] == [
        "Jacqueline Beauchere",
        "Jenna Fung",
        "Larry Magid",
    ]
    assert [p.region for p in proposal.organizers[:2]] == [
        "Western European and Others Group (WEOG)",
        "Asia-Pacific Group",
    ]
    assert [(p.name, p.organization) for p in proposal.speakers[1:]] == [
        ("Nina Fortikova", "the Czech Republic"),
        ("Diana Kos", "Slovenia"),
        ("Valgerður Eyja", "Iceland"),
    ]
    assert guessed(result, "organizers") and guessed(result, "speakers")


# --- batch K: 2019 Open Forums, 2020-2021 session pages, 2025 NRI and workshop pages -----

OPEN_FORUM_2019 = f"""IGF 2019 OF #22 Trust, Norms and Freedom in Cyberspace


{LONG}


Estonian Ministry of Foreign Affairs
Ms. Pille Kesler, Estonian Ministry of Foreign Affairs


Speaker 1: Amb. Heli Tiirmaa-Klaar (Estonian Ministry of Foreign Affairs); Speaker 2: NGO [TBC]; \
Speaker 3: Business representative [TBC]; Moderator: Mr. Matthew Shears

Online Moderator:

Mr. Matthew Shears
"""


def test_running_text_first_under_a_title_line_is_the_description_a_guess() -> None:
    result = import_text(OPEN_FORUM_2019)
    assert fold(result.proposal.description) == fold(LONG)
    assert any("running text under the title line" in note for note in result.guesses)


def test_text_under_the_title_after_the_people_is_not_the_description() -> None:
    text = OPEN_FORUM_2019.replace(f"{LONG}\n\n\nEstonian", "Estonian").replace(
        "Foreign Affairs\n\n\nSpeaker 1", f"Foreign Affairs\n\n{LONG}\n\nSpeaker 1"
    )
    assert "running text under the title line" not in " ".join(import_text(text).notes)


PRE_EVENT_2019 = f"""IGF 2019 Pre-Event #51 -- A regional dialogue

    NTRA, Egypt

    25 November 2019 (Day-0), Room V

    3:10pm – 6:15pm

    {LONG}

    The session will also seek to identify synergies and gaps, where actors can further their \
efforts, rethink activities, or commence on new partnerships to bridge existing gaps.

    Session will adopt a moderated roundtable format to allow for engagement.


    • NTRA of Egypt
"""


def test_running_text_under_a_title_after_the_date_and_time_lines_is_the_description() -> None:
    # a 2019 Pre-Event: the organisers' box (`NTRA, Egypt`), the date and the time above the
    # description, whose last paragraph is one short sentence
    result = import_text(PRE_EVENT_2019)
    closing = "Session will adopt a moderated roundtable format to allow for engagement."
    assert fold(result.proposal.description).startswith(fold(LONG))
    assert result.proposal.description.endswith(f"bridge existing gaps.\n\n{closing}")
    assert any("running text under the title line" in note for note in result.guesses)
    assert "3:10pm – 6:15pm" in result.proposal.import_notes


def test_text_under_the_date_line_after_people_read_there_is_not_the_description() -> None:
    # a 2022 Day 0 event: the date, then people read as the organisers, then a paragraph
    # about a keynote speaker
    text = (
        "IGF 2022 Day 0 Event #27 A title\n\n"
        "Monday, 28th November, 2022 (14:20 UTC) - Monday, 28th November, 2022 (15:20 UTC)\n\n"
        "Anna Lee and Bea Roe – Council of Europe – International Organisation – Western Europe"
        f"\n\n\nKeynote speaker: {LONG}\n"
    )
    result = import_text(text)
    assert [p.name for p in result.proposal.organizers] == ["Anna Lee", "Bea Roe"]
    assert result.proposal.description == ""


def test_a_list_run_on_right_under_the_description_under_the_title_is_more_of_it() -> None:
    # 2019 Open Forums: the description under the title, its aims `1) … 2) …` one a line
    # right under its last line, no blank line between
    aims = "1) Provide an exchange of experiences;\n2) Discuss the measures of protection."
    text = OPEN_FORUM_2019.replace(f"{LONG}\n\n\nEstonian", f"{LONG}\n{aims}\n\n\nEstonian")
    description = import_text(text).proposal.description
    assert fold(description) == fold(f"{LONG} {aims}")


def test_a_list_of_questions_run_on_under_the_description_is_not_more_of_it() -> None:
    aims = "1) How do we exchange experiences?\n2) Which measures protect children?"
    text = OPEN_FORUM_2019.replace(f"{LONG}\n\n\nEstonian", f"{LONG}\n{aims}\n\n\nEstonian")
    assert fold(import_text(text).proposal.description) == fold(LONG)


def test_numbered_people_run_together_with_semicolons_are_read_one_by_one() -> None:
    proposal = import_text(OPEN_FORUM_2019).proposal
    assert [p.name for p in proposal.speakers] == ["Heli Tiirmaa-Klaar"]
    assert proposal.speakers[0].organization == "Estonian Ministry of Foreign Affairs"
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Matthew Shears"


def test_a_numbered_place_marked_tbc_for_a_kind_of_person_is_nobody_yet() -> None:
    text = "IGF 2019 WS #1 T\n\nSpeaker 1: Ana Lima, Org\nSpeaker 2: NGO [TBC]\nSpeaker 3: TBD\n"
    text += "Speaker 4: Bo Chen [TBC]\nSpeaker 5: Youth representative (TBC)\n"
    result = import_text(text)
    names = [p.name for p in result.proposal.speakers]
    assert len(names) == 2 and names[0] == "Ana Lima" and names[1].startswith("Bo Chen")
    assert "NGO [TBC]" in result.proposal.import_notes
    assert "Youth representative (TBC)" in result.proposal.import_notes


def test_dash_bulleted_questions_run_on_one_line_are_one_question_each() -> None:
    text = "Policy Question(s)\n- How can we connect all? - What policies help? - Who pays?\n"
    assert body(text).proposal.policy_questions == [
        "How can we connect all?",
        "What policies help?",
        "Who pays?",
    ]


AREA_2021 = """Session
Organizer 1: Ana Lima, Org A
Speaker 1: Bo Chen, Private Sector, Asia-Pacific Group
Round Table - Circle - 60 Min
Promoting equitable development and preventing harm: How can we make use of digital tools?
i. Are digital health tools the right solution?
ii. What is the best way to bridge the digital divide?
iii. How can policymakers ensure strong privacy?
iv. What are the opportunities and risks of AI-powered analytics tools.
3. Good Health and Well-Being
"""


def test_an_issue_area_question_under_the_format_opens_the_lost_policy_questions() -> None:
    result = import_text(AREA_2021)
    assert result.proposal.policy_questions == [
        "Promoting equitable development and preventing harm: How can we make use of digital"
        " tools?",
        "Are digital health tools the right solution?",
        "What is the best way to bridge the digital divide?",
        "How can policymakers ensure strong privacy?",
        "What are the opportunities and risks of AI-powered analytics tools.",
    ]
    assert any("issue area" in note for note in result.guesses)
    assert result.proposal.sdgs == [3]


def test_an_issue_area_question_with_no_format_line_above_stays_where_it_is() -> None:
    text = AREA_2021.replace("Round Table - Circle - 60 Min\n", "")
    assert import_text(text).proposal.policy_questions == []


ABOUT_2025 = f"""Session
Time
Thursday, 26th June, 2025 (07:00 UTC) - Thursday, 26th June, 2025 (08:00 UTC)
About this Session
{LONG}
The discussion will focus on several policy guiding questions:
Multistakeholder Cooperation and Cyber Resilience
- How can national and regional cooperation build stronger resilience?
"""


def test_the_about_box_is_the_description_of_a_page_that_prints_none() -> None:
    result = import_text(ABOUT_2025)
    expected = f"{LONG} The discussion will focus on several policy guiding questions:"
    assert fold(result.proposal.description) == expected
    assert any('under "About this Session"' in note for note in result.guesses)


def test_the_about_box_stays_in_the_notes_beside_a_description_label() -> None:
    text = ABOUT_2025 + "\nDescription\nThe session's own description.\n"
    proposal = import_text(text).proposal
    assert fold(proposal.description) == "The session's own description."


def test_relevance_to_ig_is_a_box_of_its_own_not_more_description() -> None:
    text = (
        "IGF 2020 Public Collaboration On Health Data Values\n\nDescription\n\n"
        f"{LONG}\n\nRelevance to IG\n\nThe DC is developing a document on shared values.\n"
    )
    proposal = import_text(text).proposal
    assert fold(proposal.description) == fold(LONG)
    assert "The DC is developing" in proposal.import_notes


def test_roman_numerals_mark_questions_and_a_last_one_ending_in_a_full_stop_stays() -> None:
    text = "Policy Question(s)\ni. What is it?\nii. Who pays?\niii. How?\n"
    text += "iv. What are the risks of AI-powered tools.\n"
    assert body(text).proposal.policy_questions == [
        "What is it?",
        "Who pays?",
        "How?",
        "What are the risks of AI-powered tools.",
    ]


# --- batch L: 2019-2020 pages -----------------------------------------------------------


def test_a_list_numbered_again_from_one_after_the_questions_is_not_more_questions() -> None:
    text = (
        "Policy Question(s)\n\n1. What is affordable? 2. Who teaches digital literacy?"
        " 3. How do we include refugees?\n\n"
        "1. Healthcare: Using digital technology to reach better healthcare resources.\n"
    )
    result = body(text)
    assert result.proposal.policy_questions == [
        "What is affordable?",
        "Who teaches digital literacy?",
        "How do we include refugees?",
    ]
    assert "Healthcare" in result.proposal.import_notes


def test_a_numbered_question_list_going_on_after_a_blank_line_stays_one_list() -> None:
    text = "Policy Question(s)\n\n1. What is affordable?\n\n2. Improvements to make.\n"
    assert body(text).proposal.policy_questions == ["What is affordable?", "Improvements to make."]


def test_outline_and_format_of_the_session_are_the_2019_labels_of_their_boxes() -> None:
    text = (
        "NRIs Collaborative Session on Privacy Online\n\nOutline: The session compares"
        " national privacy practice.\n\nFormat of the Session: Interactive roundtable discussion\n"
    )
    proposal = import_text(text).proposal
    assert fold(proposal.description) == "The session compares national privacy practice."
    assert proposal.format_description == "Interactive roundtable discussion"


def test_a_lone_line_ending_no_sentence_two_blank_lines_after_the_description_is_no_text() -> None:
    text = (
        "IGF 2019 ICT accessibility\n\nDescription: DCAD evaluates the accessibility of each"
        " IGF. Issues for discussion: Liaison with other DCs\n\n\n"
        "Andrea Saks, Coordinator of DCAD Gunela Astbrink, Women With Disabilities Australia\n"
    )
    proposal = import_text(text).proposal
    assert fold(proposal.description) == (
        "DCAD evaluates the accessibility of each IGF."
        " Issues for discussion: Liaison with other DCs"
    )
    assert "Andrea Saks, Coordinator of DCAD" in proposal.import_notes


def test_question_lines_under_the_about_box_summary_are_the_policy_questions() -> None:
    text = (
        "IGF 2020 BPF Data and New Technologies\n\nAbout this Session\n"
        "A dialogue on how users' data is collected and used, and best practices to ensure"
        " that it is used to bring benefit.\n\n"
        "1. What are current challenges and concerns re. the collection and use of users' data?\n"
        "2. Are views and concerns changing and is there a need for new mental models?\n"
    )
    result = import_text(text)
    assert [fold(q) for q in result.proposal.policy_questions] == [
        "What are current challenges and concerns re. the collection and use of users' data?",
        "Are views and concerns changing and is there a need for new mental models?",
    ]
    assert any('questions under "About this Session"' in note for note in result.guesses)


def test_a_format_line_as_the_site_prints_it_names_a_format_the_form_does_not_list() -> None:
    text = (
        "IGF 2023 Town Hall #83 Measuring the gap\n\nGender Digital Divide\n\n"
        "Tutorial - 30 Min\n\n\n"
        "Despite progress in recent years, women continue to face significant barriers in"
        " accessing education and employment opportunities in technology fields.\n"
    )
    proposal = import_text(text).proposal
    assert (proposal.format, proposal.duration) == ("Tutorial", 30)
    assert fold(proposal.description).startswith("Despite progress in recent years, women")


def test_names_alone_after_unlabelled_people_are_the_moderators_and_rapporteur() -> None:
    text = (
        "Session\nYouth IGF\n"
        "Ana Silva, ISOC Alumni, GRULAC Bo Chen, YCIG, Africa Cy Doe, ISOC Fellow, WEOG\n"
        "Di Fox, ISOC Chapter, Africa Ed Gray, Youth IGF Myanmar, Asia-Pacific"
        " Fay Hu L., Youth Ambassador, GRULAC Gil de Ita Lana - Internet Society Chapter, WEOG\n"
        "Ana Silva\nBo Chen\nCy Doe\n16. Peace, Justice and Strong Institutions\n"
    )
    result = import_text(text, "igf-2024")
    proposal = result.proposal
    assert [p.name for p in proposal.organizers] == ["Ana Silva", "Bo Chen", "Cy Doe"]
    assert [p.name for p in proposal.speakers] == [
        "Di Fox",
        "Ed Gray",
        "Fay Hu L.",
        "Gil de Ita Lana",
    ]
    roles = [proposal.onsite_moderator, proposal.online_moderator, proposal.rapporteur]
    assert [p.name if p else "" for p in roles] == ["Ana Silva", "Bo Chen", "Cy Doe"]
    guessed = {p.field for p in result.placements if p.is_guess}
    assert {"onsite_moderator", "online_moderator", "rapporteur"} <= guessed


@pytest.mark.parametrize(
    ("organisers", "speakers"),
    [
        (  # numbered, a dash between some of them
            "1. Ana Silva, YCIG, Civil Society, Africa - 2. Bo Chen, YCIG, Civil Society,"
            " APAC - 3. Cy Doe, APrIGF, Technical Community, WEOG",
            "1. Di Fox, DC Coordinator, Civil Society, WEOG 2. Ed Gray, YCIG, Private Sector,"
            " Eastern European Group",
        ),
        (  # details in brackets after each name
            "Ana Silva (Federal Office, Government, WEOG) Bo Chen (Federal Office, Government,"
            " WEOG) Cy Doe (Federal Agency, Government, WEOG)",
            "Di Fox (ECPAT e.V., Civil Society, WEOG) Ed Gray (Federal Office, Government, WEOG)",
        ),
        (  # each after its organisation or role and a colon
            "YouthLAC: Ana Silva - Academic Community - Latin America YouthBR: Bo Chen -"
            " Civil Society - Africa Rapporteur: Cy Doe - Private Sector - Africa",
            "YouthLAC: Di Fox - Academic Community YouthAsia: Ed Gray - Civil Society",
        ),
    ],
    ids=["numbered", "brackets", "labels"],
)
def test_a_line_of_people_run_together_is_read_one_by_one(organisers: str, speakers: str) -> None:
    text = f"IGF 2025 Lightning Talk #9 Safe together\n\n    Organisation\n    {organisers}\n"
    text += f"    Speakers\n    {speakers}\n    Onsite Moderator\n    Bo Chen\n"
    result = import_text(text)
    assert [p.name for p in result.proposal.organizers] == ["Ana Silva", "Bo Chen", "Cy Doe"]
    assert [p.name for p in result.proposal.speakers] == ["Di Fox", "Ed Gray"]
    guessed = {p.field for p in result.placements if p.is_guess}
    assert {"organizers", "speakers"} <= guessed


# --- batch M: 2021-2022 pages ------------------------------------------------------------


def test_an_asterisk_after_a_name_is_a_mark_not_part_of_the_name() -> None:
    text = (
        "Session\nOrganizer 1: Mark Carvell – Senior Policy Adviser, IS3C\nPanel 1\n"
        "Speaker 1: Paul Mitchell – Chair of the MAG\n"
        "Speaker 2: Jenna Fung * - Youth Coalition on Internet Governance (YCIG)\n"
    )
    speakers = import_text(text).proposal.speakers
    assert [p.name for p in speakers] == ["Paul Mitchell", "Jenna Fung"]


WS_2021 = """IGF 2021 WS #64
Internet Governance through a backdoor

Policy Question(s)

Regulation, competition and innovation: How could frameworks foster more competitive markets?
Data governance and trust, globally and locally: What is needed to ensure trustworthy data?

How national and regional regulations affect the global operation of the internet.
"""


def test_a_full_stop_line_after_2021_questions_is_their_lost_box_not_a_question() -> None:
    result = import_text(WS_2021)
    assert len(result.proposal.policy_questions) == 2
    assert "How national and regional regulations" in result.proposal.import_notes


def test_a_heading_line_after_2021_questions_opens_their_lost_box_not_a_question() -> None:
    # the box opens with an area named again, alone with its colon, then its text
    text = WS_2021.replace("\nHow national", "\nData governance and trust:\n\nHow national")
    result = import_text(text)
    assert len(result.proposal.policy_questions) == 2
    assert "Data governance and trust:" in result.proposal.import_notes


def test_a_last_question_without_its_mark_stays_when_the_questions_are_apart() -> None:
    text = WS_2021.replace("markets?\nData", "markets?\n\nData")
    assert len(import_text(text).proposal.policy_questions) == 3


OF_2021 = f"""IGF 2021 Open Forum #62 EU Delegation to the IGF & the Youth IGF

Tuesday, 7th December, 2021 (12:45 UTC) - Tuesday, 7th December, 2021 (13:45 UTC)
Conference Room 7

Round Table - U-shape - 60 Min



{LONG}


European Commission
In collaboration with TaC-Together against Cybercrime International


Mr Vinton G. Cerf, Known as Father of the Internet , Vice President, Google

Mrs Yu Ping Chan, Senior Programme Officer, Office of the Envoy on Technology
"""


def test_people_with_titles_after_an_organisers_box_of_organisations_are_the_speakers() -> None:
    result = import_text(OF_2021)
    assert [p.name for p in result.proposal.speakers] == ["Vinton G. Cerf", "Yu Ping Chan"]
    assert result.proposal.organizers == []
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)


OF_2022 = f"""IGF 2022 Open Forum #44 Enhancing cybersecurity of the National Administration

Panel - Auditorium - 60 Min


{LONG}


Director of Cybersecurity - Undersecretary of Information Technology of Argentina

South School on Internet Governance

CCAT LAT - Centro de Capacitación en Alta Tecnología



Wolfgan Kleinwaechter - Professor Emeritus at the University of Aarhus

Regine Grienberger - Ambassador for Cyber Foreign Policy - Germany

Liina Areng - Regional Program Lead at EU CyberNet
"""


def test_name_dash_role_lines_after_an_organisers_box_are_the_speakers() -> None:
    proposal = import_text(OF_2022).proposal
    names = [p.name for p in proposal.speakers]
    assert names == ["Wolfgan Kleinwaechter", "Regine Grienberger", "Liina Areng"]
    assert proposal.speakers[2].organization == "Regional Program Lead at EU CyberNet"
    assert proposal.organizers == []


def test_organisation_dash_person_lines_are_read_person_first() -> None:
    text = OF_2022.replace(
        "Wolfgan Kleinwaechter - Professor Emeritus at the University of Aarhus",
        "Youth IGF Poland - Emilia Zalewska",
    )
    text = text.replace(
        "Regine Grienberger - Ambassador for Cyber Foreign Policy - Germany",
        "ISOC Youth SIG - Juan Pajaro",
    )
    text = text.replace("Liina Areng - Regional Program Lead at EU CyberNet\n", "")
    # not `Name - what they do` (no speaker named `Youth IGF Poland`): each the person
    # after the dash, of the organisation before it (`_organisation_led`)
    speakers = import_text(text).proposal.speakers
    assert [(p.name, p.organization) for p in speakers] == [
        ("Emilia Zalewska", "Youth IGF Poland"),
        ("Juan Pajaro", "ISOC Youth SIG"),
    ]


NRI_2021 = f"""IGF 2021 NRIs Coordination Session

Monday, 6th December, 2021 (11:00 UTC) - Monday, 6th December, 2021 (12:30 UTC)

What is the NRIs Coordination Session?

{LONG}

The main objectives of this session, as outlined in the NRIs session Guidelines, are:

  • To meet in one place and identify achieved goals;
  • To plan the next year’s work.

At the annual IGF, the session will focus on the following points:

  1. Welcome and introduction
  2. Closing
Session Time
"""


def test_a_list_that_asks_nothing_under_a_colon_line_is_more_of_the_description() -> None:
    description = import_text(NRI_2021).proposal.description
    assert fold(description).startswith(fold(LONG) + " The main objectives")
    assert fold(description).endswith("2. Closing")


def test_a_list_of_questions_under_a_colon_line_is_not_the_description() -> None:
    text = NRI_2021.replace("goals;", "goals?")
    assert "The main objectives" not in import_text(text).proposal.description


DAY0_2021 = f"""IGF 2021 Day 0 Event #123 Global Youth IGF - Presenting Successful Initiatives

    Onsite Moderator
    Rafał Prabucki
    Online Moderator
    Mohammad Atif Aleem
    Marta Musidłowska

    15 - and 20 - minute long interactive presentations of each initiative, combined with Q&A


    {LONG}
"""


def test_a_line_about_the_format_after_the_people_is_the_format_description() -> None:
    result = import_text(DAY0_2021)
    assert result.proposal.format_description.startswith("15 - and 20 - minute long")
    assert result.proposal.rapporteur is not None
    assert result.proposal.rapporteur.name == "Marta Musidłowska"
    assert any(p.field == "format_description" and p.is_guess for p in result.placements)


def test_a_short_line_of_details_after_the_people_is_not_the_format_description() -> None:
    text = DAY0_2021.replace(
        "15 - and 20 - minute long interactive presentations of each initiative, combined with Q&A",
        "Presentations Ltd",
    )
    assert import_text(text).proposal.format_description == ""


# --- batch Q: 2023-2025 open forums, town halls, networking sessions, lightning talks -----


@pytest.mark.parametrize(
    "region",
    [
        "Western Europe and other Group",
        "Western European and Others States",
        "Asia and the Pacific",
    ],
)
def test_a_region_spelt_loosely_still_ends_a_person_run_together_with_the_next(
    region: str,
) -> None:
    # 2025 lightning talks: the people on one line, a region spelt the writer's way
    text = (
        "IGF 2025 Lightning Talk #7 A title\n\n    Example University\n"
        "    Ana Lima, Example University, Asia-Pacific Group Jan Novak, Lab of Things, Prague,"
        f" {region} Mona Diallo, Cyber Desk, African Group\n"
        "    Onsite Moderator\n    Ana Lima\n"
    )
    people = body(text).proposal.organizers
    assert [p.name for p in people] == ["Ana Lima", "Jan Novak", "Mona Diallo"]
    assert people[1].organization == "Lab of Things, Prague"


NETWORKING_2024 = f"""IGF 2024 Networking Session #9 A title

    Example Agency (EA)
    Ana Lima , Jan Novak, Mona Diallo, Lea Park
    [email protected], [email protected], [email protected]

    Speakers

    Ana Lima , Jan Novak, Mona Diallo
    [email protected], [email protected], [email protected]

    Onsite Moderator
    Format

    Theater

    Duration (minutes)
    60
    Description

    {LONG}

    A second paragraph tells what the network will do next.


    To involve everyone, a Q&A queue will be shared by online and onsite participants.
"""


def test_names_alone_under_their_organisation_are_the_organisers_and_emails_no_one() -> None:
    # 2024 networking pages: the organisation, its people as names, then their emails
    result = body(NETWORKING_2024, "igf-2024")
    proposal = result.proposal
    assert [p.name for p in proposal.organizers] == [
        "Ana Lima",
        "Jan Novak",
        "Mona Diallo",
        "Lea Park",
    ]
    assert [p.name for p in proposal.speakers] == ["Ana Lima", "Jan Novak", "Mona Diallo"]
    assert guessed(result, "organizers")


def test_a_line_of_emails_alone_is_not_a_person() -> None:
    result = body("Speakers\nAna Lima, Jan Novak, Mona Diallo\n[email protected], x@example.org\n")
    assert [p.name for p in result.proposal.speakers] == ["Ana Lima", "Jan Novak", "Mona Diallo"]


def test_a_block_about_online_and_onsite_after_the_description_is_the_hybrid_format() -> None:
    # the 2024-2025 layout prints the hybrid answer after two blank lines, its label lost
    result = body(NETWORKING_2024, "igf-2024")
    proposal = result.proposal
    assert (
        fold(proposal.description)
        == f"{LONG} A second paragraph tells what the network will do next."
    )
    assert proposal.hybrid_format.startswith("To involve everyone")
    assert guessed(result, "hybrid_format")


def test_a_later_block_of_the_description_that_is_not_about_the_audience_stays() -> None:
    text = NETWORKING_2024.replace(
        "To involve everyone, a Q&A queue will be shared by online and onsite participants.",
        "The session ends with a shared list of next steps for the network.",
    )
    proposal = body(text, "igf-2024").proposal
    assert proposal.description.endswith("next steps for the network.")
    assert proposal.hybrid_format == ""


LIGHTNING_2023_ROLES = """\
Onsite Moderator

Ms Ana Lima; [email protected] ; Brazil; www.example.org ; Example network

Online Moderator

Jan Novak; [email protected]; https://www.example.org; Cameroon


Ms Mona Diallo ; [email protected] ; CITAD; https://www.example.org/ ; Nigeria
"""


def test_a_semicolon_after_a_name_separates_the_persons_details() -> None:
    # 2023 lightning talks: `Name ; email ; organisation ; country`, no comma after the name
    result = body(LIGHTNING_2023_ROLES, "igf-2023")
    proposal = result.proposal
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Ana Lima"
    assert proposal.online_moderator is not None
    assert proposal.online_moderator.name == "Jan Novak"
    assert proposal.rapporteur is not None  # no label: the form's order, a guess
    assert proposal.rapporteur.name == "Mona Diallo"
    assert guessed(result, "rapporteur")


NUMBERED_ORGANISERS = " ".join(
    [
        "1. Ana Lima , Digital Policy Institute (DPI)/ Women in Digital Policy (WDP),",
        "Civil Society, Africa 2. Mona F. Diallo Women in Digital Policy (WDP) , Civil Society ,",
        "Africa 3. Lea Park Women In Digital Policy(WDP) Leadership panel member, LAC 4. Jan",
        "Novak 5. Rosa Maria Ortiz Wadhwani Foundation / Women in Digital Policy, Civil Society ,",
        "Asia Pacific 6. Eva Horak IGF Czechia/ Women in Digital Policy(WDP), Technical Community",
    ]
)
LAUNCH_2025_NUMBERED = f"""\
IGF 2025 Launch / Award Event #1 A launch

    Women in Digital Policy
    {NUMBERED_ORGANISERS}

    Speakers

    Ana Lima, Digital Policy Institute, Civil Society, African Group
"""


def test_numbered_people_whose_names_run_into_their_organisation_are_read_one_by_one() -> None:
    # 2025 launch pages: a name alone (`4. Jan Novak`) and names with no comma before the
    # organisation (`2. Mona F. Diallo Women in …`, `6. Eva Horak IGF Czechia/ …`)
    result = body(LAUNCH_2025_NUMBERED)
    assert [p.name for p in result.proposal.organizers] == [
        "Ana Lima",
        "Mona F. Diallo",
        "Lea Park",
        "Jan Novak",
        "Rosa Maria Ortiz",
        "Eva Horak",
    ]
    assert guessed(result, "organizers")


TITLED_ORGANISERS = " ".join(
    [
        "M. Jean Dupont and Ms Ana Lima, GREEN NGO; https://www.example.org ; African Civil",
        "society Organization; Cameroon, AFRICA - Ms Mona Diallo, CITAD; https://www.example.org/",
        "; Nigeria, AFRICA - Mr. Jan Novak, DEF : https://www.example.org ; India, ASIA - Private",
        "sector : Example Recycling (https://www.example.org)-Cameroon, AFRICA",
    ]
)
TITLED_SPEAKERS = " ".join(
    [
        "- Mr. Jean Dupont ; [email protected] ; GREEN NGO; Cameroon, AFRICA - Mr. Jan Novak,",
        "DEF ; [email protected] ; India, ASIA",
    ]
)
LIGHTNING_2023_PEOPLE = f"""\
IGF 2023 Lightning Talk #1 A talk

Tuesday, 10th October, 2023 (07:30 UTC) - Tuesday, 10th October, 2023 (08:00 UTC)
SC – Room H

{TITLED_ORGANISERS}


{TITLED_SPEAKERS}

Onsite Moderator

Ms Ana Lima; [email protected] ; Canada
"""


def test_people_run_together_each_opening_with_a_title_are_read_one_by_one() -> None:
    # 2023 lightning talks: `Title Name, details - Title Name, …` with no people labels; an
    # entry that names no one (`Private sector : …`) stays in the details before it
    result = body(LIGHTNING_2023_PEOPLE, "igf-2023")
    proposal = result.proposal
    assert [p.name for p in proposal.organizers] == [
        "Jean Dupont",
        "Ana Lima",
        "Mona Diallo",
        "Jan Novak",
    ]
    assert [p.name for p in proposal.speakers] == ["Jean Dupont", "Jan Novak"]
    assert guessed(result, "organizers") and guessed(result, "speakers")


DASH_NAMED = " ".join(
    [
        "Dr. Ana Maria Lima- Chair of the Health Network, Asia Pacific Jan Peter Novak - Chief",
        "Officer at the Pension Fund, Multilateral Body -Americas Mona Diallo - Former Minister,",
        "Netherlands, Civil Society- EU Lea Park- Board Member, UNITAID, Norway",
    ]
)


def test_people_run_together_each_named_before_a_dash_are_read_one_by_one() -> None:
    # 2025 networking pages: `Name- what they do, …, region Name - …` with nothing between
    # the people; `Civil Society- EU` is more of the details, not a person
    result = body(f"Organizers\n{DASH_NAMED}\nSpeakers\n{DASH_NAMED}\n")
    names = ["Ana Maria Lima", "Jan Peter Novak", "Mona Diallo", "Lea Park"]
    assert [p.name for p in result.proposal.organizers] == names
    assert [p.name for p in result.proposal.speakers] == names
    assert guessed(result, "speakers")


def test_m_before_a_name_is_read_as_a_title_and_marked_as_a_guess() -> None:
    # `M. Jean Dupont` (Monsieur, French-speaking pages), or a first initial: a guess
    result = body("Onsite Moderator\nM. Jean Dupont, GREEN NGO, Civil Society, African Group\n")
    assert result.proposal.onsite_moderator is not None
    assert result.proposal.onsite_moderator.name == "Jean Dupont"
    assert guessed(result, "onsite_moderator")
    initial = body("Onsite Moderator\nM. K. Dupont, GREEN NGO, Civil Society, African Group\n")
    assert initial.proposal.onsite_moderator is not None
    assert initial.proposal.onsite_moderator.name == "M. K. Dupont"


def test_people_run_together_with_a_continent_after_their_group_are_read_one_by_one() -> None:
    # 2025 Day 0 pages: `…, Civil Society, International Name …, Civil Society, South America
    # Name …`: a place written as a continent (or `International`) right after the group
    line = (
        "Ana Lima, Network of Liberties (NOL), Civil Society, International Jan Novak, Network"
        " of Liberties (NOL), Civil Society, Europe Mona Diallo, Centre for Law (CFL), Civil"
        " Society, South America Lea Park - Director of the City College (CC) Centre,"
        " Academia, Europe"
    )
    result = body(f"Speakers\n{line}\nOnsite Moderator\nAna Lima, Network of Liberties\n")
    names = ["Ana Lima", "Jan Novak", "Mona Diallo", "Lea Park"]
    assert [p.name for p in result.proposal.speakers] == names


def test_people_below_the_subtheme_box_are_the_organisers_not_topics() -> None:
    # 2023 lightning talks: the subtheme and topics, a blank line, then the organisation
    # and its organiser with their label lost, then `Speakers`
    text = (
        "    Subtheme\n\n    Cybersecurity, Cybercrime & Online Safety\n    Disinformation\n\n"
        "    Center for Global Cooperation\n"
        "    Dmitry Gulyaev, The Office, Civil Society, Eastern European Group\n"
        "\n    Speakers\n\n    Timofey V, ANO DIALOG, Civil Society, Eastern European Group\n"
    )
    result = body(text)
    assert [p.name for p in result.proposal.organizers] == ["Dmitry Gulyaev"]
    assert guessed(result, "organizers")
    assert not any("Gulyaev" in topic for topic in result.proposal.topics)


def test_name_dash_organisation_lines_whose_organisation_reads_like_a_name_are_people() -> None:
    # `Name – Nambia Investment Development Board`: an organisation's word in the details
    # (2023 lightning talks: one a line under the organisation, their label lost)
    result = body(
        "IGF 2023 Lightning Talk #1 A Title\n\nDigitally Legal\n"
        "Alick Mponela – Zambia Communication Authority (ZICTA)\n"
        "Dino Balloti – Nambia Investment Development Board\nKevin Mathews – FirstAssist\n"
        "\nSpeakers\n\nKevin Mathews – FirstAssist\n"
    )
    names = ["Alick Mponela", "Dino Balloti", "Kevin Mathews"]
    assert [p.name for p in result.proposal.organizers] == names


def test_a_numbered_list_about_the_online_moderator_after_the_description_is_the_hybrid() -> None:
    # 2023 town halls: the format line, the description and then the hybrid answer as a
    # numbered list whose lettered lines speak of the online and onsite moderators
    result = body(
        "IGF 2023 Town Hall #1 A Title\n\n\nNon-discrimination in the Digital Space\n\n"
        "Round Table - 60 Min\n\n\nDuring the last years, the use of cameras in the cities"
        " of the region has grown fast, above all for public safety.\n\nThis session will ask"
        " who answers for them, and what can be done where the answers are poor.\n\n"
        "1) We will coach both moderators on how to pass on the questions:\n"
        "a) Both moderators will remind the audiences to leave questions.\n"
        "b)Online moderator will pass them to the onsite moderator.\n"
    )
    proposal = result.proposal
    assert "We will coach" not in proposal.description
    assert proposal.description.endswith("where the answers are poor.")
    assert "We will coach" in proposal.hybrid_format
    assert guessed(result, "hybrid_format")


def test_a_last_paragraph_numbered_1_after_a_lost_description_is_the_hybrid_answer() -> None:
    # 2022 networking sessions: an empty `Duration (minutes)`, the description, then the
    # answer to the form's first hybrid question numbered `1.`, the copy ending in it
    result = body(
        "IGF 2022 Networking Session #79 A Title\n\nDuration (minutes)\n\n"
        f"{LONG}\n\n1. The talks and introductions will be shared in person and broadcast."
        " We will then break into breakout groups for a detailed session.\n",
        "igf-2022",
    )
    proposal = result.proposal
    assert fold(proposal.description) == fold(LONG)
    assert proposal.hybrid_format.startswith("1. The talks")
    assert guessed(result, "hybrid_format")
    # after a line announcing a list, a paragraph numbered `1.` is more of the text
    listed = body(
        "IGF 2022 Networking Session #79 A Title\n\nDuration (minutes)\n\n"
        f"{LONG} The steps are:\n\n1. We meet in the big hall of the venue first. We then"
        " talk in groups about the questions of the day.\n",
        "igf-2022",
    )
    assert "We then talk" in listed.proposal.description


# --- batch U ------------------------------------------------------------------------------


def test_a_role_box_holding_n_a_has_nobody() -> None:
    # 2021 Day 0 pages: `Rapporteur` then `n/a` where nobody takes the role
    result = body("Onsite Moderator\nJane Doe\n\nRapporteur\nn/a\n\nDescription\nText.\n")
    assert result.proposal.rapporteur is None
    assert result.proposal.onsite_moderator is not None


def test_a_numbered_question_skipped_leaves_no_empty_question() -> None:
    # `1. … 3. … 4. …` on a published page: a slip, not an empty question 2
    result = body("Policy Question(s)\n1. One?\n3. Three?\n4. Four?\n\nDescription\nText.\n")
    assert result.proposal.policy_questions == ["One?", "Three?", "Four?"]


def test_a_bullet_is_not_a_word_of_a_persons_line() -> None:
    # `• Name, …` of twenty words after the bullet is one person's line still
    long_line = (
        "• Ana Lima, Independent Consultant in the IGF Policy Network on Environment and"
        " researcher at the Bern University of Applied Sciences"
    )
    result = body(f"Speakers\n• Jan Novak, Director of the Office\n{long_line}\n")
    assert [p.name for p in result.proposal.speakers] == ["Jan Novak", "Ana Lima"]


def test_a_bulleted_line_of_bare_names_is_one_person_each() -> None:
    result = body("Speakers\n• Heini Alexandra, Reyes Vera, Jaquemet Juri, Jaggy Tom\n")
    names = ["Heini Alexandra", "Reyes Vera", "Jaquemet Juri", "Jaggy Tom"]
    assert [p.name for p in result.proposal.speakers] == names
    assert guessed(result, "speakers")


def test_a_line_led_by_a_role_among_the_speakers_is_that_role_not_a_speaker() -> None:
    # `• Moderator: Name, …` in a labelled speakers list: the moderator; where the page has
    # an `Onsite Moderator` box as well, that box wins and the line goes to the notes
    speakers = "Speakers\n• Jan Novak, Director\n• Moderator: Ana Lima, Head of Affairs\n\n"
    alone = body(f"{speakers}Description\nText.\n")
    assert [p.name for p in alone.proposal.speakers] == ["Jan Novak"]
    assert alone.proposal.onsite_moderator is not None
    assert alone.proposal.onsite_moderator.name == "Ana Lima"
    boxed = body(f"{speakers}Onsite Moderator\nLima Ana\n")
    assert [p.name for p in boxed.proposal.speakers] == ["Jan Novak"]
    assert boxed.proposal.onsite_moderator is not None
    assert boxed.proposal.onsite_moderator.name == "Lima Ana"
    assert "Moderator: Ana Lima" in boxed.proposal.import_notes


ROLES_LOST = (
    "Speaker 1: Dan Novak, Technical Community, Intergovernmental Organization\n"
    "Speaker 2: Ana Lima, Civil Society, African Group\n"
    "Berta Gur, Legal Scholar, ICTs and International Law, Space Law\n"
    "Ana Lima, Civil Society, African Group\n"
    "Dan Novak, Technical Community, Intergovernmental Organization\n"
    "Dan Novak, Technical Community, Intergovernmental Organization\n"
    "Round Table - 60 Min\n"
)


def test_more_unlabelled_people_after_the_speakers_than_roles_are_more_speakers_first() -> None:
    # a 2023 page with the labels of `Additional Speakers` and the three roles lost: the
    # last three lines are the roles, the ones before them more speakers (a guess)
    result = body(f"Session\n{ROLES_LOST}", "igf-2023")
    proposal = result.proposal
    assert [p.name for p in proposal.speakers] == ["Dan Novak", "Ana Lima", "Berta Gur"]
    assert guessed(result, "speakers")
    assert proposal.onsite_moderator is not None and proposal.onsite_moderator.name == "Ana Lima"
    assert proposal.online_moderator is not None and proposal.online_moderator.name == "Dan Novak"
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Dan Novak"


def test_a_long_question_line_after_the_people_is_the_policy_questions() -> None:
    # its label lost, after the format line among the people, where the text has none
    question = "How can space-based Internet access close the digital divide in rural areas?"
    result = body(f"Session\n{ROLES_LOST}{question}\n", "igf-2023")
    assert result.proposal.policy_questions == [question]
    assert guessed(result, "policy_questions")


def test_the_format_named_again_under_the_format_line_does_not_hide_the_description() -> None:
    # 2020 pages: `New Online Format` then `Round Table` under the format line, then the
    # description, its label lost
    result = body(
        f"IGF 2020 Closing the Gap\n\nRound Table - Circle - 90 Min\n\nNew Online Format\n"
        f"Round Table\n\nThe program is:\n\n1. Welcome\n\n2. {LONG}\n\nRelevance to IG\n\nText.\n",
        "igf-2020",
    )
    assert fold(result.proposal.description) == f"The program is: 1. Welcome 2. {LONG}"
    assert guessed(result, "description")
    assert "New Online Format" in result.proposal.import_notes


def test_a_format_line_under_an_empty_subtheme_is_the_format_not_the_theme() -> None:
    # 2020 Open Forums: `Subtheme` with nothing under it, then the format line, its label lost
    result = body(
        "Subtheme\n\nBirds of a Feather - Auditorium - 60 Min\n\nDescription\n\nText.\n",
        "igf-2020",
    )
    assert result.proposal.format == "Birds of a Feather"
    assert result.proposal.duration == 60
    assert result.proposal.theme == ""
    assert guessed(result, "format")


def test_bulleted_questions_under_the_format_description_are_the_policy_questions() -> None:
    # 2024 pages: the questions' label lost, the items run on one line under the format
    # description, some ending with a full stop; a guess, and the box keeps its own text
    result = body(
        "Duration (minutes): 90\n"
        f"Format description: {LONG}\n"
        "• Who are the key players in the region. • What works today? • How can it improve?\n"
        f"What will participants gain from attending this session? {LONG}\n",
        "igf-2024",
    )
    assert result.proposal.policy_questions == [
        "Who are the key players in the region.",
        "What works today?",
        "How can it improve?",
    ]
    assert fold(result.proposal.format_description) == fold(LONG)
    assert guessed(result, "policy_questions")
    labelled = body(f"Description\n{LONG}\n• Who is it for? • Why now?\n", "igf-2024")
    assert labelled.proposal.policy_questions == []  # the form puts no questions after it


def test_a_paragraph_of_questions_under_the_format_description_is_the_policy_questions() -> None:
    # 2024 workshops: the questions' label lost, one paragraph of questions on the line
    # right under a one-line format description; a guess, kept as one paragraph
    asked = "How can coalitions build trust? What are the key elements? How can they last?"
    result = body(
        f"Duration (minutes): 90\nFormat description: {LONG}\n{asked}\n"
        f"What will participants gain from attending this session? {LONG}\n",
        "igf-2024",
    )
    assert result.proposal.policy_questions == [asked]
    assert fold(result.proposal.format_description) == fold(LONG)
    assert guessed(result, "policy_questions")
    asking = body(f"Format description: {LONG}\nWhy a round table? It lets all speak.\n")
    assert asking.proposal.policy_questions == []  # a sentence that asks nothing: the box's
    labelled = body(f"Description\n{LONG}\n{asked}\n", "igf-2024")
    assert labelled.proposal.policy_questions == []  # the form puts no questions after it


def test_numbered_questions_after_the_people_with_no_format_boxes_are_the_questions() -> None:
    # 2023 workshops that lost the format line with the labels: the unlabelled roles, then
    # the questions numbered on one line; a guess, where the text has no format boxes
    people = (
        "Speaker 1: Ana Lima, Civil Society, African Group\n"
        "Speaker 2: Jan Novak, Government, Eastern European Group\n\n\n"
        "Ana Lima, Civil Society, African Group\n\n"
        "Jan Novak, Government, Eastern European Group\n\n\n"
    )
    asked = "1. What keeps people offline today? 2. How can we surmount these barriers?\n"
    result = body(people + asked, "igf-2023")
    assert result.proposal.policy_questions == [
        "What keeps people offline today?",
        "How can we surmount these barriers?",
    ]
    assert guessed(result, "policy_questions")
    later = body(people + asked + "\nFormat description: A round table.\n", "igf-2023")
    assert later.proposal.policy_questions == []  # the form puts the format box first


def test_lettered_questions_one_a_line_after_the_people_with_no_format_boxes() -> None:
    # 2023 workshops: the unlabelled roles, then the questions lettered `A. … C.` one a
    # line after two blank lines; a guess, where the text has no format boxes
    text = (
        "Speaker 1: Ana Lima, Civil Society, African Group\n\n"
        "Ana Lima, Civil Society, African Group\n\n\n"
        "A. What are the main challenges that new technologies face today?\n"
        "B. What are the main policy gaps among the new technologies?\n"
    )
    result = body(text, "igf-2023")
    assert result.proposal.policy_questions == [
        "What are the main challenges that new technologies face today?",
        "What are the main policy gaps among the new technologies?",
    ]
    assert guessed(result, "policy_questions")


def test_a_name_a_job_title_and_an_organisation_are_one_person_not_three_names() -> None:
    # `Name, Managing Director, HERE Technologies`: three capitalised parts, but a job
    # title's word says it is one person's line, not a line of bare names
    result = body("Speakers\n\nJan Novak, Managing Director, HERE Technologies\n\nFormat\n")
    assert [p.name for p in result.proposal.speakers] == ["Jan Novak"]
    assert result.proposal.speakers[0].organization == "Managing Director, HERE Technologies"


def test_a_bulleted_list_set_apart_after_the_numbered_organizers_is_the_speakers() -> None:
    # 2019 workshops: one `Organizer 1`, a blank line, then bulleted people with no label,
    # where the text has no speakers: the speakers, their label lost (a guess)
    result = body(
        "IGF 2019 WS #178 Identities\n\nOrganizer 1: Ana Lima, World Economic Forum\n\n"
        "  • Jan Novak, Founder, LawyersHub\n  • Eva Gur, Editor of the Report, Mozilla\n"
        "Moderator\n\nMark Spelman, Private Sector, Western European and Others Group (WEOG)\n",
        None,
    )
    assert [p.name for p in result.proposal.organizers] == ["Ana Lima"]
    assert [p.name for p in result.proposal.speakers] == ["Jan Novak", "Eva Gur"]
    assert guessed(result, "speakers")
    with_speakers = body(  # the text has speakers: the list stays the organisers'
        "Organizer 1: Ana Lima, World Economic Forum\n\n  • Jan Novak, Founder, LawyersHub\n"
        "  • Eva Gur, Editor of the Report, Mozilla\n\n"
        "Speaker 1: Dan Novak, Civil Society, African Group\n"
    )
    assert [p.name for p in with_speakers.proposal.speakers] == ["Dan Novak"]


def test_text_after_a_bare_format_that_opens_with_the_session_length_is_its_description() -> None:
    # 2024 networking pages copied from `Session`, labels lost: `Roundtable`, then the
    # format description (`A 60-minute interactive session …`), not the description
    result = body(
        "Session\nRoundtable\nA 60-minute interactive session combining expert insights, a"
        " panel discussion, and networking, designed to foster connections.\nAgenda:\n"
        "1. Opening Remarks: 5 minutes\n",
        "igf-2024",
    )
    assert result.proposal.format_description.startswith("A 60-minute interactive session")
    assert "1. Opening Remarks" in result.proposal.format_description
    assert result.proposal.description == ""
    assert guessed(result, "format_description")


# --- batch X ------------------------------------------------------------------------------


def test_the_next_letter_after_a_full_stop_opens_the_next_question_on_one_line() -> None:
    # 2025 pages: `A. …? B. how … a right. C. What …?` on one line: B ends with a full
    # stop, not `?`, and C still opens a question of its own (not more of B)
    line = "A. How can we act? B. how rights can be kept. C. What works? D. Who pays?"
    result = body(f"Policy Question(s)\n{line}\n")
    assert result.proposal.policy_questions == [
        "How can we act?",
        "how rights can be kept.",
        "What works?",
        "Who pays?",
    ]
    numbered = body("Policy Question(s)\n1. One is said. 2. Two?\n").proposal
    assert numbered.policy_questions == ["One is said.", "Two?"]
    # a letter that is not the next one stays part of the question
    kept = body("Policy Question(s)\nA. Under plan B. D. Day is late?\n").proposal
    assert kept.policy_questions == ["Under plan B. D. Day is late?"]


def test_punctuation_set_apart_after_the_last_question_is_not_kept() -> None:
    # 2024 pages: `4. What steps …? .` a stray full stop after the last question
    result = body("Policy Question(s)\n1. One? 2. Two? .\n\nDescription\nText.\n")
    assert result.proposal.policy_questions == ["One?", "Two?"]


def test_a_copy_that_starts_at_the_format_line_has_no_title() -> None:
    # a 2024 page copied from its format (`Roundtable`), the title above it left out: the
    # line is the format whose label was lost (a guess), not the title
    result = body(
        f"Roundtable\n    Duration (minutes): 90\n    Format description: {LONG}\n\n"
        f"    Description\n\n    {LONG}\n",
        None,
    )
    assert result.proposal.title == ""
    assert result.proposal.format == "Round Table"
    assert guessed(result, "format")
    assert any("starts at the format line" in note for note in result.notes)


def test_a_group_and_region_joined_by_a_dash_end_a_person_in_people_run_together() -> None:
    # 2025 lightning talks: `…, DR Congo, Government - Africa Sebastian Bellagamba, …` in a
    # line of people run together: the region after the dash ends the person, not the
    # next name's first word
    line = (
        "Ana Lima, Coordinator, Technical Community, Africa Hon. Jan Novak, Member of"
        " Parliament, DR Congo, Government - Africa Eva Gur, Vice President - Internet"
        " Society, Technical Community, GRULAC"
    )
    result = body(f"Session\nYouth IGF DRC\n{line}\nSpeakers\nDan Roy, Civil Society, WEOG\n")
    organizers = result.proposal.organizers
    assert [p.name for p in organizers] == ["Ana Lima", "Jan Novak", "Eva Gur"]
    assert (organizers[1].stakeholder_group, organizers[1].region) == (
        "Government",
        "African Group",
    )
    assert guessed(result, "organizers")


def test_a_name_alone_before_more_people_with_details_than_roles_left_is_a_speaker() -> None:
    # a 2023 page with every label after the speakers lost: a name alone (the additional
    # speakers' box) then three people with their details, the roles in the form's order
    result = body(
        "Speaker 1: Dan Novak, Civil Society, African Group\n"
        "Speaker 2: Ana Lima, Civil Society, African Group\n\n"
        "Eva Gur\n\n\n"
        "Jan Roy, Civil Society, African Group\n\n"
        "Eva Gur, Civil Society, Western European and Others Group (WEOG)\n\n\n"
        "Ana Lima, Civil Society, African Group\n\n\n"
        "Round Table - 90 Min\n",
        "igf-2023",
    )
    proposal = result.proposal
    assert [p.name for p in proposal.speakers] == ["Dan Novak", "Ana Lima", "Eva Gur"]
    assert guessed(result, "speakers")
    assert proposal.onsite_moderator is not None and proposal.onsite_moderator.name == "Jan Roy"
    assert proposal.online_moderator is not None and proposal.online_moderator.name == "Eva Gur"
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Ana Lima"


def test_an_organisation_the_description_and_bulleted_people_under_the_title() -> None:
    # 2019 Pre-Events: under the title, the organiser's box naming only an organisation,
    # the description and the bulleted speakers, all with their labels lost (guesses)
    result = body(
        "IGF 2019 Pre-Event #21 A title\n\n    Federal Ministry of Development (BMZ)\n\n\n"
        f"    {LONG}\n\n\n\n"
        "    • Jan Novak, Communications Lead, Mozilla\n"
        "    • Eva Gur, Director, UN Global Pulse\n\n\n"
        "    On-site moderator\n\n    Dan Roy\n",
        None,
    )
    proposal = result.proposal
    assert [p.name for p in proposal.speakers] == ["Jan Novak", "Eva Gur"]
    assert proposal.organizers == []
    assert fold(proposal.description) == fold(LONG)
    assert guessed(result, "speakers") and guessed(result, "description")
    assert "Federal Ministry of Development (BMZ)" in proposal.import_notes
    # with no organisation first, the bulleted people are not taken for the speakers
    bare = body(
        f"IGF 2019 Pre-Event #21 A title\n\n\n    {LONG}\n\n\n\n"
        "    • Jan Novak, Lead, Mozilla\n    • Eva Gur, Director, UN Global Pulse\n",
        None,
    )
    assert bare.proposal.speakers == []


def test_an_organisation_with_a_note_then_a_line_of_co_organisers_is_the_head() -> None:
    # 2019 pre-events cut from a list: the organisation with a note in brackets (digits in
    # it), a line led by `Co-organizers:` naming organisations, then the description
    text = (
        "IGF 2019 Pre-Event #4 A title\n\nSome Agency (jointly with 4 partner groups)\n\n\n"
        "Co-organizers: Alpha Council, Beta Society, Gamma Network, Delta Forum, Epsilon Group,"
        " Zeta Alliance, Eta Union, Theta Institute\n\n"
        f"{LONG}\n\n{LONG} It aims to:\n• present one thing;\n• assess another\n"
    )
    result = body(text, None)
    proposal = result.proposal
    assert fold(proposal.description) == fold(
        f"{LONG} {LONG} It aims to: • present one thing; • assess another"
    )
    assert guessed(result, "description")
    assert "Co-organizers: Alpha Council" in proposal.import_notes
    assert "Some Agency (jointly with 4 partner groups)" in proposal.import_notes
    # a sentence led by the word is running text, the description
    led = body(text.replace("Theta Institute\n", "Theta Institute.\n"), None)
    assert fold(led.proposal.description).startswith("Co-organizers: Alpha Council")


def test_an_organisation_with_no_organisation_word_then_two_blank_lines_then_the_text() -> None:
    # 2019 Pre-Events: the organiser's box naming only an organisation with no word of one
    # (`European Schoolnet/ Insafe`), parted from the description by two blank lines
    text = (
        "IGF 2019 Pre-Event #11\nA title\n\nEuropean Schoolnet/ Insafe\n\n\n"
        f"{LONG}\n\n{LONG} More.\n\n- Kick-off with questions for the audience.(10min)\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} {LONG} More.")
    assert guessed(result, "description")
    assert "European Schoolnet/ Insafe" in result.proposal.import_notes
    # one blank line under such a name: not the organisers' box, no description read
    once = import_text(text.replace("Insafe\n\n\n", "Insafe\n\n"))
    assert once.proposal.description == ""


def test_a_short_sentence_ending_with_a_colon_under_the_title_is_the_description() -> None:
    # 2019 Pre-Events cut from a list: under the title, the organisers' box naming an
    # organisation, then one short sentence leading in a list the copy cut off
    lead = "Present the findings of the citizens' panel on the river's future:"
    text = f"IGF 2019 Pre-Event #2 A title\n\nRiver Trust Publiques\n\n\n{lead}\n"
    result = import_text(text)
    assert result.proposal.description == lead
    assert guessed(result, "description")
    # with its list that asks nothing under it, the list is more of it
    listed = import_text(f"{text}\n• the first finding;\n• the second finding\n")
    assert fold(listed.proposal.description) == fold(
        f"{lead} • the first finding; • the second finding"
    )
    # a list of questions under it: no description, as before
    asked = import_text(f"{text}\n• which finding?\n• whose river?\n")
    assert asked.proposal.description == ""


def test_a_dash_run_into_a_name_parts_the_name_from_the_organisation() -> None:
    # 2023 networking sessions: `Name- Organisation` (the dash run into the name's last
    # word, a space after it) beside `Name - Organisation` lines
    result = body(
        "Speakers\n\nKat Townsend - World Wide Web Foundation\n"
        "Florence Toffa- Ghana Mobile Web\n Kait Holm- Open Data Collaboratives \n"
    )
    speakers = result.proposal.speakers
    assert [p.name for p in speakers] == ["Kat Townsend", "Florence Toffa", "Kait Holm"]
    assert speakers[1].organization == "Ghana Mobile Web"


def test_name_dash_lines_under_the_theme_with_one_reading_like_a_name_are_the_organisers() -> None:
    # 2023 networking sessions: under `Theme`, the organisation, then its people as
    # `Name - what they do` lines, their label lost; the last one's details (a country)
    # read like a name, the others' do not
    result = body(
        "Theme\nData Governance & Trust\n\nOpen Data Collaboratives\n"
        "Jeanne Holm - Deputy Mayor and Chief Technologist, Los Angeles\n"
        "Kat Townsend - World Wide Web Foundation\nYeama Thompson- Sierra Leone\n"
        "\nSpeakers\n\nKat Townsend - World Wide Web Foundation\n",
        "igf-2023",
    )
    names = ["Jeanne Holm", "Kat Townsend", "Yeama Thompson"]
    assert [p.name for p in result.proposal.organizers] == names
    assert guessed(result, "organizers")


def test_a_bulleted_speaker_whose_name_runs_into_a_job_title_is_read_as_a_guess() -> None:
    # 2021 workshops: `Additional Speakers` as `•` bullets, one with no comma after the
    # name (`• Name Programme Officer at ITU Area Office …, Dakar-Senegal`)
    result = body(
        "Additional Speakers\n"
        "• Evangelia Daskalaki, Technical Manager at the Greek Safer Internet Centre\n"
        "• Emmanuel Niyikora Programme Officer at ITU Area Office for West Africa, Dakar\n",
        "igf-2021",
    )
    speakers = result.proposal.speakers
    assert [p.name for p in speakers] == ["Evangelia Daskalaki", "Emmanuel Niyikora"]
    assert speakers[1].organization.startswith("Programme Officer at ITU")
    assert guessed(result, "speakers")


def test_a_line_with_a_possessive_among_the_people_is_not_a_role() -> None:
    # 2025 pages print `Organization's Website` (a link) under the organisers: a line of
    # the page, not an unlabelled online moderator
    result = body(
        "Session\nYouth IGF\nAna Lima, Coordinator, Technical Community, Africa\n"
        "Organization's Website\nSpeakers\nDan Roy, Civil Society, WEOG\n"
        "Onsite Moderator\nDan Roy\nRapporteur\nAna Lima\n"
    )
    assert result.proposal.online_moderator is None
    assert "Organization's Website" in result.proposal.import_notes


def test_a_topic_line_between_the_format_and_running_text_does_not_hide_the_description() -> None:
    # 2023 coalition sessions: no labels; the format line, a topic alone in its block,
    # then the description
    result = body(
        "IGF 2023 DC-DNSI Closing the Gaps\n\nMonday, 9th October, 2023 (08:00 UTC)\n\n"
        "Dynamic Coalition on DNS Issues\n\nRound Table - 90 Min\n\n\n"
        f"Harmonising Global Digital Infrastructure\n\n\n{LONG}\n",
        "igf-2023",
    )
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "description")
    assert "Harmonising Global Digital Infrastructure" in result.proposal.import_notes


def test_a_last_line_about_online_and_onsite_in_a_copy_with_no_blank_lines_is_the_hybrid() -> None:
    # 2024 open forums copied with no blank lines: each line a paragraph of the page; the
    # description, then the hybrid answer's one sentence on the last line, labels lost
    online = "We will use a platform that lets onsite and online participants interact."
    text = (
        "Session\nRoundtable\nDuration (minutes): 60\n"
        "Format description: Panel Discussions: Featuring a diverse group of experts.\n"
        f"{LONG}\n{online}\n"
    )
    result = body(text, "igf-2024")
    assert fold(result.proposal.description) == fold(LONG)
    assert result.proposal.hybrid_format == online
    assert guessed(result, "hybrid_format")


def test_a_role_in_brackets_ending_a_persons_record_is_that_role() -> None:
    # 2025 Day 0 pages: `Name: … | Region: APAC (Moderator) 2. Name: …` under `Speakers`,
    # the role boxes printed empty
    result = body(
        "Speakers\n1. Name: Pranav Tiwari | Organisation Affiliation: The Dialogue | "
        "Stakeholder: Academic | Region: APAC (Moderator) 2. Name: Kazim Rizvi | "
        "Organisation Affiliation: The Dialogue | Stakeholder: Civil Society | Region: APAC\n"
        "Onsite Moderator\nOnline Moderator\nRapporteur\n"
    )
    proposal = result.proposal
    assert [p.name for p in proposal.speakers] == ["Pranav Tiwari", "Kazim Rizvi"]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Pranav Tiwari"


def test_bulleted_people_run_on_one_line_with_their_roles_in_brackets_are_the_organisers() -> None:
    # 2025 launch pages: no Organizers label; the organisation, then `* Name, Org, group,
    # region (Organizer and Onsite Moderator) * Name, … (Organizer) * …` on one line
    result = body(
        "IGF 2025 Launch / Award Event #32 A title\n\n    Interledger Foundation\n"
        "    * Ayden Férdeline, Interledger Foundation, Civil Society, Western European and "
        "Others (Organizer and Onsite Moderator) * Lawil Karma, Interledger Foundation, Civil "
        "Society, Western European and Others (Organizer) * Stephanie Perrin, Digital "
        "Discretion, Private Sector, Western European and Others (Organizer and Online "
        "Moderator)\n    Speakers\n    Jeremiah Lee, Independent Expert, Private Sector, WEOG\n",
        None,
    )
    proposal = result.proposal
    names = ["Ayden Férdeline", "Lawil Karma", "Stephanie Perrin"]
    assert [p.name for p in proposal.organizers] == names
    assert guessed(result, "organizers")
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Ayden Férdeline"
    assert proposal.online_moderator is not None
    assert proposal.online_moderator.name == "Stephanie Perrin"


def test_a_bulleted_list_of_questions_under_a_colon_line_in_a_box_is_the_questions() -> None:
    # 2022 NRI sessions: `About this Session`, then a line ending with `:` and `•`
    # questions under it, no Policy Question(s) label
    result = body(
        "[NRIs] Keeping children safe online\n\nFriday, 2nd December, 2022\n"
        f"About this Session\n{LONG}\n\nDescription of the Session\n{LONG}\n\n"
        "This session will explore local realities related to the following aspects:\n\n"
        "  • How do we create a safe space for children online?\n"
        "  • Could the technical communities have a role in creating safety online?\n\n"
        "Relation to SDGs\n\n  • 4. Quality Education\n",
        "igf-2022",
    )
    assert result.proposal.policy_questions == [
        "How do we create a safe space for children online?",
        "Could the technical communities have a role in creating safety online?",
    ]
    assert guessed(result, "policy_questions")


BEST_PRACTICE_FORUM_2023 = f"""BPF on Cybersecurity

Thursday, 12th October, 2023 (00:45 UTC) - Thursday, 12th October, 2023 (02:15 UTC)
Main Hall

{LONG}

Session Agenda

1. Welcome and Introduction by the BPF MAG liaisons

2. Panel Discussion: Exploring cyber incidents, norms, and the impacts

  • Louise Marie Hurel (RUSI)
  • Susan Garai (GFCE Pacific Hub)
  • moderator:  Klée Aiken
"""


def test_bulleted_people_ended_by_their_moderator_are_the_speakers_a_guess() -> None:
    # 2023 Best Practice Forums: no labels; the panel as `• Name (Organisation)` bullets,
    # its last bullet the moderator (`• moderator:  Name`)
    result = import_text(BEST_PRACTICE_FORUM_2023)
    proposal = result.proposal
    assert [(p.name, p.organization) for p in proposal.speakers] == [
        ("Louise Marie Hurel", "RUSI"),
        ("Susan Garai", "GFCE Pacific Hub"),
    ]
    assert guessed(result, "speakers")
    assert proposal.organizers == []
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Klée Aiken"


def test_bulleted_people_with_no_moderator_after_them_are_not_read_as_the_panel() -> None:
    text = BEST_PRACTICE_FORUM_2023.replace("  • moderator:  Klée Aiken\n", "")
    assert "the panel" not in " ".join(import_text(text).notes)


COALITION_2022 = f"""IGF 2022 DC3 Community networks as human rights enablers

Thursday, 1st December, 2022 (13:50 UTC) - Thursday, 1st December, 2022 (15:20 UTC)
Banquet Hall B

Dynamic Coalition on Community Connectivity

Round Table - U-shape - 90 Min


{LONG}


Luca Belli, FGV Law School

Senka Hadzic, CyberBRICS Project


Raquel Renno, Article 19

Nicholas Echaniz, Altermundi
"""


def test_two_blocks_of_name_and_organisation_paragraphs_are_organisers_then_speakers() -> None:
    # 2022 coalition sessions: no people labels; `Name, Organisation` one a paragraph, the
    # organisers' block and the speakers' block parted by two blank lines
    result = import_text(COALITION_2022)
    proposal = result.proposal
    assert [(p.name, p.organization) for p in proposal.organizers] == [
        ("Luca Belli", "FGV Law School"),
        ("Senka Hadzic", "CyberBRICS Project"),
    ]
    assert [p.name for p in proposal.speakers] == ["Raquel Renno", "Nicholas Echaniz"]
    assert guessed(result, "organizers") and guessed(result, "speakers")


def test_one_block_of_name_and_organisation_paragraphs_alone_is_not_read_as_people() -> None:
    text = COALITION_2022.split("\n\n\nRaquel")[0] + "\n"
    assert import_text(text).proposal.organizers == []


def test_a_bulleted_person_line_is_never_the_wrapped_end_of_the_one_above() -> None:
    # 2019 coalition pages: `• Thomas Lohninger,` (a bare comma), then `• Joana Varon, …`
    text = "Speakers\n\n• Frode Sorensen, Nkom\n• Thomas Lohninger,\n• Joana Varon, Coding Rights\n"
    speakers = body(text, "igf-2019").proposal.speakers
    assert [(p.name, p.organization) for p in speakers] == [
        ("Frode Sorensen", "Nkom"),
        ("Thomas Lohninger", ""),
        ("Joana Varon", "Coding Rights"),
    ]


def test_a_bulleted_person_ending_with_a_comma_under_the_organiser_is_one_speaker() -> None:
    # the same list with no labels, under the organiser's `Name, Organisation` line
    text = (
        "IGF 2019 A coalition session\n\n\nLuca Belli, FGV Law School\n\n"
        "  • Frode Sorensen, Nkom\n  • Thomas Lohninger,\n  • Joana Varon, Coding Rights\n"
    )
    speakers = import_text(text).proposal.speakers
    assert [p.name for p in speakers] == ["Frode Sorensen", "Thomas Lohninger", "Joana Varon"]


def test_a_short_line_under_the_format_in_the_format_box_is_its_description_a_guess() -> None:
    # 2024 networking sessions: `Format`, the format, then `Interactive, open-seating`
    # where other such pages print the format description with no label
    text = "Format\n\nClassroom\n\nInteractive, open-seating\n\nDuration (minutes)\n45\n"
    result = body(text, "igf-2024")
    assert result.proposal.format_description == "Interactive, open-seating"
    assert guessed(result, "format_description")
    labelled = body(text + "Format description:\nA classroom suits us.\n", "igf-2024")
    assert labelled.proposal.format_description == "A classroom suits us."


def test_a_number_opening_an_unlabelled_person_line_is_no_part_of_the_name() -> None:
    # 2022 lightning talks: the speakers numbered `1. Mr. …` with no label or `Speaker` word
    text = (
        "IGF 2022 Lightning Talk #46 Diverse Approaches\n\n"
        "Internet Society of China, Civil Society, Asia Pacific\n"
        "CNNIC, Technical Community, Asia Pacific\n\n\n"
        "1. Mr. Wang Wei, Chief Operating Officer of Weibo, Private Sector, Asia Pacific\n"
        "2. Mr. Jian LUO, CEO, GuoXingZhongKe Information Technology Center, Private Sector, "
        "Asia Pacific\n\n\n\nOnsite Moderator\n\nCaleb Ogundele, African Academic Network\n"
    )
    speakers = import_text(text).proposal.speakers
    assert [p.name for p in speakers] == ["Wang Wei", "Jian LUO"]


def test_a_question_right_after_the_speakers_is_the_policy_question_that_lost_its_label() -> None:
    # 2019 pages: the `Policy Question(s)` label lost, one plain question after the speakers
    text = (
        "IGF 2019 WS #382 Is the Civil Society doing enough?\n\n"
        "Speaker 1: Sivasubramanian Muthusamy, Civil Society, Asia-Pacific Group\n"
        "Speaker 2: Judith Hellerstein, Private Sector, Eastern European Group\n\n"
        "Is the Civil Society doing enough to bring about a balance in Internet Governance?\n\n"
        "Relevance to Theme: Though proposed under another theme, it is about balance.\n"
    )
    result = import_text(text)
    assert result.proposal.policy_questions == [
        "Is the Civil Society doing enough to bring about a balance in Internet Governance?"
    ]
    assert any(p.field == "policy_questions" and p.how == "guess" for p in result.placements)


def test_a_numbered_speakers_list_with_no_space_and_semicolons_gives_bare_names() -> None:
    result = body(
        "Speakers\n\n1.Hui Zhao, Secretary General of CFIS;\n\n2.Dora Giusti, Chief of UNICEF;\n\n"
        "3.Xiang Wang, Director of Tencent\n\n"
        "Onsite Moderator\n\nWenying Su, Civil Society, UNICEF\n"
    )
    assert [p.name for p in result.proposal.speakers] == ["Hui Zhao", "Dora Giusti", "Xiang Wang"]
    assert result.proposal.speakers[0].organization == "Secretary General of CFIS"


def test_a_heading_after_bulleted_questions_that_ask_nothing_ends_them() -> None:
    result = body(
        "Policy Questions\n\n• What are the practices\n• Private sector accountability\n\n"
        "Session Agenda\n\nInitial Opening - 5 mins\n"
    )
    assert result.proposal.policy_questions == [
        "What are the practices",
        "Private sector accountability",
    ]


def test_a_region_with_its_short_name_in_brackets_runs_into_the_next_person() -> None:
    run = (
        "Rachel Greenspan, Truth In Media, Civil Society, Western European and Others Group"
        " (WEOG) Amulya Panakam, Truth In Media, Civil Society, Western European and Others"
        " Group (WEOG)"
    )
    result = body(f"Organizers\n\n{run}\n\nOnsite Moderator\n\nRachel Greenspan\n", "igf-2023")
    assert [p.name for p in result.proposal.organizers] == ["Rachel Greenspan", "Amulya Panakam"]


def test_a_gender_mark_after_each_person_parts_people_run_together() -> None:
    # 2025 Day 0 pages: `(female)`/`(male)` after each speaker's details, nothing else between
    run = (
        "Ana Lima, Rede Norte, Brazil (Latin American States), Civil Society, Onsite (female)"
        " Dr. Omar Said, Net Lab, Egypt (African States), Government, Online (male)"
        " Eva Berg, Tech Hub, Norway (Western European and other States), Private Sector, Onsite"
        " (female)"
    )
    result = body(f"Speakers\n\n{run}\n\nOnsite Moderator\n\nAna Lima\n")
    speakers = result.proposal.speakers
    assert [p.name for p in speakers] == ["Ana Lima", "Omar Said", "Eva Berg"]
    assert [p.gender for p in speakers] == ["female", "male", "female"]


_LISTED_2020 = (
    "IGF 2020 WS #9 A title\n\n"
    "Speaker 1: Ana Lima, Civil Society, Latin American and Caribbean Group (GRULAC)\n"
    "Speaker 2: Omar Said, Government, African Group\n"
)
_ROLES_2020 = (
    "Livia Kern, Government, Western European and Others Group (WEOG)\n"
    "Ben Wood, Private Sector, Western European and Others Group (WEOG)\n"
    "Livia Kern, Government, Western European and Others Group (WEOG)\n"
    "Round Table - U-shape - 90 Min\n"
)


def test_a_line_saying_someone_will_serve_as_moderator_is_no_person_of_the_list() -> None:
    # 2020 Additional Speakers (label lost): a sentence naming a moderator, then people,
    # then the unlabelled roles in the form's order
    said = "Jorge Silva, Government of Chile and co-organizer, will serve as Moderator."
    extra = "Caroline Berg, Chief Privacy Officer, Mastercard\n"
    result = body(f"{_LISTED_2020}{said}\n{extra}{_ROLES_2020}", None)
    proposal = result.proposal
    assert [p.name for p in proposal.speakers] == ["Ana Lima", "Omar Said", "Caroline Berg"]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Livia Kern"
    assert said in proposal.import_notes


def test_a_person_line_going_on_about_them_with_he_or_she_is_that_person() -> None:
    # 2020 Additional Speakers: `Name, details, … (ITU). He currently …`, one long line
    bio = "He currently chairs a focus group on energy saving."
    paolo = (
        f"Paolo Rossi, senior Specialist at Huawei on energy, will replace Omar Said (ITU). {bio}"
    )
    extra = f"Caroline Berg, Chief Privacy Officer, Mastercard\n{paolo}\n"
    result = body(f"{_LISTED_2020}{extra}{_ROLES_2020}", None)
    proposal = result.proposal
    assert [p.name for p in proposal.speakers][2:] == ["Caroline Berg", "Paolo Rossi"]
    assert proposal.onsite_moderator is not None
    assert proposal.onsite_moderator.name == "Livia Kern"
    assert bio in proposal.import_notes
    assert any(p.field == "speakers" and p.is_guess for p in result.placements)


def test_another_name_of_the_person_in_brackets_after_the_name_is_more_of_the_name() -> None:
    # 2022 lightning talks: `Mr. WANG Wei (Robert WANG), …`; other brackets hold the org
    text = (
        "Speakers\n\n1. Ms. LI Na (Nancy LI), Director of Policy, Example Group, Private"
        " Sector, Asia Pacific\n2. Mr. Jian HU (Data Lab), CEO, Private Sector, Asia Pacific\n\n"
        "Onsite Moderator\n\nAna Lima\n"
    )
    result = body(text)
    speakers = result.proposal.speakers
    assert [p.name for p in speakers] == ["LI Na (Nancy LI)", "Jian HU"]
    assert speakers[0].organization == "Director of Policy, Example Group"
    assert "Data Lab" in speakers[1].organization
    assert any("another name of the person" in note for note in result.guesses)


def test_a_bulleted_name_run_into_an_acronym_with_no_comma_is_a_person() -> None:
    # 2019 coalition sessions: `• Name ACRONYM role …` among `• Name, Organisation` bullets
    text = (
        "IGF 2019 A coalition session\n\n\nAna Lima, Rede Norte\n\n"
        "  • Ana Lima, Rede Norte\n  • Omar Said ITU rapporteur for Access\n"
        "  • Eva Berg, Tech Hub\n"
    )
    proposal = import_text(text).proposal
    assert [p.name for p in proposal.organizers] == ["Ana Lima"]
    assert [p.name for p in proposal.speakers] == ["Ana Lima", "Omar Said", "Eva Berg"]
    assert proposal.speakers[1].organization == "ITU rapporteur for Access"


def test_people_each_led_by_their_role_on_one_line_under_the_organisation_are_organisers() -> None:
    # 2025 Day 0 pages: no Organizers label; the organisation, then its people on one line,
    # each led by a role label glued to the one before (`…, Onsite Online Moderator: …`)
    run = (
        "Onsite Moderator: Ana Lima, Rede, Brazil (Latin American States), Civil Society,"
        " Onsite Online Moderator: Omar Said, Net Lab, Egypt (African States), Government,"
        " Online Rapporteur, Eva Berg, Tech Hub, Norway (Western European and other States),"
        " Private Sector, Onsite"
    )
    text = (
        f"IGF 2025 Day 0 Event #9 A title\n\n    Example Network\n    {run}\n    Speakers\n"
        "    Joe Bloggs, Net Lab, Kenya (African States), Civil Society\n"
        "    Online Moderator\n    Omar Said\n"
    )
    result = body(text)
    proposal = result.proposal
    assert [p.name for p in proposal.organizers] == ["Ana Lima", "Omar Said", "Eva Berg"]
    assert proposal.onsite_moderator is not None and proposal.onsite_moderator.name == "Ana Lima"
    assert proposal.online_moderator is not None and proposal.online_moderator.name == "Omar Said"
    assert proposal.rapporteur is not None and proposal.rapporteur.name == "Eva Berg"
    assert any(p.field == "organizers" and p.is_guess for p in result.placements)


def test_a_region_written_with_region_after_it_ends_a_person_run_into_the_next() -> None:
    # 2021 lightning talks: `…, Civil Society, Asia-Pacific Region Jing MA, …`
    run = (
        "Ana LIMA, Rede Norte, Civil Society, Asia-Pacific Region Jing MA, Net Lab, Civil"
        " Society, Asia-Pacific Region"
    )
    result = body(f"Organizers\n\n{run}\n\nOnsite Moderator\n\nAna LIMA\n", "igf-2021")
    organizers = result.proposal.organizers
    assert [p.name for p in organizers] == ["Ana LIMA", "Jing MA"]
    assert organizers[1].region == "Asia-Pacific Group"


def test_a_block_of_name_and_organisation_lines_ending_the_text_after_the_description() -> None:
    # 2019 coalition sessions: the description with no label, then, after two blank lines,
    # the organisers' box with its label lost, one `Name, Organisation` a line
    running = "This session will look at how public access in libraries features in plans. " * 3
    text = (
        "IGF 2019 Public Access Contributions to Public Policy Success\n\n\n"
        "Dynamic Coalition on Public Access in Libraries (DC-PAL)\n\n"
        f"Round Table - Circle - 60 Min\n\n\n{running}\n\n"
        "Speakers will share experience of government programmes.\n\n\n"
        "Stephen Wyber, International Federation of Library Associations and Institutions\n"
        "Stuart Hamilton, Electronic Information for Libraries\n"
    )
    result = import_text(text)
    assert [p.name for p in result.proposal.organizers] == ["Stephen Wyber", "Stuart Hamilton"]
    assert any(p.field == "organizers" and p.how != "label" for p in result.placements)


def test_prose_opening_with_a_question_word_after_numbered_questions_is_not_one() -> None:
    # a 2020 workshop: numbered questions run on one line, then after a blank line the
    # description with its label lost, opening `When it comes to …` and asking nothing
    prose = (
        "When it comes to science, women are in the minority in every region of the world. "
        "As digital change touches every part of our lives, we cannot leave half of us out."
    )
    text = (
        "Policy Question(s)\n\n1) How can we raise the share of women in tech. "
        f"2) How do we keep these jobs open to all?\n\n{prose}\n"
    )
    result = body(text, "igf-2020")
    assert result.proposal.policy_questions == [
        "How can we raise the share of women in tech.",
        "How do we keep these jobs open to all?",
    ]
    assert prose not in result.proposal.policy_questions


def test_middle_dot_items_run_on_one_line_before_numbered_questions_are_questions() -> None:
    # a 2020 workshop: under the label, items opened by a middle dot glued to their word
    # and run on one line (one asking nothing), then numbered questions: all are questions
    text = (
        "Policy Question(s)\n\n·How can ledgers help trade? ·Ledgers in the oversight of "
        "finance ·How ledgers can serve shared registries\n\n"
        "1) How do ledgers build trust? 2) What role can ledgers play?\n"
    )
    result = body(text, "igf-2020")
    assert result.proposal.policy_questions == [
        "How can ledgers help trade?",
        "Ledgers in the oversight of finance",
        "How ledgers can serve shared registries",
        "How do ledgers build trust?",
        "What role can ledgers play?",
    ]


def test_a_last_sentence_about_online_and_onsite_one_blank_line_under_the_description() -> None:
    # a 2025 open forum: the labelled description, one blank line, then the hybrid answer
    # with its label lost, one sentence with no full stop, before the Organizers label
    online = "We will have an online and an onsite moderator, and questions sent in by chat"
    text = (
        "IGF 2025 Open Forum #9 A title\n\n    Theater\n    Duration (minutes): 60\n\n"
        f"    Description\n\n    {LONG}\n\n    {online}\n\n    Organizers\n\n    Example Agency\n"
    )
    result = body(text)
    assert fold(result.proposal.description) == fold(LONG)
    assert result.proposal.hybrid_format == online
    assert guessed(result, "hybrid_format")


def test_a_long_line_of_one_person_ending_with_their_group_and_region_is_that_person() -> None:
    # a 2021 lightning talk: one speaker's parts split by semicolons, with two long
    # organisations, past the words a person's line is thought to hold
    line = (
        "Mina Okafor; Lake Works, Private Sector; Northern Standards Association - Open "
        "Technical Practices for Young People's Online and Offline Lives Working Group, "
        "Technical Community; Western European and Others Group (WEOG)"
    )
    result = body(f"Speakers\n\n{line}\n", "igf-2021")
    assert [p.name for p in result.proposal.speakers] == ["Mina Okafor"]


def test_a_name_alone_after_the_lost_organisers_right_above_the_moderator_is_a_speaker() -> None:
    # a 2023 lightning talk: the organisers, then after two blank lines the speaker as a
    # name alone, both labels lost, right above the labelled onsite moderator
    text = (
        "IGF 2023 Lightning Talk #9 A title\n\n"
        "Ana Lima, Example Agency, technical community, North America\n\n"
        "Jan Novak, Example Agency, technical community, North America\n\n\n"
        "Ana Lima \n\nOnsite Moderator\n\nJan Novak\n"
    )
    result = body(text, "igf-2023")
    assert [p.name for p in result.proposal.organizers] == ["Ana Lima", "Jan Novak"]
    assert [p.name for p in result.proposal.speakers] == ["Ana Lima"]
    assert guessed(result, "speakers")


def test_commas_inside_brackets_after_a_name_do_not_part_a_persons_line() -> None:
    # a 2023 lightning talk: a job title of several parts in brackets after the name
    line = "Jan Novak (VP, Policy, Research & Advocacy), Example Agency, Civil Society, WEOG"
    person = body(f"Organizers\n\n{line}\n", "igf-2023").proposal.organizers[0]
    assert person.name == "Jan Novak"
    assert person.organization == "Example Agency (VP, Policy, Research & Advocacy)"
    assert person.stakeholder_group == "Civil Society"


def test_a_person_with_every_detail_in_brackets_after_the_name_then_an_email() -> None:
    # a 2025 networking session: `Name (Organisation (ACR), group, region) email`, one a line
    text = (
        "Speakers\n"
        "Ana Lima (Example Registry Association (ERA), technical community, Africa) "
        "[email protected]\n"
        "Jan Novak (Example Agency and the Example School on Internet Governance, academic "
        "community, Europe) [email protected]\n"
    )
    speakers = body(text).proposal.speakers
    assert [p.name for p in speakers] == ["Ana Lima", "Jan Novak"]
    assert speakers[0].organization.startswith("Example Registry Association (ERA)")


def test_a_line_of_people_under_an_empty_subtheme_with_no_blank_line_is_the_organisers() -> None:
    # a 2025 networking session copied with no blank lines: an empty `Subtheme`, the
    # organisation, then its people run together on one line, the Organizers label lost
    text = (
        "Session\nSubtheme\nExample Agency\n"
        "Ana Lima (Example Forum, technical community, Eastern Europe) Jan Novak (Example "
        "School, civil society, Eastern Europe)\n"
        "Speakers\nMina Okafor, Example Org, Civil Society, African Group\n"
    )
    result = body(text)
    assert [p.name for p in result.proposal.organizers] == ["Ana Lima", "Jan Novak"]
    assert guessed(result, "organizers")


def test_a_numbered_item_with_nothing_but_punctuation_names_no_one() -> None:
    # a 2020 workshop: an empty form row printed as `Organizer 3: ,`
    text = (
        "Organizer 1: Ana Lima, Example Foundation\n"
        "Organizer 2: Jan Novak, Example Network\n"
        "Organizer 3: ,\n"
    )
    result = body(text, "igf-2020")
    assert [p.name for p in result.proposal.organizers] == ["Ana Lima", "Jan Novak"]


def test_questions_run_on_one_line_under_roman_numerals_are_split() -> None:
    # a 2023 workshop: `(i) … ? (ii) … ? … (iv) … ?` on one line
    text = (
        "Policy Question(s)\n\n"
        "(i) What are the options? (ii) How did they work? Is it viable? "
        "(iii) Is the model suitable? (iv) What are the challenges?\n"
    )
    questions = body(text, "igf-2023").proposal.policy_questions
    assert questions == [
        "What are the options?",
        "How did they work? Is it viable?",
        "Is the model suitable?",
        "What are the challenges?",
    ]


def test_text_after_a_one_sentence_inline_format_description_and_a_blank_line_is_a_guess() -> None:
    # a 2020 coalition session: `Format description: One sentence.`, a blank line, then
    # the description with its label lost
    text = (
        "Other - 90 Min\n"
        "Format description: It is a virtual meeting of presentations and open debate.\n\n"
        "The session is the first meeting of this new coalition.\n"
    )
    result = body(text, "igf-2020")
    assert result.proposal.format_description == (
        "It is a virtual meeting of presentations and open debate."
    )
    assert "first meeting" in result.proposal.description
    assert guessed(result, "description")


ARGUED = (
    "Regulators have tried several approaches over the last decade. Each of them left some"
    " users behind. What should change now? Who should lead that change?"
)


def test_a_paragraph_arguing_before_its_questions_is_more_of_the_description() -> None:
    # 2021-2022 session pages: under `About this Session`, the description's last paragraph
    # states two sentences or more, then asks: running text, not policy questions
    result = body(
        f"IGF 2022 Main Session A title\n\nAbout this Session\nA kind of session\n\n"
        f"{LONG}\n\n{ARGUED}\n",
        "igf-2022",
    )
    assert fold(result.proposal.description) == fold(f"{LONG} {ARGUED}")
    assert result.proposal.policy_questions == []
    assert guessed(result, "description")
    # a paragraph opening with its question is still a policy question
    asks = "What should change now, and who should lead that change across the regions?"
    plain = body(
        f"IGF 2022 Main Session A title\n\nAbout this Session\n{LONG}\n\n{asks}\n", "igf-2022"
    )
    assert fold(plain.proposal.description) == fold(LONG)
    assert plain.proposal.policy_questions == [asks]


def test_numbered_headings_inside_the_text_under_about_this_session_are_part_of_it() -> None:
    # 2020 pre-events: the description under `About this Session` goes on under headings
    # `Aim 1: …` (a short line ending no sentence), the next one numbered in series kept
    # even as the box's last line
    result = body(
        f"IGF 2020 Pre-Event #9 A title\n\nAbout this Session\n{LONG}\n\n"
        f"Aim 1: Sharing the national reports\n\n{LONG} Also:\n\n"
        "  • Reports from three regions,   \n  • Lessons learned\n\n\n"
        "Aim 2: Opening a new coalition\n",
        "igf-2020",
    )
    assert fold(result.proposal.description) == fold(
        f"{LONG} Aim 1: Sharing the national reports {LONG} Also:"
        " • Reports from three regions, • Lessons learned Aim 2: Opening a new coalition"
    )
    # a heading with no text under it and numbered in no series stays out
    alone = body(
        f"IGF 2020 Pre-Event #9 A title\n\nAbout this Session\n{LONG}\n\nAim 2: Opening\n",
        "igf-2020",
    )
    assert fold(alone.proposal.description) == fold(LONG)


def test_running_text_under_the_date_room_and_organisation_below_the_title() -> None:
    # 2020 pre-events with no `About this Session`: under the title, the date line, the
    # room right under it, the organisers' box naming only an organisation, then after two
    # blank lines the description, its label lost
    result = import_text(
        "IGF 2020 Pre-Event #31 A title\n\n"
        "Tuesday, 3rd November, 2020 (15:10 UTC) - Tuesday, 3rd November, 2020 (16:40 UTC)\n"
        "Room 2\n\nOpen Policy Caucus\n\n\n"
        f"{LONG}\n"
    )
    assert fold(result.proposal.description) == fold(LONG)
    assert guessed(result, "description")
    assert "Open Policy Caucus" in result.proposal.import_notes
    assert "Room 2" in result.proposal.import_notes


def test_a_colon_after_a_name_and_its_bracket_opens_the_stakeholder_group() -> None:
    text = (
        "Title of a session\n\nOrganizers\n\n"
        "- Ann Bell (KAIST): Technical Community, Asia-Pacific Group\n"
        "- Carl Dunn (New York University): Technical Community, WEOG\n\n"
        "Speakers\n\n"
        "- Gus Hale (University of New South Wales): Technical Community, Asia-Pacific Group\n"
    )
    proposal = import_text(text).proposal
    assert [(p.name, p.organization, p.stakeholder_group) for p in proposal.organizers] == [
        ("Ann Bell", "KAIST", "Technical Community"),
        ("Carl Dunn", "New York University", "Technical Community"),
    ]
    assert [(p.name, p.organization) for p in proposal.speakers] == [
        ("Gus Hale", "University of New South Wales")
    ]


def test_people_after_two_blank_lines_ending_the_organisers_box_are_the_speakers() -> None:
    text = (
        "Title of a session\n\nOrganisers: Some Hub Project, Some Ministry (Europe)\n\n\n"
        "Ann Bell, reporter from Chile (Latin America)\n\n"
        "Carl Dunn, Officer at Some Policy Centre (Think Tank)\n\n"
        "Onsite Moderator\nEve Ford, Some Group (Africa)\n"
    )
    proposal = import_text(text).proposal
    assert [p.name for p in proposal.speakers] == ["Ann Bell", "Carl Dunn"]
    assert 'Guess: "Ann Bell, reporter from Chile' in proposal.import_notes
    assert proposal.onsite_moderator.name == "Eve Ford"
    assert proposal.rapporteur is None


def test_full_person_lines_after_the_roles_all_taken_are_the_speakers_if_none() -> None:
    text = (
        "Session\nSome Org\nAnn Bell, Some Org, Civil Society, WEOG\n"
        "Onsite Moderator: Ann Bell, Some Org, Civil Society, WEOG\n"
        "Online moderator: Carl Dunn, Some Org, Civil Society, WEOG\n"
        "Rapporteur: Eve Ford, Some Org, Civil Society, WEOG\n"
        "Gus Hale, Other Org, Technical Community, Africa\n"
        "Ida Jones, Third Org, Technical Community, WEOG\n"
        "Ann Bell\nCarl Dunn\nEve Ford\n"
    )
    proposal = import_text(text).proposal
    assert [p.name for p in proposal.speakers] == ["Gus Hale", "Ida Jones"]
    assert 'Guess: "Gus Hale, Other Org' in proposal.import_notes
    assert proposal.rapporteur.name == "Eve Ford"
