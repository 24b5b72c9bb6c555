"""Calendar arithmetic for date expressions: the year that puts a month-day nearest an anchor (the past
preferred, a stated weekday obeyed), and fixing a year-less mention once an anchor is known."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS
from retrieval.timeline.expressions import DateMention, Tense


def month_of(token: str) -> int:
    t = token.rstrip(".").lower()
    return MONTHS.get(t) or MONTH_ABBREVIATIONS[t]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def future_cost(delta_days: int, balanced: bool = False) -> int:
    """Distance to the anchor, future dates counting double: reports mostly look back; ``balanced``, both
    sides alike (a day something is set for is as often ahead as behind)."""
    return -delta_days if delta_days <= 0 else delta_days if balanced else 2 * delta_days


def nearest_year(
    month: int,
    day: int | None,
    anchor: date,
    weekday: int | None = None,
    tense: Tense | None = None,
    balanced: bool = False,
) -> int | None:
    """The year that puts month/day nearest the anchor (the past preferred, unless ``balanced``: a day
    something is set for, "moved to a new date in September" of an April article, is this September, not
    last; or only the side the verb's tense allows); when a weekday is stated, the nearest year where the
    day really is that weekday (within a decade either side)."""
    if weekday is not None and day is not None:
        best: tuple[int, int] | None = None
        for y in range(anchor.year - 11, anchor.year + 12):
            d = safe_date(y, month, day)
            if d is not None and d.weekday() == weekday:
                cost = future_cost((d - anchor).days)
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
            maybe = safe_date(y, month, day)
            if maybe is None:
                continue
            d = maybe
        options.append((future_cost((d - anchor).days, balanced), y))
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


def iso_day(d: date) -> str:
    return d.isoformat()


def week_monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def resolve(mention: DateMention, anchor: date) -> DateMention:
    """Fix the year of a year-less mention against an anchor found later (a date stated before it)."""
    if mention.year_known or mention.month is None:
        return mention
    year = nearest_year(mention.month, mention.day, anchor, mention.weekday)
    if year is None:
        return mention
    if mention.day is None:
        return replace(mention, value=f"{year:04d}-{mention.month:02d}", year_known=True)
    first = safe_date(year, mention.month, mention.day)
    if first is None:
        return mention
    rng = mention.range_end.replace("XXXX", f"{year:04d}") if mention.range_end else None
    return replace(mention, value=iso_day(first), year_known=True, range_end=rng)
