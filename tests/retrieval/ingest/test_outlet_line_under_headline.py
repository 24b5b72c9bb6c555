"""An outlet's name alone on the line under a text file's headline, the page's only credit, is its
outlet: a broadcaster's name whose first words are common ones ("Willow Ridge Radio"), a paper named for
what it carries after a made-up name ("Quillsby Echo"), and the same line under a headline asked as a
question. A person's name, a section's label or a story's first sentence there is no outlet. A labelled
block directly under the headline ("Source: …", "Date: …"), as a UTF-16 file saved by Notepad may
hold, gives the outlet too; a story's "Source: officials said …" does not. Made-up stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.ingest.header import split_header

_STORY = (
    "The footbridge over the Quill will close for repairs on Monday, the district council said.\n\n"
    "Engineers found corrosion in two of its supports during an inspection last month.\n"
)


def _outlet(tmp_path: Path, text: str, encoding: str = "utf-8") -> str | None:
    (tmp_path / "story.txt").write_bytes(text.encode(encoding))
    engine = build_engine(tmp_path)
    (doc,) = engine._ctx.documents.values()
    return doc.meta.source


@pytest.mark.parametrize(
    ("headline", "credit"),
    [
        ("Quill footbridge to close for repairs", "Willow Ridge Radio"),
        ("Quill footbridge to close for repairs", "Quillsby Echo"),
        ("Will the Quill footbridge close for good?", "Quillsby Echo"),
        ("Explainer: who decides when the Quill footbridge reopens?", "Tarnby Ledger"),
    ],
)
def test_an_outlets_name_alone_under_the_headline_is_its_outlet(
    tmp_path: Path, headline: str, credit: str
) -> None:
    assert _outlet(tmp_path, f"{headline}\n\n{credit}\n\n{_STORY}") == credit


@pytest.mark.parametrize("line", ["Sarah Banner", "Talk Radio", "Film Review", "Ukraine Update"])
def test_a_person_or_a_label_under_the_headline_is_no_outlet(tmp_path: Path, line: str) -> None:
    assert _outlet(tmp_path, f"Quill footbridge to close for repairs\n\n{line}\n\n{_STORY}") is None


def test_a_source_label_under_the_headline_of_a_utf16_file_gives_the_outlet(tmp_path: Path) -> None:
    text = "Quill footbridge to close\r\nSource: Quillsby Echo\r\nDate: 20 April 2026\r\n\r\n" + _STORY
    assert _outlet(tmp_path, "\ufeff" + text.replace("\n\n", "\r\n\r\n"), "utf-16-le") == "Quillsby Echo"


def test_a_storys_source_sentence_under_the_headline_is_not_metadata() -> None:
    text = "Quill footbridge to close\n\nSource: a council official said the bridge was unsafe.\n"
    assert split_header(text) == ({}, text)
    text = "Quill footbridge to close\nSource: Council engineers found the supports corroded.\n"
    assert split_header(text) == ({}, text)
