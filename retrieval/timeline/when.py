"""A date as a person types it ("2025-05-12", "May 2025", "12 May", "last week", "yesterday", "2025")
read by the same date finder the timeline uses, as the span of days it names. One parser for every
place that takes a date from a user: the CLI's and the console's since/until, Discord's options."""

from __future__ import annotations

import re
from datetime import date, timedelta

from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS
from retrieval.timeline.calendar import safe_date
from retrieval.timeline.dates import find_dates
from retrieval.timeline.expressions import DateMention

_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
#: a month as typed into a date option: "March", "Jan 2026", "sept. 2025", "2026-03"
_MONTH = re.compile(
    r"(?P<mon>[A-Za-z]+)\.?(?:,?\s+(?P<y>(?:1[89]|20)\d\d))?|(?P<iy>(?:1[89]|20)\d\d)-(?P<im>0[1-9]|1[0-2])"
)
EXAMPLES = "2025-05-12, 12 May 2025, May 2025, 2025, yesterday, last week, last month, 3 days ago"


class WhenError(ValueError):
    """The text is not a date this parser reads; the message says what would be."""


def _span(m: DateMention) -> tuple[date, date]:
    first = m.date
    assert first is not None
    if m.precision == "day":
        return first, date.fromisoformat(m.range_end) if m.range_end else first
    if m.precision == "week":
        return first, first + timedelta(days=6)
    if m.precision == "month":
        nxt = safe_date(first.year + first.month // 12, first.month % 12 + 1, 1)
        assert nxt is not None
        return first, nxt - timedelta(days=1)
    return first, date(first.year, 12, 31)


def parse_when(text: str, today: date) -> tuple[date, date]:
    """The first and last day ``text`` names, relative expressions read against ``today``. Raises
    WhenError unless the whole text is one date expression."""
    raw = " ".join(text.split())
    if _YEAR_ONLY.fullmatch(raw):
        return date(int(raw), 1, 1), date(int(raw), 12, 31)
    if month := _month(raw, today):
        return month
    # month names are capitalised in prose (lowercase "may" is a verb there); typed as a date, either
    for candidate in dict.fromkeys((raw, raw.title())):
        found = [m for m in find_dates(candidate, today) if m.year_known]
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate):
            return _span(found[0])
    raise WhenError(f"I can't read {text.strip()!r} as a date; try one of: {EXAMPLES}.")


def _month(raw: str, today: date) -> tuple[date, date] | None:
    """A month typed alone or with its year ("March", "Jan 2026", "2026-03"), which the prose finder does
    not read (in an article "March" alone is no date and "Jan 2026" needs its period). A month without a
    year is the last one that has begun: "since:March" in December means this March, in February last
    year's."""
    m = _MONTH.fullmatch(raw)
    if m is None:
        return None
    if m.group("iy"):
        year, month = int(m.group("iy")), int(m.group("im"))
    else:
        name = m.group("mon").lower()
        found = MONTHS.get(name) or MONTH_ABBREVIATIONS.get(name)
        if found is None:
            return None
        month = found
        year = int(m.group("y")) if m.group("y") else today.year - (month > today.month)
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), following - timedelta(days=1)
