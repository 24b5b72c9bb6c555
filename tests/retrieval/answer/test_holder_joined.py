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


DEMAND = (
    "The hackers who stole payroll records from Ostrel Foods have demanded a ransom of 20 bitcoin, "
    "worth about $1.4 million, the company said on Thursday.\n\n"
    "The group, which calls itself Pale Heron, sent the demand to Ostrel's directors by email on Sunday "
    "and set a deadline of midnight on March 9.\n\n"
    "Ostrel said it had told the police."
)


def test_the_act_asked_is_told_beside_a_date_of_another(tmp_path: Path) -> None:
    """The chosen sentence holds a date, but of the saying ("said on Thursday"): the sentence after it,
    going on with it ("The group ..."), tells the sending asked about and its day, and is quoted with it."""
    doc = {"id": "demand", "title": "Hackers demand bitcoin", "text": DEMAND}
    engine = engine_of(tmp_path, [doc, *filler(12)])
    a = engine.ask("When did the hackers send the ransom demand?")
    assert not a.abstained
    assert "on Sunday" in first_statement(a)
    assert_verbatim(engine, a)


MARKETS = (
    "The Tarrow pound rose 1.8% against the euro after the central bank raised its main rate on Tuesday.\n\n"
    "The yield on ten-year Tarrow government bonds jumped 30 basis points to 3.9%, the biggest one-day "
    "move in a decade.\n\n"
    "Traders said more volatility was likely this week."
)


def test_the_verb_of_another_thing_before_is_not_the_act_asked(tmp_path: Path) -> None:
    """The sentence before the chosen one writes the asked verb of another thing ("The Tarrow pound rose
    1.8%"): the chosen one's "The yield" does not refer back to it, and its figure is no rise of the
    yield, so it does not lead the answer."""
    doc = {"id": "markets", "title": "Tarrow markets", "text": MARKETS}
    engine = engine_of(tmp_path, [doc, *filler(12)])
    a = engine.ask("How much did the ten-year bond yield rise?")
    first = first_statement(a)
    assert "30 basis points" in first and "1.8%" not in first
