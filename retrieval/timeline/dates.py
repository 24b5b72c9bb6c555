"""Temporal expressions in news text, found and normalised in pure Python.

Rules rather than a model: news prose uses a small set of date shapes (US "April 21, 2009", British
"20 April 2009", ISO, months, weekdays and week/month/year deixis), and the hard part is not finding them but
*not* finding durations ("50 days", "30-day", "the past two weeks"), modal "may", numbers and phone numbers.
Every pattern is therefore anchored on a month or weekday name (case-sensitive, so "may" the verb never
matches) or on an explicit deictic phrase, and bare numbers never make a date on their own.

Relative expressions ("on Monday", "last week") are resolved against ``anchor`` (the article's publication
date); with no anchor they are dropped, and month-days without a year come back with ``year_known=False``
and an ``XXXX`` year so that publication-date inference can fix the year from elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal, Protocol

from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, WEEKDAYS

MentionPrecision = Literal["day", "week", "month", "year"]
Kind = Literal["explicit", "partial", "relative"]
Tense = Literal["past", "future"]


def _cased(words: list[str]) -> str:
    """Capitalised or ALL-CAPS spellings only: lowercase "may"/"march" are verbs, not months."""
    alts: list[str] = []
    for w in words:
        alts += [w.capitalize(), w.upper()]
    return "|".join(sorted(alts, key=len, reverse=True))


_MONTH_FULL = _cased(list(MONTHS))
_MONTH_ABBR = _cased(list(MONTH_ABBREVIATIONS))
# A month before a day number: abbreviations with or without a period ("Dec. 4", "Dec 4").
_MON_D = rf"(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?)"
# A month standing without a day: full names, or abbreviations with their period ("Dec. 2024").
_MON_Y = rf"(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\.)"
_WD = rf"(?P<wd>{_cased(list(WEEKDAYS))})\b"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?![\d])"
_ORD = r"(?:st|nd|rd|th)?"
_RANGE_SEP = r"\s*(?:-|–|—|and|to|through|&)\s*"
# What may not follow a day number: more digits, a decimal, a percentage, a unit ("March 2,000", "May 5%").
_NOT_NUMBERISH = r"(?![\d]|[.,]\d|\s*%|\s*(?:per\s*cent|percent)\b)"

# Scoped case-insensitivity: "Early in March" opens a sentence, while month names stay case-sensitive.
_MODS = (
    r"(?i:early|earlier|mid|late|later|"
    r"the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
)

_US = re.compile(
    rf"(?:{_WD},?\s*(?:\(\s*)?(?:on\s+)?)?"
    rf"\b{_MON_D}\s*(?P<d1>[0-3]?\d){_ORD}\b(?:{_RANGE_SEP}(?P<d2>[0-3]?\d){_ORD}\b)?{_NOT_NUMBERISH}"
    rf"(?:,?\s*{_YEAR})?(?P<close>\s*\))?"
)
_BRIT = re.compile(
    rf"(?:{_WD},?\s*(?:\(\s*)?(?:the\s+)?)?"
    rf"(?<![\d.,$£€/:-])\b(?P<d1>[0-3]?\d){_ORD}(?:{_RANGE_SEP}(?P<d2>[0-3]?\d){_ORD})?\s+(?:of\s+)?"
    rf"{_MON_D}(?!\s*[0-3]?\d\b(?!\d))(?:,?\s*{_YEAR})?(?P<close>\s*\))?"
)
_ISO = re.compile(
    r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d/-])"
)
_MONTH_YEAR = re.compile(rf"\b(?:(?P<mod>{_MODS})[\s-]+(?:in\s+)?)?{_MON_Y}\s*,?\s*(?:of\s+)?{_YEAR}")
_MONTH_REL_YEAR = re.compile(
    rf"\b(?:(?P<mod>{_MODS})[\s-]+(?:in\s+)?)?{_MON_Y}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
)
_SEASON_YEAR = re.compile(
    rf"\b(?:(?:early|late|mid)[\s-]+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?{_YEAR}"
)
_MONTH_CUE = re.compile(
    rf"\b(?P<cue>(?i:in|since|until|till|by|from|during|throughout|before|after|last|next|this)|"
    rf"(?:{_MODS})(?:[\s-]+in)?|of)\s+(?P<mon>{_MONTH_FULL})\b(?!\s*[0-3]?\d\b)(?!\s*,?\s*(?:1[89]|20)\d\d)"
)
_YEAR_CUE = re.compile(
    rf"\b(?P<cue>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Tt]hroughout|[Bb]efore|[Aa]fter|"
    rf"(?:{_MODS})(?:[\s-]+in)?)\s+{_YEAR}\b(?!\s*(?:%|per\s*cent|percent|people|troops|km|miles|metres))(?!,\d)"
)
_REL_DAY = re.compile(
    r"\b(?P<w>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|this|coming|past)\s+|(?P<pre>on|early|late|later|earlier|by|until|since|from|"
    rf"early\s+on|late\s+on|later\s+on|earlier\s+on)\s+)?{_WD}(?P<possess>'s|’s)?",
    re.I,
)
_REL_UNIT = re.compile(
    r"\b(?:(?P<mod>early|earlier|late|later|mid)[\s-]+)?(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b(?!s)",
    re.I,
)
_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    re.I,
)

# Weekday names that are part of a name, not a date ("Good Friday", "the Sunday Times", "Super Tuesday").
_WD_NAME_BEFORE = re.compile(r"(?:Black|Good|Bloody|Super|Ash|Holy|Cyber|Easter|Maundy|Mail\s+on)\s+$")
_WD_NAME_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Tribune|Sport|People|Star|Night\s+Football)\b"
)
_TODAY_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*|the)\s+$")
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|would|is\s+due|are\s+due|due\s+to|set\s+to|is\s+to|are\s+to|scheduled|"
    r"expected\s+to|plans?\s+to|planned|going\s+to|to\s+be\s+held|upcoming|next|"
    # present tense of scheduling verbs reads as the future ("the match kicks off on Saturday")
    r"kicks\s+off|get\s+under\s+way|gets\s+under\s+way|begins|starts|opens|takes\s+place|go\s+to\s+the\s+polls|"
    r"goes\s+to\s+the\s+polls|meets|arrives|travels|resumes|ends|closes)\b",
    re.I,
)
_PAST_VERB = re.compile(
    r"\b(?:said|says|told|met|spoke|went|gave|took|made|held|began|came|saw|left|sent|won|lost|fell|rose|hit|"
    r"struck|was|were|had|did|\w+ed)\b",
    re.I,
)


def _name_cue(text: str, pos: int) -> bool:
    """A month or weekday name starts at ``pos`` of the lowercased text: a capital in the text as written
    (the patterns need one: "market" or "may" the verb are no cue), not inside a word."""
    return pos == 0 or not text[pos - 1].isalpha()


def _year_cue(text: str, pos: int) -> bool:
    """ "19"/"20"/"18" starting a four-digit number that stands alone."""
    return (
        text[pos + 2 : pos + 4].isdigit()
        and (pos == 0 or not text[pos - 1].isdigit())
        and not text[pos + 4 : pos + 5].isdigit()
    )


def _unit_cue(text: str, pos: int) -> bool:
    """ " week"/" month"/" year" right after this/last/next."""
    return text[max(0, pos - 5) : pos].rstrip()[-4:].lower() in {"this", "last", "next"}


@dataclass(frozen=True, slots=True)
class _Cue:
    """Cheap cues for one family of patterns: needles found with str.find (memchr-fast, far cheaper than
    any regex scan over a whole corpus) in the lowercased text, and an optional check of each hit;
    ``capital`` asks the text as written for a capital at the hit."""

    needles: tuple[str, ...]
    check: Callable[[str, int], bool] | None = None
    capital: bool = False


_FAMILY_CUES: dict[str, _Cue] = {
    "month": _Cue(tuple(w[:3] for w in MONTHS), _name_cue, capital=True),
    "year": _Cue(("18", "19", "20"), _year_cue),
    "relday": _Cue(("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening")),
    "weekday": _Cue(tuple(WEEKDAYS), _name_cue, capital=True),
    "unit": _Cue((" week", " month", " year"), _unit_cue),
    "ago": _Cue((" ago",)),
}
#: how far an expression reaches either side of its cue ("the beginning of March", "21st and 22nd, 2009)")
_REACH = 48
# A sentence ends at a newline, or at ".!?" and space before a capital or an opening quote (written so that
# the scan starts from one character class, which the regex engine skips through fast).
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])\s+(?=[A-Z\"“'‘(]))")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One normalised temporal expression.

    ``value`` is "YYYY-MM-DD" (day and week precision; a week is named by its Monday), "YYYY-MM" or "YYYY";
    when the year could not be fixed ``year_known`` is False and the year reads "XXXX".
    """

    start: int
    end: int
    text: str
    value: str
    precision: MentionPrecision
    kind: Kind
    year_known: bool = True
    #: last day of a range ("April 3 and 4") or of a week, as "YYYY-MM-DD"
    range_end: str | None = None
    #: the weekday the text states (0 = Monday), kept so a year can be checked against it
    weekday: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        """The first day the mention covers, or None while the year is unknown."""
        if not self.year_known:
            return None
        parts = [int(p) for p in self.value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class _Span(Protocol):
    """Anything with a match's start() and end(): a regex match, or one seen from a later start."""

    def start(self) -> int: ...

    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    priority: int
    build: Callable[[], DateMention | None]
    #: built after the others, because it reads the sentence's own explicit date
    deferred: bool = False


def _month_of(token: str) -> int:
    t = token.rstrip(".").lower()
    return MONTHS.get(t) or MONTH_ABBREVIATIONS[t]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _future_cost(delta_days: int) -> int:
    """Distance to the anchor, future dates counting double: reports mostly look back."""
    return -delta_days if delta_days <= 0 else 2 * delta_days


def nearest_year(
    month: int, day: int | None, anchor: date, weekday: int | None = None, tense: Tense | None = None
) -> int | None:
    """The year that puts month/day nearest the anchor (the past preferred, or only the side the verb's
    tense allows); when a weekday is stated, the nearest year where the day really is that weekday (within
    a decade either side)."""
    if weekday is not None and day is not None:
        best: tuple[int, int] | None = None
        for y in range(anchor.year - 11, anchor.year + 12):
            d = _safe_date(y, month, day)
            if d is not None and d.weekday() == weekday:
                cost = _future_cost((d - anchor).days)
                if best is None or cost < best[0]:
                    best = (cost, y)
        if best is not None and best[0] <= 400:
            return best[1]
    options: list[tuple[int, int]] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is None:
            # a month: measure from its middle, and the anchor's own month counts as "now"
            if (y, month) == (anchor.year, anchor.month):
                options.append((0, y))
                continue
            d = date(y, month, 15)
        else:
            maybe = _safe_date(y, month, day)
            if maybe is None:
                continue
            d = maybe
        options.append((_future_cost((d - anchor).days), y))
    if tense is not None:
        ahead = anchor.year * 12 + anchor.month
        sided = [
            (cost, y)
            for cost, y in options
            if (y * 12 + month <= ahead if tense == "past" else y * 12 + month >= ahead)
            and (day is None or y * 12 + month != ahead or (day <= anchor.day) == (tense == "past"))
        ]
        options = sided or options
    return min(options)[1] if options else None


def year_from_weekday(month: int, day: int, weekday: int, lowest: int) -> int | None:
    """With no anchor: the first year from ``lowest`` on where month/day falls on the weekday."""
    for y in range(lowest, lowest + 12):
        d = _safe_date(y, month, day)
        if d is not None and d.weekday() == weekday:
            return y
    return None


def _iso(d: date) -> str:
    return d.isoformat()


def _week_monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


class _Finder:
    """One pass over one text: candidates from every pattern, overlaps resolved, then built."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor
        self.cands: list[_Cand] = []
        self.built: list[DateMention] = []
        self.sent_starts = [0] + [m.end() for m in _SENT_END.finditer(text)]
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._max_year: int | Literal[False] | None = False
        self._lower: str | None = None
        self._day_dates: dict[int, list[tuple[int, date]]] | None = None

    @property
    def max_year(self) -> int | None:
        """The latest year the text states outright (only needed, so only computed, without an anchor)."""
        if self._max_year is False:
            years = [int(m.group("y")) for m in self._matches(_MONTH_YEAR, "month")]
            years += [
                int(m.group("y")) for p in (_US, _BRIT) for m in self._matches(p, "month") if m.group("y")
            ]
            years += [int(m.group("y")) for m in self._matches(_ISO, "year")]
            self._max_year = max(years) if years else None
        return self._max_year

    def _matches(self, pattern: re.Pattern[str], family: str) -> Iterator[re.Match[str]]:
        """The pattern's matches, searched only in sentences with a cheap cue for its family: scanning every
        sentence with every pattern is most of the cost on a large corpus, and most sentences hold no date."""
        spans = self._spans.get(family)
        if spans is None:
            spans = []
            n = len(self.sent_starts)
            cue = _FAMILY_CUES[family]
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
                if spans and pos + _REACH <= spans[-1][1]:
                    continue  # already inside the last window, as far as it reaches
                i = bisect_right(self.sent_starts, pos) - 1
                lo = max(self.sent_starts[i], pos - _REACH)
                hi = min(self.sent_starts[i + 1] if i + 1 < n else len(self.text), pos + _REACH)
                if spans and spans[-1][1] >= lo:
                    spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
                else:
                    spans.append((lo, hi))
            self._spans[family] = spans
        for lo, hi in spans:
            yield from pattern.finditer(self.text, lo, hi)

    # ------------------------------------------------------------------ helpers

    def _sentence_before(self, pos: int) -> str:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.text[self.sent_starts[max(i, 0)] : pos]

    def _future(self, pos: int) -> bool:
        """Future tense in the clause before the expression, and no past verb after the future marker."""
        before = self._sentence_before(pos)[-90:]
        fut = list(_FUTURE.finditer(before))
        if not fut:
            return False
        tail = before[fut[-1].end() :]
        return not _PAST_VERB.search(tail)

    def _tense(self, start: int, end: int) -> Tense | None:
        """The tense of the clause around an expression, when it shows: a future marker not followed by a
        past verb before the expression reads as future; any past verb near it as past."""
        if self._future(start):
            return "future"
        i = bisect_right(self.sent_starts, start) - 1
        hi = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        near = self._sentence_before(start)[-90:] + " " + self.text[end : min(hi, end + 60)]
        return "past" if _PAST_VERB.search(near) else None

    def _past(self, m: _Span) -> Tense | None:
        """ "past" when the clause is clearly in the past tense, else None: a detected future is too often
        a reported plan ("announced he was expected to sign ... on April 17") to push a date ahead."""
        return "past" if self._tense(m.start(), m.end()) == "past" else None

    def _add(
        self, m: re.Match[str], priority: int, build: Callable[[], DateMention | None], deferred: bool = False
    ) -> None:
        self.cands.append(_Cand(m.start(), m.end(), priority, build, deferred))

    def _sentence_anchor(self, pos: int) -> date:
        """A week or month named relative to a dated statement ("announced on April 17 that ... next week")
        is read against that date, not the publication date: the nearest earlier day date in the sentence."""
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
            if timedelta(0) < self.anchor - d <= timedelta(days=60):
                dist = abs(start - pos)
                if best is None or dist < best[0]:
                    best = (dist, d)
        return best[1] if best else self.anchor

    def _mention(
        self, m: _Span, value: str, precision: MentionPrecision, kind: Kind, **kw: object
    ) -> DateMention:
        start, end = m.start(), m.end()
        text = self.text[start:end]
        stripped = text.rstrip()
        return DateMention(start, start + len(stripped), stripped, value, precision, kind, **kw)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ day dates

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
                year = nearest_year(month, d1, self.anchor, wd, self._past(m))
            elif wd is not None and self.max_year is not None:
                year = year_from_weekday(month, d1, wd, self.max_year)
        if year is None:
            if _safe_date(2000, month, d1) is None:  # 2000 is a leap year: every real day exists
                return None
            value = f"XXXX-{month:02d}-{d1:02d}"
            rng = f"XXXX-{month:02d}-{d2:02d}" if d2 else None
            return self._mention(
                m, value, "day", kind, year_known=False, weekday=wd, month=month, day=d1, range_end=rng
            )
        first = _safe_date(year, month, d1)
        if first is None:
            return None
        last = _safe_date(year, month, d2) if d2 else None
        end_ok = m.group("close") is None or "(" in self.text[m.start() : m.end()]
        mention = self._mention(
            m,
            _iso(first),
            "day",
            kind,
            range_end=_iso(last) if last else None,
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
        for m in self._matches(_US, "month"):
            month = _month_of(m.group("mon"))
            self._add(m, 3, lambda m=m, month=month: self._day(m, month))  # type: ignore[misc]
        for m in self._matches(_BRIT, "month"):
            month = _month_of(m.group("mon"))
            self._add(m, 3, lambda m=m, month=month: self._day(m, month))  # type: ignore[misc]
        for m in self._matches(_ISO, "year"):

            def iso(m: re.Match[str] = m) -> DateMention | None:
                d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                if d is None:
                    return None
                return self._mention(m, _iso(d), "day", "explicit", month=d.month, day=d.day)

            self._add(m, 3, iso)

    # ------------------------------------------------------------------ months and years

    def _scan_months(self) -> None:
        for m in self._matches(_MONTH_YEAR, "month"):

            def month_year(m: re.Match[str] = m) -> DateMention:
                mon, y = _month_of(m.group("mon")), int(m.group("y"))
                return self._mention(m, f"{y:04d}-{mon:02d}", "month", "explicit", month=mon)

            self._add(m, 2, month_year)
        for m in self._matches(_MONTH_REL_YEAR, "month"):

            def month_rel(m: re.Match[str] = m) -> DateMention | None:
                if self.anchor is None:
                    return None
                mon = _month_of(m.group("mon"))
                y = self.anchor.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
                return self._mention(m, f"{y:04d}-{mon:02d}", "month", "relative", month=mon)

            self._add(m, 2, month_rel)
        for m in self._matches(_MONTH_CUE, "month"):

            def month_cue(m: re.Match[str] = m) -> DateMention | None:
                mon = _month_of(m.group("mon"))
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
                shifted = _Shifted(m, start)
                if self.anchor is None:
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
                    y = nearest_year(mon, None, a, tense=self._past(m)) or a.year
                return self._mention(shifted, f"{y:04d}-{mon:02d}", "month", "partial", month=mon)

            self._add(m, 1, month_cue)
        for m in self._matches(_SEASON_YEAR, "year"):

            def season(m: re.Match[str] = m) -> DateMention:
                return self._mention(m, m.group("y"), "year", "explicit")

            self._add(m, 2, season)
        for m in self._matches(_YEAR_CUE, "year"):

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
                    _Shifted(m, m.start("y") if plain else m.start()), m.group("y"), "year", "explicit"
                )

            self._add(m, 1, year_cue)

    # ------------------------------------------------------------------ deixis (needs the anchor)

    def _scan_relative(self) -> None:
        if self.anchor is None:
            return
        a = self.anchor
        for m in self._matches(_REL_DAY, "relday"):

            def rel_day(m: re.Match[str] = m) -> DateMention | None:
                w = re.sub(r"\s+", " ", m.group("w").lower())
                if (
                    w == "today"
                    and m.group("w")[0] == "T"
                    and _TODAY_NAME_BEFORE.search(self.text[max(0, m.start() - 24) : m.start()])
                ):
                    return None  # "Russia Today", "USA TODAY", "the Today programme"
                shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(w, 0)
                return self._mention(m, _iso(a + timedelta(days=shift)), "day", "relative")

            self._add(m, 1, rel_day)
        for m in self._matches(_WEEKDAY, "weekday"):
            self._add(m, 1, lambda m=m: self._weekday(m))  # type: ignore[misc]
        for m in self._matches(_REL_UNIT, "unit"):
            self._add(m, 1, lambda m=m: self._rel_unit(m), deferred=True)  # type: ignore[misc]
        for m in self._matches(_AGO, "ago"):
            self._add(m, 1, lambda m=m: self._ago(m))  # type: ignore[misc]

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
        assert self.anchor is not None
        wd_text = m.group("wd")
        if not (wd_text[0].isupper()):
            return None
        if _WD_NAME_BEFORE.search(
            self.text[max(0, m.start("wd") - 24) : m.start("wd")]
        ) or _WD_NAME_AFTER.match(self.text, m.end("wd")):
            return None
        rel = (m.group("rel") or "").lower()
        if rel == "past":
            return None  # "the past Monday" reads as a span, too vague
        if m.start() > 0 and re.search(
            r"\b(?:the|a|every|each)\s+$", self.text[max(0, m.start() - 8) : m.start()]
        ):
            return None  # "every Monday", "the Monday before"
        wd = WEEKDAYS.index(wd_text.lower())
        a = self.anchor
        back = (a.weekday() - wd) % 7
        ahead = (wd - a.weekday()) % 7
        if rel == "last":
            shift = -(back or 7)
        elif rel in {"next", "coming"}:
            shift = ahead or 7
        elif rel == "this":
            shift = -back if back <= ahead else ahead
        else:
            shift = ahead if self._future(m.start()) else -back
        start = m.start() if rel else m.start("wd") if m.group("pre") in {None, "on", "On"} else m.start()
        return self._mention(
            _Shifted(m, start, m.end("wd")), _iso(a + timedelta(days=shift)), "day", "relative", weekday=wd
        )

    def _rel_unit(self, m: re.Match[str]) -> DateMention | None:
        assert self.anchor is not None
        before = self.text[max(0, m.start() - 12) : m.start()]
        if re.search(r"\b(?:the|a|over)\s+$", before, re.I) and not m.group("mod"):
            return None  # "the last week", "over the next month": spans, not dates
        a = self._sentence_anchor(m.start())
        step = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        unit = m.group("unit").lower()
        if unit == "week":
            monday = _week_monday(a) + timedelta(weeks=step)
            return self._mention(
                m, _iso(monday), "week", "relative", range_end=_iso(monday + timedelta(days=6))
            )
        if unit == "month":
            y, mon = divmod(a.year * 12 + a.month - 1 + step, 12)
            return self._mention(m, f"{y:04d}-{mon + 1:02d}", "month", "relative", month=mon + 1)
        return self._mention(m, f"{a.year + step:04d}", "year", "relative")

    def _ago(self, m: re.Match[str]) -> DateMention | None:
        assert self.anchor is not None
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        unit = m.group("unit").lower()
        a = self.anchor
        if unit == "day":
            return self._mention(m, _iso(a - timedelta(days=n)), "day", "relative")
        if unit == "week":
            monday = _week_monday(a - timedelta(weeks=n))
            return self._mention(
                m, _iso(monday), "week", "relative", range_end=_iso(monday + timedelta(days=6))
            )
        if unit == "month":
            y, mon = divmod(a.year * 12 + a.month - 1 - n, 12)
            return self._mention(m, f"{y:04d}-{mon + 1:02d}", "month", "relative", month=mon + 1)
        return self._mention(m, f"{a.year - n:04d}", "year", "relative")

    # ------------------------------------------------------------------ selection

    def run(self) -> list[DateMention]:
        self._scan_days()
        self._scan_months()
        self._scan_relative()
        # longest first, then the more specific pattern; earlier start breaks ties
        order = sorted(self.cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
        # the spans taken so far, disjoint and sorted by start: an overlap check is a bisection
        starts: list[int] = []
        ends: list[int] = []
        later: list[_Cand] = []
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
        for c in later:
            mention = c.build()
            if mention is not None:
                self.built.append(mention)
        return sorted(self.built, key=lambda x: x.start)


class _Shifted:
    """A match seen from a later start (drops a cue word such as "in" from the mention's span)."""

    def __init__(self, m: re.Match[str], start: int, end: int | None = None) -> None:
        self._m = m
        self._start = start
        self._end = m.end() if end is None else end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def find_dates(text: str, anchor: date | None) -> list[DateMention]:
    """Every temporal expression in ``text`` that names a calendar date, week, month or year, in order.

    ``anchor`` is the publication date that relative expressions and year-less dates are read against.
    """
    if not text:
        return []
    return _Finder(text, anchor).run()


def resolve(mention: DateMention, anchor: date) -> DateMention:
    """Fix the year of a year-less mention against an anchor found later (e.g. a similar article's date)."""
    if mention.year_known or mention.month is None:
        return mention
    year = nearest_year(mention.month, mention.day, anchor, mention.weekday)
    if year is None:
        return mention
    if mention.day is None:
        return replace(mention, value=f"{year:04d}-{mention.month:02d}", year_known=True)
    first = _safe_date(year, mention.month, mention.day)
    if first is None:
        return mention
    rng = mention.range_end.replace("XXXX", f"{year:04d}") if mention.range_end else None
    return replace(mention, value=_iso(first), year_known=True, range_end=rng)


def iter_days(mention: DateMention) -> Iterator[date]:
    """The days a day-precision mention covers (both ends of a range)."""
    first = mention.date
    if first is None or mention.precision != "day":
        return
    yield first
    if mention.range_end:
        last = date.fromisoformat(mention.range_end)
        d = first + timedelta(days=1)
        while d <= last:
            yield d
            d += timedelta(days=1)
