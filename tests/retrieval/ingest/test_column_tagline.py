"""A column's closing tagline ("Ada Brook writes a weekly column for the Ormsby Echo.", "... is a former
harbour master and writes about the sea for the Ormsby Echo.") says who the writer is, not what the column
argues: it is the page's bio, never a quotable sentence, and it names the page's outlet when nothing else
does. A story's sentence about what someone writes is not one, nor a story's paragraph about who someone
is and what they write to ("... is a retired teacher and writes to her MP every week.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.ingest.corpus import build_corpus

_COLUMN = (
    "Opinion: Ormsby cannot keep patching its sea wall\n\n"
    "The council has patched the sea wall four times in six years. Each patch cost more than the last.\n\n"
    "It is time to build a new wall before the next storm does the council's work for it.\n\n"
)


def _sentences(root: Path, page: str) -> tuple[list[str], str | None]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "column.txt").write_text(page, encoding="utf-8")
    doc = build_corpus(root).documents[0]
    return [s.text for s in doc.sentences], doc.meta.source


@pytest.mark.parametrize(
    "tagline",
    [
        "Ada Brook writes a weekly column for the Ormsby Echo.",
        "Ada Brook is a former harbour master and writes a fortnightly column for the Ormsby Echo.",
        "Ada Brook writes about the coast and public life every Sunday.",
        "Ada Brook writes about the coast for the Ormsby Echo.",
        "Ada Brook is a former harbour master and writes about the sea for the Ormsby Echo.",
        "Ada Brook is a former harbour master and writes about the sea.",  # the page's last line
    ],
)
def test_a_tagline_is_not_quotable(tmp_path: Path, tagline: str) -> None:
    sentences, _ = _sentences(tmp_path, _COLUMN + tagline + "\n")
    assert tagline not in sentences
    assert any(s.startswith("It is time to build") for s in sentences)


def test_a_tagline_names_the_outlet(tmp_path: Path) -> None:
    _, source = _sentences(tmp_path, _COLUMN + "Ada Brook writes a weekly column for the Ormsby Echo.\n")
    assert source == "The Ormsby Echo"


@pytest.mark.parametrize(
    "line",
    [
        "Morrison writes about her childhood in the memoir.",
        "Hale writes that the council failed the town.",
        "Marta Lind is a retired teacher and writes to her MP every week.",
    ],
)
def test_a_story_sentence_about_writing_stays(tmp_path: Path, line: str) -> None:
    sentences, _ = _sentences(tmp_path, _COLUMN + line + "\n")
    assert line in sentences


def test_a_story_paragraph_about_a_writer_stays(tmp_path: Path) -> None:
    page = (
        "Tenants evicted from Ormsby block\n\n"
        "Bailiffs cleared the last tenants from Harbour Court in Ormsby on Friday.\n\n"
        "Marta Lind is a retired teacher and writes to her MP every week. She was the last tenant to leave "
        "the block.\n\n"
        "The council sold the block to a developer in March.\n"
    )
    sentences, _ = _sentences(tmp_path, page)
    assert "She was the last tenant to leave the block." in sentences


def test_a_closing_line_bio_inside_the_story_stays(tmp_path: Path) -> None:
    line = "Ada Brook is a former harbour master and writes about the sea."
    sentences, _ = _sentences(tmp_path, _COLUMN + line + "\n\nThe council meets on Monday.\n")
    assert line in sentences
