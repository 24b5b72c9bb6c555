"""BM25 retrieval with BM25Okapi scoring exactly as rank-bm25 defines it, on a compressed inverted index.

rank-bm25 scores every document in Python for every query term; this index precomputes each posting's
saturated, length-normalised term frequency once so a query only touches postings. At a million
passages even adding up every posting of a common term is too slow for a chat reply, so ``top_k``
runs the threshold algorithm over impact-ordered postings: it reads each term's highest weights first,
scores the documents seen so far exactly, and stops as soon as no unseen document can beat the k-th
best. The hits and their scores are exactly BM25Okapi's (to float32 precision); tests compare them
with rank_bm25.

Postings store only ``tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl_ref))``, without the idf and
with the average length ``avgdl_ref`` of the build that made them. Used as upper bounds (times the
current idf, times ``max(1, avgdl / avgdl_ref)``: the weight can grow at most that much when the
average length drifts) they stay valid after documents are added or removed, so a reload merges the
changed rows into the existing postings (``merge_arrays``, linear, no sort of the whole index) instead
of rebuilding it; exact scores always come from the forward table with the current statistics.

The index is built from row-major token counts (a forward index: for each row, its term ids and
frequencies). The forward index is kept, so a reload can reuse the counts of unchanged documents and
the answer code can read a row's terms without tokenizing it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from retrieval.search.arrays import (
    K1,
    B,
    FloatArray,
    Forward,
    IndexArrays,
    Int32Array,
    IntArray,
    build_arrays,
    forward_of,
    owners,
    ranges,
    run_starts,
)
from retrieval.search.scorer import Hit, ranked, select_top, sum_by_row, unique_rows

#: below this many postings a query is summed directly (cheaper than the threshold algorithm's rounds)
_DIRECT_POSTINGS = 2048
#: the longest posting list ``rows_holding`` reads to spare a search: a longer one costs more to
#: intersect than the search it would spare
_TOGETHER_POSTINGS = 4096
#: depth read first from each impact list, as a multiple of k
_FIRST_DEPTH = 1
#: relative slack on the k-th score: float32 weights bound float64 exact scores only to ~1e-7
_MARGIN = 1e-5
#: more candidate rows than this are preselected by summed weights before exact scoring
_EXACT_LIMIT = 200_000
#: essential postings fewer than size / this are merged by sorting, more by adding them up in a row-sized
#: array (``_summed``)
_SPARSE_RATIO = 40
#: row-sized arrays ``_summed`` keeps for later searches (one per search running at once, up to this many)
_KEPT_SUMS = 2
#: rows are scored from the postings when they hold this many times more terms than the query
_POSTINGS_RATIO = 8
#: candidate rows scored exactly first, best upper bound first, before the rest are checked against the
#: k-th score found (then twice as many each round): fewer checks more often, more score rows in vain
_VERIFY_FIRST = 64
#: how far a term frequency computed back from a float32 weight may be from an integer
_TF_TOLERANCE = 0.01


class BM25Index:
    """Inverted index in CSR form: for term t, postings ``docs[ptr[t]:ptr[t+1]]`` with their precomputed
    BM25Okapi term scores ``weights[...]`` and an impact order ``impact[...]`` for top-k pruning. The
    forward table it was built from scores candidate rows exactly, in rank-bm25's own arithmetic."""

    def __init__(self, corpus: Sequence[Sequence[str]], *, k1: float = K1, b: float = B) -> None:
        fwd, vocab, terms = forward_of(corpus)
        self._init(build_arrays(fwd, len(terms), k1=k1, b=b), vocab, fwd, k1, b)

    @classmethod
    def from_arrays(
        cls, arrays: IndexArrays, vocab: dict[str, int], fwd: Forward, *, k1: float = K1, b: float = B
    ) -> BM25Index:
        self = cls.__new__(cls)
        self._init(arrays, vocab, fwd, k1, b)
        return self

    def _init(self, arrays: IndexArrays, vocab: dict[str, int], fwd: Forward, k1: float, b: float) -> None:
        self.arrays = arrays
        self.vocab = vocab
        self.forward = Forward(
            np.asarray(fwd.ptr), np.asarray(fwd.terms), np.asarray(fwd.tfs), np.asarray(fwd.lengths)
        )
        self.size = fwd.rows
        self.k1, self.b = k1, b
        self.avgdl = float(self.forward.lengths.astype(np.float64).sum() / self.size) if self.size else 0.0
        # plain ndarray views of (possibly memory-mapped) arrays: np.memmap's Python-level __getitem__
        # and __array_finalize__ cost microseconds per slice, and a query takes hundreds of slices
        self.ptr = np.asarray(arrays.ptr)
        # the same offsets read one at a time as Python ints (a numpy scalar costs several times more)
        self._at = np.ascontiguousarray(self.ptr).data
        self.docs = np.asarray(arrays.docs)
        self.weights = np.asarray(arrays.weights)
        self.impact = np.asarray(arrays.impact)
        self._idf = np.asarray(arrays.idf)
        # weights were saturated at avgdl_ref; at the current average they can be at most this much
        # larger, so weight * idf * slack bounds every row's true term score from above
        self.slack = max(1.0, self.avgdl / arrays.avgdl_ref) if arrays.avgdl_ref else 1.0
        self._terms_per_row = fwd.terms.shape[0] / self.size if self.size else 0.0
        # zeroed row-sized arrays ``_summed`` adds postings into, kept between searches (taken and given
        # back whole: two questions answered at once each take their own)
        self._sums: list[FloatArray] = []

    def df(self, term: str) -> int:
        tid = self.vocab.get(term)
        if tid is None or tid + 1 >= self.ptr.shape[0]:
            return 0
        return int(self._at[tid + 1] - self._at[tid])

    def rows_holding(self, term: str, others: Sequence[str], need: int) -> IntArray | None:
        """The rows (ascending) holding ``term`` with ``need`` (at least 1) of ``others``, read from their
        posting lists, which hold every row a term is in. The rows read are those of the shorter side:
        ``term``'s, or, when its list is long, the others' but the ``need - 1`` longest (a row holding
        ``need`` of them is in one of the rest), each looked up in ``term``'s list. None when both are
        long (``_TOGETHER_POSTINGS``): reading them costs more than the search they would serve."""
        none: IntArray = np.zeros(0, dtype=np.int64)
        tid = self.vocab.get(term)
        if tid is None or tid + 1 >= self.ptr.shape[0]:
            return none
        start = self._at
        lo, hi = start[tid], start[tid + 1]
        lists: list[Int32Array] = []
        for other in others:
            oid = self.vocab.get(other)
            if oid is None or oid + 1 >= self.ptr.shape[0] or oid == tid:
                continue
            listed = self.docs[start[oid] : start[oid + 1]]  # ascending rows
            if listed.shape[0]:
                lists.append(listed)
        if len(lists) < need:
            return none  # (fewer of them are in any row than are needed)
        rows: npt.NDArray[np.signedinteger[Any]]
        if hi - lo <= _TOGETHER_POSTINGS:
            rows = self.docs[lo:hi]
        else:
            lists.sort(key=len)
            read = lists[: len(lists) - (need - 1)]
            if sum(x.shape[0] for x in read) > _TOGETHER_POSTINGS:
                return None
            rows = unique_rows(np.concatenate(read)).astype(np.int32) if len(read) > 1 else read[0]
            own = self.docs[lo:hi]
            rows = rows[own[np.minimum(own.searchsorted(rows), own.shape[0] - 1)] == rows]
        held = np.zeros(rows.shape[0], dtype=np.int64)
        for listed in lists:
            at = np.minimum(listed.searchsorted(rows), listed.shape[0] - 1)
            held += listed[at] == rows
        out: IntArray = rows[held >= need].astype(np.int64)
        return out

    def idf(self, term: str) -> float:
        tid = self.vocab.get(term)
        return 0.0 if tid is None or tid >= self._idf.shape[0] else float(self._idf[tid])

    def _ids(self, query: Sequence[str]) -> list[int]:
        """The query's term ids that have postings, in query order, repeats kept (BM25Okapi counts a
        repeated query term again)."""
        out: list[int] = []
        limit, start = self.ptr.shape[0] - 1, self._at
        for term in query:
            tid = self.vocab.get(term)
            if tid is not None and tid < limit and start[tid + 1] > start[tid]:
                out.append(tid)
        return out

    def scores(self, query: Sequence[str]) -> npt.NDArray[np.float64]:
        """Scores of every document, as BM25Okapi.get_scores (repeated query terms count again)."""
        ids = self._ids(query)
        out = np.zeros(self.size, dtype=np.float64)
        if ids:
            distinct = list(dict.fromkeys(ids))
            lo = self.ptr[distinct]
            rows = self._union(lo, self.ptr[np.asarray(distinct) + 1] - lo)
            out[rows] = self._exact(rows, ids)
        return out

    def score_rows(self, query: Sequence[str], rows: IntArray) -> npt.NDArray[np.float64]:
        """Exact BM25Okapi scores of some rows only (what a reranker needs of a million)."""
        ids = self._ids(query)
        if not ids or rows.shape[0] == 0:
            return np.zeros(rows.shape[0], dtype=np.float64)
        return self._exact(np.asarray(rows, dtype=np.int64), ids)

    def _factors(self, distinct: list[int], mult: FloatArray) -> FloatArray:
        """Per query term: what its postings' weights are multiplied by for an upper bound of its score."""
        # a negative idf (rank-bm25's floor can be negative on tiny corpora) bounds nothing from above:
        # such a term adds at most 0
        out: FloatArray = mult * np.maximum(self._idf[distinct], 0.0) * self.slack
        return out

    def _dense(self, ids: list[int]) -> FloatArray:
        """Upper bounds of every row's score, summed from the postings (a preselection only)."""
        out = np.zeros(self.size, dtype=np.float64)
        for tid in ids:
            lo, hi = self.ptr[tid], self.ptr[tid + 1]
            out[self.docs[lo:hi]] += self.weights[lo:hi] * (max(float(self._idf[tid]), 0.0) * self.slack)
        return out

    def _exact(self, rows: IntArray, ids: list[int]) -> FloatArray:
        """Exact BM25Okapi scores of the given rows, summed term by term in query order exactly as
        rank-bm25 does (so equal scores tie exactly as they do there). Rows with many terms each
        (whole documents: ~150) against a short query are scored from the query terms' postings,
        others from their forward rows (gathering every term of a few thousand sentences is cheaper
        than a binary search per query term)."""
        distinct = len(set(ids))
        if self._terms_per_row > _POSTINGS_RATIO * distinct and rows.shape[0]:
            scores = self._exact_postings(rows, ids)
            if scores is not None:
                return scores
        return self._exact_forward(rows, ids)

    def _exact_postings(self, rows: IntArray, ids: list[int]) -> FloatArray | None:
        """``_exact`` from the postings: the rows' postings of each query term, found by binary search
        (term by term), scored by ``_from_weights`` (once for all of them)."""
        if not self.arrays.avgdl_ref or self.k1 <= 0:
            return None
        distinct = list(dict.fromkeys(ids))
        tids = np.asarray(distinct, dtype=np.int64)
        found: list[IntArray] = []
        where: list[IntArray] = []
        counts: list[int] = []
        # (looked up as int32, the postings' type: int64 rows would cast every list searched to int64)
        narrow = rows.astype(np.int32)
        for a, e in zip(self.ptr[tids].tolist(), self.ptr[tids + 1].tolist(), strict=True):
            seg = self.docs[a:e]
            pos = seg.searchsorted(narrow)
            np.minimum(pos, e - a - 1, out=pos)
            at = (seg[pos] == narrow).nonzero()[0]
            found.append(pos[at] + a)
            where.append(at)
            counts.append(at.shape[0])
        term = owners(np.concatenate([[0], np.cumsum(counts)]))
        return self._from_weights(rows, np.concatenate(found), term, np.concatenate(where), ids)

    def _direct(self, lo: IntArray, df: IntArray, ids: list[int]) -> tuple[IntArray, FloatArray] | None:
        """Every row holding a query term, ascending, with its exact score: the rows and their term
        frequencies are the query terms' whole posting lists themselves (``_from_weights``), so no
        row's terms are gathered and nothing is searched. None where ``_from_weights`` declines."""
        if not self.arrays.avgdl_ref or self.k1 <= 0:
            return None
        rows: IntArray
        if lo.shape[0] == 1:
            # one term (half the direct searches: a word's first sentences, a rare word's): its list's rows
            # are already distinct and ascending, each its own posting (a tenth of the merge's cost)
            a, n = int(lo[0]), int(df[0])
            rows = self.docs[a : a + n].astype(np.int64)
            col = np.arange(n, dtype=np.int64)
            found, term = col + a, np.zeros(n, dtype=np.int64)
        else:
            found, offsets = ranges(lo, df)
            # np.unique(..., return_inverse=True), written out: its Python wrapper costs more than these
            listed = self.docs[found]
            order = listed.argsort(kind="stable")
            ordered = listed[order]
            starts = run_starts(ordered)
            rows = ordered[starts].astype(np.int64)
            first = np.zeros(ordered.shape[0], dtype=np.int64)
            first[starts] = 1
            col = np.empty(ordered.shape[0], dtype=np.int64)
            col[order] = first.cumsum() - 1
            term = owners(offsets)
        total = self._from_weights(rows, found, term, col, ids)
        return None if total is None else (rows, total)

    def _from_weights(
        self, rows: IntArray, found: IntArray, term: IntArray, at: IntArray, ids: list[int]
    ) -> FloatArray | None:
        """Exact scores of ``rows`` from postings: ``found`` the postings' positions, ``term`` each one's
        query term (index into the distinct ids, in query order) and ``at`` its row's index in ``rows``.
        A posting's weight ``w = tf (k1 + 1) / (tf + K)`` at the reference length gives back
        ``tf = w K / (k1 + 1 - w)``, an integer to well within float32 rounding; None where some
        frequency would not come back exactly (then the rows are read)."""
        k1, b, ref = self.k1, self.b, self.arrays.avgdl_ref
        distinct = list(dict.fromkeys(ids))
        tids = np.asarray(distinct, dtype=np.int64)
        w = self.weights[found].astype(np.float64)
        d = self.forward.lengths[rows[at]].astype(np.float64)
        norm = k1 * (1 - b + b * d / ref)
        with np.errstate(divide="ignore", invalid="ignore"):
            estimate = w * norm / (k1 + 1 - w)
        tf = np.rint(estimate)
        if not bool(np.all(np.abs(estimate - tf) <= _TF_TOLERANCE)):
            return None
        # and only where float32 rounding of w (relative 2**-24) cannot have moved the estimate by as much
        # as the tolerance: its error is about (tf + K)^2 / ((k1 + 1) K) * w * 2**-24 (thousands of a term)
        if not bool(np.all((tf + norm) ** 2 / ((k1 + 1) * norm) * w * 2.0**-23 < _TF_TOLERANCE)):
            return None
        per_term = np.zeros((len(distinct), rows.shape[0]), dtype=np.float64)
        idf = self._idf[tids[term]]
        per_term[term, at] = idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * d / self.avgdl)))
        total = np.zeros(rows.shape[0], dtype=np.float64)
        index = {t: i for i, t in enumerate(distinct)}
        for tid in ids:
            total += per_term[index[tid]]
        return total

    def _exact_forward(self, rows: IntArray, ids: list[int]) -> FloatArray:
        """``_exact`` from the rows' own term lists."""
        fwd = self.forward
        distinct = list(dict.fromkeys(ids))
        # the query's few term ids, sorted, looked up by binary search: cheaper than a table the size of
        # the vocabulary, which would be allocated and filled for every call
        by_id = np.asarray(distinct, dtype=np.int32).argsort().astype(np.int32)
        sorted_ids = np.asarray(distinct, dtype=np.int32)[by_id]
        starts = fwd.ptr[rows]
        pos, offsets = ranges(starts, fwd.ptr[rows + 1] - starts)
        terms = fwd.terms[pos]
        slot = np.minimum(sorted_ids.searchsorted(terms), sorted_ids.shape[0] - 1)
        hit = sorted_ids[slot] == terms
        pos, qpos = pos[hit], by_id[slot[hit]]
        which = offsets.searchsorted(hit.nonzero()[0], side="right") - 1
        tf = fwd.tfs[pos].astype(np.float64)
        dl = fwd.lengths[rows[which]].astype(np.float64)
        k1, b = self.k1, self.b
        idf = self._idf[np.asarray(distinct, dtype=np.int64)[qpos]]
        contrib = idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / self.avgdl)))
        per_term = np.zeros((len(distinct), rows.shape[0]), dtype=np.float64)
        per_term[qpos, which] = contrib
        total = np.zeros(rows.shape[0], dtype=np.float64)
        index = {t: i for i, t in enumerate(distinct)}
        for tid in ids:
            total += per_term[index[tid]]
        return total

    def top_k(self, query: Sequence[str], k: int, floor: float = 0.0) -> list[Hit]:
        """The k best rows, exactly, touching few postings (threshold algorithm, then MaxScore).

        1. Read each term's ``depth`` best postings (impact order) and score those rows exactly: the
           k-th best is a lower bound ``theta`` of the true k-th score. If no unseen row can reach it
           (the sum of each list's next weight is below it) those rows are the answer.
        2. Otherwise the terms whose best weights together stay below ``theta`` cannot lift a row into
           the top k on their own (MaxScore): only rows holding one of the other terms can qualify,
           and only if their weight from those terms plus the small terms' best reaches ``theta``.
           Those few rows are scored exactly.

        ``floor`` (the exact score of a row the caller has scored) raises ``theta`` from the start, so
        fewer terms are essential and fewer rows qualify: the hits scoring ``floor`` or more are the
        same (for k = 1, the best row), those below it may be other rows than the true top k's.
        """
        ids = self._ids(query)
        if not ids or k <= 0:
            return []
        distinct = list(dict.fromkeys(ids))
        mult = self._factors(distinct, np.asarray([ids.count(t) for t in distinct], dtype=np.float64))
        lo = self.ptr[distinct]
        df = self.ptr[np.asarray(distinct) + 1] - lo
        if int(df.sum()) <= _DIRECT_POSTINGS:
            direct = self._direct(lo, df, ids)
            if direct is not None:
                return ranked(*direct, k)
            return self._exact_top(self._union(lo, df), ids, k)
        depth = np.minimum(df, max(_FIRST_DEPTH * k, 32))
        seen = [
            self.docs[a : a + n] if d >= n else self.docs[a + self.impact[a : a + d]]
            for a, n, d in zip(lo.tolist(), df.tolist(), depth.tolist(), strict=True)
        ]
        rows = unique_rows(np.concatenate(seen))
        exact = self._exact(rows, ids)
        open_ = depth < df
        if not open_.any():
            return ranked(rows, exact, k)
        if exact.shape[0] < k and floor <= 0:
            return self._exact_top(self._union(lo, df), ids, k)
        # (a theta of 0 or more drops no hit: a row scoring 0 or less is none)
        theta = floor * (1 - _MARGIN)
        if exact.shape[0] >= k:
            kth = float(np.partition(exact, exact.shape[0] - k)[exact.shape[0] - k])
            theta = max(theta, kth * (1 - _MARGIN))
        nxt = np.zeros(len(distinct), dtype=np.float64)
        nxt[open_] = self.weights[lo[open_] + self.impact[lo[open_] + depth[open_]]] * mult[open_]
        if nxt.sum() < theta:
            return ranked(rows, exact, k)
        best = self.weights[lo + self.impact[lo]].astype(np.float64) * mult
        order = best.argsort(kind="stable")
        small = best[order].cumsum() < theta
        rest = float(best[order][small].sum()) if small.any() else 0.0
        essential = order[~small]
        ess_lo, ess_df = lo[essential], df[essential]
        # (candidate rows stay int32, the postings' own type: a lookup between the two casts neither)
        cand: Int32Array
        if essential.shape[0] == 1:
            a, n = int(ess_lo[0]), int(ess_df[0])
            cand = self.docs[a : a + n]
            partial = self.weights[a : a + n] * mult[essential[0]]
        elif int(ess_df.sum()) * _SPARSE_RATIO < self.size:  # few postings: merged by sorting them
            docs = np.concatenate([self.docs[a : a + n] for a, n in zip(ess_lo, ess_df, strict=True)])
            w = np.concatenate(
                [self.weights[a : a + n] * m for a, n, m in zip(ess_lo, ess_df, mult[essential], strict=True)]
            )
            merged, partial = sum_by_row(docs, w)
            cand = merged.astype(np.int32)
        else:  # many: summed into a row-sized array (linear, where sorting that many would not be)
            cand, partial = self._summed(ess_lo, ess_df, mult[essential], theta - rest)
        keep = partial + rest >= theta
        cand, partial = cand[keep], partial[keep]
        # MaxScore's candidate checks, vectorised: add the small terms' weights, largest first; a row
        # drops out as soon as even the best the remaining terms could give leaves it below theta
        for t in order[small][::-1].tolist():
            if cand.shape[0] == 0:
                break
            a, n = int(lo[t]), int(df[t])
            seg = self.docs[a : a + n]
            if n < cand.shape[0]:  # (the shorter side is looked up in the longer: both are ascending)
                pos = cand.searchsorted(seg)
                np.minimum(pos, cand.shape[0] - 1, out=pos)
                at = (cand[pos] == seg).nonzero()[0]
                partial[pos[at]] += self.weights[a + at] * mult[t]  # (partial is a fresh array)
            else:
                pos = np.minimum(seg.searchsorted(cand), n - 1)
                partial = partial + np.where(seg[pos] == cand, self.weights[a + pos] * mult[t], 0.0)
            rest -= float(best[t])
            keep = partial + max(rest, 0.0) >= theta
            cand, partial = cand[keep], partial[keep]
        # (every small term's weight is now in ``partial``: each candidate's whole upper bound)
        return self._exact_top(cand.astype(np.int64), ids, k, known=(rows, exact), bounds=partial)

    def _summed(
        self, lo: IntArray, df: IntArray, mult: FloatArray, need: float
    ) -> tuple[Int32Array, FloatArray]:
        """The rows of some posting lists (``lo``, ``df``; each list's weights times ``mult``) whose
        weights add up to ``need`` or more, ascending, with their sums (each row's added in list order,
        as np.bincount adds them). The lists are added into a row-sized array kept zeroed between
        searches, then read back and zeroed at their own rows: np.bincount would allocate, zero and
        scan a new one of a million rows for every search (~1 ms at 1M, a third more than this). A
        row read back from a later list reads 0 (zeroed already) and is not listed again, which
        takes a ``need`` above 0 (MaxScore's is: the small terms' best stay below theta)."""
        lists = [
            (self.docs[a : a + n], self.weights[a : a + n] * m)
            for a, n, m in zip(lo.tolist(), df.tolist(), mult, strict=True)
        ]
        if not need > 0:
            docs = np.concatenate([d for d, _ in lists])
            weights = np.concatenate([w for _, w in lists])
            dense = np.bincount(docs, weights=weights, minlength=self.size).astype(np.float64, copy=False)
            found = (dense >= need).nonzero()[0]
            return found.astype(np.int32), dense[found]
        pool = self._sums
        try:
            acc = pool.pop()
        except IndexError:
            acc = np.zeros(self.size, dtype=np.float64)
        rows: list[Int32Array] = []
        sums: list[FloatArray] = []
        for d, w in lists:
            acc[d] += w  # (a list's rows are distinct: no two of its weights land on one row)
        for d, _ in lists:
            v = acc[d]
            at = (v >= need).nonzero()[0]
            rows.append(d[at])
            sums.append(v[at])
            acc[d] = 0.0
        if len(pool) < _KEPT_SUMS:
            pool.append(acc)  # (zeroed again; an exception above leaves it to the collector instead)
        cand = np.concatenate(rows)
        order = cand.argsort(kind="stable")  # (a merge of the lists' ascending runs)
        return cand[order], np.concatenate(sums)[order]

    def _union(self, lo: IntArray, df: IntArray) -> IntArray:
        docs = np.concatenate([self.docs[a : a + n] for a, n in zip(lo, df, strict=True)])
        return unique_rows(docs)

    def _exact_top(
        self,
        rows: IntArray,
        ids: list[int],
        k: int,
        known: tuple[IntArray, FloatArray] | None = None,
        bounds: FloatArray | None = None,
    ) -> list[Hit]:
        """The top k of ``rows`` by exact score. ``known``: rows (ascending) already scored exactly,
        not scored again; they may be added to ``rows`` (with exact scores, the top k is the same).
        ``bounds``: each row's upper bound (its postings' weights times ``_factors``): the rows are then
        scored best bound first, and those whose bound stays below the k-th exact score found so far
        are not scored at all (``_verified``)."""
        if rows.shape[0] > _EXACT_LIMIT:  # a degenerate query: preselect by the float32 weights
            return self._dense_top(ids, k)
        if known is None or known[0].shape[0] == 0:
            return ranked(rows, self._exact(rows, ids), k)
        seen, seen_scores = known
        at = np.minimum(seen.searchsorted(rows), seen.shape[0] - 1)
        fresh = seen[at] != rows
        new = rows[fresh]
        if bounds is not None and new.shape[0] > _VERIFY_FIRST:
            new, new_scores = self._verified(new, bounds[fresh], ids, k, seen_scores)
        else:
            new_scores = self._exact(new, ids)
        every = np.concatenate([seen, new])
        scores = np.concatenate([seen_scores, new_scores])
        order = every.argsort(kind="stable")
        return ranked(every[order], scores[order], k)

    def _verified(
        self, rows: IntArray, bounds: FloatArray, ids: list[int], k: int, scored: FloatArray
    ) -> tuple[IntArray, FloatArray]:
        """The rows that may be among the top k, scored exactly: taken best bound first, in rounds of
        growing size (``_VERIFY_FIRST`` rows, then twice as many), until the k-th best exact score of
        these and of ``scored`` (rows scored before) exceeds every bound left, with the margin that
        covers float32 weights (a row left cannot reach the k-th score, nor tie it)."""
        order = (-bounds).argsort(kind="stable")
        taken: list[IntArray] = []
        got: list[FloatArray] = []
        best = scored
        i, step = 0, _VERIFY_FIRST
        while i < order.shape[0]:
            part = rows[order[i : i + step]]
            taken.append(part)
            got.append(self._exact(part, ids))
            i, step = i + step, step * 2
            best = np.concatenate([best, got[-1]])
            if i < order.shape[0] and best.shape[0] >= k:
                kth = float(np.partition(best, best.shape[0] - k)[best.shape[0] - k])
                if kth > 0 and float(bounds[order[i]]) < kth * (1 - _MARGIN):
                    break
        return np.concatenate(taken), np.concatenate(got)

    def _dense_top(self, ids: list[int], k: int) -> list[Hit]:
        """Top k by summing every posting, the few best then rescored exactly."""
        dense = self._dense(ids)
        pool = select_top(dense, min(dense.shape[0], 2 * k + 16))
        pool = pool[dense[pool] > 0]
        return ranked(pool, self._exact(pool, ids), k)
