"""Dates typed in options: anything retrieval.parse_when reads (since its span's first day, until its
last), a clear refusal with examples otherwise, and one since/until check for every front end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.console import parse_line
from bot.dates import BadDate, check_range, parse_edge
from bot.questions import QuestionError
from bot.service import Service
from bot.settings import load_settings
from bot.store import UnavailableStore
from retrieval import Engine

BACKWARDS = "`since` is after `until`: there is nothing between them."


TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        (" 2025-04-21 ", date(2025, 4, 21), date(2025, 4, 21)),
        ("May 2025", date(2025, 5, 1), date(2025, 5, 31)),
        ("last week", date(2026, 11, 23), date(2026, 11, 29)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_since_takes_a_spans_first_day_and_until_its_last(text: str, since: date, until: date) -> None:
    assert parse_edge(text, "since", "start", TODAY) == since
    assert parse_edge(text, "until", "end", TODAY) == until


def test_anything_else_is_refused_naming_the_option_with_examples() -> None:
    assert parse_edge("", "since", "start") is None and parse_edge(None, "since", "start") is None
    for text in ("21/04/2025", "2025-02-30", "soon"):
        with pytest.raises(BadDate, match=r"`until`: I can't read .* try one of: 2025-05-12"):
            parse_edge(text, "until", "end", TODAY)
    assert issubclass(BadDate, QuestionError), "shown to the user like any refused question"


def test_a_backwards_range_is_refused_and_an_open_or_equal_one_is_not() -> None:
    check_range(date(2025, 4, 1), date(2025, 4, 1))
    check_range(None, date(2025, 4, 1))
    check_range(date(2025, 4, 1), None)
    with pytest.raises(BadDate) as refused:
        check_range(date(2025, 5, 1), date(2025, 4, 1))
    assert str(refused.value) == BACKWARDS


async def test_the_service_and_the_console_refuse_with_the_same_words(
    seeds_engine: Engine, tmp_path: Path
) -> None:
    service = Service(load_settings(None, db=tmp_path / "x.db"), seeds_engine, UnavailableStore("unused"))
    with pytest.raises(BadDate) as by_service:
        await service.timeline(None, date(2025, 5, 1), date(2025, 4, 1))
    with pytest.raises(BadDate) as by_console:
        parse_line("/timeline since:2025-05-01 until:2025-04-01")
    assert str(by_service.value) == str(by_console.value) == BACKWARDS
