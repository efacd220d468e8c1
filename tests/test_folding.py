"""One fold for matching text: the library's filter, search and the people agree on it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from proposal_tui.folding import fold, fold_letters
from proposal_tui.index import Index
from proposal_tui.model import Person, Proposal
from proposal_tui.people_directory import build_directory
from proposal_tui.search_words import MARK_END, MARK_START, restored
from proposal_tui.store import save_draft
from proposal_tui.workspace import DraftRow


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("  José   NÚÑEZ ", "jose nunez"),
        ("Søren Sørensen", "soren sorensen"),
        ("Łukasz Đorđe", "lukasz dorde"),
        ("Ærø, Œuvre, Straße, STRASSE", "aero, oeuvre, strasse, strasse"),
        ("Þór and Ðóra", "thor and dora"),
        ("Nguyễn Thị", "nguyen thi"),
        ("plain ascii\ttext", "plain ascii text"),
    ],
)
def test_fold_ignores_case_accents_spacing_and_letters_nfkd_keeps_whole(
    text: str, folded: str
) -> None:
    assert fold(text) == folded


def test_fold_letters_spells_only_those_letters_plain() -> None:
    assert fold_letters("Søren ØRESUND Æsir straße Ñandú") == "Soren ORESUND Aesir strasse Ñandú"


def test_a_snippet_of_the_spelled_text_is_shown_in_the_drafts_own_letters() -> None:
    original = "Die Straße von Søren und Æsir"
    snippet = f"…von {MARK_START}Soren{MARK_END} und {MARK_START}Aesir{MARK_END}"
    assert restored(snippet, fold_letters(original), original) == (
        f"…von {MARK_START}Søren{MARK_END} und {MARK_START}Æsir{MARK_END}"
    )


def test_filter_search_and_people_agree_on_letters_without_accents(data_dir: Path) -> None:
    speaker = Person(name="Søren Łukasiewicz", organization="Ærø Net")
    proposal = Proposal(call="igf-2025", title="Straße networks", speakers=[speaker])
    save_draft(data_dir / "soren.toml", proposal)

    row = DraftRow(data_dir / "soren.toml", datetime(2025, 1, 1), title=proposal.title,
                   people=(speaker.name,))  # fmt: skip
    assert row.matches("soren lukasiewicz") and row.matches("strasse")

    found = build_directory([(data_dir / "soren.toml", proposal)], lambda call: 0)
    assert [p.name for p in found.find("soren")] == ["Søren Łukasiewicz"]
    assert [p.name for p in found.find("aero")] == ["Søren Łukasiewicz"]

    with Index(data_dir) as index:
        index.all_rows()
        people_hits = index.search("SOREN lukasiewicz")
        title_hits = index.search("strasse")
    assert [(h.field, [w for w, marked in h.snippet if marked]) for h in people_hits] == [
        ("people", ["Søren", "Łukasiewicz"])
    ]
    assert people_hits[0].text == "Søren Łukasiewicz, Ærø Net"
    assert [(h.field, h.text) for h in title_hits] == [("title", "Straße networks")]
