"""Timelines: dated events extracted once per corpus, filtered and ranked per request.

Build does the expensive part (date expressions in every body sentence, clause cutting, the cross-outlet
merge) so that a query is only filtering precomputed events by the topic's relevant sentences and the
date window, then ranking dates by how much of the coverage reports them — the signal that DATEWISE-style
timeline systems found strongest for picking the dates a human editor would pick.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain
from typing import Any, TypeVar

import numpy as np

from retrieval.ingest.pubdate import body_sentences
from retrieval.lexicon import (
    FILLER_WORDS,
    MONTHS,
    NUMBER_WORDS,
    REPORTING_WORDS,
    STOP_WORDS,
    TIME_WORDS,
    WEEKDAYS,
)
from retrieval.lifecycle.release import collector_paused
from retrieval.models import Citation, Document, Precision, Timeline, TimelineEvent
from retrieval.timeline.dates import DateMention, find_dates

_T = TypeVar("_T")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(r"[^\W_]+")
_STOP = FILLER_WORDS
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
#: how far before a date its span cue may start ("throughout early ")
_SPAN_REACH = 40
_SPAN_CUE = re.compile(r"\b(?:until|till|since|by|through|throughout)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
#: a word in more of one date's events than this finds no merge candidates by itself (they are found by
#: the rarer words they share): keeps a busy date's merge near linear instead of pairwise
_POSTING_CAP = 48
#: the least idf-weighted share of a topic's terms an event's sentence must hold to be on the topic: more
#: than half, so a topic's distinctive word ("Istanbul", "minerals") is needed, not just a generic one
#: ("talks", "deal") that many other events share
_TOPIC_COVERAGE = 0.55
#: a sentence this short right after a dated one continues it ("Maybe even bilaterally.")
_FOLLOW_UP_WORDS = 6
#: two outlets telling one day's event in their own words share at least this many stems...
_STORY_SHARED = 3
#: ... and this share of the shorter report's stems
_STORY_RATIO = 0.2
# Words that say nothing about which event a sentence tells: dates themselves, numbers, reporting verbs.
_NOT_STORY = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | TIME_WORDS
    | (frozenset(NUMBER_WORDS) - {"a", "an"})
    | REPORTING_WORDS
)


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
    #: the words written as names (capitalised inside the sentence): who and where the event is about
    names: frozenset[str] = frozenset()
    #: a short sentence right after, which continues this one ("Maybe even bilaterally.")
    follow_up: str = ""


@dataclass(slots=True)
class _Event:
    value: str
    precision: Precision
    mentions: list[_Mention] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    first: _Mention | None = None  # its first report, which the event is compared by

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


def _words_and_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of an event line, and those written as names inside it (capitalised, not the
    first word unless all capitals)."""
    words: set[str] = set()
    names: set[str] = set()
    for i, tok in enumerate(_WORD.findall(text)):
        low = tok.lower()
        if low in _STOP or low.isdigit():
            continue
        words.add(low)
        if tok[0].isupper() and (i > 0 or tok.isupper()) and low not in _NOT_STORY:
            names.add(low)
    return frozenset(words), frozenset(names)


#: word -> its term stem ("" for a word that is no term): news vocabulary repeats, so each word is looked
#: at once (bounded, like the tokenizer's stem memo)
_TERMS: dict[str, str] = {}
_TERMS_MAX = 500_000


def _term_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words, for matching a topic against an event's sentence."""
    out: set[str] = set()
    for low in set(_WORD.findall(text.lower())):
        st = _TERMS.get(low)
        if st is None:
            st = "" if low in _STOP or low in STOP_WORDS or low.isdigit() else _stem(low)
            if len(_TERMS) < _TERMS_MAX:
                _TERMS[low] = st
        if st:
            out.add(st)
    return frozenset(out)


