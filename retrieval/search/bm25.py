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
#: below this many postings a query is summed directly (cheaper than the threshold algorithm's rounds)
_DIRECT_POSTINGS = 2048
#: depth read first from each impact list, as a multiple of k
_FIRST_DEPTH = 1
#: relative slack on the k-th score: float32 weights bound float64 exact scores only to ~1e-7
_MARGIN = 1e-5
#: more candidate rows than this are preselected by summed weights before exact scoring
_EXACT_LIMIT = 200_000
#: essential postings fewer than size / this are merged by sorting, more by a dense bincount
_SPARSE_RATIO = 40
#: rows are scored from the postings when they hold this many times more terms than the query
_POSTINGS_RATIO = 8
#: how far a term frequency computed back from a float32 weight may be from an integer
_TF_TOLERANCE = 0.01
#: positions up to which ``ranges`` uses np.repeat (fast, but it holds the GIL)
_REPEAT_LIMIT = 1 << 16
#: a merge keeps the postings' reference length only while the average length stays this close to it
#: (beyond, the bounds would loosen and pruning slow down: the index is rebuilt instead)
MAX_DRIFT = 1.05

IntArray = npt.NDArray[np.int64]
Int32Array = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]


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


def okapi_idf_array(n_docs: int, df: IntArray) -> FloatArray:
    """``okapi_idf`` over a df array; terms with df 0 (left by removed documents) get idf 0 and do
    not count towards the mean, as rank-bm25 never sees them."""
    idf = np.zeros(df.shape[0], dtype=np.float64)
    present = df > 0
    if not present.any():
        return idf
    d = df[present].astype(np.float64)
    vals = np.log(n_docs - d + 0.5) - np.log(d + 0.5)
    eps = EPSILON * float(vals.sum()) / vals.shape[0]
    vals[vals < 0] = eps
    idf[present] = vals
    return idf


def _select(values: FloatArray, k: int) -> IntArray:
    """Positions of the k largest values, ties at the k-th value going to the lowest positions, so
    every engine and every path through one returns the same hits for the same scores."""
    if values.shape[0] <= k:
        return np.arange(values.shape[0], dtype=np.int64)
    kth = np.partition(values, values.shape[0] - k)[values.shape[0] - k]
    above = np.flatnonzero(values > kth)
    ties = np.flatnonzero(values == kth)[: k - above.shape[0]]
    return np.sort(np.concatenate([above, ties]))


