"""Dates as people type them in options (``since``/``until``): strict ``YYYY-MM-DD``, and the one check
that a range is not backwards, used by the service, the console and the /timeline command alike."""

from __future__ import annotations

import re
from datetime import date

from bot.questions import QuestionError


class BadDate(QuestionError):
    """A date option that is not a real YYYY-MM-DD date, or a backwards range; the message is for the user."""


def parse_day(value: str | None, label: str) -> date | None:
    """``YYYY-MM-DD`` and nothing looser: "04/05" means different days to different readers."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise BadDate(f"`{label}` must be a date written YYYY-MM-DD, e.g. 2025-04-21.")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise BadDate(f"`{label}`: {text} is not a real date.") from exc


def check_range(since: date | None, until: date | None) -> None:
    """Refuse a range whose start is after its end: nothing could be in it."""
    if since and until and since > until:
        raise BadDate("`since` is after `until`: there is nothing between them.")