def _stem(low: str) -> str:
    """A crude stem that costs nothing: a plural "s" dropped, then the first six letters ("bilaterally" and
    "bilateral", "reporters" and "reporter" meet). Snowball would be finer but is the slow part on a big
    corpus, and only the overlap of two short lines depends on it."""
    if len(low) > 3 and low[-1] == "s" and low[-2] != "s":
        low = low[:-1]
    return low[:6]


@dataclass(frozen=True, slots=True)
class _StoryWords:
    """A report's stems for the cross-outlet comparison, and those of its capitalised words (names, or
    a sentence's first word, which might be one)."""

    stems: frozenset[str]
    caps: frozenset[str]


def _story_words(m: _Mention) -> _StoryWords:
    """The stems of a report's line and its follow-up: dates, numbers and reporting verbs left out, so
    that two outlets' wordings of one event can be compared."""
    stems: set[str] = set()
    caps: set[str] = set()
    for tok in _WORD.findall(f"{m.text} {m.follow_up}"):
        low = tok.lower()
        if len(low) > 1 and not tok[0].isdigit() and low not in _NOT_STORY and low not in STOP_WORDS:
            st = _stem(low)
            stems.add(st)
            if tok[0].isupper():
                caps.add(st)
    return _StoryWords(frozenset(stems), frozenset(caps))


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
        # the stems of every dated sentence and how many dated sentences hold each: what a topic is
        # matched against, and how distinctive each of its terms is among the corpus' events
        self._sentence_stems: dict[tuple[int, int], frozenset[str]] = {}
        for ev in events:
            for m in ev.mentions:
                key = (m.doc, m.sentence)
                if key not in self._sentence_stems:
                    self._sentence_stems[key] = _term_stems(m.quote)
        self._df: Counter[str] = Counter(w for stems in self._sentence_stems.values() for w in stems)
        # the whole-corpus lines (no topic) never change: rendered once here, so a query only picks them
        self._whole = [self._render(ev, ev.mentions, None) for ev in events]
        # which events each dated sentence reports, so a topic query only visits its relevant sentences
        self._by_sentence: dict[tuple[str, int], list[tuple[int, _Mention]]] = {}
        for ei, ev in enumerate(events):
            for m in ev.mentions:
                self._by_sentence.setdefault((self._docs[m.doc].meta.doc_id, m.sentence), []).append((ei, m))
        self._order: list[int] | None = None  # every event by salience, for queries without a topic
        self._whole_order()  # part of the build: the first query after start-up should not pay for it

    # ------------------------------------------------------------------ build

    @classmethod
    def build(cls, docs: Sequence[Document]) -> TimelineIndex:
        # Hundreds of thousands of small long-lived objects and no cycles: the cyclic collector would
        # walk the growing heap again and again for nothing (and hold the GIL while it does).
        with collector_paused():
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
        if relevant is None:
            # without a topic every event keeps all its reports, and a date window keeps or drops a date's
            # events together: the whole corpus' salience order holds (computed once), and the query only
            # handles event numbers
            inside = [i for i in range(len(self._events)) if self._inside(i, since, until)]
            if limit is not None and limit >= 0:
                keep = set(inside)
                ranked = [i for i in self._whole_order() if i in keep]
                inside = _most_salient(ranked, lambda i: self._events[i].value, limit)
            inside.sort(key=lambda i: (self._events[i].value, self._events[i].precision != "day"))
            return Timeline(topic=topic, events=[self._whole[i] for i in inside])
        on_topic = self._topic_filter(topic)
        groups: dict[int, list[_Mention]] = {}
        for key in relevant:
            for ei, m in self._by_sentence.get(key, ()):
                if self._inside(ei, since, until) and (on_topic is None or on_topic(m)):
                    groups.setdefault(ei, []).append(m)
        picked = [
            _Picked(i, self._events[i], sorted(ms, key=lambda m: (m.doc, m.sentence, m.text)))
            for i, ms in sorted(groups.items())
        ]
        if limit is not None and limit >= 0:
            picked = _most_salient(_salience_order(picked), lambda p: p.event.value, limit)
        picked.sort(key=lambda p: (p.event.value, p.event.precision != "day"))
        return Timeline(topic=topic, events=[self._render(p.event, p.mentions, relevant) for p in picked])

    def _inside(self, i: int, since: date | None, until: date | None) -> bool:
        """Whether event ``i``'s date lies in the window (a month or year only partly inside a closed
        window says little about it, so it is left out)."""
        span = self._spans[i]
        if (since is not None and span.last < since) or (until is not None and span.first > until):
            return False
        return not (
            self._events[i].precision != "day"
            and since is not None
            and until is not None
            and span.first < since
        )

    def _topic_filter(self, topic: str | None) -> Callable[[_Mention], bool] | None:
        """Whether a report's own sentence is about the topic: it must hold most of the topic's terms,
        by count ("swine flu" of "H1N1 swine flu") or weighted by how rare each is among the dated
        sentences ("Istanbul" of "Istanbul talks", but not "talks" alone). The retriever's relevant set is not
        enough on its own: a sentence sharing only a generic word ("talks") still scores, and so the
        events of other stories would come in. Terms no dated sentence holds are left out (they can not
        tell events apart); with none left, the relevant set decides alone."""
        if not topic:
            return None
        n = len(self._sentence_stems)
        weights = {t: math.log((n + 1) / (self._df[t] + 0.5)) for t in _term_stems(topic) if self._df[t]}
        total = sum(weights.values())
        if total <= 0:
            return None
        need = _TOPIC_COVERAGE * total
        memo: dict[tuple[int, int], bool] = {}

        def on_topic(m: _Mention) -> bool:
            key = (m.doc, m.sentence)
            got = memo.get(key)
            if got is None:
                stems = self._sentence_stems.get(key) or _term_stems(m.quote)
                held = [w for t, w in weights.items() if t in stems]
                got = memo[key] = 2 * len(held) > len(weights) or sum(held) >= need
            return got

        return on_topic

    def _whole_order(self) -> list[int]:
        if self._order is None:
            everything = [_Picked(i, ev, ev.mentions) for i, ev in enumerate(self._events)]
            self._order = [p.index for p in _salience_order(everything)]
        return self._order

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
        if _SPAN_CUE.search(sent.text, max(0, local - _SPAN_REACH), local):
            continue
        when = _event_date(m)
        if when is None:
            continue
        value, precision = when
        last = _span(value).last
        background = anchor is not None and last < anchor - _BACKGROUND
        retro = anchor is not None and (anchor - last).days > _RETRO_DAYS
        text = clause_of(sent.text, local, local + (m.end - m.start))
        nxt = sentences[si + 1].text if si + 1 < len(sentences) else ""
        follow_up = nxt if len(nxt.split()) <= _FOLLOW_UP_WORDS else ""
        words, names = _words_and_names(text)
        out.append(
            _Mention(
                di,
                sent.index,
                text,
                sent.text.strip(),
                value,
                precision,
                background,
                words,
                retro,
                names,
                follow_up,
            )
        )
    return out


