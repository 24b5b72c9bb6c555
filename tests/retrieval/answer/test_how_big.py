""" "How big", "how large" ask for a size, which a figure gives ("a 40-foot tank", "a crowd of 5,000"),
not for a sentence echoing the question's words without one; the adjective itself is not searched (no
sentence giving a size says "big")."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

MILL = (
    "A 40-foot storage tank at the Renn paper mill split open on Friday, spilling diesel into the stream. "
    "The big tank that split was put up when the mill first opened, a manager said. "
    "Anglers were asked to stay away from the water until the weekend."
)


def test_how_big_asks_for_a_figure() -> None:
    q = analyze("how big was the tank that split", Tokenizer())
    assert q.kind == "number" and "big" not in q.terms


def test_a_size_is_answered_by_a_figure(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "mill", "title": "Diesel spill at Renn mill", "text": MILL}, *filler(12)]
    )
    a = news.ask("how big was the tank that split")
    assert not a.abstained and "40-foot" in first_statement(a), a.answer
    assert_verbatim(news, a)
