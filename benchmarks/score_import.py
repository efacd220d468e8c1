"""Field accuracy of the importer over folders of published pages with expected fields.

Each `NAME.txt` with a `NAME.expected.toml` beside it is imported; every key of the
expected file is one scored field (title, organizers, speakers, each moderator role,
rapporteur, format, duration, policy questions, the text sections, SDGs).  Text is
compared with runs of whitespace folded to one space; people by name.  A wrong field is
*silent* when it is filled and no placement in it is marked as a guess: the person has
nothing telling them to look (an empty field the app asks for; a guess is shown as one).
Prints one line per page that is not all right, then the total, and exits 1 below the
target.  With `--flat`, every page is read as a browser may copy it, with every blank line
taken out (the page's boxes run on with no space between them).

    .venv/bin/python benchmarks/score_import.py [--flat] [FOLDER...]
    (default folder: tests/fixtures/published)
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from proposal_tui.importer import import_text
from proposal_tui.model import Person, Proposal

TARGET = 0.97
DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "published"
PEOPLE = ("organizers", "speakers")
ROLES = ("onsite_moderator", "online_moderator", "rapporteur")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _name(person: Person | None) -> str:
    return _fold(person.name) if person is not None else ""


def actual(proposal: Proposal, field: str) -> Any:
    """The value of `field` as the expected files write it."""
    value = getattr(proposal, field)
    if field in PEOPLE:
        return [_name(p) for p in value]
    if field in ROLES:
        return _name(value)
    if field == "policy_questions":
        return [_fold(q) for q in value]
    if isinstance(value, str):
        return _fold(value)
    return value


def wanted(field: str, value: Any) -> Any:
    """The expected value, folded the same way."""
    if isinstance(value, str):
        return _fold(value)
    if isinstance(value, list) and value and isinstance(value[0], str):
        return [_fold(v) for v in value]
    return value


_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)*\n")


def flat(text: str) -> str:
    """`text` with every blank line taken out."""
    return _BLANK_LINES.sub("\n", text)


def score_page(
    text_path: Path, copy: Callable[[str], str] = str
) -> tuple[int, int, list[str], int, list[str]]:
    """(right, scored, wrong field names, guesses, silent field names) for one page, its
    text read through `copy` first."""
    expected = tomllib.loads(text_path.with_suffix(".expected.toml").read_text("utf-8"))
    result = import_text(copy(text_path.read_text(encoding="utf-8")))
    wrong = [f for f, v in expected.items() if actual(result.proposal, f) != wanted(f, v)]
    guesses = len(getattr(result, "guesses", ()))
    guessed = {p.field for p in getattr(result, "placements", ()) if p.is_guess}
    silent = [f for f in wrong if actual(result.proposal, f) and f not in guessed]
    return len(expected) - len(wrong), len(expected), wrong, guesses, silent


def main(argv: list[str]) -> int:
    copy = flat if "--flat" in argv else str
    folders = [Path(a) for a in argv if a != "--flat"] or [DEFAULT]
    pages = sorted(
        p
        for folder in folders
        for p in folder.glob("*.txt")
        if p.with_suffix(".expected.toml").exists()
    )
    if not pages:
        print("no pages with expected fields found", file=sys.stderr)
        return 2
    right = scored = guesses = silent = 0
    for page in pages:
        ok, total, wrong, guessed, unmarked = score_page(page, copy)
        right, scored, guesses = right + ok, scored + total, guesses + guessed
        silent += len(unmarked)
        if wrong:
            said = [f"{f} (silent)" if f in unmarked else f for f in wrong]
            print(f"{page.name}: {ok}/{total} right; wrong: {', '.join(said)}")
    share = right / scored
    print(
        f"{len(pages)} pages, {right}/{scored} filled fields right ({share:.1%}), "
        f"{silent} wrong with no mark (silent), {guesses} placements marked as guesses; "
        f"target {TARGET:.0%}"
    )
    return 0 if share >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
