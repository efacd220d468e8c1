"""The layers hold: the core never imports Textual or the app, the workspace stays lean,
screens ask their workspace (never the app) for the data dir, and keep no inline CSS; the
wizard's editors only display what `checks` decides (no widget reads the call's limits)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "src" / "proposal_tui"
TUI = PACKAGE / "tui"
CORE = sorted(p for p in PACKAGE.rglob("*.py") if TUI not in p.parents)
SCREENS = sorted((TUI / "screens").glob("*.py"))
WIDGETS = sorted((TUI / "widgets").glob("*.py"))
LIMITS = {"max_words", "max_chars", "min_items", "max_items", "limit_unit"}
"""The attributes of a call's section that say how much a section may hold."""


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of its code (lazy imports included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_core_is_listed() -> None:
    names = {p.name for p in CORE}
    assert {"workspace.py", "session.py", "store.py", "export.py", "cli.py"} <= names


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_never_imports_textual_or_the_app(path: Path) -> None:
    modules = imported_modules(path)
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}
    assert not {m for m in modules if m.startswith("proposal_tui.tui")} - (
        {"proposal_tui.tui.app"} if path.name == "cli.py" else set()  # interactive commands
    )


def test_making_a_workspace_loads_neither_textual_nor_pydantic() -> None:
    code = (
        "import sys, pathlib; from proposal_tui.workspace import Workspace; "
        "Workspace(pathlib.Path('.'), call_override='igf-2025'); "
        "print(sorted(m for m in ('textual', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr


@pytest.mark.parametrize("path", SCREENS, ids=lambda p: p.name)
def test_screens_never_reach_the_apps_data_dir(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "data_dir":
            owner = node.value
            assert not (isinstance(owner, ast.Attribute) and owner.attr == "app"), (
                f"{path.name}:{node.lineno} reads app.data_dir: ask the workspace"
            )
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "getattr":
            names = [a.value for a in node.args if isinstance(a, ast.Constant)]
            assert "data_dir" not in names, f"{path.name}:{node.lineno} getattr data_dir"


def screen_classes(path: Path) -> list[ast.ClassDef]:
    """The classes of `path` that are screens (their names end in Screen)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name.endswith("Screen")]


def test_the_screens_are_found() -> None:
    found = {p.stem for p in SCREENS if screen_classes(p)}
    assert {"library", "wizard", "review", "people", "import_review", "search"} <= found


@pytest.mark.parametrize("path", [p for p in SCREENS if screen_classes(p)], ids=lambda p: p.stem)
def test_screens_keep_their_styles_in_a_tcss_file_beside_them(path: Path) -> None:
    for screen in screen_classes(path):
        assigned = {
            target.id
            for node in screen.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        assert "DEFAULT_CSS" not in assigned and "CSS" not in assigned, screen.name
        assert "CSS_PATH" in assigned, screen.name
    source = path.read_text(encoding="utf-8")
    assert f'CSS_PATH = Path(__file__).with_name("{path.stem}.tcss")' in source
    assert path.with_suffix(".tcss").is_file()


def test_the_app_keeps_its_styles_in_a_tcss_file() -> None:
    source = (TUI / "app.py").read_text(encoding="utf-8")
    assert "DEFAULT_CSS" not in source
    assert "CSS_PATH" in source and 'Path(__file__).with_name("app.tcss")' in source
    assert (TUI / "app.tcss").is_file()


@pytest.mark.parametrize("path", WIDGETS, ids=lambda p: p.name)
def test_no_widget_reads_the_calls_limits(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    read = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in LIMITS
    }
    assert not read, f"{path.name} reads {read}: ask checks (text_count, items_count) instead"


@pytest.mark.parametrize("name", ["wizard", "library"])
def test_the_wizard_and_the_library_are_each_under_650_lines(name: str) -> None:
    screen = TUI / "screens" / f"{name}.py"
    assert len(screen.read_text(encoding="utf-8").splitlines()) < 650
