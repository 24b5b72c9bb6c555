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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from retrieval.dates import DateMention, find_dates, resolve
from retrieval.models import Document, Sentence


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = _words(
    "the and for that with was were are has have had his her its their they this from said says but "
    "not been will would who which what when where there than then also after before about into "
    "over more most one two all any can could should may might our out she him them you your its "
    "it's"
)
# A photo credit closing a sentence marks a caption the cleaner may have left in: never date evidence.
_CREDIT = re.compile(r"\([^()]*(?:/|Getty|AFP|Reuters|AP Photo|EPA)[^()]*\)\s*$")
#: a background year this far before the article's own latest date does not bound its other years
_MAX_SPAN_DAYS = 400


def body_sentences(doc: Document) -> list[Sentence]:
    """The sentences that can carry date evidence: not headings, not leftover photo captions."""
    return [s for s in doc.sentences if not s.heading and not _CREDIT.search(s.text)]


def _body_text(doc: Document) -> str:
    return "\n".join(s.text for s in body_sentences(doc))


@dataclass(frozen=True, slots=True)
class _Evidence:
    doc: Document
    mentions: list[DateMention]
    words: Counter[str]
    norm: float


def _evidence(doc: Document) -> _Evidence:
    text = _body_text(doc)
    words = Counter(w for w in (t.lower() for t in _WORD.findall(text)) if w not in _STOP)
    return _Evidence(doc, find_dates(text, None), words, math.sqrt(sum(c * c for c in words.values())))


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

    def most_similar(i: int) -> date | None:
        ev = evidence[i]
        best: tuple[float, date] | None = None
        for j, when in dated.items():
            if j == i:
                continue
            other = evidence.get(j) or _evidence(docs[j])
            evidence.setdefault(j, other)
            score = _cosine(ev, other)
            if score > 0 and (best is None or score > best[0]):
                best = (score, when)
        return best[1] if best else None

    # articles with year-less dates of their own first: they then serve the ones with none at all
    pending = [i for i in evidence if i not in found]
    pending.sort(key=lambda i: not any(m.precision == "day" for m in evidence[i].mentions))
    for i in pending:
        neighbour = most_similar(i)
        if neighbour is not None:
            found[i] = _from_neighbour(evidence[i], neighbour)
            dated[i] = found[i]

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
