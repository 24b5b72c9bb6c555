"""A timeline as pages people can find their way around: its events (or, with a ``grouping``, one line
per day, week or month), the page each month starts on for a jump menu, and the page count.

Pure and cheap (a list walk over the events once): the Discord pager, the console and the CLI all page
the same way. A grouped line is still extractive: it counts the period's events and quotes the most
reported one with its citations (the plain text lists them all under the period's heading).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from retrieval import Timeline, TimelineEvent

Grouping = Literal["day", "week", "month"]
#: Discord's select menus hold at most 25 options
MAX_JUMPS = 25
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip


def event_day(event: TimelineEvent) -> date | None:
    """The first day an event's date can mean ("2025-04" is 1 April); None if it does not parse."""
    parts = event.date.split("-")
    try:
        return date(
            int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        )
    except (ValueError, IndexError):
        return None


def month_label(key: str) -> str:
    """ "2025-05" -> "May 2025"; "2025" stays "2025"."""
    if len(key) == 7:
        return f"{_MONTHS[int(key[5:]) - 1]} {key[:4]}"
    return key


def _month_key(event: TimelineEvent) -> str:
    return event.date[:7] if event.precision in ("day", "month") else event.date[:4]


@dataclass(frozen=True)
class Period:
    """One line of a grouped timeline: a day, a week or a month (or coarser, for an event dated only
    to the month or year), how many events fall in it, and the most reported of them."""

    key: str
    label: str
    first: date
    events: tuple[TimelineEvent, ...]

    @property
    def lead(self) -> TimelineEvent:
        """The event most outlets report (the earliest of those tied): the one quoted for the period."""
        return max(self.events, key=lambda e: (len(e.citations), -self.events.index(e)))


def _period(event: TimelineEvent, grouping: Grouping) -> tuple[str, str, date] | None:
    day = event_day(event)
    if day is None:
        return None
    if event.precision == "year":
        return event.date[:4], event.date[:4], day
    if event.precision == "month" or grouping == "month":
        key = day.isoformat()[:7]
        return key, month_label(key), day.replace(day=1)
    if grouping == "week":
        monday = day - timedelta(days=day.weekday())
        return (
            f"week-{monday.isoformat()}",
            f"week of {monday.day} {_MONTHS[monday.month - 1]} {monday.year}",
            monday,
        )
    return day.isoformat(), f"{day.day} {_MONTHS[day.month - 1]} {day.year}", day


def group_events(events: Sequence[TimelineEvent], grouping: Grouping) -> list[Period]:
    """The events gathered into periods, oldest first; an event is never put in a period finer than
    its own date (a "May 2025" event is a month line even in a daily grouping)."""
    found: dict[str, tuple[str, date, list[TimelineEvent]]] = {}
    for ev in events:
        p = _period(ev, grouping)
        if p is None:
            continue
        key, label, first = p
        found.setdefault(key, (label, first, []))[2].append(ev)
    periods = [Period(k, label, first, tuple(evs)) for k, (label, first, evs) in found.items()]
    return sorted(periods, key=lambda p: (p.first, len(p.key), p.key))


@dataclass(frozen=True)
class Jump:
    """One option of the jump menu: a month (or a year) and the page it starts on."""

    key: str  # "2025-05", or "2025" for a year
    label: str
    page: int
    count: int


@dataclass
class TimelinePages:
    """A timeline cut into pages of ``page_size`` lines (events, or periods when grouped)."""

    timeline: Timeline
    page_size: int
    grouping: Grouping | None = None
    periods: list[Period] = field(init=False)
    _jumps: list[Jump] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        """Grouping and the jump menu are worked out here, once: build the pages in a worker thread
        for a long timeline, and paging is then only slicing."""
        self.page_size = max(1, self.page_size)
        self.periods = group_events(self.timeline.events, self.grouping) if self.grouping else []
        self._jumps = self._find_jumps()

    @property
    def lines(self) -> int:
        return len(self.periods) if self.grouping else len(self.timeline.events)

    @property
    def count(self) -> int:
        """The number of pages (at least one, which may say there is nothing)."""
        return max(1, -(-self.lines // self.page_size))

    def clamp(self, page: int) -> int:
        return min(max(page, 0), self.count - 1)

    def events_on(self, page: int) -> list[TimelineEvent]:
        page = self.clamp(page)
        return self.timeline.events[page * self.page_size : (page + 1) * self.page_size]

    def periods_on(self, page: int) -> list[Period]:
        page = self.clamp(page)
        return self.periods[page * self.page_size : (page + 1) * self.page_size]

    def _month_keys(self) -> list[tuple[str, int]]:
        """Each line's month ("2025-05", or the year for a line dated only to it) and its events."""
        if self.grouping:
            return [
                (p.key if len(p.key) == 4 else p.first.isoformat()[:7], len(p.events)) for p in self.periods
            ]
        return [(_month_key(e), 1) for e in self.timeline.events]

    def jumps(self) -> list[Jump]:
        """Where each month starts (at most 25 options: by year when there are more months than that,
        then evenly spread), for a select menu; empty when everything is on one page."""
        return list(self._jumps) if self._jumps is not None else self._find_jumps()

    def _find_jumps(self) -> list[Jump]:
        if self.count <= 1:
            return []
        months: dict[str, tuple[int, int]] = {}  # month -> (its first line, its events)
        for i, (key, events) in enumerate(self._month_keys()):
            first, seen = months.get(key, (i, 0))
            months[key] = (first, seen + events)
        if len(months) > MAX_JUMPS:
            years: dict[str, tuple[int, int]] = {}
            for key, (first, events) in months.items():
                start, seen = years.get(key[:4], (first, 0))
                years[key[:4]] = (start, seen + events)
            if len(years) <= MAX_JUMPS:
                months = years
        chosen = list(months.items())
        if len(chosen) > MAX_JUMPS:
            step = len(chosen) / MAX_JUMPS
            chosen = [chosen[int(i * step)] for i in range(MAX_JUMPS)]
        return [
            Jump(key, month_label(key), first // self.page_size, events) for key, (first, events) in chosen
        ]
