"""The sources table (the web's Sources page, Discord's /sources), worked out once per corpus version,
off the event loop.

At 100k documents, building the source list, sorting it and searching it on every request would take
longer than the page may. So an index is built once per engine version in a worker thread: the rows,
each sort order as a permutation (and each row's rank in it), the per-outlet totals, and one folded
text blob (title, outlet, id of every row, one row a line) that a search scans with ``str.find`` at C
speed. A page is then a slice of a permutation, or the matching rows ordered by their rank.
"""

from __future__ import annotations

import asyncio
import bisect
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from retrieval import Engine, Sources, fold
from retrieval.ingest.outlets import outlet_names

SortKey = Literal["title", "outlet", "date", "passages"]
Order = Literal["asc", "desc"]
SORT_KEYS: tuple[SortKey, ...] = ("title", "outlet", "date", "passages")
IntArray = npt.NDArray[np.int64]
KEY_CHARS = 48  # characters of a title or outlet that decide its place in the sort


def fold_text(text: str) -> str:
    """How a search compares text: accents, curly quotes and case do not matter."""
    return fold(text).casefold()


@dataclass(frozen=True, slots=True)
class SourceRow:
    doc_id: str
    title: str | None
    outlet: str | None
    published: date | None
    passages: int
    url: str | None
    #: the article is opinion (``DocumentMeta.opinion``): the page marks it, as citations do
    opinion: bool = False


@dataclass(frozen=True, slots=True)
class OutletTotal:
    outlet: str | None
    documents: int
    passages: int


@dataclass(frozen=True, slots=True)
class SourcesPage:
    rows: list[SourceRow]
    total: int  # rows matching the search
    offset: int


