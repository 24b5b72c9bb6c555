"""The index must score exactly as rank_bm25.BM25Okapi, the reference engine."""

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval.search import arrays, scorer
from retrieval.search import bm25 as index
from retrieval.search.arrays import (
    Forward,
    ForwardBuilder,
    build_arrays,
    forward_of,
    merge_arrays,
    owners,
    ranges,
)
from retrieval.search.bm25 import BM25Index
from retrieval.search.scorer import RankBM25Scorer


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


def _zipf_corpus(seed: int, n: int, vocab: int = 400) -> list[list[str]]:
    """Skewed term frequencies, as in news: enough postings that top_k prunes instead of summing all."""
    rnd = random.Random(seed)
    words = [f"w{i}" for i in range(vocab)]
    weights = [1 / (i + 1) for i in range(vocab)]
    return [rnd.choices(words, weights=weights, k=rnd.randint(1, 30)) for _ in range(n)]


def test_pruned_top_k_equals_reference_ranking() -> None:
    """The threshold/MaxScore path must return exactly rank_bm25's top k: same rows, same order
    (equal scores by row), same scores — for short and long queries, small and large k."""
    corpus = _zipf_corpus(4, 6000)
    ours, ref = BM25Index(corpus), RankBM25Scorer(corpus)
    rnd = random.Random(5)
    words = [f"w{i}" for i in range(420)]
    for _ in range(60):
        q = [rnd.choice(words[: rnd.choice([20, 420])]) for _ in range(rnd.randint(1, 14))]
        k = rnd.choice([1, 10, 25, 120])
        a, b = ours.top_k(q, k), ref.top_k(q, k)
        assert [h.index for h in a] == [h.index for h in b], (q, k)
        assert np.allclose([h.score for h in a], [h.score for h in b]), (q, k)


def test_candidates_whose_bound_stays_below_the_kth_score_are_not_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """MaxScore's candidates are scored best upper bound first, and those whose bound stays below the
    k-th exact score found by then are never scored: the top k is still rank_bm25's exactly."""
    monkeypatch.setattr(index, "_VERIFY_FIRST", 4)
    corpus = _zipf_corpus(8, 6000)
    ours, ref = BM25Index(corpus), RankBM25Scorer(corpus)
    scored: set[int] = set()
    candidates: set[int] = set()
    exact, exact_top = ours._exact, ours._exact_top

    def counted(rows: np.ndarray, ids: list[int]) -> np.ndarray:
        scored.update(rows.tolist())
        return exact(rows, ids)

    def offered(rows: np.ndarray, *args: object, **kwargs: object) -> list[scorer.Hit]:
        candidates.update(rows.tolist())
        return exact_top(rows, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ours, "_exact", counted)
    monkeypatch.setattr(ours, "_exact_top", offered)
    rnd = random.Random(9)
    words = [f"w{i}" for i in range(400)]
    spared = 0
    for _ in range(60):
        q = [rnd.choice(words[: rnd.choice([20, 400])]) for _ in range(rnd.randint(2, 10))]
        k = rnd.choice([1, 10, 25])
        scored.clear()
        candidates.clear()
        a, b = ours.top_k(q, k), ref.top_k(q, k)
        assert [h.index for h in a] == [h.index for h in b], (q, k)
        assert np.allclose([h.score for h in a], [h.score for h in b]), (q, k)
        spared += len(candidates - scored)
    assert spared > 0


