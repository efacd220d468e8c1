"""Errors the core raises: each reads as one clear line naming the file and place."""

from __future__ import annotations

import re
from pathlib import Path


class ProposalTuiError(Exception):
    """Base of every error the core reports to a person."""

    def __init__(
        self,
        message: str,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class DraftError(ProposalTuiError):
    """A draft file that cannot be read, or cannot be written."""


class CallError(ProposalTuiError):
    """A call profile that is missing or broken."""


def toml_error_parts(exc: Exception) -> tuple[str, int | None, int | None]:
    """Message, line and column of a tomllib.TOMLDecodeError (Python 3.11 has no attributes)."""
    text = str(exc)
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", text)
    if match is None:
        match_end = re.search(r"\s*\(at end of document\)$", text)
        return (text[: match_end.start()] if match_end else text), None, None
    return text[: match.start()], int(match.group(1)), int(match.group(2))
