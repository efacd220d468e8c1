"""The Textual application: the screen stack, standard keys, themes and settings.

`ProposalApp(workspace, *, open_path, compare_paths, import_review)`: the library of
the workspace is the bottom screen, with the wizard, the comparison or an import review
(text, name) pushed on top when asked for; the app hands its `Workspace` to the screens
it makes.  `run_app(...)` returns the exit code.

A screen holding work not yet on disk implements `has_unsaved_changes() -> bool` and
`async save_now()`: ctrl+s calls `save_now`, and quitting saves first and asks before
throwing anything away.  A screen that implements `async keep_place()` is asked to
keep where the person was on quitting (the wizard: the draft reopens there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.containers import Center, Middle
from textual.filter import LineFilter
from textual.markup import escape
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Static

from proposal_tui.errors import ProposalTuiError
from proposal_tui.safe_text import visible
from proposal_tui.settings import DEFAULT_THEME, Settings, load_settings, save_settings
from proposal_tui.tui.screens.library import LibraryScreen
from proposal_tui.tui.shown import ControlPictures
from proposal_tui.tui.terminal_sized import Palette, TerminalSized
from proposal_tui.tui.themes import app_themes
from proposal_tui.workspace import Workspace

MIN_WIDTH = 60
MIN_HEIGHT = 16
TOO_SMALL_MODE = "too-small"


@runtime_checkable
class HoldsUnsavedWork(Protocol):
    """A screen that may hold changes not yet written to disk."""

    def has_unsaved_changes(self) -> bool:
        """True while something typed is not on disk yet."""
        ...

    async def save_now(self) -> None:
        """Write the changes now (reporting failures itself)."""
        ...


@runtime_checkable
class KeepsPlace(Protocol):
    """A screen that remembers where the person was in it, for next time."""

    async def keep_place(self) -> None:
        """Keep where the person is now."""
        ...


class TooSmallScreen(TerminalSized, Screen[None]):
    """Shown instead of the app while the terminal is smaller than it can use."""

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(
                f"Make the window larger: proposal-tui needs at least {MIN_WIDTH}×{MIN_HEIGHT}",
                id="too-small",
                markup=False,
            )


OWN_THEME_HELP = "Switch theme (proposal-tui's, or one of yours)"
TEXTUAL_THEME_HELP = "Switch theme (one of Textual's)"


def shown_name(name: str) -> str:
    """A theme's name (from a file) for the palette, which reads its hits as markup."""
    return escape(visible(name, prose=False))


class ThemeCommands(Provider):
    """'Theme: <name>' for every registered theme, proposal-tui's (and the user's) first,
    each group by name; the choice is remembered."""

    prefix = "Theme: "

    def _themes(self) -> list[tuple[str, str]]:
        app = self.app
        assert isinstance(app, ProposalApp)
        return [
            (name, OWN_THEME_HELP if name in app.own_themes else TEXTUAL_THEME_HELP)
            for name in app.theme_order()
        ]

    async def discover(self) -> Hits:
        app = self.app
        assert isinstance(app, ProposalApp)
        for name, help_text in self._themes():
            yield DiscoveryHit(
                f"{self.prefix}{shown_name(name)}", partial(app.use_theme, name), help=help_text
            )

    async def search(self, query: str) -> Hits:
        app = self.app
        assert isinstance(app, ProposalApp)
        matcher = self.matcher(query)
        for name, help_text in self._themes():
            command = f"{self.prefix}{name}"
            score = matcher.match(command)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(f"{self.prefix}{shown_name(name)}"),
                    partial(app.use_theme, name),
                    help=help_text,
                )


class ThemeList(ThemeCommands):
    """The theme picker's list (the palette's 'Theme' command): the names alone."""

    prefix = ""


