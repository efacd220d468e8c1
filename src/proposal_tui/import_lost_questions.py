"""Finding the policy questions whose label was lost (each a guess).

A mixin of `importer.Reader`: where the text has no policy questions, the questions a
description announces, a bulleted list or a paragraph of questions after a box's own text
(where the form puts the questions), or a bulleted list of questions under a line ending
with `:`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.import_blocks import paragraph_spans
from proposal_tui.import_fields import BULLETS, INTERROGATIVE, MAX_STRUCTURE_LINE, questions
from proposal_tui.import_sections import Section, ends_sentence

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LostQuestions(_Base):
    """The policy questions found where their label was lost (guesses)."""

    def announced_questions(self, lines: list[str], section: Section) -> list[str]:
        """Where the text has no policy questions, a description paragraph that announces
        them (`Some of the policy questions we seek to address include the following;`)
        followed by paragraphs that are each one question ending in `?`: those are the
        policy questions (a guess).  The description's other lines are returned."""
        if self.call.section("policy_questions") is None or self.list_given("policy_questions"):
            return lines
        spans = paragraph_spans(lines)
        for number, (_, end) in enumerate(spans[:-1]):
            if not _ANNOUNCES_QUESTIONS.search(" ".join(lines[end - 1].split())):
                continue
            asked = []
            for begin, stop in spans[number + 1 :]:
                line = lines[begin].strip()[:MAX_STRUCTURE_LINE]
                if stop - begin != 1 or not _SHORT_QUESTION.fullmatch(line):
                    break
                asked.append(begin)
            if not asked:
                continue
            why = "no label; questions the description announces, and the text has none"
            asked_lines = [lines[i].strip() for i in asked]
            self.guessed_items("policy_questions", why, asked_lines, asked_lines[0])
            return [raw for i, raw in enumerate(lines) if i not in asked]
        return lines

    def bulleted_questions(self, name: str, lines: list[str], section: Section) -> list[str]:
        """Where the text has no policy questions and the form puts them after `name`'s box
        and before the box that follows it in the text, a run of bulleted lines after the
        box's own text holding two or more items (`• Who are …. • What …? • How …?`, run on
        one line or one a line), each opening as a question does or ending with `?`: the
        policy questions whose label was lost (a guess; 2024 pages print them so under the
        format description; `_marks_moved_back` where each mark ends the line above its
        item).  The box's other lines are returned."""
        if not self.questions_may_follow(name):
            return lines
        if moved := _marks_moved_back(lines):
            before, items, after = moved
            why = (
                "no label; dash-marked questions after the box's text, each mark on the line above"
            )
            at = section.start + len(before)
            self.guessed_items("policy_questions", why, items, items[0], at)
            return before + after
        begin = 0
        while begin < len(lines):
            end = begin
            while end < len(lines) and lines[end].strip()[:1] in _BULLET_CHARS:
                end += 1
            content = [line.strip() for line in lines[begin:end]]
            asked = questions(content) if begin and content else []
            if len(asked) >= 2 and all(INTERROGATIVE.match(q) or q.endswith("?") for q in asked):
                why = "no label; bulleted questions after the box's text, where the form puts them"
                at = section.start + begin
                self.guessed_items("policy_questions", why, asked, content[0], at)
                return lines[:begin] + lines[end:]
            begin = end + 1
        return lines

    def introduced_questions(self, lines: list[str], section: Section) -> list[str]:
        """In a box the draft has no field for (`About this Session`), where the text has
        no policy questions, a line ending with `:` and right under it a bulleted list of
        two or more items that each open as a question does and end with `?` (`… explore
        … the following aspects:` then `• How do we …?`, 2022 NRI sessions): the policy
        questions whose label was lost (a guess).  The box's other lines are returned."""
        if self.list_given("policy_questions"):
            return lines
        filled = [index for index, line in enumerate(lines) if line.strip()]
        for at, index in enumerate(filled):
            if not lines[index].rstrip().endswith(":"):
                continue
            run = []
            for item in filled[at + 1 :]:
                text = lines[item].strip()
                if text[:1] not in _BULLET_CHARS or (run and item != run[-1] + 1):
                    break
                run.append(item)
            asked = questions([lines[item].strip() for item in run])
            if len(asked) >= 2 and all(INTERROGATIVE.match(q) and q.endswith("?") for q in asked):
                why = "no label; a bulleted list of questions under a line ending with ':'"
                first = lines[run[0]].strip()
                self.guessed_items("policy_questions", why, asked, first, section.start)
                return lines[: run[0]] + lines[run[-1] + 1 :]
        return lines

    def questions_may_follow(self, name: str) -> bool:
        """True where the text has no policy questions and the form puts them after
        `name`'s box and before the box that follows it in the text."""
        order = [s.field for s in self.call.sections]
        if (
            "policy_questions" not in order
            or name not in order
            or self.list_given("policy_questions")
            or order.index(name) > order.index("policy_questions")
        ):
            return False
        following = self.next_field
        return following not in order or order.index(following) > order.index("policy_questions")

    def paragraph_questions(self, name: str, lines: list[str], section: Section) -> list[str]:
        """Where `questions_may_follow(name)`, a paragraph after the box's own text, on a
        line of its own, every sentence of which is a question (`How can …? What are …?
        How can …?`, opening as a question does): the policy questions whose label was
        lost (a guess; 2024 pages print them so right under a one-line format
        description).  It is kept as the page writes it, one question a line or a
        paragraph of them as one.  The box's other lines are returned."""
        if not self.questions_may_follow(name):
            return lines
        spans = paragraph_spans(lines)
        for begin, end in spans:
            for index in range(begin, end):
                text = " ".join(" ".join(lines[i].split()) for i in range(index, end))
                if index == spans[0][0] or (index > begin and not ends_sentence(lines[index - 1])):
                    continue
                if not INTERROGATIVE.match(text) or not _ALL_QUESTIONS.fullmatch(text):
                    continue
                why = "no label; a paragraph of questions after the box's text"
                asked = questions(lines[index:end])
                self.guessed_items("policy_questions", why, asked, text, section.start + index)
                return lines[:index] + lines[end:]
        return lines