def _similar(shared: int, a: int, b: int) -> bool:
    """Two reports tell the same event when they share enough content words (by either measure)."""
    if not shared:
        return False
    return shared / min(a, b) >= _SAME_EVENT * 2 or shared / (a + b - shared) >= _SAME_EVENT


class _Stems:
    """Story words of reports, computed only for the few reports a cross-outlet comparison reaches."""

    def __init__(self) -> None:
        self.memo: dict[int, _StoryWords] = {}

    def __call__(self, m: _Mention) -> _StoryWords:
        got = self.memo.get(id(m))
        if got is None:
            got = self.memo[id(m)] = _story_words(m)
        return got


def _shared_story(m: _Mention, first: _Mention, stems: _Stems) -> int:
    """How many stems another outlet's report shares with an event's first report when it tells the same
    day's event in its own words, else 0: enough shared stems, among them at least one name (who or
    where) and one word that is no name (what happened). Shared names alone ("Russian President Vladimir
    Putin" on a day Putin did several things) are not enough."""
    if m.doc == first.doc:
        return 0
    a, b = stems(m), stems(first)
    shared = a.stems & b.stems
    if len(shared) < _STORY_SHARED or len(shared) < _STORY_RATIO * min(len(a.stems), len(b.stems)):
        return 0
    caps = a.caps | b.caps
    named = sum(1 for w in shared if w in caps)
    return len(shared) if 0 < named < len(shared) else 0


