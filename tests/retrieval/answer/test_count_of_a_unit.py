"""A number written before a unit of time or length counts that unit, not the noun a few words before
it: "offer affected customers 18 months of fraud protection" gives no count of customers. Pinned on a
small made-up corpus."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_BREACH = (
    "Grantley Savings said a flaw in its mobile app exposed account details. "
    "The bank will offer affected customers 18 months of free fraud protection. "
    "Engineers fixed the flaw within a day."
)


def test_a_number_before_a_unit_counts_the_unit() -> None:
    from retrieval.answer.question import analyze
    from retrieval.answer.relation import counts
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("how many customers were affected", tok)
    assert not counts(q, "The bank will offer affected customers 18 months of free fraud protection.", tok)
    assert counts(q, "The flaw affected 4,200 customers, the bank said.", tok)


def test_a_count_of_months_does_not_answer_how_many_customers(tmp_path: Path) -> None:
    docs = [{"id": "bank", "title": "Grantley Savings app flaw", "text": _BREACH}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("how many customers were affected")
    assert a.abstained, a.answer
