"""A "how much" whose word of change stands right before its word of payment names the thing paid
for ("how much will the repairs cost": repairs are a noun here, not a change): it asks for money, which
a sentence giving another number ("four beams cracked") does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("how much will the bridge repairs cost", "money"),
        ("how much did the bottled water cost the council", "money"),
        ("how much did sales grow last year", ""),  # a change: may be a share
        ("how much have prices increased", ""),
    ],
)
def test_a_thing_paid_for_is_no_change(question: str, measure: str) -> None:
    assert analyze(question, Tokenizer()).measure == measure


BRIDGE = (
    "Repairs to the Alder footbridge began on Monday after inspectors found four cracked beams. "
    "The council said the repairs would cost £2.3 million, paid from its roads budget. "
    "The footbridge will stay closed to cyclists until the spring."
)


def test_a_cost_is_answered_by_money(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "bridge", "title": "Alder footbridge shut", "text": BRIDGE}, *filler(12)]
    )
    a = news.ask("how much will the footbridge repairs cost")
    assert not a.abstained and "£2.3 million" in a.answer, a.answer
    assert_verbatim(news, a)
