"""The title a copy's first lines give where no label or session number marks it: the
session's kind opening the line is no part of it, and a date line or a link's label is no
title at all."""

from __future__ import annotations

import pytest

from proposal_tui.importer import import_text

LONG = " ".join(["The session will bring practitioners and regulators together."] * 10)


@pytest.mark.parametrize(
    ("line", "title", "kind"),
    [
        ("IGF 2021 Main Session: Water and the web", "Water and the web", "Main Session"),
        ("IGF 2022 MAIN SESSION: WATER: The web", "WATER: The web", "MAIN SESSION"),
        ("IGF 2021 NRIs Collaborative Session: Water and data", "Water and data", "NRIs"),
        ("IGF 2020 Open Forum - Water and the web", "Water and the web", "Open Forum"),
        ("IGF 2022 Main Session Water Online: Next steps", "Water Online: Next steps", "Main"),
        ("IGF 2021 GLOBAL EXPERTS PANEL: Water: and the web", "Water: and the web", "GLOBAL"),
        ("IGF 2021 YOUTH FORUM: Water and the web", "Water and the web", "YOUTH FORUM"),
    ],
)
def test_a_session_kind_opening_the_first_line_is_no_part_of_the_title(
    line: str, title: str, kind: str
) -> None:
    result = import_text(f"{line}\n\nDescription\n{LONG}\n")
    assert result.proposal.title == title
    assert any(note.startswith(f"The session's kind \"{kind}") for note in result.notes)


@pytest.mark.parametrize(
    "line",
    [
        "IGF 2019 NRIs Collaborative Session on Water Online",  # a small word: the title
        "IGF 2020 DCs Main Session",  # only a kind: the title
        "IGF 2021 Civil Society Pre-event: Water and the web",  # more than a kind
        "IGF 2021 The Session: Water and the web",
        "IGF 2021 THE PANEL: Water and the web",
        "IGF 2022 WATER AND THE WEB: Panel views",  # capitals not ending in a kind's word
        "IGF 2022 WATER PANEL Views: the web",  # no colon after the kind's word
    ],
)
def test_a_title_that_is_more_than_a_kind_and_its_title_keeps_its_words(line: str) -> None:
    result = import_text(f"{line}\n\nDescription\n{LONG}\n")
    assert result.proposal.title == line[len("IGF 2019 ") :]


@pytest.mark.parametrize(
    ("line", "title", "code"),
    [
        ("IGF 2021 DCAB Water and the web", "Water and the web", "DCAB"),
        ("IGF 2022 DC-Water Rivers & the web: next", "Rivers & the web: next", "DC-Water"),
        ("DC-WW Rivers first: the web", "Rivers first: the web", "DC-WW"),
        ("IGF 2022 DC7 Water networks as enablers", "Water networks as enablers", "DC7"),
    ],
)
def test_a_coalitions_code_before_the_title_is_no_part_of_it(
    line: str, title: str, code: str
) -> None:
    # the code is the session's kind and label, as `WS #12` is a workshop's
    result = import_text(f"{line}\n\nDescription\n{LONG}\n")
    assert result.proposal.title == title
    assert any(f'code "{code}"' in note for note in result.notes)
    assert any(p.field == "title" and p.how == "guess" for p in result.placements)


@pytest.mark.parametrize(
    "line",
    [
        "IGF 2020 DCs Main Session",  # a word that only starts with DC
        "IGF 2021 DCeased water and the web",
        "IGF 2021 Opening Session IV",  # a kind and its number: the title itself
        "IGF 2021 Main Session 2",
    ],
)
def test_a_title_opening_with_dc_or_a_numbered_kind_keeps_its_words(line: str) -> None:
    result = import_text(f"{line}\n\nDescription\n{LONG}\n")
    assert result.proposal.title == line[len("IGF 2019 ") :]


def test_a_numbered_kind_before_a_colon_is_no_part_of_the_title() -> None:
    result = import_text(f"IGF 2021 Opening Session II: Water and the web\n\n{LONG}\n")
    assert result.proposal.title == "Water and the web"


