"""A lowercase word WordNet lacks that is two words it knows run together ("helpline", "payout") is a
common word newer than the dictionary, not a name the coverage must hold, when the question writes case
(it opens with a capital, and would have capitalised a name): "How many calls reached the bank's
helpline" is answered by "its call centre took 12,000 calls on Friday". Made-up corpus about a bank's
outage."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.bridge import run_together, wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "outage", "title": "Marlow Bank app down for a day", "source": "Shire Post",
     "text": "Marlow Bank's app and website were down for most of Friday after a failed software update. "
             "The bank said its call centre took 12,000 calls on Friday, four times the usual number. "
             "Customers who were charged late fees will be refunded, the bank said."},
    {"id": "refunds", "title": "Marlow Bank sets out refunds", "source": "Tarn Herald",
     "text": "Marlow Bank will refund any late fees charged during the outage within ten days. "
             "Customers who missed a payment will receive 25 pounds each, the bank said on Monday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    return engine_of(tmp_path_factory.mktemp("run_together"), [*_DOCS, *filler(8)])


def test_a_run_together_compound_is_no_name_the_coverage_must_hold(news: Engine) -> None:
    a = news.ask("How many calls did the bank's helpline take on Friday?")
    assert not a.abstained and [c.doc_id for c in a.citations][:1] == ["outage"], a.answer
    assert "12,000 calls" in a.answer
    assert_verbatim(news, a)


def test_a_payout_asked_in_words_the_coverage_does_not_use(news: Engine) -> None:
    a = news.ask("How big is the payout for a missed payment?")
    assert not a.abstained and [c.doc_id for c in a.citations][:1] == ["refunds"], a.answer
    assert "25 pounds" in a.answer


def test_run_together_reads_two_known_words() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert run_together("helpline", wn) and run_together("payouts", wn)
    assert not run_together("help", wn) and not run_together("compensashun", wn)


def test_a_name_the_coverage_never_mentions_still_declines(news: Engine) -> None:
    a = news.ask("What did Greenfield say about the calls?")
    assert a.abstained, a.answer
