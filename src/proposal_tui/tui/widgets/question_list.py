"""The policy questions: a lettered list with add, edit, remove, reorder and the call's
count ('3 of 1–5 questions')."""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content

from proposal_tui.tui.widgets.dialogs import TextBoxPrompt
from proposal_tui.tui.widgets.findings_view import item_label
from proposal_tui.tui.widgets.list_editor import ListEditor


class QuestionList(ListEditor[str]):
    """The proposal's policy questions, lettered A, B, C as the form prints them."""

    noun = "question"

    def entry_prompt(self, index: int, item: str) -> Content:
        letter = item_label("policy_questions", index).removeprefix("Question ")
        return Content.assemble(f"{letter}. ", item or ("(empty)", "$text-muted"))

    def open_form(self, item: str | None, title: str, done: Callable[[str | None], None]) -> None:
        self.app.push_screen(
            TextBoxPrompt(
                title,
                default=item or "",
                placeholder="One question the session will discuss (ctrl+s saves)",
            ),
            done,
        )

    def describe(self, item: str) -> str:
        return f'"{item[:40]}…"' if len(item) > 40 else f'"{item}"'

    def filled(self) -> int:
        return sum(1 for question in self.items if question.strip())
