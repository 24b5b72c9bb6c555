"""Corpus assembly: load -> clean -> metadata -> segment, into an immutable, versioned Corpus. Each
document is processed on its own (linear in the corpus: no step compares documents with each other);
the outlets' date formats then read the all-numeric publication dates that need them, and a document
naming no outlet is credited to the one its dateline names when other documents name it too. Pure and
synchronous; the bot runs it in a worker thread.

A corpus keeps its sentences in one ``SentenceStore`` (columns, not objects): each document is
appended to it as soon as it is segmented and dated, and its ``sentences`` are a view into the store."""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from retrieval.ingest.files import FileIndex
from retrieval.ingest.load import Known, scan_corpus
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

if TYPE_CHECKING:
    from retrieval.ingest.pubdate import DateFormats

# Reading an article (cleaning, metadata, publication dates, sentences) is imported where an article is
# read, not here: those modules compile some two hundred regular expressions, a third of the start of a
# one-shot ``newsbot ask``, which opens a persisted index and reads no article.


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
        """The sentences a quote can come from (headings aside), as every screen counts them: the
        console's header, the reload report, ``sources`` and the status pages (``store.quotable_counts``
        per document). Counting headings here too made the header say 41 beside a list summing to 40."""
        return int(
            self.store.heading.size - np.count_nonzero(self.store.heading)
        )  # (not counted per document)


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


def shared_meta(meta: DocumentMeta) -> DocumentMeta:
    """The same metadata, sharing with other records what they have in common: pydantic keeps a set
    of the fields given per record (the better part of a kilobyte for five names), the provenance is
    a dict per record, and the outlet and author repeat; a million-passage corpus has tens of
    thousands of records. Records never change (the model is frozen), so sharing equal values is
    safe, and it is done in place: copying each record through pydantic took a fifth of a second of
    every restart per 10,000 documents."""
    fields = _FIELDS.setdefault(frozenset(meta.model_fields_set), set(meta.model_fields_set))
    provenance = _PROVENANCE.setdefault(tuple(sorted(meta.provenance.items())), meta.provenance)
    if meta.model_fields_set is not fields:
        object.__setattr__(meta, "__pydantic_fields_set__", fields)
    values = meta.__dict__
    values["provenance"] = provenance
    if meta.source is not None:
        values["source"] = sys.intern(meta.source)
    if meta.author is not None:
        values["author"] = sys.intern(meta.author)
    return meta


def shared_documents(docs: Sequence[Document]) -> list[Document]:
    out = []
    for doc in docs:
        meta = shared_meta(doc.meta)
        out.append(doc if meta is doc.meta else replace(doc, meta=meta))
    return out


#: repeated sentences that make a document junk when they outnumber its different ones (a line pasted
#: over and over); fewer repeats are only dropped, as page furniture
REPEATED_MIN = 10


class NotAnArticle(ValueError):
    """A document that is no article (an error page, a word dump, a passage repeated): not loaded, and
    loading says what it is."""


class Repetitive(NotAnArticle):
    """A document that is mostly one passage repeated: no article, and it would fill every search."""


#: how many of a page's first lines may show an error page's status ("Access Denied" under its title)
_HEAD_LINES = 3


