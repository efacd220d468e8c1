"""Call profiles: the shipped years load with the published labels and order; user profiles
override or add; a broken profile is a CallError naming the file and the key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import FORM_SECTIONS
from proposal_tui.call import (
    DEFAULT_CALL,
    SHIPPED_CALLS_DIR,
    Call,
    available_calls,
    call_path,
    load_call,
    load_call_file,
)
from proposal_tui.errors import CallError
from proposal_tui.model import PROPOSAL_FIELDS, Region, StakeholderGroup

SHIPPED = ("igf-2023", "igf-2024", "igf-2025")


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_profiles_load(name: str) -> None:
    call = load_call(name)
    assert isinstance(call, Call)
    assert call.name == name
    assert call.year == int(name[-4:])
    assert call.session_prefix == f"IGF {call.year} WS"
    assert call.stakeholder_groups == tuple(g.value for g in StakeholderGroup)
    assert call.regions == tuple(r.value for r in Region)
    assert call.sdgs == tuple(range(1, 18))


def test_available_calls_lists_the_shipped_years() -> None:
    assert set(SHIPPED) <= set(available_calls())
    assert DEFAULT_CALL == "igf-2025"
    assert load_call().name == "igf-2025"


@pytest.mark.parametrize("name", SHIPPED)
def test_sections_follow_the_published_order(name: str) -> None:
    fields = [s.field for s in load_call(name).sections if s.field != "topics"]
    assert fields == FORM_SECTIONS


def test_2023_sections_include_topics_after_theme() -> None:
    fields = [s.field for s in load_call("igf-2023").sections]
    assert fields[fields.index("theme") + 1] == "topics"


@pytest.mark.parametrize("name", SHIPPED)
def test_published_labels(name: str) -> None:
    call = load_call(name)
    assert call.label("theme") == "Subtheme"
    assert call.label("policy_questions") == "Policy Question(s)"
    assert call.label("participants_gain") == (
        "What will participants gain from attending this session?"
    )
    assert call.label("expected_outcomes") == "Expected Outcomes"
    assert call.label("online_moderator") == "Online Moderator"
    assert call.label("rapporteur") == "Rapporteur"
    assert call.label("format") == "Format"
    assert call.label("duration") == "Duration (minutes)"
    assert call.label("sdgs") == "SDGs"


def test_2023_says_moderator_and_combines_format_and_duration() -> None:
    call = load_call("igf-2023")
    assert call.label("onsite_moderator") == "Moderator"
    assert call.format_layout == "combined"


@pytest.mark.parametrize("name", ["igf-2024", "igf-2025"])
def test_2024_and_2025_print_a_separate_duration_line(name: str) -> None:
    assert load_call(name).format_layout == "separate"


def test_2025_says_onsite_moderator() -> None:
    call = load_call("igf-2025")
    assert call.label("onsite_moderator") == "Onsite Moderator"
    assert call.section("onsite_moderator").confirmed is True


def test_unconfirmed_values_are_marked() -> None:
    for name in SHIPPED:
        call = load_call(name)
        assert call.section("description").confirmed is False
        assert call.section("description").max_words == 500
        assert call.section("title").confirmed is False
        assert call.section("theme").confirmed is True
        assert call.notes, name
    assert load_call("igf-2024").section("onsite_moderator").confirmed is False


def test_rules_name_only_known_rules_as_confirmed() -> None:
    for name in SHIPPED:
        rules = load_call(name).rules
        known = set(type(rules).model_fields) - {"confirmed"}
        assert set(rules.confirmed) <= known, name
    assert "min_speakers" in load_call("igf-2023").rules.confirmed
    assert "min_speakers" not in load_call("igf-2025").rules.confirmed


def test_themes_by_year() -> None:
    assert "Digital Trust and Resilience" in load_call("igf-2025").themes
    assert len(load_call("igf-2025").themes) == 4
    assert len(load_call("igf-2024").themes) == 4
    assert len(load_call("igf-2023").themes) == 8
    assert "Data Governance & Trust" in load_call("igf-2023").themes


def test_section_helpers() -> None:
    call = load_call("igf-2025")
    assert call.section("import_notes") is None
    assert call.label("import_notes") == "Import notes"
    description = call.section("description")
    assert (description.limit, description.limit_unit) == (500, "words")
    title = call.section("title")
    assert (title.limit, title.limit_unit) == (100, "characters")
    assert call.section("theme").limit_unit is None
    assert call.durations_for(" round table ") == (60, 90)
    assert call.durations_for("Flash Session") == (30,)
    assert call.durations_for("Juggling") == ()
    assert call.format_names()[0] == "Round Table"


def test_every_section_names_a_proposal_field() -> None:
    for name in SHIPPED:
        assert all(s.field in PROPOSAL_FIELDS for s in load_call(name).sections)


# --- user profiles ---------------------------------------------------------------------


def _user_calls(config_dir: Path) -> Path:
    folder = config_dir / "calls"
    folder.mkdir(exist_ok=True)
    return folder


def _shipped_text(name: str) -> str:
    return (SHIPPED_CALLS_DIR / f"{name}.toml").read_text(encoding="utf-8")


def test_a_user_profile_overrides_a_shipped_one(config_dir: Path) -> None:
    text = _shipped_text("igf-2025").replace(
        'label = "Onsite Moderator"', 'label = "Moderator on site"'
    )
    path = _user_calls(config_dir) / "igf-2025.toml"
    path.write_text(text, encoding="utf-8")
    assert call_path("igf-2025") == path
    assert load_call("igf-2025").label("onsite_moderator") == "Moderator on site"


def test_a_user_profile_adds_a_forum(config_dir: Path) -> None:
    text = _shipped_text("igf-2025").replace("year = 2025", "year = 2026")
    (_user_calls(config_dir) / "eurodig-2026.toml").write_text(text, encoding="utf-8")
    assert "eurodig-2026" in available_calls()
    call = load_call("eurodig-2026")
    assert (call.name, call.year) == ("eurodig-2026", 2026)


def test_the_config_dir_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "elsewhere"
    (other / "calls").mkdir(parents=True)
    (other / "calls" / "mine.toml").write_text(_shipped_text("igf-2024"), encoding="utf-8")
    assert "mine" not in available_calls()
    monkeypatch.setenv("PROPOSAL_TUI_CONFIG_DIR", str(other))
    assert "mine" in available_calls()
    assert load_call("mine").year == 2024


def test_an_edited_user_profile_is_read_again(config_dir: Path) -> None:
    path = _user_calls(config_dir) / "edit-me.toml"
    path.write_text(_shipped_text("igf-2025"), encoding="utf-8")
    assert load_call("edit-me").year == 2025
    path.write_text(_shipped_text("igf-2025").replace("year = 2025", "year = 2030"))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_call("edit-me").year == 2030


def test_an_unknown_call_names_the_known_ones() -> None:
    with pytest.raises(CallError) as info:
        load_call("igf-1999")
    assert "igf-1999" in str(info.value)
    assert "igf-2025" in str(info.value)


@pytest.mark.parametrize("name", ["", "../etc/passwd", "a/b", ".hidden", "a\\b"])
def test_a_path_is_not_a_call_name(name: str) -> None:
    with pytest.raises(CallError):
        load_call(name)


# --- broken profiles -------------------------------------------------------------------


def _broken(config_dir: Path, text: str, name: str = "broken") -> Path:
    path = _user_calls(config_dir) / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_toml_names_file_line_and_column(config_dir: Path) -> None:
    path = _broken(config_dir, 'title = "x"\nyear = \n')
    with pytest.raises(CallError) as info:
        load_call("broken")
    error = info.value
    assert (error.path, error.line, error.column) == (path, 2, 8)
    assert str(error).startswith(f"{path}:2:8: not valid TOML")
    assert "\n" not in str(error)


def test_an_unknown_key_is_named(config_dir: Path) -> None:
    path = _broken(config_dir, _shipped_text("igf-2025") + '\ncolour = "blue"\n')
    with pytest.raises(CallError) as info:
        load_call("broken")
    assert info.value.path == path
    assert "colour" in str(info.value)
    assert "unknown key" in str(info.value)


def test_an_unknown_key_in_a_section_is_named(config_dir: Path) -> None:
    text = _shipped_text("igf-2025").replace(
        'label = "Subtheme"', 'label = "Subtheme"\nmax_lines = 3', 1
    )
    path = _broken(config_dir, text)
    with pytest.raises(CallError) as info:
        load_call("broken")
    assert info.value.path == path
    assert "sections[1].max_lines: unknown key" in str(info.value)


def test_a_section_naming_a_non_field_is_named(config_dir: Path) -> None:
    text = _shipped_text("igf-2025").replace('field = "theme"', 'field = "subtheme"')
    path = _broken(config_dir, text)
    with pytest.raises(CallError) as info:
        load_call("broken")
    assert info.value.path == path
    assert "sections[1].field" in str(info.value)
    assert "'subtheme' is not a proposal field" in str(info.value)


def test_a_section_named_twice_is_refused(config_dir: Path) -> None:
    text = _shipped_text("igf-2025").replace('field = "theme"', 'field = "title"')
    _broken(config_dir, text)
    with pytest.raises(CallError, match=r"sections\[1\]\.field: 'title' appears twice"):
        load_call("broken")


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("year = 2025", 'year = "next year"', "year"),
        ('format_layout = "separate"', 'format_layout = "sideways"', "format_layout"),
        ("min_speakers = 3 ", 'min_speakers = "three" ', "rules.min_speakers"),
        ("max_words = 500", "max_words = -5", "max_words"),
        ("durations = [30]", 'durations = "thirty"', "formats[5].durations"),
    ],
)
def test_a_wrong_type_is_named(config_dir: Path, old: str, new: str, key: str) -> None:
    text = _shipped_text("igf-2025")
    assert old in text
    path = _broken(config_dir, text.replace(old, new, 1))
    with pytest.raises(CallError) as info:
        load_call("broken")
    assert info.value.path == path
    assert key in str(info.value)
    assert str(info.value).startswith(str(path))


def test_a_missing_required_key_is_named(config_dir: Path) -> None:
    _broken(config_dir, 'title = "x"\nyear = 2025\nthemes = []\nformats = []\n')
    with pytest.raises(CallError, match=r"sections: Field required"):
        load_call("broken")


def test_a_profile_that_is_not_utf8_is_a_call_error(config_dir: Path) -> None:
    path = _user_calls(config_dir) / "latin1.toml"
    path.write_bytes('title = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(CallError) as info:
        load_call("latin1")
    assert info.value.path == path


def test_load_call_file_reads_an_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "x-2030.toml"
    path.write_text(_shipped_text("igf-2023"), encoding="utf-8")
    call = load_call_file(path)
    assert call.name == "x-2030"
    assert call.label("onsite_moderator") == "Moderator"
    with pytest.raises(CallError) as info:
        load_call_file(tmp_path / "missing.toml")
    assert info.value.path == tmp_path / "missing.toml"
