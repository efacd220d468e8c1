"""The export dialog: format and file on one screen, and a question before replacing a file.

One dialog for the library and the review: the formats and their labels come from
`export_formats.EXPORT_FORMATS`, the same table `proposal-tui export --format` offers.
It dismisses with (format, file), or None when the person cancels; it never writes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from proposal_tui.export_formats import EXPORT_FORMATS, FORMATS
from proposal_tui.tui.shown import as_text
from proposal_tui.tui.widgets.dialogs import ConfirmDialog, Dialog, PathSuggester, folder_line

ITSELF = "That is the draft itself; choose another file."
NO_FILE = "Type a file path first, or press escape to cancel."
A_FOLDER = "That is a folder; add a file name."


def not_replaced(target: Path) -> str:
    """What the dialog says when the person keeps an existing file."""
    return f"{target.name} was left as it was; choose another file, or Export to be asked again."


class ExportDialog(Dialog[tuple[str, Path] | None]):
    """Ask for a format and a file together; (format, file), or None when cancelled.

    Moving through the formats swaps the file's ending while the name is the one
    offered; the folder of the path typed so far is spelled out under the box.  The
    draft's own file (`source`) is refused, and an existing file is replaced only when
    the person says so (answering no keeps the dialog open to choose another).
    """

    AUTO_FOCUS = "#export-formats"

    DEFAULT_CSS = """
    ExportDialog .export-label { margin-top: 1; color: $text-muted; }
    ExportDialog #export-formats { max-height: 5; }
    """

    def __init__(
        self,
        title: str,
        default_path: Callable[[str], Path],
        *,
        message: str = "",
        source: Path | None = None,
    ) -> None:
        super().__init__(title)
        self.default_path = default_path
        self.message = message
        self.source = source
        self.fmt = FORMATS[0]

    def compose_body(self) -> ComposeResult:
        if self.message:
            yield Static(as_text(self.message), classes="dialog-message")
        yield Label("Format", classes="export-label")
        yield OptionList(
            *(Option(fmt.label, id=fmt.name) for fmt in EXPORT_FORMATS.values()),
            id="export-formats",
        )
        yield Label("File", classes="export-label")
        default = str(self.default_path(self.fmt))
        yield Input(default, suggester=PathSuggester(), id="dialog-input")
        yield Static(folder_line(default), id="dialog-folder", markup=False)

    def compose_buttons(self) -> ComposeResult:
        yield Button("Export", variant="primary", id="submit")
        yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        formats = self.query_one("#export-formats", OptionList)
        formats.highlighted = 0

    @on(OptionList.OptionHighlighted, "#export-formats")
    def _format_changed(self, event: OptionList.OptionHighlighted) -> None:
        new = event.option.id or FORMATS[0]
        box = self.query_one("#dialog-input", Input)
        if box.value.strip() == str(self.default_path(self.fmt)):  # still the name offered
            box.value = str(self.default_path(new))
        self.fmt = new

    @on(OptionList.OptionSelected, "#export-formats")
    def _format_chosen(self) -> None:
        self.query_one("#dialog-input", Input).focus()

    @on(Input.Changed, "#dialog-input")
    def _path_changed(self, event: Input.Changed) -> None:
        self.show_error("")
        self.query_one("#dialog-folder", Static).update(folder_line(event.value))

    def problem(self, target: Path | None) -> str | None:
        """What is wrong with exporting to `target`, or None."""
        if target is None:
            return NO_FILE
        if target.is_dir():
            return A_FOLDER
        if self.source is not None and target.resolve() == self.source.resolve():
            return ITSELF
        return None

    @on(Input.Submitted, "#dialog-input")
    @on(Button.Pressed, "#submit")
    def _submit(self) -> None:
        text = self.query_one("#dialog-input", Input).value.strip()
        target = Path(text).expanduser() if text else None
        problem = self.problem(target)
        if problem or target is None:
            self.show_error(f"✗ {problem}")
            return
        if not target.exists():
            self.dismiss((self.fmt, target))
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self.dismiss((self.fmt, target))
            else:
                self.show_error(not_replaced(target))

        self.app.push_screen(
            ConfirmDialog(
                f"{target} already exists. Replace it with this export?",
                title="Replace file?",
                confirm="Replace",
                danger=True,
            ),
            answered,
        )
