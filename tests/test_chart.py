"""The timeline chart: a PNG of at least 600x300 that changes with the data, for any timeline."""

from __future__ import annotations

import struct
from datetime import date

import pytest

from bot.chart import OTHER_OUTLETS, _points, period_for, rows_for, timeline_chart
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
