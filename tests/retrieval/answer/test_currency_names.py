"""A figure before a word WordNet files as a monetary unit or a coin ("900 pesos", "250 crowns") is a sum
of money though no list of currency names holds the word; "250 pesos more a month" is an added amount, a
difference, which "how much more" and "how much extra" ask for and "how much did they pay" does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The Ortiz family will pay 900 pesos for the permit.", True),
        ("The Ortiz family will pay 40 dinars for the permit.", True),
        ("The Ortiz family will pay for 900 tickets.", False),
        ("The Ortiz family had 3 real problems with the permit.", False),  # mostly an adjective
        ("The Ortiz side led 6-3 at the break.", False),  # a function word, though WordNet has a coin "at"
        ("The Ortiz family will pay 900 pesos, more than they paid last year.", True),  # no added sum
    ],
)
def test_a_figure_before_a_currency_wordnet_knows_is_money(text: str, money: bool) -> None:
    tok = Tokenizer()
    q = analyze("How much will the Ortiz family pay?", tok)
    assert (type_score("number", text, q, tok) >= 1.0) is money


TEXT = (
    "Rosa and Luis Ortiz bought a small house in Caldera last year. "
    '"Our landlord says we could be paying 250 pesos more a month," Rosa Ortiz said of the water bill. '
    "The utility has 40,000 customers."
)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How much more will the Ortiz family pay each month?", True),
        ("How much extra will the Ortiz family pay each month?", True),
        # an added amount is the difference: neither the price of the house nor the whole bill
        ("How much did the Ortiz family pay for their house?", False),
        ("How much will the Ortiz family pay each month?", False),
    ],
)
def test_a_sum_more_a_month_answers_how_much_more_only(tmp_path: Path, question: str, answered: bool) -> None:
    news = engine_of(tmp_path, [{"id": "water", "title": "Caldera water bills", "text": TEXT}, *filler(12)])
    a = news.ask(question)
    assert a.abstained is not answered, a.answer
    if answered:
        assert "250 pesos more a month" in a.answer, a.answer
        assert_verbatim(news, a)
