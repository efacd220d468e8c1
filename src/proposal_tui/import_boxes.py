"""Reading each labelled box of the form by its kind.

A mixin of `importer.Reader`: the title, the theme and topics, links, the policy questions
(with the text after them that lost its label), the SDGs, the format line and the
duration, and the text boxes, whose blocks after a lost label go where the form puts them
(`import_lost_labels`).  The people's boxes are read in `import_people_boxes` and
`import_role_boxes`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.import_blocks import LIST_MARK, split_blocks, stray_line
from proposal_tui.import_fields import (
    INTERROGATIVE,
    WEB_LINE,
    FormatLine,
    before_agenda,
    known_format,
    label_key,
    minutes,
    paragraphs,
    question_intro,
    questions,
    read_format_line,
    sdgs,
    topic_labelled,
    topic_opens,
    trailing_statements,
    wrapped_choice,
    wrapped_run,
)
from proposal_tui.import_lost_hybrid import speaks_of_hybrid
from proposal_tui.import_sections import Section, list_under_heading_end, quote
from proposal_tui.model import SDG_NAMES

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LabelledBoxes(_Base):
    """Each labelled box read by its kind: text, title, theme, lists, questions, goals,
    format, duration."""

    def text_section(self, name: str, lines: list[str], repeat: bool, section: Section) -> None:
        """A text section; a block that lost its label goes where the form puts it."""
        if name == "description":
            lines = self.announced_questions(lines, section)
            if section.labelled:
                # bulleted questions under a line ending with `:` (`… the following
                # aspects:`) are the description's own text as printed, and, where the text
                # has no policy questions, those too (a guess): the description keeps them
                self.introduced_questions(lines, section)
        lines = self.bulleted_questions(name, lines, section)
        lines = self.paragraph_questions(name, lines, section)
        hybrid = self.hybrid_answer(name, lines)
        why = "no label; it answers the hybrid format's questions of the form"
        if not hybrid and (hybrid := self.hybrid_block(name, lines, section)):
            why = "no label; a block after the description about the online and onsite audience"
        if hybrid:
            tail = lines[hybrid:]
            first = next(line for line in tail if line.strip())
            self.place("hybrid_format", "guess", why, first, section.start + hybrid)
            self.text("hybrid_format", tail, False, guessed=True)
            lines = lines[:hybrid]
        blocks = split_blocks(
            lines, split_inline=bool(section.lead) and name == "format_description"
        )
        target = self.lost_label_target(name)
        if section.labelled and len(blocks) == 1 and (end := list_under_heading_end(lines)):
            # a list under a heading within the box, then running text right under its
            # last item: that text is the next box's (a guess where the box ends)
            blocks = [(0, lines[:end]), (end, lines[end:])]
            first = next(line.strip() for line in lines if line.strip())
            why = "a list under a heading within it; the text right under it read as the next box's"
            self.place(name, "guess", why, first, section.start)
        if name == "description" and section.labelled and len(blocks) > 1:
            strays = [block for _, block in blocks[1:] if stray_line(block)]
            for block in strays:  # a box whose label was lost, not more description
                self.unplace(section, [line.strip() for line in block if line.strip()])
            lines = [line for _, block in blocks if block not in strays for line in block]
        if target is None or len(blocks) == 1:
            self.text(name, lines, repeat, lead=section.lead)
            return
        self.text(name, blocks[0][1], repeat, lead=section.lead)
        for start, block in blocks[1:]:
            if target == "description" and (again := self.format_again(block)):
                # the format named again (`New Online Format` over `Other (…)`, 2020
                # pages, under the format description): no field's text, kept in the notes
                block, start = block[again:], start + again
                if not any(line.strip() for line in block):
                    continue
            if target == "description":
                block = self.organisation_after_text(block, section)
            first = next((line for line in block if line.strip()), "")
            why = "no label; a new block after the " + self.label(name)
            self.place(target, "order", why, first, section.start + start)
            if target == "description" and "hybrid_format" not in self.labelled:
                self.text_then_hybrid(target, block, section.where)
            else:
                self.text(target, block, False, guessed=True)
        if blocks[1][0] == 1:
            # cut right under the label's one-line value, no blank line between, only as
            # both lines are whole paragraphs copied from a web page: where the box ends
            # is a doubt (the next line may be more of it)
            why = "its text cut after the first line, the next read as another box's"
            self.place(name, "guess", why, blocks[0][1][0].strip(), section.start)

    def organisation_after_text(self, block: list[str], section: Section) -> list[str]:
        """`block` (running text that lost its label, read as the description) less a
        last line that is an organisation's name alone (`organisation_alone`) right under
        a line of running text ending a sentence: the organisers' box naming no one, its
        label lost too (2024 Open Forums print it under the description), not more of
        the text.  That line stays in the notes."""
        filled = [index for index, line in enumerate(block) if line.strip()]
        if len(filled) < 2:
            return block
        last, above = (block[filled[index]].strip() for index in (-1, -2))
        if not (
            self.organisation_alone(last)
            and self.running_text(above)
            and above.endswith((".", "!", "?"))
        ):
            return block
        why = "no label; an organisation's name alone under the description, not more of it"
        self.place("import_notes", "guess", why, last)
        self.unplace(section, [last])
        return block[: filled[-1]]

    def read_title(self, lines: list[str], section: Section, repeat: bool) -> None:
        """The title: its line, and in text a mail program or an editor wrapped, the lines
        it was wrapped onto.  A web page's copy prints a title on one line, and one with no
        blank lines goes on with the date, the theme or the format at once."""
        first = next((index for index, line in enumerate(lines) if line.strip()), None)
        if first is None:
            return
        end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
        block = [line.strip() for line in lines[first:end]]
        end = first + (1 if self.web_copy else wrapped_run(block))
        self.scalar("title", " ".join(block[: end - first]), section)
        under = [line.strip() for line in lines[end:]]
        rest = [line.strip() for line in self.lost_people(lines[end:], section)]
        text_at = next((i for i, line in enumerate(rest) if self.running_text(line)), 0)
        if (
            rest
            and rest[text_at : text_at + 1] == under[text_at : text_at + 1]
            and all(
                not line or line == was for line, was in zip(rest[:text_at], under, strict=False)
            )
        ):
            # running text first thing under the title (a 2019 Open Forum's description),
            # no people read above it but the lines taken as people (blanked)
            rest = self.description_before_labels(rest, "title")
        self.stray(self.boxes_by_order(rest), section, questions=True)

    def read_theme(self, lines: list[str], section: Section, repeat: bool) -> None:
        """The theme, then its topics, up to the first blank line after them or the first
        line of people (a copy with no blank lines: 2025 networking sessions print the
        organisation, then its people run together on one line); below it, the
        organisation and people whose labels were lost (2023 lightning talks).  A box whose
        first line names a format holds no theme: that line is the format whose label was
        lost (an empty `Subtheme` over `Birds of a Feather - Auditorium - 60 Min`, 2020)."""
        first = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
        end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
        if first < len(lines) and known_format(lines[first].strip(), self.formats) is not None:
            end = first
        people = (i for i in range(first + 1, end) if self.person_line(lines[i].strip()))
        end = next(people, end)
        rest = [line.strip() for line in self.lost_people(lines[end:], section)]
        self.stray(rest, section)
        content = [line.strip() for line in lines[:end] if line.strip()]
        if not content:
            return
        taken = wrapped_choice(content, self.call.themes)
        self.scalar("theme", " ".join(content[:taken]), section)
        if self.call.section("topics") is not None:
            self.add_items("topics", content[taken:])
        else:
            self.unplace(section, content[taken:])

    def read_topics(self, lines: list[str], section: Section, repeat: bool) -> None:
        self.add_items("topics", [line.strip() for line in lines if line.strip()])

    def read_links(self, lines: list[str], section: Section, repeat: bool) -> None:
        self.add_items("links", [line.strip() for line in lines if line.strip()])

    def read_policy_questions(self, lines: list[str], section: Section, repeat: bool) -> None:
        prose = _prose_only(lines)
        if prose:
            # paragraphs and no question at all: which paragraphs are the items, which the
            # next box's text whose label was lost, is a doubt
            first = next(line.strip() for line in lines if line.strip())
            why = f"prose under {quote(section.label)}, no question: the items are a guess"
            self.place("policy_questions", "guess", why, first)
        at = next((index for index, line in enumerate(lines) if line.strip()), 0)
        opening = lines[at].strip() if lines else ""
        intro, lines = question_intro(lines)
        if intro:
            text = self.introduction_apart(intro, section)
            if not opening.startswith(text.strip()):
                # a question before the introduction: whether the introduction between
                # the questions is one more item is a doubt
                why = "an introduction between them, kept in the notes, may be one more item"
                self.place("policy_questions", "guess", why, opening, section.start + at)
        lines, agenda = before_agenda(lines)
        lines, text = _questions_then_text(lines)
        lines, statements = trailing_statements(lines)
        statements += agenda
        items = questions(lines)
        self.add_items("policy_questions", items)
        self.unplace(section, statements)
        if text:
            kept = len(self.unplaced.get(section.where, []))
            self.lost_text("policy_questions", text, section)
            if items and not prose and len(self.unplaced.get(section.where, [])) > kept:
                # the prose after the questions, read as the next box's text whose label was
                # lost (2020 pages), found no place: whether it is one more item is a doubt
                first = next(line.strip() for line in lines if line.strip())
                why = "the prose after them, kept in the notes, may be one more question"
                self.place("policy_questions", "guess", why, first)

    def read_sdgs(self, lines: list[str], section: Section, repeat: bool) -> None:
        goals, unread = sdgs(lines)
        if repeat:
            self.add_items("sdgs", goals)
        else:  # one list may name a goal twice; it is kept as written
            self.items.setdefault("sdgs", []).extend(goals)
            self.known.setdefault("sdgs", set()).update(goals)
        running = [line for line in unread if len(line) > WEB_LINE]
        self.unplace(section, [line for line in unread if len(line) <= WEB_LINE])
        self.lost_text("sdgs", running, section)

    def goals_of_targets(self, lines: list[str], section: Section) -> None:
        """The goals of the targets a `Targets` box names (`4.5 By 2030 …`, `SDG 9.1, 9.5`,
        `16.3 - …`): the session chose those targets, so their goals are chosen too (a
        guess: read from prose).  The goals the page lists stay the source; the box only
        adds to them, in the goals' order.  Targets only in brackets in running text
        (`… dialogue (17.17).`) count only where the page lists no goals at all."""
        if label_key(section.label) != _TARGETS:
            return
        text = "\n".join(line.strip() for line in lines).strip()
        have = self.items.get("sdgs", [])
        goals = target_goals(text, bracketed=not have)
        added = [goal for goal in goals if goal not in have]
        if added:
            why = "the goals of the targets the Targets text names"
            why = f"no goals listed; {why}" if not have else f"{why}, added to the goals listed"
            self.place("sdgs", "guess", why, " ".join(text.split())[:90], section.start)
            self.items["sdgs"] = sorted({*have, *added})
            self.known.setdefault("sdgs", set()).update(added)

    def format_after_targets(self, lines: list[str], section: Section) -> list[str]:
        """A short line of capitalised words alone (`Gathering`) between the running text
        of the `Targets` box and more running text, where the text has no format: the form
        puts the format right after the targets, so the line is the format whose label was
        lost (a guess, spelled as written) and the text after it what the form puts after
        the format (`text_after_format`).  The box's other lines are returned."""
        if label_key(section.label) != _TARGETS or {"format"} & (self.present | set(self.scalars)):
            return lines
        filled = [index for index, line in enumerate(lines) if line.strip()]
        for before, at, after in zip(filled, filled[1:], filled[2:], strict=False):
            line = lines[at].strip()
            if (
                _FORMAT_NAME.fullmatch(line)
                and len(lines[before].strip()) > WEB_LINE
                and len(lines[after].strip()) > WEB_LINE
                and known_format(line, self.formats) is None
                and not self.person_line(line)
            ):
                break
        else:
            return lines
        why = f"no label; a short line after the {quote(section.label)} text, where the form"
        self.place("format", "order", f"{why} puts the format", line)
        self.format(FormatLine(line, None, ""), section)
        taken = self.text_after_format(lines[at + 1 :])
        return lines[:at] + lines[at + 1 + taken :]

    def read_format(self, lines: list[str], section: Section, repeat: bool) -> None:
        content = [line.strip() for line in lines if line.strip()]
        described = content and (
            _prose(content[0])
            or (known_format(content[0], self.formats) is None and speaks_of_hybrid(content[0]))
        )
        if described and self.open_format_description():
            # no format chosen, only prose under the label (a sentence, or words naming no
            # format of the form that speak of the hybrid setting): it describes the format
            why = f"no format chosen; the prose under {quote(section.label)}"
            self.place("format_description", "guess", why, content[0])
            self.text("format_description", lines, False, guessed=True)
            return
        read = read_format_line(content[0], self.formats) if content else None
        if read is None:
            self.unplace(section, content)
            return
        self.format(read, section)
        rest = lines[next(i for i, line in enumerate(lines) if line.strip()) + 1 :]
        taken = self.text_after_format(rest)  # its description, label lost (2025 pages)
        left = [line.strip() for line in rest[taken:] if line.strip()]
        if not taken and left and self.open_format_description():
            # a short line under the format (`Interactive, open-seating`, 2024 networking
            # sessions): where those pages print the format description, its label lost
            why = f"no label; a short line under the format in {quote(section.label)}"
            self.place("format_description", "guess", why, left[0])
            self.text("format_description", rest, False, guessed=True)
            return
        self.unplace(section, left)

    def format(self, read: FormatLine, where: Section | str) -> None:
        if read.format:
            self.scalar("format", read.format, where)
        if read.duration is not None:
            self.scalar("duration", read.duration, where)
        if read.layout:
            self.notes.append(
                f"Room layout {quote(read.layout)} left out (the draft has no place for it)."
            )

    def read_duration(self, lines: list[str], section: Section, repeat: bool) -> None:
        short = [line for line in lines if len(line.strip()) <= WEB_LINE]
        running = [line for line in lines if not line.strip() or len(line.strip()) > WEB_LINE]
        found, rest = minutes(short)
        if found is not None:
            self.scalar("duration", found, section)
        self.unplace(section, rest)
        self.lost_text("duration", running, section)


