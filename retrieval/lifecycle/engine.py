"""The Engine: one immutable, fully built view of a corpus that answers questions, builds timelines
and lists sources. Building it is the expensive part (the bot does it in a worker thread); once built
it is only read, so the service can swap engines atomically and keep serving the old one meanwhile.

At a million passages memory and build time matter: sentences live in the corpus' column store and
are made into objects only as they are read (``retrieval.ingest.sentences``), they are not tokenized
twice (the index's forward table gives a row's terms), the (document, sentence) -> row map is
arithmetic over document offsets rather than a dict entry per sentence, and a rebuild from a previous
engine re-tokenizes only the documents whose fingerprint changed.
"""

from __future__ import annotations

import hashlib
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from retrieval.answer import AnswerContext, analyze, select
from retrieval.answer.bridge import wordnet, written_spelling
from retrieval.answer.spellings import respelt
from retrieval.ingest.corpus import Corpus
from retrieval.ingest.outlets import outlet_names
from retrieval.ingest.sentences import RowSentences
from retrieval.lifecycle.release import collector_paused, note_activity, release
from retrieval.lifecycle.tables import EngineParts, Tables, tables_document_forward, token_lists
from retrieval.lifecycle.versions import CODE_VERSION
from retrieval.models import Answer, Document, SourceInfo, Sources, Timeline
from retrieval.search.arrays import IntArray, ranges
from retrieval.search.bm25 import BM25Index
from retrieval.search.scorer import RankBM25Scorer, Scorer

if TYPE_CHECKING:
    from retrieval.timeline.index import TimelineIndex

#: how many sentences a topic may pull into a timeline, and how much of the best score they need
TOPIC_CANDIDATES = 100_000
TOPIC_MIN_RATIO = 0.1
#: the shortest word a compound of a topic word may add to it ("ransom" + "ware"): shorter endings are
#: inflections and suffixes ("-ed", "-er"), which stemming and WordNet's forms already cover
COMPOUND_MIN_REST = 3
#: the fewest sentences a compound must be written in: a word the coverage uses, not two words run
#: together once by a typo ("oilrequires")
COMPOUND_MIN_SENTENCES = 2
#: how many index terms starting with a topic word are looked at for its compounds: more finds one in a
#: word with many longer look-alikes ("art", "car"), at a sentence read per term on a topic query
COMPOUND_CANDIDATES = 200


class _Rows(dict[tuple[str, int], int]):
    """(doc_id, sentence index) -> row, computed from document offsets instead of stored per sentence
    (a dict entry per sentence would cost more than the sentence's own row)."""

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


def _row_sentences(corpus: Corpus, tables: Tables) -> RowSentences:
    """The corpus' sentences in the tables' row order: the store's own order, unless a reload kept the
    unchanged documents' rows where they were (then a position per row). Refuses tables that do not
    hold exactly the corpus' documents, each with as many rows as it has sentences."""
    store = corpus.store
    slot = {doc_id: i for i, doc_id in enumerate(store.doc_ids)}
    n = len(tables.doc_ids)
    if store.doc_ids != tuple(d.meta.doc_id for d in corpus.documents) or len(slot) != n:
        raise ValueError("the token tables do not hold this corpus's documents")
    if not all(d in slot for d in tables.doc_ids):
        raise ValueError("the token tables do not hold this corpus's documents")
    docs = np.fromiter((slot[d] for d in tables.doc_ids), dtype=np.int64, count=n)
    first = store.doc_start[docs]
    counts = store.doc_start[docs + 1] - first
    if not np.array_equal(counts, np.diff(tables.doc_start)):
        raise ValueError("the token tables do not hold this corpus's documents")
    if np.array_equal(docs, np.arange(n, dtype=np.int64)):
        return RowSentences(store, None)
    return RowSentences(store, ranges(first, counts)[0])


def _title_terms(tables: Tables, doc_number: Mapping[str, int]) -> Callable[[str], frozenset[str]]:
    fwd, names = tables.titles, tables.terms

    def terms(doc_id: str) -> frozenset[str]:
        d = doc_number[doc_id]
        lo, hi = int(fwd.ptr[d]), int(fwd.ptr[d + 1])
        return frozenset(names[t] for t in fwd.terms[lo:hi].tolist())

    return terms


