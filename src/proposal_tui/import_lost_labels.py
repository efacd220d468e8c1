"""Placing running text whose label was lost by the form's order (each a guess).

A mixin of `importer.Reader`: which box a label-less block after a box belongs to (the
description, where the text has no Description label), running text under a one-value
box or after the moderators, and a block right before the duration (the format's
description).  The description in other places is read in `import_lost_description`,
questions in `import_lost_questions`, the hybrid format's answer in `import_lost_hybrid`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proposal_tui.import_blocks import FORMAT_WORD, LIST_MARK, paragraph_spans, split_blocks
from proposal_tui.import_fields import known_format, questions
from proposal_tui.import_lost_hybrid import speaks_of_hybrid
from proposal_tui.import_sections import TEXT_FIELDS, Section, quote

if TYPE_CHECKING:
    from proposal_tui.importer import Reader

    _Base = Reader
else:
    _Base = object


class LostLabels(_Base):
    """Running text whose label was lost, placed where the form puts it (guesses)."""

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

    def boxes_by_order(self, lines: list[str]) -> list[str]:
        """Under the title of a text that labels none of the policy questions, description
        and expected outcomes and has none of them (a copy that lost all its labels): a
        paragraph that is a list, then a paragraph of running text, then maybe another list,
        are those boxes in the form's order (each a guess), where the form puts them so
        with no text box between.  The other lines are returned."""
        names = ["policy_questions", "description", "expected_outcomes"]
        order = [s.field for s in self.call.sections]
        if (
            any(name not in order or name in self.labelled for name in names)
            or self.list_given("policy_questions")
            or {"description", "expected_outcomes"} & set(self.texts)
            or order.index("expected_outcomes") != order.index("description") + 1
            or order.index("policy_questions") > order.index("description")
            or set(order[order.index("policy_questions") : order.index("description")])
            & set(TEXT_FIELDS)
        ):
            return lines
        spans = paragraph_spans(lines)
        blocks = [[line.strip() for line in lines[begin:end]] for begin, end in spans]
        if (
            len(blocks) < 2
            or not self._listed(blocks[0])
            or not all(self.running_text(line) for line in blocks[1])
        ):
            return lines
        why = "no label; a list under the title, where the form puts the policy questions first"
        self.guessed_items("policy_questions", why, questions(blocks[0]), blocks[0][0])
        why = "no label; running text after the list under the title, where the form puts the"
        self.place("description", "order", f"{why} description", blocks[1][0])
        self.text("description", blocks[1], False, guessed=True)
        taken = 2
        if len(blocks) > taken and self._listed(blocks[taken]):
            why = "no label; a list after the description, where the form puts the"
            self.place("expected_outcomes", "order", f"{why} expected outcomes", blocks[2][0])
            self.text("expected_outcomes", blocks[2], False, guessed=True)
            taken += 1
        return lines[: spans[0][0]] + lines[spans[taken - 1][1] :]

    def _listed(self, block: list[str]) -> bool:
        """True for a paragraph every line of which opens with a list mark, naming no one."""
        return all(LIST_MARK.match(line) and not self.person_line(line) for line in block)

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

    def lost_text(self, name: str, lines: list[str], section: Section) -> None:
        """Running text under a one-value label (an empty `Duration (minutes)` with the
        next box's text below it): its label was lost, so it goes where the form puts the
        text that has no label of its own (a guess), or to the notes.  As the description,
        a later paragraph about the online and onsite audience is the hybrid format."""
        content = [line for line in lines if line.strip()]
        if not content:
            return
        target = self.lost_label_target(name)
        if target is None or (target == "description" and self.prose_first()):
            self.unplace(section, lines)
            return
        why = f"no label; running text under the {self.label(name)}, which holds one value"
        if target == "description":
            self.about_yields()
        self.place(target, "order", why, content[0])
        if target == "description" and "hybrid_format" not in self.labelled:
            self.text_then_hybrid(target, lines, section.where)
        else:
            self.text(target, lines, False, guessed=True)

    def text_after_people(self, name: str, lines: list[str], section: Section) -> None:
        """Running text after a moderator or the rapporteur (2021 pages), or past a run of
        blank lines at the end of a people box (2023 main sessions), its label lost:
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
        return all(self.running_text(line) and not speaks_of_hybrid(line) for line in content)
