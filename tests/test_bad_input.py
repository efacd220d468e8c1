"""Bad input: each case gives a clear message or is handled, nothing crashes, and no file
changes that was not asked to change."""

from __future__ import annotations

import errno
import os
import pathlib
import random
import stat
from collections.abc import Callable
from pathlib import Path

import filelock
import pytest

from proposal_tui import cli, store
from proposal_tui.call import load_call
from proposal_tui.errors import DraftError
from proposal_tui.export import export
from proposal_tui.model import Person, Proposal
from proposal_tui.store import (
    create_draft,
    dump_draft,
    list_library,
    load_draft,
    read_draft,
    rename_draft,
    save_draft,
    trash_draft,
)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def refused_everywhere(path: Path, capsys: pytest.CaptureFixture[str]) -> DraftError:
    """Load, save, export, check and list the unreadable `path`; nothing may change."""
    folder = path.parent
    before = snapshot(folder)
    with pytest.raises(DraftError) as info:
        load_draft(path)
    error = info.value
    assert error.path == path
    assert "\n" not in str(error)
    with pytest.raises(DraftError, match="not saved"):
        save_draft(path, Proposal(title="written over?"))
    assert cli.main(["export", str(path)]) == 2
    assert cli.main(["--data-dir", str(folder), "list"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert f"{path.name}\t" in captured.out
    assert snapshot(folder) == before
    return error


# --- broken TOML and wrong types ------------------------------------------------------------


def test_broken_toml(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('title = "x"\n[[speakers]\nname = "y"\n', encoding="utf-8")
    error = refused_everywhere(path, capsys)
    assert (error.line, error.column) == (2, 11)
    assert "not valid TOML" in str(error)


def test_a_duplicate_key_is_broken_toml(tmp_path: Path, capsys) -> None:
    path = tmp_path / "dup.toml"
    path.write_text('title = "a"\ntitle = "b"\n', encoding="utf-8")
    assert refused_everywhere(path, capsys).line == 2


def test_a_number_where_text_belongs_loads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "n.toml"
    path.write_text("title = 2025\ndescription = 3.5\n[[speakers]]\nname = 7\n")
    proposal = load_draft(path)
    assert (proposal.title, proposal.description, proposal.speakers[0].name) == (
        "2025",
        "3.5",
        "7",
    )


def test_a_string_where_a_list_belongs_loads_as_one_item(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(
        'policy_questions = "Only one?"\nspeakers = "Ana"\nsdgs = "SDG 16"\nduration = "90 min"\n'
    )
    proposal = load_draft(path)
    assert proposal.policy_questions == ["Only one?"]
    assert proposal.speakers == [Person(name="Ana")]
    assert proposal.sdgs == [16]
    assert proposal.duration == 90


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('title = {text = "x"}\n', "title"),
        ("description = {a = 1}\n", "description"),
        ("[description]\na = 1\n", "description"),
        ("[[speakers]]\nname = {first = 'A'}\n", "speakers[0].name"),
        ("policy_questions = [[1, 2]]\n", "policy_questions[0]"),
        ("duration = 'ninety'\n", "duration"),
        ("sdgs = 16\n", "sdgs"),
    ],
)
def test_a_table_where_text_belongs_is_refused_naming_the_key(
    tmp_path: Path, capsys, text: str, key: str
) -> None:
    path = tmp_path / "t.toml"
    path.write_text('title_ok = "x"\n' + text, encoding="utf-8")
    error = refused_everywhere(path, capsys)
    assert f": {key}: " in str(error)


# --- unknown choices load; checks flag them --------------------------------------------------


def test_unknown_format_and_region_names_load_and_save(tmp_path: Path) -> None:
    path = tmp_path / "u.toml"
    path.write_text(
        'format = "Interpretive Dance"\n[[speakers]]\nname = "A"\nregion = "Atlantis"\n'
        'stakeholder_group = "Pirates"\n',
        encoding="utf-8",
    )
    draft = read_draft(path)
    assert draft.proposal.format == "Interpretive Dance"
    assert draft.proposal.speakers[0].region == "Atlantis"
    save_draft(path, draft.proposal, expected=draft.fingerprint)
    assert load_draft(path) == draft.proposal


def test_unknown_format_and_region_names_are_flagged_by_checks() -> None:
    from proposal_tui.checks import check

    proposal = Proposal(
        format="Interpretive Dance",
        speakers=[Person(name="A", region="Atlantis", stakeholder_group="Pirates")],
    )
    findings = check(proposal, load_call("igf-2025"))
    about = {(f.field, f.item) for f in findings if "Interpretive Dance" in f.message}
    assert ("format", None) in about
    assert any(f.field == "speakers" and "Atlantis" in f.message for f in findings)
    assert any(f.field == "speakers" and "Pirates" in f.message for f in findings)


# --- future schema, empty, binary, encodings ---------------------------------------------------


def test_a_future_schema(tmp_path: Path, capsys) -> None:
    path = tmp_path / "future.toml"
    path.write_text('schema = 3\ntitle = "x"\n[new_section]\nfoo = 1\n', encoding="utf-8")
    assert "newer proposal-tui" in str(refused_everywhere(path, capsys))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf"])
def test_an_empty_file(tmp_path: Path, capsys, content: bytes) -> None:
    path = tmp_path / "empty.toml"
    path.write_bytes(content)
    assert refused_everywhere(path, capsys).message == "the file is empty"


@pytest.mark.parametrize("seed", range(8))
def test_binary_junk_with_nul(tmp_path: Path, capsys, seed: int) -> None:
    rng = random.Random(seed)
    junk = bytearray(rng.randbytes(rng.randint(1, 4000)))
    junk.insert(rng.randrange(len(junk) + 1), 0)
    path = tmp_path / "junk.toml"
    path.write_bytes(bytes(junk))
    assert "binary data" in str(refused_everywhere(path, capsys))


@pytest.mark.parametrize("seed", range(16))
def test_random_bytes_never_crash(tmp_path: Path, seed: int) -> None:
    rng = random.Random(1000 + seed)
    data = rng.randbytes(rng.randint(1, 2000))
    path = tmp_path / "random.toml"
    path.write_bytes(data)
    try:
        load_draft(path)
    except DraftError as exc:
        assert "\n" not in str(exc)
    with pytest.raises(DraftError):
        save_draft(path, Proposal(title="x"))
    assert path.read_bytes() == data


def test_invalid_utf8(tmp_path: Path, capsys) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "ok"\ndescription = "café"\n'.encode("latin-1"))
    error = refused_everywhere(path, capsys)
    assert "not UTF-8" in str(error)
    assert error.line == 2


def test_a_bom_is_read_and_not_written_back(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b'\xef\xbb\xbftitle = "with BOM"\n')
    draft = read_draft(path)
    assert draft.proposal.title == "with BOM"
    save_draft(path, draft.proposal.model_copy(update={"theme": "t"}), expected=draft.fingerprint)
    assert path.read_bytes().startswith(b"schema = 2\n")
    assert load_draft(path).title == "with BOM"


def test_crlf_line_ends_load_and_text_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "crlf.toml"
    lines = [
        "schema = 1",
        'title = "Windows"',
        'description = """',
        "First line.",
        'Second line."""',
        "[[speakers]]",
        'name = "Ana"',
        "",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    draft = read_draft(path)
    assert draft.proposal.title == "Windows"
    assert draft.proposal.description.splitlines() == ["First line.", "Second line."]
    assert draft.proposal.speakers[0].name == "Ana"
    save_draft(path, draft.proposal.model_copy(update={"theme": "t"}), expected=draft.fingerprint)
    again = load_draft(path)
    assert again.description == draft.proposal.description
    assert again.speakers == draft.proposal.speakers


def test_text_holding_crlf_and_cr_round_trips_through_a_file(tmp_path: Path) -> None:
    proposal = Proposal(
        description="one\r\ntwo\r\n\r\nthree", hybrid_format="old mac\rline", title="a\tb"
    )
    path = tmp_path / "d.toml"
    save_draft(path, proposal)
    assert load_draft(path) == proposal


# --- big and unusual text -------------------------------------------------------------------------


def test_a_draft_at_the_size_limits_works_and_one_beyond_is_refused(tmp_path: Path, capsys) -> None:
    paragraph = "Community networks keep rural villages online. " * 20 + "\n\n"
    words_per_paragraph = len(paragraph.split())
    description = paragraph * (store.MAX_SECTION_WORDS // words_per_paragraph)
    proposal = Proposal(title="Huge", description=description, call="igf-2025")
    path = tmp_path / "huge.toml"
    save_draft(path, proposal)
    draft = read_draft(path)
    assert draft.proposal.description == description
    edited = draft.proposal.model_copy(update={"title": "Huge, edited"})
    save_draft(path, edited, expected=draft.fingerprint)
    assert cli.main(["export", str(path), "--field", "description"]) == 0
    assert capsys.readouterr().out == description.strip("\n") + "\n"

    too_long = edited.model_copy(update={"description": description + paragraph})
    with pytest.raises(DraftError, match=r"description: .* words; the limit is 50,000"):
        save_draft(path, too_long, expected=store.disk_fingerprint(path))
    assert load_draft(path) == edited
    huge = tmp_path / "five-mb.toml"
    huge.write_text(f'title = "x"\ndescription = """{"word " * 1_000_000}"""\n')
    assert cli.main(["check", str(huge)]) == 2
    err = capsys.readouterr().err
    assert err == f"proposal-tui: {huge}: too large (5.0 MB; the limit is 2 MB)\n"


RTL_AND_EMOJI = {
    "title": "مرحبا بالعالم — שָׁלוֹם עוֹלָם",
    "description": "Arabic: السَّلَامُ عَلَيْكُمْ\nHebrew: בְּרֵאשִׁית\nFamily: 👩‍👩‍👧‍👦 Flag: 🏳️‍🌈\n"
    "Skin tone: 👋🏽 Combining: e\u0301 a\u0308\u0323 Bidi: \u202bRTL\u202c \u200f.",
    "policy_questions": ["ما هو؟", "מה זה?", "🤔‍❓"],
}


def test_emoji_and_right_to_left_text_round_trip_and_export(tmp_path: Path) -> None:
    proposal = Proposal.model_validate(
        {**RTL_AND_EMOJI, "speakers": [{"name": "عائشة 👩🏾‍💻", "organization": "מכון"}]}
    )
    path = create_draft(tmp_path, proposal)
    assert path.name == "draft.toml"
    assert load_draft(path) == proposal
    text = export(proposal, load_call(), "text")
    assert RTL_AND_EMOJI["title"] in text
    assert RTL_AND_EMOJI["description"] in text
    assert "Speaker 1: عائشة 👩🏾‍💻" in text
    assert "B. מה זה?" in text
    assert RTL_AND_EMOJI["title"] in export(proposal, load_call(), "json")


def test_emoji_title_gives_a_usable_file_name(tmp_path: Path) -> None:
    path = create_draft(tmp_path, Proposal(title="🌍 Connect the unconnected 🌍"))
    assert path.name == "connect-the-unconnected.toml"


# --- a full disk ---------------------------------------------------------------------------


class _FullDiskFile:
    """A file handle whose writes fail as on a full disk."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def fileno(self) -> int:
        return self._handle.fileno()

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self._handle.flush()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        store.os, "fdopen", lambda fd, *a, **k: _FullDiskFile(real_fdopen(fd, *a, **k))
    )


def test_a_full_disk_keeps_the_original(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "d.toml"
    fp = save_draft(path, Proposal(title="original"))
    before = path.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        store.os, "fdopen", lambda fd, *a, **k: _FullDiskFile(real_fdopen(fd, *a, **k))
    )
    with pytest.raises(DraftError) as info:
        save_draft(path, Proposal(title="lost?"), expected=fp)
    assert str(info.value) == f"{path}: not saved: No space left on device"
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_a_full_disk_for_a_new_draft_leaves_nothing(tmp_path: Path, full_disk) -> None:
    path = tmp_path / "new.toml"
    with pytest.raises(DraftError) as info:
        save_draft(path, Proposal(title="new"))
    assert str(info.value) == f"{path}: not saved: No space left on device"
    assert os.listdir(tmp_path) == []


def test_a_full_disk_during_export_to_a_file_is_one_line(tmp_path: Path, full_disk, capsys):
    source = tmp_path / "d.toml"
    source.write_text('title = "x"\n', encoding="utf-8")
    target = tmp_path / "out.txt"
    assert cli.main(["export", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"proposal-tui: {target}: not saved: No space left on device\n"
    assert sorted(os.listdir(tmp_path)) == ["d.toml"]


# --- a read-only folder --------------------------------------------------------------------


def _denied(*args: object, **kwargs: object):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A folder holding one draft that cannot be written in: chmod, or simulated for root."""
    folder = tmp_path / "ro"
    folder.mkdir()
    save_draft(folder / "d.toml", Proposal(title="original"))
    if os.geteuid() != 0:
        os.chmod(folder, 0o500)
        yield folder
        os.chmod(folder, 0o700)
        return

    def inside(target: object) -> bool:
        return folder in Path(os.fspath(target)).resolve().parents

    def guard(real: Callable, *, target: Callable[..., object]) -> Callable:
        def guarded(*args: object, **kwargs: object):
            if inside(target(*args, **kwargs)):
                _denied()
            return real(*args, **kwargs)

        return guarded

    real_mkstemp = store.tempfile.mkstemp
    monkeypatch.setattr(
        store.tempfile,
        "mkstemp",
        guard(real_mkstemp, target=lambda *a, **k: Path(k["dir"]) / "x"),
    )
    monkeypatch.setattr(
        pathlib.Path, "mkdir", guard(pathlib.Path.mkdir, target=lambda self, *a, **k: self)
    )
    for name in ("replace", "rename"):
        monkeypatch.setattr(store.os, name, guard(getattr(os, name), target=lambda s, d: d))
    monkeypatch.setattr(store.os, "unlink", guard(os.unlink, target=lambda p: p))
    monkeypatch.setattr(filelock, "FileLock", guard(filelock.FileLock, target=lambda p, *a, **k: p))
    yield folder


def test_saving_a_new_draft_in_a_read_only_folder(read_only_folder: Path) -> None:
    before = snapshot(read_only_folder)
    with pytest.raises(DraftError, match="Permission denied"):
        save_draft(read_only_folder / "new.toml", Proposal(title="new"))
    assert snapshot(read_only_folder) == before


def test_saving_an_existing_draft_in_a_read_only_folder(read_only_folder: Path) -> None:
    path = read_only_folder / "d.toml"
    draft = read_draft(path)
    before = snapshot(read_only_folder)
    with pytest.raises(DraftError, match=r"not saved: .*Permission denied") as info:
        save_draft(path, Proposal(title="changed"), expected=draft.fingerprint)
    assert info.value.path == path
    assert snapshot(read_only_folder) == before
    assert load_draft(path).title == "original"


def test_library_actions_in_a_read_only_folder(read_only_folder: Path) -> None:
    path = read_only_folder / "d.toml"
    before = snapshot(read_only_folder)
    with pytest.raises(DraftError, match="Permission denied"):
        create_draft(read_only_folder, Proposal(title="x"))
    with pytest.raises(DraftError, match="Permission denied"):
        rename_draft(path, "other")
    with pytest.raises(DraftError, match="Permission denied"):
        trash_draft(path)
    assert snapshot(read_only_folder) == before
    assert [e.path for e in list_library(read_only_folder)] == [path]


def test_cli_new_in_a_read_only_data_dir_is_one_line(read_only_folder: Path, capsys) -> None:
    assert cli.main(["--data-dir", str(read_only_folder), "new", "--no-open"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Permission denied" in err


def test_a_read_only_file_name_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "d.toml").mkdir()
    with pytest.raises(DraftError, match="not saved"):
        save_draft(tmp_path / "d.toml", Proposal())
    assert (tmp_path / "d.toml").is_dir()


def test_dump_of_control_characters_stays_valid_toml() -> None:
    proposal = Proposal(description="nul\x00 bell\x07 esc\x1b del\x7f", title="\x0c")
    assert store.parse_draft(dump_draft(proposal).encode()) == proposal


def test_created_files_stay_private_after_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_bytes(b"\xef\xbb\xbftitle = 5\r\n")
    save_draft(path, load_draft(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
