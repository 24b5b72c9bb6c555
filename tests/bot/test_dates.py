"""Dates typed in options: strict YYYY-MM-DD, and one since/until check for every front end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.console import parse_line
from bot.dates import BadDate, check_range, parse_day
from bot.questions import QuestionError
from bot.service import Service
from bot.settings import load_settings
from bot.store import UnavailableStore
from retrieval import Engine

BACKWARDS = "`since` is after `until`: there is nothing between them."


def test_days_are_strict_iso_dates() -> None:
    assert parse_day(" 2025-04-21 ", "since") == date(2025, 4, 21)
    assert parse_day("", "since") is None and parse_day(None, "since") is None
    with pytest.raises(BadDate, match="YYYY-MM-DD"):
        parse_day("21/04/2025", "since")
    with pytest.raises(BadDate, match="not a real date"):
        parse_day("2025-02-30", "until")
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
