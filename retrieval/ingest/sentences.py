"""Every sentence of a corpus in columns rather than as objects.

A million ``Sentence`` objects, each with its own str, are several hundred megabytes and a heap that
the garbage collector walks and that freeing a replaced engine has to take apart. A ``SentenceStore``
holds them as one UTF-8 buffer with byte offsets and numpy columns (paragraph, heading, document), a
few large objects whatever the corpus' size; a restart memory-maps the persisted buffer, so its pages
are read only as questions touch them. ``Sentence`` objects are made when code reads one, through
views that are ``Sequence[Sentence]`` (a document's sentences, an engine's rows): the answer and
timeline code index and iterate them as they did tuples.

Sentence ``i`` of the store is ``text[offsets[i]:offsets[i+1]]``; document ``d`` holds sentences
``doc_start[d]:doc_start[d+1]`` and paragraphs ``paragraphs[para_start[d]:para_start[d+1]]`` (each a
pair of sentence indices within the document, as ``Document.paragraphs`` always was). ``notice[i]``
tells whether sentence ``i`` is a correction notice's (``retrieval.ingest.notices.retracts``), told once
when the store is built rather than by every question that reads the sentence.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from retrieval.ingest.notices import may_retract, retracts
from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.search.arrays import Int32Array, IntArray, owners

ByteArray = npt.NDArray[np.uint8]
BoolArray = npt.NDArray[np.bool_]

#: sentences made by indexing that are kept for the next read (a question reads ~150, most of them
#: twice: a candidate and its neighbours); bounded, so the store stays a few objects
_CACHE = 4096
#: bytes copied per step when a store is copied into a new one: a copy of a hundred megabytes in one
#: call would hold the GIL (and the bot's event loop) for as long as it takes
_COPY_CHUNK = 1 << 22


if [f.name for f in fields(Sentence)] != ["doc_id", "index", "paragraph", "text", "heading"]:
    raise ImportError("retrieval.ingest.sentences makes Sentence objects field by field: update it")
_new = object.__new__
# the slots' own setters: what the frozen dataclass's __init__ does through object.__setattr__, in a
# third of the time (a question makes a hundred sentences)
_set_doc, _set_index, _set_paragraph, _set_text, _set_heading = (
    getattr(Sentence, f.name).__set__ for f in fields(Sentence)
)


class SentenceStore:
    """The sentences of a corpus' documents, in the corpus' document order. Immutable."""

    __slots__ = (
        "_bytes",
        "_cache",
        "_doc",
        "_head",
        "_off",
        "_par",
        "_start",
        "doc",
        "doc_ids",
        "doc_start",
        "heading",
        "notice",
        "offsets",
        "para_start",
        "paragraph",
        "paragraphs",
        "text",
    )

    def __init__(
        self,
        text: ByteArray,
        offsets: IntArray,
        paragraph: Int32Array,
        heading: BoolArray,
        doc_ids: Sequence[str],
        doc_start: IntArray,
        para_start: IntArray,
        paragraphs: Int32Array,
        notice: BoolArray,
    ) -> None:
        n, n_docs = paragraph.shape[0], len(doc_ids)
        if (
            text.ndim != 1
            or offsets.shape != (n + 1,)
            or heading.shape != (n,)
            or notice.shape != (n,)
            or doc_start.shape != (n_docs + 1,)
            or para_start.shape != (n_docs + 1,)
            or paragraphs.ndim != 2
            or paragraphs.shape[1] != 2
            or int(offsets[0]) != 0
            or int(offsets[-1]) != text.shape[0]
            or int(doc_start[0]) != 0
            or int(doc_start[-1]) != n
            or int(para_start[0]) != 0
            or int(para_start[-1]) != paragraphs.shape[0]
        ):
            raise ValueError("the sentence columns disagree")
        if n and (bool((np.diff(offsets) < 0).any()) or bool((np.diff(doc_start) < 0).any())):
            raise ValueError("the sentence offsets are not ascending")
        self.text = text
        self.offsets = offsets
        self.paragraph = paragraph
        self.heading = heading
        self.doc_ids = tuple(doc_ids)
        self.doc_start = doc_start
        self.para_start = para_start
        self.paragraphs = paragraphs
        self.notice = notice
        #: the document of each sentence
        self.doc: Int32Array = owners(doc_start).astype(np.int32)
        # memoryviews: reading one item of one is a third of the time numpy takes, and gives a Python int
        self._bytes = text.data
        self._off = offsets.data
        self._par = paragraph.data
        self._head = heading.data
        self._doc = self.doc.data
        self._start = doc_start.data
        self._cache: dict[int, Sentence] = {}

    @classmethod
    def empty(cls) -> SentenceStore:
        return StoreBuilder().finish()[0]

    def __len__(self) -> int:
        return len(self._par)

    @property
    def documents(self) -> int:
        return len(self.doc_ids)

    def text_at(self, i: int) -> str:
        return str(self._bytes[self._off[i] : self._off[i + 1]], "utf-8", "surrogatepass")

    def texts(self, lo: int, hi: int) -> list[str]:
        """The texts of sentences lo..hi-1 (what tokenizing needs, without Sentence objects)."""
        off, buf = self._off, self._bytes
        return [str(buf[off[i] : off[i + 1]], "utf-8", "surrogatepass") for i in range(lo, hi)]

    def joined(self, lo: int, hi: int) -> str:
        """The texts of sentences lo..hi-1 run together, without a separator: one slice of the buffer."""
        return str(self._bytes[self._off[lo] : self._off[hi]], "utf-8", "surrogatepass")

    def make(self, i: int) -> Sentence:
        """Sentence ``i`` as a new object."""
        d, off = self._doc[i], self._off
        s: Sentence = _new(Sentence)
        _set_doc(s, self.doc_ids[d])
        _set_index(s, i - self._start[d])
        _set_paragraph(s, self._par[i])
        _set_text(s, str(self._bytes[off[i] : off[i + 1]], "utf-8", "surrogatepass"))
        _set_heading(s, bool(self._head[i]))
        return s

    def sentence(self, i: int) -> Sentence:
        """Sentence ``i``, the same object as the last read of it while it is in the small cache."""
        s = self._cache.get(i)
        if s is None:
            s = self.make(i)
            if len(self._cache) >= _CACHE:
                self._cache.clear()
            self._cache[i] = s
        return s

    def as_document(self, d: int, meta: DocumentMeta) -> Document:
        """Document ``d`` with its sentences and paragraphs as views into this store."""
        return Document(meta, DocumentSentences(self, d), DocumentParagraphs(self, d))

    def document(self, d: int) -> DocumentSentences:
        return DocumentSentences(self, d)

    def document_paragraphs(self, d: int) -> DocumentParagraphs:
        return DocumentParagraphs(self, d)

    def quotable_counts(self) -> IntArray:
        """Each document's sentences that are not headings."""
        counts = np.zeros(self.documents, dtype=np.int64)
        np.add.at(counts, self.doc[~self.heading], 1)
        return counts


