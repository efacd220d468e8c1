"""The library's index: only ever a cache of the files, shared safely, searched folded."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import SAMPLES
from proposal_tui import cli
from proposal_tui.call import call_for
from proposal_tui.checks import readiness
from proposal_tui.draft_locks import draft_lock
from proposal_tui.index import FIELD_SLOTS, Index, index_path
from proposal_tui.model import Person, Proposal
from proposal_tui.search_words import query_words
from proposal_tui.store import copy_samples, list_library, save_draft

NOW = 1_750_000_000


def _draft(folder: Path, name: str, mtime: int = NOW, **fields: object) -> Path:
    path = folder / name
    save_draft(path, Proposal(call="igf-2025", **fields))
    os.utime(path, (mtime, mtime))
    return path


@pytest.fixture
def library(data_dir: Path) -> Path:
    """Sample drafts, people with accents, a broken file and a draft of an unknown call."""
    for sample in SAMPLES.glob("*.toml"):
        shutil.copyfile(sample, data_dir / sample.name)
        os.utime(data_dir / sample.name, (NOW, NOW))
    _draft(
        data_dir,
        "people.toml",
        title="Inclusión digital",
        description="Community networks for rural schools.\nData governance matters.",
        speakers=[Person(name="José Núñez", organization="Fundación Karisma")],
    )
    (data_dir / "broken.toml").write_text('title = "no end\n', encoding="utf-8")
    os.utime(data_dir / "broken.toml", (NOW, NOW))
    save_draft(data_dir / "odd-call.toml", Proposal(call="no-such-call", title="Odd"))
    os.utime(data_dir / "odd-call.toml", (NOW, NOW))
    return data_dir


def _titles(index: Index) -> dict[str, str]:
    return {row.name: row.title for row in index.all_rows()}


def _old_list(folder: Path) -> str:
    """What `list` printed before the index: every draft read and judged."""
    lines = []
    for entry in list_library(folder):
        if entry.proposal is None:
            lines.append(f"✗ unreadable\t{entry.path.name}\t{entry.error}\n")
            continue
        title = entry.proposal.title or "(untitled)"
        try:
            call = call_for(entry.proposal)
        except Exception as exc:
            lines.append(f"? {exc}\t{title}\t{entry.path.name}\n")
            continue
        state = readiness(entry.proposal, call)
        lines.append(f"{state.mark} {state.summary()}\t{call.name}\t{title}\t{entry.path.name}\n")
    return "".join(lines)


# --- list ----------------------------------------------------------------------------------------


def test_list_prints_what_it_printed_without_the_index(library: Path, capsys) -> None:
    expected = _old_list(library)
    assert "✗ unreadable\tbroken.toml" in expected and "? " in expected
    assert cli.main(["list"]) == 0
    assert capsys.readouterr().out == expected  # first run: the index is made
    assert cli.main(["list"]) == 0
    assert capsys.readouterr().out == expected  # second run: from the index


def test_list_of_a_known_library_loads_neither_pydantic_nor_the_checks(library: Path) -> None:
    code = (
        "import sys\nfrom proposal_tui.cli import main\nmain(['list'])\n"
        "print('LOADED:' + ','.join(sorted(m for m in sys.modules"
        " if m.split('.')[0] == 'pydantic' or m in ('proposal_tui.checks', 'proposal_tui.model'))))"
    )
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, timeout=60, check=True)
    assert "pydantic" in first.stdout.splitlines()[-1]  # the drafts had to be read
    second = subprocess.run(run, capture_output=True, text=True, timeout=60, check=True)
    assert second.stdout.splitlines()[-1] == "LOADED:"


# --- only ever a cache ---------------------------------------------------------------------------


def test_a_draft_changed_on_disk_is_read_again(library: Path) -> None:
    path = _draft(library, "a.toml", title="Before")
    with Index(library) as index:
        assert _titles(index)["a.toml"] == "Before"
        _draft(library, "a.toml", mtime=NOW + 60, title="After, and longer")
        assert _titles(index)["a.toml"] == "After, and longer"
        size = path.stat().st_size
        _draft(library, "a.toml", mtime=NOW, title="Same size, ofter")  # new mtime only
        assert path.stat().st_size == len(path.read_bytes())
        assert _titles(index)["a.toml"] == "Same size, ofter"
        _draft(library, "a.toml", mtime=NOW, title="Now much longer, but the same time")
        assert path.stat().st_size != size
        assert _titles(index)["a.toml"] == "Now much longer, but the same time"


def test_a_change_in_the_same_clock_tick_is_seen(library: Path) -> None:
    path = library / "racy.toml"
    save_draft(path, Proposal(title="First"))  # changed just now: too recent to trust
    stamp = path.stat().st_mtime_ns
    with Index(library) as index:
        assert _titles(index)["racy.toml"] == "First"
        save_draft(path, Proposal(title="Other"))  # same size, and the same time again
        os.utime(path, ns=(stamp, stamp))
        assert _titles(index)["racy.toml"] == "Other"


def test_a_deleted_draft_leaves_the_rows_and_the_search(library: Path) -> None:
    with Index(library) as index:
        index.all_rows()
        assert index.search("karisma")
        (library / "people.toml").unlink()
        assert "people.toml" not in _titles(index)
        assert index.search("karisma") == []
        assert index.people() and "people.toml" not in index.people()


def test_a_broken_index_file_is_made_anew(library: Path) -> None:
    with Index(library) as index:
        expected = _titles(index)
        location = index.location
    location.write_bytes(b"this is not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{location}{suffix}").unlink(missing_ok=True)
    with Index(library) as index:
        assert not index.in_memory
        assert _titles(index) == expected
    assert location.read_bytes().startswith(b"SQLite format 3")


def test_an_index_made_for_another_data_dir_is_not_trusted(library: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    _draft(other, "elsewhere.toml", title="Elsewhere")
    with Index(other) as index:
        index.all_rows()
        foreign = index.location
    shutil.copyfile(foreign, index_path(library))  # as if the cache had been copied over
    with Index(library) as index:
        rows = _titles(index)
    assert "elsewhere.toml" not in rows
    assert rows["people.toml"] == "Inclusión digital"


def test_an_index_of_another_version_is_made_anew(library: Path) -> None:
    with Index(library) as index:
        index.all_rows()
        location = index.location
    db = sqlite3.connect(location)
    db.execute("UPDATE meta SET value = '0' WHERE key = 'version'")
    db.execute("UPDATE drafts SET title = 'stale' ")
    db.commit()
    db.close()
    with Index(library) as index:
        assert "stale" not in _titles(index).values()


def test_readiness_follows_a_changed_call_profile(library: Path, config_dir: Path) -> None:
    with Index(library) as index:
        before = {row.name: row.readiness for row in index.all_rows()}
    shipped = (Path(cli.__file__).parent / "calls" / "igf-2025.toml").read_text(encoding="utf-8")
    (config_dir / "calls").mkdir()
    (config_dir / "calls" / "igf-2025.toml").write_text(
        shipped.replace("max_words = 200", "max_words = 2").replace(
            "min_speakers = 3", "min_speakers = 9"
        ),
        encoding="utf-8",
    )
    with Index(library) as index:
        after = {row.name: row.readiness for row in index.all_rows()}
    assert after != before


def test_an_index_locked_by_another_process_is_waited_for_then_left_alone(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Index(library) as index:
        expected = index.all_rows()
        location = index.location
    _draft(library, "people.toml", mtime=NOW + 9, title="Changed while locked")
    monkeypatch.setattr("proposal_tui.index.BUSY_TIMEOUT_S", 0.05)
    inode = location.stat().st_ino
    holder = sqlite3.connect(location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing, for longer than we wait
    try:
        with Index(library) as index:
            rows = index.all_rows()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    titles = {row.name: row.title for row in rows}
    assert titles["people.toml"] == "Changed while locked"
    assert len(rows) == len(expected)
    assert location.stat().st_ino == inode  # not taken for broken and replaced
    with Index(library) as index:  # the index was kept, and catches up now
        assert not index.in_memory
        assert _titles(index)["people.toml"] == "Changed while locked"


def test_an_unusable_cache_folder_only_costs_speed(
    library: Path, tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("PROPOSAL_TUI_CACHE_DIR", str(blocker))
    with Index(library) as index:
        assert index.in_memory
        assert _titles(index)["people.toml"] == "Inclusión digital"
        assert index.search("jose")


def test_the_index_is_private(library: Path) -> None:
    with Index(library) as index:
        index.all_rows()
        location = index.location
        files = [p for p in location.parent.iterdir() if p.name.startswith(location.name)]
        assert {p.name.removeprefix(location.name) for p in files} >= {"", "-wal", "-shm"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(location.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(location.parent.parent.stat().st_mode) == 0o700


def test_deleting_the_index_loses_nothing(library: Path) -> None:
    with Index(library) as index:
        expected = index.all_rows()
        location = index.location
    shutil.rmtree(location.parent)
    with Index(library) as index:
        assert index.all_rows() == expected


# --- first start: rows as they come ------------------------------------------------------------


def test_the_newest_drafts_come_first_then_the_rest(data_dir: Path) -> None:
    for number in range(25):
        _draft(data_dir, f"d{number:02d}.toml", mtime=NOW + number, title=f"Draft {number}")
    with Index(data_dir) as index:
        batches = list(index.rows(first=5, batch=8, quick=False))
        assert [len(batch) for batch in batches] == [5, 8, 8, 4]
        assert {row.name for row in batches[0]} == {f"d{n:02d}.toml" for n in range(20, 25)}
        assert sorted(row.name for batch in batches for row in batch) == sorted(
            p.name for p in data_dir.glob("*.toml")
        )
        assert not any(row.pending for batch in batches for row in batch)
        again = list(index.rows(first=5, batch=8))
    assert len(again) == 1 and len(again[0]) == 25  # known now: all at once


def test_a_first_start_glances_at_the_newest_titles_first(data_dir: Path) -> None:
    for number in range(25):
        _draft(data_dir, f"d{number:02d}.toml", mtime=NOW + number, title=f"Draft {number}")
    (data_dir / "zz-broken.toml").write_text('title = "no end\n', encoding="utf-8")
    os.utime(data_dir / "zz-broken.toml", (NOW + 99, NOW + 99))
    with Index(data_dir) as index:
        first, *rest = list(index.rows(first=5, batch=10))
        assert all(row.pending and row.readiness is None for row in first)
        assert [row.title for row in first] == ["", *(f"Draft {n}" for n in (24, 23, 22, 21))]
        whole = [row for batch in rest for row in batch]
        assert [len(batch) for batch in rest] == [10, 10, 6]
        assert not any(row.pending for row in whole)
        assert sorted(row.name for row in whole) == sorted(p.name for p in data_dir.glob("*.toml"))
        assert {row.name: row.error is not None for row in whole}["zz-broken.toml"]
        (again,) = list(index.rows(first=5))
    assert len(again) == 26 and not any(row.pending for row in again)


def test_a_few_changed_drafts_are_read_whole_at_once(data_dir: Path) -> None:
    for number in range(8):
        _draft(data_dir, f"d{number:02d}.toml", title=f"Draft {number}")
    with Index(data_dir) as index:
        index.all_rows()
        _draft(data_dir, "d03.toml", mtime=NOW + 50, title="Changed")
        (batch,) = list(index.rows(first=5))
    assert {row.name: row.title for row in batch}["d03.toml"] == "Changed"
    assert not any(row.pending for row in batch)


# --- two processes -------------------------------------------------------------------------------

SHARE = """
import sys
from pathlib import Path
from proposal_tui.index import Index
from proposal_tui.model import Proposal
from proposal_tui.store import save_draft

