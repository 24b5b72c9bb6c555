"""Who wrote for an outlet, and who wrote an article its headline's rubric names with a word for an
article run into it, are read from the bylines: "who writes for the Dunmore Courier" asks for its
reporters (the outlet is named, so "who" asks for a person), and "the liveblog" is the "Live: ..."
article as "the live blog" is."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

DOCS = [
    {
        "id": "courier-flood",
        "source": "Dunmore Courier",
        "author": "Isolde Ferrant",
        "title": "River Tain bursts its banks at Dunmore",
        "text": "The River Tain burst its banks at Dunmore on Tuesday, flooding forty homes.",
    },
    {
        "id": "radio-live",
        "source": "Tainside Radio",
        "author": "Caspar Mwangi",
        "title": "Live: Dunmore flood updates",
        "text": "9:10 a.m. Sandbags are being handed out at the Dunmore fire station.",
    },
    {
        "id": "radio-news",
        "source": "Tainside Radio",
        "author": "Ruth Okonedo",
        "title": "Dunmore flood: homes cleared",
        "text": "Crews cleared mud from the last of the flooded Dunmore homes on Friday.",
    },
]


def test_who_writes_for_an_outlet_is_its_byline(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*DOCS, *filler(12)])
    a = engine.ask("who writes for the dunmore courier")
    assert not a.abstained, a.answer
    assert "Isolde Ferrant" in a.answer
    assert {c.doc_id for c in a.citations} == {"courier-flood"}


def test_the_liveblog_is_the_live_rubrics_article(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*DOCS, *filler(12)])
    a = engine.ask("who wrote the liveblog")
    assert not a.abstained, a.answer
    assert "Caspar Mwangi" in a.answer and "Ruth Okonedo" not in a.answer
