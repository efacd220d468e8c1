"""Call profiles: what one year's (or one forum's) form asks, as data.

A profile is a TOML file: the sections in the form's order with their labels and
limits, the themes, formats and durations, the stakeholder and regional groups,
and which rules apply.  Profiles ship in `proposal_tui/calls/`; a file of the same
name in the user's config dir (`<config>/calls/NAME.toml`) overrides a shipped one
or adds a new forum.  A profile is untrusted input: it is read only if it is a regular
file of sensible size, and every number is bounded (no negative speakers, no durations
of a thousand years); a problem is one line naming the file, the line and the key.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from proposal_tui.call_files import DEFAULT_CALL, SHIPPED_CALLS_DIR, available_calls
from proposal_tui.call_files import user_calls_dir as _user_calls_dir
from proposal_tui.errors import CallError
from proposal_tui.model import PROPOSAL_FIELDS, SDG_NAMES, Proposal, Region, StakeholderGroup
from proposal_tui.userfiles import MAX_SETTINGS_BYTES, line_of_key, loads_toml, read_regular

MAX_PEOPLE = 500
"""The most speakers, organisers or list items a rule may ask for."""
MAX_MINUTES = 24 * 60
"""The longest session duration a profile may offer (a day)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Section(_Strict):
    """One box of the form: which proposal field fills it, its label and its limits."""

    field: str
    label: str
    required: bool = True
    help: str = ""
    max_words: int | None = Field(default=None, gt=0, le=50_000)
    max_chars: int | None = Field(default=None, gt=0, le=1_000_000)
    min_items: int | None = Field(default=None, ge=0, le=MAX_PEOPLE)
    max_items: int | None = Field(default=None, gt=0, le=MAX_PEOPLE)
    confirmed: bool = True
    """False where the public record does not confirm this section's label or limits."""

    @property
    def limit_unit(self) -> Literal["words", "characters"] | None:
        """The unit the length limit is counted in, if the section has one."""
        if self.max_words is not None:
            return "words"
        if self.max_chars is not None:
            return "characters"
        return None

    @property
    def limit(self) -> int | None:
        """The length limit in `limit_unit`, if any."""
        return self.max_words if self.max_words is not None else self.max_chars


class FormatChoice(_Strict):
    """A session format and the durations (minutes) the call allows for it."""

    name: str
    durations: tuple[Annotated[int, Field(gt=0, le=MAX_MINUTES)], ...]


class Rules(_Strict):
    """Which of the call's stated rules apply, with their numbers."""

    min_speakers: int = Field(default=3, ge=0, le=MAX_PEOPLE)
    speakers_confirmed: bool = True
    speaker_gender_mix: bool = True
    min_onsite_speakers: int = Field(default=2, ge=0, le=MAX_PEOPLE)
    onsite_moderator: bool = True
    online_moderator: bool = True
    group_and_region: bool = True
    max_sessions_per_person: int = Field(default=3, ge=1, le=MAX_PEOPLE)
    language: str = "English"
    confirmed: tuple[str, ...] = ()
    """Names of the rules above that the year's public call text states."""


