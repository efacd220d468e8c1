"""The `proposal-tui` command line.

Scriptable commands (list, check, export, import, diff, new) run without loading
Textual; only the interactive ones (the library, open, compare, demo) import the TUI.
Errors are one line on stderr, never a traceback.  Text from files never reaches the
terminal raw: control characters are shown as pictures (see `safe_text`) in error lines,
in `list` cells, and in everything printed to a terminal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from proposal_tui import __version__
from proposal_tui.call_files import DEFAULT_CALL, available_calls
from proposal_tui.errors import ProposalTuiError
from proposal_tui.export_formats import FORMATS
from proposal_tui.paths import DATA_DIR_ENV, bundled_dir, data_dir
from proposal_tui.safe_text import visible
from proposal_tui.section_names import SECTION_FIELDS

if TYPE_CHECKING:
    from proposal_tui.call import Call
    from proposal_tui.model import Proposal
    from proposal_tui.people_directory import Directory
    from proposal_tui.workspace import DraftRow, Workspace

EXIT_OK = 0
EXIT_NOT_READY = 1
EXIT_DIFFERENT = 1
EXIT_NOT_FOUND = 1
EXIT_OVER_LIMIT = 1
EXIT_ERROR = 2

EPILOG = f"""\
exit codes:
  0  done (check: every draft ready; diff: drafts equal; search: something found)
  1  check: a draft is not ready; diff: the drafts differ; search: nothing found;
     people: someone is in more sessions than the call allows
  2  a file could not be read or written, or the command was wrong
     (import: a file that cannot be read is skipped, the others are imported)