def run_starts(ordered: IntArray) -> IntArray:
    """Where each run of equal values begins in a sorted array (what np.unique finds, without its
    sort: callers sort the way that suits them)."""
    first = np.ones(ordered.shape[0], dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return np.flatnonzero(first)


def _unique(rows: IntArray) -> IntArray:
    """The distinct values of concatenated ascending runs (posting lists), as int64. A stable sort is a
    timsort here, which merges the runs it finds: three to four times faster than np.unique's
    quicksort on a query's few long lists."""
    ordered = np.sort(rows, kind="stable")
    return ordered[run_starts(ordered)].astype(np.int64)


def _sum_by_row(rows: IntArray, weights: FloatArray) -> tuple[IntArray, FloatArray]:
    """The distinct rows of concatenated posting lists and each row's weights summed (bounds for pruning:
    the order of the additions may differ from np.bincount's, the margin covers that)."""
    order = np.argsort(rows, kind="stable")
    ordered = rows[order]
    starts = run_starts(ordered)
    sums: FloatArray = np.add.reduceat(weights[order], starts) if starts.shape[0] else np.zeros(0)
    return ordered[starts].astype(np.int64), sums


def _ranked(rows: IntArray, scores: FloatArray, k: int) -> list[Hit]:
    """The top k of (ascending) rows by score, best first, equal scores by row."""
    keep = scores > 0
    rows, scores = rows[keep], scores[keep]
    pick = _select(scores, k)
    rows, scores = rows[pick], scores[pick]
    order = np.argsort(-scores, kind="stable")
    return [Hit(r, v) for r, v in zip(rows[order].tolist(), scores[order].tolist(), strict=True)]


def _top(scores: npt.NDArray[np.float64], k: int) -> list[Hit]:
    if k <= 0:
        return []
    return _ranked(np.arange(scores.shape[0], dtype=np.int64), scores, k)


def owners(ptr: IntArray) -> IntArray:
    """For each position 0..ptr[-1]-1, the segment i with ptr[i] <= position < ptr[i+1]: what
    ``np.repeat(np.arange(n), np.diff(ptr))`` gives, but made of a scatter and a cumulative sum, which
    release the GIL (np.repeat holds it: tens of milliseconds of event-loop stall per 10M positions)."""
    total = int(ptr[-1]) if ptr.shape[0] else 0
    out = np.zeros(total, dtype=np.int64)
    if not total:
        return out
    nonempty = np.flatnonzero(np.diff(ptr) > 0)
    out[ptr[nonempty[1:]]] = np.diff(nonempty)
    out[0] = nonempty[0]
    np.cumsum(out, out=out)
    return out


def ranges(starts: IntArray, counts: IntArray) -> tuple[IntArray, IntArray]:
    """The positions starts[i]:starts[i]+counts[i] for every i, concatenated, and the offsets of each
    range in that concatenation (what gathering some rows of a CSR table needs)."""
    offsets = np.zeros(counts.shape[0] + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    total = int(offsets[-1])
    # np.repeat holds the GIL, but is the fastest way for the few thousand positions a query gathers
    first = (
        np.repeat(starts - offsets[:-1], counts)
        if total <= _REPEAT_LIMIT
        else (starts - offsets[:-1])[owners(offsets)]
    )
    pos: IntArray = first + np.arange(total, dtype=np.int64)
    return pos, offsets


@dataclass(frozen=True, slots=True)
class Forward:
    """Row-major token counts: row r has terms ``terms[ptr[r]:ptr[r+1]]`` (distinct, ids into the
    vocabulary) with frequencies ``tfs[...]``; ``lengths[r]`` is its token count (repeats included)."""

    ptr: IntArray
    terms: Int32Array
    tfs: npt.NDArray[np.uint16]
    lengths: Int32Array

    @property
    def rows(self) -> int:
        return int(self.lengths.shape[0])

    @classmethod
    def empty(cls) -> Forward:
        return cls(
            np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.uint16), np.zeros(0, np.int32)
        )

    def take(self, rows: IntArray) -> Forward:
        """The forward index of the given rows, in that order (a reload keeps unchanged documents').
        Rows that form one ascending run (the usual reload: everything kept, new rows after) are
        sliced, not gathered: views, no copy."""
        n = rows.shape[0]
        if n and int(rows[-1]) - int(rows[0]) == n - 1 and (n == 1 or bool((np.diff(rows) == 1).all())):
            a, b = int(rows[0]), int(rows[-1]) + 1
            lo, hi = int(self.ptr[a]), int(self.ptr[b])
            return Forward(self.ptr[a : b + 1] - lo, self.terms[lo:hi], self.tfs[lo:hi], self.lengths[a:b])
        starts = self.ptr[rows]
        pos, ptr = ranges(starts, self.ptr[rows + 1] - starts)
        return Forward(ptr, self.terms[pos], self.tfs[pos], self.lengths[rows])

    @staticmethod
    def concat(parts: Sequence[Forward]) -> Forward:
        if not parts:
            return Forward.empty()
        counts = np.concatenate([np.diff(p.ptr) for p in parts])
        ptr = np.zeros(counts.shape[0] + 1, dtype=np.int64)
        np.cumsum(counts, out=ptr[1:])
        return Forward(
            ptr,
            np.concatenate([p.terms for p in parts]),
            np.concatenate([p.tfs for p in parts]),
            np.concatenate([p.lengths for p in parts]),
        )


class ForwardBuilder:
    """Accumulates token lists into a Forward with a shared, append-only vocabulary."""

    def __init__(self, vocab: dict[str, int], terms: list[str]) -> None:
        self.vocab = vocab
        self.term_list = terms
        self._counts: list[int] = [0]
        self._terms: list[int] = []
        self._tfs: list[int] = []
        self._lengths: list[int] = []

    def add(self, tokens: Sequence[str]) -> None:
        vocab = self.vocab
        counts = Counter(tokens)
        for term, tf in counts.items():
            tid = vocab.get(term)
            if tid is None:
                tid = vocab[term] = len(self.term_list)
                self.term_list.append(term)
            self._terms.append(tid)
            self._tfs.append(min(tf, 65535))
        self._counts.append(len(counts))
        self._lengths.append(len(tokens))

    def build(self) -> Forward:
        return Forward(
            np.cumsum(np.asarray(self._counts, dtype=np.int64)),
            np.asarray(self._terms, dtype=np.int32),
            np.asarray(self._tfs, dtype=np.uint16),
            np.asarray(self._lengths, dtype=np.int32),
        )


def forward_of(corpus: Sequence[Sequence[str]]) -> tuple[Forward, dict[str, int], list[str]]:
    vocab: dict[str, int] = {}
    terms: list[str] = []
    fb = ForwardBuilder(vocab, terms)
    for tokens in corpus:
        fb.add(tokens)
    return fb.build(), vocab, terms


@dataclass(frozen=True, slots=True)
class IndexArrays:
    """Everything a BM25Index is, as flat arrays (what is persisted; loadable memory-mapped)."""

    ptr: IntArray  # term -> first posting, len V+1
    docs: Int32Array  # posting -> row, ascending within a term
    weights: npt.NDArray[np.float32]  # posting -> saturated tf at avgdl_ref (times idf: the term score)
    impact: Int32Array  # a term's postings by weight, highest first (offsets within the term)
    idf: FloatArray  # term -> idf
    #: the average row length the weights were computed with
    avgdl_ref: float


def _saturated(tf: FloatArray, dl: FloatArray, avgdl: float, k1: float, b: float) -> FloatArray:
    if not avgdl:
        return np.zeros(tf.shape[0], dtype=np.float64)
    out: FloatArray = tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))
    return out


