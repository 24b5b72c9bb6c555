"""A word WordNet files as a kind of a word for an article's writer ("columnist" a journalist, "essayist"
a writer) only says a question asks about an outlet's article: "what does the Gazette columnist think"
asks what the Gazette's articles say, though none of their sentences writes "think"'s words."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

OPINION = (
    "The Tamsin Bay ferry has lost money for nine straight years. "
    "The county should hand the route to a private operator before the next budget."
)
NEWS = "The Tamsin Bay ferry carried 41,000 passengers last year, the county said."


def test_a_columnist_names_the_outlets_article(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path,
        [
            {"id": "op", "source": "Wexley Gazette", "title": "Opinion: Sell the ferry", "text": OPINION},
            {"id": "ferry", "source": "Coast Radio", "title": "Ferry numbers", "text": NEWS},
            *filler(12),
        ],
    )
    for question in (
        "what does the wexley gazette columnist think",
        "what does the wexley gazette essayist want",
    ):
        a = news.ask(question)
        assert not a.abstained and {c.doc_id for c in a.citations} == {"op"}, (question, a.answer)
        assert_verbatim(news, a)