def build_document(raw: RawDocument) -> Document:
    """One raw document -> cleaned, segmented Document (an ambiguous all-numeric publication date not
    yet read in its outlet's order: see ``build_corpus``)."""
    from retrieval.ingest.clean import clean, speaks_as_outlet
    from retrieval.ingest.junk import LONGEST_SENTENCE_CHARS, no_prose_reason, not_an_article
    from retrieval.ingest.meta import infer_meta
    from retrieval.ingest.segment import cut_run_ons, split_sentences

    cleaned = clean(raw)
    meta = infer_meta(raw, cleaned)
    head = [line.strip() for line in raw.text[:2000].splitlines() if line.strip()][:_HEAD_LINES]
    if (error := not_an_article(meta.title, head, list(cleaned.blocks))) is not None:
        raise NotAnArticle(f"{error}, not an article; not loaded")
    sentences: list[Sentence] = []
    paragraphs: list[tuple[int, int]] = []
    seen: set[str] = set()
    repeats = 0
    prose = False
    for p, block in enumerate(cleaned.blocks):
        start = len(sentences)
        parts = [block.text.strip()] if block.heading else split_sentences(block.text)
        # (a dump of words is told by its one enormous "sentence", before that is cut into quotable pieces)
        prose = prose or any(0 < len(text) <= LONGEST_SENTENCE_CHARS for text in parts)
        parts = cut_run_ons(parts)
        # the outlet speaking of itself ("The Harbor Gazette is Brackton's independent student newspaper.",
        # "Stay with the Harbor Gazette for updates.") opens its box: what follows in the paragraph
        # ("Donate today.") goes with it
        own = next((i for i, text in enumerate(parts) if speaks_as_outlet(text, meta.source)), len(parts))
        for text in parts[:own]:
            if not text:
                continue
            # a sentence the page already gave says nothing new, and its copies would crowd the
            # coverage out of every search ("Advertisement", a line pasted over and over)
            key = " ".join(text.split()).casefold()
            if key in seen:
                repeats += 1
                continue
            seen.add(key)
            sentences.append(Sentence(raw.doc_id, len(sentences), p, text, block.heading))
        paragraphs.append((start, len(sentences)))
    if not prose and (dump := no_prose_reason(raw.text)) is not None:
        raise NotAnArticle(f"{dump}; not loaded")
    if repeats >= REPEATED_MIN and repeats > len(sentences):
        raise Repetitive(f"the same sentences over and over ({repeats + len(sentences)} sentences, "
                         f"{len(sentences)} different): not an article; not loaded")  # fmt: skip
    return Document(meta=meta, sentences=tuple(sentences), paragraphs=tuple(paragraphs))


def _dated(doc: Document, formats: DateFormats) -> Document:
    """``doc`` with its all-numeric publication date read in its outlet's order (also for a document
    taken unchanged from the previous corpus: the setting may have changed since)."""
    from retrieval.ingest.pubdate import with_outlet_order

    meta = with_outlet_order(doc.meta, formats)
    if meta is doc.meta:
        return doc
    return Document(meta=meta, sentences=doc.sentences, paragraphs=doc.paragraphs)


def _credited_outlets(docs: list[Document]) -> list[Document]:
    """``docs``, each that names no outlet credited to the one of the corpus's outlets it names as its own:
    its lead's dateline brackets the name ("HALCYON CITY (Halcyon) —" among records of the wire Halcyon;
    alone a bracketed common word is no evidence of an outlet: ``byline.dateline_credit``), or its text
    speaks as the outlet to its reader ("Stay with the Wexmoor Ledger for updates.": ``clean.asks_reader_of``;
    a live page's "welcome to the Wexmoor Ledger's live coverage", "you are following live updates from the
    Wexmoor Ledger"; not "The Wexmoor Ledger is ...", which another outlet's story may say of it). One
    outlet only: a page speaking as two is not told apart. The corpus's other documents crediting the name
    are what make it an outlet's -- but for a page whose last sentences sign off with one name, which
    nothing else names ("Stay with the Harwick Post for updates.": ``clean.signed_off_as``): only its
    own outlet's page signs off so. Once per build, over the documents naming none: one search a sentence."""
    from retrieval.ingest.byline import dateline_name
    from retrieval.ingest.clean import asks_reader_of, signed_off_as
    from retrieval.ingest.outlets import name_key

    written: dict[str, str] = {}  # an outlet's key -> its longest name as the documents write it
    for d in docs:
        if (
            d.meta.source
            and (key := name_key(d.meta.source))
            and len(d.meta.source) > len(written.get(key, ""))
        ):
            written[key] = d.meta.source
    if all(d.meta.source for d in docs):
        return docs
    names = sorted({_OUTLET_THE.sub("", n.strip()) for n in written.values()}, key=len, reverse=True)
    named = "|".join(re.escape(n) for n in names if len(n) >= _SELF_NAME_MIN)
    mention = re.compile(rf"\b(?:{named})\b", re.IGNORECASE) if named else None
    out = []
    for doc in docs:
        if doc.meta.source is None:
            texts = [s.text for s in doc.sentences if not s.heading]
            found = dateline_name(texts[0]) if texts else None
            own = {name_key(found)} & written.keys() if found is not None else set()
            for text in texts if not own else ():
                for m in mention.finditer(text) if mention is not None else ():
                    key = name_key(m.group(0))
                    if key in written and (
                        asks_reader_of(text, written[key])
                        or any(
                            x.start() <= m.start() and m.end() <= x.end() for x in _LIVE_SELF.finditer(text)
                        )
                    ):
                        own.add(key)
            source: str | None = None
            if len(own) == 1:
                # the dateline's name as written only when it is the outlet found (a dateline bracketing
                # another name, "ORMSBY (Kestrel) —", leaves the page to the outlet it speaks as)
                source = found if found is not None and name_key(found) in own else written[next(iter(own))]
            elif not own:
                # nothing names the page's outlet but its own sign-off ("Stay with the Harwick Post for
                # updates."), an outlet no other document need name; one name only
                signed = {
                    n
                    for t in texts[-_SIGN_OFF_SENTENCES:]
                    if (n := signed_off_as(t, lambda name: name_key(name) in written)) is not None
                }
                source = signed.pop() if len(signed) == 1 else None
            if source is not None:
                provenance = {**doc.meta.provenance, "source": "inferred"}
                meta = doc.meta.model_copy(update={"source": source, "provenance": provenance})
                doc = replace(doc, meta=shared_meta(meta))
        out.append(doc)
    return out


