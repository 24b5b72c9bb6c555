"""What each page shows, read through the Service and the store interface (never SQL here), and the
query parameters each page accepts, validated at the boundary.

Every read is bounded: a page of questions (keyset), the top gaps, a month of daily counts, the last
reloads, one page of the sources index. A store that cannot be read turns into a message on the page,
never an error page: the rest of the page is still worth seeing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.service import Service
from bot.sources_index import Order, OutletTotal, SortKey, SourcesIndexCache, SourcesPage
from bot.store import CacheStats, ReloadRecord, StoreError
from bot.web.history import (
    DayCount,
    FeedbackRow,
    GapRow,
    HistoryReader,
    QuestionPage,
    QuestionQuery,
    history_of,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
StoreState = Literal["ok", "unavailable", "off"]
PAGE_SIZE = 50
MAX_SEARCH = 200


class Params(BaseModel):
    """Query parameters: unknown ones are ignored, known ones must be valid (a clear 400 otherwise)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)


class SourcesParams(Params):
    q: str = Field("", max_length=MAX_SEARCH)
    sort: SortKey = "date"
    order: Order = "desc"
    page: int = Field(1, ge=1, le=1_000_000)


class QuestionsParams(Params):
    show: Literal["all", "declined", "voted_down"] = "all"
    q: str = Field("", max_length=MAX_SEARCH)
    before: int | None = Field(None, ge=1)

    @field_validator("before", mode="before")
    @classmethod
    def _blank(cls, v: object) -> object:
        return None if v == "" else v


class GapsParams(Params):
    days: Literal["7", "30", "365", "all"] = "30"


class TimelineParams(Params):
    topic: str = Field("", max_length=MAX_SEARCH)
    since: date | None = None
    until: date | None = None
    page: int = Field(1, ge=1, le=100_000)

    @field_validator("since", "until", mode="before")
    @classmethod
    def _day(cls, v: object) -> object:
        """A day as the page's date fields send it; anything else is named in the 400 page, in words a
        moderator can act on rather than the parser's ("invalid character in year")."""
        if v == "":
            return None
        if isinstance(v, str):
            try:
                return date.fromisoformat(v.strip())
            except ValueError:
                raise ValueError(
                    f"{v[:40]!r} is not a day written YYYY-MM-DD (as the date fields send it)"
                ) from None
        return v


# ---------------------------------------------------------------------------- reading helpers


def store_state(service: Service) -> tuple[StoreState, HistoryReader | None]:
    reader = history_of(service.store)
    if reader is None:
        return "off", None
    return ("ok" if reader.available else "unavailable"), reader


async def _read(what: str, call: Awaitable[T]) -> tuple[T | None, str | None]:
    """A store read, or the message the page shows instead."""
    try:
        return await call, None
    except StoreError as exc:
        log.warning("web: could not read %s: %s", what, exc)
        return None, f"The {what} could not be read: {exc}"


# ---------------------------------------------------------------------------- overview


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    width: float
    y_all: float
    h_all: float
    y_declined: float
    h_declined: float
    label: str


@dataclass(frozen=True, slots=True)
class DailyChart:
    """Questions per day as SVG geometry (drawn by the template: no script, no inline style)."""

    bars: list[Bar]
    width: int
    height: int
    peak: int
    first: date
    last: date
    total: int
    declined: int


def daily_chart(
    counts: list[DayCount], days: int, today: date, width: int = 600, height: int = 110
) -> DailyChart:
    by_day = {c.day: c for c in counts}
    span = [today - timedelta(days=days - 1 - i) for i in range(days)]
    peak = max((c.questions for c in counts), default=0)
    step = width / days
    bars = []
    for i, day in enumerate(span):
        c = by_day.get(day)
        n, d = (c.questions, c.declined) if c else (0, 0)
        h_all = height * n / peak if peak else 0.0
        h_dec = height * d / peak if peak else 0.0
        bars.append(
            Bar(
                x=round(i * step + 1, 1),
                width=round(max(step - 2, 1), 1),
                y_all=round(height - h_all, 1),
                h_all=round(h_all, 1),
                y_declined=round(height - h_dec, 1),
                h_declined=round(h_dec, 1),
                label=f"{day.isoformat()}: {n} questions, {d} declined",
            )
        )
    return DailyChart(
        bars=bars,
        width=width,
        height=height,
        peak=peak,
        first=span[0],
        last=span[-1],
        total=sum(c.questions for c in counts),
        declined=sum(c.declined for c in counts),
    )


