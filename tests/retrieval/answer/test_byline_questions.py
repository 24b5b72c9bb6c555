"""Questions asking who a byline credits, in the forms readers write them without "wrote ... the
article": a piece named by its outlet's possessive ("Channel 4's report"), a blog or column someone runs,
and an outlet's correspondent. Each is answered from the article's author metadata, cited to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import engine_of, filler

_DOCS = [
    {
        "id": "harbour-report",
        "title": "Council closes harbour wall after storm damage",
        "source": "Channel 4 News",
        "author": "Nadia Brook",
        "text": "The council closed the harbour wall on Monday after a storm cracked its outer face. "
        "The harbour master, Owen Tait, said repairs would take a month.",
    },
    {
        "id": "harbour-live",
        "title": "LIVE: Storm batters the coast - latest updates",
        "source": "Coast Gazette",
        "author": "Ivo Marren",
        "text": "9:10 a.m. Waves are breaking over the harbour wall. "
        "11:45 a.m. The coastguard has closed the promenade.",
    },
    {
        "id": "harbour-cost",
        "title": "Storm repairs to cost the council 2 million pounds",
        "source": "The Evening Ledger",
        "author": "Carys Holt",
        "text": "Repairing the storm damage to the harbour wall will cost about 2 million pounds, "
        "council papers show.",
    },
]


@pytest.mark.parametrize(
    ("question", "author", "doc"),
    [
        ("Who wrote Channel 4's report on the harbour wall?", "Nadia Brook", "harbour-report"),
        ("Who runs the Coast Gazette live blog?", "Ivo Marren", "harbour-live"),
        ("Who is the Evening Ledger's transport correspondent?", "Carys Holt", "harbour-cost"),
    ],
)
def test_byline_question_names_the_author(tmp_path: Path, question: str, author: str, doc: str) -> None:
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained
    assert a.answer.startswith(f"{author} wrote")
    assert [c.doc_id for c in a.citations] == [doc]


def test_a_role_the_text_names_is_not_a_byline_question(tmp_path: Path) -> None:
    """A role asked with no outlet ("who is the harbour master") asks what the articles say."""
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    a = engine.ask("Who is the harbour master?")
    assert "Owen Tait" in a.answer


def test_outlets_of_a_named_kind_are_those_that_ran_one(tmp_path: Path) -> None:
    """ "Which outlet ran a live blog on the storm": the outlets of the live blogs on it, not every outlet
    with a story on the storm; and with no topic, the outlets of every live blog."""
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    on_it = engine.ask("Which outlet ran a live blog on the storm?")
    assert on_it.answer.startswith("Reported by Coast Gazette [1].")
    assert [c.doc_id for c in on_it.citations] == ["harbour-live"]
    any_one = engine.ask("Which outlet ran a live blog?")
    assert any_one.answer.startswith("Reported by Coast Gazette [1].")
    assert [c.doc_id for c in any_one.citations] == ["harbour-live"]


def test_which_reporter_at_an_outlet_covered_it(tmp_path: Path) -> None:
    """An outlet's reporter asked for by the piece they filed: its byline, not a person its text names."""
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    a = engine.ask("Which reporter at the Evening Ledger covered the repairs?")
    assert a.answer.startswith("Carys Holt wrote")
    assert [c.doc_id for c in a.citations] == ["harbour-cost"]
