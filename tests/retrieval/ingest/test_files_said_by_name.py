"""What a newcomer drops into a corpus is read or reported by name: a Windows-1252 ("ANSI") text file is
read as such with a note (it was refused as "not UTF-8"), while random bytes and mixed UTF-8 stay refused
with how to re-save them; a ``.csv`` (any format the bot does not read) is reported as skipped (it was
left out without a word), the bot's own database files beside it aside; a Word document saved as
``.txt`` is said to be one; a second copy of a page is noted. Made-up files."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from retrieval.ingest.corpus import build_corpus
from retrieval.ingest.load import load_corpus

_STORY = (
    "Quill footbridge to close\n\n"
    "The council said the footbridge over the Quill would close on Monday \u201cfor safety\u201d.\n\n"
    "Repairs will cost \u20ac40,000, it said.\n"
)


def _problems(root: Path) -> dict[str, str]:
    return {p.path: p.message for p in load_corpus(root)[1]}


def test_a_windows_1252_file_is_read_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "ansi.txt").write_bytes(_STORY.encode("cp1252"))
    docs, problems = load_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["ansi"] and "\u201cfor safety\u201d" in docs[0].text
    assert "\u20ac40,000" in docs[0].text
    (note,) = problems
    assert note.path == "ansi.txt" and note.message.startswith("note:") and "Windows-1252" in note.message


def test_bytes_that_are_no_windows_1252_text_stay_refused_with_how_to_resave(tmp_path: Path) -> None:
    rng = random.Random(7)
    noise = bytes(b for b in (rng.randrange(1, 256) for _ in range(4000)))  # no NUL byte
    (tmp_path / "noise.txt").write_bytes(noise)
    mixed = _STORY.encode("utf-8") + b"\x93stray\x94\n"  # UTF-8 with two cp1252 quotes pasted in
    (tmp_path / "mixed.txt").write_bytes(mixed)
    docs, problems = load_corpus(tmp_path)
    assert docs == []
    said = {p.path: p.message for p in problems}
    assert set(said) == {"noise.txt", "mixed.txt"}
    assert "not UTF-8" in said["mixed.txt"] and "save it as UTF-8" in said["mixed.txt"]


def test_a_file_of_a_format_not_read_is_reported_skipped_by_name(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(_STORY, encoding="utf-8")
    (tmp_path / "wire-brief.csv").write_text("date,headline\n2026-04-01,Bridge closes\n", encoding="utf-8")
    (tmp_path / "NOTES").write_text("to do\n", encoding="utf-8")
    # the bot's own database kept in the corpus directory is no article and no news to its reader
    (tmp_path / "bot.db").write_bytes(b"SQLite format 3\x00" + bytes(100))
    (tmp_path / "bot.db-wal").write_bytes(bytes(32))
    (tmp_path / "bot.db.reload-lock").write_bytes(b"")
    said = _problems(tmp_path)
    assert set(said) == {"wire-brief.csv", "NOTES"}
    assert (
        said["wire-brief.csv"].startswith("skipped: a .csv file is not read")
        and ".txt" in said["wire-brief.csv"]
    )


def test_a_word_document_saved_as_txt_is_said_to_be_one(tmp_path: Path) -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body>Quill footbridge</w:body></w:document>")
    (tmp_path / "story.txt").write_bytes(packed.getvalue())
    said = _problems(tmp_path)
    assert "Word document" in said["story.txt"] and "plain text" in said["story.txt"]


def test_a_second_copy_of_a_page_is_noted_and_both_are_loaded(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_STORY.split("Repairs")[0], encoding="utf-8")  # cut short
    (tmp_path / "c.txt").write_text("Quill footbridge to close\n\nA different story opens here.\n")
    corpus = build_corpus(tmp_path)
    assert len(corpus.documents) == 3
    (note,) = [p for p in corpus.problems]
    assert note.path == "b.txt" and note.message.startswith("note: a copy of a.txt")
