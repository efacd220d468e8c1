"""The system clipboard, found without a network and used without hanging.

`find_clipboard()` names the mechanism this machine offers (wl-clipboard on Wayland,
xclip or xsel on X11, pbcopy on macOS, clip.exe under WSL, the Windows API natively)
or None, from the environment and the tools on PATH only: nothing is run to find it.
`copy_text(text)` copies with it and says what happened; it never reports success
unless the tool took the text (exit status 0 within `timeout` seconds).

pyperclip knows the same mechanisms, and on native Windows it does the copying (through
the Windows API, no tool to run); the command-line tools are run here instead, because
pyperclip's own calls neither time out nor check the tool's exit status, and both
matter: an X display that does not answer would hang the copy, and an `xclip` that
cannot open the display would be reported as a success.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 3.0
"""Seconds a clipboard tool may take before the copy counts as failed."""


@dataclass(frozen=True)
class Clipboard:
    """A way to reach the system clipboard: its name as shown, and the command that takes
    the text on stdin (empty for the Windows API, which pyperclip calls)."""

    name: str
    command: tuple[str, ...] = ()
    encoding: str = "utf-8"


@dataclass(frozen=True)
class CopyOutcome:
    """What a copy did: `ok` only when the text reached the clipboard named `via`
    (None when there is none); `problem` says why not, in a few words."""

    ok: bool
    via: str | None
    problem: str = ""


WINDOWS_API = Clipboard("the Windows clipboard")


def find_clipboard(
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    platform: str = sys.platform,
    kernel: str | None = None,
) -> Clipboard | None:
    """The system clipboard this machine offers, or None (read from `env`, the tools on
    PATH that `which` finds, the `platform` and the Linux `kernel` version text)."""
    env = os.environ if env is None else env
    if platform == "win32":
        return WINDOWS_API
    if platform == "darwin":
        return Clipboard("pbcopy", ("pbcopy",)) if which("pbcopy") else None
    if kernel is None:
        kernel = _kernel_version()
    if "microsoft" in kernel.lower() and which("clip.exe"):
        return Clipboard("clip.exe", ("clip.exe",), encoding="utf-16-le")
    if env.get("WAYLAND_DISPLAY") and which("wl-copy"):
        return Clipboard("wl-copy", ("wl-copy",))
    if env.get("DISPLAY"):
        if which("xclip"):
            return Clipboard("xclip", ("xclip", "-selection", "clipboard"))
        if which("xsel"):
            return Clipboard("xsel", ("xsel", "--clipboard", "--input"))
    return None


def _kernel_version() -> str:
    """/proc/version ('' where there is none): WSL says 'microsoft' in it."""
    try:
        return Path("/proc/version").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def copy_text(
    text: str, clipboard: Clipboard | None = None, *, timeout: float = TIMEOUT
) -> CopyOutcome:
    """Copy `text` to `clipboard` (by default the one `find_clipboard` finds)."""
    clipboard = clipboard or find_clipboard()
    if clipboard is None:
        return CopyOutcome(False, None, "no system clipboard found")
    if not clipboard.command:
        return _copy_with_pyperclip(text, clipboard)
    try:
        # The tools stay behind to serve the selection; they must not hold our pipes.
        result = subprocess.run(
            clipboard.command,
            input=text.encode(clipboard.encoding),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CopyOutcome(False, clipboard.name, f"{clipboard.name} did not answer")
    except OSError as exc:
        return CopyOutcome(False, clipboard.name, f"{clipboard.name} could not run ({exc})")
    if result.returncode != 0:
        return CopyOutcome(
            False, clipboard.name, f"{clipboard.name} failed (exit status {result.returncode})"
        )
    return CopyOutcome(True, clipboard.name)


def _copy_with_pyperclip(text: str, clipboard: Clipboard) -> CopyOutcome:
    import pyperclip

    try:
        pyperclip.set_clipboard("windows")
        pyperclip.copy(text)
    except pyperclip.PyperclipException as exc:
        return CopyOutcome(False, clipboard.name, f"{clipboard.name} failed ({exc})")
    return CopyOutcome(True, clipboard.name)
