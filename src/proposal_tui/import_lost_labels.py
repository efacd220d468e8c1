"""Placing blocks of text whose label was lost, by the form's order (each a guess).

A mixin of `importer.Reader`: the description that lost its label (after a box the draft
has no field for, before the first label, after a one-value box or after the moderators),
the format's description before the duration, policy questions a description announces
or a box runs on into, and a paragraph about the online and onsite audience (the hybrid format).
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
    BULLETS,
    INTERROGATIVE,
    MAX_STRUCTURE_LINE,
    WEB_LINE,
    known_format,
    label_key,
    questions,
)
from proposal_tui.import_sections import Section, quote

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LostLabels(_Base):
    """Blocks of text whose label was lost, placed where the form puts them (guesses)."""

    def lost_label_target(self, name: str) -> str | None:
        """The field a label-less block after `name`'s text belongs to: the description,
        where the text has no Description label (the 2023 pages print none) and nothing
        the form puts between `name` and the description comes next in the text, or later
        unless the text goes back to an earlier box first (an Open Forum page prints its
        people and moderators after the description, its goals after them)."""
        if name == "description" or "description" in self.labelled:
            return None
        if self.next_field == "description":  # an unlabelled description follows: not this
            return None
        order = [s.field for s in self.call.sections]
        if name in order and "description" in order:
            between = order[order.index(name) + 1 : order.index("description")]
            if self.next_field in between:  # what the form puts before it comes next
                return None
            following = self.next_field or ""
            back = following in order and order.index(following) < order.index(name)
            if not back and self.after & set(between):  # ... or later, in the form's order
                return None
        return "description"

    def description_after_box(self, lines: list[str], section: Section) -> list[str]:
        """A box the draft has no field for (`Additional Policy Questions Information`,
        `Targets`) holds its first paragraph; running text in a later paragraph, where
        the text has no Description label, no description yet and nothing after this box,
        is the description that lost its label (a guess), from that paragraph on (a box
        holding a format line is left to `stray`).  The box's other lines are returned."""
        if (
            self.next_field is not None
            or "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line.strip(), self.formats) for line in lines)
        ):
            return lines
        opened = False
        for index, raw in enumerate(lines):
            text = raw.strip()
            starts = bool(text) and index > 0 and not lines[index - 1].strip()
            if starts and opened and len(text) > WEB_LINE and not self.person_line(text):
                why = f"no label; running text after {quote(section.label)}, at the end"
                self.place("description", "order", why, text, section.start + index)
                self.text("description", lines[index:], False, guessed=True)
                return lines[:index]
            opened = opened or bool(text)
        return lines

    def description_about_session(self, lines: list[str], section: Section) -> list[str]:
        """The `About this Session` box, where the page has no Description label (or one
        with nothing under it) and the draft no description: the summary is the only
        description the page gives (2020-2025 session pages that print no Description), so
        its running text is the description (a guess): from its first paragraph after any
        short lines that end no sentence (`About`, the kind of session: 2021 NRI pages),
        paragraph after paragraph of running text, up to a list or a question; a short
        line that ends no sentence just before them (a heading of the questions) stays
        out.  A one-line summary is not the description where running text follows it
        after a run of two blank lines (that text is), or where the box's label is printed
        again further down (`About this session:`, 2020 Best Practice Forums: the text
        under it is).  Question lines right after it (2020 pages print them there) are the policy
        questions, where the text has none (a guess).  A box holding a format line is left
        to the other rules.  The box's other lines are returned."""
        if (
            label_key(section.label) != _ABOUT_SESSION
            or "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line.strip(), self.formats) for line in lines)
        ):
            return lines  # a format line in the box: the description follows it (2020 pages)
        content = [line.strip() for line in lines]
        begin = next((i for i, line in enumerate(content) if line and not _heading(line)), None)
        if begin is None or len(content[begin]) <= WEB_LINE or self.person_line(content[begin]):
            return lines
        end = self._running_end(content, begin)
        why = f"no label; the text under {quote(section.label)}, where the page prints no"
        summary = end == begin + 1 and len(content[begin]) <= _SUMMARY
        again = any(label_key(line) == _ABOUT_SESSION for line in self.lines[section.start + 1 :])
        if summary and again:  # `About this session:` again below: the description is there
            after = next((i for i in range(end, len(lines)) if content[i]), end)
            return (
                lines[:after] + lines[self.lost_questions(content, after, quote(section.label)) :]
            )
        if summary:
            # a one-line summary, then the description after a run of blank lines (2020)
            later = next(
                (
                    i
                    for i in range(end + 2, len(content))
                    if content[i] and content[i - 2 : i] == ["", ""] and self._running(content[i])
                ),
                None,
            )
            if later is not None:
                begin, end = later, self._running_end(content, later)
                why = f"no label; running text after a blank-line run under {quote(section.label)}"
                why += ", below its one-line summary, where the page prints no"
        self.place("description", "order", f"{why} Description", content[begin])
        self.text("description", lines[begin:end], False, guessed=True)
        after = next((i for i in range(end, len(lines)) if content[i]), end)
        asked = self.lost_questions(content, after, quote(section.label))
        return lines[:begin] + lines[end:after] + lines[asked:]

    def _running_end(self, content: list[str], begin: int) -> int:
        """The end of the paragraphs of running text from `content[begin]`: up to a list,
        a question or a paragraph that is not running text (a paragraph ending with `:`
        and the list under it that asks nothing are more of it), less a last line that
        ends no sentence (a heading)."""
        end = begin
        while True:
            end = next(
                (
                    i
                    for i in range(end, len(content))
                    if not content[i]
                    or LIST_MARK.match(content[i])
                    or QUESTION_LINE.fullmatch(content[i])
                ),
                len(content),
            )
            more = next((i for i in range(end, len(content)) if content[i]), None)
            if content[end : end + 1] != [""] or more is None:
                break
            if listed := _plain_list_after(content, more):
                end = listed  # `… the following issues:` and a list that asks nothing
                continue
            if not self._running(content[more]) and not self._closing(content, more):
                break
            end = more
        while (
            end > begin + 1
            and not content[end - 1].endswith((".", ":", "!", "?", ")"))
            and not LIST_MARK.match(content[end - 1])
        ):
            end -= 1
        return end

    def _closing(self, content: list[str], index: int) -> bool:
        """True for a short paragraph of one sentence (`Everyone is invited to join!`) one
        blank line after running text, ending the box or followed by a run of blank lines:
        the running text's last sentence."""
        text = content[index]
        after = content[index + 1 : index + 3]
        return (
            content[index - 2 : index] != ["", ""]
            and text[:1].isupper()
            and text.endswith((".", "!"))
            and len(text.split()) >= _CLOSING_WORDS
            and not self.person_line(text)
            and not LIST_MARK.match(text)
            and after in ([], [""], ["", ""])
        )

    def _prose_first(self) -> bool:
        """True when the text opens (after a `Session` heading) with running text before
        any label: the description, its label lost (2019 Open Forums), which
        `description_before_labels` reads; running text further down (a session report's
        summary under the questions) is not it."""
        content = [line.strip() for line in self.preamble if line.strip()]
        if content and content[0].casefold() == "session":
            content = content[1:]
        return bool(content) and self._running(content[0]) and not content[0].endswith("?")

    def _running(self, text: str) -> bool:
        """True for a paragraph of running text: long, no person, list or question."""
        return (
            len(text) > WEB_LINE
            and not self.person_line(text)
            and not LIST_MARK.match(text)
            and not QUESTION_LINE.fullmatch(text)
        )

    def description_before_labels(self, lines: list[str], under: str = "") -> list[str]:
        """Running text before the first label (or `under` the title line, where a 2019
        Open Forum page prints its description), on a page with no format line there, no
        Description label and no description: the session's description that lost its
        label (a guess), its paragraphs of running text from the first one (under the
        title, after an organisation's name alone at most), up to a list or a question; a
        line ending with `:` and the list under it that asks nothing (`The main objectives
        … are:` then `• To meet …`) are more of it.  The other lines are returned."""
        if (
            "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line, self.formats) for line in lines)
        ):
            return lines
        begin = end = None
        listing = False
        for index, line in enumerate(lines):
            if not line:
                continue
            opens = index == 0 or not lines[index - 1]
            if listing and LIST_MARK.match(line):
                end = index + 1
                continue
            if listing and not opens:
                break  # a line run onto the list that is not an item of it
            listing = False
            if LIST_MARK.match(line) or QUESTION_LINE.fullmatch(line):
                break  # the questions (`- Which role …?`) after the text
            prose = len(line) > WEB_LINE and not line.endswith("?") and not self.person_line(line)
            if under and begin is None and not prose and not self.organiser_alone(lines, index):
                break  # under the title, the description comes first or not at all
            if opens and begin is not None and not prose and _plain_list_after(lines, index):
                listing, end = True, index + 1  # `… are:` and a list that asks nothing
                continue
            if opens and begin is not None and not prose:
                break
            if begin is not None and len(lines[index - 1]) > WEB_LINE and _heading(line):
                break  # a short line ending no sentence under a long one: another box (`ICANN`)
            if opens and prose and begin is None:
                begin = index
            if begin is not None:
                end = index + 1
        if begin is None or end is None:
            return lines
        why = "no label; running text before the first label, where the page has no title"
        if under:
            why = f"no label; running text under the {under} line"
        elif self.scalars.get("title"):
            why = "no label; running text before the first label"
        self.place("description", "order", why, lines[begin])
        self.text("description", lines[begin:end], False, guessed=True)
        return lines[:begin] + lines[end:]

    def organiser_alone(self, lines: list[str], index: int) -> bool:
        """True for the first line of `lines` (at `index`), an organisation's name alone
        in its paragraph (`Bundesministerium für … (BMZ)`): the organisers' box naming no
        one, which a 2019 Pre-Event prints under the title, above the description."""
        first = next((i for i, line in enumerate(lines) if line), None)
        return (
            index == first
            and (index + 1 == len(lines) or not lines[index + 1])
            and self.organisation_alone(lines[index])
        )

    def format_text_before_duration(self, section: Section) -> list[str]:
        """A box the draft has no field for (`Targets`), then a block after two blank lines
        right before the `Duration (minutes)` label: the text the form puts beside the
        duration lost its label (lightning talks print the format's description there),
        so it is the format description (a guess) while the draft has none.  The box's
        other lines are returned."""
        blocks = split_blocks(section.lines, split_inline=False)
        if len(blocks) < 2 or self.next_field != "duration":
            return section.lines
        if {"format_description"} & (self.present | set(self.texts)):
            return section.lines
        begin, block = blocks[-1]
        first = next(line for line in block if line.strip())
        if known_format(first.strip(), self.formats) is not None:
            return section.lines
        why = f"no label; running text after {quote(section.label)}, before the duration"
        self.place("format_description", "order", why, first)
        self.text("format_description", block, False, guessed=True)
        return section.lines[:begin]

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
        format description).  The box's other lines are returned."""
        if not self.questions_may_follow(name):
            return lines
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
                if index == spans[0][0] or (index > begin and not _ends_sentence(lines[index - 1])):
                    continue
                if not INTERROGATIVE.match(text) or not _ALL_QUESTIONS.fullmatch(text):
                    continue
                why = "no label; a paragraph of questions after the box's text"
                asked = questions(lines[index:end])
                self.guessed_items("policy_questions", why, asked, text, section.start + index)
                return lines[:index] + lines[end:]
        return lines

    def hybrid_answer(self, name: str, lines: list[str]) -> int:
        """The index of a paragraph in `lines` that opens with the form's hybrid questions
        (`1) How will you facilitate interaction between onsite and online…`), where the
        text has no Hybrid Format label; 0 for none.  The first question, numbered, opens
        the answer even with no blank line before it (2022 Open Forums)."""
        if name == "hybrid_format" or "hybrid_format" in self.labelled:
            return 0
        for index in range(1, len(lines)):
            text = lines[index].strip()
            if _HYBRID_QUESTION.match(text) and (
                not lines[index - 1].strip() or text[:1].isdigit()
            ):
                return index
        return 0

    def hybrid_block(self, name: str, lines: list[str], section: Section) -> int:
        """The index of a block after the labelled description, past a run of two blank
        lines, that opens speaking of the online and onsite audience (2024-2025 pages print
        the hybrid answer so, its label lost), where the form has a hybrid format box the
        text left empty; 0 for none."""
        if name != "description" or not section.labelled or "hybrid_format" in self.labelled:
            return 0
        if self.call.section("hybrid_format") is None or "hybrid_format" in self.texts:
            return 0
        for start, block in split_blocks(lines, split_inline=False)[1:]:
            if _speaks_of_hybrid(next(line for line in block if line.strip())):
                return start
        return 0

    def text_then_hybrid(self, target: str, block: list[str], where: str) -> None:
        """`block`, running text that lost its label, into `target` (a guess); a later
        paragraph of it about the online and onsite audience, or a line opening with the
        form's first hybrid question, goes to the hybrid format where the form has that box
        and the text left it empty, else to the notes."""
        opening = block.index(next(line for line in block if line.strip()))
        hybrid = next(
            (
                i
                for i, line in enumerate(block)
                if i > opening and not block[i - 1].strip() and _hybrid_paragraph(block, i)
            ),
            None,
        )
        asked = self.hybrid_answer(target, block[opening:])
        if asked and (hybrid is None or opening + asked < hybrid):
            hybrid = opening + asked
        if hybrid is None:
            hybrid = _last_online_paragraph(block, opening)
        self.text(target, block if hybrid is None else block[:hybrid], False, guessed=True)
        if hybrid is None:
            self.hybrid_doubt(target, block, opening)
            return
        rest = block[hybrid:]
        first = next(line for line in rest if line.strip())
        if self.call.section("hybrid_format") is not None and "hybrid_format" not in self.texts:
            why = "no label; it speaks of the online and onsite audience, as hybrid formats do"
            self.place("hybrid_format", "guess", why, first)
            self.text("hybrid_format", rest, False, guessed=True)
        else:
            self.unplace(where, rest)

    def hybrid_doubt(self, target: str, block: list[str], opening: int) -> None:
        """A guess note on a later paragraph of `block`, placed in `target`, that speaks of
        taking part online (`questions submitted online`) where the form has a hybrid
        format box the text left empty: it may be that box's answer, its label lost."""
        if self.call.section("hybrid_format") is None or "hybrid_format" in self.texts:
            return
        for index in range(opening + 1, len(block)):
            line = block[index].strip()
            if line and not block[index - 1].strip() and _TAKING_PART_ONLINE.search(line):
                why = "it speaks of taking part online: it may be the hybrid format's answer"
                self.place(target, "guess", why, line)
                return

    def lost_text(self, name: str, lines: list[str], section: Section) -> None:
        """Running text under a one-value label (an empty `Duration (minutes)` with the
        next box's text below it): its label was lost, so it goes where the form puts the
        text that has no label of its own (a guess), or to the notes.  As the description,
        a later paragraph about the online and onsite audience is the hybrid format."""
        content = [line for line in lines if line.strip()]
        if not content:
            return
        target = self.lost_label_target(name)
        if target is None or (target == "description" and self._prose_first()):
            self.unplace(section, lines)
            return
        why = f"no label; running text under the {self.label(name)}, which holds one value"
        self.place(target, "order", why, content[0])
        if target == "description" and "hybrid_format" not in self.labelled:
            self.text_then_hybrid(target, lines, section.where)
        else:
            self.text(target, lines, False, guessed=True)

    def text_after_people(self, name: str, lines: list[str], section: Section) -> None:
        """Running text after a moderator or the rapporteur, its label lost (2021 pages):
        the format description where it speaks of the format and the text has neither a
        format nor that box, then the description; else the description where the form
        puts nothing still to come before it.  Each placement is a guess; what finds no
        place stays in the notes."""
        blocks = [block for _, block in split_blocks(lines, split_inline=False)]
        first = next(line for line in blocks[0] if line.strip())
        target: str | None = None
        if (
            self.call.section("format_description") is not None
            and FORMAT_WORD.search(first)
            and not {"format", "format_description"} & (self.after | set(self.scalars))
            and "format_description" not in self.texts
        ):
            target = "format_description"
        elif (found := self.lost_label_target(name)) is not None and found not in self.texts:
            target = found
        while blocks and target is not None:
            block = blocks.pop(0)
            first = next(line for line in block if line.strip())
            why = f"no label; running text after the {self.label(name)}"
            self.place(
                target, "order", f"{why}, where the form puts the {self.label(target)}", first
            )
            self.text(target, block, False, guessed=True)
            later = self.lost_label_target("format") if target == "format_description" else None
            if target == "description" and self._description_goes_on(blocks):
                why = f"no label; running text after the description, at the end of the {name}"
                self.place("description", "guess", why, next(ln for ln in blocks[0] if ln.strip()))
                self.text("description", blocks.pop(), False, guessed=True)
            target = later if later is not None and later not in self.texts else None
        for block in blocks:
            self.unplace(section, block)

    def _description_goes_on(self, blocks: list[list[str]]) -> bool:
        """True for one block left after the description, past a run of blank lines, at
        the end of the text, all running text that says nothing of the online and onsite
        audience: more of the description (2021 Day 0 pages)."""
        if len(blocks) != 1 or self.next_field is not None:
            return False
        content = [line.strip() for line in blocks[0] if line.strip()]
        return all(self._running(line) and not _speaks_of_hybrid(line) for line in content)


