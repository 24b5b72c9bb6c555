"""What something is "worth" in a money question is the sum the coverage says it is valued at: WordNet
writes "worth" (having a specified value) with no synonym, and its adjective cluster's head ("valuable")
and that head's derived forms ("value") say it ("the offer values the studio at ..."). Only a money
question reads a cluster's head: elsewhere it is a broader word telling of other things."""

from __future__ import annotations

from pathlib import Path

from retrieval.search.wordnet import WordNet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

STUDIO = (
    "Harrowgate Games agreed on Monday to buy the animation studio Pell & Finch. "
    "The purchase values Pell & Finch at about 310 million euros, including debt. "
    "The studio's founders will stay on for two years after the sale closes."
)


def test_worth_reads_its_cluster_head() -> None:
    wn = WordNet.find()
    assert wn is not None
    assert {"value", "valuable"} <= wn.cluster_head("worth")
    assert not wn.cluster_head("cheap")  # (a sense with synonyms is said by them)
    assert not wn.cluster_head("express")  # (before its noun, "the express train", it names a kind)


def test_what_a_purchase_is_worth_is_its_valuation(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "studio", "title": "Harrowgate to buy Pell & Finch", "text": STUDIO}, *filler(12)]
    )
    for question in ("how much is the purchase worth", "what was the purchase of pell & finch worth"):
        a = news.ask(question)
        assert not a.abstained and "310 million euros" in a.answer, (question, a.answer)
        assert_verbatim(news, a)
