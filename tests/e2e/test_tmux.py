"""End to end: the installed `proposal-tui` in a real terminal (tmux), driven by keys.

`proposal-tui new --title …` creates a draft and opens the wizard; the test types into
several steps as a person would, quits with ctrl+q and reads the saved TOML.  It runs on
its own tmux server (-L) so it never touches a person's tmux sessions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from proposal_tui.store import load_draft

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")
WIDTH, HEIGHT = 100, 30
KEY_GAP = 0.05
"""Seconds between sends: a key sent in the same instant as the text before it can reach
the app in one read, before the focus it moves has moved (no person types that fast)."""


def console_script() -> str:
    """The installed `proposal-tui` (beside this Python, else on the PATH)."""
    beside = Path(sys.executable).parent / "proposal-tui"
    if beside.is_file():
        return str(beside)
    found = shutil.which("proposal-tui")
    assert found, "the proposal-tui console script is not installed (pip install -e .)"
    return found


class Terminal:
    """One tmux session on a private server: send keys, read the screen."""

    def __init__(self, server: str, session: str) -> None:
        self.server = server
        self.session = session

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert TMUX is not None
        return subprocess.run(
            [TMUX, "-L", self.server, *args], capture_output=True, text=True, check=check
        )

    def start(self, command: list[str], env: dict[str, str]) -> None:
        exports = [f"{key}={value}" for key, value in env.items()]
        self.tmux(
            "new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT),
            "env", *exports, *command,
        )  # fmt: skip

    def keys(self, *keys: str) -> None:
        """Press tmux keys (Enter, Tab, C-n …) one after another, as a person does."""
        for key in keys:
            self.tmux("send-keys", "-t", self.session, key)
            time.sleep(KEY_GAP)

    def type(self, text: str) -> None:
        """Type `text` (sent literally, in one go)."""
        self.tmux("send-keys", "-t", self.session, "-l", text)
        time.sleep(KEY_GAP)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session).stdout

    def running(self) -> bool:
        return self.tmux("has-session", "-t", self.session, check=False).returncode == 0

    def wait_for(self, what: str | Callable[[str], bool], timeout: float = 20.0) -> str:
        """Poll the screen until it shows `what` (or `what(screen)` holds)."""
        check = what if callable(what) else (lambda screen: what in screen)
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what!r}; the screen shows:\n{screen}")

    def wait_until_closed(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while self.running():
            if time.monotonic() > deadline:
                raise AssertionError(f"the app did not quit; the screen shows:\n{self.screen()}")
            time.sleep(0.1)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed: cannot drive a real terminal")
def test_new_draft_filled_in_a_real_terminal(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    env = {
        "PROPOSAL_TUI_DATA_DIR": str(data),
        "PROPOSAL_TUI_CONFIG_DIR": str(config),
        "PROPOSAL_TUI_CACHE_DIR": str(tmp_path / "cache"),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }
    terminal = Terminal(f"proposal-tui-e2e-{os.getpid()}", "wizard")
    try:
        terminal.start([console_script(), "new", "--title", "Community networks"], env)
        terminal.wait_for(lambda s: "1/12 · Basics" in s and "✓ saved" in s)
        # Basics: the cursor is in the title; add to it, then choose a theme.
        terminal.keys("End")
        terminal.type(" for all")
        terminal.keys("Tab", "Tab", "Enter")
        terminal.wait_for("Digital Cooperation")  # the list of themes is open
        terminal.type("Universal")
        terminal.keys("Enter")
        terminal.wait_for("Universal Access and Digital Rights")
        # Organisers: add one with the person form.
        terminal.keys("C-n")
        terminal.wait_for("2/12 · Organisers")
        terminal.keys("a")
        terminal.wait_for("Add organiser")
        terminal.type("Ana Souza")
        terminal.keys("Tab")
        terminal.type("Rede Livre")
        terminal.keys("C-s")
        terminal.wait_for(lambda s: "1. Ana Souza" in s and "Add organiser" not in s)
        # Description: jump through the step list (ctrl+g, the step's number, tab into it).
        terminal.keys("C-g", "8")
        terminal.wait_for("8/12 · Description")
        terminal.keys("Tab")
        terminal.type("Villages run their own networks. Who pays when grants end?")
        terminal.wait_for("10/500 words")
        terminal.wait_for("✓ saved")  # autosaved after the pause in typing
        terminal.keys("C-q")
        terminal.wait_until_closed()
    finally:
        terminal.tmux("kill-server", check=False)

    drafts = sorted(data.glob("*.toml"))
    assert [p.name for p in drafts] == ["community-networks.toml"]
    proposal = load_draft(drafts[0])
    assert proposal.title == "Community networks for all"
    assert proposal.theme == "Universal Access and Digital Rights"
    assert [(p.name, p.organization) for p in proposal.organizers] == [("Ana Souza", "Rede Livre")]
    assert proposal.description == "Villages run their own networks. Who pays when grants end?"
    assert proposal.call == "igf-2025"