def _heading(line: str) -> bool:
    """A short line that ends no sentence: a heading (`About`) or a kind of session."""
    return len(line) <= WEB_LINE and not line.endswith((".", "!", "?"))


def _ends_sentence(line: str) -> bool:
    """True for a line that ends a sentence: the next line starts a new one."""
    return line.rstrip().endswith((".", "!", "?", ":"))


_ALL_QUESTIONS = re.compile(r"(?:[^.?!]{15,}+\?[ \t]*+)+")
"""Sentences that each end with `?`: a paragraph that only asks."""

_BULLET_CHARS = frozenset(BULLETS)
"""A line's first character that opens a list item (an empty line has none)."""
_CLOSING_WORDS = 4
"""The fewest words of a short last sentence of running text, in a paragraph of its own."""
_SUMMARY = 300
"""The most characters of the one-line summary that opens an `About this Session` box."""

_ABOUT_SESSION = label_key("About this Session")
"""The summary box of a session's page (2020-2025), printed above or instead of its
Description."""

_HYBRID_QUESTION = re.compile(
    r"(?:\d[.)][ \t]*+)?How will you (?:facilitate interaction between onsite and online"
    r"|design the session to ensure the best possible experience for online and onsite)",
    re.IGNORECASE,
)
"""The questions the 2022-2025 forms ask under Hybrid Format, which answers repeat."""


