"""The layers hold: the core never imports Textual, and the wizard's editors only display
what `checks` decides (no widget reads the call's limits)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "proposal_tui"
CORE = sorted(p for p in PACKAGE.glob("*.py") if p.name != "cli.py")
"""Everything outside tui/ (cli.py imports the app only for the interactive commands)."""
WIDGETS = sorted((PACKAGE / "tui" / "widgets").glob("*.py"))
LIMITS = {"max_words", "max_chars", "min_items", "max_items", "limit_unit"}
"""The attributes of a call's section that say how much a section may hold."""


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_the_core_never_imports_textual(path: Path) -> None:
    bad = {n for n in imported(path) if n.split(".")[0] == "textual" or ".tui" in n}
    assert not bad, f"{path.name} imports {bad}"


def test_the_session_exists_in_the_core() -> None:
    assert PACKAGE / "session.py" in CORE


@pytest.mark.parametrize("path", WIDGETS, ids=lambda p: p.name)
def test_no_widget_reads_the_calls_limits(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    read = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in LIMITS
    }
    assert not read, f"{path.name} reads {read}: ask checks (text_count, items_count) instead"


@pytest.mark.parametrize("name", ["wizard", "review"])
def test_screens_keep_their_styles_in_tcss_files(name: str) -> None:
    screen = PACKAGE / "tui" / "screens" / f"{name}.py"
    assert "DEFAULT_CSS" not in screen.read_text(encoding="utf-8")
    assert (screen.parent / f"{name}.tcss").is_file()


def test_the_wizard_is_under_650_lines() -> None:
    wizard = PACKAGE / "tui" / "screens" / "wizard.py"
    assert len(wizard.read_text(encoding="utf-8").splitlines()) < 650
