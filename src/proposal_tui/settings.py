"""The user's settings: `<config dir>/config.toml`, read with tomllib, written atomically.

A missing file means the defaults; a broken one means the defaults plus a one-line
problem for the app to show (never a crash).  Keys this version does not know are kept
when the file is written back.  Only a regular file is read (never a FIFO), within
size and nesting limits; a theme name or a key that the app could not use is reported
with its line and left at its default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from proposal_tui.errors import ProposalTuiError
from proposal_tui.paths import config_dir
from proposal_tui.userfiles import line_of_key, read_toml

SETTINGS_FILE = "config.toml"
DEFAULT_THEME = "proposal-dark"
THEME_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")
"""What a theme's name may be (themes.py checks theme files against the same rule)."""
BINDING_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
KEY = re.compile(r"((ctrl|shift|alt|super|meta|hyper)\+)*([a-z0-9_]{1,24}|[!-~])")
"""One key as Textual names it: modifiers, then a key name ('f10', 'ctrl+n', 'question_mark')."""


@dataclass
class Settings:
    """What the app remembers between runs."""

    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    """Keys remapped by binding id, e.g. {"library.new": "f10"} (a `[keys]` table)."""


def settings_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / SETTINGS_FILE


def _read_raw(path: Path) -> tuple[dict[str, Any], str]:
    """The file's table and text; raises ValueError with a one-line reason."""
    if not path.is_symlink() and not path.exists():
        return {}, ""
    try:
        return read_toml(path, ProposalTuiError)
    except ProposalTuiError as exc:
        where = f"line {exc.line}, column {exc.column}: " if exc.column is not None else ""
        if exc.line is not None and not where:
            where = f"line {exc.line}: "
        message = exc.message
        if message == "not UTF-8 text":
            message = "cannot read: not UTF-8 text"
        raise ValueError(f"{where}{message}") from exc


def _at(text: str, *keys: str) -> str:
    line = line_of_key(text, keys)
    return f"line {line}: " if line is not None else ""


def good_key(keys: object) -> bool:
    """True if `keys` is a key, or comma-separated keys, Textual can bind."""
    return isinstance(keys, str) and all(KEY.fullmatch(part.strip()) for part in keys.split(","))


def load_settings() -> tuple[Settings, str | None]:
    """The saved settings and a problem to report (None when all went well).

    Any problem (unreadable file, bad TOML, a value of the wrong type, a key the app
    cannot bind) gives the defaults for what could not be read.
    """
    path = settings_path()
    try:
        raw, text = _read_raw(path)
    except ValueError as exc:
        return Settings(), f"Settings not read, defaults used: {path.name}: {exc}"
    settings = Settings()
    problems = []
    theme = raw.get("theme", DEFAULT_THEME)
    if isinstance(theme, str) and THEME_NAME.fullmatch(theme.strip()):
        settings.theme = theme.strip()
    else:
        problems.append(
            f"{_at(text, 'theme')}theme must be a theme name (letters, digits, '-', '_', '.');"
            " default used"
        )
    keys = raw.get("keys", {})
    if not isinstance(keys, dict):
        problems.append(
            f'{_at(text, "keys")}[keys] must map binding ids to keys, e.g. "library.new" = "f10"'
        )
        keys = {}
    for binding, key in keys.items():
        if BINDING_ID.fullmatch(binding) and good_key(key):
            settings.keys[binding] = key
        else:
            problems.append(
                f"{_at(text, 'keys', binding)}keys.{binding[:40]}: {str(key)[:40]!r} is not a key"
                ' (e.g. "f10", "ctrl+n"); default used'
            )
    if problems:
        return settings, f"Settings: {path.name}: {'; '.join(problems)}"
    return settings, None


def save_settings(settings: Settings) -> None:
    """Write `settings` (keeping unknown keys of a readable file); raises ProposalTuiError."""
    # Loaded late: writing is rare, and the store pulls in pydantic at start-up otherwise.
    import tomli_w

    from proposal_tui.store import write_atomic

    path = settings_path()
    if path.exists() and not path.is_file():  # a FIFO, a folder …: never replaced
        raise ProposalTuiError("not a regular file; settings not saved", path)
    try:
        data, _ = _read_raw(path)
    except ValueError:
        data = {}
    data["theme"] = settings.theme
    if settings.keys:
        data["keys"] = settings.keys
    target = path.resolve() if path.is_symlink() else path  # a symlinked file: write through
    write_atomic(target, tomli_w.dumps(data).encode("utf-8"))
