"""One event per (date, story): reports of the same date merged across outlets, through inverted indexes
within a date's bucket, so the merge grows with the corpus and not with its square."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from typing import Any

import numpy as np

from retrieval.answer.bridge import verb_form
from retrieval.lexicon import MONTHS, REPORTED_PLAN, STOP_WORDS, SURE_FUTURE, figures
from retrieval.models import PRECISION_RANK, Precision
from retrieval.search.text import stem
from retrieval.timeline.expressions import PAST_VERB
from retrieval.timeline.mentions import NOT_STORY, SAYING_VERBS, WORD, Mention, crude_stem

#: the least share of content words two reports of one event share
_SAME_EVENT = 0.3


#: a word in more of one date's events than this finds no merge candidates by itself (they are found by
#: the rarer words they share): keeps a busy date's merge near linear instead of pairwise
_POSTING_CAP = 48


#: two outlets telling one day's event in their own words share at least this many stems...
_STORY_SHARED = 3


#: ... and this share of the shorter report's stems
_STORY_RATIO = 0.2


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: the figures of a date (its day and year) are when, not how many: "Monday (April 21)" and "three years"
_DATE_FIGURES = re.compile(
    rf"(?i)\b(?:(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b)"
    r"|\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b"
)


@lru_cache(maxsize=65536)
def _figures(text: str) -> frozenset[str]:
    return figures(_DATE_FIGURES.sub(" ", text))


def _disagree(m: Mention, first: Mention | None) -> bool:
    """Two reports give different figures ("35 percent" and "38 percent"): each states a number the other
    does not. They are then two events, each cited to its own outlet — an event's citations all say its
    line. A report that adds a figure, or leaves one out, still tells the same event."""
    if first is None:
        return False
    a, b = _figures(m.text), _figures(first.text)
    return bool(a - b) and bool(b - a)


#: past forms that tell a state or an account, not what was done: no report's act
_NO_ACT = frozenset({"was", "were", "had", "did", "says", "said", "told"})


#: a report telling what is to be done on its day, not what was done ("will make a statement on Monday",
#: "was due to open on Saturday"): the future or a plan as the date finder reads one (``lexicon``)
_PLAN = re.compile(rf"\b(?:{SURE_FUTURE}|{REPORTED_PLAN}|(?:set|due)\s+to)\b", re.I)


@lru_cache(maxsize=65536)
def _acts(text: str) -> frozenset[str]:
    """The stems of what a report says was done, its past verbs ("arrested", "searched"; not "were",
    "said", nor a word in "-ed" WordNet reads as no inflected verb: "need", "hundred")."""
    return frozenset(
        stem(v.lower()) for v in PAST_VERB.findall(text) if v.lower() not in _NO_ACT and verb_form(v)
    )


@lru_cache(maxsize=65536)
def _stems_of(text: str) -> frozenset[str]:
    """A report's Snowball stems, which a verb and its noun share ("ordered" and "order", "arrested" and
    "arrests"), as the merge's crude six-letter stems do not ("ordere")."""
    return frozenset(stem(t.lower()) for t in WORD.findall(text))


@lru_cache(maxsize=1)
def _saying_acts() -> frozenset[str]:
    """The stems of the past verbs that tell a saying ("announced", "confirmed"): what a report says was
    said, not done."""
    return frozenset(stem(v) for v in SAYING_VERBS)


def _saying_not_act(m: Mention, first: Mention) -> bool:
    """Whether one report tells a saying on its day and nothing done (``Mention.saying``: "Deputy director
    Lund said in an email on Tuesday evening that the office would not comment on the charges") while the
    other tells an act done ("Prosecutors charged Brisk and Hoff on Tuesday"): the saying is that day's
    event of its own, and cited for the act it would be an article that does not state it, however many
    of the act's words (a noun, "the charges") what was said holds."""
    if m.saying == first.saying:
        return False
    sayer, doer = (m, first) if m.saying else (first, m)
    said = _saying_acts()
    return not (_acts(sayer.text) - said) and bool(_acts(doer.text) - said)


