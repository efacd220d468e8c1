"""Settings: a TOML file in the config dir; a broken one gives defaults and a message."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from proposal_tui.settings import (
    DEFAULT_THEME,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_the_file_lives_in_the_config_dir(config_dir: Path) -> None:
    assert settings_path() == config_dir / "config.toml"


def test_no_file_means_defaults_and_no_message() -> None:
    assert load_settings() == (Settings(theme=DEFAULT_THEME), None)


def test_saved_settings_load_again_privately(config_dir: Path) -> None:
    save_settings(Settings(theme="proposal-light"))
    assert load_settings() == (Settings(theme="proposal-light"), None)
    assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600
    assert not [p for p in config_dir.iterdir() if p.name != "config.toml"]  # no temp files left


def test_saving_keeps_keys_it_does_not_know() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('theme = "old"\nlanguage = "es"\n\n[keys]\n"library.new" = "f10"\n')
    save_settings(Settings(theme="proposal-high-contrast"))
    text = settings_path().read_text()
    assert 'theme = "proposal-high-contrast"' in text
    assert 'language = "es"' in text and '"library.new" = "f10"' in text


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("theme = \n", "line 1"),
        ('theme = "a"\ntheme = "b"\n', "line 2"),
        (b"\xff\xfe bad bytes", "cannot read"),
        ("theme = 3\n", "theme must be a theme name"),
        ('theme = ""\n', "theme must be a theme name"),
    ],
)
def test_a_broken_file_gives_defaults_and_one_line_naming_it(
    content: str | bytes, said: str
) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        settings_path().write_bytes(content)
    else:
        settings_path().write_text(content)
    settings, problem = load_settings()
    assert settings == Settings()
    assert problem is not None and "\n" not in problem
    assert "config.toml" in problem and said in problem


def test_a_broken_file_is_replaced_by_a_good_one_on_save() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("theme = \n")
    save_settings(Settings(theme="proposal-light"))
    assert load_settings() == (Settings(theme="proposal-light"), None)


def test_reading_settings_loads_neither_textual_nor_pydantic() -> None:
    code = (
        "import sys; from proposal_tui.settings import load_settings; load_settings(); "
        "print(sorted(m for m in ('textual', 'pydantic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_remapped_keys_are_read_by_binding_id() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('[keys]\n"library.new" = "f10"\n"app.quit" = "ctrl+x,ctrl+q"\n')
    settings, problem = load_settings()
    assert problem is None
    assert settings.keys == {"library.new": "f10", "app.quit": "ctrl+x,ctrl+q"}


def test_a_keys_table_of_the_wrong_shape_is_reported() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('theme = "proposal-light"\nkeys = ["f10"]\n')
    settings, problem = load_settings()
    assert settings == Settings(theme="proposal-light")
    assert problem is not None and "[keys]" in problem
