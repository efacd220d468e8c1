"""`proposal-tui export PATH --split DIR`: one private text file per form box, in the
form's order, for people who paste from an editor; existing files kept unless --force."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from proposal_tui import cli
from proposal_tui.call import load_call
from proposal_tui.export import export, field_text
from proposal_tui.store import load_draft

READY = "cybercrime-human-rights-roundtable.toml"


def test_split_writes_one_file_per_box_in_the_forms_order(
    sample_library: Path, tmp_path: Path, capsys
) -> None:
    draft = sample_library / READY
    proposal = load_draft(draft)
    call = load_call(proposal.call)
    out = tmp_path / "boxes"
    assert cli.main(["export", str(draft), "--split", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    filled = [s for s in call.sections if field_text(proposal, call, s.field).strip()]
    assert [name.split("-", 1)[1] for name in names] == [
        f"{s.field.replace('_', '-')}.txt" for s in filled
    ]
    assert names[0] == "01-title.txt" and names[1] == "02-theme.txt"
    numbers = [int(name[:2]) for name in names]
    assert numbers == [call.sections.index(s) + 1 for s in filled]
    for name, section in zip(names, filled, strict=True):
        assert (out / name).read_text(encoding="utf-8") == export(
            proposal, call, field=section.field
        )
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    err = capsys.readouterr().err
    assert f"{out / '01-title.txt'} (Title)" in err
    assert "(What will participants gain from attending this session?)" in err


def test_split_refuses_to_write_over_existing_files(
    sample_library: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "boxes"
    out.mkdir()
    (out / "03-organizers.txt").write_text("my notes", encoding="utf-8")
    assert cli.main(["export", str(sample_library / READY), "--split", str(out)]) == 2
    err = capsys.readouterr().err
    assert "03-organizers.txt" in err and "--force" in err and err.count("\n") == 1
    assert [p.name for p in out.iterdir()] == ["03-organizers.txt"]  # nothing written
    assert (out / "03-organizers.txt").read_text(encoding="utf-8") == "my notes"


def test_split_with_force_writes_over_them(sample_library: Path, tmp_path: Path) -> None:
    out = tmp_path / "boxes"
    out.mkdir()
    (out / "01-title.txt").write_text("old", encoding="utf-8")
    code = cli.main(["export", str(sample_library / READY), "--split", str(out), "--force"])
    assert code == 0
    title = load_draft(sample_library / READY).title
    assert (out / "01-title.txt").read_text(encoding="utf-8") == f"{title}\n"


@pytest.mark.parametrize(
    "extra", [["--field", "title"], ["--format", "json"], ["-o", "x.txt"]], ids=str
)
def test_split_with_another_output_is_one_line(
    extra: list[str], sample_library: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "boxes"
    assert cli.main(["export", str(sample_library / READY), "--split", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("proposal-tui: ") and err.count("\n") == 1
    assert not out.exists()


def test_split_never_writes_through_a_symbolic_link_even_with_force(
    sample_library: Path, tmp_path: Path, capsys
) -> None:
    out, elsewhere = tmp_path / "boxes", tmp_path / "elsewhere.txt"
    out.mkdir()
    elsewhere.write_text("keep me", encoding="utf-8")
    (out / "01-title.txt").symlink_to(elsewhere)
    code = cli.main(["export", str(sample_library / READY), "--split", str(out), "--force"])
    assert code == 2
    assert "symbolic link" in capsys.readouterr().err
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in out.iterdir()] == ["01-title.txt"]