def _other_act(m: Mention, first: Mention | None) -> bool:
    """Another outlet's report tells another act of the day when one is told as still to come
    (``Mention.ahead``) and the other tells an act done, whatever words they share; or when both tell
    one done, or one tells one and the other a plan, and neither's act is a word of the other ("Two men
    were arrested on Thursday" and "Detectives on Thursday searched two homes" share their names, day and
    count, not the arrests; "Lyall on Monday ordered an inquiry" is not "Lyall says she will make a
    statement on Monday"): merged, the event would cite an article that does not state it. "Police
    arrested two men" and "the arrests on Thursday" share the act's stem."""
    if first is None or m.doc == first.doc:
        return False
    a, b = _acts(m.text), _acts(first.text)
    done, done_acts = (first, b) if m.ahead else (m, a)  # (the report not told as to come, and its acts)
    if m.ahead != first.ahead and done_acts and not _PLAN.search(done.text):
        # one tells what was to come on the day ("a clinic will open on Saturday", "set the hearing for
        # May 11"), the other an act done then and no plan ("400 children were vaccinated at Saturday's
        # clinic", "the judge held the hearing on Monday"): a plan is not its act, whatever words they
        # share
        return True
    if _saying_not_act(m, first):
        return True
    if a & _stems_of(first.text) or b & _stems_of(m.text):
        return False
    if a and b:
        return True
    # one tells an act done, the other only a plan for the day ("says she will make a statement on Monday")
    return bool(a or b) and bool(_PLAN.search(first.text if a else m.text))


@dataclass(slots=True)
class Event:
    value: str
    precision: Precision
    mentions: list[Mention] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    first: Mention | None = None  # its first report, which the event is compared by

    @property
    def background(self) -> bool:
        return all(m.background for m in self.mentions)


@dataclass(frozen=True, slots=True)
class _StoryWords:
    """A report's stems for the cross-outlet comparison, and those of its capitalised words (names, or
    a sentence's first word, which might be one)."""

    stems: frozenset[str]
    caps: frozenset[str]


def _story_words(m: Mention) -> _StoryWords:
    """The stems of a report's line and its follow-up: dates, numbers and reporting verbs left out, so
    that two outlets' wordings of one event can be compared."""
    stems: set[str] = set()
    caps: set[str] = set()
    for tok in WORD.findall(f"{m.text} {m.follow_up}"):
        low = tok.lower()
        if len(low) > 1 and not tok[0].isdigit() and low not in NOT_STORY and low not in STOP_WORDS:
            st = crude_stem(low)
            stems.add(st)
            if tok[0].isupper():
                caps.add(st)
    return _StoryWords(frozenset(stems), frozenset(caps))


def _similar(shared: int, a: int, b: int) -> bool:
    """Two reports tell the same event when they share enough content words (by either measure)."""
    if not shared:
        return False
    return shared / min(a, b) >= _SAME_EVENT * 2 or shared / (a + b - shared) >= _SAME_EVENT


class _Stems:
    """Story words of reports, computed only for the few reports a cross-outlet comparison reaches."""

    def __init__(self) -> None:
        self.memo: dict[int, _StoryWords] = {}

    def __call__(self, m: Mention) -> _StoryWords:
        got = self.memo.get(id(m))
        if got is None:
            got = self.memo[id(m)] = _story_words(m)
        return got


