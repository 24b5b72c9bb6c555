"""The answer must hold what the question asks for, not only its words: a money question an amount of the
asked kind (the whole "worth"/"value" or the price "per share"), a "by how much" both figures of the change
or the change itself, a "what caused" a sentence stating a cause, an "at what stake" a figure. A sentence
echoing the question's words without that detail ("If the board thinks it is worth more ...") is no
answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BID = (
    "Halden Mills on Monday offered to buy Corvo Textiles for $18 a share in cash. "
    "The offer values Corvo at about $2.1 billion, including debt. "
    "Corvo's directors said they would study the approach."
)
RAISE = (
    "Halden Mills lifted its bid for Corvo Textiles to $21 a share, up from $18, on Thursday. "
    "Corvo shares traded higher in the morning. "
    "Corvo's board said the price in any sale must be fair to every shareholder."
)
AGREED = (
    "Corvo Textiles agreed on Friday to a sale to Halden Mills at $22.50 a share, ending a month-long "
    "standoff after Halden lifted its bid for Corvo for a second time. "
    "Corvo adopted a shareholder rights plan that applies once any investor holds more than 15% of "
    "its stock. "
    "Corvo's board can use the rights plan to delay a bid until its annual meeting. "
    "Halden said the rights plan would not stop it. "
    "The board said the rights plan would kick in without a shareholder vote."
)
COLUMN = (
    "If Corvo's board thinks the company is worth more, it should publish its own forecasts. "
    "The bid for Corvo deserves a serious hearing."
)
FLOOD = (
    "Water flooded the basement of the Dunmere pumping station on Sunday, cutting supplies to 4,000 homes. "
    "The flooding closed Station Road for two days. "
    "A cracked valve on a main laid in 1962 caused the flooding, the utility's engineers said on Tuesday. "
    "Residents complained about the flooding at a council meeting."
)


@pytest.fixture
def news(tmp_path: Path) -> Engine:
    docs = [
        {"id": "bid", "title": "Halden bids for Corvo", "text": BID},
        {"id": "raise", "title": "Halden raises Corvo bid", "text": RAISE},
        {"id": "agreed", "title": "Corvo agrees to Halden sale", "text": AGREED},
        {"id": "column", "title": "Opinion: Corvo's board must show its sums", "text": COLUMN},
        {"id": "flood", "title": "Pumping station flooded", "text": FLOOD},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_a_total_value_is_answered_by_a_whole_sum_not_a_price_per_share(news: Engine) -> None:
    a = news.ask("what is the total value of the offer for corvo")
    assert not a.abstained, a.answer
    assert "$2.1 billion" in first_statement(a), a.answer
    assert_verbatim(news, a)


def test_what_a_thing_is_worth_is_no_sentence_without_an_amount(news: Engine) -> None:
    a = news.ask("whats the offer for corvo worth")
    assert "worth more" not in a.answer, a.answer


def test_a_price_per_share_is_answered_by_a_price_per_share(news: Engine) -> None:
    a = news.ask("how much per share was halden's first offer for corvo")
    assert not a.abstained, a.answer
    assert "a share" in first_statement(a), a.answer
    assert "billion" not in first_statement(a), a.answer


def test_a_price_per_share_is_no_sentence_without_a_figure(news: Engine) -> None:
    a = news.ask("what was the price per share in the corvo sale")
    assert not a.abstained, a.answer
    assert "$22.50 a share" in first_statement(a), a.answer


def test_a_price_per_share_is_no_sentence_without_one(news: Engine) -> None:
    a = news.ask("what was the final price per share")
    assert a.abstained or "a share" in first_statement(a), a.answer


def test_by_how_much_wants_both_figures_not_the_new_one_alone(news: Engine) -> None:
    a = news.ask("by how much did halden lift its bid for corvo the first time")
    assert not a.abstained, a.answer
    assert "$21 a share, up from $18" in first_statement(a), a.answer


def test_what_caused_is_answered_by_a_sentence_stating_the_cause(news: Engine) -> None:
    a = news.ask("what caused the flooding at the pumping station")
    assert not a.abstained, a.answer
    assert "cracked valve" in first_statement(a), a.answer


def test_at_what_stake_asks_a_figure(news: Engine) -> None:
    a = news.ask("at what stake does corvo's rights plan kick in")
    assert not a.abstained, a.answer
    assert "15%" in first_statement(a), a.answer


@pytest.mark.parametrize(
    ("question", "kind", "basis", "change"),
    [
        ("whats the deal worth", "number", "total", False),
        ("how much per share was the final offer", "number", "each", False),
        ("what was the final price per share", "number", "each", False),
        ("how much was the bid worth in total", "number", "total", False),
        ("by how much did they raise the offer", "number", "", True),
        ("how much pipe will be replaced", "number", "", False),
    ],
)
def test_what_kind_of_amount_is_asked(question: str, kind: str, basis: str, change: bool) -> None:
    q = analyze(question, Tokenizer())
    assert (q.kind, q.basis, q.change) == (kind, basis, change)
    assert "total" not in q.terms and "per" not in q.terms
