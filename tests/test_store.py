"""Drafts on disk: form-ordered TOML, unknown keys kept, atomic private saves, clear load
errors, unreadable files never written over, conflicts refused, and the library."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tomllib
from pathlib import Path

import pytest

from proposal_tui import paths, store
from proposal_tui.errors import DraftError
from proposal_tui.model import Person, Proposal
from proposal_tui.store import (
    SCHEMA_VERSION,
    ConflictError,
    create_draft,
    disk_fingerprint,
    draft_files,
    dump_draft,
    duplicate_draft,
    ensure_folder,
    fingerprint,
    list_library,
    list_trash,
    load_draft,
    new_draft_path,
    original_name,
    parse_draft,
    read_draft,
    rename_draft,
    restore_draft,
    save_draft,
    slugify,
    trash_dir,
    trash_draft,
    write_atomic,
)


def full_proposal() -> Proposal:
    """A proposal with every section filled, plus unknown keys at top level and in a person."""
    return Proposal.model_validate(
        {
            "call": "igf-2025",
            "title": "Open data",
            "theme": "Digital Cooperation",
            "topics": ["data"],
            "organizers": [{"name": "Ana", "email": "ana@example.org", "badge": "A-1"}],
            "speakers": [{"name": "Bo", "confirmed": True}, {"name": "Cy"}],
            "onsite_moderator": {"name": "Dee"},
            "online_moderator": {"name": "Eve"},
            "rapporteur": {"name": "Fay"},
            "format": "Round Table",
            "duration": 90,
            "format_description": "Why.",
            "policy_questions": ["Who?", "What?"],
            "participants_gain": "Skills.",
            "description": "First line.\nSecond line.",
            "expected_outcomes": "A report.",
            "hybrid_format": "Both.",
            "sdgs": [16, 5],
            "links": ["https://example.org"],
            "import_notes": "",
            "future_text": "from a newer version",
            "future_table": {"colour": "blue"},
        }
    )


def key_order(text: str) -> list[str]:
    """Top-level keys and table headers of a TOML text, in the order they are written."""
    order = []
    in_table = False
    for line in text.splitlines():
        header = re.match(r"^\[\[?([^\]]+)\]\]?$", line)
        if header:
            in_table = True
            if header.group(0) not in order:
                order.append(header.group(0))
        elif not in_table and (key := re.match(r"^([A-Za-z_]+) = ", line)):
            order.append(key.group(1))
    return order


# --- the file format ---------------------------------------------------------------------


def test_dump_writes_schema_first_then_the_forms_order_then_people_then_unknown_tables() -> None:
    assert key_order(dump_draft(full_proposal())) == [
        "schema",
        "call",
        "title",
        "theme",
        "topics",
        "organizers",
        "speakers",
        "onsite_moderator",
        "online_moderator",
        "rapporteur",
        "format",
        "duration",
        "format_description",
        "policy_questions",
        "participants_gain",
        "description",
        "expected_outcomes",
        "hybrid_format",
        "sdgs",
        "links",
        "import_notes",
        "future_text",
        "[people.ana]",
        "[people.bo]",
        "[people.cy]",
        "[people.dee]",
        "[people.eve]",
        "[people.fay]",
        "[future_table]",
    ]


def test_dump_starts_with_the_schema_version() -> None:
    assert dump_draft(Proposal()).startswith(f"schema = {SCHEMA_VERSION}\n")


def test_empty_people_lists_stay_plain_keys_and_missing_roles_are_left_out() -> None:
    text = dump_draft(Proposal(title="x"))
    assert "organizers = []\n" in text
    assert "speakers = []\n" in text
    assert "moderator" not in text
    assert "rapporteur" not in text
    assert "duration" not in text


def test_long_text_with_newlines_is_a_multiline_string() -> None:
    text = dump_draft(Proposal(description="First line.\nSecond line.", title="One line"))
    assert 'description = """\nFirst line.\nSecond line."""\n' in text
    assert 'title = "One line"\n' in text


def test_text_with_crlf_is_kept_exactly() -> None:
    proposal = Proposal(description="a\r\nb", hybrid_format="c\nd")
    assert parse_draft(dump_draft(proposal).encode()) == proposal


def test_a_person_is_written_in_the_models_field_order() -> None:
    text = dump_draft(Proposal(speakers=[Person(name="Bo", email="b@x.org")]))
    assert 'speakers = [\n    "bo",\n]\n' in text
    block = text[text.index("[people.bo]") :].splitlines()[1:9]
    assert [line.split(" = ")[0] for line in block] == [
        "name",
        "organization",
        "email",
        "stakeholder_group",
        "region",
        "gender",
        "participation",
        "confirmed",
    ]


def test_dump_is_valid_toml_that_reads_back_equal() -> None:
    proposal = full_proposal()
    assert tomllib.loads(dump_draft(proposal))["schema"] == SCHEMA_VERSION
    assert parse_draft(dump_draft(proposal).encode()) == proposal


def test_unknown_keys_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text(
        "schema = 1\n"
        'title = "T"\n'
        'future = "kept"\n'
        "when = 2025-03-16\n"
        "at = 2025-03-16T10:30:00\n"
        "[[speakers]]\n"
        'name = "Bo"\n'
        'pronouns = "they/them"\n'
        "[future_table]\n"
        "n = 3\n",
        encoding="utf-8",
    )
    draft = read_draft(path)
    changed = draft.proposal.model_copy(update={"title": "New"})
    save_draft(path, changed, expected=draft.fingerprint)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["title"] == "New"
    assert raw["future"] == "kept"
    assert raw["when"] == dt.date(2025, 3, 16)
    assert raw["at"] == dt.datetime(2025, 3, 16, 10, 30)
    assert raw["speakers"] == ["bo"]
    assert raw["people"]["bo"]["pronouns"] == "they/them"
    assert raw["future_table"] == {"n": 3}


def test_an_older_file_without_schema_loads() -> None:
    assert parse_draft(b'title = "old"\n').title == "old"


def test_schema_is_not_kept_as_an_unknown_key() -> None:
    proposal = parse_draft(b'schema = 1\ntitle = "x"\n')
    assert proposal.model_extra == {}
    assert dump_draft(proposal).count("schema") == 1


# --- a future schema --------------------------------------------------------------------


def test_a_future_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.toml"
    path.write_bytes(b'schema = 99\ntitle = "from the future"\n')
    with pytest.raises(DraftError) as info:
        load_draft(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "newer proposal-tui" in message
    assert "99" in message


def test_a_future_schema_file_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "future.toml"
    original = b'schema = 99\ntitle = "from the future"\nnew_thing = 1\n'
    path.write_bytes(original)
    with pytest.raises(DraftError, match="not saved"):
        save_draft(path, Proposal(title="overwrite"))
    assert path.read_bytes() == original
    assert os.listdir(tmp_path) == ["future.toml"]


def test_a_schema_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(DraftError, match="schema must be a whole number"):
        parse_draft(b'schema = "1"\n')


# --- atomic save --------------------------------------------------------------------------


def test_save_returns_the_fingerprint_of_the_bytes_written(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    result = save_draft(path, Proposal(title="x"))
    assert result == fingerprint(path.read_bytes()) == disk_fingerprint(path)
    assert path.read_text(encoding="utf-8") == dump_draft(Proposal(title="x"))


def test_a_failing_replace_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.toml"
    fp = save_draft(path, Proposal(title="old"))
    before = path.read_bytes()

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(store.os, "replace", failing_replace)
    with pytest.raises(DraftError, match="not saved: Input/output error"):
        save_draft(path, Proposal(title="new"), expected=fp)
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


class Killed(BaseException):
    """Stands in for the process being killed at one instant."""


def test_a_kill_before_replace_leaves_the_old_file_and_a_complete_temp_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.toml"
    fp = save_draft(path, Proposal(title="old"))
    before = path.read_bytes()
    fsynced: list[int] = []  # inodes
    real_fsync = os.fsync
    monkeypatch.setattr(
        store.os, "fsync", lambda fd: (fsynced.append(os.fstat(fd).st_ino), real_fsync(fd))
    )
    replaced: list[str] = []
    real_replace = os.replace

    def killed_replace(src: str, dst: str) -> None:
        if Path(dst) != path:  # the revision of the old content is written first
            real_replace(src, dst)
            return
        replaced.append(src)
        raise Killed

    monkeypatch.setattr(store.os, "replace", killed_replace)
    with pytest.raises(Killed):
        save_draft(path, Proposal(title="new"), expected=fp)
    assert path.read_bytes() == before
    [src] = replaced
    assert Path(src).parent == path.parent
    assert Path(src).name.startswith(".")
    assert Path(src).read_bytes() == dump_draft(Proposal(title="new")).encode()
    assert Path(src).stat().st_ino in fsynced, "the temp file was not fsynced before replace"
    # the leftover temp file is hidden from the library
    assert [e.path for e in list_library(tmp_path)] == [path]


def test_save_fsyncs_the_file_and_then_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.toml"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def recording_fsync(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            same = info.st_ino == tmp_path.stat().st_ino
            events.append("fsync folder" if same else "fsync other folder")
        else:
            events.append("fsync file")
        real_fsync(fd)

    def recording_replace(src: str, dst: str) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(store.os, "fsync", recording_fsync)
    monkeypatch.setattr(store.os, "replace", recording_replace)
    save_draft(path, Proposal(title="x"))
    assert events == ["fsync file", "replace", "fsync folder"]


def test_the_temp_file_is_made_in_the_drafts_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders: list[Path] = []
    real_mkstemp = store.tempfile.mkstemp

    def recording_mkstemp(*args: object, **kwargs: object):
        folders.append(Path(kwargs["dir"]))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(store.tempfile, "mkstemp", recording_mkstemp)
    path = tmp_path / "sub" / "d.toml"
    save_draft(path, Proposal())
    assert folders == [path.parent]


def test_files_are_0600_and_created_folders_0700(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "d.toml"
    save_draft(path, Proposal(title="x"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_resave_keeps_the_file_0600(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text('title = "x"\n')
    os.chmod(path, 0o644)
    save_draft(path, Proposal(title="y"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_ensure_folder_leaves_an_existing_folder_alone(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    ensure_folder(tmp_path)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_write_atomic_writes_bytes_privately(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    write_atomic(path, b"hello")
    write_atomic(path, b"again")
    assert path.read_bytes() == b"again"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_save_with_the_same_content_does_not_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    fp = save_draft(path, Proposal(title="x"))
    inode = path.stat().st_ino
    assert save_draft(path, Proposal(title="x"), expected=fp) == fp
    assert path.stat().st_ino == inode


# --- load errors ---------------------------------------------------------------------------


def test_broken_toml_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('title = "ok"\ndescription = "unclosed\n', encoding="utf-8")
    with pytest.raises(DraftError) as info:
        load_draft(path)
    error = info.value
    assert (error.path, error.line, error.column) == (path, 2, 24)
    assert str(error).startswith(f"{path}:2:24: not valid TOML: ")
    assert "\n" not in str(error)


def test_a_wrong_type_names_file_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "wrong.toml"
    path.write_text('title = "ok"\n\ntheme = ["a", "b"]\n', encoding="utf-8")
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert info.value.line == 3
    assert str(info.value) == f"{path}:3: theme: expected text, got a list"


def test_a_wrong_type_in_a_person_names_the_person(tmp_path: Path) -> None:
    path = tmp_path / "wrong.toml"
    path.write_text('title = "ok"\n[[speakers]]\nname = "a"\n[[speakers]]\nname = {x = 1}\n')
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert "speakers[1].name: expected text, got a table" in str(info.value)
    assert info.value.line == 2


def test_several_wrong_types_say_how_many_more(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match=r"title: expected text, got a table \(and 1 more\)"):
        parse_draft(b"title = {a = 1}\ntheme = {b = 2}\n")


def test_a_missing_file_and_a_folder_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="no such file"):
        load_draft(tmp_path / "missing.toml")
    with pytest.raises(DraftError, match="is a folder"):
        load_draft(tmp_path)


# --- never written over, conflicts ------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'title = "unclosed\n',
        b"title = {a = 1}\n",
        b"schema = 3\n",
        b"\x00\x01\x02",
        b"\xff\xfe title",
        b"",
    ],
)
def test_a_file_that_fails_to_load_is_never_written_over(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    with pytest.raises(DraftError) as info:
        save_draft(path, Proposal(title="replacement"))
    assert "not saved" in str(info.value)
    assert not isinstance(info.value, ConflictError)
    assert path.read_bytes() == content
    assert os.listdir(tmp_path) == ["bad.toml"]


def test_a_changed_file_refuses_the_save_with_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    fp = save_draft(path, Proposal(title="mine"))
    path.write_text('schema = 1\ntitle = "theirs"\n', encoding="utf-8")
    theirs = path.read_bytes()
    with pytest.raises(ConflictError, match="changed on disk"):
        save_draft(path, Proposal(title="mine, edited"), expected=fp)
    assert path.read_bytes() == theirs


def test_a_deleted_file_refuses_the_save_with_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    fp = save_draft(path, Proposal(title="mine"))
    path.unlink()
    with pytest.raises(ConflictError, match="deleted or moved"):
        save_draft(path, Proposal(title="mine"), expected=fp)
    assert not path.exists()


def test_the_right_fingerprint_saves_and_returns_the_next(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    first = save_draft(path, Proposal(title="1"))
    second = save_draft(path, Proposal(title="2"), expected=first)
    third = save_draft(path, Proposal(title="3"), expected=second)
    assert read_draft(path).fingerprint == third
    with pytest.raises(ConflictError):
        save_draft(path, Proposal(title="4"), expected=first)


def test_a_rule_breaking_draft_still_saves(tmp_path: Path) -> None:
    proposal = Proposal(title="x" * 5000, sdgs=[99], duration=7, format="Juggling")
    path = tmp_path / "d.toml"
    save_draft(path, proposal)
    assert load_draft(path) == proposal


# --- the data dir -------------------------------------------------------------------------------


def test_data_dir_prefers_the_override_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROPOSAL_TUI_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert paths.data_dir() == tmp_path / "env"


def test_data_dir_falls_back_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROPOSAL_TUI_DATA_DIR")
    asked: list[tuple] = []

    def fake_user_data_dir(*args: object, **kwargs: object) -> str:
        asked.append((args, kwargs))
        return "/platform/data/proposal-tui"

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", fake_user_data_dir)
    assert paths.data_dir() == Path("/platform/data/proposal-tui")
    assert asked[0][0][0] == "proposal-tui"


def test_config_dir_from_the_environment_else_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROPOSAL_TUI_CONFIG_DIR", str(tmp_path))
    assert paths.config_dir() == tmp_path
    monkeypatch.delenv("PROPOSAL_TUI_CONFIG_DIR")
    monkeypatch.setattr(paths.platformdirs, "user_config_dir", lambda *a, **k: "/platform/cfg")
    assert paths.config_dir() == Path("/platform/cfg")


def test_bundled_dirs_are_found_in_a_checkout() -> None:
    assert (paths.bundled_dir("sample_proposals") / "community-networks-draft.toml").is_file()


# --- the library --------------------------------------------------------------------------------


def test_the_library_lists_drafts_and_broken_files_with_their_error(tmp_path: Path) -> None:
    save_draft(tmp_path / "b-good.toml", Proposal(title="Good"))
    (tmp_path / "a-broken.toml").write_text('title = "unclosed\n', encoding="utf-8")
    (tmp_path / "c-future.toml").write_text("schema = 7\n", encoding="utf-8")
    (tmp_path / ".hidden.toml").write_text('title = "hidden"\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a draft", encoding="utf-8")
    (tmp_path / "folder.toml").mkdir()
    entries = list_library(tmp_path)
    names = [e.path.name for e in entries]
    assert names == ["a-broken.toml", "b-good.toml", "c-future.toml", "folder.toml"]
    broken, good, future, folder = entries
    assert folder.proposal is None and "is a folder, not a regular file" in str(folder.error)
    assert broken.proposal is None and broken.error is not None
    assert broken.error.line == 1
    assert future.proposal is None and "newer" in str(future.error)
    assert good.error is None and good.proposal.title == "Good"
    assert good.fingerprint == disk_fingerprint(good.path)
    assert isinstance(good.modified, dt.datetime)


def test_the_library_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_library(tmp_path / "missing") == []
    assert list(draft_files(tmp_path / "missing")) == []


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Open Data for All!", "open-data-for-all"),
        ("Café déjà vu", "cafe-deja-vu"),
        ("", "draft"),
        ("مرحبا", "draft"),
        ("x" * 100, "x" * 60),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_create_draft_names_the_file_after_the_title_and_never_replaces(tmp_path: Path) -> None:
    first = create_draft(tmp_path, Proposal(title="Open data"))
    second = create_draft(tmp_path, Proposal(title="Open data"))
    assert (first.name, second.name) == ("open-data.toml", "open-data-2.toml")
    assert load_draft(first).title == load_draft(second).title == "Open data"
    assert new_draft_path(tmp_path, "Open data").name == "open-data-3.toml"


def test_create_draft_makes_a_private_data_dir(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = create_draft(folder, Proposal())
    assert path.parent == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_duplicate_copies_everything_under_a_new_title(tmp_path: Path) -> None:
    original = create_draft(tmp_path, full_proposal())
    copy = duplicate_draft(original)
    assert copy != original and copy.parent == tmp_path
    copied = load_draft(copy)
    assert copied.title == "Open data (copy)"
    assert copied.model_copy(update={"title": "Open data"}) == full_proposal()
    assert load_draft(original) == full_proposal()


def test_rename_moves_the_file_and_refuses_to_replace(tmp_path: Path) -> None:
    path = create_draft(tmp_path, Proposal(title="One"))
    other = create_draft(tmp_path, Proposal(title="Two"))
    renamed = rename_draft(path, "Better name")
    assert renamed == tmp_path / "better-name.toml"
    assert not path.exists()
    assert load_draft(renamed).title == "One"
    assert rename_draft(renamed, "better name") == renamed
    with pytest.raises(DraftError, match="already there"):
        rename_draft(renamed, "two")
    assert load_draft(other).title == "Two"


def test_trash_and_restore_round_trip(tmp_path: Path) -> None:
    path = create_draft(tmp_path, full_proposal())
    content = path.read_bytes()
    trashed = trash_draft(path)
    assert not path.exists()
    assert trashed.parent == trash_dir(tmp_path)
    assert original_name(trashed) == path.name
    assert list_trash(tmp_path) == [trashed]
    assert list_library(tmp_path) == []
    restored = restore_draft(trashed)
    assert restored == path
    assert restored.read_bytes() == content
    assert list_trash(tmp_path) == []


def test_restore_never_replaces_a_newer_draft_of_the_same_name(tmp_path: Path) -> None:
    path = create_draft(tmp_path, Proposal(title="Same"))
    trashed = trash_draft(path)
    create_draft(tmp_path, Proposal(title="Same"))
    restored = restore_draft(trashed)
    assert restored.name == "same-2.toml"
    assert load_draft(path).title == load_draft(restored).title == "Same"


def test_trash_lists_the_most_recently_deleted_first(tmp_path: Path) -> None:
    first = trash_draft(create_draft(tmp_path, Proposal(title="First")))
    second = trash_draft(create_draft(tmp_path, Proposal(title="Second")))
    assert list_trash(tmp_path) == [second, first]


def test_a_dotted_name_survives_the_trash(tmp_path: Path) -> None:
    path = tmp_path / "v1.2.toml"
    save_draft(path, Proposal())
    assert restore_draft(trash_draft(path)) == path
