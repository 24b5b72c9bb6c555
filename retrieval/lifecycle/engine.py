"""The Engine: one immutable, fully built view of a corpus that answers questions, builds timelines
and lists sources. Building it is the expensive part (the bot does it in a worker thread); once built
it is only read, so the service can swap engines atomically and keep serving the old one meanwhile.

At a million passages memory and build time matter: sentences are not tokenized twice (the index's
forward table gives a row's terms), the (document, sentence) -> row map is arithmetic over document
offsets rather than a dict entry per sentence, and a rebuild from a previous engine re-tokenizes only
the documents whose fingerprint changed.
"""

from __future__ import annotations

import gc
import hashlib
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import numpy as np

from retrieval.answer import AnswerContext, analyze, document_subjects, select
from retrieval.ingest.corpus import BuildCancelled, Corpus, Progress, build_corpus
from retrieval.lifecycle.release import collector_paused, note_activity, release
from retrieval.lifecycle.versions import CODE_VERSION, tokenizer_signature
from retrieval.models import Answer, Document, Sentence, SourceInfo, Sources, Timeline
from retrieval.search.arrays import (
    Forward,
    ForwardBuilder,
    IndexArrays,
    IntArray,
    build_arrays,
    merge_arrays,
    owners,
    ranges,
    run_starts,
)
from retrieval.search.bm25 import BM25Index
from retrieval.search.scorer import RankBM25Scorer, Scorer
from retrieval.search.text import Aliases, Tokenizer
from retrieval.timeline.index import TimelineIndex

EngineKind = Literal["bm25", "rank_bm25"]


#: how many sentences a topic may pull into a timeline, and how much of the best score they need
TOPIC_CANDIDATES = 100_000
TOPIC_MIN_RATIO = 0.1
#: documents tokenized between progress reports / cancel checks
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Tables:
    """The tokenized corpus: one forward row per sentence and one per document title, with a
    vocabulary that only grows (ids stay valid across reloads).

    Rows are in *row order*, not corpus order: a reload keeps the unchanged documents' rows in the
    order they had and appends the new documents' after them, so the index can be merged instead of
    rebuilt (``merge_arrays`` needs the kept rows ascending). ``doc_ids`` says which document each
    row-ordered slot holds."""

    vocab: dict[str, int]
    terms: list[str]
    sentences: Forward
    titles: Forward
    #: the documents in row order; document i's sentences are rows doc_start[i]:doc_start[i+1]
    doc_ids: tuple[str, ...]
    doc_start: IntArray
    signature: str


@dataclass(frozen=True, slots=True)
class Reuse:
    """What a reload kept of the previous tables: their documents ``kept_docs`` and sentence rows
    ``kept_rows`` (both ascending), which are the first documents and rows of the new tables."""

    prior: Tables
    kept_docs: IntArray
    kept_rows: IntArray


@dataclass(frozen=True, slots=True)
class Indexes:
    sentences: IndexArrays
    documents: IndexArrays
    #: per-document token counts (sentences + title) the document index was built from
    doc_forward: Forward


class _Rows(dict[tuple[str, int], int]):
    """(doc_id, sentence index) -> row, computed from document offsets instead of stored per sentence
    (a dict entry per sentence costs ~150 bytes, 150 MB at a million)."""

    def __init__(self, doc_number: Mapping[str, int], doc_start: IntArray) -> None:
        super().__init__()
        self._doc = doc_number
        self._start = doc_start

    def __getitem__(self, key: tuple[str, int]) -> int:
        d = self._doc[key[0]]
        lo, hi = int(self._start[d]), int(self._start[d + 1])
        if not 0 <= key[1] < hi - lo:
            raise KeyError(key)
        return lo + key[1]

    def get(self, key: tuple[str, int], default: int | None = None) -> int | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and self.get(key) is not None

    def __len__(self) -> int:
        return int(self._start[-1])

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for doc_id, d in self._doc.items():
            for i in range(int(self._start[d + 1] - self._start[d])):
                yield (doc_id, i)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BuildCancelled("the index build was cancelled")


