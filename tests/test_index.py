"""The index must score exactly as rank_bm25.BM25Okapi, the reference engine."""

import random

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval.index import BM25Index, RankBM25Scorer


def _corpus(seed: int, n: int = 200) -> list[list[str]]:
    rnd = random.Random(seed)
    words = [f"w{i}" for i in range(60)]
    return [[rnd.choice(words) for _ in range(rnd.randint(0, 25))] for _ in range(n)]


def test_scores_equal_bm25okapi() -> None:
    corpus = _corpus(1)
    ref = BM25Okapi(corpus)
    idx = BM25Index(corpus)
    rnd = random.Random(2)
    for _ in range(50):
        q = [f"w{rnd.randint(0, 70)}" for _ in range(rnd.randint(1, 5))]
        assert np.allclose(idx.scores(q), ref.get_scores(q)), q


def test_negative_idf_floor_matches_reference() -> None:
    corpus = [["common", "x"], ["common"], ["common", "rare"], ["common"]]
    assert np.allclose(
        BM25Index(corpus).scores(["common", "rare"]), BM25Okapi(corpus).get_scores(["common", "rare"])
    )


def test_top_k_agrees_with_reference_engine() -> None:
    corpus = _corpus(3, 500)
    a, b = BM25Index(corpus), RankBM25Scorer(corpus)
    for q in (["w1", "w2"], ["w5"], ["w7", "w7", "w9"]):
        assert [h.index for h in a.top_k(q, 10)] == [h.index for h in b.top_k(q, 10)]


def test_unknown_terms_and_empty_corpus() -> None:
    assert BM25Index([["a"]]).top_k(["zzz"], 5) == []
    empty = BM25Index([])
    assert empty.top_k(["a"], 5) == [] and empty.df("a") == 0
