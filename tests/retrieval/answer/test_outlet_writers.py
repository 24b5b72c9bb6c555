""" "Who reports for Valley 4 News?", "who writes for the Ledger?": the outlet's credited writers, whatever
they wrote, each cited by an article of theirs. No sentence need write "reports": the byline answers."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

_DOCS = [
    {
        "id": "flood-road",
        "title": "River floods the valley road",
        "source": "Valley 4 News",
        "author": "Mina Ross",
        "text": "The river burst its banks on Monday and closed the valley road for two days.",
    },
    {
        "id": "flood-school",
        "title": "Flooded school stays shut",
        "source": "Valley 4 News",
        "author": "Tom Hale",
        "text": "Pupils at the riverside school will learn at the town hall until the building dries out.",
    },
    {
        "id": "flood-ledger",
        "title": "Insurers brace for flood claims",
        "source": "The Hill Ledger",
        "author": "Ada Quint",
        "text": "Insurers expect thousands of claims after the valley flood, brokers reported.",
    },
]


def test_who_reports_for_an_outlet_names_its_writers(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    a = engine.ask("Who reports for Valley 4 News?")
    assert not a.abstained
    assert "Mina Ross wrote" in a.answer and "Tom Hale wrote" in a.answer
    assert "Ada Quint" not in a.answer
    assert sorted(c.doc_id for c in a.citations) == ["flood-road", "flood-school"]


def test_who_writes_for_an_outlet_with_one_article(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    a = engine.ask("who writes for the Hill Ledger")
    assert a.answer.startswith("Ada Quint wrote")
    assert [c.doc_id for c in a.citations] == ["flood-ledger"]
