"""Temporal expressions in news text, found and normalised in pure Python.

Rules rather than a model: news prose uses a small set of date shapes (US "April 21, 2009", British
"20 April 2009", ISO, months, weekdays and week/month/year deixis), and the hard part is not finding them but
*not* finding durations ("50 days", "30-day", "the past two weeks"), modal "may", numbers and phone numbers.
Every pattern is therefore anchored on a month or weekday name (case-sensitive, so "may" the verb never
matches) or on an explicit deictic phrase, and bare numbers never make a date on their own.

A relative date is read only against a date the article states, never a guess:

* deixis ("on Monday", "yesterday", "last week", "two days ago") against ``anchor``, the publication date
  the article or its metadata states; with none, only against a day stated earlier in the same sentence
  ("said on 3 March 2005 that talks would resume on Thursday"), else it is not a date;
* a weekday something is set for ("cancelled for Tuesday", "scheduled for Friday", "postponed until
  Monday", "moved to Thursday") is the coming one (or the publication day itself), whatever the verb's
  tense: a day put on or off to lies ahead of the putting, and news copy tells a past day bare or with
  "on" ("were cancelled Tuesday"); not a possessive ("charged for Tuesday's attack" names an event);
* a day's business something is put on ("has added a hearing to Tuesday's agenda") is the coming day when
  the verb's auxiliary or present tense says the result holds, and no date at all after a bare past
  ("placed the item on Tuesday's agenda": a day gone or coming); a day a plan had been set for ("had
  been due to start on Monday") is the nearest one, as a reported plan's;
* a weekday ahead when the clause is about the future ("talks will resume on Thursday", "ministers meet on
  Friday" in a Monday article: the coming Thursday, Friday), the nearest one after a reported plan ("said
  the notice would be delivered on Friday" in a Saturday article: the day before) or before one it heads
  ("Outpatient clinics on Monday would go ahead" in a Sunday article: the day after), else the last one;
  the publication day's own weekday is that day whatever the tense ("on Friday" in a Friday article);
  "due to" giving a cause ("was due to a cyber attack on Friday") is no schedule;
* anaphora ("two days later", "the following week", "the day before") against the last date the text gave
  before it, whether or not the article is dated;
* a month-day or month without a year ("June 2", "in March") in the year nearest the publication date
  (behind it after a past verb, but not the verb that set the day: "was moved to a new date in May"),
  or with none, nearest the last date the text stated before it; with neither it keeps an unknown year
  (``year_known=False``, an ``XXXX`` year) and no timeline places it. A stated weekday fixes the year
  too ("Monday (April 21)" after "February 2022": 2025, the first such Monday from the latest year the
  text states).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from retrieval.lexicon import NUMBER_WORDS, WEEKDAYS
from retrieval.models import Document, Sentence
from retrieval.timeline.calendar import (
    iso_day,
    month_of,
    nearest_year,
    resolve,
    safe_date,
    week_monday,
)
from retrieval.timeline.expressions import (
    AGO,
    ANAPHORA,
    BRIT,
    ISO,
    MONTH_CUE,
    MONTH_REL_YEAR,
    MONTH_YEAR,
    PARTICIPLE_BEFORE,
    PLAN_WORD,
    PUT_ON,
    REL_DAY,
    REL_UNIT,
    REPORTED_PLAN,
    SEASON_YEAR,
    SET_BEFORE,
    SET_FOR,
    SUBJECT_FUTURE,
    TODAY_NAME_BEFORE,
    US,
    WD_NAME_AFTER,
    WD_NAME_BEFORE,
    WEEKDAY,
    YEAR_CUE,
    DateMention,
    Kind,
    MentionPrecision,
    puts_ahead,
    reported_after,
)
from retrieval.timeline.finder import FinderBase, Shifted

#: how far an anaphor's offset reaches, by unit: (the reference's precisions it needs, the result's precision)
#: the statement a sentence is told from, named with its day ("according to a statement on Tuesday", "in
#: a statement issued on Monday", "citing a post on Friday"): a saying before the article
_ATTRIBUTED_ON = re.compile(
    r"\b(?:according\s+to|in|citing)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:statement|announcement|press\s+release|release|post|tweet|letter|filing|interview|briefing)\s+"
    r"(?:(?:issued|released|published|posted|given|made|sent)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_ANAPHOR_UNITS: dict[str, tuple[tuple[MentionPrecision, ...], MentionPrecision]] = {
    "day": (("day",), "day"),
    "week": (("day",), "day"),
    "month": (("day", "month"), "month"),
    "year": (("day", "month", "year"), "year"),
}


#: a year a clause names before a month without one ("last year in May", "in 2019 ... in May")
_CLAUSE_YEAR = re.compile(
    r"(?i:\b(?P<rel>next|last|this)\s+year\b)|\b(?:[Ii]n|[Dd]uring)\s+(?P<y>(?:19|20)\d\d)\b"
)
#: ... or right after it ("in May last year", "in May next year")
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?P<rel>(?i:next|last|this))\s+year\b(?P<y>)")
#: words that make an anaphor's distance approximate ("more than 20 years later")
_APPROXIMATE = re.compile(
    r"\b(?:more\s+than|less\s+than|fewer\s+than|over|under|about|around|almost|nearly|some|roughly|"
    r"at\s+least|within|up\s+to|barely|just\s+over|just\s+under)\s+$",
    re.I,
)


class _Finder(FinderBase):
    """The rules: day dates, months and years, and deixis read against the anchor."""

    def _scan(self) -> None:
        self._scan_days()
        self._scan_months()
        self._scan_relative()

    def __init__(self, text: str, anchor: date | None, history_before: date | None = None) -> None:
        super().__init__(text, anchor)
        self.history_before = history_before

    def _settle(self) -> None:
        """With no publication date, a year-less month-day or month takes the year nearest the latest
        day the text stated before it. Only a day: a month or year is as often background ("the war
        began in February 2022. Rubio spoke on April 18" says nothing of April 18's year), and an older
        day does not pull a later one back. A stated weekday must still hold ("Monday (April 21)"), else
        the year stays open; so does a year-less date before any stated day: a weekday alone names no
        year (April 21 is a Monday in 2014, 2025, 2031). The dates so fixed count as stated for the
        ones after them. Nor does a day of history lend its year (``history_before``: a day before it is
        history to the coverage): "an inspection on 14 March 2023 found ..." in a story of 2031 is
        background, and "the coroner said on Monday that 17 people died between 13 and 17 July" tells the
        story's own news, written without its year because it is the article's (unknown) own."""
        if self.anchor is None:
            latest: date | None = None
            settled: list[DateMention] = []
            for m in sorted(self.built, key=lambda x: x.start):
                if (
                    not m.year_known
                    and latest is not None
                    and (self.history_before is None or latest >= self.history_before)
                ):
                    m = self._fixed(m, latest)
                d = m.date
                if d is not None and m.precision == "day" and (latest is None or d > latest):
                    latest = d
                settled.append(m)
            self.built = settled

    @staticmethod
    def _fixed(m: DateMention, latest: date) -> DateMention:
        fixed = resolve(m, latest)
        d = fixed.date
        if d is not None and (m.weekday is None or d.weekday() == m.weekday):
            return fixed
        return m

    def _now(self, pos: int) -> date | None:
        """What deixis at ``pos`` is read against: the day of the dateline it stands under (a live blog's
        entry), else the publication date; with none, a day stated earlier in the same sentence, else the
        dateline's."""
        if self.anchor is not None:
            return self.dateline(pos) or self.anchor
        return self.frame(pos) or self.dateline(pos)

    def _day(self, m: re.Match[str], month: int) -> DateMention | None:
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2")) if m.group("d2") else None
        if not 1 <= d1 <= 31 or (d2 is not None and not d1 < d2 <= 31):
            return None
        wd = WEEKDAYS.index(m.group("wd").lower()) if m.group("wd") else None
        year: int | None = None
        kind: Kind = "explicit"
        if m.group("y"):
            year = int(m.group("y"))
        else:
            kind = "partial"
            if self.anchor is not None:
                tense = self._past(m)
                set_for = tense is None and self.set_for(m.start())
                year = nearest_year(month, d1, self.anchor, wd, tense, balanced=set_for)
        if year is None:
            if safe_date(2000, month, d1) is None:  # 2000 is a leap year: every real day exists
                return None
            value = f"XXXX-{month:02d}-{d1:02d}"
            rng = f"XXXX-{month:02d}-{d2:02d}" if d2 else None
            return self._mention(
                m, value, "day", kind, year_known=False, weekday=wd, month=month, day=d1, range_end=rng
            )
        first = safe_date(year, month, d1)
        if first is None:
            return None
        last = safe_date(year, month, d2) if d2 else None
        end_ok = m.group("close") is None or "(" in self.text[m.start() : m.end()]
        mention = self._mention(
            m,
            iso_day(first),
            "day",
            kind,
            range_end=iso_day(last) if last else None,
            weekday=wd,
            month=month,
            day=d1,
        )
        if not end_ok:  # a stray ")" after the date ("on April 18) via") is not part of it
            close = m.group("close")
            mention = replace(
                mention, end=mention.end - len(close.strip()), text=mention.text[: -len(close.strip())]
            )
        return mention

    def _scan_days(self) -> None:
        for m in self._matches(US, "month"):
            month = month_of(m.group("mon"))
            self._add(m, 3, lambda m=m, month=month: self._day(m, month))  # type: ignore[misc]
        for m in self._matches(BRIT, "month"):
            month = month_of(m.group("mon"))
            self._add(m, 3, lambda m=m, month=month: self._day(m, month))  # type: ignore[misc]
        for m in self._matches(ISO, "year"):

            def iso(m: re.Match[str] = m) -> DateMention | None:
                d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                if d is None:
                    return None
                return self._mention(m, iso_day(d), "day", "explicit", month=d.month, day=d.day)

            self._add(m, 3, iso)

    def _scan_months(self) -> None:
        for m in self._matches(MONTH_YEAR, "month"):

            def month_year(m: re.Match[str] = m) -> DateMention:
                mon, y = month_of(m.group("mon")), int(m.group("y"))
                return self._mention(m, f"{y:04d}-{mon:02d}", "month", "explicit", month=mon)

            self._add(m, 2, month_year)
        for m in self._matches(MONTH_REL_YEAR, "month"):

            def month_rel(m: re.Match[str] = m) -> DateMention | None:
                if self.anchor is None:
                    return None
                mon = month_of(m.group("mon"))
                y = self.anchor.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
                return self._mention(m, f"{y:04d}-{mon:02d}", "month", "relative", month=mon)

            self._add(m, 2, month_rel)
        for m in self._matches(MONTH_CUE, "month"):

            def month_cue(m: re.Match[str] = m) -> DateMention | None:
                mon = month_of(m.group("mon"))
                cue = m.group("cue").lower()
                if cue == "of" and not re.search(
                    r"(?:end|beginning|start|middle)\s+$", self.text[max(0, m.start() - 24) : m.start()]
                ):
                    return None
                start = (
                    m.start()
                    if cue not in {"in", "since", "until", "till", "by", "from", "of"}
                    else m.start("mon")
                )
                shifted = Shifted(m, start)
                if self.anchor is None:
                    if cue in {"last", "next", "this"}:
                        return None  # "last March" counts from a publication date the text does not give
                    return self._mention(
                        shifted, f"XXXX-{mon:02d}", "month", "partial", year_known=False, month=mon
                    )
                a = self.anchor
                if cue == "last":
                    y = a.year if mon < a.month else a.year - 1
                elif cue == "next":
                    y = a.year if mon > a.month else a.year + 1
                elif cue == "this":
                    y = a.year
                else:
                    # "until June" bounds a span, the day it is set to last to ("SET_FOR"), and "by June" a
                    # deadline, which the past verb that began or set it does not put behind the article
                    tense = self._past(m)
                    if cue in {"until", "till"} or (cue == "by" and self.deadline_by(m.start())):
                        tense = tense if tense == "future" else None
                    set_for = tense is None and self.set_for(m.start())
                    if set_for and self.moved_to(m.start()):
                        tense = "future"  # "moved to a new date in November": the coming November
                    y = self._clause_year(m.start("mon"), m.end()) or (
                        nearest_year(mon, None, a, tense=tense, balanced=set_for) or a.year
                    )
                return self._mention(shifted, f"{y:04d}-{mon:02d}", "month", "partial", month=mon)

            self._add(m, 1, month_cue)
        for m in self._matches(SEASON_YEAR, "year"):

            def season(m: re.Match[str] = m) -> DateMention:
                return self._mention(m, m.group("y"), "year", "explicit")

            self._add(m, 2, season)
        for m in self._matches(YEAR_CUE, "year"):

            def year_cue(m: re.Match[str] = m) -> DateMention:
                plain = m.group("cue").lower() in {
                    "in",
                    "since",
                    "until",
                    "by",
                    "during",
                    "throughout",
                    "before",
                    "after",
                }
                return self._mention(
                    Shifted(m, m.start("y") if plain else m.start()), m.group("y"), "year", "explicit"
                )

            self._add(m, 1, year_cue)

    def _scan_relative(self) -> None:
        # deixis counts from a day its own sentence states (with no publication date) or a dateline's:
        # built after the stated dates, like the expressions that always count from another date
        deferred = True
        for m in self._matches(REL_DAY, "relday"):
            self._add(m, 1, lambda m=m: self._rel_day(m), deferred=deferred)  # type: ignore[misc]
        for m in self._matches(WEEKDAY, "weekday"):
            self._add(m, 1, lambda m=m: self._weekday(m), deferred=deferred)  # type: ignore[misc]
        for m in self._matches(REL_UNIT, "unit"):
            self._add(m, 1, lambda m=m: self._rel_unit(m), deferred=True)  # type: ignore[misc]
        for m in self._matches(AGO, "ago"):
            self._add(m, 1, lambda m=m: self._ago(m), deferred=deferred)  # type: ignore[misc]
        for m in self._matches(ANAPHORA, "anaphora"):
            self._add(m, 1, lambda m=m: self._anaphor(m), deferred=True)  # type: ignore[misc]

    def _rel_day(self, m: re.Match[str]) -> DateMention | None:
        a = self._now(m.start())
        if a is None:
            return None
        w = re.sub(r"\s+", " ", m.group("w").lower())
        if (
            w == "today"
            and m.group("w")[0] == "T"
            and TODAY_NAME_BEFORE.search(self.text[max(0, m.start() - 24) : m.start()])
        ):
            return None  # "Russia Today", "USA TODAY", "the Today programme"
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(w, 0)
        return self._mention(m, iso_day(a + timedelta(days=shift)), "day", "relative")

    def _clause_year(self, start: int, end: int) -> int | None:
        """The year a month's own clause puts it in ("returned last year in May", "in May next year", "in
        2019, and in May"): the year named just before it in the clause, or right after it."""
        assert self.anchor is not None
        after = _YEAR_AFTER.match(self.text, end)
        before = list(_CLAUSE_YEAR.finditer(re.split(r"[;:]", self._sentence_before(start)[-80:])[-1]))
        found = after or (before[-1] if before else None)
        if found is None:
            return None
        if found.group("y"):
            return int(found.group("y"))
        return self.anchor.year + {"this": 0, "last": -1, "next": 1}[found.group("rel").lower()]

    def _anaphor(self, m: re.Match[str]) -> DateMention | None:
        """ "two days later", "the following week", "the day before": counted from the last date the
        text gave before it (never from the publication date: "later" than what is said, not now; and
        never from another anaphor, which would let an error run on down the article). A count that lands
        after the publication date in a clause told in the past ("the group posted the files two days
        later" after a deadline ahead of the article) is no date: what the article reports as done is
        done by the day it is published, so the count was from another date than the one it reached."""
        counted = self._counted(m)
        if (
            counted is not None
            and self.anchor is not None
            and counted.date is not None
            and counted.date > self.anchor
            and self._tense(m.start(), m.end()) == "past"
        ):
            return None
        return counted

    def _counted(self, m: re.Match[str]) -> DateMention | None:
        """The date an anaphor counts to (``_anaphor``)."""
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        rel = (m.group("rel") or "").lower()
        way = (m.group("dir") or m.group("dir3") or "").lower()
        if way in {"after", "before"} and re.match(r"\s*\w", self.text[m.end() : m.end() + 3]):
            return None  # "two days after the vote": counted from the vote, not from the last date
        if self.stated_right_after(m.end()):
            return None  # "two days later, on 18 March": the date is the one stated, not counted
        if _APPROXIMATE.search(self.text, max(0, m.start() - 16), m.start()):
            return None  # "more than 20 years later", "some weeks after": not a date to count to
        if rel == "next" and unit != "day":
            return None  # "the next week", "over the next year": a span ahead, not a date
        needs, precision = _ANAPHOR_UNITS[unit]
        if m.group("n"):  # "two days later", "a week earlier"
            raw = m.group("n").lower()
            n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            if way in {"earlier", "before"}:
                n = -n
        else:  # "the following week", "the previous day", "the same day", "the day before"
            n = {"same": 0, "previous": -1, "preceding": -1}.get(rel, -1 if way == "before" else 1)
            if unit == "week":
                precision = "week"
        ref = self.reference(m.start(), needs)
        if ref is None or ref.date is None:
            return None
        base = ref.date
        if n > 0 and ref.range_end and ref.precision == "day":
            base = date.fromisoformat(ref.range_end)  # "April 3 and 4 ... two days later": from the 4th
        if unit == "day":
            return self._mention(m, iso_day(base + timedelta(days=n)), "day", "anaphoric")
        if unit == "week":
            if precision == "week":
                monday = week_monday(base) + timedelta(weeks=n)
                end = iso_day(monday + timedelta(days=6))
                return self._mention(m, iso_day(monday), "week", "anaphoric", range_end=end)
            return self._mention(m, iso_day(base + timedelta(weeks=n)), "day", "anaphoric")
        if unit == "month":
            y, mon = divmod(base.year * 12 + base.month - 1 + n, 12)
            return self._mention(m, f"{y:04d}-{mon + 1:02d}", "month", "anaphoric", month=mon + 1)
        return self._mention(m, f"{base.year + n:04d}", "year", "anaphoric")

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
        a = self._now(m.start())
        if a is None:
            return None
        wd_text = m.group("wd")
        if not (wd_text[0].isupper()):
            return None
        if WD_NAME_BEFORE.search(
            self.text[max(0, m.start("wd") - 24) : m.start("wd")]
        ) or WD_NAME_AFTER.match(self.text, m.end("wd")):
            return None
        rel = (m.group("rel") or "").lower()
        if rel == "past":
            return None  # "the past Monday" reads as a span, too vague
        if m.start() > 0 and re.search(
            r"\b(?:the|a|every|each)\s+$", self.text[max(0, m.start() - 8) : m.start()]
        ):
            return None  # "every Monday", "the Monday before"
        wd = WEEKDAYS.index(wd_text.lower())
        before = self._sentence_before(m.start("wd"))[-80:]
        back = (a.weekday() - wd) % 7
        ahead = (wd - a.weekday()) % 7
        if rel == "last":
            shift = -(back or 7)
        elif rel in {"next", "coming"}:
            shift = ahead or 7
        elif rel == "this":
            shift = -back if back <= ahead else ahead
        elif (
            not m.group("possess")
            and (plan := SET_BEFORE.search(before)) is not None
            and PLAN_WORD.search(plan.group())
        ):
            # "had originally been scheduled for Tuesday but was called off", "had been due to start on
            # Monday": a plan set before the article, for a day either side of it, which the weekday
            # alone does not tell (the nearest is a guess), and a plan that may never have been kept
            return None
        elif m.group("possess") and (put := PUT_ON.search(before)) is not None:
            if not puts_ahead(put):
                return None  # "placed the item on Tuesday's agenda": a day gone or coming, undated
            shift = ahead  # "has added a hearing to Tuesday's agenda": business still to come
        elif not m.group("possess") and SET_FOR.search(before):
            # "cancelled for Tuesday", "postponed until Monday", "said it had been moved to Thursday": the
            # day it is set for
            shift = ahead
        elif _ATTRIBUTED_ON.search(before):
            # "will appeal, according to a statement on Tuesday": the day of the statement the sentence is
            # told from, made before the article whatever the tense of what it says
            shift = -back
        elif not rel and PARTICIPLE_BEFORE.search(before):
            # "The layoffs announced on Monday will fall hardest ...": the weekday is the participle's,
            # a day its act is done by, not the coming one the main verb's future would read
            shift = -back
        elif SUBJECT_FUTURE.match(self.text, m.end("wd")):
            shift = ahead  # "Sunday could be hotter still": the day the forecast is for
        elif reported_after(self.text, m.end("wd")):
            # "Outpatient clinics on Monday would go ahead as normal, the trust said": a reported plan's,
            # the nearest such day, as with its marker before the day
            shift = -back if back <= ahead else ahead
        else:
            marker = self._future_marker(m.start())
            if marker is None:
                shift = -back
            elif REPORTED_PLAN.fullmatch(marker.group()):
                shift = -back if back <= ahead else ahead
            else:
                shift = ahead
        start = m.start() if rel else m.start("wd") if m.group("pre") in {None, "on", "On"} else m.start()
        return self._mention(
            Shifted(m, start, m.end("wd")), iso_day(a + timedelta(days=shift)), "day", "relative", weekday=wd
        )

    def _rel_unit(self, m: re.Match[str]) -> DateMention | None:
        a = self._sentence_anchor(m.start()) if self.anchor is not None else self.frame(m.start())
        if a is None:
            return None
        before = self.text[max(0, m.start() - 12) : m.start()]
        if re.search(r"\b(?:the|a|over)\s+$", before, re.I) and not m.group("mod"):
            return None  # "the last week", "over the next month": spans, not dates
        step = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        unit = m.group("unit").lower()
        if unit == "week":
            monday = week_monday(a) + timedelta(weeks=step)
            return self._mention(
                m, iso_day(monday), "week", "relative", range_end=iso_day(monday + timedelta(days=6))
            )
        if unit == "month":
            y, mon = divmod(a.year * 12 + a.month - 1 + step, 12)
            return self._mention(m, f"{y:04d}-{mon + 1:02d}", "month", "relative", month=mon + 1)
        return self._mention(m, f"{a.year + step:04d}", "year", "relative")

    def _ago(self, m: re.Match[str]) -> DateMention | None:
        a = self._now(m.start())
        if a is None:
            return None
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        unit = m.group("unit").lower()
        if unit == "day":
            return self._mention(m, iso_day(a - timedelta(days=n)), "day", "relative")
        if unit == "week":
            monday = week_monday(a - timedelta(weeks=n))
            return self._mention(
                m, iso_day(monday), "week", "relative", range_end=iso_day(monday + timedelta(days=6))
            )
        if unit == "month":
            y, mon = divmod(a.year * 12 + a.month - 1 - n, 12)
            return self._mention(m, f"{y:04d}-{mon + 1:02d}", "month", "relative", month=mon + 1)
        return self._mention(m, f"{a.year - n:04d}", "year", "relative")


def find_dates(text: str, anchor: date | None, history_before: date | None = None) -> list[DateMention]:
    """Every temporal expression in ``text`` that names a calendar date, week, month or year, in order.

    ``anchor`` is the publication date that relative expressions and year-less dates are read against;
    without one, ``history_before`` the day before which a stated day is history (long before the
    coverage), which lends no year to a year-less date after it.
    """
    if not text:
        return []
    return _Finder(text, anchor, history_before).run()


# A photo credit closing a sentence marks a caption the cleaner may have left in: never date evidence.
_CREDIT = re.compile(r"\([^()]*(?:/|Getty|AFP|Reuters|AP Photo|EPA)[^()]*\)\s*$")


def body_sentences(doc: Document) -> list[Sentence]:
    """The sentences that can carry date evidence: not headings, not leftover photo captions."""
    return [s for s in doc.sentences if not s.heading and not _CREDIT.search(s.text)]
