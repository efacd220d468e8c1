"""What a page's first lines say about the title, where no label or session number marks it.

A title line may open with the session's kind (`Main Session: …`, `NRIs Collaborative
Session: …`), which is no part of the title, as `Open Forum #5` is not; a copy may start at
the session's date and time line, or at a link's label (`Organization's Website`), neither
of which is a title.  `TitleLines`, a mixin of `importer.Reader`, reads the title a copy
that starts at the date line prints as the first line of its `About this Session` box.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.call import Call
from proposal_tui.import_fields import WEB_LINE, known_format
from proposal_tui.import_sections import Section, about_session, label_field, quote

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object

_KIND = re.compile(
    r"(?P<kind>(?!(?i:the|this|that|our|a|an)[ \t])(?:[A-Z][\w'’-]*+[ \t]++){1,3}(?i:session)"
    r"(?:[ \t]++(?:[IVX]++|\d{1,2})(?![\w'’-]))?+"
    r"|(?i:open[ \t]++forum|lightning[ \t]++talk|town[ \t]++hall|workshop|pre-event"
    r"|day[ \t]*+0[ \t]++event|launch(?:[ \t]*+/[ \t]*+award)?[ \t]++event"
    r"|best[ \t]++practice[ \t]++forum|dynamic[ \t]++coalition)"
    r"|(?!(?:THE|THIS|THAT|OUR|A|AN)[ \t])(?:[A-Z][A-Z'’-]*+[ \t]++){0,4}"
    r"(?:PANEL|SESSION|FORUM|EVENT|DIALOGUE|TALK|WORKSHOP)"
    r"(?=[ \t]*+:))"
    r"(?P<mark>[ \t]*+:[ \t]*+|[ \t]++[-–—][ \t]++|[ \t]++)(?P<title>\S.*)",
    re.DOTALL,
)
"""A session's kind opening a title line, then a colon or a dash (`MAIN SESSION: …`, `Open
Forum - …`), or, for a kind ending in `Session`, a capitalised word (`Main Session
Water Online …`); a number after `Session` (`Opening Session IV`) is the kind's, so a
kind and its number alone are the title itself; a phrase in capitals ending in a kind's
word, then a colon (`SPECIAL EXPERTS PANEL: …`, a guess as the title is); a kind with a
small word in it (`NRIs Collaborative Session on Privacy Online`) is the title itself."""


def without_kind(title: str) -> tuple[str, str]:
    """The title with any session kind opening it left out, and that kind ("" if none)."""
    found = _KIND.fullmatch(title)
    if found is None:
        return title, ""
    session = found["kind"].casefold().endswith("session")
    if not found["mark"].strip() and not (session and found["title"][0].isupper()):
        return title, ""  # no colon or dash: only `… Session` then a capitalised word
    return found["title"].strip(), " ".join(found["kind"].split())


_COALITION_CODE = re.compile(
    r"(?P<code>DC(?:-[A-Za-z0-9]++(?:-[A-Za-z0-9]++)*+|[A-Z0-9]{1,8}+)?+)"
    r"(?:[ \t]*+:[ \t]*+|[ \t]++[-–—][ \t]++|[ \t]++)(?P<title>[\w“\"‘'(].*)",
    re.DOTALL,
)
"""A dynamic coalition's code opening a title line (`DC7 …`, `DCAD …`, `DC-Environment …`), then
the title's words: the session's kind and label, as `WS #12` is a workshop's, no part of
the title (`DCs Main Session`, a word that only starts with `DC`, keeps its words)."""


def without_code(title: str) -> tuple[str, str]:
    """The title with any coalition code opening it left out, and that code ("" if none)."""
    found = _COALITION_CODE.fullmatch(title)
    if found is None:
        return title, ""
    return found["title"].strip(), found["code"]


def title_parts(line: str) -> tuple[str, str, str]:
    """(the title, the coalition code, the session's kind) of a title line: any coalition
    code (`without_code`), then any session kind (`without_kind`) opening it left out."""
    title, code = without_code(line)
    title, kind = without_kind(title)
    return title, code, kind


_MONTH = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)
_CLOCK = r"\b\d{1,2}(?::\d\d\b|[ \t]*+[ap]\.?m\b)"
_DATE_TIME = re.compile(rf"(?=.*(?:{_MONTH}))(?=.*{_CLOCK}).*", re.IGNORECASE | re.DOTALL)
"""A line naming a month or a weekday and a clock time: the session's date and time
(`Monday, 3rd March, 2025 (10:00 UTC) - …`), as the site prints it."""


def date_time_line(line: str) -> bool:
    """True for the session's date and time line, which ends no sentence."""
    return (
        len(line) <= 2 * WEB_LINE
        and not line.endswith((".", "!", "?"))
        and _DATE_TIME.fullmatch(line) is not None
    )


_SCHEDULE_AFTER = re.compile(r"(?P<head>\S.*?)[ \t]*+\((?P<when>[^()]++)\)", re.DOTALL)
"""A line ending with a bracket (`… (10 October | 11:00 - 12:30 JST | Main Hall)`)."""


def scheduled_title(line: str, call: Call) -> tuple[str, str] | None:
    """(the title, a box's label left out) of a heading line that ends with the session's
    date and time in brackets (`<title> Outline (10 October | 11:00 - 12:30 JST | Main
    Hall)`, an overview page of main sessions): the text before the bracket, less a last
    word that is a box's label (`Outline`, the label of the text under it), "" for none;
    None for any other line."""
    found = _SCHEDULE_AFTER.fullmatch(line.strip())
    if found is None or not date_time_line(found["when"].strip()):
        return None
    head = found["head"]
    if date_time_line(head) or head.endswith((".", "!", "?", ":")):
        return None  # a date line with a note in brackets, or a sentence
    *words, last = head.split()
    if words and label_field(last, call) is not None:
        return " ".join(words), last
    return head, ""


_LINK_LABEL = re.compile(
    r"(?:[\w-]++(?:'s|’s)[ \t]++){1,2}(?:web[ \t]*+site|home[ \t]*+page|url|link)"
    r"|(?:web[ \t]*+site|home[ \t]*+page|url)",
    re.IGNORECASE,
)
"""A link's label alone on its line (`Organization's Website`, a 2025 page's link to the
organisers' site): a line of the page, not a title."""


def link_label(line: str) -> bool:
    """True for a line that is a link's label alone."""
    return _LINK_LABEL.fullmatch(line) is not None


class TitleLines(_Base):
    """The title a copy starting at the session's date prints under `About this Session`."""

    def title_about_session(self, lines: list[str], section: Section) -> list[str]:
        """Where the copy holds no title and nothing above `About this Session` but the
        session's date and time, a short line that ends no sentence opening the box, with
        running text one blank line under it, is the title (a guess), with any session kind
        left out; a line that is only a kind of session (`NRI collaborative session`) is
        not.  The box's other lines are returned."""
        before = [line.strip() for line in self.preamble if line.strip()]
        if (
            not about_session(section.label)
            or "title" in self.scalars
            or "title" in self.present
            or not before
            or not all(date_time_line(line) for line in before)
        ):
            return lines
        content = [line.strip() for line in lines]
        first = next((i for i, line in enumerate(content) if line), None)
        if first is None or content[first + 1 : first + 2] != [""]:
            return lines
        line = content[first]
        following = next((text for text in content[first + 1 :] if text), "")
        title, code, kind = title_parts(line)
        if (
            len(line) > WEB_LINE
            or line.endswith((".", "!", "?", ":"))
            or known_format(line, self.formats) is not None
            or self.person_line(line)
            or not self.running_text(following)
            or (not kind and line.split()[-1].casefold() == "session" and len(line.split()) <= 4)
        ):
            return lines
        self.scalars["title"] = title
        self.note_left_out(code, kind)
        why = f"no label; the first line under {quote(section.label)}, where the copy starts at"
        why += " the session's date"
        self.place("title", "guess", why, line, section.start + 1 + first)
        return lines[:first] + lines[first + 1 :]

    def note_left_out(self, code: str, kind: str) -> None:
        """Note the coalition code and the session's kind left out of the title
        (`title_parts`), each if any."""
        if code:
            self.notes.append(
                f"The coalition's code {quote(code)} (the session's kind and label) left out"
                " of the title."
            )
        if kind:
            self.notes.append(f"The session's kind {quote(kind)} left out of the title.")
