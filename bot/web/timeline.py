"""The Timeline page's data: a topic's events a page at a time, and its chart as a PNG.

The timeline comes from the Service (which caches it in the store per corpus version, as JSON). A
broad topic has thousands of events, so the page keeps the last few timelines it was given as
objects, and the charts it drew (``bot.chart.timeline_chart``, in a worker thread): paging through a
timeline, or the chart's request right after its page, neither parses nor draws it again.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from bot.chart import timeline_chart
from bot.render.shared import timeline_notes
from bot.service import QuestionError, Service
from bot.web.data import PAGE_SIZE, TimelineParams
from retrieval import Timeline, TimelineEvent

TimelineKey = tuple[str, str, date | None, date | None]


@dataclass
class TimelineView:
    params: TimelineParams
    events: list[TimelineEvent] = field(default_factory=list)
    total: int = 0
    pages: int = 1
    outlets: int = 0
    message: str | None = None
    chart_url: str | None = None
    #: what the timeline leaves out (``timeline_notes``), said under it as on every other front end
    notes: list[str] = field(default_factory=list)


def chart_query(params: TimelineParams) -> str:
    """The PNG's query string: the same topic and dates as the page (not its page number)."""
    pairs = [("topic", params.topic)]
    if params.since:
        pairs.append(("since", params.since.isoformat()))
    if params.until:
        pairs.append(("until", params.until.isoformat()))
    return urlencode(pairs)


async def timeline_page(service: Service, params: TimelineParams, kept: TimelineCache) -> TimelineView:
    view = TimelineView(params)
    if not params.topic:
        return view
    try:
        timeline = await kept.timeline(service, params)
    except QuestionError as exc:
        view.message = str(exc)
        return view
    view.notes = timeline_notes(timeline)
    view.total = len(timeline.events)
    view.pages = max(1, -(-view.total // PAGE_SIZE))
    start = (params.page - 1) * PAGE_SIZE
    view.events = timeline.events[start : start + PAGE_SIZE]
    view.outlets = len({c.source for e in timeline.events for c in e.citations})
    view.chart_url = "/timeline.png?" + chart_query(params)
    return view


class TimelineCache:
    """The last few timelines and charts, by corpus version, topic and dates."""

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._timelines: OrderedDict[TimelineKey, Timeline] = OrderedDict()
        self._png: OrderedDict[TimelineKey, bytes] = OrderedDict()

    def _key(self, service: Service, params: TimelineParams) -> TimelineKey:
        return (service.version, " ".join(params.topic.casefold().split()), params.since, params.until)

    def _keep(self, table: OrderedDict[TimelineKey, Any], key: TimelineKey, value: Any) -> None:
        table[key] = value
        if len(table) > self._size:
            table.popitem(last=False)

    async def timeline(self, service: Service, params: TimelineParams) -> Timeline:
        """The service's timeline for the page's topic and dates. Raises QuestionError for a topic or
        dates the service refuses."""
        if not params.topic:
            raise QuestionError("Which topic? Add ?topic=… to the address.")
        key = self._key(service, params)
        found = self._timelines.get(key)
        if found is not None:
            self._timelines.move_to_end(key)
            return found
        found = await service.timeline(params.topic, params.since, params.until)
        self._keep(self._timelines, key, found)
        return found

    async def png(self, service: Service, params: TimelineParams) -> bytes:
        """The chart for the page's topic and dates, drawn in a worker thread."""
        timeline = await self.timeline(service, params)
        key = self._key(service, params)
        png = self._png.get(key)
        if png is not None:
            self._png.move_to_end(key)
            return png
        png = await asyncio.to_thread(timeline_chart, timeline)
        self._keep(self._png, key, png)
        return png