def _shared_story(m: Mention, first: Mention, stems: _Stems) -> int:
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

    events: list[Event] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    names: dict[str, list[int]] = field(default_factory=dict)

    def find(self, m: Mention, stems: _Stems | None) -> Event | None:
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
                better = best is None or (-shared, ei) < best
                if (
                    better
                    and _similar(shared, na, nm)
                    and not _disagree(m, ev.first)
                    and not _other_act(m, ev.first)
                ):
                    best = (-shared, ei)
        if best is None and stems is not None and m.words:
            # an event whose first report names a word this one writes, in either case: a name to one
            # outlet may open the other's sentence or stand in lower case ("the Talon Ridge Fire" and
            # "The fire has killed 17"), as ``_shared_story`` counts it
            counts, _ = _candidates(self.names, m.words)
            for ei in counts:
                first = self.events[ei].first
                shared = _shared_story(m, first, stems) if first is not None else 0
                if (
                    shared
                    and (best is None or (-shared, ei) < best)
                    and not _disagree(m, first)
                    and not _other_act(m, first)
                ):
                    best = (-shared, ei)
        return None if best is None else self.events[best[1]]

    def add(self, ev: Event) -> Event:
        ei = len(self.events)
        self.events.append(ev)
        for w in ev.words:
            self.postings.setdefault(w, []).append(ei)
        if ev.first is not None:
            for w in ev.first.names:
                self.names.setdefault(w, []).append(ei)
        return ev


def merge_mentions(mentions: list[Mention]) -> list[Event]:
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
    # the day event each sentence's report joined, for a week's report of the same sentence ("Two days
    # later, the bank said it would return with new products next week": one event, the saying's day)
    day_of_sentence: dict[tuple[int, int], Event] = {}
    for m in _by_precision_value_doc(mentions):
        bucket = buckets.get(m.value)
        target = bucket.find(m, stems if m.precision == "day" else None) if bucket is not None else None
        if target is None and m.week:
            own = day_of_sentence.get((m.doc, m.sentence))
            target = own if own is not None and own.value[:7] == m.value else None
        if target is None and m.precision == "month":
            # (a week's report, "next week" shown as its month, joins only a day of that week: "will
            # question the chief executive next week" is not the committee's vote earlier that month)
            key = f"{m.value}/{m.week}"
            days = month_days.get(key)
            if days is None:
                if not day_values:  # every day report is merged by now: index the days by month once
                    for v in sorted(v for v in buckets if len(v) == 10):
                        day_values.setdefault(v[:7], []).append(v)
                days = month_days[key] = _Bucket()
                for value in day_values.get(m.value, ()):
                    if m.week and not _in_week(value, m.week):
                        continue
                    for ev in buckets[value].events:
                        days.add(ev)
            target = days.find(m, None)
        if target is None:
            if bucket is None:
                bucket = buckets[m.value] = _Bucket()
            target = bucket.add(Event(m.value, m.precision, words=m.words, first=m))
        target.mentions.append(m)
        if m.precision == "day":
            day_of_sentence.setdefault((m.doc, m.sentence), target)
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
    drain(stems.memo)
    return events


def _in_week(day: str, monday: str) -> bool:
    """Whether the day ``day`` ("YYYY-MM-DD") falls in the week starting on ``monday``."""
    return 0 <= (date.fromisoformat(day) - date.fromisoformat(monday)).days < 7


def drain(table: dict[Any, Any]) -> None:
    while table:
        table.popitem()


def _by_precision_value_doc(mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by (precision, date value, document), ties in their order. ``sorted`` with a
    tuple key would compare a million tuples in one C call holding the GIL; numpy's sort of one
    integer key releases it."""
    if not mentions:
        return []
    values = sorted({m.value for m in mentions})  # a few thousand distinct dates
    rank = {v: i for i, v in enumerate(values)}
    n_docs = max(m.doc for m in mentions) + 1
    key = np.fromiter(
        ((PRECISION_RANK[m.precision] * len(values) + rank[m.value]) * n_docs + m.doc for m in mentions),
        dtype=np.int64,
        count=len(mentions),
    )
    order = np.argsort(key, kind="stable")
    out: list[Mention] = []
    for lo in range(0, order.shape[0], 50_000):  # tolist of a million holds the GIL too
        out.extend(mentions[i] for i in order[lo : lo + 50_000].tolist())
    return out
