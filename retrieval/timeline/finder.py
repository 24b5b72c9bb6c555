"""The machinery of one pass of the date finder over a text: cheap cues choose the sentences a pattern
is tried on, candidates from every pattern compete (the longest, then the most specific, wins an overlap),
and the winners are built into DateMentions: first the dates a text states, then (``_settle``) the
year-less ones read against the dates stated before them, then, in text order, the expressions read
against an earlier date (``reference``, ``frame``). The rules themselves are in ``dates``."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from retrieval.timeline.expressions import (
    FAMILY_CUES,
    FUTURE,
    PAST_VERB,
    PLANNED,
    REACH,
    SENT_END,
    SET_BEFORE,
    SET_FOR,
    SURE_FUTURE,
    DateMention,
    Kind,
    MentionPrecision,
    Tense,
    future_marker,
)

#: a determiner right before a date that then names something ("the June 30 deadline", "its May 5 vote"):
#: the clause's tense tells of the thing, not of which side of the publication date the day lies on
_LABEL = re.compile(r"\b(?:the|its|their|this|that)\s+$", re.I)
#: a deadline named by its day ("set a deadline of November 25", "the deadline is March 3")
_DEADLINE = re.compile(r"\b(?:deadline|due\s+date)\s+(?:of|for|is|was|on)?\s*$", re.I)


#: what may stand between an expression and a date that restates it ("…, on 18 March", "… (18 March)")
_APPOSITION = re.compile(r"\s*[,(—–]?\s*(?:on|in)?\s*")


#: a day another replaces ("dock on March 18 rather than March 14"): the one first set, either side of now
_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+$", re.I)
#: a verb of saying, which after a date attributes the sentence rather than telling the date's tense
_SPEECH = re.compile(r"said|says|told", re.I)
#: a deadline's "by" ("were told to leave their homes by June 15"): the day something is due, which the
#: past verb that set it does not put behind the article; unless the clause is in the past perfect, what had
#: been done by a day ("had repaid the loan by June 15": behind the article)
_BY = re.compile(r"\bby\s+$", re.I)
_PAST_PERFECT = re.compile(r"\bhad\b", re.I)
#: a word opening a clause of its own: a date after it, and after a relative expression, is not the day
#: the expression counts from
_OPENS_CLAUSE = re.compile(r"\b(?:that|when|which|who|where|while|after|before|because|until)\b", re.I)
#: a modal of the present, after which a clause tells what may or must be, not what was ("said passengers
#: can claim from 23 March", "who were stranded, could claim"): a past verb before it is another clause's
#: (a reporting verb's, a relative clause's) and does not put the date behind the article
_MODAL = re.compile(
    r"\b(?:can|cannot|could|must|may|might|should|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)\b(?!\s+(?:not\s+)?have\b)"
)
#: the end of a span something lasts to, reached through the noun naming it ("acting president until an
#: extraordinary congress in June", "banned until the reopening in late August"): read as "until June" is, the
#: day set for something (``SET_FOR``), which the past verb that began the span does not put behind the
#: article; not when the noun is a clause of its own with a past verb ("stayed until she left in June")
_UNTIL_EVENT = re.compile(
    r"\b(?:until|till|pending)\s+(?P<what>(?:[\w'\u2019-]+\s+){1,4}?)(?:(?:in|on|at)\s+)?$", re.I
)


class SpanLike(Protocol):
    """Anything with a match's start() and end(): a regex match, or one seen from a later start."""

    def start(self) -> int: ...

    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    priority: int
    build: Callable[[], DateMention | None]
    #: built after the others, because it reads the sentence's own explicit date
    deferred: bool = False


#: what a dateline holds beside its day: a time of day and its zone, punctuation ("March 9, 2026, 8:00
#: p.m.", "Monday 9 March", "10 March 2026 | 14:05 GMT")
_DATELINE_REST = re.compile(
    r"[\W_]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?[\W_]*)?"
    r"(?:(?:GMT|UTC|BST|CET|[ECMP][SD]T|ET)\b[\W_]*)?",
    re.I,
)


#: a time of day right after a day opening a sentence: an entry's stamp ("March 12, 2026, 7:00 a.m. Talks
#: resumed ...")
_STAMP_TIME = re.compile(
    r",?\s*(?:at\s+)?\d{1,2}(?::\d{2}\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)", re.I
)


def dateline_end(text: str, lo: int, start: int, end: int, hi: int) -> int | None:
    """Where the dateline ends, when the date at [start, end) of the sentence [lo, hi) of ``text`` is
    one: the whole sentence when it holds only the day and a time of day, the day when the sentence
    opens on it and a time of day (an entry's stamp); else None."""
    if text[lo:start].strip(" \t\n*_#|-–—(["):
        return None
    if _DATELINE_REST.fullmatch(text, end, hi):
        return hi
    return end if _STAMP_TIME.match(text, end, hi) else None


