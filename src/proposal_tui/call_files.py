"""Where call profiles are found, by name, without reading them (so without pydantic).

Profiles ship in `proposal_tui/calls/`; a file of the same name in the user's config dir
(`<config>/calls/NAME.toml`) overrides a shipped one or adds a new forum.  `call.py`
reads and validates them.
"""

from __future__ import annotations

from pathlib import Path

from proposal_tui.paths import PACKAGE_DIR, config_dir

SHIPPED_CALLS_DIR = PACKAGE_DIR / "calls"
DEFAULT_CALL = "igf-2025"


def user_calls_dir() -> Path:
    """The user's own call profiles."""
    return config_dir() / "calls"


def available_calls() -> list[str]:
    """Names of every call profile: shipped ones and the user's own, sorted."""
    names = {p.stem for p in SHIPPED_CALLS_DIR.glob("*.toml")}
    user_dir = user_calls_dir()
    if user_dir.is_dir():
        names |= {p.stem for p in user_dir.glob("*.toml")}
    return sorted(names)
