"""Theme files (`themes/*.toml`, shipped and the user's own) turned into Textual themes.

A theme file names its colours (`primary`, `background`, … as CSS colours), says whether
it is `dark`, and may set any Textual design variable under `[variables]` (a colour, or
text-style words for a `*-style` variable).  Only regular files of sensible size are read.
A file that cannot be used is reported as one line naming the file, the line and the key,
and skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.css.constants import VALID_STYLE_FLAGS
from textual.theme import Theme

from proposal_tui.errors import ProposalTuiError
from proposal_tui.paths import bundled_dir, config_dir
from proposal_tui.settings import THEME_NAME
from proposal_tui.userfiles import line_of_key, read_toml

HIGH_CONTRAST_THEME = "proposal-high-contrast"
NAME_PATTERN = THEME_NAME
VARIABLE_NAME = re.compile(r"[a-z0-9-]{1,64}")
_AUTO_COLOUR = re.compile(r"auto( \d{1,3}%)?|initial")


class ThemeError(ProposalTuiError):
    """A theme file that cannot be used."""


COLOUR_KEYS = (
    "primary",
    "secondary",
    "accent",
    "background",
    "surface",
    "panel",
    "foreground",
    "warning",
    "error",
    "success",
)
"""The colours a theme file may name; only `primary` is required."""


def _problem(key: str, message: str) -> ValueError:
    return ValueError(f"{key}: {message}")


def _colour(key: str, value: object) -> str:
    if not isinstance(value, str):
        raise _problem(key, "must be a colour in quotes, e.g. '#1e90ff'")
    try:
        Color.parse(value)
    except ColorParseError:
        raise _problem(key, f"{value!r} is not a colour (try '#1e90ff' or 'yellow')") from None
    return value


def _variable(key: str, value: object) -> str:
    """A design variable's value: text-style words for `*-style`, else a colour."""
    if not VARIABLE_NAME.fullmatch(key):
        raise _problem(f"variables.{key[:40]!r}", "a variable name is lower-case words and '-'")
    where = f"variables.{key}"
    if not isinstance(value, str):
        raise _problem(where, "must be text in quotes")
    if key.endswith("style"):
        if not value.split() or not set(value.split()) <= VALID_STYLE_FLAGS:
            raise _problem(where, f"{value[:40]!r} is not a text style (try 'bold' or 'none')")
        return value
    if _AUTO_COLOUR.fullmatch(value):
        return value
    return _colour(where, value)


@dataclass(frozen=True)
class ThemeFile:
    """The contents of one theme file, checked key by key.

    (Checked by hand rather than with pydantic: themes are read before the first screen
    is drawn, and pydantic's first model costs a fifth of the start-up budget.)
    """

    name: str
    primary: str
    secondary: str | None = None
    accent: str | None = None
    background: str | None = None
    surface: str | None = None
    panel: str | None = None
    foreground: str | None = None
    warning: str | None = None
    error: str | None = None
    success: str | None = None
    dark: bool = True
    variables: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ThemeFile:
        """Check a theme file's table; raises ValueError('key: problem')."""
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known:
                raise _problem(key, f"unknown key (known: {', '.join(sorted(known))})")
        name = data.get("name")
        if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
            raise _problem("name", "must be letters, digits, '-', '_' or '.'")
        if "primary" not in data:
            raise _problem("primary", "missing (every theme needs a primary colour)")
        colours = {key: _colour(key, data[key]) for key in COLOUR_KEYS if key in data}
        dark = data.get("dark", True)
        if not isinstance(dark, bool):
            raise _problem("dark", "must be true or false")
        variables = data.get("variables", {})
        if not isinstance(variables, dict):
            raise _problem("variables", 'must be a table of name = "value"')
        checked = {key: _variable(key, value) for key, value in variables.items()}
        return cls(name=name, dark=dark, variables=checked, **colours)

    def to_theme(self) -> Theme:
        """The Textual theme this file describes."""
        return Theme(**asdict(self))


def shipped_themes_dir() -> Path:
    """The themes that ship with the app."""
    return bundled_dir("themes")


def user_themes_dir() -> Path:
    """The user's own themes: `<config dir>/themes`."""
    return config_dir() / "themes"


def load_theme_file(path: Path) -> Theme:
    """Read one theme file; raises ThemeError naming the file and the key at fault."""
    data, text = read_toml(path, ThemeError)
    data.setdefault("name", path.stem)
    try:
        return ThemeFile.from_data(data).to_theme()
    except ValueError as exc:
        key = str(exc).partition(":")[0]
        raise ThemeError(str(exc), path, line_of_key(text, key.split("."))) from exc


def load_themes(folders: Iterable[Path]) -> tuple[list[Theme], list[str]]:
    """Every usable theme in `folders` (later folders win a name), and one line per problem."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.glob("*.toml") if not p.name.startswith(".")):
            try:
                theme = load_theme_file(path)
            except ThemeError as exc:
                problems.append(f"Theme not loaded: {exc}")
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems


def app_themes() -> tuple[list[Theme], list[str]]:
    """The shipped themes and the user's own, with the problems found loading them."""
    return load_themes([shipped_themes_dir(), user_themes_dir()])