@pytest.mark.parametrize("sparse_ratio", [1, 10**9])
def test_essential_postings_summed_in_a_kept_row_array_rank_as_rank_bm25(
    monkeypatch: pytest.MonkeyPatch, sparse_ratio: int
) -> None:
    """MaxScore's essential lists merged by adding them into a row-sized array kept between searches
    (every merge, at a ratio of 10**9) or by sorting (a ratio of 1): the same top k as rank_bm25, and
    the array is given back zeroed, one kept for the next search instead of one made for each."""
    monkeypatch.setattr(index, "_SPARSE_RATIO", sparse_ratio)
    corpus = _zipf_corpus(11, 6000)
    ours, ref = BM25Index(corpus), RankBM25Scorer(corpus)
    summed = 0
    inner = ours._summed

    def counted(*args: object) -> tuple[np.ndarray, np.ndarray]:
        nonlocal summed
        summed += 1
        return inner(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ours, "_summed", counted)
    rnd = random.Random(12)
    words = [f"w{i}" for i in range(400)]
    for _ in range(60):
        q = [rnd.choice(words[: rnd.choice([20, 400])]) for _ in range(rnd.randint(2, 12))]
        k = rnd.choice([1, 10, 25])
        a, b = ours.top_k(q, k), ref.top_k(q, k)
        assert [h.index for h in a] == [h.index for h in b], (q, k)
        assert np.allclose([h.score for h in a], [h.score for h in b]), (q, k)
    assert (summed > 0) == (sparse_ratio > 1)
    assert len(ours._sums) == (1 if summed else 0) and not any(x.any() for x in ours._sums)


def test_summed_rows_and_sums_are_bincounts_bit_for_bit() -> None:
    """``_summed`` lists the rows np.bincount of the concatenated lists finds at or above the bound,
    ascending, each with the very sum bincount makes (added in list order)."""
    idx = BM25Index(_zipf_corpus(13, 3000))
    ids = [idx.vocab[w] for w in ("w0", "w1", "w2", "w5")]
    lo, df = idx.ptr[ids], idx.ptr[np.asarray(ids) + 1] - idx.ptr[ids]
    mult = np.asarray([1.5, 0.7, 2.25, 1.0])
    docs = np.concatenate([idx.docs[a : a + n] for a, n in zip(lo, df, strict=True)])
    w = np.concatenate([idx.weights[a : a + n] * m for a, n, m in zip(lo, df, mult, strict=True)])
    dense = np.bincount(docs, weights=w, minlength=idx.size)
    for need in (0.5, 2.0, 4.0, 0.0):
        rows, sums = idx._summed(lo, df, mult, need)
        want = (dense >= need).nonzero()[0]
        assert rows.tolist() == want.tolist() and sums.tolist() == dense[want].tolist()
    assert len(idx._sums) == 1 and not idx._sums[0].any()


def test_repeated_query_terms_count_again_in_top_k() -> None:
    corpus = _zipf_corpus(6, 4000)
    q = ["w3", "w3", "w40", "w1"]
    a, b = BM25Index(corpus).top_k(q, 10), RankBM25Scorer(corpus).top_k(q, 10)
    assert [h.index for h in a] == [h.index for h in b]
    assert np.allclose([h.score for h in a], [h.score for h in b])


def test_forward_take_and_concat_keep_rows() -> None:
    fwd, _vocab, terms = forward_of([["a", "b", "a"], ["c"], [], ["b", "d"]])
    part = fwd.take(np.asarray([3, 0], dtype=np.int64))
    assert part.rows == 2 and part.lengths.tolist() == [2, 3]
    row0 = {
        terms[t]: int(tf)
        for t, tf in zip(
            part.terms[part.ptr[1] : part.ptr[2]], part.tfs[part.ptr[1] : part.ptr[2]], strict=True
        )
    }
    assert row0 == {"a": 2, "b": 1}
    both = Forward.concat([part, fwd.take(np.asarray([1], dtype=np.int64))])
    assert both.rows == 3 and both.ptr.tolist() == [0, 2, 4, 5]


def _merged(old_corpus: list[list[str]], kept: list[int], added: list[list[str]]) -> BM25Index:
    """An index of kept rows (in order) + added rows, made by merging into the old index."""
    fwd, vocab, terms = forward_of(old_corpus)
    old = build_arrays(fwd, len(terms))
    builder = ForwardBuilder(vocab, terms)
    for tokens in added:
        builder.add(tokens)
    kept_rows = np.asarray(kept, dtype=np.int64)
    new_fwd = Forward.concat([fwd.take(kept_rows), builder.build()])
    arrays = merge_arrays(old, fwd.rows, kept_rows, new_fwd, len(terms))
    assert arrays.avgdl_ref == old.avgdl_ref, "the merge path, not a rebuild, is under test"
    return BM25Index.from_arrays(arrays, vocab, new_fwd)