@lru_cache(maxsize=4096)
def _least_shared(a: int, b: int) -> int:
    """The fewest shared words for which _similar holds between word sets of sizes ``a`` and ``b``."""
    for shared in range(1, min(a, b) + 1):
        if _similar(shared, a, b):
            return shared
    return min(a, b) + 1


def _candidates(postings: dict[str, list[int]], words: frozenset[str]) -> tuple[Counter[int], int]:
    """How many of ``words`` each event shares, counted through the words no more common on the date than
    _POSTING_CAP, and how many words were too common to count (the rarest word's events are counted when
    every word is that common). Counting runs in C (Counter over chained lists): a busy date holds
    thousands of events, and this is the merge's inner loop."""
    lists: list[list[int]] = []
    rarest: list[int] | None = None
    skipped = 0
    for w in words:
        ids = postings.get(w)
        if ids is None:
            continue
        if len(ids) <= _POSTING_CAP:
            lists.append(ids)
        else:
            skipped += 1
            if rarest is None or len(ids) < len(rarest):
                rarest = ids
    if not lists and rarest is not None:
        lists.append(rarest)
        skipped -= 1
    return Counter(chain.from_iterable(lists)), skipped


@dataclass(slots=True)
class _Bucket:
    """Events to merge into (a date's, or the days of a month's), with inverted indexes over the content
    words and the names of their first reports."""

    events: list[_Event] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    names: dict[str, list[int]] = field(default_factory=dict)

    def find(self, m: _Mention, stems: _Stems | None) -> _Event | None:
        """The event ``m`` reports: the most similar wording; failing that (with ``stems``), another
        outlet's telling of the same story."""
        best: tuple[int, int] | None = None  # (-shared, index): most shared words, then the oldest event
        nm = len(m.words)
        if nm:
            counts, skipped = _candidates(self.postings, m.words)
            for ei, n in counts.items():
                ev = self.events[ei]
                na = len(ev.words)
                if n + skipped < _least_shared(na, nm):
                    continue  # can not reach the bound even if every common word were shared
                shared = len(m.words & ev.words) if skipped else n
                if _similar(shared, na, nm) and (best is None or (-shared, ei) < best):
                    best = (-shared, ei)
        if best is None and stems is not None and m.names:
            counts, _ = _candidates(self.names, m.names)
            for ei in counts:
                first = self.events[ei].first
                shared = _shared_story(m, first, stems) if first is not None else 0
                if shared and (best is None or (-shared, ei) < best):
                    best = (-shared, ei)
        return None if best is None else self.events[best[1]]

    def add(self, ev: _Event) -> _Event:
        ei = len(self.events)
        self.events.append(ev)
        for w in ev.words:
            self.postings.setdefault(w, []).append(ei)
        if ev.first is not None:
            for w in ev.first.names:
                self.names.setdefault(w, []).append(ei)
        return ev


