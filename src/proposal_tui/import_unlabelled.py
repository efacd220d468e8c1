"""Lines under no field's label: a format line, questions, and the text after the format.

A mixin of `importer.Reader`.  A line naming a format is the format (a guess); the
running text right after it the box the form puts there (its format description or the
description); a run of long lines ending in `?` the policy questions where the text has
none.  What finds no place is kept in the import notes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.import_blocks import (
    FORMAT_WORD,
    LIST_MARK,
    QUESTION_LINE,
    paragraph_spans,
    split_blocks,
)
from proposal_tui.import_fields import (
    MOST_BARE_LETTERS,
    WEB_LINE,
    bare_lettered,
    known_format,
    question_intro,
    questions,
)
from proposal_tui.import_lost_description import schedule_line
from proposal_tui.import_lost_hybrid import speaks_of_hybrid
from proposal_tui.import_sections import Section, ends_sentence

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class UnlabelledLines(_Base):
    """Lines under no label: a format line, lost questions, the text after the format."""

    def stray(self, lines: list[str], where: Section | str, questions: bool = False) -> list[str]:
        """Lines under no field's label: a line naming a format is the format (a guess,
        while the draft has none), and running text right after it the text the form
        puts after the format (`text_after_format`); with `questions` (under the title),
        a run of long lines ending in `?` is the policy questions, where the text has none
        (a guess).  The rest is kept in the import notes, and returned."""
        rest: list[str] = []
        index = 0
        while index < len(lines):
            raw = lines[index]
            line = raw.strip()
            index += 1
            if questions and (end := self.lost_questions(lines, index - 1)) >= index:
                index = end
                continue
            found = known_format(line, self.formats) if "format" not in self.scalars else None
            if found is None:
                rest.append(raw)
                continue
            self.place("format", "guess", "an unlabelled line that names a format", line)
            self.format(found, where)
            index += self.text_after_format(lines[index:])
        self.unplace(where, rest)
        return rest

    def lost_questions(self, lines: list[str], index: int, under: str = "the title") -> int:
        """Read the run of question lines starting at `index` (`under` the title, or a
        box) as the policy questions, where the text has no policy questions (their label
        lost), or a run lettered with no dots (`A What …`, `B How …`, `C …`) that asks; the
        index after the run, or `index` if none was read."""
        if self.list_given("policy_questions"):
            return index
        ahead = [line.strip() for line in lines[index : index + MOST_BARE_LETTERS]]
        end = index + bare_lettered(ahead)
        if not any("?" in line for line in lines[index:end]):
            end = index
        if end == index and _opens_numbered_run(lines, index):
            end += 1  # `i. How …? Lessons learned.` over `ii. Who …?`
        while end < len(lines) and QUESTION_LINE.fullmatch(lines[end].strip()):
            end += 1
        if end == index:
            return index
        run = lines[index:end]
        why = f"no label; questions under {under}, where the text has no policy questions"
        intro, asked = question_intro(run)
        self.guessed_items("policy_questions", why, questions(asked), run[0])
        if intro:  # `… in general: (1) When …`: the words before the first mark ask nothing
            self.introduction_apart(intro, f"under {under}")
        return end

    def text_after_format(self, lines: list[str], heading: list[str] | None = None) -> int:
        """Running text right after an unlabelled format line, up to a run of blank
        lines or a one-word label (`Objective: …`), where the text lost the label of the
        box the form puts there: the format description when the text speaks of the
        format and the form has that box, else the description; a later paragraph about
        the online and onsite audience goes to the hybrid format (or stays in the notes).
        Paragraphs parted by single line breaks end at a blank line (`_first_box`).
        Two short lines or more naming a date or a year, set apart right over the running
        text (`Forum 2021: Open Consultation` and `17-21 May 2021`), are its own heading:
        they open the text (a lone short line there is a topic: `topic_alone`); `heading`
        is that heading, for the text after it.  Each placement is a guess.  How many lines
        it took (0 for none)."""
        if not lines:
            return 0
        over = self.heading_over_text(lines) if heading is None else 0
        if over and (taken := self.text_after_format(lines[over:], lines[:over])):
            return over + taken
        if again := self.format_again(lines):
            return again + self.text_after_format(lines[again:])
        if heading is None and self.format_in_words(lines):
            return 1 + self.text_after_format(lines[1:])
        blocks = split_blocks(lines, split_inline=False)
        block = blocks[0][1]
        if len(blocks) > 1 and self.questions_after_format(block):
            return len(block) + self.text_after_format(lines[len(block) :])
        if len(blocks) > 1 and self.topic_alone(block):
            taken = self.text_after_format(lines[len(block) :])
            if taken:  # the topic line (`Harmonising Global …`) stays in the notes
                self.unplace("after the format", [line.strip() for line in block if line.strip()])
                return len(block) + taken
        block = block[
            : next(
                (i for i, line in enumerate(block) if i and _LEAD.match(line.strip())), len(block)
            )
        ]
        block = _first_box(block)
        content = [line for line in block if line.strip()]
        if not any(len(line.strip()) > WEB_LINE for line in content) or any(
            known_format(line.strip(), self.formats) for line in content
        ):
            return 0
        target = self.after_format_target(content[0])
        if target is None:
            return 0
        why = (
            f"no label; running text after the format, where the form puts the {self.label(target)}"
        )
        if heading:
            block = heading + block
            content = [line for line in heading if line.strip()] + content
        self.place(target, "order", why, content[0])
        self.text_then_hybrid(target, block, "after the format")
        taken = len(block) - len(heading or [])
        if target == "description" and (agenda := _timed_agenda(lines[taken:])):
            first = next(line.strip() for line in lines[taken:] if line.strip())
            why = "no label; the session's agenda (its items timed) right after the description"
            self.place("description", "guess", why, first)
            self.text("description", lines[taken : taken + agenda], False, guessed=True)
            taken += agenda
        return taken

    def heading_over_text(self, lines: list[str]) -> int:
        """How many lines open `lines` with a heading over running text: a block of two
        short lines or more, one naming a date or a year (`17-21 May 2021`), no person and
        no format among them, with a paragraph of running text opening the next block
        (after a run of blank lines).  0 for none."""
        blocks = split_blocks(lines, split_inline=False)
        if len(blocks) < 2:
            return 0
        content = [line.strip() for line in blocks[0][1] if line.strip()]
        first = next(line.strip() for line in blocks[1][1] if line.strip())
        if (
            len(content) < _HEADING_LINES
            or any(len(line) > WEB_LINE or line[-1] in ".;?!" for line in content)
            or not any(schedule_line(line) for line in content)
            or any(known_format(line, self.formats) or self.person_line(line) for line in content)
            or not self.running_text(first)
        ):
            return 0
        return blocks[1][0]

    def format_again(self, lines: list[str]) -> int:
        """How many lines open `lines` with the format named again, in a paragraph of its
        own (`New Online Format` then `Round Table`: 2020 pages print the online format the
        session moved to under the format line); kept in the notes.  The form's note on a
        choice, in brackets after it (`Other (please, explain in the Description field
        below)`), is part of the choice.  0 for none."""
        end = next((i for i, line in enumerate(lines) if i and not line.strip()), len(lines))
        content = [line.strip() for line in lines[:end] if line.strip()]
        if (
            not 1 <= len(content) <= _FORMAT_AGAIN_LINES
            or known_format(_CHOICE_NOTE.sub("", content[-1]), self.formats) is None
            or any(len(line) > WEB_LINE or line[-1] in ".:;?!" for line in content)
        ):
            return 0
        self.unplace("after the format", content)
        return end

    def format_in_words(self, lines: list[str]) -> bool:
        """Read `lines[0]`, right under the format line, as the format description (a
        guess) when it is one to four capitalised words ending no sentence, naming no
        format or person (`Interactive Projects Presentation`), with running text on the
        very next line, no blank line on either side, where the form has a format
        description box the text left empty: a 2024 networking session prints its format
        description so, under its format.  True if it did."""
        if len(lines) < 2 or not self.open_format_description():
            return False
        line, after = lines[0].strip(), lines[1].strip()
        if (
            not _FORMAT_WORDS.fullmatch(line)
            or known_format(line, self.formats) is not None
            or self.person_line(line)
            or not after
            or not self.running_text(after)
        ):
            return False
        why = "no label; a few capitalised words right under the format, over the running text"
        self.place("format_description", "guess", why, line)
        self.text("format_description", [line], False, guessed=True)
        return True

    def topic_alone(self, block: list[str]) -> bool:
        """True for a block of one short line that ends no sentence and names no format,
        person or question (`Harmonising Global Digital Infrastructure`): a topic the page
        prints between the format line and the text after it (2023 coalition sessions)."""
        content = [line.strip() for line in block if line.strip()]
        return (
            len(content) == 1
            and len(content[0]) <= WEB_LINE
            and content[0][-1] not in ".:;?!,"
            and known_format(content[0], self.formats) is None
            and not self.person_line(content[0])
        )

    def questions_after_format(self, block: list[str]) -> bool:
        """Read `block` as the policy questions when it is only long lines ending in `?`
        and the text has none: 2021 pages print them, label lost, between the format and
        the description (a guess).  True if it did."""
        content = [line.strip() for line in block if line.strip()]
        if (
            not content
            or self.list_given("policy_questions")
            or not all(QUESTION_LINE.fullmatch(line) for line in content)
        ):
            return False
        why = "no label; questions right after the format, where 2021 forms put them"
        self.guessed_items("policy_questions", why, questions(content), content[0])
        return True

    def open_format_description(self) -> bool:
        """True where the form has a format description box and the text neither labels
        one nor has one yet."""
        return (
            self.call.section("format_description") is not None
            and "format_description" not in self.labelled
            and "format_description" not in self.texts
        )

    def after_format_target(self, first: str) -> str | None:
        """The text field running text right after the format belongs to: the format
        description where the form has one, the text has none and the text speaks of
        the format in its first sentence (a description that names a format further on,
        `… shaping the themes and format of the Forum`, is still the description), or the
        description has a label of its own (2025 pages print the format description under
        the format with no label); else the description where its label was lost; else
        None."""
        open_box = self.open_format_description()
        opening = _SENTENCE_END.split(first.strip(), maxsplit=1)[0]
        if open_box and (FORMAT_WORD.search(opening) or _SESSION_LENGTH.match(first.strip())):
            return "format_description"
        target = self.lost_label_target("format")
        if target is None and open_box and "description" in self.labelled:
            return "format_description"
        return None if target is None or target in self.texts else target


def _opens_numbered_run(lines: list[str], index: int) -> bool:
    """True for `lines[index]`, a numbered line that asks (a `?` in it) and goes on with a
    sentence that does not (`i. How do we …? Lessons learned.`), right over a numbered
    long line ending in `?` (`ii. Who …?`): the first question of that run."""
    line = lines[index].strip() if index < len(lines) else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return (
        "?" in line
        and LIST_MARK.match(line) is not None
        and LIST_MARK.match(after) is not None
        and QUESTION_LINE.fullmatch(after) is not None
    )


_SESSION_LENGTH = re.compile(
    r"(?:An?|The|This|Our)[ \t]++\d{2,3}[ \t]?-?[ \t]?minutes?\b", re.IGNORECASE
)
"""Running text that opens with the session's length (`A 60-minute interactive session …`,
2024 networking pages): the format description, whose label was lost."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*+[ \t]++(?=[\"“‘(]?[A-Z])")
"""Where a sentence ends and the next begins in a line (`… of the Forum. This process …`)."""

