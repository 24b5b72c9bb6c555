"""Timeline pages: the page count, grouping by day, week or month (never finer than an event's own
date), and the jump menu's months (at most 25, by year beyond that)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.timeline_pages import MAX_JUMPS, TimelinePages, group_events
from retrieval import Citation, Timeline, TimelineEvent


def event(when: str, precision: str = "day", sources: int = 1, text: str = "") -> TimelineEvent:
    cites = [Citation(n=i + 1, doc_id=f"d{i}", quote="q") for i in range(sources)]
    return TimelineEvent(date=when, precision=precision, text=text or f"Event of {when}", citations=cites)  # type: ignore[arg-type]


def test_pages_count_lines_and_an_empty_timeline_is_one_page() -> None:
    pages = TimelinePages(Timeline(events=[event(f"2025-04-{d:02d}") for d in range(1, 11)]), 4)
    assert pages.count == 3 and [e.date for e in pages.events_on(2)] == ["2025-04-09", "2025-04-10"]
    assert pages.events_on(99) == pages.events_on(2), "clamped"
    assert TimelinePages(Timeline(), 4).count == 1


def test_grouping_by_week_and_month_quotes_the_most_reported_event() -> None:
    events = [
        event("2025-04-07", text="Monday"),
        event("2025-04-09", sources=3, text="Wednesday, widely reported"),
        event("2025-04-14", text="next Monday"),
        event("2025-05", precision="month", text="some day in May"),
    ]
    weeks = group_events(events, "week")
    assert [(p.label, len(p.events)) for p in weeks] == [
        ("week of 7 April 2025", 2),
        ("week of 14 April 2025", 1),
        ("May 2025", 1),
    ], "a month-dated event is never put in a week"
    assert weeks[0].lead.text == "Wednesday, widely reported"
    months = group_events(events, "month")
    assert [(p.label, len(p.events)) for p in months] == [("April 2025", 3), ("May 2025", 1)]
    days = TimelinePages(Timeline(events=events), 2, "day")
    assert days.lines == 4 and days.count == 2


def test_jumps_are_months_then_years_and_never_more_than_25() -> None:
    start = date(2023, 1, 1)
    daily = [event((start + timedelta(days=d)).isoformat()) for d in range(0, 900, 3)]
    pages = TimelinePages(Timeline(events=daily), 5)
    jumps = pages.jumps()
    assert [j.label for j in jumps] == ["2023", "2024", "2025"], "30 months: by year"
    assert jumps[1].page == next(i for i, e in enumerate(daily) if e.date.startswith("2024")) // 5
    few = TimelinePages(Timeline(events=daily[:40]), 5).jumps()
    assert few[0].label == "January 2023" and len(few) <= MAX_JUMPS
    assert len({j.key for j in few}) == len(few), "menu values are unique"
    decades = [event(f"{y}-06-01") for y in range(1980, 2030)]
    assert len(TimelinePages(Timeline(events=decades), 1).jumps()) == MAX_JUMPS
    assert TimelinePages(Timeline(events=daily[:2]), 5).jumps() == [], "one page: nothing to jump to"