class SourcesIndex:
    """One corpus version's sources, sortable and searchable without touching every row per request.

    Built in a worker thread, and built so as not to hold the GIL for long (the event loop needs it):
    Python loops, which hand the GIL back every few milliseconds, and numpy sorts, which let go of it;
    no single ``list.sort`` or bulk conversion of 100k items, each of which holds it throughout."""

    def __init__(self, version: str, rows: list[SourceRow], names: dict[str, str]) -> None:
        self.version = version
        self.rows = rows
        self.passages = sum(r.passages for r in rows)
        self.undated = sum(1 for r in rows if r.published is None)
        #: each outlet name as the documents write it -> the one name its outlet goes by (the engine's,
        #: ``retrieval.ingest.outlets``): "The Brennport Courier" and "Brennport Courier" count as one
        self.outlet_names = names
        self.outlets = self._outlet_totals()
        self._perm: dict[tuple[SortKey, Order], IntArray] = {}
        self._rank: dict[tuple[SortKey, Order], IntArray] = {}
        self._by_id = np.lexsort((np.arange(len(rows)), _text_keys([r.doc_id for r in rows])))
        self._id_rank = np.empty(len(rows), dtype=np.int64)
        self._id_rank[self._by_id] = np.arange(len(rows), dtype=np.int64)
        for key in SORT_KEYS:
            self._orders(key)
        # One row a line (a title cannot hold a newline: fold keeps it, so it is replaced).
        # (a row is found by its outlet's one name too: the outlet totals offer that name as a search)
        lines = [
            fold_text(f"{r.title or ''}\t{r.outlet or ''}\t{self._other_name(r.outlet)}\t{r.doc_id}").replace(
                "\n", " "
            )
            for r in rows
        ]
        self._blob = "\n".join(lines) + "\n"
        starts = np.zeros(len(lines), dtype=np.int64)
        if lines:
            starts[1:] = np.cumsum(np.fromiter((len(x) + 1 for x in lines[:-1]), np.int64, len(lines) - 1))
        self._starts = starts
        self._searches: OrderedDict[str, IntArray] = OrderedDict()
        self._searches_lock = threading.Lock()  # searches run in worker threads
        self._vocabulary: tuple[list[str], list[str], list[int]] | None = None

    @classmethod
    def from_sources(cls, version: str, sources: Sources) -> SourcesIndex:
        rows = [
            SourceRow(d.doc_id, d.title, d.source, d.published, d.sentences, d.url, d.opinion)
            for d in sources.documents
        ]
        return cls(version, rows, outlet_names(r.outlet for r in rows))

    @classmethod
    def from_engine(cls, engine: Engine) -> SourcesIndex:
        """The rows as ``Engine.sources`` reports them (passages: the sentences a quote can come from),
        read from the corpus one document at a time: ``sources()`` validates all of its records in one
        call, which holds the GIL for hundreds of milliseconds at 100k documents."""
        rows = []
        quotable = engine.corpus.store.quotable_counts().tolist()  # as Engine.sources counts them
        for doc, passages in zip(engine.corpus.documents, quotable, strict=True):
            m = doc.meta
            rows.append(SourceRow(m.doc_id, m.title, m.source, m.published, passages, m.url, m.opinion))
        return cls(engine.version, rows, engine.outlet_names)

    def __len__(self) -> int:
        return len(self.rows)

    def _shown(self, outlet: str | None) -> str | None:
        """The name ``outlet``'s outlet goes by."""
        return self.outlet_names.get(outlet, outlet) if outlet is not None else None

    def _other_name(self, outlet: str | None) -> str:
        """The name ``outlet``'s outlet goes by when it is another, else nothing."""
        shown = self._shown(outlet)
        return shown if shown is not None and shown != outlet else ""

    def _outlet_totals(self) -> list[OutletTotal]:
        docs: Counter[str | None] = Counter()
        passages: Counter[str | None] = Counter()
        for r in self.rows:
            shown = self._shown(r.outlet)
            docs[shown] += 1
            passages[shown] += r.passages
        ranked = sorted(docs, key=lambda o: (-docs[o], o is None, (o or "").casefold()))
        return [OutletTotal(o, docs[o], passages[o]) for o in ranked]

    def _orders(self, key: SortKey) -> None:
        """Ascending and descending permutations for ``key`` (ties by document id); rows without a
        value (no title, no outlet, date unknown) come last in both directions, in document order."""
        rows, n = self.rows, len(self.rows)
        keys: npt.NDArray[Any]
        if key == "title" or key == "outlet":
            texts = [(r.title if key == "title" else r.outlet) or "" for r in rows]
            known = np.fromiter((bool(t) for t in texts), bool, n)
            keys = _text_keys([fold_text(t) for t in texts])
        elif key == "date":
            known = np.fromiter((r.published is not None for r in rows), bool, n)
            keys = np.fromiter((r.published.toordinal() if r.published else 0 for r in rows), np.int64, n)
        else:
            known = np.ones(n, dtype=bool)
            keys = np.fromiter((r.passages for r in rows), np.int64, n)
        order = np.lexsort((self._id_rank, keys))
        ranked = order[known[order]]
        missing = np.flatnonzero(~known).astype(np.int64)
        for direction, seq in (("asc", ranked), ("desc", ranked[::-1])):
            perm = np.concatenate([seq, missing]).astype(np.int64)
            rank = np.empty(n, dtype=np.int64)
            rank[perm] = np.arange(n, dtype=np.int64)
            self._perm[key, direction] = perm  # type: ignore[index]
            self._rank[key, direction] = rank  # type: ignore[index]

    def matching(self, text: str) -> IntArray:
        """Rows whose title, outlet or id contains ``text`` (folded), in document order; memoised for
        the last few searches, so paging through one search scans once."""
        needle = fold_text(" ".join(text.split()))
        if not needle:
            return np.arange(len(self.rows), dtype=np.int64)
        with self._searches_lock:
            hit = self._searches.get(needle)
            if hit is not None:
                self._searches.move_to_end(needle)
                return hit
        blob, find = self._blob, self._blob.find
        starts: list[int] = []
        pos = find(needle)
        while pos >= 0:
            starts.append(pos)
            end = blob.find("\n", pos)  # the rest of this row cannot add a row
            pos = find(needle, end + 1)
        rows = np.searchsorted(self._starts, np.array(starts, dtype=np.int64), side="right") - 1
        found = np.unique(rows).astype(np.int64)
        with self._searches_lock:
            self._searches[needle] = found
            if len(self._searches) > 32:
                self._searches.popitem(last=False)
        return found

    def page(self, text: str, sort: SortKey, order: Order, offset: int, limit: int) -> SourcesPage:
        """One page of the table: ``limit`` rows from ``offset`` of the (searched, sorted) list."""
        perm = self._perm[sort, order]
        if text.strip():
            found = self.matching(text)
            ordered = found[np.argsort(self._rank[sort, order][found], kind="stable")]
            total = len(found)
            chosen = ordered[offset : offset + limit]
        else:
            total = len(perm)
            chosen = perm[offset : offset + limit]
        return SourcesPage([self.rows[i] for i in chosen.tolist()], total, offset)

    def _title_words(self) -> tuple[list[str], list[str], list[int]]:
        """Every title word of three letters or more, folded and sorted (for prefix lookups), as
        first written, and how many titles hold it; built on first use, in a worker thread."""
        with self._searches_lock:
            if self._vocabulary is not None:
                return self._vocabulary
        counts: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for r in self.rows:
            for word in set(_TITLE_WORD.findall(r.title or "")):
                key = fold_text(word)
                if len(key) >= 3 and key not in _SMALL_WORDS:
                    counts[key] += 1
                    shown.setdefault(key, word)
        keys = sorted(counts)
        vocabulary = (keys, [shown[k] for k in keys], [counts[k] for k in keys])
        with self._searches_lock:
            self._vocabulary = vocabulary
        return vocabulary

    def suggest(self, text: str, limit: int = 25) -> list[str]:
        """What ``/sources`` offers as its search is typed: outlets containing the text (most
        documents first), then title words starting with its last word (most titles first), each
        kept only if it would find something."""
        typed = " ".join(text.split())
        needle = fold_text(typed)
        out = [o.outlet for o in self.outlets if o.outlet and (not needle or needle in fold_text(o.outlet))][
            :limit
        ]
        head, _, last = typed.rpartition(" ")
        prefix = fold_text(last)
        if len(out) < limit and prefix:
            keys, shown, counts = self._title_words()
            lo = bisect.bisect_left(keys, prefix)
            hi = bisect.bisect_left(keys, prefix + "\uffff")
            ranked = sorted(range(lo, hi), key=lambda i: (-counts[i], keys[i]))
            for i in ranked:
                suggestion = f"{head} {shown[i]}".strip()
                if suggestion not in out and (not head or len(self.matching(suggestion))):
                    out.append(suggestion)
                if len(out) >= limit:
                    break
        return out[:limit]


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: words too common in titles to be worth suggesting
_SMALL_WORDS = frozenset(
    "the and for with from that this into over after what will has have are was its".split()
)