_TARGETS = label_key("Targets")
_PROSE_WORDS = 12
"""The fewest words of a sentence read as prose, not a choice of the form."""


def _prose(line: str) -> bool:
    """True where `line` is running text: a sentence of many words ending with a stop."""
    return len(line.split()) >= _PROSE_WORDS and line.rstrip().endswith((".", "!", "?"))


_FORMAT_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}")
"""A format's name as a choice of the form prints it: one to three capitalised words."""
_TARGET = r"(?<![\w.,$€£¥])(?P<goal>1[0-7]|[1-9])\.(?:1[0-9]|[1-9]|[a-c])(?!\w|\.\d)"
"""An SDG target's number (goal 1-17, a dot, target 1-19 or a-c: `16.10`, `5.b`), not a
part of a longer number (`10.12.2023`) nor a sum (`$1.5`)."""
_FIGURE = (
    r"(?![ \t]*+(?:[%°]|(?i:billion|million|trillion|thousand|hundred|percent|per[ \t]++cent"
    r"|bn|mn)\b))"
)
"""Not a figure's unit after it (`2.5 billion`, `1.5 %`)."""
_TARGET_NUMBER = re.compile(_TARGET + _FIGURE)
_ANY_TARGET = _TARGET.replace("?P<goal>", "")
_NAMED_TARGETS = re.compile(
    r"(?i:\b(?:sdgs?|targets?|goals?)\b)[ \t#:]*+(?:\d{1,2}[ \t]++(?i:targets?)[ \t#:]*+)?"
    rf"(?P<run>{_ANY_TARGET}(?:[ \t]*+(?:[,;/&]|(?i:and|or)\b)[ \t]*+{_ANY_TARGET})*+)"
)
"""Targets named as such: after `SDG`, `Target(s)` or `Goal` (`SDG 9.1, 9.5`, `SDG 12 Target
12.6`, `Targets 16.1, 16.3 and 16.10`)."""
_HEAD = re.compile(
    r"(?:^|(?<=[.!?;])[ \t]++)" + _TARGET + _FIGURE + r"(?=\.?[ \t]++[A-Z]|[ \t]*+$)", re.M
)
"""A target heading a part: opening the box, a line or a sentence, before a capitalised word
(`4.5 By 2030, …`, `16.6 Develop …`) or alone on its line."""
_RUN_ON = re.compile(r"(?<=[^\W\d_])[ \t]++" + _TARGET + _FIGURE + r"(?=[ \t]++[A-Z])")
"""A target heading a part run on after the last word of the one before, its stop left out
(`… spending 16.9 By 2030, provide …`)."""
_MARKED = re.compile(_TARGET + r"(?=\.?[ \t]*+[-–—:])")
"""A target before a dash or a colon (`16.3 - …`, `5.b: …`, `5.1.: …`)."""
_GOAL_WITH_TARGETS = re.compile(
    r"^(?:(?i:sdg|goal)[ \t]*+)?(?P<number>1[0-7]|[1-9])[.:)][ \t]++[^()\n]++"
    r"\((?P<targets>[^()\n]++)\)",
    re.M,
)
"""A numbered line naming its goal's targets in brackets (`1. Some goal (1.3, 1.4, 1.a)`)."""
_BRACKETED = re.compile(r"\((?P<targets>[ \t]*+[\d.a-c, \t;&]++)\)")
"""Brackets holding nothing but target numbers (`(17.17)`, `(4.4, 4.b)`)."""
MAX_GOAL = 17
_GOAL_NUMBER = re.compile(r"(?<![\w.,])(?P<goal>1[0-7]|[1-9])[.:)][ \t]++")


