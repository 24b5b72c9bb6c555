"""The Engine: one immutable, fully built view of a corpus that answers questions, builds timelines
and lists sources. Building it is the expensive part (the bot does it in a worker thread); once built
it is only read, so the service can swap engines atomically and keep serving the old one meanwhile.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Literal

import numpy as np

from retrieval.answer import AnswerContext, analyze, select
from retrieval.corpus import Corpus, Progress, build_corpus
from retrieval.index import BM25Index, RankBM25Scorer, Scorer
from retrieval.models import Answer, Document, Sentence, SourceInfo, Sources, Timeline
from retrieval.text import Aliases, Tokenizer
from retrieval.timeline import TimelineIndex

EngineKind = Literal["bm25", "rank_bm25"]


def _code_version() -> str:
    """A fingerprint of the domain core's source, so answers cached by older code are never served."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


CODE_VERSION = _code_version()

#: how many sentences a topic may pull into a timeline, and how much of the best score they need
TOPIC_CANDIDATES = 400
TOPIC_MIN_RATIO = 0.25


def make_scorer(kind: EngineKind, corpus: list[list[str]]) -> Scorer:
    return RankBM25Scorer(corpus) if kind == "rank_bm25" else BM25Index(corpus)


class Engine:
    def __init__(self, corpus: Corpus, tokenizer: Tokenizer, kind: EngineKind = "bm25") -> None:
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.kind = kind
        self.documents: dict[str, Document] = {d.meta.doc_id: d for d in corpus.documents}
        sentences: list[Sentence] = []
        rows: dict[tuple[str, int], int] = {}
        for doc in corpus.documents:
            for s in doc.sentences:
                rows[(s.doc_id, s.index)] = len(sentences)
                sentences.append(s)
        tokens = [tokenizer.tokens(s.text) for s in sentences]
        self.sentences = sentences
        self.rows = rows
        self._terms_cache: dict[int, frozenset[str]] = {}
        self.quotable = np.fromiter((not s.heading for s in sentences), dtype=bool, count=len(sentences))
        self.scorer = make_scorer(kind, tokens)
        doc_tokens: list[list[str]] = []
        doc_rows: dict[str, int] = {}
        for doc in corpus.documents:
            doc_rows[doc.meta.doc_id] = len(doc_tokens)
            merged: list[str] = []
            for s in doc.sentences:
                merged.extend(tokens[rows[(s.doc_id, s.index)]])
            if doc.meta.title:
                merged.extend(tokenizer.tokens(doc.meta.title))
            doc_tokens.append(merged)
        self.doc_scorer = make_scorer(kind, doc_tokens)
        self._ctx = AnswerContext(
            tokenizer=tokenizer,
            scorer=self.scorer,
            sentences=sentences,
            terms=self.terms,
            documents=self.documents,
            rows=rows,
            quotable=self.quotable,
            doc_scorer=self.doc_scorer,
            doc_rows=doc_rows,
        )
        self._timeline_index: TimelineIndex | None = None
        self._timeline_lock = threading.Lock()
        h = hashlib.sha256(f"{corpus.version}\0{CODE_VERSION}\0{kind}\0".encode())
        h.update(repr(sorted(tokenizer.aliases.phrases.items())).encode())
        self._version = h.hexdigest()[:16]

    @classmethod
    def build(
        cls,
        root: Path,
        *,
        aliases: Path | None = None,
        kind: EngineKind = "bm25",
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Engine:
        corpus = build_corpus(root, progress=progress, cancel=cancel)
        return cls(corpus, Tokenizer(Aliases.load(aliases)), kind)

    def terms(self, row: int) -> frozenset[str]:
        """The index terms of one sentence. Only the few candidates of a question need them, so they
        are tokenized on demand (and remembered, boundedly) instead of held for every sentence."""
        cached = self._terms_cache.get(row)
        if cached is None:
            cached = frozenset(self.tokenizer.tokens(self.sentences[row].text))
            if len(self._terms_cache) > 200_000:
                self._terms_cache.clear()
            self._terms_cache[row] = cached
        return cached

    @property
    def timeline_index(self) -> TimelineIndex:
        """Built on first use: a process that only answers questions never pays for it; the bot warms
        it in a worker thread right after a (re)load, before swapping the engine in."""
        if self._timeline_index is None:
            with self._timeline_lock:
                if self._timeline_index is None:
                    self._timeline_index = TimelineIndex.build(self.corpus.documents)
        return self._timeline_index

    @property
    def version(self) -> str:
        """The corpus fingerprint plus everything else that shapes an answer (the code, the aliases,
        the engine): a cached answer is reused only if all of them are the same."""
        return self._version

    def ask(self, question: str) -> Answer:
        return select(question, self._ctx)

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
        return self.timeline_index.query(
            topic=topic, relevant=relevant, since=since, until=until, limit=limit
        )

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