@dataclass
class Overview:
    version: str
    documents: int
    passages: int
    undated: int
    outlets: list[OutletTotal]
    outlets_more: int
    problems: list[str]
    problems_total: int
    store: StoreState
    store_problems: list[str] = field(default_factory=list)
    reloads: list[ReloadRecord] = field(default_factory=list)
    cache: CacheStats | None = None
    hit_rate: float | None = None
    daily: DailyChart | None = None
    stale: str | None = None
    messages: list[str] = field(default_factory=list)


async def overview(
    service: Service, sources: SourcesIndexCache, *, days: int = 30, outlets: int = 25
) -> Overview:
    engine = service.engine
    index = await sources.get(engine)
    problems = [str(p) for p in engine.corpus.problems]
    state, reader = store_state(service)
    page = Overview(
        version=engine.version,
        documents=len(index),
        passages=index.passages,
        undated=index.undated,
        outlets=index.outlets[:outlets],
        outlets_more=max(0, len(index.outlets) - outlets),
        problems=problems[:20],
        problems_total=len(problems),
        store=state,
    )
    if reader is None:
        return page
    page.store_problems = list(reader.problems)[:10]
    reloads, msg = await _read("reload history", reader.reload_history(10))
    page.reloads = reloads or []
    stats, msg2 = await _read("cache statistics", reader.stats())
    page.cache = stats
    if stats is not None and stats.hits + stats.misses:
        page.hit_rate = stats.hits / (stats.hits + stats.misses)
    counts, msg3 = await _read("question history", reader.question_counts(days))
    if counts is not None:
        page.daily = daily_chart(counts, days, datetime.now(UTC).date())
    page.messages = [m for m in (msg, msg2, msg3) if m]
    newest = next((r for r in page.reloads if r.ok and r.version_after), None)
    if newest is not None and newest.version_after != engine.version:
        page.stale = newest.version_after
    return page


# ---------------------------------------------------------------------------- sources


@dataclass
class SourcesView:
    params: SourcesParams
    page: SourcesPage
    documents: int
    pages: int


async def sources_page(service: Service, sources: SourcesIndexCache, params: SourcesParams) -> SourcesView:
    offset = (params.page - 1) * PAGE_SIZE
    index, page = await sources.search_page(
        service.engine, params.q, params.sort, params.order, offset, PAGE_SIZE
    )
    return SourcesView(params, page, len(index), max(1, -(-page.total // PAGE_SIZE)))


# ---------------------------------------------------------------------------- questions and gaps


@dataclass
class QuestionsView:
    params: QuestionsParams
    store: StoreState
    page: QuestionPage | None = None
    message: str | None = None


async def questions_page(service: Service, params: QuestionsParams) -> QuestionsView:
    state, reader = store_state(service)
    view = QuestionsView(params, state)
    if reader is None:
        return view
    query = QuestionQuery(
        declined=params.show == "declined",
        voted_down=params.show == "voted_down",
        text=params.q,
        before_id=params.before,
        limit=PAGE_SIZE,
    )
    view.page, view.message = await _read("question history", reader.questions(query))
    return view


@dataclass
class GapsView:
    params: GapsParams
    store: StoreState
    gaps: list[GapRow] = field(default_factory=list)
    feedback: list[FeedbackRow] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


async def gaps_page(service: Service, params: GapsParams, limit: int = 50) -> GapsView:
    state, reader = store_state(service)
    view = GapsView(params, state)
    if reader is None:
        return view
    since = None if params.days == "all" else datetime.now(UTC) - timedelta(days=int(params.days))
    gaps, msg = await _read("coverage gaps", reader.gaps(limit, since))
    feedback, msg2 = await _read("feedback", reader.feedback(down_only=True, limit=25))
    view.gaps, view.feedback = gaps or [], feedback or []
    view.messages = [m for m in (msg, msg2) if m]
    return view
