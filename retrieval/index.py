"""BM25 retrieval with BM25Okapi scoring exactly as rank-bm25 defines it, on a compressed inverted index.

rank-bm25 scores every document in Python for every query term; this index precomputes each posting's
term score once (idf * saturated tf with length normalisation) so a query only adds up the postings of
its terms. Scores equal rank_bm25.BM25Okapi's to float precision; tests compare the two.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

K1 = 1.5
B = 0.75
EPSILON = 0.25


@dataclass(frozen=True, slots=True)
class Hit:
    index: int
    score: float


class Scorer(Protocol):
    """What the answer and timeline code needs of a retrieval engine."""

    size: int

    def df(self, term: str) -> int: ...

    def idf(self, term: str) -> float: ...

    def scores(self, query: Sequence[str]) -> npt.NDArray[np.float64]: ...

    def top_k(self, query: Sequence[str], k: int) -> list[Hit]: ...


def okapi_idf(n_docs: int, doc_freq: Counter[str]) -> dict[str, float]:
    """rank-bm25's BM25Okapi idf, including its floor: negative idfs become epsilon * mean idf."""
    idf: dict[str, float] = {}
    total = 0.0
    negative: list[str] = []
    for word, freq in doc_freq.items():
        value = math.log(n_docs - freq + 0.5) - math.log(freq + 0.5)
        idf[word] = value
        total += value
        if value < 0:
            negative.append(word)
    if idf:
        eps = EPSILON * total / len(idf)
        for word in negative:
            idf[word] = eps
    return idf


def _top(scores: npt.NDArray[np.float64], k: int) -> list[Hit]:
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0:
        return []
    if positive.size > k:
        part = np.argpartition(-scores[positive], k - 1)[:k]
        positive = positive[part]
    order = positive[np.argsort(-scores[positive], kind="stable")]
    return [Hit(int(i), float(scores[i])) for i in order]


class BM25Index:
    """Inverted index in CSR form: for term t, postings ``docs[ptr[t]:ptr[t+1]]`` with their precomputed
    BM25Okapi term scores ``weights[...]``."""

    def __init__(self, corpus: Sequence[Sequence[str]], *, k1: float = K1, b: float = B) -> None:
        self.size = len(corpus)
        lengths = np.fromiter((len(d) for d in corpus), dtype=np.float64, count=self.size)
        avgdl = float(lengths.sum() / self.size) if self.size else 0.0
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        doc_ids: list[int] = []
        tfs: list[int] = []
        doc_freq: Counter[str] = Counter()
        for i, tokens in enumerate(corpus):
            counts = Counter(tokens)
            doc_freq.update(counts.keys())
            for term, tf in counts.items():
                term_ids.append(vocab.setdefault(term, len(vocab)))
                doc_ids.append(i)
                tfs.append(tf)
        self.vocab = vocab
        idf_map = okapi_idf(self.size, doc_freq)
        self._idf = np.zeros(len(vocab), dtype=np.float64)
        for term, tid in vocab.items():
            self._idf[tid] = idf_map[term]
        terms = np.asarray(term_ids, dtype=np.int64)
        order = np.argsort(terms, kind="stable")
        self.docs = np.asarray(doc_ids, dtype=np.int32)[order]
        tf_arr = np.asarray(tfs, dtype=np.float64)[order]
        dl = lengths[self.docs] if self.size else np.zeros(0)
        norm = k1 * (1 - b + b * dl / avgdl) if avgdl else np.zeros_like(tf_arr)
        self.weights = (self._idf[terms[order]] * tf_arr * (k1 + 1) / (tf_arr + norm)).astype(np.float64)
        self.ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(vocab)), out=self.ptr[1:])

    def df(self, term: str) -> int:
        tid = self.vocab.get(term)
        return 0 if tid is None else int(self.ptr[tid + 1] - self.ptr[tid])

    def idf(self, term: str) -> float:
        tid = self.vocab.get(term)
        return 0.0 if tid is None else float(self._idf[tid])

    def scores(self, query: Sequence[str]) -> npt.NDArray[np.float64]:
        """Scores of every document, as BM25Okapi.get_scores (repeated query terms count again)."""
        out = np.zeros(self.size, dtype=np.float64)
        for term in query:
            tid = self.vocab.get(term)
            if tid is None:
                continue
            lo, hi = self.ptr[tid], self.ptr[tid + 1]
            out[self.docs[lo:hi]] += self.weights[lo:hi]
        return out

    def top_k(self, query: Sequence[str], k: int) -> list[Hit]:
        return _top(self.scores(query), k)


class RankBM25Scorer:
    """The reference engine: rank_bm25.BM25Okapi itself, selectable in settings (engine = "rank_bm25")."""

    def __init__(self, corpus: Sequence[Sequence[str]]) -> None:
        from rank_bm25 import BM25Okapi

        self.size = len(corpus)
        self._bm25 = BM25Okapi([list(d) for d in corpus]) if corpus else None

    def df(self, term: str) -> int:
        if self._bm25 is None:
            return 0
        return sum(1 for d in self._bm25.doc_freqs if term in d)

    def idf(self, term: str) -> float:
        return 0.0 if self._bm25 is None else float(self._bm25.idf.get(term, 0.0))

    def scores(self, query: Sequence[str]) -> npt.NDArray[np.float64]:
        if self._bm25 is None:
            return np.zeros(0)
        return np.asarray(self._bm25.get_scores(list(query)), dtype=np.float64)

    def top_k(self, query: Sequence[str], k: int) -> list[Hit]:
        return _top(self.scores(query), k)
