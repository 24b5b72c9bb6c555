"""Dates as people type them in options (``since``/``until``): anything ``retrieval.parse_when`` reads
("2025-05-12", "May 2025", "last week", "2025"), ``since`` taking the first day it names and ``until``
the last; and the one check that a range is not backwards. Used by the service, the console, the CLI
and Discord's options alike, so a date means the same everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Literal

from bot.questions import QuestionError

#: which end of the span a typed date names counts: ``since`` its first day, ``until`` its last
DateEdge = Literal["start", "end"]


class BadDate(QuestionError):
    """A date option parse_when does not read, or a backwards range; the message is for the user."""


def today() -> date:
    """The day relative dates ("last week") are read against: today in UTC, as Discord's clocks are."""
    return datetime.now(UTC).date()


def parse_edge(value: str | None, label: str, edge: DateEdge, on: date | None = None) -> date | None:
    """The first (``edge="start"``) or last day of the span ``value`` names; None when empty."""
    if value is None or not value.strip():
        return None
    from retrieval import WhenError, parse_when  # the date grammar, loaded when a date is given

    try:
        first, last = parse_when(value, on or today())
    except WhenError as exc:
        raise BadDate(f"`{label}`: {exc}") from exc
    return first if edge == "start" else last


#: the most words one typed date runs over ("Tuesday 12 May 2025"; "16 March 2026" is three)
DATE_WORDS = 4


def date_words(words: Sequence[str], most: int = DATE_WORDS) -> int:
    """How many of ``words``, from the first on, make the longest run (at most ``most``) that reads as
    one date: a date typed without quotes runs over several words ("May 2025", "16 March 2026", "last
    week") and the words after it are something else (a topic). 1 when no run does: the first word
    alone, whose error then names it."""
    from retrieval import WhenError, parse_when

    best = 1
    on = today()
    for n in range(2, min(most, len(words)) + 1):
        try:
            parse_when(" ".join(words[:n]), on)
        except WhenError:
            continue
        best = n
    return best


def check_range(since: date | None, until: date | None) -> None:
    """Refuse a range whose start is after its end: nothing could be in it."""
    if since and until and since > until:
        raise BadDate("`since` is after `until`: there is nothing between them.")
