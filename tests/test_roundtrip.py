"""Round trips (hypothesis): any proposal, with any text and any unknown keys, comes back equal
from dump_draft → parse_draft, and from save_draft → load_draft through a real file."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposal_tui.model import PERSON_FIELDS, PROPOSAL_FIELDS, Person, Proposal
from proposal_tui.store import dump_draft, load_draft, parse_draft, read_draft, save_draft

SPECIAL = [
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\x00",
    "\x7f",
    "\x1b[31m",
    '"""',
    "'''",
    "\\",
    "\\n",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👋🏽",
    "السَّلَامُ",
    "שָׁלוֹם",
    "e\u0301",
    "\u202eRTL override",
    "\ufeff",
    "\u2028",
    " ",
]

# st.text() leaves out lone surrogates (TOML cannot hold them) but keeps control characters.
text = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=5)), max_size=8).map("".join),
)

toml_scalars = st.one_of(
    text,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=8,
)


def unknown_keys(known: tuple[str, ...]) -> st.SearchStrategy[dict]:
    return st.dictionaries(
        text.filter(lambda k: k not in known and k not in ("schema", "people")),
        toml_values,
        max_size=3,
    )


@st.composite
def people(draw: st.DrawFn) -> Person:
    data = {field: draw(text) for field in PERSON_FIELDS if field != "confirmed"}
    data["confirmed"] = draw(st.booleans())
    data.update(draw(unknown_keys(PERSON_FIELDS)))
    return Person.model_validate(data)


@st.composite
def proposals(draw: st.DrawFn) -> Proposal:
    data: dict[str, object] = {}
    for field in ("call", "title", "theme", "format", "format_description"):
        data[field] = draw(text)
    for field in ("participants_gain", "description", "expected_outcomes", "hybrid_format"):
        data[field] = draw(text)
    data["import_notes"] = draw(text)
    for field in ("topics", "policy_questions", "links"):
        data[field] = draw(st.lists(text, max_size=4))
    data["organizers"] = draw(st.lists(people(), max_size=3))
    data["speakers"] = draw(st.lists(people(), max_size=3))
    for role in ("onsite_moderator", "online_moderator", "rapporteur"):
        data[role] = draw(st.none() | people())
    data["duration"] = draw(st.none() | st.integers(min_value=0, max_value=10_000))
    data["sdgs"] = draw(st.lists(st.integers(min_value=-5, max_value=40), max_size=6))
    data.update(draw(unknown_keys(PROPOSAL_FIELDS)))
    return Proposal.model_validate(data)


@given(proposals())
def test_dump_then_parse_gives_the_same_proposal(proposal: Proposal) -> None:
    assert parse_draft(dump_draft(proposal).encode("utf-8")) == proposal


@given(proposals())
def test_unknown_keys_survive_with_their_types(proposal: Proposal) -> None:
    again = parse_draft(dump_draft(proposal).encode("utf-8"))
    assert again.model_extra == proposal.model_extra
    for before, after in zip(proposal.people(), again.people(), strict=True):
        assert before[1].model_extra == after[1].model_extra


@given(proposals())
def test_the_dump_is_stable(proposal: Proposal) -> None:
    first = dump_draft(proposal)
    assert dump_draft(parse_draft(first.encode("utf-8"))) == first


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(first=proposals(), second=proposals())
def test_save_then_load_through_a_real_file(first: Proposal, second: Proposal) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.toml"
        fingerprint = save_draft(path, first)
        draft = read_draft(path)
        assert draft.proposal == first
        assert draft.fingerprint == fingerprint
        save_draft(path, second, expected=fingerprint)
        assert load_draft(path) == second


def test_a_known_tricky_example() -> None:
    proposal = Proposal.model_validate(
        {
            "description": "a\r\r\nb\r\n",
            "title": "\x00\t\r",
            "when": dt.datetime(2025, 3, 16, 10, 30, 0, 123456),
            "nested": {"list": [dt.date(2025, 1, 1), [1, "x\r\ny"]], "": {}},
            "speakers": [{"name": "Ana", "since": dt.time(9, 30)}],
        }
    )
    assert parse_draft(dump_draft(proposal).encode()) == proposal
