"""A sum is money only when it does not count something else, and money counts nothing but money:
"how much was the author paid" is not answered by "sold 20 million copies" (a bare sum in millions
followed by the thing it counts), and "how many tablets has it sold" not by "the tablet will sell for
£249" (a price beside the noun)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

NOVEL = (
    "The thriller Salt Harbour by Mira Castell is to be made into a film by Brightwater Pictures. "
    "The novel has sold more than 20 million copies in 30 languages since it came out. "
    "Filming is due to start in Cornwall next spring."
)
TABLET = (
    "Kestrel Devices has unveiled the Orchard tablet, its first touch-screen computer. "
    "Kestrel expects the Orchard tablet to sell for £249 in the UK and $399 in the US. "
    "Kestrel said the device had a nine-hour battery."
)


def _news(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [
        {"id": "novel", "title": "Salt Harbour to become a film", "text": NOVEL},
        {"id": "tablet", "title": "Kestrel unveils Orchard tablet", "text": TABLET},
    ]
    return engine_of(tmp_path, [*docs, *filler(12)])


@pytest.mark.parametrize(
    ("sentence", "money"),
    [
        ("The novel has sold more than 20 million copies in 30 languages.", 0.0),
        ("The show drew 14 million viewers on Sunday.", 0.0),
        ("The studio will pay her 20 million for the rights.", 1.0),  # (the currency left to the story)
        ("She is being paid $20 million for the role.", 1.0),
        ("The deal is worth 3bn euros.", 1.0),
    ],
)
def test_a_count_in_millions_is_no_fee(sentence: str, money: float) -> None:
    tok = Tokenizer()
    q = analyze("how much is mira castell being paid for the film", tok)
    assert q.measure == "money"
    assert type_score(q.kind, sentence, q, tok) == money


def test_a_price_counts_no_tablets(tmp_path: Path) -> None:
    a = _news(tmp_path).ask("how many orchard tablets has kestrel sold")
    assert a.abstained, a.answer


def test_the_price_and_the_copies_still_answer(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("how much will the orchard tablet sell for")
    assert not a.abstained and "£249" in a.answer, a.answer
    assert_verbatim(news, a)
    a = news.ask("how many copies has salt harbour sold")
    assert not a.abstained and "20 million" in a.answer, a.answer


@pytest.mark.parametrize("raise_", ["a 9 percent raise", "a 9% raise", "a 9 per cent raise"])
def test_a_share_counts_none_of_the_people_it_is_offered_to(tmp_path: Path, raise_: str) -> None:
    """ "offered striking nurses a 9 percent raise" gives a share, not how many nurses strike."""
    text = (
        f"The hospital board on Monday offered striking nurses {raise_} over three years. "
        "The union said it would put the offer to members."
    )
    news = engine_of(tmp_path, [{"id": "offer", "title": "Board makes pay offer", "text": text}, *filler(12)])
    a = news.ask("how many nurses are striking")
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how much was the bid in dollars", "$91 million"),
        ("what was the bid worth in euros", "€84 million"),
        ("how much was the bid in yen", None),  # no sum in yen: declined, not answered in another currency
    ],
)
def test_a_sum_asked_in_a_currency_is_given_in_it(tmp_path: Path, question: str, figure: str | None) -> None:
    text = (
        "Harlow rejected a bid worth €84 million for the striker in July. "
        "The club had valued the striker's bid at $91 million before the season began. "
        "The striker joined Harlow from a club in Porto in 2023."
    )
    news = engine_of(tmp_path, [{"id": "bid", "title": "Harlow turns down bid", "text": text}, *filler(12)])
    _answers_with(news, question, figure)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("what did harlow pay for the winger in pounds", "£40 million"),
        ("whats the winger's fee in pounds", "£40 million"),
        # the coverage writes dollars, but not for the winger: declined, not the pounds nor another's dollars
        ("what did harlow pay for the winger in dollars", None),
        ("whats the winger's fee in dollars", None),
        ("how much is the stadium in dollars", None),  # the stadium's seats are no sum
    ],
)
def test_a_sum_asked_in_a_currency_the_coverage_writes_elsewhere(
    tmp_path: Path, question: str, figure: str | None
) -> None:
    """ "in dollars" asks a sum in dollars whatever the question's wh-word ("whats the fee in dollars"),
    even where the coverage writes dollars of something else: answered by that sum or declined."""
    text = (
        "Harlow paid a fee of £40 million for the winger in July. "
        "The club's new stadium will hold 38,000 seats when it opens."
    )
    sponsor = "A betting firm pays Penfold Athletic 3 million dollars a year to print its name on the shirts."
    news = engine_of(
        tmp_path,
        [
            {"id": "fee", "title": "Harlow signs winger", "text": text},
            {"id": "sponsor", "title": "Penfold signs shirt deal", "text": sponsor},
            *filler(12),
        ],
    )
    _answers_with(news, question, figure)


def _answers_with(news: Engine, question: str, figure: str | None) -> None:
    """The question's first statement gives ``figure``, verbatim and cited; None: it is declined."""
    a = news.ask(question)
    if figure is None:
        assert a.abstained, a.answer
    else:
        assert not a.abstained and figure in a.statements[0].text, a.answer
        assert_verbatim(news, a)