def tokenize_corpus(
    corpus: Corpus,
    tokenizer: Tokenizer,
    *,
    prior: Tables | None = None,
    prior_corpus: Corpus | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Tables, Reuse | None]:
    """Token tables for the corpus. Documents unchanged since ``prior`` (same id and fingerprint,
    same tokenizer) keep their rows, copied with numpy and in their old order; only the others are
    tokenized, and their rows follow. Without reuse the rows are in corpus order."""
    signature = tokenizer_signature(tokenizer)
    total = len(corpus.documents)
    kept: list[int] = []
    by_id = {d.meta.doc_id: d for d in corpus.documents}
    if prior is not None and prior_corpus is not None and prior.signature == signature:
        new_prints, old_prints = corpus.fingerprints, prior_corpus.fingerprints
        for j, doc_id in enumerate(prior.doc_ids):
            fp = new_prints.get(doc_id)
            doc = by_id.get(doc_id)
            if (
                fp is not None
                and doc is not None
                and fp == old_prints.get(doc_id)
                and len(doc.sentences) == int(prior.doc_start[j + 1] - prior.doc_start[j])
            ):
                kept.append(j)
    reuse: Reuse | None = None
    sent_parts: list[Forward] = []
    title_parts: list[Forward] = []
    doc_ids: list[str] = []
    if prior is not None and kept:
        kept_docs = np.asarray(kept, dtype=np.int64)
        first = prior.doc_start[kept_docs]
        reuse = Reuse(prior, kept_docs, ranges(first, prior.doc_start[kept_docs + 1] - first)[0])
        sent_parts.append(prior.sentences.take(reuse.kept_rows))
        title_parts.append(prior.titles.take(kept_docs))
        doc_ids.extend(prior.doc_ids[j] for j in kept)
        vocab, terms = dict(prior.vocab), list(prior.terms)
    else:
        vocab, terms = {}, []
    kept_ids = set(doc_ids)
    fresh = [d for d in corpus.documents if d.meta.doc_id not in kept_ids]
    done = total - len(fresh)
    _check(cancel)
    if progress is not None:
        progress(done, total)
    for lo in range(0, len(fresh), _CHUNK):
        # small conversions: one huge list -> array would hold the GIL for long
        sent_b, title_b = ForwardBuilder(vocab, terms), ForwardBuilder(vocab, terms)
        for doc in fresh[lo : lo + _CHUNK]:
            for sentence in doc.sentences:
                sent_b.add(tokenizer.tokens(sentence.text))
            title_b.add(tokenizer.tokens(doc.meta.title) if doc.meta.title else [])
            doc_ids.append(doc.meta.doc_id)
        sent_parts.append(sent_b.build())
        title_parts.append(title_b.build())
        done += len(fresh[lo : lo + _CHUNK])
        _check(cancel)
        if progress is not None:
            progress(done, total)
    starts = np.zeros(len(doc_ids) + 1, dtype=np.int64)
    np.cumsum([len(by_id[d].sentences) for d in doc_ids], out=starts[1:])
    tables = Tables(
        vocab,
        terms,
        Forward.concat(sent_parts),
        Forward.concat(title_parts),
        tuple(doc_ids),
        starts,
        signature,
    )
    return tables, reuse


def document_forward(sent: Forward, titles: Forward, doc_start: IntArray, vocab_size: int) -> Forward:
    """Per-document token counts: a document's sentences plus its title, summed per term.

    ``doc_start`` gives each document's sentence rows (document i: rows doc_start[i]:doc_start[i+1]
    of ``sent``; its title is row i of ``titles``). One (document, term) key per posting, sorted (numpy's
    sort releases the GIL; np.unique's inverse does not), then runs summed."""
    n_docs = titles.rows
    vsize = max(vocab_size, 1)
    doc_of_post = owners(doc_start)[owners(sent.ptr)]
    title_doc = owners(titles.ptr)
    keys = np.concatenate([doc_of_post * vsize + sent.terms, title_doc * vsize + titles.terms])
    tfs = np.concatenate([sent.tfs, titles.tfs]).astype(np.int64)
    del doc_of_post, title_doc
    order = np.argsort(keys, kind="stable")
    keys, tfs = keys[order], tfs[order]
    del order
    starts = run_starts(keys)
    uniq = keys[starts]
    counts = np.add.reduceat(tfs, starts) if starts.shape[0] else np.zeros(0, np.int64)
    del keys, tfs
    doc = uniq // vsize
    ptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(doc, minlength=n_docs), out=ptr[1:])
    cum = np.zeros(sent.rows + 1, dtype=np.int64)
    np.cumsum(sent.lengths, out=cum[1:])
    lengths = titles.lengths + cum[doc_start[1:]] - cum[doc_start[:-1]]
    return Forward(
        ptr,
        (uniq % vsize).astype(np.int32),
        np.minimum(counts, 65535).astype(np.uint16),
        lengths.astype(np.int32),
    )


