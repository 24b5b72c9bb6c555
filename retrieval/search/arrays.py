"""Index arrays: the forward table (each row's terms and frequencies) and the inverted index built from it,
as flat numpy arrays, and the linear merge that carries an index across a reload."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

K1 = 1.5


B = 0.75


EPSILON = 0.25


#: positions up to which ``ranges`` uses np.repeat (fast, but it holds the GIL)
_REPEAT_LIMIT = 1 << 16


#: a merge keeps the postings' reference length only while the average length stays this close to it
#: (beyond, the bounds would loosen and pruning slow down: the index is rebuilt instead)
MAX_DRIFT = 1.05


IntArray = npt.NDArray[np.int64]


Int32Array = npt.NDArray[np.int32]


FloatArray = npt.NDArray[np.float64]


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


def run_starts(ordered: IntArray | Int32Array) -> IntArray:
    """Where each run of equal values begins in a sorted array (what np.unique finds, without its
    sort: callers sort the way that suits them)."""
    first = np.ones(ordered.shape[0], dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return first.nonzero()[0]


def owners(ptr: IntArray) -> IntArray:
    """For each position 0..ptr[-1]-1, the segment i with ptr[i] <= position < ptr[i+1]: what
    ``np.repeat(np.arange(n), np.diff(ptr))`` gives, but made of a scatter and a cumulative sum, which
    release the GIL (np.repeat holds it: tens of milliseconds of event-loop stall per 10M positions)."""
    total = int(ptr[-1]) if ptr.shape[0] else 0
    out = np.zeros(total, dtype=np.int64)
    if not total:
        return out
    nonempty = (ptr[1:] - ptr[:-1] > 0).nonzero()[0]
    out[ptr[nonempty[1:]]] = nonempty[1:] - nonempty[:-1]
    out[0] = nonempty[0]
    out.cumsum(out=out)
    return out


def ranges(starts: IntArray, counts: IntArray) -> tuple[IntArray, IntArray]:
    """The positions starts[i]:starts[i]+counts[i] for every i, concatenated, and the offsets of each
    range in that concatenation (what gathering some rows of a CSR table needs)."""
    offsets = np.zeros(counts.shape[0] + 1, dtype=np.int64)
    counts.cumsum(out=offsets[1:])
    total = int(offsets[-1])
    # np.repeat holds the GIL, but is the fastest way for the few thousand positions a query gathers
    first = (
        (starts - offsets[:-1]).repeat(counts)
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


def build_arrays(
    fwd: Forward, vocab_size: int, *, k1: float = K1, b: float = B, reference: float | None = None
) -> IndexArrays:
    """Invert a forward index and precompute the saturated term frequencies (vectorised: seconds at
    1M rows; numpy's sorts release the GIL, so the bot's event loop keeps running meanwhile). The
    weights are saturated at the rows' average length, or at ``reference`` (what a merge keeps)."""
    n = fwd.rows
    lengths = fwd.lengths.astype(np.float64)
    avgdl = reference if reference is not None else float(lengths.sum() / n) if n else 0.0
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


def _new_postings(
    old: IndexArrays, fwd: Forward, kept: int, k1: float, b: float
) -> tuple[IntArray, IntArray, npt.NDArray[np.float32]]:
    """The postings of the rows after the first ``kept``: (term, row, weight at the old reference
    length), by term then row."""
    f_lo = int(fwd.ptr[kept])
    f_terms_raw = fwd.terms[f_lo:]
    f_rows_raw = owners(fwd.ptr[kept:] - f_lo) + kept
    f_order = np.argsort(f_terms_raw, kind="stable")
    fterm = f_terms_raw[f_order].astype(np.int64)
    frow = f_rows_raw[f_order]
    ftf = fwd.tfs[f_lo:][f_order].astype(np.float64)
    fw = _saturated(ftf, fwd.lengths[frow].astype(np.float64), old.avgdl_ref, k1, b).astype(np.float32)
    return fterm, frow, fw


