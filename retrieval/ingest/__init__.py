"""Ingest: files to documents. ``load`` walks the corpus and reads its files (``html`` and ``schemas``
for the formats), ``clean`` removes page furniture, ``segment`` splits sentences, ``meta`` and
``pubdate`` give each document its metadata, and ``corpus`` assembles the versioned Corpus."""

from retrieval.ingest.corpus import Corpus, build_corpus, build_document, fingerprint
from retrieval.ingest.load import load_corpus, scan_corpus

__all__ = ["Corpus", "build_corpus", "build_document", "fingerprint", "load_corpus", "scan_corpus"]