def _goals_named(text: str) -> list[int]:
    """Goals each printed as its number and its name (`4. Quality education 9. Industry,
    innovation and infrastructure`), also run together on one line: the number names its
    goal only where the goal's own name follows it."""
    goals = []
    for found in _GOAL_NUMBER.finditer(text):
        goal = int(found["goal"])
        name = SDG_NAMES.get(goal, "")
        end = found.end() + len(name)
        rest = text[found.end() : end]
        if name and rest.casefold() == name.casefold() and not text[end : end + 1].isalnum():
            goals.append(goal)
    return goals


def target_goals(text: str, bracketed: bool) -> list[int]:
    """The goals (in the order 1-17) of the targets a Targets text names: named as targets
    (`_NAMED_TARGETS`), heading a part (`_HEAD`, `_RUN_ON`, `_MARKED`), or in brackets on a numbered
    line of the same goal (`_GOAL_WITH_TARGETS`); also, where `bracketed`, in brackets in
    the running text.  Bare numbers, years and figures (`2.5 billion`) are no targets."""

    def of(part: str) -> list[int]:
        return [int(found["goal"]) for found in _TARGET_NUMBER.finditer(part)]

    goals = [g for found in _NAMED_TARGETS.finditer(text) for g in of(found["run"])]
    goals += [int(found["goal"]) for found in _HEAD.finditer(text)]
    goals += [int(found["goal"]) for found in _RUN_ON.finditer(text)]
    goals += [int(found["goal"]) for found in _MARKED.finditer(text)]
    for found in _GOAL_WITH_TARGETS.finditer(text):
        named = of(found["targets"])
        if named and set(named) == {int(found["number"])}:
            goals += named
    if bracketed:
        goals += [g for found in _BRACKETED.finditer(text) for g in of(found["targets"])]
    goals += _goals_named(text)
    return sorted({goal for goal in goals if 1 <= goal <= MAX_GOAL})


