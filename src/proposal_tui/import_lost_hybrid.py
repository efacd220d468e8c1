"""Finding the hybrid format's answer whose label was lost (each a guess).

A mixin of `importer.Reader`: a paragraph that opens with the form's hybrid questions, or
speaks of the online and onsite audience, after running text placed by the form's order
(or after the labelled description) is the hybrid format's answer where the form has that
box and the text left it empty; one that speaks of taking part online is noted as a
possible answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proposal_tui.import_blocks import split_blocks
from proposal_tui.import_fields import WEB_LINE
from proposal_tui.import_sections import Section, ends_sentence

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LostHybrid(_Base):
    """The hybrid format's answer found where its label was lost (guesses)."""

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
        the hybrid answer so, its label lost), or of its last paragraph, one sentence that
        speaks so (2025 open forums, one blank line before it), where the form has a hybrid
        format box the text left empty; 0 for none."""
        if name != "description" or not section.labelled or "hybrid_format" in self.labelled:
            return 0
        if not self.call.prints("hybrid_format") or "hybrid_format" in self.texts:
            return 0
        for start, block in split_blocks(lines, split_inline=False)[1:]:
            if speaks_of_hybrid(next(line for line in block if line.strip())):
                return start
        opening = next((i for i, line in enumerate(lines) if line.strip()), 0)
        last = _last_online_paragraph(lines, opening)
        return last if last is not None and speaks_of_hybrid(lines[last]) else 0

    def text_then_hybrid(self, target: str, block: list[str], where: str) -> None:
        """`block`, running text that lost its label, into `target` (a guess); a later
        paragraph of it about the online and onsite audience, or a line opening with the
        form's first hybrid question, goes to the hybrid format where the form has that box
        and the text left it empty, else to the notes.  A paragraph opens after a blank line
        or under a web page's whole paragraph on one line (`_whole_web_line`)."""
        opening = block.index(next(line for line in block if line.strip()))
        hybrid = next(
            (
                i
                for i, line in enumerate(block)
                if i > opening
                and (not block[i - 1].strip() or _whole_web_line(block[i - 1]))
                and (_hybrid_paragraph(block, i) or _numbered_last(block, i))
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
        if self.call.prints("hybrid_format") and "hybrid_format" not in self.texts:
            why = "no label; it speaks of the online and onsite audience, as hybrid formats do"
            self.place("hybrid_format", "guess", why, first)
            self.text("hybrid_format", rest, False, guessed=True)
        else:
            self.unplace(where, rest)

    def hybrid_doubt(self, target: str, block: list[str], opening: int) -> None:
        """A guess note on a later paragraph of `block`, placed in `target`, that speaks of
        taking part online (`questions submitted online`) where the form has a hybrid
        format box the text left empty: it may be that box's answer, its label lost."""
        if not self.call.prints("hybrid_format") or "hybrid_format" in self.texts:
            return
        for index in range(opening + 1, len(block)):
            line = block[index].strip()
            if line and not block[index - 1].strip() and _TAKING_PART_ONLINE.search(line):
                why = "it speaks of taking part online: it may be the hybrid format's answer"
                self.place(target, "guess", why, line)
                return


_HYBRID_QUESTION = re.compile(
    r"(?:\d[.)][ \t]*+)?How will you (?:facilitate interaction between onsite and online"
    r"|design the session to ensure the best possible experience for online and onsite)",
    re.IGNORECASE,
)
"""The questions the 2022-2025 forms ask under Hybrid Format, which answers repeat."""


_ONLINE_AND_ONSITE = re.compile(
    r"\bhybrid\b"
    r"|\b(?:online|remote|virtual)\W+(?:and|&|or)\W+(?:onsite|on-site|in-person|offline)\b"
    r"|\b(?:onsite|on-site|in-person)\W+(?:and|&|or)\W+(?:online|remote|virtual)\b"
    r"|\bthe[ \t]++(?:floor|room)\W+(?:and|&|or)\W+(?:online|remote|virtual)\b"
    r"|\b(?:online|remote|onsite|on-site)[ \t]+(?:moderators?|participants|attendees|audience)\b",
    re.IGNORECASE,
)
"""A paragraph about the online and onsite audience: what the hybrid format box holds
(`the floor and online`: the floor, the room, is the onsite audience)."""


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


def _whole_web_line(line: str) -> bool:
    """True for a line longer than a wrapped one that ends a sentence: a web page's whole
    paragraph, so the line under it opens another (a copy with no blank lines)."""
    return len(line.strip()) > WEB_LINE and ends_sentence(line)


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
    if before and (len(before) <= WEB_LINE or not ends_sentence(before)):
        return None
    if text.count(". ") or not _TAKING_PART_ONLINE.search(_NAME_IN_CAPITALS.sub(" ", text)):
        return None
    return last


_NAME_IN_CAPITALS = re.compile(r"\b[A-Z][\w’'-]*+(?:[ \t]++[A-Z][\w’'-]*+)++")
"""Words in capitals, two or more in a row (`the Online Participation Platform`): a name
(a platform the session is shown on), which says nothing of how people take part."""


def speaks_of_hybrid(line: str) -> bool:
    """True for a paragraph's first line that reads as the hybrid format box's answer."""
    return bool(_ONLINE_AND_ONSITE.search(line) or _NUMBERED_ANSWERS.match(line.strip()))


_FIRST_ITEM = re.compile(r"\(?1[.)][ \t]*+\S")
"""The first item of a numbered list (`1) We will …`)."""


def _numbered_last(lines: list[str], index: int) -> bool:
    """True for the last paragraph of `lines`, at `index`, one line numbered `1.` holding
    sentences (`1. The sessions … will be shared in person and broadcast. We will …`),
    right after a paragraph that ends a sentence, not one announcing a list with `:`: the
    answer to the form's first hybrid question, the box's label lost (2022 pages)."""
    text = lines[index].strip()
    before = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
    first = _FIRST_ITEM.match(text)
    return (
        first is not None
        and text[first.end() - 1].isupper()
        and not any(line.strip() for line in lines[index + 1 :])
        and ends_sentence(before)
        and not before.endswith(":")
        and text.count(". ") >= _ANSWER_SENTENCES
    )


_ANSWER_SENTENCES = 2
"""The fewest sentence breaks (`. `) in a numbered answer: its number's own and one more."""


def _hybrid_paragraph(lines: list[str], index: int) -> bool:
    """True for the paragraph starting at `lines[index]` that reads as the hybrid format
    box's answer: its first line does, or it is a numbered list (`1) We will coach both
    moderators …:` then `a) …`, `b)Online moderator will …`) one of whose lines speaks of
    the online or onsite audience."""
    if speaks_of_hybrid(lines[index]):
        return True
    if not _FIRST_ITEM.match(lines[index].strip()):
        return False
    end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
    return any(_ONLINE_AND_ONSITE.search(line) for line in lines[index + 1 : end])
