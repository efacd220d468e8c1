"""Cut a proposal's text into sections at its labels, and find which call it names.

Labels are the call profiles' own (every shipped and user profile's section labels, so a
2023 page reads under the 2025 call) plus a few published spellings (`_EXTRA_LABELS`),
matched with case, spacing and punctuation folded; a label may stand above its value or
before it on the same line (`Duration (minutes): 90`).  `Speaker 2: …` item lines and
`IGF 2023 WS #12 …` title lines start sections of their own; a short capitalised line
ending in a colon is a label this reader does not know (`read_heading`).  A label of
several words wrapped onto a second line is read as one (`_wrapped_label`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from proposal_tui.call import DEFAULT_CALL, Call, available_calls, load_call
from proposal_tui.errors import CallError
from proposal_tui.import_fields import (
    LIST_LINE,
    MAX_STRUCTURE_LINE,
    WEB_LINE,
    agenda_heading,
    goal_line,
    has_lock,
    known_format,
    label_key,
)
from proposal_tui.import_names import looks_like_person
from proposal_tui.import_person_line import list_heading, read_detail, read_item

TEXT_FIELDS = (
    "format_description",
    "participants_gain",
    "description",
    "expected_outcomes",
    "hybrid_format",
)
"""Sections of free text: paragraphs, wrapped lines joined."""

_EXTRA_LABELS: dict[str, str] = {
    "Theme": "theme",
    "Sub-theme": "theme",
    "Organisers": "organizers",
    "Duration": "duration",
    "SDG": "sdgs",
    "Sustainable Development Goals": "sdgs",
    "Additional Speakers": "speakers",
    "Guest Speakers": "speakers",
    "Invited Speakers": "speakers",
    "Invited Guest Speakers": "speakers",
    "Outline": "description",
    "Session Description": "description",
    "Description of the Session": "description",
    "Key Policy Questions": "policy_questions",
    "Format of the Session": "format_description",
    "Hybrid Format of the Session": "hybrid_format",
    "Panelist": "speakers",
    "Panelists": "speakers",
    "Panellist": "speakers",
    "Panellists": "speakers",
    "Rapporteurs": "rapporteur",
}
"""Published spellings no call profile uses as its label, → proposal field."""

_TITLE_LINE = re.compile(
    r"IGF[ \t]++(?P<year>\d{4})(?!\d)(?P<kind>[^#\n]{0,40}+)#[ \t]*+(?P<number>\d{1,5})(?!\d)"
    r"[ \t]*+(?:(?:-{1,2}|[–—])(?:[ \t]++|$)|:[ \t]*+)?(?P<title>.*)",
    re.IGNORECASE | re.DOTALL,
)
"""A title line: the year, the session's kind and number, any separator after them
(`Pre-Event #51 -- …`, `Open Forum #64: …`; no part of the title), then the title."""
_MAX_LABEL = 100
_MIN_LABEL_START = 4
_LABEL_CHARS = re.compile(r"[^\W_]*+(?:[ ()?\-–'’&/.,*_]++[^\W_]*+)*+")
_REPORT_BOX = re.compile(r"\(\*[ \t]*+deadline\b", re.IGNORECASE)
"""The heading of a report box the site adds below a session's proposal once it has taken
place (`Key Takeaways (* deadline 2 hours after session)`, `Session Report (* deadline 26
October)`): the text from it to the end is the session's report, no part of the proposal."""

