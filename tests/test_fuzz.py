"""Fuzzing the readers of untrusted files: any bytes give a result or the documented error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposal_tui.call import parse_call
from proposal_tui.errors import CallError, DraftError
from proposal_tui.importer import import_text
from proposal_tui.store import dump_draft, parse_draft

TOML_BITS = st.sampled_from(
    [
        "[",
        "]",
        "[[",
        "]]",
        "{",
        "}",
        "=",
        '"',
        "'",
        '"""',
        "\n",
        ",",
        ".",
        "#",
        "\\u001b",
        "\\",
        " ",
        "title",
        "speakers",
        "name",
        "rules",
        "min_speakers",
        "durations",
        "sections",
        "field",
        "-3",
        "1e20",
        "true",
        "2025-01-01",
        "\x00",
        "\x1b",
        "\x9b",
        "é",
    ]
)
TOMLISH = st.lists(TOML_BITS, max_size=60).map("".join)
DEEP = st.tuples(st.integers(17, 3000), st.sampled_from([("[", "]"), ("{a=", "}")])).map(
    lambda t: ("x = " + t[1][0] * t[0] + "1" + t[1][1] * t[0] + "\n").encode()
)
"""Nesting past the limit, up to far past Python's recursion limit."""
FUZZ = settings(suppress_health_check=[HealthCheck.too_slow])  # examples: the profile (conftest)
PAGES = sorted((Path(__file__).parent / "fixtures" / "published").glob("real-*.txt"))
"""Real published pages: their lines, shuffled, cut and joined, are text a person may paste."""


@FUZZ
@given(st.one_of(st.binary(max_size=400), TOMLISH.map(str.encode), DEEP))
def test_the_draft_reader_raises_only_draft_errors(data: bytes) -> None:
    try:
        proposal = parse_draft(data, "fuzz.toml")
    except DraftError as exc:
        assert "\n" not in str(exc)
        return
    assert parse_draft(dump_draft(proposal).encode(), "again.toml") == proposal


@FUZZ
@given(st.one_of(st.binary(max_size=400), TOMLISH.map(str.encode), DEEP))
def test_the_call_profile_reader_raises_only_call_errors(data: bytes) -> None:
    try:
        parse_call(data, Path("fuzz.toml"))
    except CallError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=400),
        TOMLISH,
        st.binary(max_size=300).map(lambda b: b.decode("utf-8", errors="surrogateescape")),
    )
)
def test_the_importer_reads_any_text(text: str) -> None:
    result = import_text(text)
    dump_draft(result.proposal).encode("utf-8")  # whatever it read can be saved


@FUZZ
@given(
    st.sampled_from(PAGES).flatmap(
        lambda page: st.permutations(page.read_text("utf-8").split("\n"))
    ),
    st.integers(min_value=0, max_value=80),
    st.sampled_from(["\n", "\n\n", " "]),
)
def test_the_importer_reads_any_reordering_of_a_real_pages_lines(
    lines: list[str], cut: int, joint: str
) -> None:
    result = import_text(joint.join(lines[cut:] or lines))
    dump_draft(result.proposal).encode("utf-8")  # whatever it read can be saved
