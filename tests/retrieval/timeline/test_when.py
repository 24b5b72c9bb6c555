"""Dates as people type them, read by the timeline's own date finder, as spans of days."""

from __future__ import annotations

from datetime import date

import pytest

from retrieval.timeline.when import WhenError, parse_when

TODAY = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2025-05-12", date(2025, 5, 12), date(2025, 5, 12)),
        ("12 May 2025", date(2025, 5, 12), date(2025, 5, 12)),
        ("May 12, 2025", date(2025, 5, 12), date(2025, 5, 12)),
        ("May 2025", date(2025, 5, 1), date(2025, 5, 31)),
        ("may 2025", date(2025, 5, 1), date(2025, 5, 31)),
        ("February 2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("December 2025", date(2025, 12, 1), date(2025, 12, 31)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("yesterday", date(2026, 12, 3), date(2026, 12, 3)),
        ("last week", date(2026, 11, 23), date(2026, 11, 29)),
        ("last month", date(2026, 11, 1), date(2026, 11, 30)),
        ("3 days ago", date(2026, 12, 1), date(2026, 12, 1)),
        ("  May   2025 ", date(2025, 5, 1), date(2025, 5, 31)),
    ],
)
def test_a_typed_date_is_the_span_of_days_it_names(text: str, first: date, last: date) -> None:
    assert parse_when(text, TODAY) == (first, last)


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        ("March", TODAY, date(2026, 3, 1), date(2026, 3, 31)),
        ("march", date(2026, 2, 4), date(2025, 3, 1), date(2025, 3, 31)),
        ("December", TODAY, date(2026, 12, 1), date(2026, 12, 31)),
        ("Jan 2026", TODAY, date(2026, 1, 1), date(2026, 1, 31)),
        ("Sept. 2025", TODAY, date(2025, 9, 1), date(2025, 9, 30)),
        ("2026-02", TODAY, date(2026, 2, 1), date(2026, 2, 28)),
        ("2025-12", TODAY, date(2025, 12, 1), date(2025, 12, 31)),
    ],
)
def test_a_month_typed_alone_abbreviated_or_as_year_month_is_read(
    text: str, today: date, first: date, last: date
) -> None:
    """ "since:January" was refused though "May 2025" was not: a month alone is the last one begun (this
    March in December, last year's in February), "Jan 2026" and "2026-02" the month they name."""
    assert parse_when(text, today) == (first, last)


@pytest.mark.parametrize(
    "text",
    ["", "soon", "the talks", "13/45/2025", "May 2025 and June 2025", "35 May", "2026-13", "Sun", "Mayday"],
)
def test_anything_else_is_refused_with_examples(text: str) -> None:
    with pytest.raises(WhenError, match="try one of"):
        parse_when(text, TODAY)
