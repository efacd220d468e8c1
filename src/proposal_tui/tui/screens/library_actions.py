"""The library's actions on drafts that ask first: new, duplicate, rename, delete, add
samples, import, export and compare.

A mixin of `LibraryScreen`: each action asks in a dialog, lets the workspace do the disk
work in a thread, says what happened in one line and reloads the list with the highlight
on the draft it concerns.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual import work

from proposal_tui.errors import ProposalTuiError
from proposal_tui.workspace import DraftRow, count

if TYPE_CHECKING:
    from proposal_tui.tui.screens.library import LibraryScreen

    _Base = LibraryScreen
else:
    _Base = object

R = TypeVar("R")


class LibraryActions(_Base):
    """New, duplicate, rename, delete, add samples, import, export and compare."""

    async def _in_thread(self, what: str, job: Callable[[], R]) -> R | None:
        """Run disk work in a thread; on failure say so in one line and return None."""
        try:
            return await asyncio.to_thread(job)
        except (ProposalTuiError, OSError) as exc:
            reason = exc if isinstance(exc, ProposalTuiError) else exc.strerror or exc
            self.notify(f"{what}: {reason}", severity="error")
            return None

    def _done(self, message: str, select: Path | None = None) -> None:
        self.notify(message)
        self._select_after_load = select
        self.reload()

    @work(exclusive=True, group="library-ask")
    async def action_new(self) -> None:
        """Ask for a title and a call, create the draft, open it in the wizard."""
        from proposal_tui.call import DEFAULT_CALL
        from proposal_tui.tui.widgets.library_dialogs import call_prompt, new_title_prompt

        title = await self.app.push_screen_wait(new_title_prompt())
        if title is None:
            return
        calls = await self._in_thread("Call profiles not read", self.workspace.call_choices)
        if not calls:
            return
        call_name: str | None = calls[0][0]
        if len(calls) > 1:
            default = self.workspace.call_override or DEFAULT_CALL
            call_name = await self.app.push_screen_wait(call_prompt(calls, default))
        if call_name is None:
            return
        path = await self._in_thread(
            "Draft not created", lambda: self.workspace.create(title, call_name)
        )
        if path is None:
            return
        self._select_after_load = path
        from proposal_tui.tui.screens.wizard import WizardScreen

        self.app.push_screen(WizardScreen(path))

    @work(exclusive=True, group="library-ask")
    async def action_duplicate(self) -> None:
        """Copy the highlighted draft to a new file titled '… (copy)'."""
        row = self._readable_row("copied")
        if row is None:
            return
        copy = await self._in_thread("Not copied", lambda: self.workspace.duplicate(row.path))
        if copy is not None:
            self._done(f"Copied {row.name} to {copy.name}.", copy)

    @work(exclusive=True, group="library-ask")
    async def action_rename(self) -> None:
        """Give the highlighted draft's file a new name."""
        from proposal_tui.tui.widgets.library_dialogs import rename_prompt

        row = self.highlighted_row
        if row is None:
            return
        new_name = await self.app.push_screen_wait(
            rename_prompt(row, lambda text: self.workspace.rename_problem(row.path, text))
        )
        if not new_name:
            return
        target = await self._in_thread(
            "Not renamed", lambda: self.workspace.rename(row.path, new_name)
        )
        if target is not None:
            self.set_reactive(
                type(self).marked, tuple(target if p == row.path else p for p in self.marked)
            )
            self._done(f"Renamed {row.name} to {target.name}.", target)

    @work(exclusive=True, group="library-ask")
    async def action_delete(self) -> None:
        """Move the highlighted draft to the trash, after asking."""
        from proposal_tui.tui.widgets.library_dialogs import delete_confirm

        row = self.highlighted_row
        if row is None or not await self.app.push_screen_wait(delete_confirm(row)):
            return
        if await self._in_thread("Not deleted", lambda: self.workspace.trash(row.path)):
            self._done(f"Moved {row.name} to the trash. Press ctrl+t to restore it.")

    @work(exclusive=True, group="library-ask")
    async def action_add_samples(self) -> None:
        """Copy the sample drafts into the drafts folder."""
        copied = await self._in_thread("Samples not copied", self.workspace.add_samples)
        if copied is None:
            return
        if not copied:
            self.notify("No sample drafts were found to copy.", severity="warning")
            return
        self._done(
            f"Added {count(len(copied), 'sample draft')}. They are copies: change them freely."
        )

    @work(exclusive=True, group="library-ask")
    async def action_import(self) -> None:
        """Turn a published proposal (a text file) into a new draft."""
        from proposal_tui.import_sources import read_published_text
        from proposal_tui.tui.screens.import_review import ImportReviewScreen
        from proposal_tui.tui.widgets.library_dialogs import import_prompt

        source = await self.app.push_screen_wait(import_prompt())
        if source is None:
            return
        text = await self._in_thread("Not imported", lambda: read_published_text(source))
        if text is None:
            return
        path = await self.app.push_screen_wait(
            ImportReviewScreen(
                text, source.name, self.workspace.data_dir, self.workspace.call_override
            )
        )
        if path is None:
            self.notify(f"Not imported: {source.name} made no draft.", timeout=4)
            return
        self._done(f"Imported {source.name} as {path.name}; its notes are in the draft.", path)

    @work(exclusive=True, group="library-ask")
    async def action_export(self) -> None:
        """Write the highlighted draft as text, Markdown or JSON to a file."""
        from proposal_tui.tui.widgets.export_dialog import ExportDialog

        row = self._readable_row("exported")
        if row is None:
            return
        chosen = await self.app.push_screen_wait(
            ExportDialog(
                f"Export {row.name}",
                lambda fmt: self.workspace.export_path(row.path, fmt, self.workspace.exports_dir),
                message="Email addresses are left out.",
                source=row.path,
            )
        )
        if chosen is None:
            return
        fmt, target = chosen
        done = await self._in_thread(
            "Not exported", lambda: self.workspace.export(row.path, fmt, target)
        )
        if done is not None:
            self.notify(f"Exported {row.name} ({fmt}) to {target}.")

    @work(exclusive=True, group="library-ask")
    async def action_compare(self) -> None:
        """Compare two drafts: the two marked, or the highlighted one and one you pick."""
        from proposal_tui.tui.widgets.dialogs import ChoicePrompt

        if len(self.marked) == 2:
            first, second = self.marked
        else:
            row = self._readable_row("compared")
            if row is None:
                return
            first = self.marked[0] if self.marked else row.path
            others = [r for r in self.rows if r.readable and r.path != first]
            if not others:
                self.notify("There is no other readable draft to compare with.")
                return
            picked = await self.app.push_screen_wait(
                ChoicePrompt(
                    f"Compare {first.name} with…",
                    [(str(r.path), f"{r.shown_title} ({r.name})") for r in others],
                    default=str(row.path) if row.path != first else None,
                )
            )
            if picked is None:
                return
            second = Path(picked)
        from proposal_tui.tui.screens.compare import CompareScreen

        self.set_reactive(type(self).marked, ())
        self.app.push_screen(CompareScreen(first, second, workspace=self.workspace))

    def _readable_row(self, verb: str) -> DraftRow | None:
        """The highlighted row if it can be read; otherwise say why not and return None."""
        row = self.highlighted_row
        if row is None:
            return None
        if not row.readable:
            self.notify(f"{row.name} cannot be read, so it cannot be {verb}.", severity="error")
            return None
        return row