#: rows whose terms are kept between reads: a question reads a few hundred rows, most more than once
#: (a candidate, then as a neighbour); a larger memo mostly holds rows no later question reads, at
#: most of a kilobyte each
TERMS_MEMO = 8192


def _sentence_terms(tables: Tables) -> Callable[[int], frozenset[str]]:
    cache: dict[int, frozenset[str]] = {}
    fwd = tables.sentences
    # memoryviews of the arrays: indexing one gives a Python int, and slicing one costs no array object
    ptr, ids = np.ascontiguousarray(fwd.ptr).data, np.ascontiguousarray(fwd.terms).data
    name = tables.terms.__getitem__

    def terms(row: int) -> frozenset[str]:
        cached = cache.get(row)
        if cached is None:  # a question reads ~150 rows for the first time: kept to a few C calls each
            cached = frozenset(map(name, ids[ptr[row] : ptr[row + 1]]))
            if len(cache) >= TERMS_MEMO:
                cache.clear()
            cache[row] = cached
        return cached

    return terms


def _span_terms(tables: Tables) -> Callable[[int, int], frozenset[str]]:
    fwd = tables.sentences
    ptr, ids, name = fwd.ptr, fwd.terms, tables.terms.__getitem__

    def span(lo: int, hi: int) -> frozenset[str]:
        """The terms of rows lo..hi-1 together: one slice of the forward table (a whole document's,
        read for the names a question gives, costs one call, not one per sentence)."""
        a, b = ptr[[lo, hi]].tolist()
        # the set drops repeats (np.unique would sort them first, and its first call imports numpy.ma)
        return frozenset(map(name, set(ids[a:b].tolist())))

    return span


def _named_documents(docs: tuple[Document, ...], names: dict[str, str]) -> tuple[Document, ...]:
    """``docs`` with each outlet under the name ``names`` gives it; the rest (most) unchanged."""
    out = []
    for d in docs:
        source = d.meta.source
        shown = names.get(source, source) if source is not None else None
        out.append(d if shown == source else replace(d, meta=d.meta.model_copy(update={"source": shown})))
    return tuple(out)


