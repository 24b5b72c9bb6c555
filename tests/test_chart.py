"""The timeline chart: a PNG of at least 600x300 that changes with the data, for any timeline."""

from __future__ import annotations

import struct
from datetime import date

import pytest

from bot.chart import (
    OTHER_OUTLETS,
    _far_note,
    _points,
    far_apart,
    period_counts,
    period_for,
    rows_for,
    timeline_chart,
)
from retrieval import Citation, Timeline, TimelineEvent


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def event(when: str, *outlets: str | None, precision: str = "day") -> TimelineEvent:
    cites = [Citation(n=i + 1, doc_id=f"d{i}", source=o, quote="q") for i, o in enumerate(outlets)]
    return TimelineEvent(date=when, precision=precision, text=f"something on {when}", citations=cites)  # type: ignore[arg-type]


TIMELINE = Timeline(
    topic="ceasefire talks",
    events=[
        event("2025-03", "The Kyiv Independent", precision="month"),
        event("2025-04-03", "The Kyiv Independent", "Forbes"),
        event("2025-04-21", None, "Forbes"),
        event("2025-06-02", "The Kyiv Independent"),
        event("2025", "Reuters", precision="year"),
    ],
)


def test_chart_is_a_png_of_the_requested_size() -> None:
    assert png_size(timeline_chart(TIMELINE)) == (800, 420)
    assert png_size(timeline_chart(TIMELINE, width=600, height=300)) == (600, 300)


def test_chart_changes_with_the_data() -> None:
    fewer = Timeline(topic=TIMELINE.topic, events=TIMELINE.events[:2])
    moved = Timeline(
        topic=TIMELINE.topic, events=[*TIMELINE.events[:-1], event("2025-07-30", "The Kyiv Independent")]
    )
    pictures = {timeline_chart(t) for t in (TIMELINE, fewer, moved)}
    assert len(pictures) == 3
    assert timeline_chart(TIMELINE) == timeline_chart(TIMELINE)  # and only with the data


def test_an_empty_or_undatable_timeline_still_draws() -> None:
    for t in (Timeline(topic="nothing"), Timeline(events=[event("sometime", "Forbes")])):
        assert png_size(timeline_chart(t)) == (800, 420)


def test_chart_refuses_a_size_too_small_to_read() -> None:
    with pytest.raises(ValueError, match="600x300"):
        timeline_chart(TIMELINE, width=400, height=300)


def test_outlets_past_the_limit_share_one_row() -> None:
    many = Timeline(events=[event(f"2025-01-{d:02d}", f"Outlet {d}") for d in range(1, 12)])
    rows = rows_for(_points(many), 4)
    assert len(rows) == 4 and rows[-1] == OTHER_OUTLETS
    assert png_size(timeline_chart(many, max_outlets=4)) == (800, 420)


def test_period_follows_the_span() -> None:
    assert period_for(date(2025, 1, 1), date(2025, 2, 1)) == "day"
    assert period_for(date(2025, 1, 1), date(2026, 6, 1)) == "month"
    assert period_for(date(2015, 1, 1), date(2025, 6, 1)) == "year"


def test_bars_count_only_events_dated_as_finely_as_their_period() -> None:
    points = _points(TIMELINE)
    per_day, left = period_counts(points, "day")
    # the month's and the year's events are not a count on 1 March or 1 January
    assert (sum(per_day.values()), left) == (3, 2) and date(2025, 3, 1) not in per_day
    per_month, left = period_counts(points, "month")
    assert per_month[date(2025, 3, 1)] == 1 and per_month[date(2025, 4, 1)] == 2 and left == 1
    per_year, left = period_counts(points, "year")
    assert per_year[date(2025, 1, 1)] == 5 and left == 0


def test_an_event_far_from_the_rest_is_left_off_the_axis_with_a_note() -> None:
    """One old date recalled among a month's news would stretch the axis over decades."""
    month = [event(f"2024-03-{d:02d}", "Harbour Times", "Quay Radio") for d in range(2, 30, 3)]
    recalled = [event("1987", "Harbour Times", precision="year"), event("2011-06-01", "Quay Radio")]
    points = _points(Timeline(events=[*recalled, *month]))
    shown, left_out = far_apart(points)
    assert sorted(p.label for p in left_out) == ["1987", "2011-06-01"]
    assert len(shown) == len(month)
    assert _far_note(left_out) == "not shown, far from the rest: 1987, 2011-06-01"
    # the picture is drawn over the month alone, with the note
    with_note = timeline_chart(Timeline(events=[*recalled, *month]))
    assert png_size(with_note) == (800, 420)
    assert with_note != timeline_chart(Timeline(events=month))
    # a timeline spread evenly keeps every event, however long it is
    years = _points(Timeline(events=[event(f"{y}-05-01", "Quay Radio") for y in range(1990, 2025, 3)]))
    assert far_apart(years) == (years, [])