_RUNNING_TEXT = frozenset({*TEXT_FIELDS, "title", "theme"})
OTHER = ""
"""The field of a label the draft has no place for (a call profile's `other_labels`)."""
_GOAL_LINE = re.compile(r"GOAL[ \t]*+\d{1,2}(?!\d)[ \t]*+:", re.IGNORECASE)
"""`GOAL 9: Industry, …`: a 2019-2022 SDG line, printed with no SDG label above it."""
_TARGET_LINE = re.compile(r"(?:[1-9]|1[0-7])\.(?:\d{1,2}|[a-c])")
"""A line naming one SDG target alone (`17.6`, `9.c`), as published pages list them."""
_TARGETS = label_key("Targets")
_YEAR_TITLE = re.compile(r"IGF[ \t]++((?:19|20)\d\d)(?!\d)[ \t]++\S", re.IGNORECASE)
"""The year of a title line printed with no session number (`IGF 2022 DC-Environment …`)."""
_TOP_LINES = 3
"""How many lines of text a title line with no session number may follow."""
_NUMBERED = re.compile(r"\(?(?:\d{1,2}|[A-Ha-h])[.)][ \t]++\S")
_AREA_QUESTION = re.compile(r"[A-Z][^:?\n]{10,120}+:[ \t]++[A-Z][^\n]*\?")
"""`Area of the question: How …?`: a question led by the name of its issue area (2021)."""
_BEFORE_QUESTIONS = frozenset({"format", "duration", "format_description"})
"""Sections the form puts just before the policy questions."""
_NUMBERED_HEADING = re.compile(r"(?P<number>\d{1,2})\.[ \t]++(?P<heading>[A-Z].*)")
"""A form's numbered heading alone on its line (`1. Title`, `4. Agenda (2 hours)`)."""
_HEADING_NOTE = re.compile(r"[ \t]*+(?:\[[^\]]*+\]|\((?:[^()]|\([^()]*+\))*+\))")
"""A note in brackets after a heading's words (`[in 200 words or less …]`, `(s)`)."""
_MAX_HEADING_WORDS = 6


@dataclass(frozen=True)
class _Vocabulary:
    labels: dict[str, str]
    """label_key(label) → proposal field."""
    call_titles: dict[str, str]
    """A call's title (the first line of export_text) → the call's name."""
    label_starts: frozenset[str]
    """The beginnings (label_key, at least `_MIN_LABEL_START` long) of labels of several
    words, to find a label wrapped onto a second line."""


def _vocabulary(call: Call) -> _Vocabulary:
    """The labels and call titles of `call` and of every other readable profile."""
    others = []
    for name in available_calls():
        try:
            others.append(load_call(name))
        except CallError:
            continue
    return _build_vocabulary(call, tuple(others))


@lru_cache(maxsize=16)
def _build_vocabulary(call: Call, others: tuple[Call, ...]) -> _Vocabulary:
    labels = {label_key(label): name for label, name in _EXTRA_LABELS.items()}
    for profile in (*others, call):
        labels.update({label_key(label): OTHER for label in profile.other_labels})
    titles: dict[str, str] = {}
    starts: set[str] = set()
    for profile in (*others, call):  # the call's own labels win
        labels.update({label_key(s.label): s.field for s in profile.sections})
        titles[profile.title] = profile.name
        for section in profile.sections:
            words = section.label.split()
            starts.update(label_key(" ".join(words[:n])) for n in range(1, len(words)))
    starts = {start for start in starts if len(start) >= _MIN_LABEL_START}
    return _Vocabulary(labels, titles, frozenset(starts))


@dataclass(frozen=True)
class _Label:
    """A label found on a line: the field it names, the label as written, and any value
    after it on the same line."""

    field: str
    written: str
    rest: str


def _read_label(line: str, labels: dict[str, str]) -> _Label | None:
    """The section label `line` starts with (alone, or before `:` or `?`), or None."""
    text = line.strip().strip("*_").lstrip("#").strip()
    whole = text.rstrip(":").strip()
    if len(whole) <= _MAX_LABEL and label_key(whole) in labels and _label_like(whole):
        return _Label(labels[label_key(whole)], whole, "")
    for mark in (":", "?"):
        head, found, rest = text.partition(mark)
        if found and len(head) <= _MAX_LABEL:
            written = head.strip().rstrip("*_").strip() + (mark if mark == "?" else "")
            key = label_key(written)
            if key in labels and _label_like(written):  # cheap test first
                return _Label(labels[key], written, rest.lstrip("*_").strip())
    return None


def _numbered_heading(
    text: str, labels: dict[str, str], last: int, under: bool = False
) -> tuple[int, _Label] | None:
    """A form's numbered heading alone on its line, as (its number, a label), or None.

    A form printed with numbered labels numbers them in turn from `1.` (`last` is the
    number of the last one read, 0 before the first): `1.` is a label (`1. Title`) and
    starts the form only before any other label (the caller's check), or anywhere when
    its value is set under it, indented deeper (`under`, a main session's indented
    page: `1. Brief Description/Objective`), there qualified as the next ones may be;
    each next number
    names the field one of its `/` parts ends with, notes in brackets left out, after
    capitalised words that qualify it (`3. Brief Description/Objective […]`), or else a
    box the draft has no place for (`4. Agenda (…)`)."""
    found = _NUMBERED_HEADING.fullmatch(text)
    if found is None or int(found["number"]) != last + 1:
        return None
    words = _HEADING_NOTE.sub("", found["heading"]).strip().rstrip(":").strip()
    if not words or len(words.split()) > _MAX_HEADING_WORDS or not _label_like(words):
        return None
    if any(ch in words for ch in ".,?"):
        return None
    for part in words.split("/"):
        part_words = part.split()
        starts = range(len(part_words)) if last or under else range(1)
        for start in starts:
            key = label_key(" ".join(part_words[start:]))
            if key in labels and all(word[0].isupper() for word in part_words[:start]):
                return last + 1, _Label(labels[key], words, "")
    return (last + 1, _Label(OTHER, words, "")) if last else None