folder, me = Path(sys.argv[1]), sys.argv[2]
with Index(folder) as index:
    for round in range(6):
        save_draft(folder / f"{me}-{round}.toml", Proposal(title=f"{me} {round}"))
        rows = index.all_rows()
        assert f"{me}-{round}.toml" in {row.name for row in rows}, rows
        assert index.search(f"{me}"), me
print("done", len(rows))
"""


def test_two_processes_share_one_index(library: Path) -> None:
    for number in range(40):
        _draft(library, f"shared-{number:02d}.toml", title=f"Shared {number}")
    env = dict(os.environ)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", SHARE, str(library), who],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("alpha", "bravo")
    ]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.startswith("done")
    with Index(library) as index:
        rows = index.all_rows()
        assert not index.in_memory
        names = [row.name for row in rows]
        assert names == sorted(p.name for p in library.glob("*.toml"))
        db = index._db
        (orphans,) = db.execute(
            "SELECT count(*) FROM words WHERE rowid / ? NOT IN (SELECT id FROM drafts)",
            (FIELD_SLOTS,),
        ).fetchone()
        assert orphans == 0
        assert len(index.search("alpha")) == 6 and len(index.search("bravo")) == 6


# --- search --------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["nunez", "NÚÑEZ", "josé núñez", "Nunez jo", "KARISMA", "kar"])
def test_search_ignores_case_and_accents(library: Path, query: str) -> None:
    with Index(library) as index:
        index.all_rows()
        hits = index.search(query)
    assert [(hit.path.name, hit.field) for hit in hits] == [("people.toml", "people")]
    assert {piece for piece, matched in hits[0].snippet if matched} & {"José", "Núñez", "Karisma"}


def test_search_names_the_section_and_marks_the_words(library: Path) -> None:
    with Index(library) as index:
        index.all_rows()
        (hit,) = [h for h in index.search("governance matters") if h.path.name == "people.toml"]
    assert hit.field == "description"
    assert [piece for piece, matched in hit.snippet if matched] == ["governance", "matters"]
    assert "\n" not in hit.text


def test_search_finds_words_spread_over_a_drafts_sections_after_those_in_one(
    library: Path,
) -> None:
    _draft(library, "spread.toml", title="Quokka census", description="Held in Zanzibar.")
    _draft(library, "together.toml", title="Other", description="A quokka seen in Zanzibar.")
    _draft(library, "half.toml", title="Quokka only", description="Nowhere near.")
    with Index(library) as index:
        index.all_rows()
        hits = [(h.path.name, h.field) for h in index.search("zanzibar quok")]
    assert hits == [
        ("together.toml", "description"),  # every word in one section first
        ("spread.toml", "title"),  # then titles and people
        ("spread.toml", "description"),
    ]


def test_search_ranks_titles_and_people_before_text_and_by_relevance(library: Path) -> None:
    _draft(library, "text.toml", title="Other", description="One wombat.")
    _draft(library, "many.toml", title="Other", description="Wombat, wombat, wombat talk.")
    _draft(library, "named.toml", title="The wombat session")
    _draft(library, "person.toml", title="Other", speakers=[Person(name="Ann Wombat")])
    with Index(library) as index:
        index.all_rows()
        hits = [(h.path.name, h.field) for h in index.search("wombat")]
    assert set(hits[:2]) == {("named.toml", "title"), ("person.toml", "people")}
    assert hits[2:] == [("many.toml", "description"), ("text.toml", "description")]


def test_search_takes_any_text_without_error(library: Path) -> None:
    with Index(library) as index:
        index.all_rows()
        for text in ['"', "AND OR NOT", "*", "a:b", "(x", "NEAR(", "-", "'; DROP TABLE drafts"]:
            index.search(text)
        assert index.search("   ") == []
        assert index.search("karisma")
    assert query_words('Say "hi" -') == ['"say"', '"""hi"""*']
    assert query_words("- *") == []


def test_search_command_prints_one_hit_a_line(library: Path, capsys) -> None:
    assert cli.main(["search", "nunez", "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert out == "people.toml\tpeople\tJosé Núñez, Fundación Karisma\n"


def test_search_command_marks_matches_on_request(library: Path, capsys) -> None:
    assert cli.main(["search", "karisma", "--color", "always"]) == 0
    assert "\x1b[1mKarisma\x1b[22m" in capsys.readouterr().out


def test_search_command_finds_nothing_with_exit_1(library: Path, capsys) -> None:
    assert cli.main(["search", "xylophone"]) == 1
    assert capsys.readouterr().out == ""


def test_search_command_sees_a_change_made_just_before(library: Path, capsys) -> None:
    assert cli.main(["search", "xylophone"]) == 1
    _draft(library, "new.toml", mtime=NOW + 5, title="A xylophone workshop")
    assert cli.main(["search", "xylophone"]) == 0
    assert capsys.readouterr().out.startswith("new.toml\ttitle\tA xylophone workshop")


def test_search_command_shows_control_characters_as_text(library: Path, capsys) -> None:
    _draft(library, "evil.toml", title="Evil \x1b]0;owned\x07 title \x1b[2J\x9b here")
    assert cli.main(["search", "evil", "--color", "always"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "\x07" not in line and "\x9b" not in line and "]0;" in line
    assert line.replace("\x1b[1m", "").replace("\x1b[22m", "").count("\x1b") == 0


def _killed_save_leftovers(folder: Path) -> list[Path]:
    """What two saves killed before their rename leave: a temp beside one draft, and one
    in the other's revisions folder (a kill while keeping a revision)."""
    _draft(folder, "one.toml", title="One")
    two = _draft(folder, "two.toml", title="Two")
    save_draft(two, Proposal(call="igf-2025", title="Two, again"))  # makes its revisions folder
    beside = folder / ".one.toml.k1ll3d.tmp"
    inside = folder / ".revisions" / "two" / ".20250615T150640000000.toml.k1ll3d.tmp"
    for temp in (beside, inside):
        temp.write_text("half a save", encoding="utf-8")
    return [beside, inside]