def tables_document_forward(tables: Tables) -> Forward:
    return document_forward(tables.sentences, tables.titles, tables.doc_start, len(tables.terms))


def build_indexes(tables: Tables, prior: Indexes | None = None, reuse: Reuse | None = None) -> Indexes:
    """The sentence and document indexes. With the previous indexes and what the tables kept of
    theirs, the kept rows' postings are merged with the new rows' instead of inverting everything
    (a reload of a few documents into a million passages then costs a second, not ten)."""
    vsize = len(tables.terms)
    if prior is None or reuse is None:
        docs = tables_document_forward(tables)
        return Indexes(build_arrays(tables.sentences, vsize), build_arrays(docs, vsize), docs)
    n_kept_docs = reuse.kept_docs.shape[0]
    n_kept_rows = reuse.kept_rows.shape[0]
    fresh_start = tables.doc_start[n_kept_docs:] - n_kept_rows
    fresh_sent = tables.sentences.take(np.arange(n_kept_rows, tables.sentences.rows, dtype=np.int64))
    fresh_titles = tables.titles.take(np.arange(n_kept_docs, tables.titles.rows, dtype=np.int64))
    docs = Forward.concat(
        [
            prior.doc_forward.take(reuse.kept_docs),
            document_forward(fresh_sent, fresh_titles, fresh_start, vsize),
        ]
    )
    return Indexes(
        merge_arrays(prior.sentences, reuse.prior.sentences.rows, reuse.kept_rows, tables.sentences, vsize),
        merge_arrays(prior.documents, reuse.prior.titles.rows, reuse.kept_docs, docs, vsize),
        docs,
    )


def _token_lists(fwd: Forward, terms: list[str]) -> list[list[str]]:
    """Token lists with the forward table's counts, for the reference engine (it wants lists)."""
    out: list[list[str]] = []
    ids, tfs = fwd.terms.tolist(), fwd.tfs.tolist()
    ptr = fwd.ptr.tolist()
    for r in range(fwd.rows):
        row: list[str] = []
        for t, tf in zip(ids[ptr[r] : ptr[r + 1]], tfs[ptr[r] : ptr[r + 1]], strict=True):
            row.extend([terms[t]] * tf)
        out.append(row)
    return out


def _document_subjects(
    documents: Mapping[str, Document],
    tables: Tables,
    tokenizer: Tokenizer,
    given: Mapping[str, frozenset[str]] | None,
    prior: Engine | None,
    reuse: Reuse | None,
    cancel: threading.Event | None,
) -> dict[str, frozenset[str]]:
    """Each document's main named subjects (``document_subjects``): as given (a persisted engine),
    else the prior engine's for every document it kept, worked out for the rest."""
    if given is not None:
        return dict(given)
    known: Mapping[str, frozenset[str]] = {}
    if prior is not None and prior.tables is tables:
        known = prior.subjects
    elif prior is not None and reuse is not None:
        kept = (prior.tables.doc_ids[j] for j in reuse.kept_docs.tolist())
        known = {d: prior.subjects[d] for d in kept if d in prior.subjects}
    memo: dict[str, tuple[str, ...]] = {}
    out: dict[str, frozenset[str]] = {}
    for i, doc_id in enumerate(tables.doc_ids):
        if i % _CHUNK == 0:
            _check(cancel)
        got = known.get(doc_id)
        out[doc_id] = got if got is not None else document_subjects(documents[doc_id], tokenizer, memo)
    return out


def _title_terms(tables: Tables, doc_number: Mapping[str, int]) -> Callable[[str], frozenset[str]]:
    fwd, names = tables.titles, tables.terms

    def terms(doc_id: str) -> frozenset[str]:
        d = doc_number[doc_id]
        lo, hi = int(fwd.ptr[d]), int(fwd.ptr[d + 1])
        return frozenset(names[t] for t in fwd.terms[lo:hi].tolist())

    return terms


