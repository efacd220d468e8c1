"""The workspace, without a screen: rows, file work, export, comparison and revisions."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from conftest import SAMPLES
from proposal_tui import cli
from proposal_tui.call import load_call
from proposal_tui.errors import DraftError
from proposal_tui.export import export
from proposal_tui.export_formats import EXPORT_FORMATS, FORMATS
from proposal_tui.model import Proposal
from proposal_tui.store import (
    create_draft,
    keep_revision,
    list_trash,
    load_draft,
    make_stamp,
    read_draft,
    read_stamp,
    revision_time,
    save_draft,
    trashed_at,
)
from proposal_tui.workspace import (
    SORTS,
    ExportTargetError,
    Workspace,
    sorted_rows,
)

READY = "cybercrime-human-rights-roundtable.toml"


@pytest.fixture
def space(sample_library: Path) -> Workspace:
    """A workspace on a copy of the samples."""
    return Workspace(sample_library)


def row_named(space: Workspace, name: str):
    return next(row for row in space.rows() if row.name == name)


# --- rows ---------------------------------------------------------------------------------


def test_rows_carry_title_call_readiness_people_and_time(space: Workspace) -> None:
    rows = space.rows()
    assert sorted(row.name for row in rows) == sorted(p.name for p in SAMPLES.glob("*.toml"))
    row = row_named(space, READY)
    proposal = load_draft(space.data_dir / READY)
    assert row.title == proposal.title
    assert row.call_name == proposal.call
    assert row.readiness is not None and row.readiness.ready
    assert row.people and all(row.people)
    assert row.modified == datetime.fromtimestamp((space.data_dir / READY).stat().st_mtime)
    assert not row.sample


def test_an_unreadable_draft_is_a_row_with_its_error_and_no_path(space: Workspace) -> None:
    (space.data_dir / "zz-broken.toml").write_text("title = \n", encoding="utf-8")
    row = row_named(space, "zz-broken.toml")
    assert not row.readable
    assert row.error is not None and row.error.startswith("line 1")
    assert str(space.data_dir) not in row.error
    assert row.readiness_cell() == "✗ unreadable"


def test_an_unknown_call_is_a_row_that_says_why(data_dir: Path) -> None:
    save_draft(data_dir / "odd.toml", Proposal(call="igf-1999", title="Odd"))
    row = row_named(Workspace(data_dir), "odd.toml")
    assert row.readable and row.readiness is None
    assert row.call_name == "igf-1999" and row.call_problem
    assert row.state_line().startswith("? call profile 'igf-1999': ")


def test_the_call_override_judges_every_row(sample_library: Path) -> None:
    rows = Workspace(sample_library, call_override="igf-2023").rows()
    assert {row.call_name for row in rows} == {"igf-2023"}


def test_the_command_line_lists_the_rows_the_library_shows(space: Workspace, capsys) -> None:
    (space.data_dir / "zz-broken.toml").write_text("title = \n", encoding="utf-8")
    assert cli.main(["list"]) == 0
    printed = capsys.readouterr().out.splitlines()
    rows = space.rows()
    for line, row in zip(printed, rows, strict=True):
        fields = line.split("\t")
        assert row.name in fields
        if row.readable:
            assert fields == [row.state_line(), row.call_name, row.shown_title, row.name]
        else:
            assert fields[:2] == ["✗ unreadable", row.name]
            assert "not valid TOML" in fields[2] and "not valid TOML" in (row.error or "")


def test_sorted_rows_filter_by_every_word_and_sort_each_way(space: Workspace) -> None:
    rows = space.rows()
    assert [r.name for r in sorted_rows(rows, "title", "CYBERCRIME rights")] == [READY]
    for sort in SORTS:
        assert sorted(sorted_rows(rows, sort), key=lambda r: r.name) == sorted(
            rows, key=lambda r: r.name
        )
    titles = [r.title.casefold() for r in sorted_rows(rows, "title")]
    assert titles == sorted(titles)


# --- changing the folder ---------------------------------------------------------------------


def test_create_duplicate_rename_trash_and_restore(data_dir: Path) -> None:
    space = Workspace(data_dir)
    path = space.create("Open data for all", "igf-2024")
    assert path == data_dir / "open-data-for-all.toml"
    assert load_draft(path) == Proposal(call="igf-2024", title="Open data for all")
    copy = space.duplicate(path)
    assert copy.parent == data_dir and load_draft(copy).title == "Open data for all (copy)"
    assert space.rename_problem(copy, "open data for all") == (
        "A draft named open-data-for-all.toml is already there."
    )
    assert space.rename_problem(copy, "second") is None
    renamed = space.rename(copy, "second")
    assert renamed == data_dir / "second.toml" and not copy.exists()
    trashed = space.trash(renamed)
    assert not renamed.exists() and space.trash_count() == 1
    [item] = space.trashed()
    assert (item.path, item.name, item.title) == (
        trashed,
        "second.toml",
        "Open data for all (copy)",
    )
    assert item.deleted is not None
    assert space.restore(item.path) == renamed and renamed.exists()
    assert space.trash_count() == 0


def test_import_makes_a_draft_in_the_data_dir_or_at_a_new_path(data_dir: Path) -> None:
    space = Workspace(data_dir)
    text = "Title: Mesh networks\nDescription:\nNeighbours build their own networks.\n"
    imported = space.import_text(text)
    assert imported.path.parent == data_dir
    assert load_draft(imported.path).title == "Mesh networks"
    target = data_dir / "elsewhere" / "mesh.toml"
    assert space.import_text(text, target=target).path == target
    with pytest.raises(DraftError, match="already exists"):
        space.import_text(text, target=target)


# --- export ------------------------------------------------------------------------------------


def test_export_writes_each_format_and_refuses_the_draft_itself(
    space: Workspace, tmp_path: Path
) -> None:
    path = space.data_dir / READY
    proposal = load_draft(path)
    for fmt in FORMATS:
        target = space.export_path(path, fmt, tmp_path)
        assert target.name == f"{path.stem}.{EXPORT_FORMATS[fmt].ending}"
        assert space.export(path, fmt, target) == target
        assert target.read_text(encoding="utf-8") == export(proposal, load_call(proposal.call), fmt)
        assert "@" not in target.read_text(encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ExportTargetError, match="the draft itself"):
        space.export(path, "text", path)
    assert path.read_bytes() == before


def test_exports_go_to_the_data_dirs_exports_folder(space: Workspace) -> None:
    assert space.exports_dir == space.data_dir / "exports"
    assert not space.exports_dir.exists()  # made by the first export, not by asking
    path = space.data_dir / READY
    target = space.export_path(path, "text", space.exports_dir)
    space.export(path, "text", target)
    assert target.is_file() and oct(target.parent.stat().st_mode & 0o777) == "0o700"
    assert READY in [row.path.name for row in space.rows()]
    assert all(row.path.parent == space.data_dir for row in space.rows())


def test_exports_go_home_when_the_data_dir_is_read_only(
    space: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # (chmod 0500 cannot stop root, which runs some test machines: ask os.access instead)
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != space.data_dir)
    assert space.exports_dir == tmp_path / "home"
    (space.data_dir / "exports").mkdir()
    assert space.exports_dir == space.data_dir / "exports"  # one made before is used


def test_one_table_of_formats_serves_the_command_line() -> None:
    assert tuple(EXPORT_FORMATS) == FORMATS == ("text", "markdown", "json")
    assert [fmt.ending for fmt in EXPORT_FORMATS.values()] == ["txt", "md", "json"]
    export_parser = cli.build_parser()._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    [format_option] = [a for a in export_parser._actions if a.dest == "format"]
    assert tuple(format_option.choices) == FORMATS


# --- comparison and revisions -------------------------------------------------------------


def test_compared_reads_both_and_compares_under_the_first_call(space: Workspace) -> None:
    path = space.data_dir / READY
    same = space.compared(path, path)
    assert same.comparison.equal and same.call.name == load_draft(path).call
    other = space.data_dir / "community-networks-draft.toml"
    differ = space.compared(path, other)
    assert not differ.comparison.equal
    assert differ.readiness_a.ready and not differ.readiness_b.ready


def test_revisions_say_what_each_save_changed(data_dir: Path) -> None:
    path = data_dir / "d.toml"
    save_draft(path, Proposal(call="igf-2025", title="First"))
    save_draft(path, Proposal(call="igf-2025", title="Second"))
    revisions = Workspace(data_dir).revisions(path)
    assert revisions.fingerprint == read_draft(path).fingerprint
    [row] = revisions.rows
    assert load_draft(row.revision.path).title == "First"
    assert row.summary == "title: First → Second"


# --- samples (the demo) ---------------------------------------------------------------------


def test_samples_are_listed_marked_and_what_is_made_goes_to_the_data_dir(
    data_dir: Path, tmp_path: Path
) -> None:
    samples = tmp_path / "samples"
    Workspace(samples).add_samples()  # as `demo` fills its folder
    space = Workspace(data_dir, samples_dir=samples)
    rows = space.rows()
    assert rows and all(row.sample for row in rows)
    assert all(row.shown_title.startswith("(sample) ") for row in rows)
    sample = samples / READY
    before = sample.read_bytes()
    copy = space.duplicate(sample)
    assert copy.parent == data_dir and sample.read_bytes() == before
    assert space.create("Mine", "igf-2025").parent == data_dir
    mine = [row for row in space.rows() if not row.sample]
    assert sorted(row.name for row in mine) == sorted([copy.name, "mine.toml"])


def test_a_samples_folder_that_is_the_data_dir_is_listed_once(sample_library: Path) -> None:
    space = Workspace(sample_library, samples_dir=Path(os.path.relpath(sample_library)))
    assert space.samples_dir is None
    assert len(space.rows()) == len(list(SAMPLES.glob("*.toml")))


# --- the store's file-name stamps ----------------------------------------------------------------


def test_stamps_name_their_instant_and_nothing_else() -> None:
    when = datetime(2025, 6, 15, 14, 3, 12, 1)
    assert make_stamp(when) == "20250615T140312000001"
    assert read_stamp(make_stamp(when)) == when
    assert read_stamp("notes") is None
    assert revision_time(Path(".revisions/d/20250615T140312000001-2.toml")) == when
    assert revision_time(Path(".revisions/d/odd.toml")) is None
    assert trashed_at(Path(".trash/notes.20250615T140312000001.toml")) == when


def test_a_revision_and_a_trashed_draft_carry_the_stamp_of_their_time(data_dir: Path) -> None:
    path = data_dir / "d.toml"
    save_draft(path, Proposal(title="x"))
    when = datetime(2025, 6, 15, 14, 3, 12, 1)
    assert revision_time(keep_revision(path, b'title = "old"\n', now=when)) == when
    Workspace(data_dir).trash(path)
    [trashed] = list_trash(data_dir)
    stamp = trashed_at(trashed)
    assert stamp is not None and abs((datetime.now() - stamp).total_seconds()) < 3600


def test_the_state_changes_with_a_draft_and_is_none_just_after_a_change(data_dir: Path) -> None:
    """`state` says in a few stats whether anything the rows are made of changed: equal
    states, nothing to read again; None right after a change (a second change in the same
    clock tick would not show)."""
    space = Workspace(data_dir)
    path = create_draft(data_dir, Proposal(title="One"))
    assert space.state() is None  # just written
    os.utime(path, (1_750_000_000, 1_750_000_000))
    before = space.state()
    assert before is not None and before == space.state()
    os.utime(path, (1_750_000_060, 1_750_000_060))
    assert space.state() != before
    assert Workspace(data_dir, call_override="igf-2024").state() != space.state()
