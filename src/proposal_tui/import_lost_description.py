"""Finding the description that lost its label (each a guess).

A mixin of `importer.Reader`: where the text has no Description label and no description,
running text in a box the draft has no field for (after its first paragraph), under the
`About this Session` summary box, or before the first label (or under the title line) is
the description, paragraph after paragraph up to a list or a question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.import_blocks import LIST_MARK, QUESTION_LINE, format_first
from proposal_tui.import_fields import WEB_LINE, agenda_heading, known_format, paragraphs
from proposal_tui.import_sections import Section, about_session, quote, read_heading
from proposal_tui.import_state import GUESS

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LostDescription(_Base):
    """The description found where its label was lost (guesses)."""

    def description_after_box(self, lines: list[str], section: Section) -> list[str]:
        """A box the draft has no field for (`Additional Policy Questions Information`,
        `Targets`) holds its first paragraph; running text in a later paragraph, where
        the text has no Description label, no description yet and nothing after this box,
        is the description that lost its label (a guess), from that paragraph on (a box
        holding a format line is left to `stray`); from the first line, where the box is
        `About this Session` and that line is a short sentence with running text one blank
        line under it (`_opener`, 2022 NRI pages).  The box's other lines are returned."""
        if (
            self.next_field is not None
            or "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line.strip(), self.formats) for line in lines)
        ):
            return lines
        opened = False
        content = [line.strip() for line in lines]
        about = about_session(section.label)
        for index, raw in enumerate(lines):
            text = raw.strip()
            starts = bool(text) and index > 0 and not lines[index - 1].strip()
            opener = bool(text) and not opened and about and self._opener(content, index)
            if opener or (
                starts and opened and len(text) > WEB_LINE and not self.person_line(text)
            ):
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
        short lines that end no sentence (`About`, the kind of session: 2021 NRI pages)
        and lines with no letter (a lone `.`),
        paragraph after paragraph of running text, up to a list or a question; a short
        line that ends no sentence just before them (a heading of the questions) stays
        out.  A one-line summary is not the description where running text follows it
        after a run of two blank lines (that text is), or where the box's label is printed
        again further down (`About this session:`, 2020 Best Practice Forums: the text
        under it is).  Question lines right after it (2020 pages print them there) are the policy
        questions, where the text has none (a guess); where the running text announces them
        (its last line ends with `:`, `… will address these policy questions:`, 2023 NRI
        sessions) they are part of the box's text as printed: they stay in the description
        too.  A box holding a format line is left to the other rules.  The box's other
        lines are returned."""
        if (
            not about_session(section.label)
            or "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line.strip(), self.formats) for line in lines)
        ):
            return lines  # a format line in the box: the description follows it (2020 pages)
        content = [line.strip() for line in lines]
        begin = next(
            (i for i, line in enumerate(content) if _lettered(line) and not _heading(line)), None
        )
        if begin is None or len(content[begin]) <= WEB_LINE or self.person_line(content[begin]):
            return lines
        end = self._running_end(content, begin)
        why = f"no label; the text under {quote(section.label)}, where the page prints no"
        summary = end == begin + 1 and (
            len(content[begin]) <= _SUMMARY or self._organisers_under(content, end)
        )
        again = any(about_session(line) for line in self.lines[section.start + 1 :])
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
                    if content[i]
                    and content[i - 2 : i] == ["", ""]
                    and self.running_text(_paragraph_at(content, i))
                ),
                None,
            )
            if later is not None:
                begin, end = later, self._running_end(content, later)
                why = f"no label; running text after a blank-line run under {quote(section.label)}"
                why += ", below its one-line summary, where the page prints no"
        after = next((i for i in range(end, len(lines)) if content[i]), end)
        if after < len(content) and agenda_heading(content[after]):
            # `Agenda (…):` under the text: the agenda is more of it, to the box's end
            end = after = max(i for i, line in enumerate(content) if line) + 1
        asked = self.lost_questions(content, after, quote(section.label))
        if asked > after and not summary and content[end - 1].endswith(":"):  # announced
            end = asked
        self.place("description", "order", f"{why} Description", content[begin])
        self.text("description", lines[begin:end], False, guessed=True)
        if self.texts.get("description"):
            self.about_description = (section.where, lines[begin:end])
        return lines[:begin] + lines[end:after] + lines[max(asked, end) :]

    def about_yields(self) -> None:
        """Running text further down is about to be read as the description, its label
        lost, in the form's place for it: where the description holds only the text of
        the `About this Session` box (`description_about_session`), that box is the
        session's summary, not the description (2020 pages print the summary there and
        the description after the questions), so its text goes back to the notes."""
        if self.about_description is None:
            return
        where, lines = self.about_description
        self.about_description = None
        have = self.texts.get("description", [])
        read = [" ".join(p.split()) for p in paragraphs(lines)]
        if [" ".join(p.split()) for p in have] != read:
            return  # more was read into the description since: leave it
        self.texts["description"] = []
        self.known["description"] = set()
        first = next(line.strip() for line in lines if line.strip())
        self.placements = [
            p for p in self.placements if not (p.field == "description" and p.text == quote(first))
        ]
        self.notes = [
            note for note in self.notes if not note.startswith(f"{GUESS}{quote(first)} placed in")
        ]
        self.notes.append(
            f"The text under {where.removeprefix('under ')} is read as the session's summary,"
            " not the description: the description is the running text further down."
        )
        self.unplace(where, lines)

    def _organisers_under(self, content: list[str], end: int) -> bool:
        """True where the next paragraph after `content[:end]`, one blank line under it, is
        an organisation's name alone (`organiser_alone`: the organisers' box naming no
        one, a 2020 Pre-Event's layout; or several, one blank line apart), with running
        text after it past a run of blank lines: the paragraph above is the session's
        summary, however long."""
        after = next((i for i in range(end, len(content)) if content[i]), None)
        if after != end + 1:
            return False
        while after is not None and self.organiser_alone(content[after:], 0):
            if content[after + 1 : after + 3] == ["", ""]:
                return True
            if content[after + 1 : after + 2] != [""]:
                return False
            after = after + 2 if after + 2 < len(content) and content[after + 2] else None
        return False

    def _opener(self, content: list[str], begin: int) -> bool:
        """True for a short sentence (`Interactive roundtable dialogue open to everyone to
        join.`) opening a box, with running text one blank line under it: the text's
        first sentence, in a paragraph of its own.  A line with no letter (a lone `.`,
        an empty summary) is no sentence."""
        return (
            content[begin].endswith((".", "!"))
            and _lettered(content[begin])
            and content[begin + 1 : begin + 2] == [""]
            and begin + 2 < len(content)
            and self.running_text(content[begin + 2])
        )

    def about_above(self, section: Section) -> Section | None:
        """The `About this Session` box whose label is the line right above `section`'s
        label (blank lines between), with no lines of its own: a 2021 main session's box
        opened by its moderators' inline labels (`Onsite moderator: …, Online moderator:
        …`), the box's text left after them.  None for any other section."""
        above = next((i for i in range(section.start - 1, -1, -1) if self.lines[i].strip()), None)
        if above is None or not about_session(self.lines[above].strip()):
            return None
        return Section(None, self.lines[above].strip(), start=above)

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
                    or (QUESTION_LINE.fullmatch(content[i]) and not _argued(content[i]))
                ),
                len(content),
            )
            more = next((i for i in range(end, len(content)) if content[i]), None)
            if content[end : end + 1] != [""] or more is None:
                break
            if listed := _plain_list_after(content, more):
                end = listed  # `… the following issues:` and a list that asks nothing
                continue
            if (
                not self.running_text(content[more])
                and not _argued(content[more])
                and not self._closing(content, more)
                and not self._inner_heading(content, begin, more)
            ):
                break
            end = more
        while (
            end > begin + 1
            and not content[end - 1].endswith((".", ":", "!", "?", ")"))
            and not LIST_MARK.match(content[end - 1])
            and not _in_series(content[begin : end - 1], content[end - 1])
        ):
            end -= 1
        return end

    def _inner_heading(self, content: list[str], begin: int, index: int) -> bool:
        """True for a heading (a short line ending no sentence, `Objective 1: …`) one blank
        line after running text, with running text one blank line under it, or numbered
        next in a series of headings already in the text from `content[begin]`
        (`Objective 2: …` after `Objective 1: …`, the box's last line too): a heading
        inside the running text, more of it."""
        text = content[index]
        if not _heading(text) or LIST_MARK.match(text) or self.person_line(text):
            return False
        if _in_series(content[begin:index], text):
            return True
        under = content[index + 1 : index + 3]
        return (
            content[index - 2 : index] != ["", ""]
            and len(under) == 2
            and under[0] == ""
            and (self.running_text(under[1]) or _argued(under[1]))
        )

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

    def prose_first(self) -> bool:
        """True when the text opens (after a `Session` heading) with running text before
        any label: the description, its label lost (2019 Open Forums), which
        `description_before_labels` reads; running text further down (a session report's
        summary under the questions) is not it."""
        content = [line.strip() for line in self.preamble if line.strip()]
        if content and content[0].casefold() == "session":
            content = content[1:]
        return bool(content) and self.running_text(content[0]) and not content[0].endswith("?")

    def running_text(self, text: str) -> bool:
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
        title, after an organisation's name alone and a line led by an organisers' label
        (`Co-organizers: …`, ending no sentence), or the session's date and time lines and
        a short line above them, at most), up to a list or a question, a short closing
        sentence (`_closing`) included; a
        line ending with `:` and the list under it that asks nothing (`The main objectives
        … are:` then `• To meet …`), and a list that asks nothing and names no one run on
        right under the text with no blank line (`1) Provide …;`, 2019 Open Forums' aims)
        are more of it.  In a copy with no blank line among the lines (a web page copied
        as a browser may), each line is a paragraph.  The other lines are returned."""
        if (
            "description" in self.labelled
            or "description" in self.texts
            or self.call.section("description") is None
            or any(known_format(line, self.formats) for line in lines)
        ):
            return lines
        begin = end = None
        listing = False
        filled = [index for index, line in enumerate(lines) if line]
        # a copy with no blank line among its lines: each line is a paragraph
        flat = len(filled) > 1 and all(lines[filled[0] : filled[-1] + 1])
        for index, line in enumerate(lines):
            if not line:
                continue
            opens = flat or index == 0 or not lines[index - 1]
            if listing and LIST_MARK.match(line):
                end = index + 1
                continue
            if listing and not opens:
                break  # a line run onto the list that is not an item of it
            listing = False
            if not opens and begin is not None and self._plain_items(lines, index):
                listing, end = True, index + 1  # `1) Provide …;` run on under the text
                continue
            if LIST_MARK.match(line) or QUESTION_LINE.fullmatch(line):
                break  # the questions (`- Which role …?`) after the text
            lead = _lead_in(lines, index)
            prose = (len(line) > WEB_LINE or lead) and not line.endswith("?")
            prose = prose and (not self.person_line(line) or _sentence_first(line))
            prose = prose and not (under and begin is None and _organisers_led(line))
            prose = prose or (begin is not None and opens and self._closing(lines, index))
            prose = prose or (begin is None and opens and self._opener(lines, index))
            if (
                under
                and begin is None
                and not prose
                and not self.organiser_alone(lines, index, head=True)
                and not _organisers_led(line)
                and not schedule_line(line)
                and not _above_schedule(lines, index)
                and not _below_schedule(lines, index)
            ):
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
            if lead and begin is not None and _plain_list_after(lines, index):
                listing = True  # `… are:` and a list that asks nothing
        if begin is None or end is None:
            return lines
        why = "no label; running text before the first label, where the page has no title"
        if under:
            why = f"no label; running text under the {under} line"
        elif self.scalars.get("title"):
            why = "no label; running text before the first label"
        if (second := self._format_paragraph_end(lines, begin, end, flat)) is not None:
            # a first paragraph speaking of the format, more running text under it
            why_format = "no label; a paragraph speaking of the format, above the description"
            self.place("format_description", "order", why_format, lines[begin])
            self.text("format_description", lines[begin:second], False, guessed=True)
            begin = second
        self.place("description", "order", why, lines[begin])
        self.text("description", lines[begin:end], False, guessed=True)
        return lines[:begin] + lines[end:]

    def _format_paragraph_end(
        self, lines: list[str], begin: int, end: int, flat: bool
    ) -> int | None:
        """Where running text that lost its label (`lines[begin:end]`) opens with a
        paragraph whose first sentence speaks of the format (`format_first`), more
        paragraphs after it, and the form has a format description box the text left
        empty: the start of the second paragraph (the first is the format description,
        the rest the description: 2022 pages print the format's text above it; a line
        under a web page's paragraph, no blank line between, opens a paragraph too).  None
        otherwise."""
        if not self.open_format_description() or not format_first(lines[begin]):
            return None
        return next(
            (
                i
                for i in range(begin + 1, end)
                if lines[i] and (flat or not lines[i - 1] or _web_paragraph(lines[i - 1]))
            ),
            None,
        )

    def _plain_items(self, lines: list[str], index: int) -> bool:
        """True when `lines[index]` opens a list whose items (one a line, up to a line
        with no mark) ask nothing and name no one."""
        end = next((i for i in range(index, len(lines)) if not LIST_MARK.match(lines[i])), None)
        items = lines[index : len(lines) if end is None else end]
        return bool(items) and not any("?" in item or self.person_line(item) for item in items)

    def organiser_alone(self, lines: list[str], index: int, head: bool = False) -> bool:
        """True for the first line of `lines` (at `index`; with `head`, the first after the
        page's head: the session's date, time and room lines), an organisation's name
        alone in its paragraph (`Bundesministerium für … (BMZ)`): the organisers' box
        naming no one, which a 2019 Pre-Event prints under the title (a 2020 one under its
        date and room), above the description.  A name with no organisation's word
        (`European Schoolnet/ Insafe`) is one where a run of two blank lines parts it from
        running text or a line led by an organisers' label (`Co-organizers: …`) under it.
        A note of a few words in brackets ending the name (`(jointly with …)`) is left out."""
        first = next((i for i, line in enumerate(lines) if line), None)
        if head:
            first = next(
                (
                    i
                    for i, line in enumerate(lines)
                    if line
                    and not schedule_line(line)
                    and not _above_schedule(lines, i)
                    and not _below_schedule(lines, i)
                ),
                None,
            )
        if index != first or lines[index + 1 : index + 2] not in ([], [""]):
            return False
        at = next((i for i in range(index + 1, len(lines)) if lines[i]), len(lines))
        following = lines[at] if at < len(lines) else ""
        name = _NAME_NOTE.sub("", lines[index]) or lines[index]
        return self.organisation_alone(name) or (
            lines[index + 1 : index + 3] == ["", ""]
            and self.organisations_only([name])
            and not any(ch.isdigit() for ch in name)
            and (self.running_text(following) or _organisers_led(following) or _lead_in(lines, at))
        )


_NAME_NOTE = re.compile(r"[ \t]*+\((?=[^()\n]*?[ \t])[^()\n]*+\)$")
"""A note of a few words in brackets ending an organisation's name (`Name (jointly with
two partners)`): no part of the name (an acronym in brackets, `(BMZ)`, is)."""

_ORGANISERS_LEAD = re.compile(r"(?:co-?)?organi[sz]ers?[ \t]*+:[ \t]*+\S", re.IGNORECASE)
"""A line led by an organisers' label (`Co-organizers: A, B, C`): the organisers' box."""


def _sentence_first(line: str) -> bool:
    """True for a line whose words before its first comma run on as a sentence's do
    (`The session will take the form of a dialogue among leaders from …, including …`):
    no person's name, however many groups the rest of it names."""
    head = line.partition(",")[0]
    return len(head.split()) > _NAME_WORDS_MOST and head[:1].isupper()


_NAME_WORDS_MOST = 8
"""The most words of a name and the title before it, the part of a person's line before
its first comma."""


def _lead_in(lines: list[str], index: int) -> bool:
    """True for `lines[index]`, a sentence ending with `:` that leads in a list (`Present
    the results of the debate on the future of the Internet:`), however short, where a
    list that asks nothing follows it or nothing does (the copy cut its list off):
    running text, no label (`read_heading`)."""
    if index >= len(lines):
        return False
    line = lines[index]
    return (
        line.endswith(":")
        and line[:1].isupper()
        and len(line.split()) >= _LEAD_IN_WORDS
        and read_heading(line) is None
        and (
            _plain_list_after(lines, index) > 0
            or not any(lines[at] for at in range(index + 1, len(lines)))
        )
    )


_LEAD_IN_WORDS = 8
"""The fewest words of a sentence leading in a list, more than a label's."""


def _organisers_led(line: str) -> bool:
    """True for a line led by an organisers' label, naming organisations after it
    (`Co-organizers: Org A, Org B, Org C`), with no sentence ending it: the organisers'
    box, no part of the description."""
    return _ORGANISERS_LEAD.match(line) is not None and not line.endswith((".", "!", "?"))


_SCHEDULE = re.compile(
    r"\b(?:(?:19|20)\d\d|\d{1,2}(?::\d\d)?[ \t]*+[ap]m|\d{1,2}:\d\d)\b", re.IGNORECASE
)
"""A year or a clock time (`2019`, `3:10pm`, `14:15`): what a session's date or time line
names."""


def schedule_line(line: str) -> bool:
    """A short line naming a year or a clock time and ending no sentence: the session's
    date (`25 November 2019 (Day-0), Room V`) or time (`3:10pm – 6:15pm`), which the site
    prints under the title."""
    return _heading(line) and _SCHEDULE.search(line) is not None


def _above_schedule(lines: list[str], index: int) -> bool:
    """True for a short line ending no sentence whose next line of text is the session's
    date or time (`NTRA, Egypt` above `25 November 2019 …`): the page's head (a 2019
    Pre-Event's organisers' box), not its description."""
    following = next((line for line in lines[index + 1 :] if line), "")
    return _heading(lines[index]) and schedule_line(following)


def _below_schedule(lines: list[str], index: int) -> bool:
    """True for a short line ending no sentence right under the session's date or time
    line, no blank line between (`Room 2` under `Tuesday, 3rd November, 2020 (15:10 UTC)
    - …`): the session's room, the page's head, not its description."""
    return (
        index > 0
        and _heading(lines[index])
        and not schedule_line(lines[index])
        and schedule_line(lines[index - 1])
    )


def _lettered(line: str) -> bool:
    """True for a line holding a letter: a line with none (a lone `.`, an empty summary)
    is no text."""
    return any(ch.isalpha() for ch in line)


def _web_paragraph(line: str) -> bool:
    """True for a line longer than a wrapped one that ends a sentence: a whole paragraph
    of a web page, copied on one line."""
    return len(line) > WEB_LINE and line.endswith((".", "!", "?"))


def _paragraph_at(content: list[str], begin: int) -> str:
    """The paragraph opening at `content[begin]`, its lines joined (a hard-wrapped
    paragraph's first line may be shorter than a web page's line)."""
    end = next((i for i in range(begin, len(content)) if not content[i]), len(content))
    return " ".join(content[begin:end])


def _heading(line: str) -> bool:
    """A short line that ends no sentence: a heading (`About`) or a kind of session."""
    return len(line) <= WEB_LINE and not line.endswith((".", "!", "?"))


_STATEMENT_END = re.compile(r"[.!][\"'”’)]*+[ \t]++(?=[\"'“‘(]?[A-Z])")
"""The end of a sentence that asks nothing, with the next sentence after it."""

_ARGUED_STATEMENTS = 2
"""The fewest sentences asking nothing that open a paragraph of running text ending with
questions."""


def _argued(text: str) -> bool:
    """True for a paragraph that opens with two sentences or more that ask nothing before
    its questions (`Last year … was introduced. The need … is present. What are …?`):
    running text that asks along the way, not a run of policy questions."""
    asked = text.find("?")
    before = text if asked < 0 else text[:asked]
    return len(_STATEMENT_END.findall(before)) >= _ARGUED_STATEMENTS


_SERIES_HEADING = re.compile(r"([A-Z][\w-]*+(?:[ \t]++[\w-]++)?)[ \t]++(\d{1,2})[ \t]*+[:.)-]")
"""A heading numbered in a series (`Objective 1: …`, `Part 2. …`): its word and number."""


def _in_series(before: list[str], text: str) -> bool:
    """True for a heading numbered next after one among `before` (`Objective 2: …` where
    `Objective 1: …` came before): another heading of the same text."""
    numbered = _SERIES_HEADING.match(text)
    if numbered is None or not _heading(text):
        return False
    word, number = numbered.group(1).casefold(), int(numbered.group(2))
    return any(
        (earlier := _SERIES_HEADING.match(line)) is not None
        and earlier.group(1).casefold() == word
        and int(earlier.group(2)) == number - 1
        for line in before
    )


_CLOSING_WORDS = 4
"""The fewest words of a short last sentence of running text, in a paragraph of its own."""


_SUMMARY = 300
"""The most characters of the one-line summary that opens an `About this Session` box."""


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