#: the outlet's name as a page may write it, "the" before it or not
_OUTLET_THE = re.compile(r"(?i)^the\s+")
#: how near its end a page signs off ("Stay with the Harwick Post for updates."): its last sentences only,
#: so a story's own sentence asking readers of another outlet is not read as the page's sign-off
_SIGN_OFF_SENTENCES = 3
#: the shortest outlet name searched for in a page naming no outlet (a shorter one is a word)
_SELF_NAME_MIN = 3
#: a live page naming itself its outlet's: "welcome to the Wexmoor Ledger's live coverage", "This is the
#: Ledger's live blog", "you are following live updates from the Wexmoor Ledger"
_LIVE_SELF = re.compile(
    r"(?i)\b(?:this\s+is|welcome\s+to|you\s+are\s+(?:reading|following|watching))\s+(?:the\s+)?"
    r"(?:[\w&' .-]{3,60}?['’]s\s+live\b|live\s+(?:updates|coverage|blog)\s+(?:from|by)\s+(?:the\s+)?"
    r"[\w&'.-]+(?:\s+[\w&'.-]+){0,5})"
)


def _unread_dates(docs: list[tuple[Document, str]], where: str) -> list[LoadProblem]:
    """One problem per outlet whose all-numeric publication dates could be read either way, naming the
    date formats file ``where`` the order goes (the one the settings read, so the user edits that one)."""
    by_source: dict[str | None, list[tuple[Document, str]]] = {}
    for doc, path in docs:
        by_source.setdefault(doc.meta.source, []).append((doc, path))
    problems = []
    for source, found in by_source.items():
        doc, path = found[0]
        # what to write in the file: a line for the outlet, or (no outlet to name) the default order
        orders = '"day-first" or "month-first"'
        if source:
            whose, setting = f"of source {source!r}", f'under [sources]: "{source}" = {orders}'
        else:
            whose, setting = "with no source", f"default = {orders}, for every outlet not named"
        problems.append(
            LoadProblem(
                path,
                f"{len(found)} document(s) {whose} state a publication date such as "
                f"{doc.meta.published_written!r} that reads both day-first and month-first; they stay "
                f"undated until its order is set in the date formats file "
                f"({where}, {setting})",
            )
        )
    return problems


def _opening(doc: Document) -> str:
    """A document's first sentence that is not a heading, spaces and case aside."""
    first = next((s.text for s in doc.sentences if not s.heading), "")
    return " ".join(first.split()).casefold()


def _copies(docs: Sequence[Document], paths: Mapping[str, str]) -> list[LoadProblem]:
    """A note for each document that is a copy of an earlier one: the same headline, outlet and first
    sentence (a page saved twice, one copy cut short). Both stay loaded, since which one is meant the
    corpus does not say; unnoted, a copy is listed twice among an event's reports and its sources."""
    first_of: dict[tuple[str, str | None, str], Document] = {}  # (one look-up a document, not a pair)
    notes: list[LoadProblem] = []
    for doc in docs:
        title = " ".join((doc.meta.title or "").split()).casefold()
        opening = _opening(doc) if title else ""
        if not opening:
            continue
        first = first_of.setdefault((title, doc.meta.source, opening), doc)
        if first is not doc:
            said = f"note: a copy of {paths.get(first.meta.doc_id, first.meta.doc_id)} (the same "
            said += "headline, outlet and opening); both are loaded, remove one if it is a duplicate"
            notes.append(LoadProblem(paths.get(doc.meta.doc_id, doc.meta.doc_id), said))
    return notes