def _impact_order(terms_sorted: Int32Array, weights: npt.NDArray[np.float32], ptr: IntArray) -> Int32Array:
    """Each term's postings by weight, highest first, as offsets within the term (equal weights by
    row). One int64 sort key (term, then the weight's bits inverted: positive float32 bit patterns
    order like the floats) is several times faster than lexsort on the two arrays."""
    key = (terms_sorted.astype(np.int64) << 32) | (0xFFFFFFFF - weights.view(np.uint32).astype(np.int64))
    by_impact = np.argsort(key, kind="stable")
    del key
    return (by_impact - ptr[terms_sorted[by_impact]]).astype(np.int32)


def build_arrays(fwd: Forward, vocab_size: int, *, k1: float = K1, b: float = B) -> IndexArrays:
    """Invert a forward index and precompute the saturated term frequencies (vectorised: seconds at
    1M rows; numpy's sorts release the GIL, so the bot's event loop keeps running meanwhile)."""
    n = fwd.rows
    lengths = fwd.lengths.astype(np.float64)
    avgdl = float(lengths.sum() / n) if n else 0.0
    df = np.bincount(fwd.terms, minlength=vocab_size).astype(np.int64)
    idf = okapi_idf_array(n, df)
    order = np.argsort(fwd.terms, kind="stable")
    row_of = owners(fwd.ptr).astype(np.int32)
    docs = row_of[order]
    del row_of
    terms_sorted = fwd.terms[order]
    tf = fwd.tfs[order].astype(np.float64)
    del order
    weights = _saturated(tf, lengths[docs], avgdl, k1, b).astype(np.float32)
    del tf
    ptr = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(df, out=ptr[1:])
    return IndexArrays(ptr, docs, weights, _impact_order(terms_sorted, weights, ptr), idf, avgdl)