def _merge(mentions: list[_Mention]) -> list[_Event]:
    """One event per (date, story): reports of one date with similar wording are merged (or, for a day,
    another outlet's report of the same story in its own words), and a month joins a similar report with a
    day inside it, so the most precise date wins. Each event is compared by the words of its first report,
    so a long chain of loosely similar reports can not snowball into one. Reports are only ever compared
    within one date's bucket (a month's reports with its days' events in one more bucket), through
    inverted indexes, so the merge grows with the corpus, not with its square."""
    buckets: dict[str, _Bucket] = {}
    month_days: dict[str, _Bucket] = {}  # "YYYY-MM" -> the events of its days, built once the days are done
    day_values: dict[str, list[str]] = {}
    stems = _Stems()
    for m in _by_precision_value_doc(mentions):
        bucket = buckets.get(m.value)
        target = bucket.find(m, stems if m.precision == "day" else None) if bucket is not None else None
        if target is None and m.precision == "month":
            days = month_days.get(m.value)
            if days is None:
                if not day_values:  # every day report is merged by now: index the days by month once
                    for v in sorted(v for v in buckets if len(v) == 10):
                        day_values.setdefault(v[:7], []).append(v)
                days = month_days[m.value] = _Bucket()
                for value in day_values.get(m.value, ()):
                    for ev in buckets[value].events:
                        days.add(ev)
            target = days.find(m, None)
        if target is None:
            if bucket is None:
                bucket = buckets[m.value] = _Bucket()
            target = bucket.add(_Event(m.value, m.precision, words=m.words, first=m))
        target.mentions.append(m)
    events = [ev for b in buckets.values() for ev in b.events]
    # Taken apart piecewise: freed whole on return, these indexes (millions of objects on a large
    # corpus) would be deallocated in one C call holding the GIL, a stall for the bot's event loop.
    for table in (buckets, month_days):
        while table:
            _, b = table.popitem()
            while b.postings:
                b.postings.popitem()
            while b.names:
                b.names.popitem()
    _drain(stems.memo)
    return events


def _drain(table: dict[Any, Any]) -> None:
    while table:
        table.popitem()


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _by_precision_value_doc(mentions: list[_Mention]) -> list[_Mention]:
    """Mentions sorted by (precision, date value, document), ties in their order. ``sorted`` with a
    tuple key would compare a million tuples in one C call holding the GIL; numpy's sort of one
    integer key releases it."""
    if not mentions:
        return []
    values = sorted({m.value for m in mentions})  # a few thousand distinct dates
    rank = {v: i for i, v in enumerate(values)}
    n_docs = max(m.doc for m in mentions) + 1
    key = np.fromiter(
        ((_PRECISION_RANK[m.precision] * len(values) + rank[m.value]) * n_docs + m.doc for m in mentions),
        dtype=np.int64,
        count=len(mentions),
    )
    order = np.argsort(key, kind="stable")
    out: list[_Mention] = []
    for lo in range(0, order.shape[0], 50_000):  # tolist of a million holds the GIL too
        out.extend(mentions[i] for i in order[lo : lo + 50_000].tolist())
    return out


def _salience_order(picked: list[_Picked]) -> list[_Picked]:
    """The events by salience: the best-reported dates first, background and coarse dates last. A date
    scores by the articles citing any event on it; an article written days later counts fully, a same-day
    report less: looking back at a date is what coverage does for the turning points (measured on the
    Timeline17 dev topics)."""
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

    return sorted(picked, key=key)


def _most_salient(ranked: list[_T], value: Callable[[_T], str], limit: int) -> list[_T]:
    """The ``limit`` events to keep from events ranked by salience: one event per date until each date has
    had its turn."""
    first_per_date: list[_T] = []
    rest: list[_T] = []
    seen: set[str] = set()
    for p in ranked:
        v = value(p)
        (rest if v in seen else first_per_date).append(p)
        seen.add(v)
        if len(first_per_date) >= limit:
            break
    return (first_per_date + rest)[:limit]


def doc_date_counts(docs: Sequence[Document]) -> Counter[date]:
    """How many articles were published on each day (a salience signal for dates)."""
    return Counter(d.meta.published for d in docs if d.meta.published is not None)
