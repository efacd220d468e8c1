"""The printed comparison: both layouts, marks without colour, widths in terminal cells."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from proposal_tui.call import load_call
from proposal_tui.compare import compare
from proposal_tui.diff_render import SIDE_BY_SIDE_MIN, render_diff, visible_width
from proposal_tui.model import Person, Proposal

CALL = load_call("igf-2025")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

DESCRIPTION_A = (
    "Community networks in rural areas often start with a grant that pays for masts, radios "
    "and the first year of backhaul. When the grant ends, many networks struggle to pay for "
    "upstream bandwidth, spare parts and the time of local technicians.\n\n"
    "TODO: add the three case studies and what the break-out groups will do."
)
DESCRIPTION_B = (
    "Community networks in rural areas often start with a subsidy that pays for masts, radios "
    "and the first year of backhaul. When the grant ends, many networks struggle to pay for "
    "upstream bandwidth, spare parts and the time of local technicians.\n\n"
    "Add the three case studies and what the break-out groups will do.\n\n"
    "日本語の段落と絵文字 😀😀 も含めて、幅の計算を確かめる。"
)

A = Proposal(
    title="Community networks after the grant",
    description=DESCRIPTION_A,
    speakers=[
        Person(name="Bo Chen", organization="Net Org", region="Asia-Pacific Group"),
        Person(name="Ana Souza", organization="Rede", region="GRULAC"),
    ],
    sdgs=[9],
)
B = Proposal(
    title="Community networks after the grant",
    description=DESCRIPTION_B,
    speakers=[
        Person(name="Bo Chen", organization="Net Org", region="African Group"),
        Person(name="محمد علي 🦊", organization="شبكة", region="African Group"),
    ],
    sdgs=[9, 16],
)


def render(a: Proposal = A, b: Proposal = B, *, width: int, color: bool = False) -> str:
    return render_diff(
        compare(a, b, CALL),
        width=width,
        label_a="drafts/a.toml",
        label_b="drafts/b.toml",
        readiness_a="7/9 sections, 2 problems",
        readiness_b="9/9 sections",
        color=color,
    )


def assert_fits(text: str, width: int) -> None:
    for line in text.splitlines():
        assert cell_len(ANSI.sub("", line)) <= width, line


@pytest.mark.parametrize("width", [80, 140])
def test_marks_readiness_and_fold_in_both_layouts(width: int):
    out = render(width=width)
    assert_fits(out, width)
    top = "\n".join(out.splitlines()[:4])
    assert "drafts/a.toml" in top and "drafts/b.toml" in top
    assert "7/9 sections, 2 problems" in top and "9/9 sections" in top
    assert "[-grant-]" in out
    assert "{+subsidy+}" in out
    assert "[-TODO: add-]" in out and "{+Add+}" in out
    assert "{+16. Peace, Justice and Strong Institutions+}" in out
    assert "≠ 3 of 17 sections differ" in out
    assert "… 13 unchanged sections" not in out  # folded in runs, where they are
    assert "… 3 unchanged sections: Title, Subtheme, Organizers" in out
    assert "… 1 unchanged section: Links" in out.splitlines()[-1]
    assert "\x1b" not in out


def test_narrow_layout_is_one_side_after_the_other():
    out = render(width=80)
    lines = out.splitlines()
    start = lines.index("≠ Description · +5 −3 words")
    assert lines[start + 1] == "− A"
    minus_block = lines[start + 2 : lines.index("+ B", start)]
    assert any("[-grant-]" in line for line in minus_block)
    assert not any("{+" in line for line in minus_block)
    assert " │ " not in out


def test_wide_layout_puts_the_sides_in_two_columns():
    out = render(width=140)
    row = next(line for line in out.splitlines() if "[-grant-]" in line)
    left, right = row.split(" │ ")
    assert "{+subsidy+}" in right and "[-" not in right
    assert cell_len(left) == (140 - 3) // 2
    # the second paragraphs start on the same row
    assert any("[-TODO: add-]" in line and "{+Add+}" in line for line in out.splitlines())
    assert SIDE_BY_SIDE_MIN == 100
    assert " │ " in render(width=100) and " │ " not in render(width=99)


def test_people_changes_are_listed():
    out = render(width=80)
    assert "≠ Speakers · 1 changed, 1 removed, 1 added" in out
    assert "− removed [-Ana Souza, Rede, GRULAC-]" in out
    assert "+ added {+محمد علي 🦊, شبكة, African Group+}" in out
    assert "~ changed Bo Chen: region" in out
    assert "region: [-Asia-Pacific Group-] → {+African Group+}" in out


def test_moved_person():
    a = Proposal(speakers=[Person(name="Ana"), Person(name="Bo"), Person(name="Cy")])
    b = Proposal(speakers=[Person(name="Bo"), Person(name="Cy"), Person(name="Ana")])
    assert "↕ moved Ana" in render(a, b, width=80)


def test_colour_wraps_the_marks_only():
    out = render(width=140, color=True)
    assert "\x1b[31m[-grant-]\x1b[0m" in out
    assert "\x1b[32m{+subsidy+}\x1b[0m" in out
    assert_fits(out, 140)
    assert ANSI.sub("", out) == render(width=140)
    assert visible_width("\x1b[31m[-日本-]\x1b[0m") == 8


def test_equal_proposals():
    out = render(A, A, width=80)
    assert "✓ No differences: all 17 sections are the same." in out
    assert "… 17 unchanged sections" in out
    assert "[-" not in out and "{+" not in out


def test_empty_side_and_paragraph_break_marks():
    out = render(Proposal(), Proposal(description="one two"), width=80)
    assert "(empty)" in out and "{+one two+}" in out
    split = render(Proposal(description="one two"), Proposal(description="one\n\ntwo"), width=80)
    assert "{+¶+}" in split
    assert "≠ Description · line breaks changed" in split


def test_wide_unicode_and_long_words_fit():
    long_word = "日本語" * 40 + "😀" * 30
    a = Proposal(title="x", description=long_word + " end")
    b = Proposal(title="y", description=long_word + "!" + " end")
    for width in (20, 41, 80, 101, 140):
        assert_fits(render(a, b, width=width, color=True), width)


def test_control_characters_never_reach_the_terminal():
    out = render(Proposal(title="a\x1b[2Jb"), Proposal(title="clean"), width=80)
    assert "\x1b" not in out
    assert "a\u241b[2Jb" in out  # ␛, as the app shows it


def test_output_is_deterministic():
    assert render(width=140) == render(width=140)


WORDS = st.sampled_from(["the", "network", "日本語", "😀", "مرحبا", "Zoë", "x" * 30, "a-b"])
TEXT = st.lists(st.one_of(WORDS, st.sampled_from([" ", "\n", "\n\n"])), max_size=60).map(" ".join)


@given(TEXT, TEXT, st.integers(20, 200), st.booleans())
def test_no_line_is_wider_than_asked(a: str, b: str, width: int, color: bool):
    out = render(Proposal(description=a), Proposal(description=b), width=width, color=color)
    assert_fits(out, width)


# --- a long section: the change with context, the rest folded -----------------------

LONG_WORDS = [f"w{n}" for n in range(3000)]
LONG_A = Proposal(description=" ".join(LONG_WORDS))
LONG_B = Proposal(description=" ".join(LONG_WORDS).replace("w1500 ", "changed "))


@pytest.mark.parametrize("width", [80, 120])
def test_one_word_changed_in_a_long_section_shows_context_and_folds_the_rest(width: int):
    out = render(LONG_A, LONG_B, width=width)
    lines = out.splitlines()
    assert len(lines) < 40  # not the hundreds of lines of the whole section
    assert "[-w1500-]" in out and "{+changed+}" in out
    folds = [line.strip() for line in lines if "unchanged line" in line]
    counts = [int(re.search(r"… (\d+) unchanged lines", f).group(1)) for f in folds]
    assert len(counts) == (2 if width >= SIDE_BY_SIDE_MIN else 4)  # before and after, per side
    assert all(count > 20 for count in counts)
    marked = next(i for i, line in enumerate(lines) if "w1500" in line)
    assert "unchanged line" in lines[marked - 4] and "unchanged line" not in lines[marked - 3]


def test_every_line_is_kept_without_folding():
    out = render_diff(
        compare(LONG_A, LONG_B, CALL), width=120, label_a="a", label_b="b", context=None
    )
    assert "unchanged line" not in out
    assert all(word in out for word in ("w0", "w1499", "w2999"))


def test_a_short_run_of_unchanged_lines_is_not_folded():
    a = Proposal(description="one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine")
    b = Proposal(description="ONE\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nNINE")
    out = render(a, b, width=120)
    assert "unchanged line" not in out  # one line between the two contexts: shown, not folded


@pytest.mark.parametrize("width", [60, 80, 100])
def test_file_names_in_the_header_are_shortened_from_the_left(width: int):
    label_a = "/home/someone/Documents/igf-proposals/2025/community-networks-after-the-grant.toml"
    out = render_diff(compare(A, B, CALL), width=width, label_a=label_a, label_b="b.toml")
    first = out.splitlines()[0]
    shown = first.split("│")[0].split(": ", 1)[1].strip()
    assert shown.startswith("…/")
    assert label_a.endswith(shown[1:])
    assert shown.split("/")[1] in label_a.split("/")  # whole folder names, never cut mid-word
    assert "community-networks-after-the-grant.toml" in first