class FinderBase(ABC):
    """One pass over one text: candidates from every pattern, overlaps resolved, then built."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor
        self.cands: list[Candidate] = []
        self.built: list[DateMention] = []
        self.sent_starts = [0] + [m.end() for m in SENT_END.finditer(text)]
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._lower: str | None = None
        self._day_dates: dict[int, list[tuple[int, date]]] | None = None
        #: the dated mentions built so far, by start: what a later expression may be read against
        self._ref_starts: list[int] = []
        self._refs: list[DateMention] = []
        #: the days the text's datelines state, by where each line ends (``_find_datelines``)
        self._dateline_ends: list[int] = []
        self._dateline_days: list[date] = []

    def _matches(self, pattern: re.Pattern[str], family: str) -> Iterator[re.Match[str]]:
        """The pattern's matches, searched only in sentences with a cheap cue for its family: scanning every
        sentence with every pattern is most of the cost on a large corpus, and most sentences hold no date."""
        spans = self._spans.get(family)
        if spans is None:
            spans = []
            n = len(self.sent_starts)
            cue = FAMILY_CUES[family]
            if self._lower is None:
                low = self.text.lower()
                if len(low) != len(self.text):  # "İ" lowercases to two characters: keep positions aligned
                    low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
                self._lower = low
            low, text = self._lower, self.text
            hits: list[int] = []
            for word in cue.needles:
                pos = low.find(word)
                while pos >= 0:
                    if (cue.check is None or cue.check(low, pos)) and (
                        not cue.capital or text[pos].isupper()
                    ):
                        hits.append(pos)
                    pos = low.find(word, pos + 1)
            hits.sort()
            for pos in hits:
                if spans and pos + REACH <= spans[-1][1]:
                    continue  # already inside the last window, as far as it reaches
                i = bisect_right(self.sent_starts, pos) - 1
                lo = max(self.sent_starts[i], pos - REACH)
                hi = min(self.sent_starts[i + 1] if i + 1 < n else len(self.text), pos + REACH)
                if spans and spans[-1][1] >= lo:
                    spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
                else:
                    spans.append((lo, hi))
            self._spans[family] = spans
        for lo, hi in spans:
            yield from pattern.finditer(self.text, lo, hi)

    def _sentence_before(self, pos: int) -> str:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.text[self.sent_starts[max(i, 0)] : pos]

    def _future_marker(self, pos: int) -> re.Match[str] | None:
        """The future marker of the clause before the expression (``future_marker``)."""
        return future_marker(self._sentence_before(pos))

    def _sure_future(self, pos: int) -> bool:
        """Whether the clause before the expression holds a marker no reporter shifts ("will", "now expects
        to", "plans to resume ... in October": the plan's, not only the last marker) with no past verb after
        it."""
        before = self._sentence_before(pos)[-90:]
        return any(
            SURE_FUTURE.fullmatch(f.group()) and not PAST_VERB.search(before, f.end())
            for f in FUTURE.finditer(before)
        )

    def _future(self, pos: int) -> bool:
        return self._future_marker(pos) is not None

    def _tense(self, start: int, end: int) -> Tense | None:
        """The tense of the clause around an expression, when it shows: a future marker not followed by a
        past verb before the expression reads as future; any past verb near it as past."""
        if self._future(start):
            return "future"
        i = bisect_right(self.sent_starts, start) - 1
        hi = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        # a semicolon ends a clause: "Last year it drew 20,000; in May it hopes to draw 31,000" reads May
        # by its own clause's verb
        before = self._sentence_before(start)[-90:].rpartition(";")[2]
        if PLANNED.search(before):
            return None  # "were allowed to return home starting Saturday": the nearest such day
        past = list(PAST_VERB.finditer(before))
        if past:
            return None if _MODAL.search(before, past[-1].end()) else "past"
        # after it, an attribution ("…, a spokesman said") tells when it was said, not when the day is: a
        # past verb of the clause's own counts ("dock on March 18 rather than March 14, a spokesman said")
        after = self.text[end : min(hi, end + 60)]
        return "past" if any(not _SPEECH.fullmatch(v.group()) for v in PAST_VERB.finditer(after)) else None

    def _past(self, m: SpanLike) -> Tense | None:
        """The side of the anchor a month or a month-day lies on, when the clause shows it: "future" only
        after a marker no reporter shifts ("will", "is expected": "fares will rise in January" in an April
        article is next January), since "would" or "expected to" is too often a reported plan ("announced
        he was expected to sign ... on April 17"); "past" for a past verb near it; else None (the nearest)."""
        if _LABEL.search(self.text, max(0, m.start() - 6), m.start()):
            return None  # "the June 30 closing date had not changed": a name for the day, whatever the tense
        before = self._sentence_before(m.start())[-80:]
        # "had been scheduled for July 29", "had been moved to July 31": a day once set or set now, either
        # side of the article; the past perfect dates the setting, not the day, so no year is taken back
        if (
            SET_BEFORE.search(before)
            or SET_FOR.search(before)
            or _DEADLINE.search(before)
            or _INSTEAD.search(before)
        ):
            # "set a deadline of November 25", "postponed until March 3": the day something is set for,
            # which the past verb that set it does not put behind the article
            return None
        if self._sure_future(m.start()):
            return "future"
        if self._tense(m.start(), m.end()) != "past":
            return None
        until = _UNTIL_EVENT.search(before)
        if (until is not None and not PAST_VERB.search(until.group("what"))) or (
            _BY.search(before) is not None and self.deadline_by(m.start())
        ):
            return None  # "named acting president until a congress in June", "told to leave by June 15"
        return "past"

    def set_for(self, pos: int) -> bool:
        """Whether the clause before ``pos`` names the day something is set for now ("postponed until",
        "moved to a new date in", "scheduled for"), not one set before and given up (``SET_BEFORE``): such a
        day is as often ahead of the article as behind it."""
        before = self._sentence_before(pos)[-80:]
        return SET_FOR.search(before) is not None and SET_BEFORE.search(before) is None

    def moved_to(self, pos: int) -> bool:
        """Whether the clause before ``pos`` moves something to the day at ``pos`` (``SET_FOR``'s ``moved``:
        "moved to a new date in November", "postponed until June"), as ``set_for`` reads it: a month a thing
        is moved to lies ahead of the moving, the coming one (November of an April article is this year's,
        not last year's nearer one)."""
        before = self._sentence_before(pos)[-80:]
        m = SET_FOR.search(before)
        return m is not None and m.group("moved") is not None and SET_BEFORE.search(before) is None

    def deadline_by(self, pos: int) -> bool:
        """Whether a "by" right before ``pos`` sets a deadline, not what had been done by then (``_BY``):
        a past verb's clause reads it as the nearest day, a future's stays ahead."""
        return _PAST_PERFECT.search(self._sentence_before(pos)[-90:]) is None

    def _add(
        self, m: re.Match[str], priority: int, build: Callable[[], DateMention | None], deferred: bool = False
    ) -> None:
        self.cands.append(Candidate(m.start(), m.end(), priority, build, deferred))

    def _sentence_anchor(self, pos: int) -> date:
        """A week or month named relative to a dated statement ("announced on April 17 that ... next week",
        "expected to sign a deal next week ..., he announced on April 17") is read against that date, not
        the publication date: the nearest day date of the sentence, but not one after a clause the
        expression's own opens ("disclosed last week that its line recorded a fault on July 11", "came to
        light last week when parents paid for tests on Feb. 27": the day of what was disclosed or found,
        not of the telling)."""
        assert self.anchor is not None
        if self._day_dates is None:
            # every non-deferred mention is built by now: group the explicit day dates by sentence once
            self._day_dates = {}
            for m in self.built:
                d = m.date
                if d is not None and m.precision == "day" and m.kind != "relative":
                    i = bisect_right(self.sent_starts, m.start) - 1
                    self._day_dates.setdefault(i, []).append((m.start, d))
        best: tuple[int, date] | None = None
        for start, d in self._day_dates.get(bisect_right(self.sent_starts, pos) - 1, ()):
            if start > pos and _OPENS_CLAUSE.search(self.text, pos, start):
                continue  # "disclosed last week that the line recorded a fault on July 11": the fault's day
            if timedelta(0) < self.anchor - d <= timedelta(days=60):
                dist = abs(start - pos)
                if best is None or dist < best[0]:
                    best = (dist, d)
        return best[1] if best else self.anchor

    def _note(self, mention: DateMention) -> None:
        """Keep a mention as what the expressions after it may be read against; one whose year is
        unknown too, since it is what a following "two days later" refers to (and then cannot be read)."""
        if mention.kind == "anaphoric":
            return
        i = bisect_right(self._ref_starts, mention.start)
        self._ref_starts.insert(i, mention.start)
        self._refs.insert(i, mention)

    def reference(self, pos: int, precisions: tuple[MentionPrecision, ...]) -> DateMention | None:
        """The last date the text gave before ``pos``, what "two days later" counts from: None when
        that one is too coarse (``precisions``: "a year" after a day, not "two days" after a year) or its
        year is unknown. An older date is never reached past it: the text refers to the last one."""
        i = bisect_right(self._ref_starts, pos) - 1
        while i >= 0:
            m = self._refs[i]
            if m.end <= pos:
                return m if m.precision in precisions and m.date is not None else None
            i -= 1
        return None

    def stated_right_after(self, pos: int) -> bool:
        """Whether the text states a date in apposition right after ``pos`` ("two days later, on 18
        March", "a week later (12 May)"): the text names that date itself, so nothing is counted to it."""
        i = bisect_right(self._ref_starts, pos - 1)
        if i >= len(self._refs):
            return False
        return bool(_APPOSITION.fullmatch(self.text[pos : self._refs[i].start]))

    def _find_datelines(self) -> None:
        """The text's datelines: a sentence that is only a stated day (with a time of day), as a live blog
        stamps its entries ("March 9, 2026, 8:00 p.m.") or heads a day's ("Monday 9 March"), or a day and
        a time of day opening one ("March 12, 2026, 7:00 a.m. Talks resumed ..."). What follows, up to
        the next one, was written that day: "the union said on Tuesday" under the entry of Monday 9
        March is the Tuesday before it, not the one before the page's last update. A day after the
        publication date is no dateline of the page."""
        for m in sorted(self.built, key=lambda x: x.start):
            d = m.date
            if d is None or m.precision != "day" or m.kind == "relative" or m.range_end:
                continue
            if self.anchor is not None and d > self.anchor:
                continue
            i = bisect_right(self.sent_starts, m.start) - 1
            hi = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
            end = dateline_end(self.text, self.sent_starts[i], m.start, m.end, hi)
            if end is not None:
                self._dateline_ends.append(end)
                self._dateline_days.append(d)

    def dateline(self, pos: int) -> date | None:
        """The day of the last dateline before ``pos``, if any."""
        i = bisect_right(self._dateline_ends, pos) - 1
        return self._dateline_days[i] if i >= 0 else None

    def frame(self, pos: int) -> date | None:
        """The day a statement is dated by within its own sentence ("said on 3 March 2005 that talks
        would resume on Thursday"): the nearest stated day before ``pos`` in the sentence."""
        lo = self.sent_starts[bisect_right(self.sent_starts, pos) - 1]
        i = bisect_right(self._ref_starts, pos) - 1
        while i >= 0 and self._ref_starts[i] >= lo:
            m = self._refs[i]
            if m.end <= pos and m.precision == "day" and m.kind != "relative":
                return m.date  # None if its year is unknown: nothing earlier dates the statement
            i -= 1
        return None

    @abstractmethod
    def _settle(self) -> None:
        """Run once the stated dates are built and before the deferred expressions are: the rules
        may fix what those dates leave open (``dates`` reads year-less dates against earlier ones)."""

    def _mention(
        self, m: SpanLike, value: str, precision: MentionPrecision, kind: Kind, **kw: object
    ) -> DateMention:
        start, end = m.start(), m.end()
        text = self.text[start:end]
        stripped = text.rstrip()
        return DateMention(start, start + len(stripped), stripped, value, precision, kind, **kw)  # type: ignore[arg-type]

    def run(self) -> list[DateMention]:
        self._scan()
        # longest first, then the more specific pattern; earlier start breaks ties
        order = sorted(self.cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
        # the spans taken so far, disjoint and sorted by start: an overlap check is a bisection
        starts: list[int] = []
        ends: list[int] = []
        later: list[Candidate] = []
        for c in order:
            i = bisect_right(starts, c.start)
            if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
                continue
            if not c.deferred:
                mention = c.build()
                if mention is None:
                    continue
                self.built.append(mention)
            else:
                later.append(c)
            starts.insert(i, c.start)
            ends.insert(i, c.end)
        self._settle()
        for mention in self.built:
            self._note(mention)
        self._find_datelines()
        # in text order, so that each is read against the dates before it (its own result included)
        for c in sorted(later, key=lambda c: c.start):
            mention = c.build()
            if mention is not None:
                self.built.append(mention)
                self._note(mention)
        return sorted(self.built, key=lambda x: x.start)

    @abstractmethod
    def _scan(self) -> None:
        """Add every pattern's candidates (``_add``): the rules, in ``dates``."""


class Shifted:
    """A match seen from a later start (drops a cue word such as "in" from the mention's span)."""

    def __init__(self, m: re.Match[str], start: int, end: int | None = None) -> None:
        self._m = m
        self._start = start
        self._end = m.end() if end is None else end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end
