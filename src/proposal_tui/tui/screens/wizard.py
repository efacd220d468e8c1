"""The wizard: one draft, a step list beside the current step, saved as you type.

Every change goes into the proposal at once; the rules run and the draft is saved when
typing pauses (`AUTOSAVE_DELAY`), on every step change and on leaving.  What a save does,
whether the file changed on disk, and when a failed save is tried again are decided by the
draft's `DraftSession` (no Textual); the screen keeps the timers, the thread workers and
the dialogs: a change on disk is reported with a choice, never silently overwritten, and a
save that fails keeps everything in the window, says why and tries again.
"""

from __future__ import annotations

import asyncio
import time
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Key
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, OptionList, Static
from textual.worker import WorkerCancelled, WorkerFailed

from proposal_tui import places, session, store
from proposal_tui.call import DEFAULT_CALL, Call, load_call
from proposal_tui.checks import Finding, check
from proposal_tui.errors import CallError, DraftError
from proposal_tui.model import PERSON_LIST_FIELDS, Person, Proposal
from proposal_tui.places import Place
from proposal_tui.session import Choice, DraftSession, SaveMode, SaveOutcome, SaveState
from proposal_tui.tui.screens.screen_palette import PaletteCommand, ScreenCommands
from proposal_tui.tui.screens.wizard_build import WizardBuild
from proposal_tui.tui.screens.wizard_moves import WizardMoves
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.step_editors import candidates, durations
from proposal_tui.tui.terminal_sized import TerminalSized
from proposal_tui.tui.widgets.choice_field import ChoiceField
from proposal_tui.tui.widgets.dialogs import ChoicePrompt, ConfirmDialog
from proposal_tui.tui.widgets.field_edit import FieldEdited
from proposal_tui.tui.widgets.field_editor import FieldEditor, field_label
from proposal_tui.tui.widgets.key_footer import KeyFooter
from proposal_tui.tui.widgets.list_editor import ListEditor
from proposal_tui.tui.widgets.people_editor import PeopleEditor
from proposal_tui.tui.widgets.review_pane import ReviewPane
from proposal_tui.tui.widgets.role_picker import RolePicker
from proposal_tui.tui.widgets.save_indicator import SaveIndicator
from proposal_tui.tui.widgets.step_list import StepList
from proposal_tui.tui.wizard_people import WizardPeople, first_role
from proposal_tui.tui.wizard_steps import STEPS, step_index, step_state