@pytest.mark.parametrize("listing", ["list (index)", "list_library", "library rows"])
def test_every_listing_removes_the_temp_files_of_killed_saves(
    data_dir: Path, listing: str, capsys
) -> None:
    leftovers = _killed_save_leftovers(data_dir)
    if listing == "list (index)":
        assert cli.main(["list"]) == 0
        assert "one.toml" in capsys.readouterr().out
    elif listing == "list_library":
        assert len(list_library(data_dir)) == 2
    else:
        with Index(data_dir) as index:
            assert len(index.all_rows()) == 2
    assert [temp for temp in leftovers if temp.exists()] == []
    assert sorted(p.name for p in data_dir.glob("*.toml")) == ["one.toml", "two.toml"]


def test_a_listing_leaves_the_temp_file_of_a_save_under_way(data_dir: Path) -> None:
    beside, inside = _killed_save_leftovers(data_dir)
    with draft_lock(data_dir / "one.toml"):  # a save of one.toml holds its lock
        assert cli.main(["list"]) == 0
    assert beside.exists() and not inside.exists()


def test_a_listing_while_the_samples_are_copied_leaves_their_temp_files(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing (the library's People build, another window) that runs between a sample
    copy's temp file and its rename takes nothing away: the copy holds the draft's lock."""
    made = tempfile.mkstemp

    def listed_meanwhile(*args: object, **kwargs: object) -> tuple[int, str]:
        found = made(*args, **kwargs)
        with Index(data_dir) as index:
            index.all_rows()
        return found

    monkeypatch.setattr(tempfile, "mkstemp", listed_meanwhile)
    copied = copy_samples(SAMPLES, data_dir)
    assert sorted(p.name for p in data_dir.glob("*.toml")) == sorted(p.name for p in copied)
    assert len(copied) == len(list(SAMPLES.glob("*.toml")))
    assert list(data_dir.glob(".*")) == []  # no temp file or lock file left
