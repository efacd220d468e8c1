"""The review pane: the export text as it will be pasted, beside the findings checklist.

Left, every non-empty section in the call's order with its label (one highlighted);
right, or below when the pane is narrow, the findings of `checks` with their marks
(✗ ! i) and the readiness summary at the top.  Copy one section or everything to the
clipboard (the system's and the terminal's: the message says which took it), show the
boxes one at a time as plain terminal text (the paste view, for when no clipboard
works), export to a file, switch contacts (email addresses) in or out.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.call import Call
from proposal_tui.checks import Finding, Level, Readiness, check, readiness, text_count
from proposal_tui.errors import ProposalTuiError
from proposal_tui.export import ExportSection, export_sections, export_text
from proposal_tui.export_formats import EXPORT_FORMATS
from proposal_tui.model import Proposal, word_count
from proposal_tui.store import slugify
from proposal_tui.tui.copy_out import copy_out
from proposal_tui.tui.paste_view import run_paste_view
from proposal_tui.workspace import Workspace, write_export

NO_CLIPBOARD = "press v for the paste view (select with the mouse), or e to export to a file"

NARROW_BELOW = 100
"""Below this many columns the checklist moves under the text."""

LEVEL_STYLES = {Level.ERROR: "bold $text-error", Level.WARNING: "bold $text-warning"}


def amount(section: ExportSection, call: Call) -> str:
    """How much a section holds, in the unit its limit counts ('312 words')."""
    counted = text_count(section.text, call.section(section.field))
    unit = counted.unit if counted.count != 1 else counted.unit[:-1]
    return f"{counted.count:,} {unit}"


def readiness_line(state: Readiness) -> str:
    """Readiness in words with its mark: '✓ ready: 16/16 sections', '✗ not ready: …'."""
    summary = state.summary()
    if state.ready:
        return f"{state.mark} {summary if summary.startswith('ready') else 'ready: ' + summary}"
    return f"{state.mark} not ready: {summary}"


def section_prompt(section: ExportSection) -> Content:
    """A section as the list shows it: the label, then the text as it will be pasted."""
    return Content.assemble((section.label, "bold $text-accent"), "\n", section.text)


def finding_prompt(finding: Finding, call: Call) -> Content:
    """One line of the checklist: mark, section label (and item), message."""
    item = f" #{finding.item + 1}" if finding.item is not None else ""
    style = LEVEL_STYLES.get(finding.level, "bold")
    return Content.assemble(
        (finding.mark, style),
        " ",
        (f"{call.label(finding.field)}{item}", "bold"),
        ": ",
        finding.message,
    )


class ReviewPane(Widget, can_focus=False):
    """The export text beside the findings checklist, with copy and export."""

    DEFAULT_CSS = """
    ReviewPane {
        height: 1fr;
        layout: vertical;
        #review-readiness { padding: 0 1; text-style: bold; }
        #review-contacts { padding: 0 1; color: $text-muted; }
        #review-body { height: 1fr; }
        #review-sections { width: 3fr; height: 1fr; max-height: 100%; }
        #review-checklist { width: 2fr; min-width: 30; height: 1fr; }
        #review-checklist-title { padding: 0 1; text-style: bold; }
        #review-findings { height: 1fr; max-height: 100%; }
        #review-sections > .option-list--option { padding: 0 1; }
        &.-narrow {
            #review-body { layout: vertical; }
            #review-sections { width: 1fr; height: 1fr; }
            #review-checklist { width: 1fr; height: auto; max-height: 45%; }
            #review-findings { height: auto; }
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "copy_section", "Copy", id="review.copy_section"),
        Binding("a,C", "copy_all", "Copy all", id="review.copy_all"),
        Binding("v", "paste_view", "Paste view", id="review.paste_view"),
        Binding("e", "export", "Export", id="review.export"),
        Binding("t", "toggle_contacts", "Contacts", id="review.toggle_contacts"),
        Binding("tab", "switch_list", "Checklist", show=False),
    ]

    class JumpTo(Message):
        """The person chose a finding (or a section): go to that section's step."""

        def __init__(self, field: str) -> None:
            self.field = field
            super().__init__()

    def __init__(
        self,
        proposal: Proposal,
        call: Call,
        *,
        export_dir: Path | None = None,
        draft_path: Path | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.proposal = proposal
        self.call = call
        self.export_dir = export_dir
        """Where the export path prompt starts (default: the data dir's exports folder)."""
        self.draft_path = draft_path
        """The draft's own file, which an export must never write over."""
        self.include_contacts = False
        self.sections: list[ExportSection] = []
        self.findings: list[Finding] = []

    def compose(self) -> ComposeResult:
        yield Static(id="review-readiness")
        yield Static(id="review-contacts")
        with Horizontal(id="review-body"):
            yield OptionList(id="review-sections")
            with Vertical(id="review-checklist"):
                yield Static("Checklist", id="review-checklist-title")
                yield OptionList(id="review-findings")

    def on_mount(self) -> None:
        self._refresh_all()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW_BELOW, "-narrow")

    def update_proposal(self, proposal: Proposal, call: Call) -> None:
        """Show `proposal` (judged against `call`), keeping the highlighted section."""
        self.proposal = proposal
        self.call = call
        if self.is_mounted:
            self._refresh_all()

    # --- drawing ------------------------------------------------------------------

    def _refresh_all(self) -> None:
        self.findings = check(self.proposal, self.call)
        state = readiness(self.proposal, self.call, self.findings)
        self.query_one("#review-readiness", Static).update(Content(readiness_line(state)))
        findings = self.query_one("#review-findings", OptionList)
        kept = findings.highlighted
        title = self.query_one("#review-checklist-title", Static)
        if self.findings:
            count = len(self.findings)
            title.update(f"Checklist: {count} finding{'' if count == 1 else 's'} · enter: go there")
            findings.set_options(
                Option(finding_prompt(f, self.call), id=f"finding-{i}")
                for i, f in enumerate(self.findings)
            )
            findings.highlighted = min(kept or 0, len(self.findings) - 1)
        else:
            title.update("Checklist")
            findings.set_options([Option(Content("✓ No problems found"), disabled=True)])
        self._refresh_sections()

    def _refresh_sections(self) -> None:
        current = self.highlighted_section
        self.sections = export_sections(
            self.proposal, self.call, include_contacts=self.include_contacts
        )
        contacts = self.query_one("#review-contacts", Static)
        if self.include_contacts:
            contacts.update("Contacts: included (email addresses are copied and exported)")
        else:
            contacts.update("Contacts: left out (t to include email addresses)")
        sections = self.query_one("#review-sections", OptionList)
        options: list[Option | None] = []
        for section in self.sections:
            if options:
                options.append(None)
            options.append(Option(section_prompt(section), id=f"section-{section.field}"))
        sections.set_options(options)
        if not self.sections:
            sections.set_options([Option(Content("Nothing to paste yet."), disabled=True)])
            return
        fields = [s.field for s in self.sections]
        index = fields.index(current.field) if current and current.field in fields else 0
        sections.highlighted = index

    @property
    def highlighted_section(self) -> ExportSection | None:
        """The section the list highlights, if any."""
        if not self.sections or not self.is_mounted:
            return None
        index = self.query_one("#review-sections", OptionList).highlighted
        if index is None or index >= len(self.sections):
            return None
        return self.sections[index]

    def highlight_section(self, field: str) -> bool:
        """Highlight the section of `field`; False when it has nothing to show."""
        fields = [s.field for s in self.sections]
        if field not in fields:
            return False
        self.query_one("#review-sections", OptionList).highlighted = fields.index(field)
        return True

    # --- choosing -----------------------------------------------------------------

    @on(OptionList.OptionSelected, "#review-findings")
    def _finding_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.findings):
            self.post_message(self.JumpTo(self.findings[event.option_index].field))

    @on(OptionList.OptionSelected, "#review-sections")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.sections):
            self.post_message(self.JumpTo(self.sections[event.option_index].field))

    def action_switch_list(self) -> None:
        """Move the focus between the text and the checklist."""
        sections = self.query_one("#review-sections", OptionList)
        findings = self.query_one("#review-findings", OptionList)
        (findings if sections.has_focus else sections).focus()

    # --- copying ------------------------------------------------------------------

    def action_copy_section(self) -> None:
        """Copy the highlighted section's text (no label: what goes in the form's box)."""
        section = self.highlighted_section
        if section is None:
            self.notify("Nothing to copy: this draft has no text yet.", severity="warning")
            return
        copy_out(
            self, section.text, f"{section.label} ({amount(section, self.call)})", NO_CLIPBOARD
        )

    def action_copy_all(self) -> None:
        """Copy the whole proposal as text, in the call's order and labels."""
        if not self.sections:
            self.notify("Nothing to copy: this draft has no text yet.", severity="warning")
            return
        text = export_text(self.proposal, self.call, include_contacts=self.include_contacts)
        count = len(self.sections)
        contacts = "contacts included" if self.include_contacts else "contacts left out"
        what = (
            f"all {count} section{'' if count == 1 else 's'} "
            f"({word_count(text):,} words, {contacts})"
        )
        copy_out(self, text, what, NO_CLIPBOARD)

    def action_paste_view(self) -> None:
        """Show the boxes one at a time as plain terminal text, from the highlighted one."""
        if not self.sections:
            self.notify("Nothing to show: this draft has no text yet.", severity="warning")
            return
        section = self.highlighted_section
        start = self.sections.index(section) if section is not None else 0
        left_on = run_paste_view(
            self.app, self.sections, start, lambda shown: amount(shown, self.call)
        )
        if left_on is not None:
            self.highlight_section(self.sections[left_on].field)

    def action_toggle_contacts(self) -> None:
        """Switch email addresses into, or out of, what is copied and exported."""
        self.include_contacts = not self.include_contacts
        self._refresh_sections()
        self.notify("Contacts included" if self.include_contacts else "Contacts left out")

    # --- exporting ----------------------------------------------------------------

    def default_export_path(self, fmt: str) -> Path:
        """Where an export in `fmt` goes unless the person types another path."""
        folder = self.export_dir or self._exports_dir()
        return folder / EXPORT_FORMATS[fmt].file_name(slugify(self.proposal.title or "proposal"))

    def _exports_dir(self) -> Path:
        """The data dir's exports folder (the app's workspace, else the draft's folder's)."""
        workspace = getattr(self.app, "workspace", None)
        if isinstance(workspace, Workspace):
            return workspace.exports_dir
        if self.draft_path is not None:
            return Workspace(self.draft_path.parent).exports_dir
        return Path.home()

    @work(exclusive=True, group="review-export")
    async def action_export(self) -> None:
        """Ask for a format and a file (and before replacing one), then write the file."""
        from proposal_tui.tui.widgets.export_dialog import ExportDialog

        contacts = "included" if self.include_contacts else "left out"
        chosen = await self.app.push_screen_wait(
            ExportDialog(
                "Export",
                self.default_export_path,
                message=f"Contacts (email addresses): {contacts}.",
                source=self.draft_path,
            )
        )
        if chosen is not None:
            self._write_export(*chosen)

    @work(thread=True, group="review-write")
    def _write_export(self, fmt: str, target: Path) -> None:
        try:
            write_export(
                self.proposal,
                self.call,
                fmt,
                target,
                include_contacts=self.include_contacts,
                source=self.draft_path,
            )
        except ProposalTuiError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        contacts = "with contacts" if self.include_contacts else "contacts left out"
        self.app.call_from_thread(self.notify, f"Exported {fmt} to {target} ({contacts})")
