"""Reading the files people hand us (drafts, call profiles, themes, settings) safely.

Only regular files are read: a FIFO, a device or a folder named `x.toml` is refused at
once, never waited on.  Sizes are checked before parsing, and TOML nested deeper than
any of our files needs is refused, so no file can hang, exhaust memory or overflow the
stack.  Every refusal is the caller's one-line error naming the file.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from proposal_tui.errors import ProposalTuiError, toml_error_parts

MAX_DRAFT_BYTES = 2 * 1024 * 1024
"""A draft file larger than this (2 MB, hundreds of times any proposal) is refused."""
MAX_SETTINGS_BYTES = 1024 * 1024
"""Call profiles, themes and config.toml: 1 MB."""
MAX_DEPTH = 16
"""Tables and lists nested deeper than this are refused (drafts need 3 levels)."""

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """'a regular file', 'a folder', 'a FIFO (named pipe)', … for a stat mode."""
    if stat.S_ISREG(mode):
        return "a regular file"
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(
    path: Path | str, error: type[ProposalTuiError], *, limit: int = MAX_DRAFT_BYTES
) -> bytes:
    """The bytes of the regular file at `path` (a symlink to one is followed).

    Raises `error` (one line naming the file) when there is no file, when it is not a
    regular file, when it is larger than `limit` bytes, or when it cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise error("no such file", path) from exc
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"is {file_kind(info.st_mode)}, not a regular file", path)
        if info.st_size > limit:
            raise error(_too_large(info.st_size, limit), path)
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise error(_too_large(size, limit), path)
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path) from exc
    finally:
        os.close(fd)


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)"


def loads_toml(text: str, error: type[ProposalTuiError], path: Path | str) -> dict[str, Any]:
    """Parse TOML text; raises `error` for bad TOML and for nesting deeper than MAX_DEPTH."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line, column = toml_error_parts(exc)
        raise error(f"not valid TOML: {message}", path, line, column) from exc
    except RecursionError as exc:
        raise error(f"tables or lists nested more than {MAX_DEPTH} deep", path) from exc
    if nesting_depth(data) > MAX_DEPTH:
        raise error(f"tables or lists nested more than {MAX_DEPTH} deep", path)
    return data


def nesting_depth(value: Any) -> int:
    """How deeply tables and lists nest in `value` (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        deepest = max(deepest, depth + 1)
        if depth + 1 > MAX_DEPTH:
            return depth + 1
        stack.extend((child, depth + 1) for child in item)
    return deepest


def read_toml(
    path: Path | str, error: type[ProposalTuiError], *, limit: int = MAX_SETTINGS_BYTES
) -> tuple[dict[str, Any], str]:
    """A settings-like TOML file's table and its text; raises `error`, one line."""
    data = read_regular(path, error, limit=limit)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error("not UTF-8 text", path, line) from exc
    return loads_toml(text, error, path), text


def line_of_key(text: str, loc: tuple[Any, ...] | list[Any]) -> int | None:
    """The line where the key path `loc` (e.g. ('rules', 'min_speakers')) is written.

    Follows `[table]` headers, `[[array]]` entries (an int in `loc` picks the n-th) and
    `key =` lines in order; None when the key cannot be found.
    """
    position, found = 0, None
    previous: str | None = None
    for part in loc:
        if isinstance(part, int):
            if previous is None:
                continue
            header = re.compile(
                rf"^[ \t]*\[\[[ \t]*(?:[\w.-]+\.)?{re.escape(previous)}[ \t]*\]\]", re.M
            )
            matches = list(header.finditer(text, position))
            if part < len(matches):
                position = matches[part].end()
                found = text.count("\n", 0, matches[part].start()) + 1
            continue
        if not isinstance(part, str):
            continue
        key = rf"(?:{re.escape(part)}|\"{re.escape(part)}\"|'{re.escape(part)}')"
        pattern = re.compile(
            rf"^[ \t]*(?:\[\[?[ \t]*(?:[\w.-]+\.)?{key}[ \t]*\]|{key}[ \t]*=|[\w.-]*\.{key}[ \t]*=)"
            rf"|[{{,][ \t]*{key}[ \t]*=",
            re.M,
        )
        match = pattern.search(text, position)
        if match is None:
            break
        position = match.start()
        found = text.count("\n", 0, match.start()) + 1
        previous = part
    return found
