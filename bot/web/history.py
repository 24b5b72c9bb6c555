"""The store's question history and feedback, as the web pages read them (specs/store_v3.md): the
records come from ``bot.store``; ``HistoryReader`` names the reads the pages call (every Store has them)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.store import (
    CacheStats,
    DayCount,
    FeedbackRow,
    GapRow,
    QuestionPage,
    QuestionQuery,
    QuestionRecord,
    QuestionWithVotes,
    ReloadRecord,
    Store,
)

__all__ = [
    "DayCount",
    "FeedbackRow",
    "GapRow",
    "HistoryReader",
    "QuestionPage",
    "QuestionQuery",
    "QuestionRecord",
    "QuestionWithVotes",
    "history_of",
]


class HistoryReader(Protocol):
    """What the pages read from a store. Reads raise StoreReadError on a fault; an unavailable store
    returns empty results."""

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
    return store