_ANNOUNCES_QUESTIONS = re.compile(
    r"\bquestions\b[^.?!:;]{0,120}?\b(?:following|include|includes|are|as follows)[ \t]*+[:;]$",
    re.IGNORECASE,
)
"""The end of a sentence that announces a list of questions (`… questions … include the
following;`)."""


_SHORT_QUESTION = re.compile(r"[^\n]{20,}+(?<=\?)")
"""A line ending in `?`, long enough to be a policy question."""


_ONLINE_AND_ONSITE = re.compile(
    r"\bhybrid\b"
    r"|\b(?:online|remote|virtual)\W+(?:and|&|or)\W+(?:onsite|on-site|in-person|offline)\b"
    r"|\b(?:onsite|on-site|in-person)\W+(?:and|&|or)\W+(?:online|remote|virtual)\b"
    r"|\b(?:online|remote|onsite|on-site)[ \t]+(?:moderators?|participants|attendees|audience)\b",
    re.IGNORECASE,
)
"""A paragraph about the online and onsite audience: what the hybrid format box holds."""

_TAKING_PART_ONLINE = re.compile(
    r"\b(?:online|remotely|virtually)\b[^.]{0,60}?\b(?:question|participa|attend|submit|join)"
    r"|\b(?:question|participa|attend|submit|join)\w*+[^.]{0,60}?\b(?:online|remotely|virtually)\b",
    re.IGNORECASE,
)
"""Taking part online (`questions submitted online`, `join remotely`): what a hybrid format
answer says, though it names no onsite audience."""

