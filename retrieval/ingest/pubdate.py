"""Publication dates for documents whose files do not state one.

A report is published on or just after the latest event it dates, so the estimate is the latest date its
body names. Years come, in order of trust, from the text itself (explicit years, and a weekday that pins a
month-day to one year: "Monday (April 21)"), then from the most similar article whose date is known (same
story, same weeks), which also dates an article that names no usable date at all. Nothing here reads the
clock: an article that cannot be dated stays undated rather than borrowing today's date.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from retrieval.lexicon import FILLER_WORDS
from retrieval.models import Document
from retrieval.timeline.calendar import resolve
from retrieval.timeline.dates import body_sentences, find_dates
from retrieval.timeline.expressions import DateMention


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = FILLER_WORDS
#: a background year this far before the article's own latest date does not bound its other years
_MAX_SPAN_DAYS = 400


def _body_text(doc: Document) -> str:
    return "\n".join(s.text for s in body_sentences(doc))


@dataclass(frozen=True, slots=True)
class _Evidence:
    doc: Document
    mentions: list[DateMention]
    words: Counter[str]
    norm: float


def _evidence(doc: Document, *, dates: bool = True) -> _Evidence:
    """A document's word bag, and its date mentions unless ``dates`` is False (a dated article only
    ever serves as a neighbour: its words are all that is read, and finding dates costs more)."""
    text = _body_text(doc)
    words = Counter(w for w in (t.lower() for t in _WORD.findall(text)) if w not in _STOP)
    mentions = find_dates(text, None) if dates else []
    return _Evidence(doc, mentions, words, math.sqrt(sum(c * c for c in words.values())))


def _cosine(a: _Evidence, b: _Evidence) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a.words, b.words) if len(a.words) < len(b.words) else (b.words, a.words)
    return sum(c * large.get(w, 0) for w, c in small.items()) / (a.norm * b.norm)


def _latest_day(mentions: Sequence[DateMention]) -> date | None:
    """The latest day (or range end) among the mentions whose year is known; months count by their last day
    only when nothing finer is named."""
    days: list[date] = []
    months: list[date] = []
    for m in mentions:
        first = m.date
        if first is None:
            continue
        if m.precision == "day":
            days.append(date.fromisoformat(m.range_end) if m.range_end else first)
        elif m.precision == "month":
            months.append(first)
    if days:
        return max(days)
    return max(months) if months else None


def _from_own_text(ev: _Evidence) -> date | None:
    """A date from the article alone: explicit full dates, or month-days whose year a weekday fixed."""
    known = [m for m in ev.mentions if m.year_known]
    if not any(m.precision == "day" for m in known):
        return None
    latest = _latest_day(known)
    if latest is None:
        return None
    resolved = [resolve(m, latest) for m in ev.mentions]
    return _latest_day(resolved)


def _from_neighbour(ev: _Evidence, neighbour: date) -> date:
    """Year-less month-days read against a similar article's date; with none, that article's date itself."""
    resolved = [resolve(m, neighbour) for m in ev.mentions]
    own = _latest_day([m for m in resolved if m.precision == "day"])
    return own if own is not None else neighbour


#: relative slack when shortlisting by the vectorised cosine before the exact one decides
_SHORTLIST = 1e-9


class _Neighbours:
    """The most similar dated article, found through an inverted index of the dated articles' words:
    a search touches only articles sharing a word with the query, summed with numpy (comparing with
    every dated article in Python was quadratic: minutes for 100 undated articles among 50,000).

    The result is the scan's exactly: the vectorised cosines only shortlist the articles within a
    rounding error of the best, whose scores are then computed by ``_cosine`` itself, ties going to
    the article first in ``dated`` order (the scan kept the first strictly better one). Articles dated
    during the search are few and are compared one by one."""

    def __init__(self, dated: Sequence[int], bags: Sequence[_Evidence]) -> None:
        self.base = list(dated)
        self.bags = list(bags)
        self.position = {j: n for n, j in enumerate(self.base)}
        self.extra: list[tuple[int, _Evidence]] = []
        postings: defaultdict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for n, ev in enumerate(self.bags):
            for w, c in ev.words.items():
                col = postings[w]
                col[0].append(n)
                col[1].append(c)
        self.vocab = {w: n for n, w in enumerate(postings)}
        lengths = np.fromiter((len(v[0]) for v in postings.values()), np.int64, len(postings))
        self.ptr = np.zeros(len(postings) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.ptr[1:])
        total = int(self.ptr[-1])
        self.docs = np.fromiter((n for v in postings.values() for n in v[0]), np.int64, total)
        self.counts = np.fromiter((c for v in postings.values() for c in v[1]), np.float64, total)
        self.norms = np.fromiter((ev.norm for ev in self.bags), np.float64, len(self.bags))

    def add(self, j: int, ev: _Evidence) -> None:
        self.position[j] = len(self.position)
        self.extra.append((j, ev))

    def best(self, i: int, ev: _Evidence) -> int | None:
        """The dated article most similar to ``ev`` (never ``i`` itself), or None if none shares a word."""
        if not ev.norm:
            return None
        scored: list[tuple[float, int]] = []
        ids = [(self.vocab[w], c) for w, c in ev.words.items() if w in self.vocab]
        if ids and self.bags:
            parts = [(int(self.ptr[t]), int(self.ptr[t + 1]), c) for t, c in ids]
            docs = np.concatenate([self.docs[a:b] for a, b, _ in parts])
            weights = np.concatenate([self.counts[a:b] * c for a, b, c in parts])
            dot = np.bincount(docs, weights=weights, minlength=len(self.bags))
            with np.errstate(divide="ignore", invalid="ignore"):
                approx = np.where(self.norms > 0, dot / (self.norms * ev.norm), 0.0)
            top = float(approx.max()) if approx.size else 0.0
            if top > 0:
                for n in np.flatnonzero(approx >= top * (1 - _SHORTLIST)).tolist():
                    if self.base[n] != i:
                        scored.append((_cosine(ev, self.bags[n]), self.base[n]))
        for j, other in self.extra:
            if j != i:
                scored.append((_cosine(ev, other), j))
        best: tuple[float, int] | None = None
        for score, j in scored:
            if score > 0 and (
                best is None
                or score > best[0]
                or (score == best[0] and self.position[j] < self.position[best[1]])
            ):
                best = (score, j)
        return best[1] if best else None


def infer_published(docs: Sequence[Document]) -> list[Document]:
    """The documents, in order, with ``meta.published`` filled where it was None (provenance "inferred")."""
    evidence = {i: _evidence(d) for i, d in enumerate(docs) if d.meta.published is None}
    dated: dict[int, date] = {i: d.meta.published for i, d in enumerate(docs) if d.meta.published is not None}
    found: dict[int, date] = {}

    for i, ev in evidence.items():
        own = _from_own_text(ev)
        if own is not None:
            found[i] = own
    dated.update(found)

    # articles with year-less dates of their own first: they then serve the ones with none at all
    pending = [i for i in evidence if i not in found]
    pending.sort(key=lambda i: not any(m.precision == "day" for m in evidence[i].mentions))
    if pending:
        base = list(dated)
        neighbours = _Neighbours(base, [evidence.get(j) or _evidence(docs[j], dates=False) for j in base])
        for i in pending:
            j = neighbours.best(i, evidence[i])
            if j is not None:
                found[i] = _from_neighbour(evidence[i], dated[j])
                dated[i] = found[i]
                neighbours.add(i, evidence[i])

    out: list[Document] = []
    for i, doc in enumerate(docs):
        when = found.get(i)
        if when is None:
            out.append(doc)
            continue
        meta = doc.meta.model_copy(
            update={"published": when, "provenance": {**doc.meta.provenance, "published": "inferred"}}
        )
        out.append(replace(doc, meta=meta))
    return out
