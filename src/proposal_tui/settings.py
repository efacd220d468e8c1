"""The user's settings: `<config dir>/config.toml`, read with tomllib, written atomically.

A missing file means the defaults; a broken one means the defaults plus a one-line
problem for the app to show (never a crash).  Keys this version does not know are kept
when the file is written back.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from proposal_tui.errors import toml_error_parts
from proposal_tui.paths import config_dir

SETTINGS_FILE = "config.toml"
DEFAULT_THEME = "proposal-dark"


@dataclass
class Settings:
    """What the app remembers between runs."""

    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    """Keys remapped by binding id, e.g. {"library.new": "f10"} (a `[keys]` table)."""


def settings_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / SETTINGS_FILE


def _read_raw(path: Path) -> dict[str, Any]:
    """The file's table; raises ValueError with a one-line reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValueError(f"cannot read: {reason}") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line, column = toml_error_parts(exc)
        where = f"line {line}, column {column}: " if line is not None else ""
        raise ValueError(f"{where}not valid TOML: {message}") from exc


def load_settings() -> tuple[Settings, str | None]:
    """The saved settings and a problem to report (None when all went well).

    Any problem (unreadable file, bad TOML, a value of the wrong type) gives the
    defaults for what could not be read.
    """
    path = settings_path()
    try:
        raw = _read_raw(path)
    except ValueError as exc:
        return Settings(), f"Settings not read, defaults used: {path.name}: {exc}"
    settings = Settings()
    problems = []
    theme = raw.get("theme", DEFAULT_THEME)
    if isinstance(theme, str) and theme.strip():
        settings.theme = theme.strip()
    else:
        problems.append("theme must be a theme name; default used")
    keys = raw.get("keys", {})
    if isinstance(keys, dict) and all(isinstance(v, str) for v in keys.values()):
        settings.keys = dict(keys)
    else:
        problems.append('[keys] must map binding ids to keys, e.g. "library.new" = "f10"')
    if problems:
        return settings, f"Settings: {path.name}: {'; '.join(problems)}"
    return settings, None


def save_settings(settings: Settings) -> None:
    """Write `settings` (keeping unknown keys of a readable file); raises ProposalTuiError."""
    # Loaded late: writing is rare, and the store pulls in pydantic at start-up otherwise.
    import tomli_w

    from proposal_tui.store import write_atomic

    path = settings_path()
    try:
        data = _read_raw(path)
    except ValueError:
        data = {}
    data["theme"] = settings.theme
    if settings.keys:
        data["keys"] = settings.keys
    write_atomic(path, tomli_w.dumps(data).encode("utf-8"))