_HEADING_LINES = 2
"""The fewest lines of a text's own heading with its date (a lone line is a topic)."""
_FORMAT_AGAIN_LINES = 2
"""The most lines of a paragraph naming the format again (a heading, then the format)."""
_FORMAT_WORDS = re.compile(r"[A-Z][a-z]++(?:[ \t][A-Z][a-z]++){0,3}")
"""One to four capitalised words (`Interactive Projects Presentation`), a format described
as a form's choice is named."""
_CHOICE_NOTE = re.compile(r"[ \t]*+\([^()]*+\)$")
"""A form's note in brackets closing a choice's line (`Other (please, explain …)`)."""
_LEAD = re.compile(r"[A-Z][a-z]{2,20}:[ \t]")
"""A one-word label opening a line (`Objective: …`): the start of another box."""


_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)][ \t]")
_TIMED = re.compile(r"\(\d{1,3}[ \t]*+(?:minutes?|mins?)\.?\)", re.IGNORECASE)
"""An agenda item's time in brackets (`(30 minutes)`)."""
_TIMED_ITEMS = 2
"""The fewest timed items of an agenda."""


def _timed_agenda(lines: list[str]) -> int:
    """How many lines open `lines` with a block (up to a run of blank lines) that is a
    numbered list timing two items or more (`1. Welcome (5 minutes)`, `2. Discussion (30
    minutes)`): the session's agenda, which the description holds.  0 for none."""
    blocks = split_blocks(lines, split_inline=False)
    content = [line.strip() for line in blocks[0][1] if line.strip()]
    if (
        not content
        or not all(_NUMBERED_ITEM.match(line) for line in content)
        or _TIMED.search(content[0]) is None
        or sum(_TIMED.search(line) is not None for line in content) < _TIMED_ITEMS
    ):
        return 0
    return len(blocks[0][1]) if len(blocks) > 1 else len(lines)


def _first_box(block: list[str]) -> list[str]:
    """`block` up to the end of its first paragraph where that paragraph is paragraphs
    parted by single line breaks (two lines at least, each longer than a wrapped line
    and ending a sentence) and more text follows after a blank line: the author parts
    paragraphs so, so the blank line ends the box and what follows is another box whose
    label was lost (kept in the notes), unless a paragraph of it speaks of the online
    and onsite audience (the hybrid format's answer, placed as before)."""
    spans = paragraph_spans(block)
    if len(spans) < 2:
        return block
    begin, end = spans[0]
    first = [line.strip() for line in block[begin:end]]
    if len(first) < 2 or not all(len(line) > WEB_LINE and ends_sentence(line) for line in first):
        return block
    if any(speaks_of_hybrid(block[start]) for start, _ in spans[1:]):
        return block  # the hybrid format's answer: text_then_hybrid places it
    return block[:end]