def merge_arrays(
    old: IndexArrays,
    old_rows: int,
    kept_rows: IntArray,
    fwd: Forward,
    vocab_size: int,
    *,
    k1: float = K1,
    b: float = B,
) -> IndexArrays:
    """The index of ``fwd`` from the index of a previous version of it, without inverting it again.

    ``fwd`` holds the old rows ``kept_rows`` (ascending, out of ``old_rows``) first, renumbered
    0..len-1, then new rows. The kept postings are renumbered and compacted, the new rows' postings
    (few) are inverted and slotted in after them within each term, and their impact entries are
    inserted into the kept impact order by binary search: linear in the index size, no sort of it.
    Weights keep the old reference length. When the average length has drifted beyond MAX_DRIFT
    from it, or most rows are new, a full ``build_arrays`` is returned instead (it is then cheaper or
    the bounds too loose)."""
    n = fwd.rows
    kept = kept_rows.shape[0]
    if kept and (int(kept_rows[0]) < 0 or int(kept_rows[-1]) >= old_rows or (np.diff(kept_rows) <= 0).any()):
        raise ValueError("kept rows must be ascending rows of the old index")
    avgdl = float(fwd.lengths.astype(np.float64).sum() / n) if n else 0.0
    drift = avgdl / old.avgdl_ref if old.avgdl_ref and avgdl else 0.0
    if kept * 2 < n or not 1 / MAX_DRIFT <= drift <= MAX_DRIFT:
        return build_arrays(fwd, vocab_size, k1=k1, b=b)
    old_terms = owners(old.ptr).astype(np.int32)
    identity = kept == old_rows  # nothing removed or changed (kept is ascending and unique)
    if identity:
        new_row: IntArray | Int32Array = old.docs
        kidx = np.arange(old.docs.shape[0], dtype=np.int64)
        kterm = old_terms
    else:
        row_map = np.full(old_rows, -1, dtype=np.int64)
        row_map[kept_rows] = np.arange(kept, dtype=np.int64)
        new_row = row_map[old.docs] if old.docs.shape[0] else np.zeros(0, np.int64)
        del row_map
        kidx = np.flatnonzero(new_row >= 0)
        kterm = old_terms[kidx]
    # the new rows' postings, by term then row
    f_lo = int(fwd.ptr[kept])
    f_terms_raw = fwd.terms[f_lo:]
    f_rows_raw = owners(fwd.ptr[kept:] - f_lo) + kept
    f_order = np.argsort(f_terms_raw, kind="stable")
    fterm = f_terms_raw[f_order]
    frow = f_rows_raw[f_order]
    ftf = fwd.tfs[f_lo:][f_order].astype(np.float64)
    fw = _saturated(ftf, fwd.lengths[frow].astype(np.float64), old.avgdl_ref, k1, b).astype(np.float32)
    df_k = np.bincount(kterm, minlength=vocab_size).astype(np.int64)
    df_f = np.bincount(fterm, minlength=vocab_size).astype(np.int64)
    df = df_k + df_f
    ptr = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(df, out=ptr[1:])
    ptr_k = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(df_k, out=ptr_k[1:])
    ptr_f = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(df_f, out=ptr_f[1:])
    pos_k = ptr[kterm] + (np.arange(kidx.shape[0], dtype=np.int64) - ptr_k[kterm])
    pos_f = ptr[fterm] + df_k[fterm] + (np.arange(fterm.shape[0], dtype=np.int64) - ptr_f[fterm])
    total = int(ptr[-1])
    docs = np.empty(total, dtype=np.int32)
    weights = np.empty(total, dtype=np.float32)
    docs[pos_k] = new_row if identity else new_row[kidx]
    weights[pos_k] = old.weights if identity else old.weights[kidx]
    docs[pos_f] = frow
    weights[pos_f] = fw
    del new_row
    # impact order: the kept postings' order carried over, the new postings inserted where they belong
    old_slots = old.ptr[old_terms] + old.impact
    if identity:
        seq = pos_k[old_slots]
    else:
        new_pos = np.full(old.docs.shape[0], -1, dtype=np.int64)
        new_pos[kidx] = pos_k
        seq = new_pos[old_slots]
        del new_pos
        seq = seq[seq >= 0]
    del kidx, kterm, pos_k, old_terms, old_slots
    terms = owners(ptr).astype(np.int32)

    def key(positions: IntArray) -> IntArray:
        bits = weights[positions].view(np.uint32).astype(np.int64)
        out: IntArray = (terms[positions].astype(np.int64) << 32) | (0xFFFFFFFF - bits)
        return out

    f_by_impact = pos_f[np.argsort(key(pos_f), kind="stable")]
    where = np.searchsorted(key(seq), key(f_by_impact), side="right")
    merged = np.insert(seq, where, f_by_impact)
    impact = (merged - ptr[terms]).astype(np.int32)
    return IndexArrays(ptr, docs, weights, impact, okapi_idf_array(n, df), old.avgdl_ref)


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
        self.docs = np.asarray(arrays.docs)
        self.weights = np.asarray(arrays.weights)
        self.impact = np.asarray(arrays.impact)
        self._idf = np.asarray(arrays.idf)
        # weights were saturated at avgdl_ref; at the current average they can be at most this much
        # larger, so weight * idf * slack bounds every row's true term score from above
        self.slack = max(1.0, self.avgdl / arrays.avgdl_ref) if arrays.avgdl_ref else 1.0
        self._terms_per_row = fwd.terms.shape[0] / self.size if self.size else 0.0

    def df(self, term: str) -> int:
        tid = self.vocab.get(term)
        if tid is None or tid + 1 >= self.ptr.shape[0]:
            return 0
        return int(self.ptr[tid + 1] - self.ptr[tid])

    def idf(self, term: str) -> float:
        tid = self.vocab.get(term)
        return 0.0 if tid is None or tid >= self._idf.shape[0] else float(self._idf[tid])

    def _ids(self, query: Sequence[str]) -> list[int]:
        """The query's term ids that have postings, in query order, repeats kept (BM25Okapi counts a
        repeated query term again)."""
        out: list[int] = []
        limit = self.ptr.shape[0] - 1
        for term in query:
            tid = self.vocab.get(term)
            if tid is not None and tid < limit and self.ptr[tid + 1] > self.ptr[tid]:
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
        """``_exact`` from the postings: a posting's weight ``w = tf (k1 + 1) / (tf + K)`` at the
        reference length gives back ``tf = w K / (k1 + 1 - w)``, an integer to well within float32
        rounding; None where some frequency would not come back exactly (then the rows are read).
        Only the binary searches go term by term; the arithmetic is done once for all of them."""
        k1, b, ref = self.k1, self.b, self.arrays.avgdl_ref
        if not ref or k1 <= 0:
            return None
        distinct = list(dict.fromkeys(ids))
        tids = np.asarray(distinct, dtype=np.int64)
        found: list[IntArray] = []
        where: list[IntArray] = []
        counts: list[int] = []
        for a, e in zip(self.ptr[tids].tolist(), self.ptr[tids + 1].tolist(), strict=True):
            seg = self.docs[a:e]
            pos = np.searchsorted(seg, rows)
            np.minimum(pos, e - a - 1, out=pos)
            at = np.flatnonzero(seg[pos] == rows)
            found.append(pos[at] + a)
            where.append(at)
            counts.append(at.shape[0])
        at = np.concatenate(where)
        term = owners(np.concatenate([[0], np.cumsum(counts)]))
        w = self.weights[np.concatenate(found)].astype(np.float64)
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
        by_id = np.argsort(np.asarray(distinct, dtype=np.int32)).astype(np.int32)
        sorted_ids = np.asarray(distinct, dtype=np.int32)[by_id]
        starts = fwd.ptr[rows]
        pos, offsets = ranges(starts, fwd.ptr[rows + 1] - starts)
        terms = fwd.terms[pos]
        slot = np.minimum(np.searchsorted(sorted_ids, terms), sorted_ids.shape[0] - 1)
        hit = sorted_ids[slot] == terms
        pos, qpos = pos[hit], by_id[slot[hit]]
        which = np.searchsorted(offsets, np.flatnonzero(hit), side="right") - 1
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

    def top_k(self, query: Sequence[str], k: int) -> list[Hit]:
        """The k best rows, exactly, touching few postings (threshold algorithm, then MaxScore).

        1. Read each term's ``depth`` best postings (impact order) and score those rows exactly: the
           k-th best is a lower bound ``theta`` of the true k-th score. If no unseen row can reach it
           (the sum of each list's next weight is below it) those rows are the answer.
        2. Otherwise the terms whose best weights together stay below ``theta`` cannot lift a row into
           the top k on their own (MaxScore): only rows holding one of the other terms can qualify,
           and only if their weight from those terms plus the small terms' best reaches ``theta``.
           Those few rows are scored exactly.
        """
        ids = self._ids(query)
        if not ids or k <= 0:
            return []
        distinct = list(dict.fromkeys(ids))
        mult = self._factors(distinct, np.asarray([ids.count(t) for t in distinct], dtype=np.float64))
        lo = self.ptr[distinct]
        df = self.ptr[np.asarray(distinct) + 1] - lo
        if int(df.sum()) <= _DIRECT_POSTINGS:
            return self._exact_top(self._union(lo, df), ids, k)
        depth = np.minimum(df, max(_FIRST_DEPTH * k, 32))
        seen = [
            self.docs[a : a + n] if d >= n else self.docs[a + self.impact[a : a + d]]
            for a, n, d in zip(lo.tolist(), df.tolist(), depth.tolist(), strict=True)
        ]
        rows = _unique(np.concatenate(seen))
        exact = self._exact(rows, ids)
        open_ = depth < df
        if exact.shape[0] < k or not open_.any():
            if not open_.any():
                return _ranked(rows, exact, k)
            return self._exact_top(self._union(lo, df), ids, k)
        theta = float(np.partition(exact, exact.shape[0] - k)[exact.shape[0] - k]) * (1 - _MARGIN)
        nxt = np.zeros(len(distinct), dtype=np.float64)
        nxt[open_] = self.weights[lo[open_] + self.impact[lo[open_] + depth[open_]]] * mult[open_]
        if nxt.sum() < theta:
            return _ranked(rows, exact, k)
        best = self.weights[lo + self.impact[lo]].astype(np.float64) * mult
        order = np.argsort(best, kind="stable")
        small = np.cumsum(best[order]) < theta
        rest = float(best[order][small].sum()) if small.any() else 0.0
        essential = order[~small]
        ess_lo, ess_df = lo[essential], df[essential]
        if essential.shape[0] == 1:
            a, n = int(ess_lo[0]), int(ess_df[0])
            cand = self.docs[a : a + n].astype(np.int64)
            partial = self.weights[a : a + n] * mult[essential[0]]
        else:
            docs = np.concatenate([self.docs[a : a + n] for a, n in zip(ess_lo, ess_df, strict=True)])
            w = np.concatenate(
                [self.weights[a : a + n] * m for a, n, m in zip(ess_lo, ess_df, mult[essential], strict=True)]
            )
            if docs.shape[0] * _SPARSE_RATIO < self.size:  # few postings: merged by sorting them
                cand, partial = _sum_by_row(docs, w)
            else:  # many: summed into a dense row array (linear; sorting 300k postings costs 10 ms)
                dense = np.bincount(docs, weights=w, minlength=self.size)
                cand = np.flatnonzero(dense >= theta - rest)
                partial = dense[cand]
        keep = partial + rest >= theta
        cand, partial = cand[keep], partial[keep]
        # MaxScore's candidate checks, vectorised: add the small terms' weights, largest first; a row
        # drops out as soon as even the best the remaining terms could give leaves it below theta
        for t in order[small][::-1].tolist():
            if cand.shape[0] == 0:
                break
            a, n = int(lo[t]), int(df[t])
            seg = self.docs[a : a + n]
            pos = np.minimum(np.searchsorted(seg, cand), n - 1)
            partial = partial + np.where(seg[pos] == cand, self.weights[a + pos] * mult[t], 0.0)
            rest -= float(best[t])
            keep = partial + max(rest, 0.0) >= theta
            cand, partial = cand[keep], partial[keep]
        return self._exact_top(cand, ids, k, known=(rows, exact))

    def _union(self, lo: IntArray, df: IntArray) -> IntArray:
        docs = np.concatenate([self.docs[a : a + n] for a, n in zip(lo, df, strict=True)])
        return _unique(docs)

    def _exact_top(
        self, rows: IntArray, ids: list[int], k: int, known: tuple[IntArray, FloatArray] | None = None
    ) -> list[Hit]:
        """The top k of ``rows`` by exact score. ``known``: rows (ascending) already scored exactly,
        not scored again; they may be added to ``rows`` (with exact scores, the top k is the same)."""
        if rows.shape[0] > _EXACT_LIMIT:  # a degenerate query: preselect by the float32 weights
            return self._dense_top(ids, k)
        if known is None or known[0].shape[0] == 0:
            return _ranked(rows, self._exact(rows, ids), k)
        seen, seen_scores = known
        at = np.minimum(np.searchsorted(seen, rows), seen.shape[0] - 1)
        new = rows[seen[at] != rows]
        every = np.concatenate([seen, new])
        scores = np.concatenate([seen_scores, self._exact(new, ids)])
        order = np.argsort(every, kind="stable")
        return _ranked(every[order], scores[order], k)

    def _dense_top(self, ids: list[int], k: int) -> list[Hit]:
        """Top k by summing every posting, the few best then rescored exactly."""
        dense = self._dense(ids)
        pool = _select(dense, min(dense.shape[0], 2 * k + 16))
        pool = pool[dense[pool] > 0]
        return _ranked(pool, self._exact(pool, ids), k)


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

    def top_k(self, query: Sequence[str], k: int) -> list[Hit]:
        return _top(self.scores(query), k)
