"""Where proposal-tui keeps things: data dir (drafts) and config dir (settings, profiles).

Both follow platformdirs and can be redirected: `--data-dir` or
`PROPOSAL_TUI_DATA_DIR` for drafts, `PROPOSAL_TUI_CONFIG_DIR` for settings
(tests use it so they never touch a person's real files), and `PROPOSAL_TUI_CACHE_DIR`
for the library's index and the places where each draft was left.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "proposal-tui"
DATA_DIR_ENV = "PROPOSAL_TUI_DATA_DIR"
CONFIG_DIR_ENV = "PROPOSAL_TUI_CONFIG_DIR"
CACHE_DIR_ENV = "PROPOSAL_TUI_CACHE_DIR"
PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder of drafts: `override`, else $PROPOSAL_TUI_DATA_DIR, else platformdirs."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder of settings, user themes and user call profiles."""
    chosen = os.environ.get(CONFIG_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The folder of things kept only for speed or comfort (the library's index, the places
    where drafts were left); safe to delete."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def bundled_dir(name: str) -> Path:
    """A folder shipped with the app (`themes`, `sample_proposals`).

    In a wheel they sit inside the package; in a source checkout (editable
    install) they sit at the repository's top.
    """
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent.parent / name
