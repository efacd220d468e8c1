"""Building the wizard's steps, each when it is first shown, and the keys typed meanwhile.

A mixin of `WizardScreen`.  A draft opens with the step it opens at built (the step
list beside it); every other step is built from the proposal as edited when the person
first goes there, so opening a draft does not wait for twelve steps of editors.  While a
step is built (or the draft is read) `ready` is False and the keys typed wait: they are
pressed, in their order, once the step is shown and the focus is in it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.events import Key, Resize
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer

from proposal_tui.tui.step_editors import StepBuilder
from proposal_tui.tui.widgets.field_editor import FieldEditor
from proposal_tui.tui.widgets.step_list import StepList
from proposal_tui.tui.wizard_steps import STEPS

if TYPE_CHECKING:
    from proposal_tui.tui.screens.wizard import WizardScreen

    _Base = WizardScreen
else:
    _Base = object

NARROW_BELOW = 100
"""Below this many columns the step list shows short names."""


async def _taken_by(pump: MessagePump) -> None:
    """Wait until `pump` has handled every message posted to it so far (at once when it
    takes no more: a screen that was left)."""
    taken = asyncio.Event()
    if pump.call_later(taken.set):
        await taken.wait()


class WizardBuild(_Base):
    """Steps built when first shown; keys typed while one is built wait for it."""

    async def _build(self, index: int) -> None:
        """(Re)build the wizard from the proposal and call, showing step `index` (the
        other steps are built when first shown)."""
        async with self._build_lock:
            await self._build_steps(index)

    async def _build_steps(self, index: int) -> None:
        for old in self.query("#wizard-status, #wizard-body"):
            await old.remove()
        self.ready = False
        pane = self._pane(index)
        body = Horizontal(
            StepList(id="step-list"),
            ContentSwitcher(pane, id="wizard-steps", initial=pane.id),
            id="wizard-body",
        )
        await self.mount(body, before=self.query_one(Footer))
        self.set_reactive(type(self).step_index, index)
        self.query_one(StepList).set_narrow(self.size.width < NARROW_BELOW)
        self.query_one(StepList).highlighted = index
        self._recheck()
        self.ready = True
        self._focus_step()

    def _pane(self, index: int) -> Widget:
        """Step `index`'s pane, built from the proposal and call as they are now."""
        assert self.proposal is not None and self.call is not None
        builder = StepBuilder(self.proposal, self.call, self.session.calls, self.path)
        return builder.pane(index + 1, STEPS[index])

    async def add_step(self, index: int) -> None:
        """Build step `index` if it is not yet.  Keys typed meanwhile wait for it: the
        focus leaves the field while the step is built, and comes back after."""
        async with self._build_lock:
            if self.has_step(index) or not self.query(StepList):
                return
            self.ready = False
            kept = self.focused
            self.set_focus(None)
            pane = self._pane(index)
            await self.query_one(ContentSwitcher).add_content(pane)
            for editor in pane.query(FieldEditor):
                editor.show_findings(self.findings)
            self.ready = True
            if kept is not None and kept.is_attached:
                self.set_focus(kept, scroll_visible=False)

    async def prepare_help(self) -> None:
        """Help lists the keys of every kind of field in the wizard: build every step."""
        for index in range(len(STEPS)):
            await self.add_step(index)

    def has_step(self, index: int) -> bool:
        """Whether step `index` is built (each step is built when first shown)."""
        switcher = self.query(ContentSwitcher)
        return bool(switcher) and bool(switcher.first().query_children(f"#step-{STEPS[index].id}"))

    def _built_or_later(self, index: int, then: Callable[[], object]) -> bool:
        """True when step `index` is built; otherwise False, and `then` is called once it
        is (the keys typed meanwhile are pressed after it)."""
        if self.has_step(index):
            return True
        self.run_worker(self._build_then(index, then), group="wizard-step")
        return False

    async def _build_then(self, index: int, then: Callable[[], object]) -> None:
        await self.add_step(index)
        if self.has_step(index):
            then()
        await self._press_waiting_keys()

    def on_key(self, event: Key) -> None:
        """A key typed while the steps are read or built waits for them: ctrl+g then 6
        typed as the draft opens shows step 6, where the 6 alone would land in the title."""
        if not self.ready and self.load_error is None:
            event.stop()
            event.prevent_default()
            self._waiting_keys.append(Key(event.key, event.character))

    async def _press_waiting_keys(self) -> None:
        """Press the keys typed while the steps were built, in their order, now that the
        focus is where the person will type.  A bound key runs its action; any other goes
        to the focused widget.  Each waits for the one before to be taken (keys posted
        together would race: a binding's key bubbles up while the next is typed)."""
        keys, self._waiting_keys = self._waiting_keys, []
        if keys:
            await _taken_by(self.app)  # a focus asked for after the build moves first
        for key in keys:
            bound = self.active_bindings.get(key.key)
            if bound is not None and bound.enabled:
                await self.app.run_action(bound.binding.action, bound.node)
                await _taken_by(self.app)  # a focus moved by the action moves now
            else:
                target = self.focused or self
                target.post_message(key)
                await _taken_by(target)

    def on_resize(self, event: Resize) -> None:
        for steps in self.query(StepList):
            steps.set_narrow(event.size.width < NARROW_BELOW)
