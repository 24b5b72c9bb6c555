"""The one place an engine is assembled from a corpus: tokenized into tables, indexed, each document's
subjects worked out. With the engine it replaces (``prior``), everything unchanged is carried over:
unchanged documents are neither cleaned (``build_corpus``) nor tokenized again, and their postings are
merged into the new index instead of inverting it all."""

from __future__ import annotations

import threading
from pathlib import Path

from retrieval.ingest.corpus import Corpus, build_corpus
from retrieval.lifecycle.engine import Engine
from retrieval.lifecycle.release import collector_paused
from retrieval.lifecycle.tables import (
    EngineParts,
    build_indexes,
    check_cancel,
    subjects_of,
    tokenize_corpus,
)
from retrieval.lifecycle.versions import tokenizer_signature
from retrieval.models import EngineKind, Progress
from retrieval.search.text import Aliases, Tokenizer


def assemble(
    corpus: Corpus,
    tokenizer: Tokenizer,
    kind: EngineKind = "bm25",
    *,
    prior: Engine | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Engine:
    """An engine over ``corpus``: the prior engine's tables and indexes as they are when the corpus did
    not change; otherwise new tables that keep the prior's unchanged rows, and indexes merged from its."""
    if (
        prior is not None
        and prior.kind == kind
        and prior.corpus.version == corpus.version
        and prior.tables.signature == tokenizer_signature(tokenizer)
    ):  # nothing changed: share what was built
        parts = EngineParts(corpus, tokenizer, kind, prior.tables, prior.indexes, prior.subjects)
        return Engine(parts)
    tables, reuse = tokenize_corpus(
        corpus,
        tokenizer,
        prior=prior.tables if prior is not None else None,
        prior_corpus=prior.corpus if prior is not None else None,
        progress=progress,
        cancel=cancel,
    )
    documents = {d.meta.doc_id: d for d in corpus.documents}
    subjects = subjects_of(
        documents, tables, tokenizer, prior.subjects if prior is not None else None, reuse, cancel
    )
    check_cancel(cancel)
    indexes = None
    if kind == "bm25":
        indexes = build_indexes(tables, prior.indexes if prior is not None else None, reuse)
    return Engine(EngineParts(corpus, tokenizer, kind, tables, indexes, subjects))


def build(
    root: Path,
    *,
    aliases: Path | None = None,
    date_formats: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    prior: Engine | None = None,
) -> Engine:
    """Build from the corpus directory. Progress is reported as one sequence of steps: cleaning each
    document, then tokenizing it. ``date_formats``: the outlets' orders for all-numeric dates."""

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
            date_formats=date_formats,
        )
        tokenizer = Tokenizer(Aliases.load(aliases))
        return assemble(corpus, tokenizer, kind, prior=prior, progress=stage(1), cancel=cancel)
