"""What the answer and timeline code needs of a retrieval engine (the Scorer protocol and its Hit), the
ranking helpers every engine shares, and the reference engine: rank_bm25's BM25Okapi itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from retrieval.search.arrays import FloatArray, IntArray, run_starts


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

    def score_rows(self, query: Sequence[str], rows: IntArray) -> npt.NDArray[np.float64]: ...

    def top_k(self, query: Sequence[str], k: int, floor: float = 0.0) -> list[Hit]:
        """The k best rows. ``floor``: a score some row is known to reach, below which the caller needs
        no hit; an engine may prune with it. The hits scoring ``floor`` or more are the same (for a k of
        1, the best row); below it, other rows than the true top k's may follow."""
        ...

    def rows_holding(self, term: str, others: Sequence[str], need: int) -> IntArray | None:
        """The rows (ascending) holding ``term`` with ``need`` (at least 1) of ``others``; None when the
        engine cannot tell cheaply."""
        ...


def select_top(values: FloatArray, k: int) -> IntArray:
    """Positions of the k largest values, ties at the k-th value going to the lowest positions, so
    every engine and every path through one returns the same hits for the same scores."""
    if values.shape[0] <= k:
        return np.arange(values.shape[0], dtype=np.int64)
    kth = np.partition(values, values.shape[0] - k)[values.shape[0] - k]
    above = (values > kth).nonzero()[0]
    ties = (values == kth).nonzero()[0][: k - above.shape[0]]
    out = np.concatenate([above, ties])
    out.sort()
    return out


def unique_rows(rows: IntArray) -> IntArray:
    """The distinct values of concatenated ascending runs (posting lists), as int64. A stable sort is a
    timsort here, which merges the runs it finds: three to four times faster than np.unique's
    quicksort on a query's few long lists."""
    ordered = np.sort(rows, kind="stable")
    return ordered[run_starts(ordered)].astype(np.int64)


def sum_by_row(rows: IntArray, weights: FloatArray) -> tuple[IntArray, FloatArray]:
    """The distinct rows of concatenated posting lists and each row's weights summed (bounds for pruning:
    the order of the additions may differ from np.bincount's, the margin covers that)."""
    order = rows.argsort(kind="stable")
    ordered = rows[order]
    starts = run_starts(ordered)
    sums: FloatArray = np.add.reduceat(weights[order], starts) if starts.shape[0] else np.zeros(0)
    return ordered[starts].astype(np.int64), sums


def ranked(rows: IntArray, scores: FloatArray, k: int) -> list[Hit]:
    """The top k of (ascending) rows by score, best first, equal scores by row."""
    keep = scores > 0
    rows, scores = rows[keep], scores[keep]
    pick = select_top(scores, k)
    rows, scores = rows[pick], scores[pick]
    order = (-scores).argsort(kind="stable")
    return [Hit(r, v) for r, v in zip(rows[order].tolist(), scores[order].tolist(), strict=True)]


def top_of(scores: npt.NDArray[np.float64], k: int) -> list[Hit]:
    if k <= 0:
        return []
    return ranked(np.arange(scores.shape[0], dtype=np.int64), scores, k)


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

    def score_rows(self, query: Sequence[str], rows: IntArray) -> npt.NDArray[np.float64]:
        scores = self.scores(query)
        return scores[rows] if scores.shape[0] else np.zeros(rows.shape[0], dtype=np.float64)

    def top_k(self, query: Sequence[str], k: int, floor: float = 0.0) -> list[Hit]:
        return top_of(self.scores(query), k)

    def rows_holding(self, term: str, others: Sequence[str], need: int) -> IntArray | None:
        return None  # the reference engine keeps no postings to tell from