def _index(i: int, n: int) -> int:
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError("sentence index out of range")
    return i


class DocumentSentences(Sequence[Sentence]):
    """One document's sentences, read from its store as they are indexed or iterated."""

    __slots__ = ("_lo", "_n", "number", "store")

    def __init__(self, store: SentenceStore, number: int) -> None:
        self.store = store
        self.number = number
        self._lo = int(store.doc_start[number])
        self._n = int(store.doc_start[number + 1]) - self._lo

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Sentence: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Sentence, ...]: ...
    def __getitem__(self, i: int | slice) -> Sentence | tuple[Sentence, ...]:
        if isinstance(i, slice):
            return tuple(self.store.sentence(self._lo + j) for j in range(*i.indices(self._n)))
        if 0 <= i < self._n:  # the common case, kept to one call (a question reads hundreds)
            s = self.store._cache.get(self._lo + i)
            return s if s is not None else self.store.sentence(self._lo + i)
        return self.store.sentence(self._lo + _index(i, self._n))

    def __iter__(self) -> Iterator[Sentence]:
        # new objects, not the cache's: a whole-corpus pass (the timeline, publication dates) would
        # only churn it
        make = self.store.make
        return (make(i) for i in range(self._lo, self._lo + self._n))

    def texts(self) -> list[str]:
        """The document's sentences' texts, in order (no Sentence made)."""
        return self.store.texts(self._lo, self._lo + self._n)

    def notices(self) -> list[int]:
        """The indexes of the document's sentences that are a correction notice's (``notice``), in order."""
        return np.flatnonzero(self.store.notice[self._lo : self._lo + self._n]).tolist()

    def text(self) -> str:
        """The document's sentences' texts run together, without a separator (one slice of the store,
        no Sentence made): what none of them holds, the whole does not hold either."""
        return self.store.joined(self._lo, self._lo + self._n)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DocumentSentences) and other.store is self.store:
            return other.number == self.number
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"DocumentSentences({self.store.doc_ids[self.number]!r}, {self._n} sentences)"


