"""The published texts to import: reading one file, and choosing the files of a folder.

A folder of past proposals holds more than page texts: drafts (`.toml`), PDFs, Word
files, images.  Those are skipped, each with its reason, rather than imported as a draft
full of '�'.  A file named on its own is read whatever it holds (junk becomes '�'),
unless it is plainly a PDF, a Word file or an image: that is refused, saying what to do.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from proposal_tui.errors import ProposalTuiError
from proposal_tui.userfiles import MAX_DRAFT_BYTES, read_regular

SNIFF_BYTES = 8192
"""How much of a file is looked at to tell a text from a binary file."""
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BINARY_STARTS = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a zip archive (a .docx or .odt?)",
    b"\xd0\xcf\x11\xe0": "an old Word or Excel file",
    b"{\\rtf": "an RTF file",
    b"\x89PNG": "an image",
    b"\xff\xd8\xff": "an image",
    b"GIF8": "an image",
}
COPY_THE_TEXT = "copy the page's text into a .txt file"


@dataclass
class Sources:
    """The files to import, in order, and the files of folders left out, with why."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def read_published_text(source: Path | str) -> str:
    """The text of a published proposal in the file `source` ('-' for standard input).

    UTF-8 (with or without a BOM), or UTF-16 with its BOM (as Windows Notepad saves
    "Unicode"); anything else (binary junk, another encoding) becomes '�' rather than an
    error, whatever the locale, so the importer always gets text.  Raises
    ProposalTuiError when the file is not a regular file, is over 2 MB, cannot be read
    (a FIFO is refused, never waited on) or starts as a PDF, a Word file or an image
    does; OSError when standard input cannot be read.
    """
    if str(source) == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text stream with no bytes underneath (tests swap one in)
            return sys.stdin.read()
        data = buffer.read()
    else:
        data = read_regular(source, ProposalTuiError, limit=MAX_DRAFT_BYTES)
        if kind := _known_format(data):
            raise ProposalTuiError(f"is {kind}, not text: {COPY_THE_TEXT}", source)
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def published_texts(names: list[str]) -> Sources:
    """Each name as given ('-' too), or the visible files of a folder that hold text.

    A folder's files are taken in name order; a draft, or a file that is not text (a
    PDF, a Word file, an image), is skipped with its reason.
    """
    sources = Sources()
    for name in names:
        path = Path(name)
        if name == "-" or not path.is_dir():
            sources.files.append(name)
            continue
        for inside in sorted(p for p in path.iterdir() if not p.name.startswith(".")):
            if not inside.is_file():
                continue
            reason = why_not_a_text(inside)
            if reason:
                sources.skipped.append((str(inside), reason))
            else:
                sources.files.append(str(inside))
    return sources


def why_not_a_text(path: Path) -> str | None:
    """Why the file at `path` is not a published text to import, or None when it is."""
    if path.suffix.lower() == ".toml":
        return "a TOML file (a draft? open it instead), not a published text"
    try:
        with open(path, "rb", opener=_nonblocking) as file:
            head = file.read(SNIFF_BYTES)
    except OSError:
        return None  # the import itself says why it cannot be read
    if head.startswith(_UTF16_BOMS):
        return None
    kind = _known_format(head) or ("a binary file" if b"\x00" in head else None)
    return f"{kind}, not text: {COPY_THE_TEXT}" if kind else None


def _known_format(data: bytes) -> str | None:
    """'a PDF', 'an image', … for data that starts as such a file does, else None."""
    return next((name for start, name in _BINARY_STARTS.items() if data.startswith(start)), None)


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK)