def _value_set_under(lines: list[str], index: int) -> bool:
    """Whether the next line with text after `lines[index]` is indented deeper than it:
    the value set under its heading, as an indented page prints a form's boxes."""
    at = index + 1
    while at < len(lines) and not lines[at].strip():
        at += 1
    return at < len(lines) and _indent(lines[at]) > _indent(lines[index])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _wrapped_label(text: str, following: str, vocabulary: _Vocabulary) -> _Label | None:
    """A label of several words that wrapped after `text` onto the `following` line.

    Only tried where a paragraph starts, so that a wrapped line of text or a policy
    question's second line never joins the line after it into a label."""
    if len(text) > _MAX_LABEL or label_key(text) not in vocabulary.label_starts:
        return None
    following = following.strip()
    if not following or len(following) > MAX_STRUCTURE_LINE:
        return None
    return _read_label(f"{text} {following}", vocabulary.labels)


_JOINED = re.compile(r"[ \t]++(?:and|&)[ \t]++", re.IGNORECASE)
_ROLE_LABELS = frozenset({"onsite_moderator", "online_moderator", "rapporteur"})


def _organisers_with_roles(heading: str, labels: dict[str, str]) -> bool:
    """True for a heading joining the organisers' label with `and` to roles' labels, one
    or many (`Organisers and Rapporteurs`, `Organizers & Moderators`): the organisers'
    box, whose people may hold those roles besides."""
    first, *roles = _JOINED.split(heading.strip())
    if not roles or labels.get(label_key(first)) != "organizers":
        return False
    keys = [label_key(role) for role in roles]
    return all(
        labels.get(key) in _ROLE_LABELS or labels.get(key.removesuffix("s")) in _ROLE_LABELS
        for key in keys
    )


def _label_like(text: str) -> bool:
    """Only what labels are made of: letters, digits, spaces and a little punctuation."""
    return _LABEL_CHARS.fullmatch(text) is not None


def read_heading(line: str, paragraph_start: bool = True) -> tuple[str, str] | None:
    """A label this reader does not know, as (label, value), or None.

    That is 2 to 6 words without digits, each long word capitalised, then a colon:
    alone on its line (`Discussion Facilitation:`), or opening a paragraph before its
    value (`Relevance to Theme: …`).  A one-word lead such as `Note:` stays text.
    """
    head, colon, rest = line.strip().partition(":")
    head = head.strip(" *#_")
    rest = rest.strip(" *_")
    if not colon or len(head) > 60 or (rest and not paragraph_start):
        return None
    words = head.split()
    if not (2 <= len(words) <= 6 and head[0].isupper()):
        return None
    if any(ch.isdigit() or ch in ",.?!;()" for ch in head):
        return None
    if not all(w[0].isupper() for w in words if len(w) >= 4 and w[0].isalpha()):
        return None
    return head, rest


def reserved_line(line: str, call: Call | None = None) -> bool:
    """True when `line` reads as structure rather than text: a section label, a
    `Label: value` line, a `Speaker 2: …` item, a published title line, a call's title,
    an unknown label (`read_heading`), or a line holding 🔒."""
    vocabulary = _vocabulary(call or load_call(DEFAULT_CALL))
    text = line.strip()
    if not text:
        return False
    return (
        has_lock(text)
        or _read_label(text, vocabulary.labels) is not None
        or read_item(text) is not None
        or text in vocabulary.call_titles
        or (len(text) <= MAX_STRUCTURE_LINE and _TITLE_LINE.fullmatch(text) is not None)
        or (read_detail(text) is None and read_heading(text) is not None)
    )


_ABOUT_SESSION = label_key("About this Session")


def about_session(label: str) -> bool:
    """True for the label of a session page's summary box, `About this Session` (2020-2025),
    printed above or instead of its Description."""
    return label_key(label) == _ABOUT_SESSION


