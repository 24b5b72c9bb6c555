"""Timelines: dated events extracted once per corpus, filtered and ranked per request.

Build does the expensive part (date expressions in every body sentence, clause cutting, the cross-outlet
merge) so that a query is only filtering precomputed events by the topic's relevant sentences and the
date window, then ranking dates by how much of the coverage reports them — the signal that DATEWISE-style
timeline systems found strongest for picking the dates a human editor would pick.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from retrieval.dates import DateMention, find_dates
from retrieval.models import Citation, Document, Precision, Timeline, TimelineEvent
from retrieval.pubdate import body_sentences


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(r"[^\W_]+")
_STOP = _words(
    "a an the and or but of to in on at by for with from as is was were are be been has have had it "
    "its this that these those he she they his her their them we our you i not no said says say "
    "told would will could can may also after before while than then there which who whom what when "
    "where"
)
# Clause boundaries a date's event line may be cut at: semicolons, dashes, and a comma before a
# subordinating word ("..., after a previous meeting on May 16, following ...").
_CLAUSE_CUT = re.compile(
    r";\s+|\s+[—–]\s+|,\s+(?=(?:after|before|while|but|as|when|following|despite|although|though|amid|"
    r"whereas|because|which|where|and\s+(?:then|later))\b)"
)
#: a date this long before the article's publication is background, not news
_BACKGROUND = timedelta(days=180)
#: a sentence longer than this is cut to the clause of its date
_LONG = 170
#: the least share of content words two reports of one event share
_SAME_EVENT = 0.3
# A date that only bounds a span ("until January", "since 2003", "by May") is not an event.
#: what a same-day report of a date counts for, against 1 for a report written later
_SAME_DAY_WEIGHT = 0.5
#: days after a date from which its report is a look back
_RETRO_DAYS = 2
_SPAN_CUE = re.compile(r"\b(?:until|till|since|by|through|throughout)\s+(?:early\s+|late\s+|mid-?)?$", re.I)


@dataclass(frozen=True, slots=True)
class _Mention:
    """One report of a dated event: a sentence of a document and the date it gives."""

    doc: int
    sentence: int  # the sentence's index in its document
    text: str  # the event line: the sentence or its date's clause, verbatim
    quote: str  # the full sentence
    value: str
    precision: Precision
    background: bool
    words: frozenset[str]
    #: reported more than a couple of days after the date: a look back, the surest sign the date mattered
    retro: bool = False


@dataclass(slots=True)
class _Event:
    value: str
    precision: Precision
    mentions: list[_Mention] = field(default_factory=list)
    words: set[str] = field(default_factory=set)

    @property
    def background(self) -> bool:
        return all(m.background for m in self.mentions)


@dataclass(frozen=True, slots=True)
class _Picked:
    """An event a query keeps, with the reports of it that the query's topic keeps."""

    index: int
    event: _Event
    mentions: list[_Mention]


@dataclass(frozen=True, slots=True)
class _Span:
    """The first and last day an event date covers, for window filtering."""

    first: date
    last: date


def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        w for w in (t.lower() for t in _WORD.findall(text)) if w not in _STOP and not w.isdigit()
    )


def _span(value: str) -> _Span:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return _Span(d, d)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return _Span(first, nxt - timedelta(days=1))
    return _Span(date(parts[0], 1, 1), date(parts[0], 12, 31))


def _inside_quote(sentence: str, pos: int) -> bool:
    before = sentence[:pos]
    opened = sum(before.count(q) for q in "“‘") - sum(before.count(q) for q in "”’")
    straight = before.count('"')
    return opened > 0 or straight % 2 == 1


def clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` holding [start, end): a verbatim slice, the whole sentence when short."""
    if len(sentence) <= _LONG:
        return sentence.strip()
    cuts = [0]
    for m in _CLAUSE_CUT.finditer(sentence):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(sentence))
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    idx = next((i for i, (s, e) in enumerate(pieces) if s <= start < e), 0)
    lo, hi = pieces[idx]
    # too short to read alone: take in the clause before (its subject), then the one after
    while len(sentence[lo:hi].split()) < 7 and (idx > 0 or hi < len(sentence)):
        if idx > 0:
            idx -= 1
            lo = pieces[idx][0]
        else:
            nxt = next((p for p in pieces if p[0] >= hi), None)
            if nxt is None:
                break
            hi = nxt[1]
    hi = max(hi, end)
    text = sentence[lo:hi].strip().rstrip(",;:")
    # a cut that leaves a quotation open is not readable: keep the sentence
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return sentence.strip()
    return text


def _event_date(m: DateMention) -> tuple[str, Precision] | None:
    """A timeline date for a mention: weeks are shown as the month holding most of their days."""
    if not m.year_known:
        return None
    if m.precision == "week":
        monday = date.fromisoformat(m.value)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) != (sunday.year, sunday.month):
            return None  # a week across two months can not be placed on a month honestly
        return f"{monday.year:04d}-{monday.month:02d}", "month"
    if m.precision == "day":
        return m.value, "day"
    return m.value, m.precision


class TimelineIndex:
    """The corpus' dated events, merged across outlets; answers timeline queries from memory."""

    def __init__(self, docs: Sequence[Document], events: list[_Event]) -> None:
        self._docs = list(docs)
        self._events = events
        self._spans = [_span(e.value) for e in events]
        # the whole-corpus lines (no topic) never change: rendered once here, so a query only picks them
        self._whole = [self._render(ev, ev.mentions, None) for ev in events]

    # ------------------------------------------------------------------ build

    @classmethod
    def build(cls, docs: Sequence[Document]) -> TimelineIndex:
        mentions: list[_Mention] = []
        for di, doc in enumerate(docs):
            mentions.extend(_doc_mentions(di, doc))
        return cls(docs, _merge(mentions))

    # ------------------------------------------------------------------ query

    def query(
        self,
        *,
        topic: str | None = None,
        relevant: Mapping[tuple[str, int], float] | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> Timeline:
        picked: list[_Picked] = []
        for i, ev in enumerate(self._events):
            span = self._spans[i]
            if (since is not None and span.last < since) or (until is not None and span.first > until):
                continue
            if ev.precision != "day" and since is not None and until is not None and span.first < since:
                continue  # a month or year only partly inside a closed window says little about it
            ms = ev.mentions
            if relevant is not None:
                ms = [m for m in ms if (self._docs[m.doc].meta.doc_id, m.sentence) in relevant]
            if ms:
                picked.append(_Picked(i, ev, ms))
        if limit is not None and limit >= 0:
            picked = _most_salient(picked, limit)
        picked.sort(key=lambda p: (p.event.value, p.event.precision != "day"))
        if relevant is None:
            return Timeline(topic=topic, events=[self._whole[p.index] for p in picked])
        return Timeline(topic=topic, events=[self._render(p.event, p.mentions, relevant) for p in picked])

    def _render(
        self, ev: _Event, ms: list[_Mention], relevant: Mapping[tuple[str, int], float] | None
    ) -> TimelineEvent:
        def rank(m: _Mention) -> tuple[float, int, int]:
            score = relevant.get((self._docs[m.doc].meta.doc_id, m.sentence), 0.0) if relevant else 0.0
            return (-score, len(m.text), m.doc)

        best = min(ms, key=rank)
        citations: list[Citation] = []
        seen: set[int] = set()
        for m in [best, *sorted(ms, key=lambda m: (m.doc, m.sentence))]:
            if m.doc in seen:
                continue
            seen.add(m.doc)
            meta = self._docs[m.doc].meta
            citations.append(
                Citation(
                    n=len(citations) + 1,
                    doc_id=meta.doc_id,
                    title=meta.title,
                    source=meta.source,
                    url=meta.url,
                    published=meta.published,
                    quote=m.quote,
                )
            )
        return TimelineEvent(
            date=ev.value,
            precision=ev.precision,
            text=best.text,
            citations=citations,
            background=all(m.background for m in ms),
        )


def _doc_mentions(di: int, doc: Document) -> list[_Mention]:
    anchor = doc.meta.published
    sentences = body_sentences(doc)
    if not sentences:
        return []
    joined = "\n".join(s.text for s in sentences)
    starts: list[int] = []
    pos = 0
    for s in sentences:
        starts.append(pos)
        pos += len(s.text) + 1
    out: list[_Mention] = []
    si = 0
    for m in find_dates(joined, anchor):
        while si + 1 < len(starts) and starts[si + 1] <= m.start:
            si += 1
        sent = sentences[si]
        local = m.start - starts[si]
        if m.end - starts[si] > len(sent.text):
            continue  # an expression can not span two sentences
        if m.kind == "relative" and m.precision == "day" and _inside_quote(sent.text, local):
            continue  # "Today, Russia owes..." in a quote is the speaker's now, not an event
        if _SPAN_CUE.search(sent.text[:local]):
            continue
        when = _event_date(m)
        if when is None:
            continue
        value, precision = when
        last = _span(value).last
        background = anchor is not None and last < anchor - _BACKGROUND
        retro = anchor is not None and (anchor - last).days > _RETRO_DAYS
        text = clause_of(sent.text, local, local + (m.end - m.start))
        out.append(
            _Mention(
                di,
                sent.index,
                text,
                sent.text.strip(),
                value,
                precision,
                background,
                _content_words(text),
                retro,
            )
        )
    return out


def _similar(shared: int, a: int, b: int) -> bool:
    """Two reports tell the same event when they share enough content words (by either measure)."""
    if not shared:
        return False
    return shared / min(a, b) >= _SAME_EVENT * 2 or shared / (a + b - shared) >= _SAME_EVENT


class _Merger:
    """Events per date with an inverted word index, so that merging stays near linear on big corpora."""

    def __init__(self) -> None:
        self.events: dict[str, list[_Event]] = defaultdict(list)
        self.index: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))

    def find(self, value: str, words: frozenset[str]) -> _Event | None:
        evs = self.events.get(value)
        if not evs or not words:
            return None
        counts: Counter[int] = Counter()
        postings = self.index[value]
        for w in words:
            for ei in postings.get(w, ()):
                counts[ei] += 1
        for ei, shared in counts.most_common():
            ev = evs[ei]
            if _similar(shared, len(ev.words), len(words)):
                return ev
        return None

    def add(self, m: _Mention) -> _Event:
        ev = _Event(m.value, m.precision, words=set(m.words))
        evs = self.events[m.value]
        for w in m.words:
            self.index[m.value][w].append(len(evs))
        evs.append(ev)
        return ev


def _days_of(value: str) -> list[str]:
    span = _span(value)
    if (span.last - span.first).days > 31:
        return []
    return [(span.first + timedelta(days=i)).isoformat() for i in range((span.last - span.first).days + 1)]


def _merge(mentions: list[_Mention]) -> list[_Event]:
    """One event per (date, story): reports of one date with similar wording are merged, and a month joins
    a similar report with a day inside it, so the most precise date wins. Each event is compared by the
    words of its first report, so a long chain of loosely similar reports can not snowball into one."""
    merger = _Merger()
    ordered = sorted(mentions, key=lambda m: ({"day": 0, "month": 1, "year": 2}[m.precision], m.value, m.doc))
    for m in ordered:
        target = merger.find(m.value, m.words)
        if target is None and m.precision == "month":
            for day in _days_of(m.value):
                target = merger.find(day, m.words)
                if target is not None:
                    break
        if target is None:
            target = merger.add(m)
        target.mentions.append(m)
    return [ev for evs in merger.events.values() for ev in evs]


def _most_salient(picked: list[_Picked], limit: int) -> list[_Picked]:
    """The ``limit`` events to keep: the best-reported dates first, one event per date until each date has
    had its turn, background and coarse dates last. A date scores by the articles citing any event on it;
    an article written days later counts fully, a same-day report less: looking back at a date is what
    coverage does for the turning points (measured on the Timeline17 dev topics)."""
    weight: dict[str, dict[int, float]] = defaultdict(dict)
    for p in picked:
        per_doc = weight[p.event.value]
        for m in p.mentions:
            per_doc[m.doc] = max(per_doc.get(m.doc, 0.0), 1.0 if m.retro else _SAME_DAY_WEIGHT)
    date_score = {value: sum(per_doc.values()) for value, per_doc in weight.items()}

    def key(p: _Picked) -> tuple[bool, bool, float, int, str]:
        ev, ms = p.event, p.mentions
        background = all(m.background for m in ms)
        return (
            background,
            ev.precision != "day",
            -date_score[ev.value],
            -len({m.doc for m in ms}),
            ev.value,
        )

    ranked = sorted(picked, key=key)
    first_per_date: list[_Picked] = []
    rest: list[_Picked] = []
    seen: set[str] = set()
    for p in ranked:
        (rest if p.event.value in seen else first_per_date).append(p)
        seen.add(p.event.value)
    return (first_per_date + rest)[:limit]


def doc_date_counts(docs: Sequence[Document]) -> Counter[date]:
    """How many articles were published on each day (a salience signal for dates)."""
    return Counter(d.meta.published for d in docs if d.meta.published is not None)
