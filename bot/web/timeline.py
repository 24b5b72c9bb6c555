"""The Timeline page's data: a topic's events a page at a time, and its chart as a PNG.

The timeline itself comes from the Service (which caches it per corpus version). The chart is drawn
by ``bot.chart.timeline_chart`` in a worker thread and kept for the last few requests, so a page
reloaded or paged through draws it once.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from bot.chart import timeline_chart
from bot.service import QuestionError, Service
from bot.web.data import PAGE_SIZE, TimelineParams
from retrieval import TimelineEvent

ChartKey = tuple[str, str, date | None, date | None]


@dataclass
class TimelineView:
    params: TimelineParams
    events: list[TimelineEvent] = field(default_factory=list)
    total: int = 0
    pages: int = 1
    outlets: int = 0
    message: str | None = None
    chart_url: str | None = None


def chart_query(params: TimelineParams) -> str:
    """The PNG's query string: the same topic and dates as the page (not its page number)."""
    pairs = [("topic", params.topic)]
    if params.since:
        pairs.append(("since", params.since.isoformat()))
    if params.until:
        pairs.append(("until", params.until.isoformat()))
    return urlencode(pairs)


async def timeline_page(service: Service, params: TimelineParams) -> TimelineView:
    view = TimelineView(params)
    if not params.topic:
        return view
    try:
        timeline = await service.timeline(params.topic, params.since, params.until)
    except QuestionError as exc:
        view.message = str(exc)
        return view
    view.total = len(timeline.events)
    view.pages = max(1, -(-view.total // PAGE_SIZE))
    start = (params.page - 1) * PAGE_SIZE
    view.events = timeline.events[start : start + PAGE_SIZE]
    view.outlets = len({c.source for e in timeline.events for c in e.citations})
    view.chart_url = "/timeline.png?" + chart_query(params)
    return view


class ChartCache:
    """The last few charts drawn, by corpus version, topic and dates."""

    def __init__(self, size: int = 32) -> None:
        self._size = size
        self._png: OrderedDict[ChartKey, bytes] = OrderedDict()

    async def png(self, service: Service, params: TimelineParams) -> bytes:
        """The chart for the page's topic and dates. Raises QuestionError for a topic the service refuses."""
        if not params.topic:
            raise QuestionError("Which topic? Add ?topic=… to the address.")
        key: ChartKey = (service.version, params.topic.casefold(), params.since, params.until)
        png = self._png.get(key)
        if png is not None:
            self._png.move_to_end(key)
            return png
        timeline = await service.timeline(params.topic, params.since, params.until)
        png = await asyncio.to_thread(timeline_chart, timeline)
        self._png[key] = png
        if len(self._png) > self._size:
            self._png.popitem(last=False)
        return png