def label_field(text: str, call: Call) -> str | None:
    """The field a box's label names (`Outline` → description; "" for a box the draft has
    no field for), where `text` is only a label; else None."""
    return _vocabulary(call).labels.get(label_key(text))


def quote(text: str) -> str:
    """`text` in quotes on one plain line, shortened, for a note."""
    return _quote_short(text[:300])


@lru_cache(maxsize=256)
def _quote_short(text: str, limit: int = 90) -> str:
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return f'"{flat if len(flat) <= limit else flat[: limit - 1] + "…"}"'


# --- cutting the text into sections ----------------------------------------------------


@dataclass
class Section:
    """The lines under one label (or before any label), as found in the text."""

    field: str | None
    """The proposal field, or None for text under an unknown label or before any label."""
    label: str
    """The label as written ('' before the first label or for an unlabelled list)."""
    lines: list[str] = field(default_factory=list)
    labelled: bool = True
    """False for a section begun by its content (`Speaker 1: …`, `GOAL 9: …`) with no
    label above."""
    start: int = 0
    """The index of the section's first line in the text (its label's line)."""
    lead: int = 0
    """How many characters the label took on its line, where it carried the section's
    first value too (`Format description: …`); 0 for a label alone on its line."""
    guess: str = ""
    """Why an unlabelled section was given its field, when that is a guess."""
    moved: bool = False
    """True for a paragraph the person moved here (`cut_sections`'s `moves`)."""
    resumed: bool = False
    """True for the rest of a section after a moved paragraph."""
    report: bool = False
    """True for the site's report boxes after the proposal (`_REPORT_BOX`), to the end."""
    has_text: bool = False

    def __post_init__(self) -> None:
        self.has_text = any(line.strip() for line in self.lines)

    def add(self, raw: str) -> None:
        """Add a line of the text to this section."""
        self.lines.append(raw)
        self.has_text = self.has_text or bool(raw.strip())

    @property
    def where(self) -> str:
        """Where in the text this section is, for a note: 'under "Label"'."""
        if self.label:
            return f"under {quote(self.label)}"
        if self.field:
            return f"among the {self.field}"
        return "before the first label"


@dataclass(frozen=True)
class Published:
    """What a published title line (`IGF 2023 WS #341 …`) says besides the title."""

    year: int
    kind: str
    number: int