def test_merged_index_ranks_exactly_as_rank_bm25_on_the_new_corpus() -> None:
    """A reload merges postings instead of rebuilding: rows removed, rows added (with new terms), the
    weights' reference length kept. Rankings and scores must still be rank_bm25's, exactly."""
    rnd = random.Random(11)
    for seed in range(4):
        old = _zipf_corpus(20 + seed, 3000)
        # seed 0 keeps every row (a reload that only adds: the merge's no-removal path)
        kept = list(range(len(old))) if seed == 0 else sorted(rnd.sample(range(len(old)), 2700))
        added = _zipf_corpus(40 + seed, 250, vocab=460)  # terms w400..w459 are new to the vocabulary
        merged = _merged(old, kept, added)
        new_corpus = [old[i] for i in kept] + added
        ref = RankBM25Scorer(new_corpus)
        assert merged.size == len(new_corpus)
        words = [f"w{i}" for i in range(470)]
        for _ in range(40):
            q = [rnd.choice(words[: rnd.choice([15, 470])]) for _ in range(rnd.randint(1, 10))]
            k = rnd.choice([1, 10, 120])
            a, b = merged.top_k(q, k), ref.top_k(q, k)
            assert [h.index for h in a] == [h.index for h in b], (seed, q, k)
            assert np.allclose([h.score for h in a], [h.score for h in b]), (seed, q, k)
            assert np.allclose(merged.scores(q), ref.scores(q)), (seed, q)
            assert merged.df(q[0]) == sum(1 for d in new_corpus if q[0] in d)


def test_merged_postings_are_sorted_and_impact_ordered() -> None:
    old = _zipf_corpus(7, 2000)
    merged = _merged(old, sorted([*range(0, 2000, 3), *range(1, 1800, 3)]), _zipf_corpus(8, 90))
    a = merged.arrays
    for t in range(a.ptr.shape[0] - 1):
        lo, hi = int(a.ptr[t]), int(a.ptr[t + 1])
        docs, w = a.docs[lo:hi], a.weights[lo:hi]
        assert (np.diff(docs) > 0).all()
        assert sorted(a.impact[lo:hi].tolist()) == list(range(hi - lo))
        assert (np.diff(w[a.impact[lo:hi]]) <= 0).all()


def test_merge_rebuilds_when_the_average_length_drifts() -> None:
    old = [["a", "b"]] * 50
    fwd, vocab, terms = forward_of(old)
    arrays = build_arrays(fwd, len(terms))
    builder = ForwardBuilder(vocab, terms)
    for _ in range(10):
        builder.add(["a"] * 30)  # much longer rows: the old reference length would bound poorly
    kept = np.arange(50, dtype=np.int64)
    new_fwd = Forward.concat([fwd.take(kept), builder.build()])
    merged = merge_arrays(arrays, fwd.rows, kept, new_fwd, len(terms))
    assert merged.avgdl_ref == float(new_fwd.lengths.mean())


def test_owners_is_the_segment_of_each_position() -> None:
    rnd = random.Random(3)
    for _ in range(30):
        counts = np.asarray([rnd.choice([0, 0, 1, 2, 5]) for _ in range(rnd.randint(0, 40))], dtype=np.int64)
        ptr = np.zeros(counts.shape[0] + 1, dtype=np.int64)
        np.cumsum(counts, out=ptr[1:])
        expected = np.repeat(np.arange(counts.shape[0], dtype=np.int64), counts)
        assert owners(ptr).tolist() == expected.tolist()