def _appended(
    old: IndexArrays, fwd: Forward, kept: int, vocab_size: int, n: int, k1: float, b: float
) -> IndexArrays:
    """``merge_arrays`` when rows were only added (a reload of new articles): every old posting keeps
    its place within its term, the new ones go after them, and the old impact offsets stay valid, so
    the old arrays are copied once with the few new entries inserted (``np.insert``), never gathered
    or scattered posting by posting. A new posting's place in its term's impact order is found by a
    binary search over the old order, all new postings at once."""
    fterm, frow, fw = _new_postings(old, fwd, kept, k1, b)
    old_ptr = np.empty(vocab_size + 1, dtype=np.int64)
    have = old.ptr.shape[0]
    old_ptr[:have] = old.ptr
    old_ptr[have:] = old.ptr[-1] if have else 0  # terms new to the vocabulary: empty old blocks
    df_k = np.diff(old_ptr)
    df_f = np.bincount(fterm, minlength=vocab_size).astype(np.int64)
    shift = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(df_f, out=shift[1:])
    ptr = old_ptr + shift
    ends = old_ptr[fterm + 1]  # each new posting goes after its term's old block, in row order
    docs = np.insert(old.docs, ends, frow.astype(np.int32))
    weights = np.insert(old.weights, ends, fw)
    # within its term, a new posting's offset is the old block's length plus its rank among the new
    offset = df_k[fterm] + (np.arange(fterm.shape[0], dtype=np.int64) - shift[fterm])
    # impact order: by term, then weight, highest first (equal weights: old first, then by row)
    bits = fw.view(np.uint32).astype(np.int64)
    by_impact = np.argsort((fterm << 32) | (0xFFFFFFFF - bits), kind="stable")
    t, w = fterm[by_impact], fw[by_impact]
    base = old_ptr[t]
    lo = np.zeros(t.shape[0], dtype=np.int64)
    hi = df_k[t].copy()
    while True:  # the first old entry of the term whose weight is below the new one's
        open_ = lo < hi
        if not open_.any():
            break
        mid = (lo + hi) // 2
        last = old.weights.shape[0] - 1  # a closed search reads any entry (unused): kept in bounds
        at = np.minimum(base + old.impact[np.minimum(base + mid, last)], last)
        before = open_ & (old.weights[at] >= w)
        lo = np.where(before, mid + 1, lo)
        hi = np.where(open_ & ~before, mid, hi)
    impact = np.insert(old.impact, base + lo, offset[by_impact].astype(np.int32))
    df = df_k + df_f
    return IndexArrays(ptr, docs, weights, impact, okapi_idf_array(n, df), old.avgdl_ref)


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
    if kept != old_rows:  # rows removed or changed (kept is ascending and unique): compacted first
        old = _removed(old, old_rows, kept_rows)
    return _appended(old, fwd, kept, vocab_size, n, k1, b)


def _removed(old: IndexArrays, old_rows: int, kept_rows: IntArray) -> IndexArrays:
    """The index without the postings of the rows not kept, the kept rows renumbered 0..len-1 in
    order: each term's block compacted in place (its order, and its impact order, carried over), a
    few passes over the postings and no sort. The idf is left to the caller (``_appended``)."""
    row_map = np.full(old_rows, -1, dtype=np.int32)
    row_map[kept_rows] = np.arange(kept_rows.shape[0], dtype=np.int32)
    new_row = row_map[old.docs]
    del row_map
    keep = new_row >= 0
    docs = new_row[keep]
    del new_row
    weights = old.weights[keep]
    before = np.zeros(keep.shape[0] + 1, dtype=np.int64)  # kept postings before each posting
    before[1:] = keep  # summed as int64 in place: a cumsum that casts from bool holds the GIL for seconds
    np.cumsum(before, out=before)
    ptr = before[old.ptr]
    # impact order: each term's entries whose posting is kept, as offsets among its kept postings
    starts = old.ptr[owners(old.ptr)]
    slot = starts + old.impact
    kept_slot = keep[slot]
    impact = (before[slot[kept_slot]] - before[starts[kept_slot]]).astype(np.int32)
    return IndexArrays(ptr, docs, weights, impact, old.idf, old.avgdl_ref)
