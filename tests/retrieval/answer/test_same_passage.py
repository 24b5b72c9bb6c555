"""Another article telling a statement in the same sentences is cited for it, when the statement is
quoted over two sentences and a search finds the other article by one of them."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

PASSAGE = (
    "According to port authority figures, Ardmore harbour handled only 41,000 containers in March. "
    "The total for the month was well below shipping forecasts of 52,000 containers."
)


def test_an_article_telling_a_two_sentence_statement_in_the_same_sentences_is_cited(tmp_path: Path) -> None:
    docs = [
        {
            "id": "wire",
            "title": "Ardmore container traffic falls",
            "text": f"{PASSAGE} Dock workers said the quiet weeks had cut overtime.",
        },
        {
            "id": "daily",
            "title": "Harbour traffic slows at Ardmore",
            "text": "Ardmore's harbour had a slow spring. "
            f"{PASSAGE} The harbour master blamed storms in the channel.",
        },
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask("how many containers did Ardmore harbour handle in March according to the port authority")
    assert not a.abstained, a.answer
    assert "41,000 containers" in a.answer
    assert {c.doc_id for c in a.citations} >= {"wire", "daily"}, a.answer
    assert_verbatim(news, a)
