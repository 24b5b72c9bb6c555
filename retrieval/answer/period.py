"""A question placed in a period ("What happened at the port in June 2024?", "... in 2023?"): answered
only from articles published in that period or sentences that state a date in it. A question about the
present ("this week", "recently") prefers the coverage's present: articles of its newest year.

Without this, the period's words are two more search terms that articles dated by their metadata do not
hold, and the answer quotes whatever the port did in another year. The period is read by the timeline's
own date finder (a stated month, day or year; "in June" without a year places nothing). It applies only
to a corpus that has dates: an undated corpus cannot tell, and is answered as before. When nothing in
the period matches, the reply says the coverage does not answer, never quoting another period.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from retrieval.answer.question import QuestionInfo
from retrieval.answer.scoring import AnswerContext, Candidate
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS
from retrieval.models import Sentence
from retrieval.search.text import Tokenizer

if TYPE_CHECKING:
    from retrieval.timeline.expressions import DateMention


@dataclass(frozen=True, slots=True)
class _Dated:
    """The corpus's dated documents by publication date (worked out once per engine)."""

    days: list[date]
    doc_ids: list[str]


@dataclass(frozen=True, slots=True)
class Period:
    """The days a question's date covers, and that date as the question writes it."""

    first: date
    last: date
    text: str

    def without(self, q: QuestionInfo, tokenizer: Tokenizer) -> QuestionInfo:
        """The question without the period's words: they place it, not what it is about."""
        drop = set(tokenizer.tokens(self.text))
        terms = [t for t in q.terms if t not in drop]
        if not terms:
            return q
        return replace(
            q,
            terms=terms,
            words=[w for w in q.words if not set(tokenizer.tokens(w)) & drop] or q.words,
            entity_terms=q.entity_terms - drop,
            bridges={t: b for t, b in q.bridges.items() if t not in drop},
        )

    def documents(self, ctx: AnswerContext, among: list[str] | None) -> list[str]:
        """The documents published in the period (of ``among`` when given), by a bisection of the
        corpus's dates: no scan of the documents per question."""
        dated = _dated(ctx)
        lo = bisect.bisect_left(dated.days, self.first)
        hi = bisect.bisect_right(dated.days, self.last)
        found = dated.doc_ids[lo:hi]
        if among is None:
            return found
        keep = set(among)
        return [d for d in found if d in keep]

    def holds(self, s: Sentence, ctx: AnswerContext, stated: bool = True) -> bool:
        """Whether a sentence is of the period: its article was published in it, or (``stated``) it
        states a date in it (read against its article's date, as the timeline reads it), or its
        article's headline does: the headline places the story its sentences tell ("Plant had seven
        violations in 2021 inspection": "the department fined the company $38,000" is the 2021 fine,
        though it says when the fine was paid). What someone said in a period is said in an article of
        it: a date the statement gives ("return starting March 3") is what it is about, not when it was
        said."""
        meta = ctx.documents[s.doc_id].meta
        published = meta.published
        if published is not None and self.first <= published <= self.last:
            return True
        if not stated:
            return False
        return self._states(s.text, published) or (
            bool(meta.title) and self._states(meta.title or "", published)
        )

    def _states(self, text: str, published: date | None) -> bool:
        """Whether a text states a date in the period."""
        from retrieval.timeline.dates import find_dates  # see asked_period

        return any(
            (span := _span(m)) is not None and span[0] <= self.last and self.first <= span[1]
            for m in find_dates(text, published)
        )


def _span(m: DateMention) -> tuple[date, date] | None:
    """The first and last day a date mention covers; None while its year is unknown."""
    first = m.date
    if first is None:
        return None
    if m.range_end is not None:
        return first, date.fromisoformat(m.range_end)
    if m.precision == "year":
        return first, date(first.year, 12, 31)
    if m.precision == "month":
        return first, date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    if m.precision == "week":
        return first, first + timedelta(days=6)
    return first, first


def _dated(ctx: AnswerContext) -> _Dated:
    got = ctx.memo.get("dated")
    if isinstance(got, _Dated):
        return got
    pairs = sorted((d.meta.published, d.meta.doc_id) for d in ctx.documents.values() if d.meta.published)
    made = _Dated([p for p, _ in pairs], [i for _, i in pairs])
    ctx.memo["dated"] = made
    return made


