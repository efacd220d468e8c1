"""Theme files: the shipped ones load and are readable; broken ones are named, not fatal."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from textual.color import Color

from proposal_tui.tui.themes import (
    COLOUR_KEYS,
    HIGH_CONTRAST_THEME,
    ThemeError,
    ThemeFile,
    app_themes,
    load_theme_file,
    load_themes,
    shipped_themes_dir,
)

SHIPPED = sorted(shipped_themes_dir().glob("*.toml"))
BLACK_WHITE_YELLOW = {Color.parse(c) for c in ("#000000", "#ffffff", "#ffff00")}


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_of_black_on_white_is_21() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)


def test_a_dark_a_light_and_a_high_contrast_theme_ship() -> None:
    themes, problems = app_themes()
    assert problems == []
    by_name = {theme.name: theme for theme in themes}
    assert {"proposal-dark", "proposal-light", HIGH_CONTRAST_THEME} <= set(by_name)
    assert by_name["proposal-dark"].dark is True
    assert by_name["proposal-light"].dark is False


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_text_is_easy_to_read_on_its_background(path: Path) -> None:
    theme = load_theme_file(path)
    assert theme.name == path.stem
    background = Color.parse(theme.background or "#000000")
    assert contrast(Color.parse(theme.foreground or "#ffffff"), background) >= 7  # WCAG AAA
    for key in ("warning", "error", "success"):
        assert contrast(Color.parse(getattr(theme, key)), background) >= 4.5, key


def test_high_contrast_is_black_white_and_yellow() -> None:
    data = tomllib.loads((shipped_themes_dir() / f"{HIGH_CONTRAST_THEME}.toml").read_text())
    palette = {Color.parse(data[key]) for key in COLOUR_KEYS if key in data}
    assert palette <= BLACK_WHITE_YELLOW
    background = Color.parse(data["background"])
    for name, value in data["variables"].items():
        if name.endswith("text-style"):
            continue
        colour = Color.parse(value)
        if colour != background:
            assert contrast(colour, background) >= 7, name


def test_a_theme_file_becomes_a_textual_theme_with_its_variables(tmp_path: Path) -> None:
    path = tmp_path / "dusk.toml"
    path.write_text(
        'primary = "#8844ff"\nbackground = "black"\ndark = true\n'
        '[variables]\nfooter-key-foreground = "#ffcc00"\n'
    )
    theme = load_theme_file(path)
    assert theme.name == "dusk"  # taken from the file name when not given
    assert theme.primary == "#8844ff" and theme.background == "black"
    assert theme.variables == {"footer-key-foreground": "#ffcc00"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('primary = "blurple"', "primary: 'blurple' is not a colour"),
        ("primary = 12", "primary: must be a colour in quotes"),
        ('secondary = "red"', "primary: missing"),
        ('primary = "red"\nshade = "blue"', "shade: unknown key"),
        ('primary = "red"\ndark = "yes"', "dark: must be true or false"),
        ('primary = "red"\nname = "my theme!"', "name: must be letters"),
        ('primary = "red"\nvariables = "x"', "variables: must be a table"),
        ('primary = "red"\n[variables]\nborder = 3', "variables.border: must be text"),
    ],
)
def test_a_bad_theme_file_is_refused_naming_file_and_key(
    tmp_path: Path, text: str, named: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ThemeError) as caught:
        load_theme_file(path)
    assert named in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_theme_file_that_is_not_toml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('name = "x"\nprimary = \n')
    with pytest.raises(ThemeError, match=r"bad\.toml:2:\d+: not valid TOML"):
        load_theme_file(path)


def test_user_themes_add_to_and_override_shipped_ones(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    user.mkdir()
    (user / "proposal-dark.toml").write_text('name = "proposal-dark"\nprimary = "#ff0000"\n')
    (user / "mine.toml").write_text('primary = "#00ff00"\n')
    (user / "broken.toml").write_text('primary = "no colour"\n')
    themes, problems = load_themes([shipped_themes_dir(), user, tmp_path / "missing"])
    by_name = {theme.name: theme for theme in themes}
    assert by_name["proposal-dark"].primary == "#ff0000"
    assert "mine" in by_name and "proposal-light" in by_name
    assert len(problems) == 1 and "broken.toml" in problems[0] and "primary" in problems[0]


def test_theme_file_checks_keep_to_what_textual_themes_take() -> None:
    variables = {"footer-key-foreground": "#ff0000", "link-style": "bold not underline"}
    data = {"name": "t", "primary": "red", "dark": False, "variables": variables}
    theme = ThemeFile.from_data(data).to_theme()
    assert (theme.name, theme.primary, theme.dark) == ("t", "red", False)
    assert theme.variables == variables


@pytest.mark.parametrize(
    ("variables", "said"),
    [
        ({"footer-background": "b"}, "variables.footer-background: 'b' is not a colour"),
        ({"link-style": "[bold]"}, "variables.link-style: '[bold]' is not a text style"),
        ({"Bad Name": "red"}, "variables.'Bad Name': a variable name is"),
        ({"footer-background": ["red"]}, "variables.footer-background: must be text"),
    ],
)
def test_a_variable_that_is_not_a_colour_or_style_is_refused(variables: dict, said: str) -> None:
    with pytest.raises(ValueError, match=re.escape(said)):
        ThemeFile.from_data({"name": "t", "primary": "red", "variables": variables})