class Engine:
    """The query side of a built corpus. Made from its parts (``lifecycle.assemble`` builds them,
    ``lifecycle.persist`` reads them from disk); nothing here builds or reads files."""

    def __init__(self, parts: EngineParts) -> None:
        corpus, tables, tokenizer, kind = parts.corpus, parts.tables, parts.tokenizer, parts.kind
        self.parts = parts
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.kind = kind
        self.tables = tables
        self.indexes = parts.indexes
        self.subjects = parts.subjects
        #: each outlet name the documents give -> the name its outlet goes by in answers and timelines
        #: (``ingest.outlets``): "The Brennport Courier" and "Brennport Courier" are one outlet, counted once
        self.outlet_names = outlet_names(d.meta.source for d in corpus.documents)
        #: the documents as answers and timelines read them, each outlet under its one name (``sources``
        #: lists each document's own)
        self.named = _named_documents(corpus.documents, self.outlet_names)
        self.documents: dict[str, Document] = {d.meta.doc_id: d for d in self.named}
        self.sentences = _row_sentences(corpus, tables)
        self.scorer: Scorer
        self.doc_scorer: Scorer
        if self.indexes is None:  # the reference engine
            self.scorer = RankBM25Scorer(token_lists(tables.sentences, tables.terms))
            self.doc_scorer = RankBM25Scorer(token_lists(tables_document_forward(tables), tables.terms))
        else:
            self.scorer = BM25Index.from_arrays(self.indexes.sentences, tables.vocab, tables.sentences)
            self.doc_scorer = BM25Index.from_arrays(
                self.indexes.documents, tables.vocab, self.indexes.doc_forward
            )
        positions = self.sentences.positions
        headings = corpus.store.heading if positions is None else corpus.store.heading[positions]
        self.quotable = ~headings
        notices = corpus.store.notice if positions is None else corpus.store.notice[positions]
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
            span_terms=_span_terms(self.tables),
            documents=self.documents,
            rows=self.rows,
            quotable=self.quotable,
            notices=notices,
            doc_scorer=self.doc_scorer,
            doc_rows=doc_number,
            title_source=_title_terms(self.tables, doc_number),
            subjects=dict(self.subjects),
            vocab=tables.vocab,
            outlet_names=self.outlet_names,
        )
        self._timeline_index: TimelineIndex | None = None
        self._sorted_terms: list[str] | None = None  # the vocabulary sorted, when a topic first needs it
        self._timeline_lock = threading.Lock()
        h = hashlib.sha256(f"{corpus.version}\0{CODE_VERSION}\0{kind}\0".encode())
        h.update(repr(sorted(tokenizer.aliases.phrases.items())).encode())
        self._version = h.hexdigest()[:16]

    def __del__(self) -> None:
        # Freed here, a large engine's objects (its documents' records, its timeline index) would be
        # deallocated in one C call holding the GIL, in whichever thread dropped the last reference:
        # usually the bot's event loop, right after a reload's swap. Its attributes go to the release
        # thread, which frees them piecewise.
        try:
            attrs = dict(self.__dict__)
            self.__dict__.clear()
            release(attrs)
        except Exception:  # interpreter shutdown: plain deallocation is fine then
            pass

    def terms(self, row: int) -> frozenset[str]:
        """The index terms of one sentence, from the forward table (no tokenizing at query time)."""
        return self._terms(row)

    @property
    def timeline_index(self) -> TimelineIndex:
        """Built on first use: a process that only answers questions never pays for it; the bot warms
        it in a worker thread right after a (re)load, before swapping the engine in."""
        if self._timeline_index is None:
            # imported here: a process that only answers questions does not load the timeline's code
            from retrieval.timeline.index import TimelineIndex

            with self._timeline_lock:
                if self._timeline_index is None:
                    # hundreds of thousands of small long-lived objects and no cycles: the cyclic
                    # collector would walk the growing heap again and again (holding the GIL)
                    with collector_paused():
                        self._timeline_index = TimelineIndex.build(self.named)
                        # what a topic's compounds are looked up in: sorted here, in the warm-up
                        self._sorted_terms = sorted(self.tables.vocab)
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

    def relevant_sentences(
        self,
        topic: str,
        families: Mapping[str, frozenset[str]] | None = None,
        compounds: Mapping[str, frozenset[str]] | None = None,
    ) -> dict[tuple[str, int], float]:
        """Sentences about a topic, by the same retriever as questions, with their scores; the other
        forms of its words (``families``: "ratify" for "ratification") are searched too where the corpus
        has them, and so are their ``compounds`` ("ransomware" for "ransom"), which do not set how
        relevant a sentence must be: a rare compound next to the topic's own word in one sentence would
        lift the best score, and the floor with it, above the sentences that hold the word alone."""
        terms = list(analyze(topic, self.tokenizer).terms or self.tokenizer.tokens(topic))
        for forms in (families or {}).values():
            for form in sorted(forms):
                for t in self.tokenizer.tokens(form):
                    if t not in terms and self.scorer.df(t) > 0:
                        terms.append(t)
        extra: list[str] = []
        for forms in (compounds or {}).values():
            for form in sorted(forms):
                extra.extend(t for t in self.tokenizer.tokens(form) if t not in terms and t not in extra)
        hits = self.scorer.top_k(terms + extra, TOPIC_CANDIDATES)
        if not hits:
            return {}
        best = self.scorer.top_k(terms, 1) if extra else hits
        floor = (best or hits)[0].score * TOPIC_MIN_RATIO
        out: dict[tuple[str, int], float] = {}
        for h in hits:
            if h.score >= floor:
                s = self.sentences[h.index]
                out[(s.doc_id, s.index)] = h.score
        return out

    def compounds(self, word: str) -> frozenset[str]:
        """The corpus' compounds of a topic word that WordNet does not know: "ransomware" for "ransom",
        where the coverage writes the topic only inside a newer word. A compound is a word the corpus holds
        in more than one sentence that starts with the topic word, whose rest is an English word of its
        own ("ware"), and which is no English word itself: a word WordNet knows ("carpet", "legend",
        "warrant") is its own word, and its kinship with the topic, if any, is among the forms WordNet
        gives (``topic_family``). Found in the index's vocabulary, each term's spelling read back from a
        sentence that holds it."""
        wn = wordnet()
        low = word.lower()
        if wn is None or len(low) < 3 or not isinstance(self.scorer, BM25Index):
            return frozenset()
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self.tables.vocab)
        terms = self._sorted_terms
        out: set[str] = set()
        i = bisect_left(terms, low)
        for term in terms[i : i + COMPOUND_CANDIDATES]:
            if not term.startswith(low):
                break
            if len(term) < len(low) + COMPOUND_MIN_REST:
                continue
            if self.scorer.df(term) < COMPOUND_MIN_SENTENCES:
                continue
            spelled = self._spelling(term)
            if spelled is None or not spelled.startswith(low):
                continue
            rest = spelled[len(low) :]
            if len(rest) >= COMPOUND_MIN_REST and wn.known(rest) and not wn.known(spelled):
                out.add(spelled)
        return frozenset(out)

    def _spelling(self, term: str) -> str | None:
        """How the corpus writes an index term: the word of its first sentence that makes it; None for a
        name."""
        scorer = self.scorer
        assert isinstance(scorer, BM25Index)
        tid = scorer.vocab.get(term)
        if tid is None or tid + 1 >= scorer.ptr.shape[0] or scorer.ptr[tid + 1] <= scorer.ptr[tid]:
            return None
        row = int(scorer.docs[scorer.ptr[tid]])
        for i, (low, written) in enumerate(self.tokenizer.words(self.sentences[row].text)):
            if self.tokenizer.tokens(low) == [term]:
                # capitalised inside the sentence: a name ("Carrow"), not a compound of "car"
                return None if i and written[:1].isupper() else low
        return None

    def timeline(
        self,
        topic: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> Timeline:
        # a topic's misspelt word is read as a question's is ("libary": the coverage's library); the
        # timeline is shown under the topic as it was typed
        read = respelt(topic, self._ctx) if topic and topic.strip() else topic
        timeline = self._timeline(read, since, until, limit)
        if read and read.strip():
            from retrieval.timeline.forms import spelled_topic  # (the timeline's code loads on first use)

            spelled = spelled_topic(read, self._spelled)
            if spelled is not None:  # "ceo" and "chief executive": one story told in both spellings
                timeline = merged(timeline, self._timeline(spelled, since, until, limit), limit)
        timeline.topic = topic
        timeline.since, timeline.until = since, until
        note_activity()
        return timeline

    def _spelled(self, acronym: str) -> tuple[str, ...]:
        """The words an acronym stands for as the coverage writes them (``written_spelling``)."""
        wn = wordnet()
        if wn is None:
            return ()
        return written_spelling(
            acronym, wn, self.tokenizer, self.scorer, lambda row: self.sentences[row].text
        )[0]

    def _timeline(
        self, topic: str | None, since: date | None, until: date | None, limit: int | None
    ) -> Timeline:
        relevant: Mapping[tuple[str, int], float] | None = None
        families: dict[str, frozenset[str]] = {}
        compounds: dict[str, frozenset[str]] = {}
        if topic and topic.strip():
            from retrieval.timeline.forms import topic_family
            from retrieval.timeline.mentions import topic_words

            words = topic_words(topic)
            families = {w: topic_family(w) for w in words}
            compounds = {w: self.compounds(w) for w in words}
            relevant = self.relevant_sentences(topic, families, compounds)
        return self.timeline_index.query(
            topic=topic,
            relevant=relevant,
            since=since,
            until=until,
            limit=limit,
            families=families,
            compounds=compounds,
        )

    def sources(self) -> Sources:
        docs = []
        quotable = self.corpus.store.quotable_counts().tolist()
        for doc, count in zip(self.corpus.documents, quotable, strict=True):
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
                    sentences=count,
                    opinion=m.opinion,
                )
            )
        return Sources(documents=docs)


def merged(first: Timeline, second: Timeline, limit: int | None) -> Timeline:
    """Two timelines of one topic as one: each event once (by its date and line), in time order; with a
    ``limit``, the most reported events (most citations) of the two. What either left out counts as left
    out (at least the larger of the two: the events a limit dropped may be one story told in both)."""
    events = list(first.events)
    seen = {(e.date, e.text) for e in events}
    events.extend(e for e in second.events if (e.date, e.text) not in seen)
    left_out = max(first.left_out, second.left_out)
    if limit is not None and len(events) > limit:
        ranked = sorted(range(len(events)), key=lambda i: (-len(events[i].citations), i))
        left_out += len(events) - limit
        events = [events[i] for i in sorted(ranked[:limit])]
    events.sort(key=lambda e: e.date)
    unplaced = max(first.unplaced, second.unplaced)
    return Timeline(topic=first.topic, events=events, left_out=left_out, unplaced=unplaced)
