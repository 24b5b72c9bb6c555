"""The Sources page's table, worked out once per corpus version, off the event loop.

At 100k documents, building the source list, sorting it and searching it on every request would take
longer than the page may. So an index is built once per engine version in a worker thread: the rows,
each sort order as a permutation (and each row's rank in it), the per-outlet totals, and one folded
text blob (title, outlet, id of every row, one row a line) that a search scans with ``str.find`` at C
speed. A page is then a slice of a permutation, or the matching rows ordered by their rank.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np
import numpy.typing as npt

from retrieval import Engine, Sources, fold

SortKey = Literal["title", "outlet", "date", "passages"]
Order = Literal["asc", "desc"]
SORT_KEYS: tuple[SortKey, ...] = ("title", "outlet", "date", "passages")
IntArray = npt.NDArray[np.int64]


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
    """One corpus version's sources, sortable and searchable without touching every row per request."""

    def __init__(self, version: str, sources: Sources) -> None:
        self.version = version
        self.rows = [
            SourceRow(d.doc_id, d.title, d.source, d.published, d.sentences, d.url) for d in sources.documents
        ]
        self.passages = sum(r.passages for r in self.rows)
        self.undated = sum(1 for r in self.rows if r.published is None)
        self.outlets = self._outlet_totals()
        self._perm: dict[tuple[SortKey, Order], IntArray] = {}
        self._rank: dict[tuple[SortKey, Order], IntArray] = {}
        for key in SORT_KEYS:
            self._orders(key)
        lines = [fold_text(f"{r.title or ''}\t{r.outlet or ''}\t{r.doc_id}") for r in self.rows]
        # No row's text holds a newline (fold keeps it; titles are one line), so lines map to rows.
        lines = [line.replace("\n", " ") for line in lines]
        self._blob = "\n".join(lines) + "\n"
        starts = np.zeros(len(lines), dtype=np.int64)
        if lines:
            np.cumsum([len(line) + 1 for line in lines[:-1]], out=starts[1:])
        self._starts = starts
        self._searches: OrderedDict[str, IntArray] = OrderedDict()
        self._searches_lock = threading.Lock()  # searches run in worker threads

    def __len__(self) -> int:
        return len(self.rows)

    def _outlet_totals(self) -> list[OutletTotal]:
        docs: Counter[str | None] = Counter()
        passages: Counter[str | None] = Counter()
        for r in self.rows:
            docs[r.outlet] += 1
            passages[r.outlet] += r.passages
        ranked = sorted(docs, key=lambda o: (-docs[o], o is None, (o or "").casefold()))
        return [OutletTotal(o, docs[o], passages[o]) for o in ranked]

    def _orders(self, key: SortKey) -> None:
        """Ascending and descending permutations for ``key``; rows without a value (no title, no
        outlet, date unknown) come last in both directions, in document order."""
        rows = self.rows
        value: Callable[[SourceRow], object]
        if key == "title":
            value = lambda r: fold_text(r.title) if r.title else None  # noqa: E731
        elif key == "outlet":
            value = lambda r: fold_text(r.outlet) if r.outlet else None  # noqa: E731
        elif key == "date":
            value = lambda r: r.published  # noqa: E731
        else:
            value = lambda r: r.passages  # noqa: E731
        values = [value(r) for r in rows]
        known = [i for i, v in enumerate(values) if v is not None]
        missing = [i for i, v in enumerate(values) if v is None]
        known.sort(key=lambda i: (values[i], rows[i].doc_id))
        for order, seq in (("asc", known), ("desc", known[::-1])):
            perm = np.array(seq + missing, dtype=np.int64)
            rank = np.empty(len(perm), dtype=np.int64)
            rank[perm] = np.arange(len(perm), dtype=np.int64)
            self._perm[key, order] = perm  # type: ignore[index]
            self._rank[key, order] = rank  # type: ignore[index]

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
                index = await asyncio.to_thread(lambda: SourcesIndex(engine.version, engine.sources()))
                self._index = index
            return index

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