@pytest.mark.parametrize("repeat_limit", [0, 1 << 16])
def test_ranges_concatenates_the_rows_either_way(monkeypatch: pytest.MonkeyPatch, repeat_limit: int) -> None:
    """Small gathers take np.repeat, large ones the GIL-releasing scatter: both give the same."""
    monkeypatch.setattr(arrays, "_REPEAT_LIMIT", repeat_limit)
    rnd = random.Random(4)
    for _ in range(30):
        n = rnd.randint(0, 30)
        starts = np.asarray([rnd.randint(0, 100) for _ in range(n)], dtype=np.int64)
        counts = np.asarray([rnd.choice([0, 1, 3, 7]) for _ in range(n)], dtype=np.int64)
        pos, offsets = ranges(starts, counts)
        expected = [p for a, c in zip(starts.tolist(), counts.tolist(), strict=True) for p in range(a, a + c)]
        assert pos.tolist() == expected
        assert offsets.tolist() == [0, *np.cumsum(counts).tolist()]


def test_exact_scores_from_postings_are_those_from_the_rows_bit_for_bit() -> None:
    """Term frequencies computed back from the postings' float32 weights (also of a merged index,
    whose weights were made at an older average length, and of rows with frequencies in the
    hundreds) score exactly as the forward rows do."""
    rnd = random.Random(12)
    long_rows = [[f"w{rnd.randint(0, 5)}" for _ in range(rnd.randint(200, 900))] for _ in range(20)]
    old = _zipf_corpus(30, 2000) + long_rows
    merged = _merged(old, sorted(rnd.sample(range(len(old)), 1800)), _zipf_corpus(31, 100))
    for idx in (merged, BM25Index(old)):
        for _ in range(40):
            ids = idx._ids([f"w{rnd.randint(0, 80)}" for _ in range(rnd.randint(1, 8))])
            if not ids:
                continue
            rows = np.asarray(sorted(rnd.sample(range(idx.size), 300)), dtype=np.int64)
            from_postings = idx._exact_postings(rows, ids)
            assert from_postings is not None, "every frequency came back from the postings"
            assert from_postings.tolist() == idx._exact_forward(rows, ids).tolist()


