"""The tokenized corpus (token tables: one forward row per sentence and per title) and the BM25 indexes
built from it; on a reload, the unchanged documents' rows and postings are carried over, not redone."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from retrieval.answer.subjects import document_subjects
from retrieval.ingest.corpus import Corpus
from retrieval.lifecycle.versions import tokenizer_signature
from retrieval.models import BuildCancelled, Document, EngineKind, Progress
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
from retrieval.search.text import Tokenizer

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


def check_cancel(cancel: threading.Event | None) -> None:
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
    store = corpus.store
    total = len(corpus.documents)
    kept: list[int] = []
    slot = {doc_id: i for i, doc_id in enumerate(store.doc_ids)}  # corpus (and store) order
    sizes = np.diff(store.doc_start).tolist()
    if prior is not None and prior_corpus is not None and prior.signature == signature:
        new_prints, old_prints = corpus.fingerprints, prior_corpus.fingerprints
        for j, doc_id in enumerate(prior.doc_ids):
            fp = new_prints.get(doc_id)
            d = slot.get(doc_id)
            if (
                fp is not None
                and d is not None
                and fp == old_prints.get(doc_id)
                and sizes[d] == int(prior.doc_start[j + 1] - prior.doc_start[j])
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
    fresh = [i for i, d in enumerate(corpus.documents) if d.meta.doc_id not in kept_ids]
    done = total - len(fresh)
    check_cancel(cancel)
    if progress is not None:
        progress(done, total)
    starts = store.doc_start.tolist()
    for lo in range(0, len(fresh), _CHUNK):
        # small conversions: one huge list -> array would hold the GIL for long
        sent_b, title_b = ForwardBuilder(vocab, terms), ForwardBuilder(vocab, terms)
        for i in fresh[lo : lo + _CHUNK]:
            meta = corpus.documents[i].meta
            for text in store.texts(starts[i], starts[i + 1]):
                sent_b.add(tokenizer.tokens(text))
            title_b.add(tokenizer.tokens(meta.title) if meta.title else [])
            doc_ids.append(meta.doc_id)
        sent_parts.append(sent_b.build())
        title_parts.append(title_b.build())
        done += len(fresh[lo : lo + _CHUNK])
        check_cancel(cancel)
        if progress is not None:
            progress(done, total)
    doc_start = np.zeros(len(doc_ids) + 1, dtype=np.int64)
    np.cumsum([sizes[slot[d]] for d in doc_ids], out=doc_start[1:])
    tables = Tables(
        vocab,
        terms,
        Forward.concat(sent_parts),
        Forward.concat(title_parts),
        tuple(doc_ids),
        doc_start,
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


def token_lists(fwd: Forward, terms: list[str]) -> list[list[str]]:
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


def subjects_of(
    documents: Mapping[str, Document],
    tables: Tables,
    tokenizer: Tokenizer,
    prior: Mapping[str, frozenset[str]] | None,
    reuse: Reuse | None,
    cancel: threading.Event | None,
) -> dict[str, frozenset[str]]:
    """Each document's main named subjects (``document_subjects``): the prior engine's for every
    document the tables kept of its rows, worked out for the rest."""
    known: Mapping[str, frozenset[str]] = {}
    if prior is not None and reuse is not None:
        kept = (reuse.prior.doc_ids[j] for j in reuse.kept_docs.tolist())
        known = {d: prior[d] for d in kept if d in prior}
    memo: dict[str, tuple[str, ...]] = {}
    out: dict[str, frozenset[str]] = {}
    for i, doc_id in enumerate(tables.doc_ids):
        if i % _CHUNK == 0:
            check_cancel(cancel)
        got = known.get(doc_id)
        out[doc_id] = got if got is not None else document_subjects(documents[doc_id], tokenizer, memo)
    return out


@dataclass(frozen=True, slots=True)
class EngineParts:
    """Everything an engine is made of, built (``assemble``) or read from disk (``persist``)."""

    corpus: Corpus
    tokenizer: Tokenizer
    kind: EngineKind
    tables: Tables
    #: None for the reference engine, which keeps its own structures
    indexes: Indexes | None
    #: each document's main named subjects (whom its pronouns most likely mean)
    subjects: Mapping[str, frozenset[str]]
