"""The neighbour holding the asked detail is quoted with the sentence that names the topic, in one
statement, though wire copy gives each sentence its own paragraph and the two run past one quote's
length: quoted apart, the first statement names only the topic ("Customers ... filed a class action")
and the detail asked for ("by the law firm Pellow Grant") comes second, where a reader misses it."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

SUIT = (
    "Customers of the Harbel Stores chain filed a class action lawsuit against the retailer on Thursday, "
    "seeking $80 million in damages over the theft of their card data from its checkout terminals.\n\n"
    "The suit, lodged in Tarrow District Court by the law firm Pellow Grant, accuses Harbel of negligence "
    "and of failing to encrypt card data on the terminals in its stores.\n\n"
    "Harbel said it would defend itself against the claims in court."
)


def test_detail_in_the_next_paragraph_joins_the_topic(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "suit", "title": "Shoppers sue Harbel", "text": SUIT}, *filler(12)])
    a = engine.ask("What law firm filed the class action?")
    assert not a.abstained
    first = first_statement(a)
    assert "Pellow Grant" in first and "class action lawsuit" in first
    assert_verbatim(engine, a)
