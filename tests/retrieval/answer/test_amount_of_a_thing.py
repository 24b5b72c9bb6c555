"""A "how much" naming the thing it measures ("how much diesel was recovered") asks for an amount of it
(litres), though its verb is one WordNet files with paying and earning; a "how much money" still asks
for money."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "marina", "title": "Diesel leak at Porthwick marina", "source": "Harbour Lines",
     "published": "2025-03-04",
     "text": "A fuel barge leaked diesel into Porthwick marina on Sunday night.\n\n"
             "Harbour crews said 800 litres of diesel had been recovered from the water by Tuesday.\n\n"
             "The marina's owners have not said who will pay for the clean-up."},
]  # fmt: skip


@pytest.fixture(scope="module")
def marina(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("marina"), [*_DOCS, *filler(8)])


def test_how_much_of_a_substance_is_answered_by_its_amount(marina: Engine) -> None:
    a = marina.ask("how much diesel got recovered")
    assert not a.abstained, a.answer
    assert_verbatim(marina, a)
    assert "800 litres" in a.answer


def test_how_much_money_is_not_answered_by_litres(marina: Engine) -> None:
    a = marina.ask("how much money was recovered")
    assert "800 litres" not in a.answer, a.answer
