"""Running text whose label was lost or printed in a spelling no form uses: where the
description and the policy questions begin and end on published session pages (issue 12).
The texts are short synthetic cuts of layouts seen on IGF pages."""

from __future__ import annotations

from proposal_tui.importer import import_text

LONG = " ".join(["The forum will gather practitioners and regulators to compare notes."] * 4)
MORE = " ".join(["Findings from the day will feed into the forum's report next year."] * 3)


def fold(text: str) -> str:
    return " ".join(text.split())


def test_a_session_description_heading_is_the_description_label() -> None:
    # a page's `About this Session` summary in one line, then `Session description` over
    # the description with its list: the heading is the Description label
    text = (
        "IGF 2020 BPF Fishing Data\n\nMonday, 9th November, 2020 (17:20 UTC)\nRoom 1\n"
        "About this Session\nJoin the forum for a talk on open data about fishing boats, their"
        " catch and the harbours they sail from, and on who keeps it.\n\n\n"
        f"Session description\n\n{LONG}\n\n  • One point\n  • Another point\n\n{MORE}\n"
    )
    result = import_text(text)
    assert fold(result.proposal.description) == fold(f"{LONG} • One point • Another point {MORE}")
    assert "Join the forum" in result.proposal.import_notes