def test_long_rows_are_scored_from_the_postings_and_rank_as_rank_bm25(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = [row * 12 for row in _zipf_corpus(15, 400)]  # long rows, as whole documents are
    idx, ref = BM25Index(corpus), RankBM25Scorer(corpus)
    used: list[int] = []
    real = BM25Index._exact_postings
    monkeypatch.setattr(BM25Index, "_exact_postings", lambda self, r, i: used.append(1) or real(self, r, i))
    for q in (["w1", "w2"], ["w7", "w7", "w90"], ["w3"]):
        assert [h.index for h in idx.top_k(q, 10)] == [h.index for h in ref.top_k(q, 10)]
        assert np.allclose(idx.scores(q), ref.scores(q))
    assert used
    monkeypatch.setattr(index, "_TF_TOLERANCE", -1.0)  # no frequency comes back: the rows are read
    assert [h.index for h in idx.top_k(["w1", "w2"], 10)] == [h.index for h in ref.top_k(["w1", "w2"], 10)]


def test_merging_posting_lists_by_stable_sort_is_what_np_unique_gives() -> None:
    rng = np.random.default_rng(3)
    for lists in (1, 2, 5):
        runs = [np.sort(rng.choice(5_000, rng.integers(0, 900), replace=False)) for _ in range(lists)]
        docs = np.concatenate(runs).astype(np.int32)
        w = rng.random(docs.shape[0])
        uniq, inverse = np.unique(docs, return_inverse=True)
        assert scorer.unique_rows(docs).tolist() == uniq.tolist()
        rows, sums = scorer.sum_by_row(docs, w)
        assert rows.dtype == np.int64 and rows.tolist() == uniq.tolist()
        assert np.allclose(sums, np.bincount(inverse, weights=w, minlength=uniq.shape[0]))


def test_frequencies_too_large_to_come_back_from_float32_are_read_from_the_rows() -> None:
    """Thousands of one term in a row: the weight's float32 rounding could move the frequency computed
    back from it by a whole unit, so those rows are scored from their forward rows, as rank-bm25 does
    (20,169 is a count whose estimate happens to land within the tolerance of an integer)."""
    corpus = [row * 12 for row in _zipf_corpus(16, 300)] + [["flood"] * 20_169 + ["w1"], ["flood", "w2"] * 40]
    idx, ref = BM25Index(corpus), RankBM25Scorer(corpus)
    ids = idx._ids(["flood", "w1"])
    rows = np.arange(idx.size, dtype=np.int64)
    assert idx._exact_postings(rows, ids) is None
    assert idx._exact_postings(rows[:-2], ids) is not None
    q = ["flood", "w1"]
    assert [h.index for h in idx.top_k(q, 5)] == [h.index for h in ref.top_k(q, 5)]
    assert np.allclose(idx.scores(q), ref.scores(q))


@pytest.mark.parametrize("change", ["added", "removed", "both"])
def test_a_merge_gives_the_arrays_a_build_at_the_old_reference_length_gives(change: str) -> None:
    """A reload's merge (the kept postings compacted in place, the new ones inserted) must give exactly
    what inverting the new rows would, with the weights at the old reference length: the same
    postings, weights, impact order (equal weights by row) and idf."""
    rnd = random.Random(5)
    for seed in range(4):
        old_corpus = _zipf_corpus(60 + seed, 1500)
        fwd, vocab, terms = forward_of(old_corpus)
        old = build_arrays(fwd, len(terms))
        builder = ForwardBuilder(vocab, terms)
        if change != "removed":
            for tokens in _zipf_corpus(70 + seed, 40 + 30 * seed, vocab=430):  # some terms new
                builder.add(tokens)
        every = range(fwd.rows)
        kept = list(every) if change == "added" else sorted(rnd.sample(every, fwd.rows - 20 - 40 * seed))
        kept_rows = np.asarray(kept, dtype=np.int64)
        new_fwd = Forward.concat([fwd.take(kept_rows), builder.build()])
        merged = merge_arrays(old, fwd.rows, kept_rows, new_fwd, len(terms))
        built = build_arrays(new_fwd, len(terms), reference=old.avgdl_ref)
        assert merged.avgdl_ref == old.avgdl_ref, "the merge path, not a rebuild, is under test"
        for name in ("ptr", "docs", "weights", "impact", "idf"):
            assert np.array_equal(getattr(merged, name), getattr(built, name)), (change, seed, name)


def test_a_known_floor_prunes_the_top_1_search_without_changing_it() -> None:
    """The answer code scores its candidates' documents first and hands the best of those scores to the
    top-1 search as a floor: whichever row's score it is, the best row found must be the same."""
    rnd = random.Random(17)
    corpus = _zipf_corpus(3, 4000)
    fwd, vocab, terms = forward_of(corpus)
    idx = BM25Index.from_arrays(build_arrays(fwd, len(terms)), vocab, fwd)
    words = [f"w{i}" for i in range(400)]
    for _ in range(200):
        q = [rnd.choice(words[: rnd.choice([20, 400])]) for _ in range(rnd.randint(1, 8))]
        best = idx.top_k(q, 1)
        rows = np.asarray(rnd.sample(range(len(corpus)), 5), dtype=np.int64)
        for floor in [*idx.score_rows(q, rows).tolist(), best[0].score if best else 0.0]:
            got = idx.top_k(q, 1, floor=floor)
            assert [(h.index, h.score) for h in got] == [(h.index, h.score) for h in best], (q, floor)


def test_a_floor_prunes_a_top_k_search_and_keeps_its_hits_above_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """For any k, a floor (a row's exact score) keeps every hit scoring it or more, in the same order,
    and leaves fewer candidates to score: a search asking only whether a row is among the top k need
    not rank the rows below it."""
    rnd = random.Random(23)
    corpus = _zipf_corpus(5, 4000)
    fwd, vocab, terms = forward_of(corpus)
    idx = BM25Index.from_arrays(build_arrays(fwd, len(terms)), vocab, fwd)
    words = [f"w{i}" for i in range(400)]
    scored = [0]
    exact_top = idx._exact_top

    def counted(rows: np.ndarray, *args: object, **kwargs: object) -> list[scorer.Hit]:
        scored[0] += rows.shape[0]
        return exact_top(rows, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(idx, "_exact_top", counted)
    plain = pruned = 0
    for _ in range(200):
        q = [rnd.choice(words[: rnd.choice([20, 400])]) for _ in range(rnd.randint(2, 8))]
        k = rnd.choice([3, 10])
        scored[0] = 0
        ref = idx.top_k(q, k)
        without = scored[0]
        rows = np.asarray(rnd.sample(range(len(corpus)), 5), dtype=np.int64)
        for floor in [*idx.score_rows(q, rows).tolist(), *(h.score for h in ref)]:
            scored[0] = 0
            got = idx.top_k(q, k, floor=floor)
            if ref and floor == ref[0].score:
                plain, pruned = plain + without, pruned + scored[0]
            assert [(h.index, h.score) for h in got if h.score >= floor] == [
                (h.index, h.score) for h in ref if h.score >= floor
            ], (q, k, floor)
    assert pruned < plain * 0.5, (pruned, plain)  # (the best hit's score as the floor)


def _holding(corpus: list[list[str]], term: str, others: list[str], need: int) -> list[int]:
    return [i for i, row in enumerate(corpus) if term in row and sum(o in row for o in others) >= need]


def test_rows_holding_lists_every_row_with_the_term_and_enough_of_the_others() -> None:
    """The rows that spare a search (or stand for it): exactly those holding ``term`` with ``need`` of
    the others, checked against every row on a random corpus."""
    rng = random.Random(7)
    words = [f"w{i}" for i in range(12)]
    corpus = [rng.sample(words, rng.randint(1, 5)) for _ in range(300)]
    idx = BM25Index(corpus)
    for _ in range(400):
        term = rng.choice(words)
        others = rng.sample([w for w in words if w != term], rng.randint(1, 4))
        need = rng.randint(1, len(others))
        got = idx.rows_holding(term, others, need)
        assert got is not None  # lists this short are always read
        assert got.tolist() == _holding(corpus, term, others, need), (term, others, need)
    for term, others in [("absent", ["w1"]), ("w1", ["absent"])]:
        got = idx.rows_holding(term, others, 1)
        assert got is not None and got.shape[0] == 0


def test_rows_holding_reads_the_others_when_the_term_is_common(monkeypatch: pytest.MonkeyPatch) -> None:
    """A term whose posting list is long is checked from the others' lists (all but the ``need - 1``
    longest, which a row holding ``need`` of them cannot all miss): exact wherever they are short, and
    None (not known) only where they are long too."""
    monkeypatch.setattr(index, "_TOGETHER_POSTINGS", 40)
    rng = random.Random(11)
    common, rare = ["c0", "c1", "c2"], [f"r{i}" for i in range(30)]
    corpus = [
        [w for w in common if rng.random() < 0.6] + rng.sample(rare, rng.randint(0, 3)) for _ in range(400)
    ]
    idx = BM25Index(corpus)
    checked = 0
    for _ in range(600):
        term = rng.choice(common)
        others = rng.sample([w for w in common + rare if w != term], rng.randint(1, 4))
        need = rng.randint(1, len(others))
        got = idx.rows_holding(term, others, need)
        lengths = sorted(sum(o in row for row in corpus) for o in others)
        if sum(lengths[: len(lengths) - (need - 1)]) <= 40:
            assert got is not None and got.tolist() == _holding(corpus, term, others, need), (term, others)
            checked += 1
        else:
            assert got is None, (term, others, need)
    assert checked > 100