def asked_period(question: str, ctx: AnswerContext, said: bool = False) -> Period | None:
    """The period a question states ("in June 2024", "on 4 June 2024", "in 2023"), when the corpus has
    dates to hold it to; None otherwise. A month without a year places only a question asking what
    someone said (``said``: "what did Ellison say in March", when they said it); elsewhere it is as
    often what a sentence states ("where did the ministers meet in April": "convening ... on April 3"),
    which it is searched for."""
    if not _dated(ctx).days:
        return None
    # imported here: an undated corpus never reads a date, and the timeline's date grammar is a good
    # part of a start-up that ``newsbot ask`` need not pay for
    from retrieval.timeline.dates import find_dates

    # a chat question writes its months in lower case ("on oct 9"), which the date finder (reading
    # news copy) takes for words: a month written before or after a day number is a month in any case
    cased = _DAY_MONTH.sub(_month_capitalised, question)
    for m in find_dates(cased, None):
        span = _span(m) if m.kind == "explicit" else None
        if span is not None:
            return Period(span[0], span[1], m.text)
    for m in find_dates(cased, None):
        if m.kind == "partial" and m.precision == "day" and (placed := _yearless_day(m.text, ctx)):
            return placed
    return _ordinal_day(question, ctx) or (_bare_month(question, ctx) if said else None)


_MONTH_NUMBERS = {**MONTHS, **MONTH_ABBREVIATIONS}
_MONTH_NAMES = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
#: a day of the month in a question, either side of its month ("march 23", "23 march", "the 23rd of march")
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES}))\b",
    re.IGNORECASE,
)


def _month_capitalised(m: re.Match[str]) -> str:
    """A day-month match with its month capitalised, as the date finder reads months."""
    at = m.start("m1" if m.group("m1") else "m2") - m.start()
    text = m.group(0)
    return text[:at] + text[at].upper() + text[at + 1 :]


def unplaced_day(question: str) -> re.Pattern[str] | None:
    """For a question naming a day of a month (``asked_period`` could not place it in a year of the
    coverage's articles: "what happened on 23 march" of a coverage published in April), a pattern a
    sentence holding that day matches ("March 23", "23 March", "Mar. 23"): only such a sentence tells of
    that day; None when the question names no day."""
    m = _DAY_MONTH.search(question)
    if m is None:
        return None
    month = (m.group("m1") or m.group("m2")).lower()
    day = int(m.group("d1") or m.group("d2"))
    number = _MONTH_NUMBERS[month]
    names = "|".join(n for n, k in _MONTH_NUMBERS.items() if k == number)
    return re.compile(
        rf"\b(?:(?:{names})\.?\s+0?{day}(?!\d)|0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b)",
        re.IGNORECASE,
    )


def _yearless_day(text: str, ctx: AnswerContext) -> Period | None:
    """A month and day without a year ("on oct 9") placed in the one year whose articles the coverage
    has of that month (``_bare_month``'s reading of a month); None when that is several years or none."""
    from retrieval.timeline.dates import find_dates  # see asked_period

    days = _dated(ctx).days
    got = [m.date for m in find_dates(text, days[-1]) if m.date is not None] if days else []
    if not got:
        return None
    month, day = got[0].month, got[0].day
    years = {d.year for d in days if d.month == month}
    if len(years) != 1:
        return None
    # (a run of days of the month, "aug 4-5", ends on its last day: the night of the 4th reported on the 5th)
    run = _DAY_RUN.search(text)
    last = int(run.group(2)) if run and int(run.group(1)) == day and int(run.group(2)) > day else day
    try:
        year = years.pop()
        placed, end = date(year, month, day), date(year, month, last)
    except ValueError:  # 29 February of a year without it
        return None
    return Period(placed, end, text)


#: the days a run of days ends on ("4-5", "4–6")
_DAY_RUN = re.compile(r"\b(\d{1,2})\s*[-\u2013]\s*(\d{1,2})\b")


#: a day of the month alone ("on the 9th", "the 19th")
#: (not "the 19th century", "the 9th floor": a noun after it is what is counted)
_ORDINAL_DAY = re.compile(
    r"\bthe\s+([0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*$|\s*[?.!,;]|\s+(?:of|and|or|to|per|according|at|in|by|when|what|how)\b)",
    re.IGNORECASE,
)


def _ordinal_day(question: str, ctx: AnswerContext) -> Period | None:
    """A day of the month named alone ("on the 19th"), placed in the one month of the coverage that
    has articles published on that day of the month; None when several months do, or none."""
    m = _ORDINAL_DAY.search(question)
    if m is None:
        return None
    day = int(m.group(1))
    months = {(d.year, d.month) for d in _dated(ctx).days if d.day == day}
    if len(months) != 1:
        return None
    year, month = months.pop()
    placed = date(year, month, day)
    return Period(placed, placed, m.group(0))


#: a month the question names without a year ("what did Ellison say in March")
_BARE_MONTH = re.compile(rf"\b(?:in|during|throughout)\s+({'|'.join(MONTHS)})\b(?!\s*,?\s*\d)", re.IGNORECASE)