_NUMBERED_ANSWERS = re.compile(r"\(?1[.)][ \t]\S.*?[ \t]\(?2[.)][ \t]\S.*?[ \t]\(?3[.)][ \t]\S")
"""A paragraph that opens `1. …` and runs `2. …` and `3. …` on in the same line: the
hybrid format box's three questions answered in order."""


def _last_online_paragraph(block: list[str], opening: int) -> int | None:
    """The start of the last paragraph of `block` when it is one line of one sentence that
    speaks of taking part online (`It can be considered to allow for prerecorded video
    questions submitted online …`): the hybrid format's answer after the description,
    both labels lost (2024 open forums); None otherwise.  In a copy from a web page (the
    line above longer than a wrapped line, ending a sentence) the last line is a paragraph
    with no blank line before it (2024 open forums copied with no blank lines)."""
    ends = [i for i in range(opening + 1, len(block)) if block[i].strip()]
    if not ends:
        return None
    last = ends[-1]
    text, before = block[last].strip(), block[last - 1].strip()
    if before and (len(before) <= WEB_LINE or not _ends_sentence(before)):
        return None
    if text.count(". ") or not _TAKING_PART_ONLINE.search(text):
        return None
    return last


def _plain_list_after(lines: list[str], index: int) -> int:
    """The index after the list when `lines[index]` ends with `:` and the lines right under
    it are list items (`•`, `1.`) of which none asks a question; 0 otherwise."""
    if not lines[index].endswith(":"):
        return 0
    after = index + 1
    while after < len(lines) and not lines[after]:
        after += 1
    items = 0
    while after < len(lines) and LIST_MARK.match(lines[after]):
        if "?" in lines[after]:
            return 0
        items, after = items + 1, after + 1
    return after if items else 0


def _speaks_of_hybrid(line: str) -> bool:
    """True for a paragraph's first line that reads as the hybrid format box's answer."""
    return bool(_ONLINE_AND_ONSITE.search(line) or _NUMBERED_ANSWERS.match(line.strip()))


_FIRST_ITEM = re.compile(r"\(?1[.)][ \t]*+\S")
"""The first item of a numbered list (`1) We will …`)."""


def _hybrid_paragraph(lines: list[str], index: int) -> bool:
    """True for the paragraph starting at `lines[index]` that reads as the hybrid format
    box's answer: its first line does, or it is a numbered list (`1) We will coach both
    moderators …:` then `a) …`, `b)Online moderator will …`) one of whose lines speaks of
    the online or onsite audience."""
    if _speaks_of_hybrid(lines[index]):
        return True
    if not _FIRST_ITEM.match(lines[index].strip()):
        return False
    end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
    return any(_ONLINE_AND_ONSITE.search(line) for line in lines[index + 1 : end])
