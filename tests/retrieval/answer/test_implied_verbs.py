"""A money question's verb is said by a verb implying it (WordNet's entailments and causes): "how much
will Brightline pay" is answered by "agreed to buy ... for $40 million"."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

RAIL = (
    "Brightline agreed to buy the disused Tarn rail corridor from the county for $40 million, officials "
    "said on Monday. The line is expected to reopen in 2027."
)


def test_wordnet_reads_entailments_backwards() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert {"buy", "bought"} <= wn.implying("pay")
    assert "kill" in wn.implying("die")  # a cause
    assert "say" not in wn.implying("speak")  # not in its own most frequent sense


def test_a_purchase_tells_what_is_paid(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    news = engine_of(
        tmp_path, [{"id": "rail", "title": "Brightline expands south", "text": RAIL}, *filler(12)]
    )
    a = news.ask("how much money will brightline pay")
    assert not a.abstained, a.answer
    assert "$40 million" in a.answer
    assert_verbatim(news, a)