_ANY_MARK = re.compile(rf"{LIST_MARK.pattern}|\(?(?:[A-Z]|\d{{1,2}})[.)](?=\S)")
"""A list mark, also one run into its item (`C.What …`)."""


def _questions_then_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, text): where questions are paragraphs with no list markers, a later
    long paragraph that does not end with `?` is not a question but the next box's text
    that lost its label (2020 pages print the description after the questions); so is
    such a line right after a line ending with `?`, or after a line of a web page (longer
    than `WEB_LINE`: no wrap ended it), no blank line between.  After
    marked questions, that text is a long line with no mark that follows a question
    already ended with `?` and asks nothing itself.  Where the first paragraph is a
    `Topic: question` item, a later paragraph opening with a topic label too is the next
    item, asking or not (a copy cut short inside it)."""
    if any(LIST_MARK.match(line.strip()) for line in lines):
        return _marked_then_text(lines)
    seen_paragraph = False
    topics = False
    for index, raw in enumerate(lines):
        text = raw.strip()
        before = lines[index - 1].strip() if index else ""
        # a line after a question, or after a line of a web page (no wrap ended it)
        alone = before.endswith("?") or len(before) > WEB_LINE
        starts = bool(text) and (index == 0 or not before or alone)
        if not starts:
            continue
        if alone:  # no blank line between: that line alone
            end = index + 1
        else:
            end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
        paragraph = " ".join(line.strip() for line in lines[index:end])
        asks = INTERROGATIVE.match(paragraph) is not None or (
            paragraph.endswith("?") and ". " not in paragraph  # not prose that ends asking
        )
        if not seen_paragraph:
            topics = topic_opens(paragraph)
        elif topics and topic_labelled(paragraph):
            continue
        if seen_paragraph and len(paragraph) > WEB_LINE and not asks:
            return lines[:index], lines[index:]
        seen_paragraph = True
    return lines, []


def _prose_only(lines: list[str]) -> bool:
    """True for a policy questions box holding paragraphs of prose only, two at least: no
    line asks (`?`), opens as a question does or carries a list's mark, and one line at
    least is longer than a wrapped line."""
    filled = [line.strip() for line in lines if line.strip()]
    return (
        len(paragraphs(lines)) > 1
        and any(len(line) > WEB_LINE for line in filled)
        and not any("?" in line for line in filled)
        and not any(INTERROGATIVE.match(line) or LIST_MARK.match(line) for line in filled)
    )


def _asks(text: str) -> bool:
    """Whether an unmarked line opening like a question asks one: prose opening with a
    question word (`When it comes to …`) that asks nothing over several sentences does not."""
    if INTERROGATIVE.match(text) is None:
        return False
    return "?" in text or _NEXT_SENTENCE.search(text) is None


_NEXT_SENTENCE = re.compile(r"[.!][ \t]++[A-Z]")
"""A sentence ending and the next one starting on the same line."""


def _marked_then_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(questions, text) of a list of marked questions (`1. What …?`): the text starts at
    the first long unmarked line after the last marked one whose question had ended and
    that asks nothing (`_asks`): prose of several sentences that opens as no question does
    is that text even where its last sentence asks (2020's box after the questions)."""
    marked = [i for i, line in enumerate(lines) if _ANY_MARK.match(line.strip())]
    before = ""
    for index in range(marked[-1], len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if (
            index > marked[-1]
            and before.endswith("?")
            and len(text) > WEB_LINE
            and not _asks(text)
            and (not text.endswith("?") or _NEXT_SENTENCE.search(text) is not None)
        ):
            return lines[:index], lines[index:]
        before = text
    return lines, []