class DocumentParagraphs(Sequence[tuple[int, int]]):
    """One document's paragraphs: (first sentence index, one past the last) each."""

    __slots__ = ("number", "store")

    def __init__(self, store: SentenceStore, number: int) -> None:
        self.store = store
        self.number = number

    def _bounds(self) -> tuple[int, int]:
        start = self.store.para_start
        return int(start[self.number]), int(start[self.number + 1])

    def __len__(self) -> int:
        lo, hi = self._bounds()
        return hi - lo

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[tuple[int, int], ...]: ...
    def __getitem__(self, i: int | slice) -> tuple[int, int] | tuple[tuple[int, int], ...]:
        lo, hi = self._bounds()
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(hi - lo)))
        a, b = self.store.paragraphs[lo + _index(i, hi - lo)].tolist()
        return (a, b)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        lo, hi = self._bounds()
        return ((a, b) for a, b in self.store.paragraphs[lo:hi].tolist())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))


class RowSentences(Sequence[Sentence]):
    """Sentences in an engine's row order: row ``r`` is the store's sentence ``positions[r]`` (the
    store's own order when ``positions`` is None, as it is unless a reload kept rows in place)."""

    __slots__ = ("_n", "_pos", "positions", "store")

    def __init__(self, store: SentenceStore, positions: IntArray | None) -> None:
        self.store = store
        self.positions = positions
        self._pos = None if positions is None else positions.data
        self._n = len(store) if positions is None else positions.shape[0]

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Sentence: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Sentence, ...]: ...
    def __getitem__(self, i: int | slice) -> Sentence | tuple[Sentence, ...]:
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(self._n)))
        if not 0 <= i < self._n:
            i = _index(i, self._n)
        p = i if self._pos is None else self._pos[i]
        s = self.store._cache.get(p)  # the common case, kept to one call (a question reads hundreds)
        return s if s is not None else self.store.sentence(p)

    def __iter__(self) -> Iterator[Sentence]:
        make, pos = self.store.make, self._pos
        return (make(i if pos is None else pos[i]) for i in range(self._n))