def build_corpus(
    root: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    previous: Corpus | None = None,
    date_formats: DateFormats | Path | None = None,
) -> Corpus:
    """Load and process the corpus. With ``previous``, documents whose fingerprint is unchanged are
    taken from it instead of being cleaned and segmented again, and files whose size and modification
    time are unchanged are not even read (a reload touches only what changed). ``date_formats`` gives
    the outlets' orders for all-numeric dates, or the file to read them from (``config/date_formats.toml``
    in the bot's settings); a file that cannot be read is a load problem, and no order is set."""
    from retrieval.ingest.pubdate import DateFormats

    problems: list[LoadProblem] = []
    where = str(date_formats) if isinstance(date_formats, Path) else "config/date_formats.toml"
    if isinstance(date_formats, Path):
        try:
            date_formats = DateFormats.load(date_formats)
        except ValueError as exc:
            problems.append(LoadProblem(str(date_formats), str(exc)))
            date_formats = None
    formats = date_formats or DateFormats()
    return _build_corpus(root, progress, cancel, previous, formats, problems, where)


def _build_corpus(
    root: Path,
    progress: Progress | None,
    cancel: threading.Event | None,
    previous: Corpus | None,
    formats: DateFormats,
    problems: list[LoadProblem],
    where: str,
) -> Corpus:
    old: dict[str, Document] = {}
    if previous is not None:
        old = {d.meta.doc_id: d for d in previous.documents}
    reusable = {d for d in old if previous is not None and d in previous.fingerprints}
    scan = scan_corpus(
        root, previous=previous.files if previous is not None else None, reusable=reusable if old else None
    )
    problems = problems + scan.problems
    builder = StoreBuilder()
    unread: list[tuple[Document, str]] = []
    #: the dates read in an outlet's order: all the date formats change, so all they add to the version
    by_order: dict[str, str] = {}
    prints: dict[str, str] = {}
    paths: dict[str, str] = {}
    total = len(scan.docs)
    for i, raw in enumerate(scan.docs):
        if cancel is not None and cancel.is_set():
            raise BuildCancelled("the corpus build was cancelled")
        if isinstance(raw, Known):  # its file is unchanged: the previous corpus' document, unread
            assert previous is not None
            doc, fp = old[raw.doc_id], previous.fingerprints[raw.doc_id]
        else:
            fp = fingerprint(raw)
            prior = old.get(raw.doc_id)
            if prior is not None and previous is not None and previous.fingerprints.get(raw.doc_id) == fp:
                doc = prior
            else:
                try:
                    doc = build_document(raw)
                except NotAnArticle as exc:
                    record = f"record {raw.doc_id!r}: " if raw.path.lower().endswith(".jsonl") else ""
                    problems.append(LoadProblem(raw.path, f"{record}{exc}"))
                    continue
                except Exception as exc:  # a bug on one odd document must not take the corpus down
                    problems.append(
                        LoadProblem(raw.path, f"could not process document {raw.doc_id!r}: {exc}")
                    )
                    continue
        if not doc.sentences:  # a page of navigation, a stray character: nothing it could be quoted for
            record = f"record {raw.doc_id!r}: " if raw.path.lower().endswith(".jsonl") else ""
            problems.append(
                LoadProblem(raw.path, f"{record}no story text once page furniture is removed; not loaded")
            )
            continue
        doc = _dated(doc, formats)
        if doc.meta.published_written is not None:
            by_order[raw.doc_id] = str(doc.meta.published)
            if doc.meta.published is None:
                unread.append((doc, raw.path))
        builder.add(doc)  # its sentences go into the store's columns now, not kept as objects
        prints[raw.doc_id] = fp
        paths[raw.doc_id] = raw.path
        if progress is not None and (i % 500 == 0 or i + 1 == total):
            progress(i + 1, total)
    store, built = builder.finish()
    docs = _credited_outlets(shared_documents(built))
    problems.extend(_unread_dates(unread, where))
    problems.extend(_copies(docs, paths))
    h = hashlib.sha256()
    for doc_id in sorted(prints):
        h.update(f"{doc_id}\0{prints[doc_id]}\0{by_order.get(doc_id, '')}\0".encode())
    # reported file by file, line by line, whichever step found them (a line's decoding before an
    # earlier line's duplicate id read as out of order)
    problems.sort(key=lambda p: (p.path, p.line or 0))
    return Corpus(tuple(docs), tuple(problems), h.hexdigest()[:16], prints, store, files=scan.index)
