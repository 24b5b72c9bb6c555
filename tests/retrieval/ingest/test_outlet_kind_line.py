"""A live blog or a newsroom's piece often credits its outlet only in a line naming the kind of piece
after the outlet ("*Orrin Wire live coverage*", "Harbor Gazette live updates"): that line gives the
outlet, as a masthead line does, but a person's credit ("Lena Ortiz reporting") or a place's name is no
outlet. Markdown emphasis ("**9:40 a.m.**") in a text file or a JSON record's text is read without its
marks, as it is in a Markdown file. Made-up stories."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine
from retrieval.ingest.byline import read_byline

_BLOG = """# Live: Fennick dam inspection - updates

*Orrin Wire live coverage*

Published March 3, 2026

**9:40 a.m.** Engineers began inspecting the Fennick dam spillway after cracks were reported on Sunday.

**11:15 a.m.** The county closed the road across the dam while the inspection continues.
"""


def test_a_line_naming_the_outlets_kind_of_piece_gives_the_outlet(tmp_path: Path) -> None:
    (tmp_path / "blog.md").write_text(_BLOG, encoding="utf-8")
    engine = build_engine(tmp_path)
    (doc,) = engine._ctx.documents.values()
    assert doc.meta.source == "Orrin Wire"


def test_a_persons_or_places_credit_is_no_outlet() -> None:
    assert read_byline("Lena Ortiz reporting") is None
    assert read_byline("Paris live updates") is None
    kinded = read_byline("Harbor Gazette live updates")
    assert kinded is not None and kinded.outlet == "Harbor Gazette" and kinded.author is None


def test_emphasis_in_a_json_records_text_is_read_without_its_marks(tmp_path: Path) -> None:
    text = _BLOG.split("\n\n", 3)[3]
    record = {"id": "dam", "title": "Fennick dam inspection", "source": "Orrin Wire", "text": text}
    (tmp_path / "blog.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Fennick dam road closed\n\n" + text, encoding="utf-8")
    engine = build_engine(tmp_path)
    for doc in engine._ctx.documents.values():
        assert doc.sentences
        assert not any("*" in s.text for s in doc.sentences), doc.sentences


def test_a_live_blog_entrys_time_opens_its_sentence() -> None:
    from retrieval.ingest.segment import split_sentences

    assert split_sentences(
        "11:15 a.m. The county closed the road. Crews left at 8 p.m. The road reopened."
    ) == [
        "11:15 a.m. The county closed the road.",
        "Crews left at 8 p.m.",
        "The road reopened.",
    ]


def test_a_headline_ending_in_a_word_for_a_report_is_no_outlet_line(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(
        "Orrin Lark ferry returns\nGullholm Post\nPublished: March 10, 2031\n\n"
        "The Orrin Lark ferry returned to service on Friday after a month of repairs.\n",
        encoding="utf-8",
    )
    (doc,) = build_engine(tmp_path)._ctx.documents.values()
    assert doc.meta.title == "Orrin Lark ferry returns"
    assert doc.meta.source != "Orrin Lark"
