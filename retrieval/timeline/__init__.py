"""Timelines: date expressions in news prose (``expressions``, ``finder``, ``dates``, ``calendar``), the
dated events each document reports (``mentions``), the same event merged across outlets (``merge``), and
the index that answers timeline queries (``index``)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from retrieval.timeline.dates import body_sentences, find_dates
    from retrieval.timeline.expressions import DateMention
    from retrieval.timeline.index import TimelineIndex
else:
    _HOMES = {
        "DateMention": "expressions",
        "TimelineIndex": "index",
        "body_sentences": "dates",
        "find_dates": "dates",
    }

    def __getattr__(name: str) -> Any:
        """Each name imported on first use: answering questions needs no part of the timeline (the
        package is imported for its submodules, and importing them all would cost every start)."""
        if name in _HOMES:
            return getattr(import_module(f"retrieval.timeline.{_HOMES[name]}"), name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DateMention", "TimelineIndex", "body_sentences", "find_dates"]
