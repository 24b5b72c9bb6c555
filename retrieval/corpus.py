"""Corpus assembly: load -> clean -> metadata -> segment -> publication dates, into an immutable,
versioned Corpus. Pure and synchronous; the bot runs it in a worker thread."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from retrieval.clean import clean
from retrieval.load import load_corpus
from retrieval.meta import infer_meta
from retrieval.models import Document, LoadProblem, RawDocument, Sentence
from retrieval.pubdate import infer_published
from retrieval.segment import split_sentences

#: bump when cleaning/segmentation changes, so persisted caches of the old output are not reused
PIPELINE_VERSION = "1"

Progress = Callable[[int, int], None]


class BuildCancelled(Exception):
    """Raised when a build is cancelled; nothing was swapped in, nothing is lost."""


@dataclass(frozen=True, slots=True)
class Corpus:
    documents: tuple[Document, ...]
    problems: tuple[LoadProblem, ...]
    #: content fingerprint: changes exactly when a document's text or metadata changes
    version: str
    #: doc_id -> fingerprint of that document, to tell a reload what was added, removed or changed
    fingerprints: dict[str, str]

    @property
    def sentence_count(self) -> int:
        return sum(len(d.sentences) for d in self.documents)


def fingerprint(raw: RawDocument) -> str:
    h = hashlib.sha256()
    for part in (raw.doc_id, raw.text, repr(sorted(raw.fields.items())), repr(sorted(raw.manifest.items()))):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:16]


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


def build_corpus(
    root: Path, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> Corpus:
    raws, problems = load_corpus(root)
    docs: list[Document] = []
    prints: dict[str, str] = {}
    total = len(raws)
    for i, raw in enumerate(raws):
        if cancel is not None and cancel.is_set():
            raise BuildCancelled("the corpus build was cancelled")
        try:
            doc = build_document(raw)
        except Exception as exc:  # a bug on one odd document must not take the corpus down
            problems.append(LoadProblem(raw.path, f"could not process document {raw.doc_id!r}: {exc}"))
            continue
        docs.append(doc)
        prints[raw.doc_id] = fingerprint(raw)
        if progress is not None and (i % 500 == 0 or i + 1 == total):
            progress(i + 1, total)
    docs = infer_published(docs)
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    for doc_id in sorted(prints):
        h.update(f"{doc_id}\0{prints[doc_id]}\0".encode())
    return Corpus(tuple(docs), tuple(problems), h.hexdigest()[:16], prints)