class Call(_Strict):
    """A call for proposals: sections, choices and rules of one year's form."""

    name: str
    title: str
    forum: str = "Internet Governance Forum"
    year: int = Field(ge=1900, le=2200)
    session_prefix: str = ""
    """How published proposals name the session, e.g. 'IGF 2025 WS'."""
    deadline: date | None = None
    format_layout: Literal["combined", "separate"] = "separate"
    """'combined' prints 'Round Table - 60 Min'; 'separate' prints a Duration line."""
    policy_question_prefix: Literal["letter", "number", "none"] = "letter"
    """How the export marks each policy question: 'A.', '1.' or nothing (then a blank
    line between questions)."""
    themes: tuple[str, ...]
    topics: tuple[str, ...] = ()
    formats: tuple[FormatChoice, ...]
    stakeholder_groups: tuple[str, ...] = tuple(g.value for g in StakeholderGroup)
    regions: tuple[str, ...] = tuple(r.value for r in Region)
    sdgs: tuple[int, ...] = tuple(SDG_NAMES)
    rules: Rules = Rules()
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    """What the public record leaves uncertain about this profile."""
    other_labels: tuple[str, ...] = ()
    """Labels the year's published pages print for boxes a draft has no field for
    ("Relevance to Theme"); an import keeps their text in the import notes."""
    page_fields: tuple[str, ...] = ()
    """Fields the year's published pages print a box for though this form asks none (2021
    session pages print `Hybrid Format of the Session` after the description): an import
    may place a paragraph that lost its label there, as a guess."""

    @model_validator(mode="after")
    def _sections_name_fields(self) -> Call:
        seen: set[str] = set()
        for index, section in enumerate(self.sections):
            if section.field not in PROPOSAL_FIELDS:
                raise ValueError(
                    f"sections[{index}].field: {section.field!r} is not a proposal field "
                    f"(known: {', '.join(PROPOSAL_FIELDS)})"
                )
            if section.field in seen:
                raise ValueError(f"sections[{index}].field: {section.field!r} appears twice")
            seen.add(section.field)
        for index, field in enumerate(self.page_fields):
            if field not in PROPOSAL_FIELDS:
                raise ValueError(f"page_fields[{index}]: {field!r} is not a proposal field")
        return self

    def section(self, field: str) -> Section | None:
        """The section for proposal field `field`, or None if the call does not ask it."""
        return next((s for s in self.sections if s.field == field), None)

    def prints(self, field: str) -> bool:
        """True where the form asks `field` or the year's pages print a box for it."""
        return self.section(field) is not None or field in self.page_fields

    def label(self, field: str) -> str:
        """The call's label for `field`, falling back to a readable field name."""
        section = self.section(field)
        return section.label if section else field.replace("_", " ").capitalize()

    def format_names(self) -> list[str]:
        """The names of the formats this call offers, in its order."""
        return [f.name for f in self.formats]

    def durations_for(self, format_name: str) -> tuple[int, ...]:
        """Durations allowed for `format_name` (empty if the format is unknown)."""
        for choice in self.formats:
            if choice.name.casefold() == format_name.strip().casefold():
                return choice.durations
        return ()


def call_path(name: str) -> Path:
    """The file the profile `name` is read from (the user's copy wins)."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise CallError(f"{name!r} is not a call profile name")
    for folder in (_user_calls_dir(), SHIPPED_CALLS_DIR):
        candidate = folder / f"{name}.toml"
        if candidate.is_symlink() or candidate.exists():  # not a file? read_regular says so
            return candidate
    known = ", ".join(available_calls()) or "none"
    raise CallError(f"no call profile named {name!r} (known: {known})")


def load_call(name: str = DEFAULT_CALL) -> Call:
    """Load the call profile `name` (e.g. 'igf-2025'); raises CallError, one clear line."""
    return load_call_file(call_path(name))


def call_for(proposal: Proposal, override: str | None = None) -> Call:
    """The call a draft is judged against: `override` (--call), else the draft's own, else
    the default."""
    return load_call(override or proposal.call or DEFAULT_CALL)


def load_call_file(path: Path) -> Call:
    """Load a call profile from an explicit file path."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise CallError(f"cannot read call profile: {exc.strerror or exc}", path) from exc
    return _load_call_file(path, mtime)


@cache
def _load_call_file(path: Path, _mtime_ns: int) -> Call:
    return parse_call(read_regular(path, CallError, limit=MAX_SETTINGS_BYTES), path)


def parse_call(data: bytes, path: Path) -> Call:
    """A call profile from a file's bytes (named after `path` unless it sets `name`).

    Raises CallError naming the file, and the line and key at fault where it can.
    """
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CallError("cannot read call profile: not UTF-8 text", path, line) from exc
    raw = loads_toml(text, CallError, path)
    raw.setdefault("name", path.stem)
    try:
        return Call.model_validate(raw)
    except ValidationError as exc:
        loc = exc.errors()[0]["loc"]
        raise CallError(_first_problem(exc), path, line_of_key(text, loc)) from exc


def _first_problem(exc: ValidationError) -> str:
    """The first validation problem as 'key.path: message'."""
    error = exc.errors()[0]
    key = ""
    for part in error["loc"]:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    return f"{key}: {message}" if key else message
