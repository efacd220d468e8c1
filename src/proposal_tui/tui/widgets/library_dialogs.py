"""The questions and messages the library shows: new draft, rename, delete, import, and
why a draft cannot be opened.  Each builder returns the dialog; the library pushes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from proposal_tui.tui.widgets.dialogs import (
    ChoicePrompt,
    ConfirmDialog,
    MessageDialog,
    PathPrompt,
    TextPrompt,
)
from proposal_tui.workspace import DraftRow


def new_title_prompt() -> TextPrompt:
    """The first question of a new draft: its title (may stay empty)."""
    return TextPrompt(
        "New draft",
        message="The session's title. You can leave it empty and change it later.",
        placeholder="e.g. Community networks after the subsidy",
        submit="Next",
        allow_empty=True,
    )


def call_prompt(calls: list[tuple[str, str]], default: str) -> ChoicePrompt:
    """The second question of a new draft: which call it is for."""
    return ChoicePrompt(
        "Which call is this proposal for?",
        calls,
        default=default,
        message="The call sets the sections, word limits and rules.",
    )


def rename_prompt(row: DraftRow, problem: Callable[[str], str | None]) -> TextPrompt:
    """A new file name for `row`'s draft; `problem` says why a name cannot be taken."""
    return TextPrompt(
        f"Rename {row.name}",
        default=row.path.stem,
        message="The new file name (letters, digits and dashes; .toml is added). "
        "The title inside the draft stays as it is.",
        submit="Rename",
        validate=problem,
    )


def delete_confirm(row: DraftRow) -> ConfirmDialog:
    """Ask before moving `row`'s draft to the trash (cancel is the default)."""
    what = f"“{row.title}” ({row.name})" if row.title else row.name
    return ConfirmDialog(
        f"Move {what} to the trash? You can restore it later from the trash (ctrl+t).",
        title="Delete draft",
        confirm="Move to trash",
        danger=True,
    )


def import_prompt() -> PathPrompt:
    """The text file to make a draft from."""
    return PathPrompt(
        "Import a proposal from a text file",
        message="A text file holding a proposal as published (for example copied "
        "from the IGF website). A new draft is made from it; the file is not changed.",
        must_exist=True,
        submit="Import",
    )


def unreadable_message(row: DraftRow) -> MessageDialog:
    """Why `row`'s draft cannot be opened: its error and its full path."""
    return MessageDialog(
        f"Cannot open {row.name}",
        f"✗ {row.error}",
        details=(
            f"File: {row.path}\n\n"
            "The file was not changed. Fix it in a text editor (the line number "
            "above says where), or move it to the trash with F8."
        ),
    )


def folder_message(folder: Path) -> MessageDialog:
    """Where the drafts are kept."""
    return MessageDialog(
        "Your drafts folder",
        str(folder),
        details="Each draft is one .toml file: copy it to share it or to back it up.",
    )
