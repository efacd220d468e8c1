"""Which files an import takes: a folder's texts, not its drafts, PDFs or Word files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from proposal_tui.cli import main
from proposal_tui.import_sources import published_texts, read_published_text, why_not_a_text
from proposal_tui.store import load_draft

PAGE = "IGF 2023 WS #1 A Title\nDescription\nWhat we will do.\n"


def test_a_utf16_text_with_its_bom_is_read_as_text(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        source = tmp_path / f"{encoding}.txt"
        source.write_bytes("\ufeff".encode(encoding) + "Café — ação\n".encode(encoding))
        assert read_published_text(source) == "Café — ação\n"
        assert why_not_a_text(source) is None


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("draft.toml", b'title = "x"\n', "a TOML file"),
        ("page.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "an image"),
        ("blob.bin", b"text\x00more", "a binary file"),
    ],
)
def test_a_draft_or_a_binary_file_is_not_a_text(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    assert (why_not_a_text(source) or "").startswith(reason)


def test_a_plain_text_whatever_its_name_is_a_text(tmp_path: Path) -> None:
    for name in ("page.txt", "page.md", "page", "page.TXT.bak"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
        assert why_not_a_text(tmp_path / name) is None


def test_a_folder_gives_its_texts_in_name_order_and_skips_the_rest(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.toml").write_text('title = "x"\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    found = published_texts([str(tmp_path), "-"])
    assert found.files == [str(tmp_path / "a.md"), str(tmp_path / "b.txt"), "-"]
    assert [name for name, _ in found.skipped] == [str(tmp_path / "c.toml")]


def test_cli_import_of_a_folder_skips_drafts_pdfs_and_word_files_and_counts_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, data = tmp_path / "past", tmp_path / "data"
    folder.mkdir()
    (folder / "2023.txt").write_text(PAGE, encoding="utf-8")
    (folder / "2024.txt").write_bytes(
        "\ufeff".encode("utf-16-le") + PAGE.replace("A Title", "Título").encode("utf-16-le")
    )
    (folder / "draft.toml").write_text('title = "mine"\n', encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with zipfile.ZipFile(folder / "proposal.docx", "w") as docx:
        docx.writestr("word/document.xml", "<w:document/>")
    assert main(["--data-dir", str(data), "import", str(folder)]) == 0
    out, err = capsys.readouterr()
    drafts = [load_draft(Path(line)) for line in out.splitlines()]
    assert [d.title for d in drafts] == ["A Title", "Título"]
    lines = err.splitlines()
    assert (
        f"proposal-tui: import: skipped {folder / 'scan.pdf'}: a PDF, not text: "
        in (
            lines[2][
                : len(f"proposal-tui: import: skipped {folder / 'scan.pdf'}: a PDF, not text: ")
            ]
        )
    )
    assert sum(line.startswith("proposal-tui: import: skipped ") for line in lines) == 3
    assert lines[-1] == "proposal-tui: import: 2 imported (0 with guesses), 0 failed, 3 skipped"


def test_cli_import_of_a_folder_with_no_text_in_it_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"skipped {folder / 'scan.pdf'}: a PDF" in err
    assert "no files to import" in err.splitlines()[-1]


def test_cli_import_of_a_pdf_named_on_its_own_says_what_to_do_instead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "proposal.pdf"
    source.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(source)]) == 2
    err = capsys.readouterr().err
    assert f"{source}: is a PDF, not text: copy the page's text into a .txt file" in err
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").glob("*.toml"))