def _bare_month(question: str, ctx: AnswerContext) -> Period | None:
    """A month named without a year, placed in the one year whose articles the coverage has of that
    month (a coverage of February and March 2026 asked "in March" means March 2026); None when its
    articles of that month are of several years, or of none (the month then places nothing)."""
    m = _BARE_MONTH.search(question)
    if m is None:
        return None
    month = MONTHS[m.group(1).lower()]
    years = {d.year for d in _dated(ctx).days if d.month == month}
    if len(years) != 1:
        return None
    year = years.pop()
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), m.group(0))


#: words placing a question in the present: deictic time, which only the coverage's own newest date can
#: anchor (the day the question is asked may be long after the coverage ends). Not "now" in "what is now
#: called Istanbul", "now that ...", "until now"
_PRESENT = re.compile(
    r"\b(?:(?:this|last|past) (?:week(?:end)?|month|year)|today|tonight|yesterday|recently|recent"
    r"|currently|nowadays|right now"
    r"|(?<!until )(?<!till )(?<!by )(?<!from )(?<!for )now(?! called| known| that)|latest)\b",
    re.IGNORECASE,
)


def asked_present(question: str, ctx: AnswerContext) -> Period | None:
    """The coverage's present (``AnswerWeights.present_days`` up to its newest article) for a question
    about the present, when the corpus has dates; None otherwise. The caller prefers candidates of the
    period over the rest, without declining when none answers: "recently" is a hint, not a date. A
    capitalised cue inside the question is a name ("Who presents Today?", "Now TV"), not the present."""
    m = next((m for m in _PRESENT.finditer(question) if _lowercase_or_first(question, m)), None)
    days = _dated(ctx).days if m is not None else []
    if m is None or not days:
        return None
    return Period(days[-1] - timedelta(days=WEIGHTS.present_days), days[-1], m.group(0))


def _lowercase_or_first(question: str, m: re.Match[str]) -> bool:
    return m.group(0)[0].islower() or not question[: m.start()].strip(" \"'\u201c\u2018(")


def published_in(period: Period, s: Sentence, ctx: AnswerContext) -> bool:
    """Whether a sentence's article was published in the period, or has no date to tell."""
    published = ctx.documents[s.doc_id].meta.published
    return published is None or period.first <= published <= period.last


#: words asking how a changing fact stands at the end of the coverage ("is the order still in effect",
#: "what was the final tally", "how many are sick now", "the count so far"); not "now called", "until
#: now", nor "final" as a noun ("who won the final")
_CURRENT = re.compile(
    r"\b(?:still|currently|latest|so far|to date|as of now|at present|anymore|any more|yet|rn|final(?=\s+\w)"
    r"|(?<!until )(?<!till )(?<!by )(?<!from )(?<!for )now(?! called| known| that))\b",
    re.IGNORECASE,
)


def asks_current(question: str) -> bool:
    """Whether a question asks how something stands now (its newest statement), not how it stood once;
    a capitalised cue inside the question is a name ("Now TV")."""
    return any(_lowercase_or_first(question, m) for m in _CURRENT.finditer(question))


def newest_statement(
    best: Candidate, cands: list[Candidate], ok: Callable[[Candidate], bool], ctx: AnswerContext
) -> Candidate:
    """Of the candidates that answer nearly as well as ``best`` (``ok``, at least its type score,
    coverage and relation, and ``AnswerWeights.current_ratio`` of its score), the newest: from the
    latest-published article, and in one article the later statement (a live article's later update,
    written below the earlier). A changing fact's earlier stages ("the order remains in effect", "14
    have been hospitalized") are superseded by its later ones, which a question about how it stands
    now asks for. An undated candidate could be the newest: then ``best`` keeps its place."""

    def when(c: Candidate) -> tuple[int, int] | None:
        d = ctx.documents[c.sentence.doc_id].meta.published
        return (d.toordinal(), c.sentence.index) if d is not None else None

    floor = WEIGHTS.current_ratio * best.score
    near = [
        c
        for c in cands
        if c is best
        or (
            c.score >= floor
            and c.type_score >= best.type_score
            # the same fact: as much of what is asked in its own words, not another one (the words of
            # the sentences around it, or of its headline, tell of the story, not of this statement:
            # "Treasurer Ines Quarry will serve as acting chair" under a headline on her is no more her
            # role than "Quarry ... will return to her role as treasurer")
            and c.own_coverage >= best.own_coverage
            and c.relation >= best.relation
            and ok(c)
        )
    ]
    dated = [(w, c) for c in near if (w := when(c)) is not None]
    if len(dated) < len(near) or not dated:
        return best
    return max(dated, key=lambda wc: wc[0])[1]