def _marks_moved_back(lines: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """(lines before, items, lines after) of a dash-marked list whose every mark sits at
    the end of the line above its item (`… interaction.` then `-` alone, `…obstacles? -`:
    a copy that moved each mark back a line), two items at least, each a few lines with
    no blank line between (a heading over its question) ending with the first that ends
    with `?`: each item is its lines joined, without the marks.  None for no such list."""
    for start, raw in enumerate(lines):
        if not _MOVED_MARK.search(raw):
            continue
        items: list[str] = []
        index = start + 1
        while True:
            item: list[str] = []
            while index < len(lines) and len(item) < _MOVED_ITEM_LINES:
                line = _MOVED_MARK.sub("", lines[index]).strip()
                if not line or line[:1] in _BULLET_CHARS:
                    break
                item.append(line)
                index += 1
                if line.endswith("?"):
                    break
            if not item or not item[-1].endswith("?"):
                break
            items.append(" ".join(item))
            if not _MOVED_MARK.search(lines[index - 1]):
                break
        if len(items) >= 2:
            head = _MOVED_MARK.sub("", raw)
            before = lines[:start] + ([head] if head.strip() else [])
            return before, items, lines[index:]
    return None


_MOVED_MARK = re.compile(r"(?:^|(?<=[ \t]))-[ \t]*+$")
"""A dash ending a line (or alone on it): the mark of the list item on the next line."""
_MOVED_ITEM_LINES = 3
"""The most lines of one item of such a list (a heading, its question wrapped once)."""


_ALL_QUESTIONS = re.compile(r"(?:[^.?!]{15,}+\?[ \t]*+)+")
"""Sentences that each end with `?`: a paragraph that only asks."""


_BULLET_CHARS = frozenset(BULLETS)
"""A line's first character that opens a list item (an empty line has none)."""


_ANNOUNCES_QUESTIONS = re.compile(
    r"\bquestions\b[^.?!:;]{0,120}?\b(?:following|include|includes|are|as follows)[ \t]*+[:;]$",
    re.IGNORECASE,
)
"""The end of a sentence that announces a list of questions (`… questions … include the
following;`)."""


_SHORT_QUESTION = re.compile(r"[^\n]{20,}+(?<=\?)")
"""A line ending in `?`, long enough to be a policy question."""