class StoreBuilder:
    """Documents in, one store out: each added document's sentences are appended to the columns at
    once (a build never holds all its Sentence objects), and documents that are already views into a
    store (unchanged by a reload) are copied from it by ranges, consecutive documents together."""

    def __init__(self) -> None:
        self._text = bytearray()
        self._offsets = array("q", [0])
        self._paragraph = array("i")
        self._heading = bytearray()
        self._notice = bytearray()
        self._doc_start = array("q", [0])
        self._para_start = array("q", [0])
        self._paras = array("i")
        self._metas: list[DocumentMeta] = []
        #: documents d0..d1-1 of a store, waiting to be copied in one piece
        self._run: tuple[SentenceStore, int, int] | None = None

    def add(self, doc: Document) -> None:
        sents, paras = doc.sentences, doc.paragraphs
        self._metas.append(doc.meta)
        if (
            isinstance(sents, DocumentSentences)
            and isinstance(paras, DocumentParagraphs)
            and paras.store is sents.store
            and paras.number == sents.number
        ):
            run = self._run
            if run is not None and run[0] is sents.store and run[2] == sents.number:
                self._run = (run[0], run[1], run[2] + 1)
            else:
                self._flush()
                self._run = (sents.store, sents.number, sents.number + 1)
            return
        self._flush()
        text, offsets, paragraph, heading = self._text, self._offsets, self._paragraph, self._heading
        texts = []
        for s in sents:
            texts.append(s.text)
            text += s.text.encode("utf-8", "surrogatepass")
            offsets.append(len(text))
            paragraph.append(s.paragraph)
            heading.append(1 if s.heading else 0)
        # (one test of the whole text tells that most articles hold no notice: ``may_retract``)
        if may_retract("".join(texts)):
            self._notice += bytes(retracts(t) for t in texts)
        else:
            self._notice += bytes(len(texts))
        self._doc_start.append(len(paragraph))
        for a, b in paras:
            self._paras.append(a)
            self._paras.append(b)
        self._para_start.append(len(self._paras) // 2)

    def _flush(self) -> None:
        if self._run is None:
            return
        store, d0, d1 = self._run
        self._run = None
        s0, s1 = int(store.doc_start[d0]), int(store.doc_start[d1])
        b0, b1 = int(store.offsets[s0]), int(store.offsets[s1])
        p0, p1 = int(store.para_start[d0]), int(store.para_start[d1])
        base, sbase, pbase = len(self._text), len(self._paragraph), len(self._paras) // 2
        for lo in range(b0, b1, _COPY_CHUNK):
            self._text += store._bytes[lo : min(lo + _COPY_CHUNK, b1)]
        _extend(self._offsets, store.offsets[s0 + 1 : s1 + 1] - b0 + base)
        _extend(self._paragraph, store.paragraph[s0:s1])
        _extend(self._heading, store.heading[s0:s1])
        _extend(self._notice, store.notice[s0:s1])
        _extend(self._doc_start, store.doc_start[d0 + 1 : d1 + 1] - s0 + sbase)
        _extend(self._paras, store.paragraphs[p0:p1])
        _extend(self._para_start, store.para_start[d0 + 1 : d1 + 1] - p0 + pbase)

    def finish(self) -> tuple[SentenceStore, list[Document]]:
        """The store, and the added documents as views into it (their metadata as added)."""
        self._flush()
        store = SentenceStore(
            np.frombuffer(self._text, dtype=np.uint8),
            np.frombuffer(self._offsets, dtype=np.int64),
            np.frombuffer(self._paragraph, dtype=np.int32),
            np.frombuffer(self._heading, dtype=np.bool_),
            [m.doc_id for m in self._metas],
            np.frombuffer(self._doc_start, dtype=np.int64),
            np.frombuffer(self._para_start, dtype=np.int64),
            np.frombuffer(self._paras, dtype=np.int32).reshape(-1, 2),
            np.frombuffer(self._notice, dtype=np.bool_),
        )
        return store, [store.as_document(d, m) for d, m in enumerate(self._metas)]


def _extend(target: array[Any] | bytearray, values: npt.NDArray[Any]) -> None:
    """Append numpy values to an array of the same item type, a chunk at a time (see _COPY_CHUNK)."""
    itemsize = target.itemsize if isinstance(target, array) else 1
    step = max(1, _COPY_CHUNK // itemsize)
    for lo in range(0, values.shape[0], step):
        piece = values[lo : lo + step]
        if isinstance(target, array):
            target.frombytes(piece.astype(np.dtype(target.typecode), copy=False).tobytes())
        else:
            target += piece.astype(np.uint8, copy=False).tobytes()
