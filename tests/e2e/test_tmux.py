"""End to end: the installed `proposal-tui` in a real terminal (tmux), driven by keys.

`proposal-tui new --title …` creates a draft and opens the wizard; the test types into
several steps as a person would, quits with ctrl+q and reads the saved TOML.  It runs on
its own tmux server, on a socket of its own (-S, in a fresh temp folder, so parallel runs
never meet), which it removes at the end: it never touches a person's tmux sessions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from proposal_tui.call import load_call
from proposal_tui.export import export_sections
from proposal_tui.store import load_draft

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")
WIDTH, HEIGHT = 100, 30
READY_SAMPLE = "cybercrime-human-rights-roundtable.toml"
STILL_POLLS, POLL = 3, 0.1
"""Before each send, the screen (colours included: the focus shows) must stay the same for
this many polls this far apart: the app has handled what came before (a key sent while a
dialog closes or the focus moves can land where the focus was)."""


def console_script() -> str:
    """The installed `proposal-tui` (beside this Python, else on the PATH)."""
    beside = Path(sys.executable).parent / "proposal-tui"
    if beside.is_file():
        return str(beside)
    found = shutil.which("proposal-tui")
    assert found, "the proposal-tui console script is not installed (pip install -e .)"
    return found


class Terminal:
    """One tmux session on a private server (its socket at `socket`): send keys, read the
    screen."""

    def __init__(self, socket: Path, session: str) -> None:
        self.socket = socket
        self.session = session

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert TMUX is not None
        return subprocess.run(
            [TMUX, "-S", str(self.socket), *args], capture_output=True, text=True, check=check
        )

    def close(self) -> None:
        """Stop the server and remove its socket."""
        self.tmux("kill-server", check=False)
        self.socket.unlink(missing_ok=True)

    def start(self, command: list[str], env: dict[str, str]) -> None:
        exports = [f"{key}={value}" for key, value in env.items()]
        self.tmux(
            "new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT),
            "env", *exports, *command,
        )  # fmt: skip

    def keys(self, *keys: str) -> None:
        """Press tmux keys (Enter, Tab, C-n …) one after another, each once the app is idle."""
        for key in keys:
            self.settle()
            self.tmux("send-keys", "-t", self.session, key)

    def type(self, text: str) -> None:
        """Type `text` (sent literally, in one go) once the app is idle."""
        self.settle()
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def settle(self, timeout: float = 20.0) -> None:
        """Wait until the screen, colours included, has stopped changing."""
        deadline = time.monotonic() + timeout
        last, same = None, 0
        while same < STILL_POLLS and time.monotonic() < deadline:
            shown = self.tmux("capture-pane", "-e", "-p", "-t", self.session).stdout
            same = same + 1 if shown == last else 0
            last = shown
            time.sleep(POLL)

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


def app_env(tmp_path: Path) -> dict[str, str]:
    """The app's environment: its data, config and cache folders under `tmp_path`, a
    known terminal, nothing else of the test runner's."""
    return {
        "PROPOSAL_TUI_DATA_DIR": str(tmp_path / "data"),
        "PROPOSAL_TUI_CONFIG_DIR": str(tmp_path / "config"),
        "PROPOSAL_TUI_CACHE_DIR": str(tmp_path / "cache"),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }


@contextmanager
def private_terminal(session: str) -> Iterator[Terminal]:
    """A tmux server of the test's own, stopped and its socket removed afterwards (a short
    path: a unix socket's path must stay under about 100 bytes)."""
    sockets = Path(tempfile.mkdtemp(prefix="ptui-tmux-"))
    terminal = Terminal(sockets / "socket", session)
    try:
        yield terminal
    finally:
        terminal.close()
        sockets.rmdir()


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed: cannot drive a real terminal")
def test_new_draft_filled_in_a_real_terminal(tmp_path: Path) -> None:
    data, env = tmp_path / "data", app_env(tmp_path)
    with private_terminal("wizard") as terminal:
        terminal.start([console_script(), "new", "--title", "Community networks"], env)
        terminal.wait_for(lambda s: "1/12 · Basics" in s and "✓ saved" in s)
        # Basics: the cursor is in the title; add to it, then choose a theme.
        terminal.keys("End")
        terminal.type(" for all")
        terminal.keys("Tab", "Tab", "Enter")
        terminal.wait_for("Digital Cooperation")  # the list of themes is open
        terminal.type("Universal")
        terminal.keys("Enter")
        # chosen, and the list closed (its other themes gone): the focus is back in the form
        terminal.wait_for(
            lambda s: "Universal Access and Digital Rights" in s and "Digital Cooperation" not in s
        )
        # Organisers: add one: the picker (no one by that name yet), then the person form.
        terminal.keys("C-n")
        terminal.wait_for("2/12 · Organisers")
        terminal.keys("a")
        terminal.wait_for("Add organiser")
        terminal.type("Ana Souza")
        terminal.wait_for("+ A new organiser named Ana Souza")
        terminal.keys("Enter")
        terminal.wait_for("Email (private)")  # the form, the name filled in
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

    drafts = sorted(data.glob("*.toml"))
    assert [p.name for p in drafts] == ["community-networks.toml"]
    proposal = load_draft(drafts[0])
    assert proposal.title == "Community networks for all"
    assert proposal.theme == "Universal Access and Digital Rights"
    assert [(p.name, p.organization) for p in proposal.organizers] == [("Ana Souza", "Rede Livre")]
    assert proposal.description == "Villages run their own networks. Who pays when grants end?"
    assert proposal.call == "igf-2025"


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed: cannot drive a real terminal")
def test_resizing_below_the_minimum_and_back_leaves_the_wizard_working(tmp_path: Path) -> None:
    env = app_env(tmp_path)
    with private_terminal("resize") as terminal:
        # COLUMNS and LINES (set by the test runner) would pin the app to one size.
        unpinned = ["env", "-u", "COLUMNS", "-u", "LINES"]
        terminal.start([*unpinned, console_script(), "new", "--title", "Resized"], env)
        terminal.wait_for(lambda s: "1/12 · Basics" in s and "✓ saved" in s)
        for width, height in [(40, 10), (WIDTH, HEIGHT), (20, 5), (59, 24), (WIDTH, HEIGHT)]:
            terminal.tmux(
                "resize-window", "-t", terminal.session, "-x", str(width), "-y", str(height)
            )
            if width < 60 or height < 16:
                terminal.wait_for("Make the window")
        terminal.wait_for(lambda s: "1/12 · Basics" in s and "Make the window larger" not in s)
        terminal.keys("C-n")  # the app answers keys again
        terminal.wait_for("2/12 · Organisers")
        terminal.keys("C-q")
        terminal.wait_until_closed()


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed: cannot drive a real terminal")
def test_the_paste_view_shows_one_box_as_plain_terminal_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    sample = Path(__file__).resolve().parents[2] / "sample_proposals" / READY_SAMPLE
    shutil.copyfile(sample, data / READY_SAMPLE)
    proposal = load_draft(data / READY_SAMPLE)
    title = proposal.title
    boxes = len(export_sections(proposal, load_call(proposal.call)))
    env = app_env(tmp_path)
    with private_terminal("paste") as terminal:
        terminal.start([console_script()], env)
        terminal.wait_for("16/16, ready")
        terminal.keys("F3")
        terminal.wait_for("Checklist")
        terminal.keys("v")
        first = terminal.wait_for(f"box 1 of {boxes}")
        terminal.keys("Enter")
        second = terminal.wait_for(f"box 2 of {boxes}")
        terminal.type("p")
        terminal.keys("Enter")
        terminal.wait_for(lambda s: f"box 1 of {boxes}" in s and f"box 2 of {boxes}" not in s)
        terminal.type("q")
        terminal.keys("Enter")
        back = terminal.wait_for("Checklist")
        terminal.keys("C-q")
        terminal.wait_until_closed()
    # the box alone: its label, place and count, its text whole on one terminal line
    # (the terminal wraps it, so a mouse selection copies it as one line), no app around it
    assert f"Title · box 1 of {boxes} · {len(title)} characters" in first
    assert title in first.replace("\n", "") and "Checklist" not in first
    assert f"Subtheme · box 2 of {boxes}" in second
    assert f"box 1 of {boxes}" not in back


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed: cannot drive a real terminal")
def test_tab_runs_on_through_the_steps_and_a_draft_reopens_where_it_was_left(
    tmp_path: Path,
) -> None:
    data, env = tmp_path / "data", app_env(tmp_path)
    with private_terminal("places") as terminal:
        terminal.start([console_script(), "new", "--title", "Where I was"], env)
        terminal.wait_for(lambda s: "1/12 · Basics" in s and "✓ saved" in s)
        terminal.keys("C-g", "8", "Tab")
        terminal.wait_for("8/12 · Description")
        terminal.type("Villages run their own networks.")
        terminal.keys("Tab")  # out of the description: into the next step, not the step list
        terminal.wait_for("9/12 · Expected outcomes")
        terminal.type("A guide.")
        terminal.keys("Enter")
        terminal.type("A map.")
        terminal.keys("Up", "Down", "Up")  # moves in the text; the step stays
        terminal.wait_for("9/12 · Expected outcomes")
        terminal.keys("End")  # the cursor after "A guide."
        terminal.keys("C-q")
        terminal.wait_until_closed()
        draft = next(data.glob("*.toml"))

        terminal.start([console_script(), "open", str(draft)], env)
        terminal.wait_for(lambda s: "9/12 · Expected outcomes" in s and "✓ saved" in s)
        terminal.type(" Soon.")  # typed where the cursor was left
        terminal.wait_for("Soon.")
        terminal.keys("C-q")
        terminal.wait_until_closed()
    proposal = load_draft(draft)
    assert proposal.description == "Villages run their own networks."
    assert proposal.expected_outcomes == "A guide. Soon.\nA map."