def split_lines(text: str) -> list[str]:
    """The text's lines, whatever its line ends (LF, CRLF, CR) and with no BOM."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


MOVED_TO_NOTES = "import_notes"
"""The target of a paragraph the person moves out of every section."""


def cut_sections(
    lines: list[str], call: Call, moves: Mapping[int, str] | None = None
) -> tuple[list[Section], Published | None]:
    """Cut the lines into sections at labels, item lines, goal lines and title lines.

    A label starts a section whatever the length of its line.  Lines of structure that
    lost their label start one too, recorded as a guess: `GOAL 9: …` lines (SDGs), and
    numbered questions just after the format (policy questions).  `moves` maps the index
    of a paragraph's first line to the field the person moved it to (`MOVED_TO_NOTES`
    for the notes); the paragraph runs to a blank line or a label, and the section it
    was in goes on after it.
    """
    vocabulary = _vocabulary(call)
    labels = vocabulary.labels
    formats = call.format_names()
    moves = moves or {}
    sections = [Section(None, "", labelled=False)]
    published: Published | None = None
    after_blank = True
    skip = False
    questions_seen = goals_seen = False
    resume: Section | None = None  # the section a moved paragraph interrupted
    boxed: tuple[Section, Section] | None = None  # a list's box under a heading, and before it
    heading_number = 0  # the number of the last numbered heading read (`3. Description`)
    organisers_again = _OrganisersAgain()
    for index, raw in enumerate(lines):
        questions_seen = questions_seen or sections[-1].field == "policy_questions"
        # a goal line after the goals were listed (`SDG 10: Reduced Inequalities` in the
        # Targets text) heads that text's paragraph: it starts no second list of goals
        goals_seen = goals_seen or sections[-1].field == "sdgs"
        if skip:  # the second line of a wrapped label
            skip = False
            continue
        text = raw.strip()
        if sections[-1].report:
            sections[-1].add(raw)
            continue
        if len(text) <= MAX_STRUCTURE_LINE and _REPORT_BOX.search(text):
            sections.append(Section(None, text, start=index, report=True))
            continue
        if index in moves:
            target = moves[index]
            field = None if target == MOVED_TO_NOTES else target
            resume = resume or sections[-1]
            label = _read_label(text, labels)  # `Description: …`: the text after the label
            first = [label.rest] if label is not None else [raw]
            sections.append(Section(field, "Moved by you", first, start=index, moved=True))
            after_blank = False
            continue
        if resume is not None:
            if text and not _starts_section(text, labels):
                sections[-1].add(raw)
                continue
            sections.append(
                Section(resume.field, resume.label, labelled=False, start=index, resumed=True)
            )
            resume = None
        current = sections[-1]
        if boxed is not None and (
            boxed[0] is not current
            or (not text and current.has_text and not _person_next(lines, index))
        ):
            if boxed[0] is current:  # the box ends at a blank line: the text goes on
                before = boxed[1]
                sections.append(
                    Section(before.field, before.label, labelled=False, start=index, resumed=True)
                )
                current = sections[-1]
            boxed = None
        first_label = len(sections) == 1  # no label read yet
        paragraph_start, after_blank = after_blank, not text
        if not text:
            current.add(raw)
            continue
        lost_questions = not questions_seen and _questions_start(
            lines, index, current, formats, paragraph_start
        )
        if len(text) > MAX_STRUCTURE_LINE:  # running text, or a label before its value
            label = _read_label(text, labels)
            if label is not None and (two := _title_and_description(label, index, text)):
                sections += two
            elif label is not None and _title_inside(label, sections):
                _restate_title(sections, raw, index, lines, call, labels)
            elif label is not None:
                sections.append(_labelled(label, index, text))
            elif lost_questions:  # `(1) How …? (2) What …?` run on one long line
                sections.append(_lost_questions(raw, index))
            else:
                current.add(raw)
            continue
        if text in vocabulary.call_titles:
            continue
        title = _TITLE_LINE.fullmatch(text)
        item = read_item(text) if title is None else None
        label = _read_label(text, labels) if title is None and item is None else None
        if label is None and item is None and title is None and _NUMBERED_HEADING.match(text):
            under = _value_set_under(lines, index)
            asked = heading_number or first_label or under
            numbered = _numbered_heading(text, labels, heading_number, under) if asked else None
            if numbered is not None:
                heading_number, label = numbered
        if label is None and item is None and title is None and paragraph_start:
            following = lines[index + 1] if index + 1 < len(lines) else ""
            label = _wrapped_label(text, following, vocabulary)
            skip = label is not None
        listed = None
        if title is None and item is None and label is None:
            listed = list_heading(text, labels)  # `Confirmed speakers:`
        heading = None
        if (
            listed is None
            and title is None
            and item is None
            and label is None
            and read_detail(text) is None
        ):
            # A heading with its value on the line only where no text runs on: free text
            # keeps a paragraph such as "Case Study: …" as its own.
            inline = paragraph_start and current.field not in _RUNNING_TEXT
            heading = read_heading(text, inline and current.has_text)
        if title is not None:
            published = published or Published(
                int(title["year"]), " ".join(title["kind"].split()), int(title["number"])
            )
            sections.append(Section("title", "Title", [title["title"]], start=index))
        elif item is not None:
            if current.field != item.field and not organisers_again(current, text, sections):
                sections.append(Section(item.field, "", labelled=False, start=index))
            sections[-1].add(raw)
        elif label is not None and (two := _title_and_description(label, index, text)):
            sections += two
        elif label is not None and _title_inside(label, sections):
            _restate_title(sections, raw, index, lines, call, labels)
        elif label is not None:
            if label.field == "online_moderator":
                _onsite_moderator_before(sections, lines, index)
            sections.append(_labelled(label, index, text))
        elif listed is not None:  # a list's label after a word or two, or coordinators:
            # a box of its own, to a blank line after its people that no person follows
            sections.append(Section(listed[0], listed[1], start=index, guess=listed[2]))
            boxed = (sections[-1], current)
        elif heading is not None and _organisers_with_roles(heading[0], labels):
            # `Organisers and Rapporteurs:`: the organisers' box, each role in brackets
            first = [heading[1]] if heading[1] else []
            why = "a heading naming the organizers with a role; each role in brackets"
            section = Section("organizers", heading[0], first, start=index, guess=why)
            sections.append(section)
        elif heading is not None and current.field in TEXT_FIELDS and agenda_heading(text):
            current.add(raw)  # `Draft Agenda:`: the agenda is more of the text it follows
        elif heading is not None and _list_heading_in_text(heading, current, lines, index):
            current.add(raw)  # `Key Features:` over a list, right under a text box's words
        elif heading is not None:
            first = [heading[1]] if heading[1] else []
            sections.append(Section(None, heading[0], first, start=index))
        elif (
            current.field != "sdgs"
            and not goals_seen
            and (_GOAL_LINE.match(text) or goal_line(text))
        ):
            why = "a GOAL line" if _GOAL_LINE.match(text) else "a numbered goal and its name"
            sections.append(Section("sdgs", "", [raw], labelled=False, start=index, guess=why))
        elif current.field != "sdgs" and not goals_seen and _targets_above(lines, index, labels):
            why = "target numbers, one a line, above the Targets text"
            sections.append(Section("sdgs", "", [raw], labelled=False, start=index, guess=why))
        elif lost_questions:
            sections.append(_lost_questions(raw, index))
        else:
            current.add(raw)
    return sections, published


class _OrganisersAgain:
    """True for an `Organizer 1: …` line (`text`) in the speakers' box, under its label,
    that repeats word for word a line of the organisers' box above (more may follow on
    it: `Others tbc.`), with only such lines
    above it in the box: the box repeats the organisers' lines as its speakers
    (`PeopleBoxes.people` marks each such line a guess), not a second organisers' box.
    New `Organizer 1: …` lines there (the named organisers under `Additional Speakers`,
    after rows that named no one) start the organisers' box again.  Each box's lines are
    checked once, as they come (a box of thousands of lines stays linear)."""

    def __init__(self) -> None:
        self._box: Section | None = None
        self._organisers: frozenset[str] = frozenset()
        self._sizes: list[int] = []  # the organisers' lines' lengths: a line starts with one
        self._checked = 0
        self._all_repeat = True

    def __call__(self, current: Section, text: str, sections: list[Section]) -> bool:
        if current.field != "speakers" or not current.labelled:
            return False
        if current is not self._box:  # the organisers' boxes above it stay as they are
            self._box, self._checked, self._all_repeat = current, 0, True
            self._organisers = frozenset(
                " ".join(line.split())
                for section in sections
                if section.field == "organizers"
                for line in section.lines
                if (item := read_item(line)) is not None and item.rest
            )
            self._sizes = sorted({len(organiser) for organiser in self._organisers})
        for line in current.lines[self._checked :]:
            self._all_repeat = self._all_repeat and self._repeats(line)
        self._checked = len(current.lines)
        return self._all_repeat and self._repeats(text)

    def _repeats(self, line: str) -> bool:
        text = " ".join(line.split())
        return not text or any(text[:size] in self._organisers for size in self._sizes)


def _list_heading_in_text(
    heading: tuple[str, str], current: Section, lines: list[str], index: int
) -> bool:
    """True for a heading alone on its line (`Key Features:`) right under the words of a
    labelled text box, no blank line between, with a list's first item (`- …`) right
    under it: a heading within the box's text over its list, not a box of its own
    (`list_under_heading_end` finds where that list ends)."""
    return (
        not heading[1]
        and current.field in TEXT_FIELDS
        and current.labelled
        and current.has_text
        and index > 0
        and bool(lines[index - 1].strip())
        and index + 1 < len(lines)
        and LIST_LINE.match(lines[index + 1].strip()) is not None
    )


def list_under_heading_end(lines: list[str]) -> int | None:
    """In a text box's lines, the index of a line of running text right under the last
    item of a list (`- …`, one item a line) that a heading alone on its line (`Key
    Features:`) opens right under the box's words, no blank line anywhere, a line longer
    than a wrapped one (no list item's second line): the list ends the box and that line
    is the next box's, its label lost.  None for no such line."""
    for index in range(1, len(lines) - 2):
        if not lines[index - 1].strip() or LIST_LINE.match(lines[index + 1].strip()) is None:
            continue
        heading = read_heading(lines[index], paragraph_start=False)
        if heading is None or heading[1]:
            continue
        end = index + 1
        while end < len(lines) and LIST_LINE.match(lines[end].strip()) is not None:
            end += 1
        if end < len(lines) and len(lines[end].strip()) > WEB_LINE:  # a web paragraph
            return end
        return None
    return None


def _targets_above(lines: list[str], index: int, labels: dict[str, str]) -> bool:
    """True where `lines[index]` opens a run of SDG target numbers, one a line (`17.6`,
    `17.7`), that the `Targets` label comes right after, blank lines aside: the goals
    list whose `SDGs` label was lost (on a page printed with no labels the targets would
    run on in the box above them).  A goal's line among them (`17. Partnerships for the
    Goals`, a goal chosen with no target) is of the list too."""
    if not _TARGET_LINE.fullmatch(lines[index].strip()):
        return False
    for line in lines[index + 1 :]:
        text = line.strip()
        if text and not _TARGET_LINE.fullmatch(text) and goal_line(text) is None:
            label = _read_label(text, labels)
            return label is not None and label_key(label.written) == _TARGETS
    return False


def _title_inside(label: _Label, sections: list[Section]) -> bool:
    """True for `Title: …` with its value on the line after the text reached a later box:
    the form's title comes first and published pages print it unlabelled, so this is a
    box's text restating the title (a description that opens `Title: …`)."""
    return (
        label.field == "title"
        and bool(label.rest)
        and any(s.field not in (None, "title") for s in sections)
    )


def _restate_title(
    sections: list[Section],
    raw: str,
    index: int,
    lines: list[str],
    call: Call,
    labels: dict[str, str],
) -> None:
    """A `Title: …` line inside the text begins the description that lost its label and
    opens by restating the title (a guess), where the form has a description and the text
    no Description label; else the line stays in the section it is in."""
    described = any(
        (label := _read_label(line.strip(), labels)) is not None and label.field == "description"
        for line in lines
    )
    if call.section("description") is None or described:
        sections[-1].add(raw)
        return
    why = "a `Title: …` line inside the text, where a description opens by restating its title"
    sections.append(Section("description", "", [raw], labelled=False, start=index, guess=why))


def content_line(lines: list[str], index: int, call: Call) -> int:
    """The first line of text at or after `index`: past a label standing alone on its
    line and the blank lines after it (`len(lines)` when there is none)."""
    labels = _vocabulary(call).labels
    text = lines[index].strip() if index < len(lines) else ""
    label = _read_label(text, labels) if text else None
    if label is None or label.rest:
        return index
    after = index + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    return after


def _onsite_moderator_before(sections: list[Section], lines: list[str], index: int) -> None:
    """Where the `Online Moderator` label at `index` comes right after a speakers' box of
    two or more people's lines and no onsite moderator's label came before, the box's last
    line (unless a `Speaker 4: …` line) is the onsite moderator whose label was lost: the
    form puts that role just before the online one, and a copy with no blank lines leaves
    nothing else to tell.  A section of its own, a guess."""
    current = sections[-1]
    if current.field != "speakers" or any(s.field == "onsite_moderator" for s in sections):
        return
    at = index - 1
    while at > current.start and not lines[at].strip():
        at -= 1
    filled = [line for line in current.lines if line.strip()]
    last = lines[at]
    if len(filled) < 2 or filled[-1] != last or read_item(last) or not looks_like_person(last):
        return  # `Speaker 4: …` names a speaker, whatever follows
    if not looks_like_person(filled[-2]):
        return
    current.lines = current.lines[: len(current.lines) - current.lines[::-1].index(last) - 1]
    why = "the person right before the online moderator's label, where the form puts it"
    sections.append(Section("onsite_moderator", "", [last], labelled=False, start=at, guess=why))


def _person_next(lines: list[str], index: int) -> bool:
    """True when the next line with text after `lines[index]` reads as a person's."""
    at = index + 1
    while at < len(lines) and not lines[at].strip():
        at += 1
    return at < len(lines) and looks_like_person(lines[at])


def _starts_section(text: str, labels: dict[str, str]) -> bool:
    """True when the line `text` starts a section of its own (a label, an item or a title)."""
    if len(text) > MAX_STRUCTURE_LINE:
        return _read_label(text, labels) is not None
    return (
        _TITLE_LINE.fullmatch(text) is not None
        or read_item(text) is not None
        or _read_label(text, labels) is not None
    )


def _labelled(label: _Label, index: int, line: str) -> Section:
    """The section a label starts on `line` (no field for a label the draft has no place
    for)."""
    first = [label.rest] if label.rest else []
    field = label.field if label.field != OTHER else None
    lead = len(line) - len(label.rest) if label.rest else 0
    return Section(field, label.written, first, start=index, lead=lead)


def _title_and_description(label: _Label, index: int, line: str) -> list[Section]:
    """The two boxes of a `Title: …` line that carries the `Description:` label further on
    (`Title: A longer title Description: The session …`, a description box opening by
    restating the title): the title before that label, the description after it.  []
    for any other line."""
    if label.field != "title":
        return []
    found = _INLINE_DESCRIPTION.search(label.rest)
    if found is None or not found.start() or len(label.rest) - found.end() < _MIN_DESCRIPTION:
        return []
    title, rest = label.rest[: found.start()].strip(), label.rest[found.end() :]
    lead = len(line) - len(label.rest)
    return [
        Section("title", label.written, [title], start=index, lead=lead),
        Section("description", found["label"], [rest], start=index, lead=len(line) - len(rest)),
    ]


_INLINE_DESCRIPTION = re.compile(r"[ \t]++(?P<label>Description):[ \t]++(?=\S)")
"""The `Description:` label inside a line, before its text."""
_MIN_DESCRIPTION = 40
"""The least text after an inline `Description:` label for it to open the description."""


def _lost_questions(raw: str, index: int) -> Section:
    """The policy questions begun at `raw`, their label lost (a guess)."""
    why = "numbered questions after the format"
    if _AREA_QUESTION.fullmatch(raw.strip()):
        why = "a question led by its issue area's name, after the format"
    return Section("policy_questions", "", [raw], labelled=False, start=index, guess=why)


def ends_sentence(line: str) -> bool:
    """True when `line` ends a sentence: the next line starts a new one (a numbered line
    after it starts a list, not a wrapped line of the same sentence)."""
    return line.rstrip().endswith((".", "!", "?", ":"))


def _questions_start(
    lines: list[str], index: int, current: Section, formats: list[str], paragraph_start: bool
) -> bool:
    """True at a numbered question that lost its `Policy Question(s)` label: a numbered
    line starting a paragraph or a sentence right after the format block (or right after
    a format line that lost its label too), with a `?` in it or in the next two lines;
    or a question led by its issue area's name on the line right after a format line
    (the caller checks that the text has no policy questions yet)."""
    previous = lines[index - 1] if index else ""
    if _AREA_QUESTION.fullmatch(lines[index].strip()):
        # `Promoting equitable development …: How can …?` right under the format line:
        # the issue area's question a 2021 page prints first among its policy questions
        return known_format(previous.strip(), formats) is not None
    if not _NUMBERED.match(lines[index].strip()):
        return False
    if not (
        paragraph_start
        or ends_sentence(previous)
        or known_format(previous.strip(), formats) is not None
    ):
        return False
    if current.field not in _BEFORE_QUESTIONS:
        recent = lines[max(0, index - 3) : index]
        previous = next((line for line in reversed(recent) if line.strip()), "")
        if known_format(previous.strip(), formats) is None:
            return False
    return any("?" in line[:MAX_STRUCTURE_LINE] for line in lines[index : index + 3])


# --- choosing the call profile -----------------------------------------------------------


def choose_call(lines: list[str], call_name: str | None) -> tuple[Call, list[str]]:
    """The call given, else the one the text names (a call's title, or the year of an
    `IGF 2023 WS #…` title line), else the default; with a note when it had to guess."""
    default = load_call(call_name or DEFAULT_CALL)
    titles = _vocabulary(default).call_titles
    named: str | None = None
    year: int | None = None
    top = [line.strip() for line in lines if line.strip()][:_TOP_LINES]
    for first in top:  # below a line or two of the web page's own (`You are here`)
        if (found := _YEAR_TITLE.match(first[:MAX_STRUCTURE_LINE])) is not None:
            year = int(found.group(1))  # `IGF 2022 DC-Environment …`: a title with no number
            break
    for raw in lines:
        text = raw.strip()
        if not text or len(text) > MAX_STRUCTURE_LINE:
            continue
        if named is None and text in titles:
            named = titles[text]
        elif year is None and (title := _TITLE_LINE.fullmatch(text)):
            year = int(title["year"])
        if named and year:
            break
    if named is None and year is not None:
        named = f"igf-{year}"
    if call_name:
        if named and named != call_name:
            return default, [f"The text is for {named}; imported with {call_name} as asked."]
        return default, []
    if named in available_calls():
        try:
            return load_call(named), []
        except CallError as exc:
            note = f"The {named} call profile cannot be read ({exc}); used {default.name}."
            return default, [note]
    if named:
        return default, [f"No call profile for {named}; used {default.name}."]
    return default, [f"No year in the title; used the {default.name} call profile."]
