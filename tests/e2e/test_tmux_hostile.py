"""End to end: drafts full of escape sequences and markup, opened in a real terminal.

The installed `proposal-tui` runs in tmux (a private server on a socket of its own,
removed afterwards) on a folder of hostile drafts: a title that clears the screen, an
organisation that sets the window title, a description that writes the clipboard (OSC
52), links that are OSC 8 hyperlinks, C1 controls, markup in every field and in file
names.  The test walks the library, each draft's wizard (the steps that show its hostile
text: tests/hostile_steps.py) and its review, and checks that the pane's title is what it
was, that no paste buffer was written, that the screen still shows the app, and that no
file changed.  It waits on what the screen shows, never on sleeps.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.e2e.test_tmux import HEIGHT, TMUX, WIDTH, console_script, private_terminal
from tests.hostile_steps import steps_showing_hostile_text

from proposal_tui.safe_text import visible

pytestmark = pytest.mark.e2e

HOSTILE = Path(__file__).resolve().parents[1] / "hostile" / "drafts"
DRAFTS = [
    "c1-csi-in-questions.toml",
    "esc-clear-title.toml",
    "markup-in-every-field.toml",
    "osc-window-title-organisation.toml",
    "osc52-clipboard-description.toml",
    "osc8-link-in-links.toml",
]
ESCAPE_NAME = "evil\x1b]0;pwned\x07\x1b[2J\x9b2J.toml"
MARKUP_NAME = "[bold red]x[link=https:xx.toml"
STEPS = 12


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(item): (item.read_bytes(), item.stat().st_mtime_ns)
        for item in sorted(folder.rglob("*"))
        if stat.S_ISREG(item.lstat().st_mode)
    }


def _hostile_folder(data: Path) -> None:
    data.mkdir(mode=0o700)
    for name in DRAFTS:
        shutil.copyfile(HOSTILE / name, data / name)
    (data / ESCAPE_NAME).write_text('title = "Named \\u001b]2;badly\\u0007"\n')
    (data / MARKUP_NAME).write_text("title = [\n")  # unreadable: its name is in a toast
    for item in data.iterdir():
        os.chmod(item, 0o600)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed: cannot drive a real terminal")
def test_hostile_drafts_leave_the_terminal_alone(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    _hostile_folder(data)
    before = _files(data)
    env = {
        "PROPOSAL_TUI_DATA_DIR": str(data),
        "PROPOSAL_TUI_CONFIG_DIR": str(config),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }
    count = len(DRAFTS) + 2
    library = f"{count} drafts · sorted by"
    with private_terminal("hostile") as terminal:

        def pane(variable: str) -> str:
            shown = terminal.tmux("display", "-p", "-t", terminal.session, f"#{{{variable}}}")
            return shown.stdout.strip()

        def title() -> str:
            return pane("pane_title")

        # The options are set before the app draws anything: with set-clipboard on, tmux
        # keeps what a program writes with OSC 52 as a paste buffer.
        exports = [f"{key}={value}" for key, value in env.items()]
        terminal.tmux(
            "-f", "/dev/null", "start-server", ";",
            "set", "-g", "set-clipboard", "on", ";",
            "set", "-g", "allow-rename", "on", ";",
            "set", "-g", "remain-on-exit", "on", ";",  # a crash stays on screen
            "new-session", "-d", "-s", terminal.session, "-x", str(WIDTH), "-y", str(HEIGHT),
            "env", "-i", *exports, console_script(),  # -i: no COLUMNS or LINES of pytest's
        )  # fmt: skip
        pane_title = title()

        def drawn(screen: str) -> bool:
            """The app's frame is on screen: many lines, and the footer (or the header)."""
            lines = [line for line in screen.splitlines() if line.strip()]
            framed = "^p palette" in screen or "proposal-tui — data" in screen
            return len(lines) >= 10 and framed

        def shows(what: str | Callable[[str], bool]) -> str:
            """Wait until the app shows `what`, whole (never a cleared screen); check that
            the pane's title and tmux's paste buffers are untouched; the screen."""
            check = what if callable(what) else (lambda screen: what in screen)
            screen = terminal.wait_for(lambda s: check(s) and drawn(s))
            assert title() == pane_title, f"the pane title changed to {title()!r}"
            assert terminal.tmux("list-buffers").stdout == "", "a paste buffer was written"
            return screen

        screen = shows(lambda s: library in s and "Before␛[2J␛[3J after" in s)
        assert "[bold red]x[link=https:xx" in screen  # a title and a file name, as typed
        assert "Named ␛]2;badly␇" in screen
        terminal.keys("Home")
        for _ in range(count):
            shows(library)
            terminal.keys("Enter")
            screen = shows(lambda s: f"1/{STEPS} · Basics" in s or "Cannot open" in s)
            if f"1/{STEPS}" not in screen:  # the unreadable draft: its error, then back
                assert "Cannot open [bold red]x[link=https:xx.toml" in screen
                terminal.keys("Escape")
                shows(lambda s: library in s and "Cannot open" not in s)
                terminal.keys("space")  # marking it says why not, in a toast
                shows("[bold red]x[link=https:xx.toml cannot")
            else:
                # The title bar names the file, its control characters as pictures.
                name = next(n for n in [*DRAFTS, ESCAPE_NAME] if f"· {visible(n)} ·" in screen)
                for step in steps_showing_hostile_text(data / name)[1:]:
                    terminal.keys("C-g")  # the step list, then its number: its digits
                    terminal.type(str(step + 1))  # in one go (a second within 0.8 s: 12)
                    shows(f"{step + 1}/{STEPS} · ")
                terminal.keys("Escape")
                shows(library)
                terminal.keys("F3")
                shows(lambda s: "Review ·" in s and "Checklist" in s)
                terminal.keys("Escape")
            shows(library)
            terminal.keys("Down")
        shows(library)
        terminal.keys("C-q")
        terminal.wait_for(lambda s: pane("pane_dead") == "1")
        after = terminal.screen()
        assert pane("pane_dead_status") in ("", "0") and "Error" not in after, after
    assert _files(data) == before