import prints each draft's path on stdout; its notes go to stderr, one a line, and
a placement it had to guess starts "Guess:" (also kept in the draft's import_notes).

drafts live in the data dir: --data-dir DIR, else ${DATA_DIR_ENV}, else the
platform's user data folder. A bare file name (as `list` prints it) that is not
in the current folder is found in the data dir. Call profiles:
{", ".join(available_calls())} (add your own as <config dir>/calls/NAME.toml).
"""


class UsageError(ProposalTuiError):
    """The command asked for something that cannot be done as asked."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="proposal-tui",
        description=(
            "Draft, check, compare and export IGF session proposals, offline.\n"
            "Run `proposal-tui` alone (no command) to open the library of drafts."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"proposal-tui {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of drafts")
    parser.add_argument(
        "--call",
        metavar="NAME",
        help=f"call profile to judge against (default: the draft's, else {DEFAULT_CALL})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help="create a draft and open the wizard")
    new.add_argument("--title", default="", help="the new draft's title")
    new.add_argument(
        "--no-open", action="store_true", help="only create the file and print its path"
    )

    open_ = sub.add_parser("open", help="open a draft file in the wizard")
    open_.add_argument("path", type=Path)

    sub.add_parser("list", help="drafts in the data dir, one per line, with readiness")

    search = sub.add_parser("search", help="find words in every draft (case and accents ignored)")
    search.add_argument("text", nargs="+", metavar="TEXT", help="the words to find")
    search.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    check = sub.add_parser("check", help="rule findings; exit 0 ready, 1 not ready, 2 unreadable")
    check.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="drafts (default: every draft)"
    )

    export = sub.add_parser("export", help="submission-ready text in the form's order and labels")
    export.add_argument("path", type=Path)
    export.add_argument("--format", choices=FORMATS, default=FORMATS[0])
    export.add_argument(
        "--field", metavar="NAME", help=f"one section alone: {', '.join(SECTION_FIELDS)}"
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    export.add_argument("--include-contacts", action="store_true", help="include email addresses")
    export.add_argument(
        "--split",
        type=Path,
        metavar="DIR",
        help="one text file per form box in DIR (01-title.txt, …), to paste from an editor",
    )
    export.add_argument(
        "--force", action="store_true", help="replace an existing -o FILE (or --split files)"
    )

    import_ = sub.add_parser("import", help="published proposal text to drafts, one a file")
    import_.add_argument(
        "textfiles",
        nargs="+",
        metavar="TEXTFILE",
        help="text files, folders of them, or - for stdin",
    )
    import_.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="the draft to write (one TEXTFILE)"
    )
    import_.add_argument(
        "--review",
        action="store_true",
        help="check and move what was placed in the app before saving (one TEXTFILE)",
    )

    diff = sub.add_parser("diff", help="differences of two drafts, printed")
    diff.add_argument("a", type=Path)
    diff.add_argument("b", type=Path)
    diff.add_argument("--width", type=int, help="columns (default: the terminal's)")
    diff.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    compare = sub.add_parser("compare", help="side-by-side review of two drafts in the TUI")
    compare.add_argument("a", type=Path)
    compare.add_argument("b", type=Path)

    people = sub.add_parser(
        "people", help="everyone across the drafts; exit 1 when anyone is over the session limit"
    )
    people.add_argument("name", nargs="?", metavar="NAME", help="only names holding NAME")

    demo = sub.add_parser(
        "demo",
        help="open the app on fresh copies of the sample drafts (what you make is kept "
        "in the data dir)",
    )
    demo.add_argument("folder", nargs="?", type=Path, help="where to put the sample copies")
    return parser


def _out(text: str) -> None:
    """Print `text`; on a terminal, with control characters shown, not obeyed."""
    sys.stdout.write(visible(text) if sys.stdout.isatty() else text)


def _cell(text: str) -> str:
    """Text from a file as one cell of a one-line row: every control character shown."""
    return text if text.isprintable() else visible(text, prose=False)


def _error(message: object) -> None:
    """One error line on stderr, control characters (from file names too) shown."""
    print(f"proposal-tui: {_cell(str(message))}", file=sys.stderr)


def _for_terminal(proposal: Proposal) -> Proposal:
    """`proposal` with control characters in its text shown as pictures."""
    from proposal_tui.model import Proposal

    def clean(value: object) -> object:
        if isinstance(value, str):
            return visible(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    return Proposal.model_validate(clean(proposal.model_dump()))


def in_data_dir(path: Path, args: argparse.Namespace) -> Path:
    """`path` as given if it exists or names a folder; a bare file name (as `list`
    prints it) that is not in the current folder is taken from the data dir."""
    if path.exists() or path.parent != Path(".") or path.name in ("", ".", ".."):
        return path
    candidate = data_dir(args.data_dir) / path.name
    return candidate if candidate.exists() else path


def _draft_paths(args: argparse.Namespace) -> list[Path]:
    """The drafts `check` looks at: those named, else every draft in the data dir."""
    from proposal_tui.store import draft_files

    if args.paths:
        return [in_data_dir(path, args) for path in args.paths]
    folder = data_dir(args.data_dir)
    paths = list(draft_files(folder))
    if not paths:
        print(f"no drafts in {folder}", file=sys.stderr)
    return paths


def workspace(args: argparse.Namespace, samples_dir: Path | None = None) -> Workspace:
    """The workspace the arguments name: the data dir, the call override, the samples."""
    from proposal_tui.workspace import Workspace

    return Workspace(data_dir(args.data_dir), call_override=args.call, samples_dir=samples_dir)


def cmd_list(args: argparse.Namespace) -> int:
    """Print each draft of the data dir with its readiness (from the index)."""
    from proposal_tui.index import Index
    from proposal_tui.readiness import Readiness

    folder = data_dir(args.data_dir)
    with Index(folder, args.call) as index:
        rows = index.all_rows(people=False)
    if not rows:
        print(f"no drafts in {folder}", file=sys.stderr)
        return EXIT_OK
    lines, states = [], {}  # thousands of rows share a few readiness summaries
    for row in rows:
        title, name = _cell(row.title or "(untitled)"), _cell(row.name)
        if not row.readable:
            lines.append(f"✗ unreadable\t{name}\t{_cell(str(row.draft_error()))}\n")
        elif (key := row.counts) is None:
            lines.append(f"? {_cell(row.call_problem or '')}\t{title}\t{name}\n")
        else:
            if key not in states:
                state = Readiness(*key)
                states[key] = f"{state.mark} {state.summary()}"
            lines.append(f"{states[key]}\t{_cell(row.call_name)}\t{title}\t{name}\n")
    _out("".join(lines))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """Print each section that holds the words, one a line; exit 1 when none does."""
    from proposal_tui.index import Index
    from proposal_tui.search_text import hit_line

    with Index(data_dir(args.data_dir), args.call) as index:
        for _ in index.rows(people=False):
            pass
        hits = index.search(" ".join(args.text))
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    for hit in hits:
        _out(hit_line(hit, color=color) + "\n")
    return EXIT_OK if hits else EXIT_NOT_FOUND


def cmd_check(args: argparse.Namespace) -> int:
    """Print the findings of each draft; the worst exit code wins."""
    from proposal_tui.call import call_for
    from proposal_tui.checks import check, readiness
    from proposal_tui.store import load_draft

    worst = EXIT_OK
    for path in _draft_paths(args):
        try:
            proposal = load_draft(path)
            call = call_for(proposal, args.call)
        except ProposalTuiError as exc:
            _error(exc)
            worst = EXIT_ERROR
            continue
        findings = check(proposal, call)
        state = readiness(proposal, call, findings)
        _out(f"{path}: {state.mark} {state.summary()} ({call.name})\n")
        for finding in findings:
            label = call.label(finding.field)
            item = f" #{finding.item + 1}" if finding.item is not None else ""
            _out(f"  {finding.mark} {finding.level}: {label}{item}: {finding.message}\n")
        for line in _over_limit_lines(args, path, proposal, call.name):
            _out(f"  ! warning: {line}\n")
        if not state.ready:
            worst = max(worst, EXIT_NOT_READY)
    return worst


def _people_directory(
    args: argparse.Namespace, also: tuple[Path, Proposal] | None = None
) -> Directory:
    """Everyone in the data dir's drafts (and `also`, a draft checked from elsewhere)."""
    from proposal_tui.index import Index
    from proposal_tui.people_directory import DraftPeople, directory_with_calls, drafts_from_index

    here = also[0].resolve() if also is not None else None
    with Index(data_dir(args.data_dir), args.call) as index:
        drafts: list[DraftPeople | tuple[Path, Proposal]] = [
            d for d in drafts_from_index(index) if here is None or d.path.resolve() != here
        ]
    if also is not None:
        drafts.append(also)
    return directory_with_calls(drafts, args.call)


def _over_limit_lines(
    args: argparse.Namespace, path: Path, proposal: Proposal, call_name: str
) -> list[str]:
    """Each person of this draft in more sessions of its call than the call allows."""
    lines = []
    for person in _people_directory(args, (path, proposal)).in_draft(path):
        for over in person.over_limit:
            if over.call != call_name:
                continue
            others = [d.name for d in person.drafts if d != path]
            lines.append(
                f"People: {visible(person.name, prose=False)} is in {over.sessions} sessions "
                f"of {over.call}; the limit is {over.limit}. "
                f"Also in: {visible(', '.join(others), prose=False)}."
            )
    return lines


def cmd_people(args: argparse.Namespace) -> int:
    """Print everyone across the drafts, one a line; exit 1 when anyone is over the limit."""
    from proposal_tui.people_directory import person_line

    directory = _people_directory(args)
    shown = directory.find(args.name) if args.name else list(directory.people)
    if not shown:
        who = f"named {args.name!r}" if args.name else "in the drafts"
        print(f"no one {who}", file=sys.stderr)
    for person in shown:
        _out(person_line(person, directory) + "\n")
    return EXIT_OVER_LIMIT if any(p.over_limit for p in shown) else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Print or write the export of one draft."""
    from proposal_tui.call import call_for
    from proposal_tui.export import export
    from proposal_tui.store import load_draft, write_atomic

    args.path = in_data_dir(args.path, args)
    proposal = load_draft(args.path)
    if args.split:
        return _export_split(args, proposal)
    if args.output and args.output.resolve() == args.path.resolve():
        raise UsageError("-o names the draft itself; choose another file", args.output)
    if args.output:
        _check_export_target(args.output, force=args.force, drafts=data_dir(args.data_dir))
    call = call_for(proposal, args.call)
    try:
        text = export(
            proposal, call, args.format, field=args.field, include_contacts=args.include_contacts
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if args.output:
        write_atomic(args.output, text.encode("utf-8"))
        print(f"wrote {_cell(str(args.output))}", file=sys.stderr)
    else:
        _out(text)
    if args.field is None:
        _say_left_out(proposal, call)
    return EXIT_OK


def _say_left_out(proposal: Proposal, call: Call) -> None:
    """Name on stderr each section with text that the export left out (the form asks none)."""
    from proposal_tui.checks import not_asked

    for field in not_asked(proposal, call):
        print(
            f"proposal-tui: export: left out {call.label(field)}: this call's form asks "
            "no such box (the text stays in the draft)",
            file=sys.stderr,
        )


def _export_split(args: argparse.Namespace, proposal: Proposal) -> int:
    """Write one text file per form box into --split DIR; refuse to overwrite unless --force."""
    from proposal_tui.call import call_for
    from proposal_tui.export import split_files
    from proposal_tui.store import ensure_folder, write_atomic

    if args.field or args.output or args.format != "text":
        raise UsageError("--split writes text files, one per box: leave out --field, -o, --format")
    call = call_for(proposal, args.call)
    files = split_files(proposal, call, include_contacts=args.include_contacts)
    folder: Path = args.split
    drafts = data_dir(args.data_dir)
    for name, _ in files:  # every target checked before the first is written
        _check_export_target(folder / name, force=args.force, drafts=drafts)
    ensure_folder(folder)
    for name, section in files:
        write_atomic(folder / name, (section.text + "\n").encode("utf-8"))
        print(f"wrote {_cell(str(folder / name))} ({_cell(section.label)})", file=sys.stderr)
    _say_left_out(proposal, call)
    return EXIT_OK


def _check_export_target(target: Path, *, force: bool, drafts: Path) -> None:
    """Refuse an -o that is not a new file or a regular, non-draft file (--force to replace)."""
    from proposal_tui.errors import DraftError
    from proposal_tui.store import DRAFT_SUFFIX, load_draft
    from proposal_tui.userfiles import file_kind

    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise UsageError("is a symbolic link; export writes only to a plain file", target)
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"is {file_kind(info.st_mode)}; export writes only to a file", target)
    in_drafts = (
        target.resolve().parent == drafts.resolve() or drafts.resolve() in target.resolve().parents
    )
    if in_drafts and target.suffix == DRAFT_SUFFIX:
        raise UsageError("is a draft in the data dir; export will not replace it", target)
    try:
        load_draft(target)
    except DraftError:
        pass
    else:
        raise UsageError("is a draft; export will not replace it", target)
    if not force:
        raise UsageError("already exists; add --force to replace it", target)


def cmd_new(args: argparse.Namespace) -> int:
    """Create a draft in the data dir; print its path; open it unless --no-open."""
    from proposal_tui.call import load_call

    call = load_call(args.call or DEFAULT_CALL)
    path = workspace(args).create(args.title, call.name)
    print(path)
    if args.no_open or not _interactive():
        return EXIT_OK
    return _run_app(args, open_path=path)


def cmd_import(args: argparse.Namespace) -> int:
    """Turn published proposal texts into new drafts, one a file; say what was guessed.

    One file: its draft's path on stdout, its notes on stderr.  Several (or a folder):
    a progress line per file on stderr, each path on stdout, then a summary line.
    """
    from proposal_tui.import_sources import published_texts

    found = published_texts(args.textfiles)
    for name, reason in found.skipped:
        print(f"proposal-tui: import: skipped {_cell(name)}: {reason}", file=sys.stderr)
    sources = found.files
    if not sources:
        raise UsageError("no files to import in " + ", ".join(args.textfiles))
    if args.output and len(sources) != 1:
        raise UsageError("-o needs exactly one TEXTFILE")
    if args.review:
        return _import_review(args, sources)
    if len(sources) == 1 and not Path(args.textfiles[0]).is_dir():
        _import_one(args, sources[0], prefix="proposal-tui: import: ")
        return EXIT_OK
    imported = guessed = failed = 0
    for number, source in enumerate(sources, 1):
        print(f"proposal-tui: import [{number}/{len(sources)}] {_cell(source)}", file=sys.stderr)
        try:
            guesses = _import_one(args, source, prefix="  ")
        except (ProposalTuiError, OSError) as exc:
            failed += 1
            print(f"  failed: {_cell(_error_line(exc))}", file=sys.stderr)
            continue
        imported += 1
        guessed += bool(guesses)
    skipped = f", {len(found.skipped)} skipped" if found.skipped else ""
    print(
        f"proposal-tui: import: {imported} imported ({guessed} with guesses), {failed} failed"
        + skipped,
        file=sys.stderr,
    )
    return EXIT_ERROR if failed else EXIT_OK


def _import_review(args: argparse.Namespace, sources: list[str]) -> int:
    """Open the import review of one text in the app; it saves the draft in the data dir."""
    from proposal_tui.import_sources import read_published_text

    if len(sources) != 1 or args.output or sources[0] == "-":
        raise UsageError("--review takes one TEXTFILE (not -) and no -o")
    if not _interactive():
        raise UsageError("--review needs a terminal; without it, import prints its guesses")
    try:
        text = read_published_text(sources[0])
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror or exc}", Path(sources[0])) from exc
    return _run_app(args, import_review=(text, Path(sources[0]).name))


def _import_one(args: argparse.Namespace, source: str, prefix: str) -> tuple[str, ...]:
    """Import one text into a draft; print its path and its notes; return its guesses."""
    from proposal_tui.import_sources import read_published_text

    try:
        text = read_published_text(source)
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror or exc}", Path(source)) from exc
    imported = workspace(args).import_text(text, target=args.output)
    print(imported.path)
    for note in imported.notes:
        print(f"{prefix}{_cell(note)}", file=sys.stderr)
    return imported.guesses


def _error_line(exc: BaseException) -> str:
    """An error as the one line main() would print."""
    if isinstance(exc, OSError) and not isinstance(exc, ProposalTuiError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return str(exc)


def cmd_diff(args: argparse.Namespace) -> int:
    """Print the differences of two drafts; exit 0 equal, 1 different."""
    from proposal_tui.call import call_for
    from proposal_tui.checks import readiness
    from proposal_tui.compare import compare
    from proposal_tui.diff_render import render_diff
    from proposal_tui.store import load_draft

    args.a, args.b = in_data_dir(args.a, args), in_data_dir(args.b, args)
    a, b = load_draft(args.a), load_draft(args.b)
    call = call_for(a, args.call)
    width = args.width or shutil.get_terminal_size((100, 24)).columns
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    if color or sys.stdout.isatty():  # our colours stay; the drafts' control characters go
        a, b = _for_terminal(a), _for_terminal(b)
    comparison = compare(a, b, call)
    sys.stdout.write(
        render_diff(
            comparison,
            width=width,
            label_a=_cell(str(args.a)),
            label_b=_cell(str(args.b)),
            readiness_a=readiness(a, call).summary(),
            readiness_b=readiness(b, call_for(b, args.call)).summary(),
            color=color,
        )
    )
    return EXIT_OK if comparison.equal else EXIT_DIFFERENT


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _run_app(args: argparse.Namespace, *, samples_dir: Path | None = None, **kwargs: Any) -> int:
    if not _interactive():
        raise UsageError(
            "the app needs a terminal; for scripts use list, check, export, import or diff"
        )
    from proposal_tui.tui.app import run_app

    return run_app(workspace(args, samples_dir), **kwargs)


def cmd_library(args: argparse.Namespace) -> int:
    """Open the library of drafts."""
    return _run_app(args)


def cmd_open(args: argparse.Namespace) -> int:
    """Open one draft in the wizard."""
    from proposal_tui.store import read_draft

    args.path = in_data_dir(args.path, args)
    read_draft(args.path)  # a file that cannot be read is reported here, not opened
    return _run_app(args, open_path=args.path)


def cmd_compare(args: argparse.Namespace) -> int:
    """Open two drafts side by side."""
    from proposal_tui.store import read_draft

    args.a, args.b = in_data_dir(args.a, args), in_data_dir(args.b, args)
    read_draft(args.a)
    read_draft(args.b)
    return _run_app(args, compare_paths=(args.a, args.b))


def cmd_demo(args: argparse.Namespace) -> int:
    """Copy the sample drafts to a fresh folder and open the library on them and the data
    dir: drafts made meanwhile (new, copies, imports) are kept in the data dir."""
    from proposal_tui.store import copy_samples

    folder = args.folder or Path(tempfile.mkdtemp(prefix="proposal-tui-demo-"))
    copied = copy_samples(bundled_dir("sample_proposals"), folder)
    print(
        f"{len(copied)} sample drafts copied to {folder}; "
        f"drafts you make are kept in {data_dir(args.data_dir)}",
        file=sys.stderr,
    )
    if not _interactive():
        rows = workspace(args, folder).rows()
        _out("".join(row_line(row) for row in rows))
        return EXIT_OK
    return _run_app(args, samples_dir=folder)


def row_line(row: DraftRow) -> str:
    """A workspace row as `list` prints a draft (samples marked in the title)."""
    if not row.readable:
        return f"✗ unreadable\t{row.name}\t{row.error}\n"
    if row.readiness is None:
        return f"? {row.call_problem}\t{row.shown_title}\t{row.name}\n"
    return f"{row.state_line()}\t{row.call_name}\t{row.shown_title}\t{row.name}\n"


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_library,
    "new": cmd_new,
    "open": cmd_open,
    "list": cmd_list,
    "search": cmd_search,
    "check": cmd_check,
    "export": cmd_export,
    "import": cmd_import,
    "diff": cmd_diff,
    "compare": cmd_compare,
    "people": cmd_people,
    "demo": cmd_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ProposalTuiError as exc:
        _error(exc)
        return EXIT_ERROR
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _error(f"{where}{exc.strerror or exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    finally:
        _quiet_broken_pipe()


def _quiet_broken_pipe() -> None:
    """After output to a closed pipe (`… | head`), exit without a traceback."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