def _text_keys(texts: list[str], width: int = KEY_CHARS) -> npt.NDArray[np.str_]:
    """Sort keys for texts: their first ``width`` characters (longer ones tie there and fall back to
    the next key), converted a slice at a time so no single conversion holds the GIL for long."""
    out = np.empty(len(texts), dtype=f"<U{width}")
    for i in range(0, len(texts), 8192):
        out[i : i + 8192] = texts[i : i + 8192]
    return out


class SourcesIndexCache:
    """The index of the engine the service holds now, built once per version in a worker thread;
    concurrent requests for a version being built wait for that one build."""

    def __init__(self) -> None:
        self._index: SourcesIndex | None = None
        self._lock = asyncio.Lock()

    async def get(self, engine: Engine) -> SourcesIndex:
        index = self._index
        if index is not None and index.version == engine.version:
            return index
        async with self._lock:
            index = self._index
            if index is None or index.version != engine.version:
                index = await asyncio.to_thread(SourcesIndex.from_engine, engine)
                self._index = index
            return index

    async def suggest(self, engine: Engine, text: str, limit: int = 25) -> list[str]:
        """Suggestions for a search being typed, worked out in a worker thread."""
        index = await self.get(engine)
        return await asyncio.to_thread(index.suggest, text, limit)

    async def search_page(
        self, engine: Engine, text: str, sort: SortKey, order: Order, offset: int, limit: int
    ) -> tuple[SourcesIndex, SourcesPage]:
        """A page; a search runs in a worker thread (it scans every row's text once)."""
        index = await self.get(engine)
        if text.strip():
            page = await asyncio.to_thread(index.page, text, sort, order, offset, limit)
        else:
            page = index.page(text, sort, order, offset, limit)
        return index, page