def _sentence_terms(tables: Tables) -> Callable[[int], frozenset[str]]:
    cache: dict[int, frozenset[str]] = {}
    fwd = tables.sentences
    ptr, ids, name = fwd.ptr, fwd.terms, tables.terms.__getitem__

    def terms(row: int) -> frozenset[str]:
        cached = cache.get(row)
        if cached is None:  # a question reads ~150 rows for the first time: kept to a few C calls each
            lo, hi = ptr[row : row + 2].tolist()
            cached = frozenset(map(name, ids[lo:hi].tolist()))
            if len(cache) > 200_000:
                cache.clear()
            cache[row] = cached
        return cached

    return terms


class Engine:
    def __init__(
        self,
        corpus: Corpus,
        tokenizer: Tokenizer,
        kind: EngineKind = "bm25",
        *,
        tables: Tables | None = None,
        indexes: Indexes | None = None,
        prior: Engine | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        subjects: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.kind = kind
        self.documents: dict[str, Document] = {d.meta.doc_id: d for d in corpus.documents}
        self.tables: Tables
        reuse: Reuse | None = None
        if (
            tables is None
            and prior is not None
            and prior.kind == kind
            and prior.corpus.version == corpus.version
            and prior.tables.signature == tokenizer_signature(tokenizer)
        ):
            tables, indexes = prior.tables, prior.indexes  # nothing changed: share the built index
        if tables is None:
            tables, reuse = tokenize_corpus(
                corpus,
                tokenizer,
                prior=prior.tables if prior is not None else None,
                prior_corpus=prior.corpus if prior is not None else None,
                progress=progress,
                cancel=cancel,
            )
        self.tables = tables
        if set(tables.doc_ids) != self.documents.keys() or len(tables.doc_ids) != len(self.documents):
            raise ValueError("the token tables do not hold this corpus's documents")
        # sentences in row order (the tables' order), which is corpus order unless a reload kept rows
        sentences: list[Sentence] = []
        for doc_id in tables.doc_ids:
            sentences.extend(self.documents[doc_id].sentences)
        self.sentences: Sequence[Sentence] = sentences
        self.subjects = _document_subjects(self.documents, tables, tokenizer, subjects, prior, reuse, cancel)
        _check(cancel)
        self.scorer: Scorer
        self.doc_scorer: Scorer
        self.indexes: Indexes | None = None
        if kind == "rank_bm25":
            self.scorer = RankBM25Scorer(_token_lists(tables.sentences, tables.terms))
            self.doc_scorer = RankBM25Scorer(_token_lists(tables_document_forward(tables), tables.terms))
        else:
            if indexes is None:  # merged into the prior index when rows were kept (None if rank_bm25)
                indexes = build_indexes(tables, prior.indexes if prior is not None else None, reuse)
            self.indexes = indexes
            self.scorer = BM25Index.from_arrays(self.indexes.sentences, tables.vocab, tables.sentences)
            self.doc_scorer = BM25Index.from_arrays(
                self.indexes.documents, tables.vocab, self.indexes.doc_forward
            )
        self.quotable = np.fromiter((not s.heading for s in sentences), dtype=bool, count=len(sentences))
        doc_number = {doc_id: i for i, doc_id in enumerate(tables.doc_ids)}
        self.rows = _Rows(doc_number, tables.doc_start)
        # a plain closure over the tables, not a bound method: the answer context must not point back
        # at the engine, or a replaced engine would wait for a full garbage collection to be freed
        self._terms = _sentence_terms(self.tables)
        self._ctx = AnswerContext(
            tokenizer=tokenizer,
            scorer=self.scorer,
            sentences=self.sentences,
            terms=self._terms,
            documents=self.documents,
            rows=self.rows,
            quotable=self.quotable,
            doc_scorer=self.doc_scorer,
            doc_rows=doc_number,
            title_source=_title_terms(self.tables, doc_number),
            subjects=self.subjects,
        )
        self._timeline_index: TimelineIndex | None = None
        self._timeline_lock = threading.Lock()
        h = hashlib.sha256(f"{corpus.version}\0{CODE_VERSION}\0{kind}\0".encode())
        h.update(repr(sorted(tokenizer.aliases.phrases.items())).encode())
        self._version = h.hexdigest()[:16]
        # A million long-lived objects would make every full garbage collection walk them all while
        # holding the GIL (a stall for the bot's event loop); they never form cycles, so park them.
        gc.freeze()

    def __del__(self) -> None:
        # Freed here, a million-passage engine's objects would be deallocated in one C call holding
        # the GIL, in whichever thread dropped the last reference: usually the bot's event loop, right
        # after a reload's swap. Its attributes go to the release thread, which frees them piecewise.
        try:
            attrs = dict(self.__dict__)
            self.__dict__.clear()
            release(attrs)
        except Exception:  # interpreter shutdown: plain deallocation is fine then
            pass

    @classmethod
    def build(
        cls,
        root: Path,
        *,
        aliases: Path | None = None,
        kind: EngineKind = "bm25",
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        prior: Engine | None = None,
    ) -> Engine:
        """Build from the corpus directory. With ``prior`` (the engine being replaced), unchanged
        documents are neither cleaned nor tokenized again. Progress is reported as one sequence of
        steps: cleaning each document, then tokenizing it."""

        def stage(offset: int) -> Progress | None:
            if progress is None:
                return None
            report = progress
            return lambda done, total: report(offset * total + done, 2 * total)

        with collector_paused():  # millions of new objects, no cycles: see retrieval.lifecycle.release
            corpus = build_corpus(
                root,
                progress=stage(0),
                cancel=cancel,
                previous=prior.corpus if prior is not None else None,
            )
            tokenizer = Tokenizer(Aliases.load(aliases))
            return cls(corpus, tokenizer, kind, prior=prior, progress=stage(1), cancel=cancel)

    def terms(self, row: int) -> frozenset[str]:
        """The index terms of one sentence, from the forward table (no tokenizing at query time)."""
        return self._terms(row)

    @property
    def timeline_index(self) -> TimelineIndex:
        """Built on first use: a process that only answers questions never pays for it; the bot warms
        it in a worker thread right after a (re)load, before swapping the engine in."""
        if self._timeline_index is None:
            with self._timeline_lock:
                if self._timeline_index is None:
                    # hundreds of thousands of small long-lived objects and no cycles: the cyclic
                    # collector would walk the growing heap again and again (holding the GIL)
                    with collector_paused():
                        self._timeline_index = TimelineIndex.build(self.corpus.documents)
        return self._timeline_index

    @property
    def version(self) -> str:
        """The corpus fingerprint plus everything else that shapes an answer (the code, the aliases,
        the engine): a cached answer is reused only if all of them are the same."""
        return self._version

    def ask(self, question: str) -> Answer:
        answer = select(question, self._ctx)
        note_activity()
        return answer

    def relevant_sentences(self, topic: str) -> dict[tuple[str, int], float]:
        """Sentences about a topic, by the same retriever as questions, with their scores."""
        terms = analyze(topic, self.tokenizer).terms or self.tokenizer.tokens(topic)
        hits = self.scorer.top_k(terms, TOPIC_CANDIDATES)
        if not hits:
            return {}
        floor = hits[0].score * TOPIC_MIN_RATIO
        out: dict[tuple[str, int], float] = {}
        for h in hits:
            if h.score >= floor:
                s = self.sentences[h.index]
                out[(s.doc_id, s.index)] = h.score
        return out

    def timeline(
        self,
        topic: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> Timeline:
        relevant: Mapping[tuple[str, int], float] | None = None
        if topic and topic.strip():
            relevant = self.relevant_sentences(topic)
        timeline = self.timeline_index.query(
            topic=topic, relevant=relevant, since=since, until=until, limit=limit
        )
        note_activity()
        return timeline

    def sources(self) -> Sources:
        docs = []
        for doc in self.corpus.documents:
            m = doc.meta
            docs.append(
                SourceInfo(
                    doc_id=m.doc_id,
                    title=m.title,
                    source=m.source,
                    author=m.author,
                    url=m.url,
                    published=m.published,
                    provenance=dict(m.provenance),
                    sentences=sum(1 for s in doc.sentences if not s.heading),
                )
            )
        return Sources(documents=docs)
