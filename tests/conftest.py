"""Shared fixtures: every test runs on its own data and config dirs, never the real ones."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_proposals"
FIXED_MTIME = 1_750_000_000  # 2025-06-15: sample copies get one fixed "last change" for snapshots
FORM_SECTIONS = [
    "title",
    "theme",
    "organizers",
    "speakers",
    "onsite_moderator",
    "online_moderator",
    "rapporteur",
    "format",
    "duration",
    "format_description",
    "policy_questions",
    "participants_gain",
    "description",
    "expected_outcomes",
    "hybrid_format",
    "sdgs",
    "links",
]
"""The form's sections in its order, as ../shared/igf-form.md lists them."""


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data, config and cache dirs at fresh temp folders; animations and blink off."""
    data = tmp_path_factory.mktemp("data")
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("PROPOSAL_TUI_DATA_DIR", str(data))
    monkeypatch.setenv("PROPOSAL_TUI_CONFIG_DIR", str(config))
    monkeypatch.setenv("PROPOSAL_TUI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    return data, config


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test copies to the machine's real clipboard: none is found unless a test says
    so (tests of `find_clipboard` itself imported it before this patch)."""
    monkeypatch.setattr("proposal_tui.clipboard.find_clipboard", lambda *args, **kwargs: None)


@pytest.fixture
def data_dir(private_dirs) -> Path:
    """The test's empty data dir (drafts folder)."""
    return private_dirs[0]


@pytest.fixture
def config_dir(private_dirs) -> Path:
    """The test's empty config dir."""
    return private_dirs[1]


@pytest.fixture
def sample_library(data_dir: Path) -> Path:
    """The data dir holding copies of every sample draft (the originals stay untouched)."""
    for sample in sorted(SAMPLES.glob("*.toml")):
        target = data_dir / sample.name
        shutil.copyfile(sample, target)
        os.chmod(target, 0o600)
        os.utime(target, (FIXED_MTIME, FIXED_MTIME))
    return data_dir