class ProposalApp(App[int]):
    """proposal-tui's terminal app."""

    TITLE = "proposal-tui"
    CSS_PATH: ClassVar = [
        Path(__file__).with_name("app.tcss"),
        # The library's own (it is always shown): read with the app's, or showing it
        # would parse every style sheet again.
        Path(__file__).parent / "screens" / "library.tcss",
    ]
    DEFAULT_MODE = "library"
    MODES: ClassVar = {TOO_SMALL_MODE: TooSmallScreen}  # and the library's, made in __init__
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar = App.COMMANDS | {ThemeCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),
        Binding("f1,question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+s", "save_now", "Save", id="app.save", show=False),
        Binding("escape", "back", "Back", id="app.back", show=False),
    ]

    def __init__(
        self,
        workspace: Workspace | Path,
        *,
        open_path: Path | None = None,
        compare_paths: tuple[Path, Path] | None = None,
        import_review: tuple[str, str] | None = None,
    ) -> None:
        """The app on `workspace` (a bare folder: a workspace of it, no call override)."""
        super().__init__()
        if not isinstance(workspace, Workspace):
            workspace = Workspace(Path(workspace))
        self.workspace = workspace
        self.add_mode(self.DEFAULT_MODE, partial(LibraryScreen, workspace))
        self.import_review = import_review
        self.open_path = open_path
        self.compare_paths = compare_paths
        folder = workspace.data_dir
        self.sub_title = visible(folder.name or str(folder), prose=False)
        self._control_pictures = ControlPictures()
        self.settings, settings_problem = load_settings()
        themes, self.startup_problems = app_themes()
        if settings_problem:
            self.startup_problems.insert(0, settings_problem)
        if self.settings.keys:
            self.set_keymap(self.settings.keys)
        for theme in themes:
            self.register_theme(theme)
        self.own_themes = frozenset(theme.name for theme in themes)
        self._apply_saved_theme()  # before the first styling: setting it later restyles all

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for problem in self.startup_problems:
            self.notify(problem, severity="warning", timeout=10)
        if self.compare_paths is not None:
            from proposal_tui.tui.screens.compare import CompareScreen

            self.push_screen(CompareScreen(*self.compare_paths, workspace=self.workspace))
        elif self.open_path is not None:
            from proposal_tui.tui.screens.wizard import WizardScreen

            self.push_screen(WizardScreen(self.open_path))
        elif self.import_review is not None:
            from proposal_tui.tui.screens.import_review import ImportReviewScreen

            text, name = self.import_review
            self.push_screen(
                ImportReviewScreen(
                    text, name, self.workspace.data_dir, self.workspace.call_override
                )
            )
        self._fit_to_size()

    @property
    def call_name(self) -> str | None:
        """The call override, for the screens that read it from the app (wizard, review)."""
        return self.workspace.call_override

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then `ControlPictures`: no control character reaches the terminal."""
        return [*super().get_line_filters(), self._control_pictures]

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A toast showing `message` as text: never markup (messages quote file names and
        settings), control characters as pictures.  `markup` is accepted and ignored."""
        super().notify(
            visible(message),
            title=visible(title, prose=False),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own palette commands, and the app's help and save."""
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "App: Help", "Keys and a short guide for this screen (F1)", self.action_help
        )
        yield SystemCommand(
            "App: Save now", "Save the work on this screen (ctrl+s)", self.action_save_now
        )

    # --- themes --------------------------------------------------------------------------

    def _apply_saved_theme(self) -> None:
        wanted = self.settings.theme
        if wanted not in self.available_themes:
            self.startup_problems.append(
                f"Theme {wanted!r} is not installed; using {DEFAULT_THEME}."
            )
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
            self.settings.theme = wanted
        # Set before anything is styled, without the watcher: it would restyle
        # everything (twice) once the app runs, for a theme that was never another.
        self.set_reactive(App.theme, wanted)
        dark = self.current_theme.dark
        classes = {name: False for name in self.classes if name.startswith("-theme-")}
        self.update_classes(
            {**classes, f"-theme-{wanted}": True, "-dark-mode": dark, "-light-mode": not dark},
            update=False,
        )
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    def theme_order(self) -> list[str]:
        """The themes as the palette lists them: proposal-tui's and the user's first, then
        Textual's, each group by name."""
        return sorted(self.available_themes, key=lambda name: (name not in self.own_themes, name))

    def action_command_palette(self) -> None:
        """The command palette (ctrl+p), laid out at the terminal's size as every screen is."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def search_themes(self) -> None:
        """The theme picker (the palette's 'Theme' command), in `theme_order`."""
        self.push_screen(Palette(providers=[ThemeList], placeholder="Search for themes…"))

    def use_theme(self, name: str) -> None:
        """Switch to theme `name` (remembered for the next start)."""
        self.theme = name

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name != self.settings.theme:
            self.settings.theme = theme.name
            self._save_settings(replace(self.settings))

    @work(thread=True, exclusive=True, group="settings")
    def _save_settings(self, settings: Settings) -> None:
        try:
            save_settings(settings)
        except ProposalTuiError as exc:
            self.call_from_thread(self.notify, f"Theme not remembered: {exc}", severity="error")

    # --- size ------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        # Textual's own handler records the new size after this one runs: switch screens
        # once it has, or the screen switched to is laid out at the old size and, with the
        # new size queued behind it, bounces between the two for ever (a frozen app).
        self.call_next(self._fit_to_size)

    def _fit_to_size(self) -> None:
        """Show the 'make the window larger' screen below MIN_WIDTH×MIN_HEIGHT."""
        small = self.size.width < MIN_WIDTH or self.size.height < MIN_HEIGHT
        mode = TOO_SMALL_MODE if small else self.DEFAULT_MODE
        if self.current_mode != mode:
            self.switch_mode(mode)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """Push onto the library's stack, even while the 'too small' message shows."""
        if self.current_mode == self.DEFAULT_MODE:
            return super().push_screen(*args, **kwargs)
        self.switch_mode(self.DEFAULT_MODE)
        try:
            return super().push_screen(*args, **kwargs)
        finally:
            self.switch_mode(TOO_SMALL_MODE)

    # --- standard keys -------------------------------------------------------------------

    async def action_help(self) -> None:
        """Help for the screen on top: a short guide and its keys (a screen that builds
        its fields as they are needed builds them all first: `prepare_help`)."""
        from proposal_tui.tui.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen | TooSmallScreen):
            return
        prepare = getattr(screen, "prepare_help", None)
        if prepare is not None:
            await prepare()
        if self.screen is screen:
            self.push_screen(HelpScreen(screen))

    def action_back(self) -> None:
        """Close the screen on top (the library, at the bottom, stays)."""
        if len(self.screen_stack) > 1:
            self.pop_screen()

    async def action_save_now(self) -> None:
        """Save the work of the screen on top now, if it holds any."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, HoldsUnsavedWork):
                await screen.save_now()
                return
        self.notify("Nothing to save here: drafts are saved as you type.", timeout=3)

    def _screens_with_work(self) -> Iterator[HoldsUnsavedWork]:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, HoldsUnsavedWork):
                yield screen

    async def action_quit(self) -> None:
        """Quit, saving first; ask before leaving anything unsaved behind."""
        self._quit_safely()

    @work(exclusive=True, group="quit")
    async def _quit_safely(self) -> None:
        if self.current_mode != self.DEFAULT_MODE:
            await self.switch_mode(self.DEFAULT_MODE)
        for screen in self.screen_stack:
            if isinstance(screen, KeepsPlace):
                await screen.keep_place()
        for screen in list(self._screens_with_work()):
            if screen.has_unsaved_changes():
                await screen.save_now()
        if any(screen.has_unsaved_changes() for screen in self._screens_with_work()):
            from proposal_tui.tui.widgets.dialogs import ConfirmDialog

            leave = await self.push_screen_wait(
                ConfirmDialog(
                    "Some changes could not be saved. Quit anyway and lose them?",
                    title="Unsaved changes",
                    confirm="Quit without saving",
                    cancel="Stay",
                    danger=True,
                )
            )
            if not leave:
                self._fit_to_size()
                return
        self.exit(0)


def run_app(
    workspace: Workspace,
    *,
    open_path: Path | None = None,
    compare_paths: tuple[Path, Path] | None = None,
    import_review: tuple[str, str] | None = None,
) -> int:
    """Run the app; return its exit code (0 after a normal quit, 1 after a crash)."""
    app = ProposalApp(
        workspace, open_path=open_path, compare_paths=compare_paths, import_review=import_review
    )
    app.run()
    return app.return_code or 0