def test_a_copy_starting_at_the_date_line_takes_its_title_from_about_this_session() -> None:
    text = (
        "Monday, 3rd March, 2025 (10:00 UTC) - Monday, 3rd March, 2025 (11:00 UTC)\n"
        "About this Session\nMain Session Water Online: Next steps for all\n\n"
        f"{LONG}\n\n{LONG}\n"
    )
    result = import_text(text, "igf-2022")
    assert result.proposal.title == "Water Online: Next steps for all"
    assert any(p.field == "title" and p.how == "guess" for p in result.placements)
    assert " ".join(result.proposal.description.split()).startswith(LONG)


def test_a_date_line_alone_first_is_not_the_title() -> None:
    text = "Monday, 3rd March, 2025 (10:00 UTC)\n\nDuration (minutes): 60\n"
    assert import_text(text, "igf-2025").proposal.title == ""


def test_a_kind_alone_under_about_this_session_is_not_the_title() -> None:
    text = (
        "Monday, 3rd March, 2025 (10:00 UTC)\n"
        f"About this Session\nNRI collaborative session\n\n{LONG}\n"
    )
    assert import_text(text, "igf-2022").proposal.title == ""


def test_a_copy_starting_at_a_link_label_has_no_title() -> None:
    text = f"Organization's Website\nDuration (minutes): 60\nFormat description: {LONG}\n"
    result = import_text(text, "igf-2025")
    assert result.proposal.title == ""
    assert "Organization's Website" in result.proposal.import_notes
    assert any("a link of the page: the title is left empty" in note for note in result.notes)


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_a_dash_after_the_year_opening_the_first_line_is_no_part_of_the_title(dash: str) -> None:
    result = import_text(f"IGF 2021 {dash} Water and the web - Part II\n\n{LONG}\n")
    assert result.proposal.title == "Water and the web - Part II"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Water & Beyond: A View Outline (4 May | 09:00 - 10:30 UTC | Hall B)",
            "Water & Beyond: A View",
        ),
        ("Water & Beyond: A View (Tuesday 4 May, 9:00 am, Room 2)", "Water & Beyond: A View"),
    ],
)
def test_a_heading_ending_with_the_date_and_time_in_brackets_gives_the_title(
    line: str, title: str
) -> None:
    more = LONG.replace("practitioners", "students")
    result = import_text(f"{line}  \n\n{LONG}\n\n{more}\n", "igf-2023")
    assert result.proposal.title == title
    assert any(p.field == "title" and p.how == "guess" for p in result.placements)
    assert result.proposal.description.split("\n\n") == [LONG, more]


DATE = "Tuesday, 3rd November, 2020 (16:50 UTC) - Tuesday, 3rd November, 2020 (18:50 UTC)"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (f"IGF 2022 WS #12 Water and the web\n{DATE}\nRoom 2", "Water and the web"),
        ("IGF 2025 Open Forum #5 Water and the web\nTheater", "Water and the web"),
        ("IGF 2023 WS #7 Water online?\nDigital Divides", "Water online?"),
        (f"IGF 2020 BPF Water and Access\nTime\n{DATE}", "BPF Water and Access"),
        (f"Water and the web online\nTime\n{DATE}", "Water and the web online"),
        (f"Water and the web online\n{DATE}", "Water and the web online"),
        ("IGF 2019 Water and the web\nDynamic Coalition on Water", "Water and the web"),
    ],
)
def test_a_web_copy_with_no_blank_lines_has_its_title_on_the_first_line_alone(
    head: str, title: str
) -> None:
    result = import_text(f"{head}\n{LONG}\n")
    assert result.proposal.title == title
    assert LONG in result.proposal.description + result.proposal.import_notes


def test_a_title_that_a_mail_program_wrapped_is_read_whole() -> None:
    text = "IGF 2024 WS #203 Water voices in platform\ngovernance: from talk to design\n\n"
    result = import_text(text + "Description:\nShort lines, wrapped by a mail program.\n")
    assert result.proposal.title == "Water voices in platform governance: from talk to design"


def test_a_copy_starting_at_the_time_heading_has_no_title_in_it() -> None:
    assert import_text(f"Time\n{DATE}\nRoom\nRoom 2\n{LONG}\n").proposal.title == ""