class WizardScreen(WizardBuild, WizardPeople, WizardMoves, TerminalSized, Screen[None]):
    """Edit one draft step by step; saves itself; escape saves and goes back."""

    CSS_PATH = Path(__file__).with_name("wizard.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n,f8", "next_step", "Next", id="wizard.next"),
        Binding("ctrl+b,f7", "previous_step", "Prev", id="wizard.previous"),
        Binding("ctrl+g", "steps", "Steps", id="wizard.steps"),
        Binding("ctrl+s", "save", "Save", id="wizard.save"),
        Binding("ctrl+o", "versions", "Versions", id="wizard.versions", show=False),
        Binding("escape", "back", "Back", id="wizard.back"),
        Binding("tab", "next_field", "Next field, on into the next step", show=False),
        Binding(
            "shift+tab", "previous_field", "Field before, back into the step before", show=False
        ),
    ]
    COMMANDS: ClassVar = {ScreenCommands}

    AUTOSAVE_DELAY = 0.8
    """Seconds without a change before the rules run and the draft is saved."""
    POLL_SECONDS = 2.0
    """How often the file on disk is checked for changes made elsewhere."""
    step_index: var[int] = var(0, init=False)
    """The step shown (its index in STEPS)."""
    save_status: var[tuple[SaveState, str]] = var((SaveState.LOADING, ""), init=False)
    """Where the draft stands on disk, and why it is not saved (shown top right)."""

    def __init__(self, path: Path, *, step: str | None = None, person: str | None = None) -> None:
        super().__init__()
        self.initial_step = step
        self.initial_person = person
        """Open at this person: the step where they first appear, their entry focused."""
        self.session = DraftSession(Path(path))
        self.findings: list[Finding] = []
        self.ready = False
        """True once the draft is loaded and the step shown is built (False again while a step
        is built on its first showing)."""
        self._last_edit = 0.0
        self._idle_timer: Timer | None = None
        self._retry_timer: Timer | None = None
        self._save_lock = asyncio.Lock()
        self._build_lock = asyncio.Lock()
        self._save_tasks: set[asyncio.Task[None]] = set()
        self._conflict_open = False
        self._leaving = False
        self._in_versions = False
        self._waiting_keys: list[Key] = []
        """Keys typed while the steps were being built, to press once they are shown."""

    @property
    def path(self) -> Path:
        """The draft file (a 'save as copy' moves it)."""
        return self.session.path

    @property
    def proposal(self) -> Proposal | None:
        """The proposal as edited here."""
        return self.session.proposal

    @property
    def call(self) -> Call | None:
        """The call the draft is judged against."""
        return self.session.call

    @property
    def conflict_pending(self) -> bool:
        """The file changed on disk and the person has not chosen what to do yet."""
        return self.session.conflict is not None

    @property
    def load_error(self) -> str | None:
        """Why the draft could not be opened (None once it is)."""
        return self.session.load_error

    @property
    def save_error(self) -> str | None:
        """Why the last save failed (None after a good save)."""
        return self.session.save_error

    # --- building -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="wizard-top"):
            yield Static(as_text(self.path.name, prose=False), id="wizard-title")
            yield SaveIndicator(id="wizard-save")
        yield Static("Loading…", id="wizard-status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.session.call_override = getattr(self.app, "call_name", None)
        self._load()
        self.set_interval(self.POLL_SECONDS, self._poll)

    @work(thread=True, exclusive=True, group="wizard-load")
    def _load(self) -> None:
        try:
            loaded = session.load(self.path, self.session.call_override)
        except (DraftError, CallError) as exc:
            self.app.call_from_thread(self._show_load_error, str(exc))
            return
        place = places.recall(self.path) if self.initial_step is None else None
        self.app.call_from_thread(self._show_loaded, loaded, place)

    def _show_load_error(self, message: str) -> None:
        self.session.failed_to_open(message)
        self.query_one("#wizard-status", Static).update(
            f"✗ Cannot open this draft: {message}\n"
            "The file was left as it is. Press escape to go back."
        )
        self._show_save_state()

    async def _show_loaded(self, loaded: session.Loaded, place: Place | None = None) -> None:
        """Show the draft read; on first opening, at `place` (where the person left it)
        or at the step, field or person asked for."""
        self.session.opened(loaded)
        if loaded.note:
            self.notify(loaded.note, severity="warning")
        first = not self.query(StepList)
        await self._build(self.step_index if not first else self._opening_step(place))
        self._show_save_state()
        if first and place is not None:
            self.restore_place(place)
        elif first and self.initial_step and self.initial_step != STEPS[self.step_index].id:
            self.focus_field(self.initial_step)
        if first and self.initial_person:
            self.focus_person(self.initial_person)
        await self._press_waiting_keys()

    def _opening_step(self, place: Place | None) -> int:
        """The step a draft opens at: the person's, the place's, or the one asked for."""
        found = first_role(self.proposal, self.initial_person) if self.initial_person else None
        if found is not None:
            return step_index(found[0])
        return step_index(place.step if place is not None else self.initial_step)

    # --- editing --------------------------------------------------------------------

    def _edit_everywhere(self, old: object, new: object) -> None:
        """A person edited in one role: the same record in their other roles too."""
        if not (isinstance(old, Person) and isinstance(new, Person)):
            return
        if not self.session.edit_person(old, new):
            return
        for editor in self.query(PeopleEditor):
            if any(person is old for person in editor.items):
                editor.show_items([new if person is old else person for person in editor.items])
        for picker in self.query(RolePicker):
            if picker.person is old:
                picker.show_person(new)

    @on(FieldEdited)
    def _edited(self, event: FieldEdited) -> None:
        event.stop()
        if not self.session.edit(event.field, event.value):
            return
        if event.replaced is not None:
            self._edit_everywhere(*event.replaced)
        self._last_edit = time.monotonic()
        self._show_save_state()
        if event.field in PERSON_LIST_FIELDS:
            assert self.proposal is not None
            for picker in self.query(RolePicker):
                picker.set_candidates(candidates(self.proposal))
        elif event.field == "format":
            assert self.call is not None
            for choice in self.query("#field-duration").results(ChoiceField):
                choice.set_choices(
                    durations(self.call, str(event.value)), "not offered for this format"
                )
        elif event.field == "call":
            self._switch_call(str(event.value))
        if self._idle_timer is None:
            self._idle_timer = self.set_timer(self.AUTOSAVE_DELAY, self._idle)

    def _idle(self) -> None:
        """Typing paused (or not): once it has, run the rules and save."""
        self._idle_timer = None
        waited = time.monotonic() - self._last_edit
        if waited < self.AUTOSAVE_DELAY:
            self._idle_timer = self.set_timer(self.AUTOSAVE_DELAY - waited, self._idle)
            return
        self._recheck()
        self.run_worker(self._autosave, group="wizard-autosave")

    def _flush(self) -> None:
        """Run the rules and save now if anything waits for the pause in typing."""
        if self._idle_timer is not None:
            self._idle_timer.stop()
            self._idle_timer = None
            self._recheck()
        if self.has_unsaved_changes():
            self.run_worker(self._autosave, group="wizard-autosave")

    def _recheck(self) -> None:
        """Run the rules; show findings beside each editor and each step's state."""
        if self.proposal is None or self.call is None or not self.query(StepList):
            return  # not shown yet, or being taken down
        self.findings = check(self.proposal, self.call)
        for editor in self.query(FieldEditor):
            editor.show_findings(self.findings)
        self.query_one(StepList).show_states(
            {s.id: step_state(self.proposal, self.call, s, self.findings) for s in STEPS}
        )
        title = self.proposal.title or "(untitled)"
        self.query_one("#wizard-title", Static).update(
            as_text(f"{title} · {self.path.name} · {self.call.name}", prose=False)
        )
        if STEPS[self.step_index].id == "review":
            for pane in self.query(ReviewPane):
                pane.update_proposal(self.proposal, self.call)

    @work(group="wizard-call")
    async def _switch_call(self, name: str) -> None:
        """Judge the draft against another call: relabel, re-offer choices, re-check."""
        worker = self.run_worker(
            partial(load_call, name or DEFAULT_CALL), thread=True, exit_on_error=False
        )
        try:
            call = await worker.wait()
        except WorkerFailed as exc:
            self.notify(f"Cannot use that call: {exc.error}", severity="error")
            return
        self.session.use_call(call)
        await self._build(self.step_index)
        self.focus_field("call")
        await self._press_waiting_keys()

    # --- moving between steps (the rest in WizardMoves) --------------------------------

    @on(OptionList.OptionHighlighted, "#step-list")
    def _step_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_list.has_focus:  # the person moves through the list
            self.go_to(event.option_index, focus=False)

    @on(OptionList.OptionSelected, "#step-list")
    def _step_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.go_to(event.option_index)

    def on_review_pane_jump_to(self, event: ReviewPane.JumpTo) -> None:
        event.stop()
        self.focus_field(event.field)

    # --- saving ---------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """True when something typed here is not on disk yet."""
        return self.session.has_unsaved_changes()

    async def save_now(self) -> bool:
        """Save what is typed now, without waiting for a pause; True when all of it is on disk."""
        if self._idle_timer is not None:
            self._idle_timer.stop()
            self._idle_timer = None
            self._recheck()
        await self._save()
        return not self.has_unsaved_changes()

    async def keep_place(self) -> None:
        """Keep where the person is (step, field, cursor): the draft reopens there."""
        if self.ready:
            await asyncio.to_thread(places.remember, self.path, self.current_place())

    async def confirm_leave(self) -> bool:
        """Save; if the draft changed on disk, ask what to do; if it still is not saved, ask
        whether to leave without it.  True when leaving is fine.  Run it from a worker."""
        await self.keep_place()
        saved = await self.save_now()
        if not saved and self.conflict_pending:
            await self._resolve_conflict()
            saved = not self.has_unsaved_changes()
        if saved:
            return True
        reason = self.session.leave_reason()
        return bool(
            await self.app.push_screen_wait(
                ConfirmDialog(
                    f"Your latest changes are not saved ({reason}). They exist only in this "
                    "window. Leave anyway and lose them?",
                    title="Leave without saving?",
                    confirm="Leave without saving",
                    cancel="Stay",
                    danger=True,
                )
            )
        )

    @work(group="wizard-save-key")
    async def action_save(self) -> None:
        """Save now (or, if the file changed on disk, ask what to do)."""
        await self.save_now()
        await self._resolve_conflict()

    @work(group="wizard-leave")
    async def action_back(self) -> None:
        """Save, then go back to whatever opened the wizard."""
        if self._leaving:
            return
        self._leaving = True
        try:
            if await self.confirm_leave():
                self.dismiss(None)
        finally:
            self._leaving = False

    async def _save(self, mode: SaveMode = "normal", *, force: bool = False) -> None:
        """Write the proposal in a thread, one save at a time.  A save runs to its end
        (and records its fingerprint) even when the caller is cancelled meanwhile."""
        task = asyncio.ensure_future(self._save_in_turn(mode, force))
        self._save_tasks.add(task)
        task.add_done_callback(self._save_tasks.discard)
        await asyncio.shield(task)

    async def _save_in_turn(self, mode: SaveMode, force: bool) -> None:
        async with self._save_lock:
            job = self.session.begin_save(mode, force=force)
            if job is None:
                return
            self._show_save_state()
            worker = self.run_worker(
                partial(session.write, job), thread=True, group="wizard-write", exit_on_error=False
            )
            try:
                outcome = await worker.wait()
            except (WorkerFailed, WorkerCancelled) as exc:
                outcome = SaveOutcome(job.path, error=str(exc) or "the save was interrupted")
            moved = outcome.error is None and outcome.path != self.path
            retry_in = self.session.finish_save(job, outcome)
            if self._retry_timer is not None:
                self._retry_timer.stop()
                self._retry_timer = None
            if retry_in is not None:
                self._retry_timer = self.set_timer(retry_in, self._retry)
            self._show_save_state()
            if moved:
                for pane in self.query(ReviewPane):
                    pane.draft_path = self.path
                self._recheck()

    def _show_save_state(self) -> None:
        self.save_status = (self.session.state, self.session.reason)

    def watch_save_status(self, status: tuple[SaveState, str]) -> None:
        """Show the save state (quietly skipped while the screen is being taken down)."""
        state, reason = status
        for indicator in self.query(SaveIndicator):
            if state is SaveState.SAVED:
                indicator.saved()
            elif state is SaveState.EDITED:
                indicator.edited()
            elif state is SaveState.SAVING:
                indicator.saving()
            elif state is not SaveState.LOADING:
                indicator.failed(reason)

    def _retry(self) -> None:
        self._retry_timer = None
        self.run_worker(self._autosave, group="wizard-autosave")

    async def _autosave(self) -> None:
        """Save in the background; if the file changed on disk, ask what to do."""
        await self._save()
        await self._resolve_conflict()

    # --- changes made elsewhere -----------------------------------------------------

    def _poll(self) -> None:
        if self.ready and not (
            self._save_lock.locked()
            or self.conflict_pending
            or self._conflict_open
            or self._in_versions
        ):
            self.run_worker(self._check_disk, group="wizard-poll", exclusive=True)

    async def _check_disk(self) -> None:
        path, saves = self.path, self.session.saves
        worker = self.run_worker(
            partial(store.disk_fingerprint, path),
            thread=True,
            group="wizard-poll-read",
            exit_on_error=False,
        )
        try:
            now = await worker.wait()
        except (WorkerFailed, WorkerCancelled):
            return  # unreadable for a moment: the next poll or save will tell
        if not self._save_lock.locked() and self.session.disk_check(path, saves, now):
            self._show_save_state()
            self.run_worker(self._resolve_conflict, group="wizard-conflict")

    async def _resolve_conflict(self) -> None:
        """Ask what to do about the file that changed on disk, and do it."""
        if self._conflict_open or not self.conflict_pending:
            return
        self._conflict_open = True
        try:
            question = self.session.conflict_question()
            prompt = ChoicePrompt(question.title, question.choices, message=question.message)
            choice = await self.app.push_screen_wait(prompt)
            mode = self.session.save_for(Choice(choice)) if choice else None
            if choice == Choice.RELOAD:
                await self._reload()
            elif mode is not None:
                await self._save(mode, force=True)
                if mode == "copy" and not self.conflict_pending:
                    self.notify(
                        f"Your version is now {self.path.name}; the other file is unchanged."
                    )
        finally:
            self._conflict_open = False

    async def _reload(self, note: str = "Reloaded the version on disk.") -> None:
        worker = self.run_worker(
            partial(session.load, self.path, self.session.call_override),
            thread=True,
            exit_on_error=False,
        )
        try:
            loaded = await worker.wait()
        except WorkerFailed as exc:
            self.notify(f"Cannot reload: {exc.error}", severity="error")
            return
        await self._show_loaded(loaded)
        if note:
            self.notify(note)

    # --- versions -------------------------------------------------------------------

    @work(group="wizard-versions", exclusive=True)
    async def action_versions(self) -> None:
        """List this draft's earlier versions: compare one, take from it or restore it.

        What is typed is saved first, so the list starts from the text on screen; when a
        restore or a take changed the file, the wizard shows the file as it is now."""
        if not self.ready or self._in_versions:
            return
        from proposal_tui.tui.screens.revisions import RevisionsScreen

        if not await self.save_now():
            await self._resolve_conflict()
            if self.has_unsaved_changes():
                self.notify(
                    "Save this draft first: the versions are listed from the file on disk.",
                    severity="warning",
                )
                return
        self._in_versions = True
        try:
            changed = await self.app.push_screen_wait(RevisionsScreen(self.path))
            if changed:
                await self._reload(note="")
        finally:
            self._in_versions = False

    # --- palette --------------------------------------------------------------------

    def palette_commands(self) -> list[PaletteCommand]:
        """The wizard's actions, named for the command palette."""
        commands: list[PaletteCommand] = [
            ("Wizard: Next step", "Go to the next step", self.action_next_step),
            ("Wizard: Previous step", "Go to the previous step", self.action_previous_step),
            ("Wizard: Save now", "Write the draft to disk now", self.action_save),
            (
                "Wizard: Versions",
                "Earlier versions of this draft: compare or restore (ctrl+o)",
                self.action_versions,
            ),
            ("Wizard: Close", "Save and go back", self.action_back),
        ]
        for index, step in enumerate(STEPS):
            commands.append(
                (
                    f"Wizard: Go to {step.title}",
                    f"Step {index + 1} of {len(STEPS)}",
                    partial(self.go_to, index),
                )
            )
        if self.ready:
            commands += self._editor_commands()
        return commands

    def _editor_commands(self) -> list[PaletteCommand]:
        """The actions of the lists and roles on the step shown ('Speakers: Add speaker')."""
        pane = self.query_one(ContentSwitcher).visible_content
        if pane is None:
            return []
        step = STEPS[self.step_index].title
        commands: list[PaletteCommand] = []
        for editor in pane.query(ListEditor):
            noun = editor.noun
            commands += [
                (f"{step}: Add {noun}", f"Add a {noun} at the end", editor.action_add),
                (f"{step}: Edit {noun}", f"Edit the highlighted {noun}", editor.action_edit),
                (f"{step}: Remove {noun}", f"Remove the highlighted {noun}", editor.action_remove),
                (
                    f"{step}: Move {noun} up",
                    "Move it one place up",
                    partial(editor.action_move, -1),
                ),
                (
                    f"{step}: Move {noun} down",
                    "Move it one place down",
                    partial(editor.action_move, 1),
                ),
            ]
        for picker in pane.query(RolePicker):
            role = field_label(picker.call, picker.field)
            commands += [
                (
                    f"{step}: Add {role.lower()}",
                    "Someone of this draft, of your other drafts, or a new person",
                    picker.action_new,
                ),
                (f"{step}: Edit {role.lower()}", "Edit this person", picker.action_edit),
                (f"{step}: Clear {role.lower()}", "Leave the role empty", picker.action_clear),
            ]
        return commands
