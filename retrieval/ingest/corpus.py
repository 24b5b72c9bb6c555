"""Corpus assembly: load -> clean -> metadata -> segment -> publication dates, into an immutable,
versioned Corpus. Pure and synchronous; the bot runs it in a worker thread.

A corpus keeps its sentences in one ``SentenceStore`` (columns, not objects): each document is
appended to it as soon as it is segmented, and its ``sentences`` are a view into the store."""

from __future__ import annotations

import hashlib
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from retrieval.ingest.clean import clean
from retrieval.ingest.load import FileIndex, Known, scan_corpus
from retrieval.ingest.meta import infer_meta
from retrieval.ingest.pubdate import infer_published
from retrieval.ingest.segment import split_sentences
from retrieval.ingest.sentences import SentenceStore, StoreBuilder
from retrieval.models import (
    BuildCancelled,
    Document,
    DocumentMeta,
    LoadProblem,
    Progress,
    ProvenanceKind,
    RawDocument,
    Sentence,
)


@dataclass(frozen=True, slots=True)
class Corpus:
    #: each document's sentences are ``store.document(i)`` for its position i
    documents: tuple[Document, ...]
    problems: tuple[LoadProblem, ...]
    #: content fingerprint: changes exactly when a document's text or metadata changes
    version: str
    #: doc_id -> fingerprint of that document, to tell a reload what was added, removed or changed
    fingerprints: dict[str, str]
    #: every document's sentences, in document order
    store: SentenceStore
    #: what each corpus file held when read: a reload skips reading the files that did not change
    files: FileIndex | None = None

    @property
    def sentence_count(self) -> int:
        return len(self.store)


#: bytes hashed per call: hashlib lets go of the GIL for 2 KiB or more, and a thread that lets go and
#: takes it back every few hundred microseconds starves the event loop, which only gets the GIL when
#: it wins one of those races (CPython's switch interval restarts at every hand-over): long stalls
#: while a large corpus is fingerprinted
_HASH_PIECE = 2000


def fingerprint(raw: RawDocument) -> str:
    h = hashlib.sha256()
    for part in (raw.doc_id, raw.text, repr(sorted(raw.fields.items())), repr(sorted(raw.manifest.items()))):
        data = part.encode("utf-8", "surrogatepass")
        for start in range(0, len(data), _HASH_PIECE):
            h.update(data[start : start + _HASH_PIECE])
        h.update(b"\0")
    return h.hexdigest()[:16]


#: the distinct field sets and provenance records, one object each for every record that has them
_FIELDS: dict[frozenset[str], set[str]] = {}
_PROVENANCE: dict[tuple[tuple[str, ProvenanceKind], ...], dict[str, ProvenanceKind]] = {}
_META_FIELDS = tuple(DocumentMeta.model_fields)


def shared_meta(meta: DocumentMeta) -> DocumentMeta:
    """The same metadata, sharing with other records what they have in common: pydantic keeps a set
    of the fields given per record (the better part of a kilobyte for five names), the provenance is
    a dict per record, and the outlet and author repeat; a million-passage corpus has tens of
    thousands of records. Records never change (the model is frozen), so sharing is safe."""
    fields = _FIELDS.setdefault(frozenset(meta.model_fields_set), set(meta.model_fields_set))
    provenance = _PROVENANCE.setdefault(tuple(sorted(meta.provenance.items())), meta.provenance)
    source = None if meta.source is None else sys.intern(meta.source)
    author = None if meta.author is None else sys.intern(meta.author)
    if (
        meta.model_fields_set is fields
        and meta.provenance is provenance
        and meta.source is source
        and meta.author is author
    ):
        return meta
    values = {name: getattr(meta, name) for name in _META_FIELDS}
    values.update(provenance=provenance, source=source, author=author)
    return DocumentMeta.model_construct(_fields_set=fields, **values)


def shared_documents(docs: Sequence[Document]) -> list[Document]:
    out = []
    for doc in docs:
        meta = shared_meta(doc.meta)
        out.append(doc if meta is doc.meta else replace(doc, meta=meta))
    return out


def build_document(raw: RawDocument) -> Document:
    """One raw document -> cleaned, segmented Document (publication date not yet inferred)."""
    cleaned = clean(raw)
    meta = infer_meta(raw, cleaned)
    sentences: list[Sentence] = []
    paragraphs: list[tuple[int, int]] = []
    for p, block in enumerate(cleaned.blocks):
        start = len(sentences)
        parts = [block.text.strip()] if block.heading else split_sentences(block.text)
        for text in parts:
            if text:
                sentences.append(Sentence(raw.doc_id, len(sentences), p, text, block.heading))
        paragraphs.append((start, len(sentences)))
    return Document(meta=meta, sentences=tuple(sentences), paragraphs=tuple(paragraphs))


def _reusable(doc: Document) -> Document:
    """An unchanged document from the previous corpus, as build_document made it: a publication date
    inferred from other documents is dropped, since those may have changed; it is inferred again."""
    if doc.meta.provenance.get("published") != "inferred":
        return doc
    provenance = {k: v for k, v in doc.meta.provenance.items() if k != "published"}
    meta = doc.meta.model_copy(update={"published": None, "provenance": provenance})
    return Document(meta=meta, sentences=doc.sentences, paragraphs=doc.paragraphs)


def build_corpus(
    root: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    previous: Corpus | None = None,
) -> Corpus:
    """Load and process the corpus. With ``previous``, documents whose fingerprint is unchanged are
    taken from it instead of being cleaned and segmented again, and files whose size and modification
    time are unchanged are not even read (a reload touches only what changed)."""
    return _build_corpus(root, progress, cancel, previous)


def _build_corpus(
    root: Path, progress: Progress | None, cancel: threading.Event | None, previous: Corpus | None
) -> Corpus:
    old: dict[str, Document] = {}
    if previous is not None:
        old = {d.meta.doc_id: d for d in previous.documents}
    reusable = {d for d in old if previous is not None and d in previous.fingerprints}
    scan = scan_corpus(
        root, previous=previous.files if previous is not None else None, reusable=reusable if old else None
    )
    problems = scan.problems
    builder = StoreBuilder()
    prints: dict[str, str] = {}
    total = len(scan.docs)
    for i, raw in enumerate(scan.docs):
        if cancel is not None and cancel.is_set():
            raise BuildCancelled("the corpus build was cancelled")
        if isinstance(raw, Known):  # its file is unchanged: the previous corpus' document, unread
            assert previous is not None
            doc, fp = _reusable(old[raw.doc_id]), previous.fingerprints[raw.doc_id]
        else:
            fp = fingerprint(raw)
            prior = old.get(raw.doc_id)
            if prior is not None and previous is not None and previous.fingerprints.get(raw.doc_id) == fp:
                doc = _reusable(prior)
            else:
                try:
                    doc = build_document(raw)
                except Exception as exc:  # a bug on one odd document must not take the corpus down
                    problems.append(
                        LoadProblem(raw.path, f"could not process document {raw.doc_id!r}: {exc}")
                    )
                    continue
        builder.add(doc)  # its sentences go into the store's columns now, not kept as objects
        prints[raw.doc_id] = fp
        if progress is not None and (i % 500 == 0 or i + 1 == total):
            progress(i + 1, total)
    store, docs = builder.finish()
    docs = shared_documents(infer_published(docs))
    h = hashlib.sha256()
    for doc_id in sorted(prints):
        h.update(f"{doc_id}\0{prints[doc_id]}\0".encode())
    return Corpus(tuple(docs), tuple(problems), h.hexdigest()[:16], prints, store, files=scan.index)
