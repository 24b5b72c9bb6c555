"""Timelines: date expressions in news prose (``expressions``, ``finder``, ``dates``, ``calendar``), the
dated events each document reports (``mentions``), the same event merged across outlets (``merge``), and
the index that answers timeline queries (``index``)."""

from retrieval.timeline.dates import body_sentences, find_dates
from retrieval.timeline.expressions import DateMention
from retrieval.timeline.index import TimelineIndex

__all__ = ["DateMention", "TimelineIndex", "body_sentences", "find_dates"]
