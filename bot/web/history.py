"""The store's question history and feedback, as the web pages read them (specs/store_v3.md).

STAND-IN until the store's second wave lands in ``bot.store``: the records below are the spec's,
field for field, and ``HistoryReader`` names the read methods the pages call. Once ``bot.store``
exports the records, this module shrinks to re-exports of them (and ``HistoryReader`` may stay: the
Store protocol satisfies it structurally). Nothing else in ``bot/web`` imports records from elsewhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal, Protocol, cast

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.store import CacheStats, ReloadRecord, Store

VoteReason = Literal["wrong_quote", "not_answered", "outdated", "other"]


def _utc(v: datetime) -> datetime:
    return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


class QuestionRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int | None = None
    at: datetime
    question: str
    answer_id: str
    answer: str
    abstained: bool
    cached: bool
    looked_for: list[str]
    gap_key: str
    corpus_version: str
    user_id: int | None = None
    guild_id: int | None = None
    channel_id: int | None = None
    source: Literal["discord", "console", "cli", "web"] = "discord"

    @field_validator("at")
    @classmethod
    def _at_utc(cls, v: datetime) -> datetime:
        return _utc(v)


class QuestionWithVotes(QuestionRecord):
    up: int = 0
    down: int = 0
    reasons: list[str] = Field(default_factory=list)


class QuestionQuery(BaseModel):
    model_config = ConfigDict(frozen=True)

    declined: bool = False
    voted_down: bool = False
    text: str = ""
    before_id: int | None = None
    limit: int = Field(50, ge=1, le=200)


class QuestionPage(BaseModel):
    model_config = ConfigDict(frozen=True)

    items: list[QuestionWithVotes]
    next_before_id: int | None


class GapRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    gap_key: str
    count: int
    example: str
    last_at: datetime


class DayCount(BaseModel):
    model_config = ConfigDict(frozen=True)

    day: date
    questions: int
    declined: int


class FeedbackRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    answer_id: str
    user_id: int
    vote: int
    reason: str | None
    at: datetime
    question: str | None
    answer: str | None


class HistoryReader(Protocol):
    """What the pages read from a store: the v3 history reads plus the reload history and cache stats.
    Reads raise StoreReadError on a fault; an unavailable store returns empty results."""

    problems: list[str]

    @property
    def available(self) -> bool: ...

    async def stats(self) -> CacheStats: ...

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]: ...

    async def questions(self, query: QuestionQuery) -> QuestionPage: ...

    async def gaps(self, limit: int = 25, since: datetime | None = None) -> list[GapRow]: ...

    async def question_counts(self, days: int = 30) -> list[DayCount]: ...

    async def feedback(self, *, down_only: bool = True, limit: int = 25) -> list[FeedbackRow]: ...


def history_of(store: Store | None) -> HistoryReader | None:
    """The service's store seen through the reads the pages need. The cast goes once the Store
    protocol carries the v3 methods (it then satisfies HistoryReader as it is)."""
    return cast(HistoryReader | None, store)
