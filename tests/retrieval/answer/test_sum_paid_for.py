"""A "how much" about a payment asks a sum of money, whatever words of change name what is paid for
("how much did it cost to replace the pump", "how much did the bottled water deliveries cost") and
however the payment is put ("how much was the utility fined": a fine is a sum). A sentence on the
topic without a sum ("Forty households sued the utility") is declined; the sum answers. Pinned on
made-up twin corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.amounts import measure
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_TOPIC = (
    "Forty households in Marrow Vale sued Orlen Grid on Friday, saying the utility's faulty cable started "
    "the Marrow Vale fire. "
    "The failed pump at the Copse Lane station was flagged for replacement two years ago, "
    "the water board said."
)
_SUMS = (
    "State regulators fined Orlen Grid $2.4 million over the faulty cable on Monday. "
    "Replacing the Copse Lane pump cost the water board $86,000, its accounts show."
)


def _engine(tmp_path: Path, sums: bool) -> Engine:
    """The coverage of the fire and the pump, with the sums when ``sums``."""
    docs = [{"id": "topic", "title": "Utility sued", "published": "2026-05-04", "text": _TOPIC}]
    if sums:
        docs.append({"id": "sums", "title": "Utility fined", "published": "2026-05-09", "text": _SUMS})
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    "question",
    [
        "How much was Orlen Grid fined?",
        "How much did it cost to replace the Copse Lane pump?",
        "How much did the bottled water deliveries cost the district?",
    ],
)
def test_a_payment_asks_money(question: str) -> None:
    assert measure(question, question.rstrip("?").split(), question.lower()) == "money"


@pytest.mark.parametrize(
    ("question", "sum_"),
    [
        ("How much was Orlen Grid fined?", "$2.4 million"),
        ("How much did it cost to replace the Copse Lane pump?", "$86,000"),
    ],
)
def test_no_sum_declines_and_the_sum_answers(tmp_path: Path, question: str, sum_: str) -> None:
    a = _engine(tmp_path, sums=False).ask(question)
    assert a.abstained, a.answer
    a = _engine(tmp_path / "sums", sums=True).ask(question)
    assert not a.abstained, a.answer
    assert sum_ in first_statement(a)


def test_a_change_is_still_no_sum() -> None:
    assert (
        measure(
            "how much did prices rise", ["how", "much", "did", "prices", "rise"], "how much did prices rise"
        )
        == ""
    )
