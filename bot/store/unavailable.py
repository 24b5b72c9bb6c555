"""The store the bot runs with when it has none: ``--no-cache``, or a file that could not be opened.

It is explicit so no caller needs a ``store is None`` branch, and so the rules of the interface hold
without one: the cache misses (the engine answers every question), history is silently not kept
(``record_question`` never raises), reads return nothing, and the writes a user is told about —
a vote, a reload record — raise :class:`StoreWriteError`, so nobody is ever told "recorded" when
nothing was.
"""

from __future__ import annotations

from datetime import datetime

from bot.store.base import (
    CacheStats,
    DayCount,
    FeedbackRow,
    GapRow,
    QuestionPage,
    QuestionQuery,
    QuestionRecord,
    ReloadRecord,
    ServerSettings,
    StoreWriteError,
    VoteReason,
    VoteTally,
    check_vote,
    not_recorded,
)

#: why nothing is stored when the bot runs with ``--no-cache`` (shown once at start)
STORE_OFF = "the store is off (--no-cache): nothing is cached, and no question, vote or reload is recorded"


class UnavailableStore:
    """A store that stores nothing, and says why in ``problems``."""

    def __init__(self, *reasons: str) -> None:
        self.problems: list[str] = list(reasons) or ["the store is unavailable"]
        self._misses = 0

    @property
    def available(self) -> bool:
        return False

    def _not_recorded(self, what: str) -> StoreWriteError:
        """Why ``what`` was not recorded, as a report's "Not recorded …" line shows it (callers log
        what it was)."""
        reason = self.problems[-1]
        if reason == STORE_OFF:
            return StoreWriteError("the store is off (--no-cache), so nothing was recorded")
        return not_recorded(what, reason)

    async def close(self) -> None:
        return None

    async def cache_get(self, version: str, request: str) -> str | None:
        self._misses += 1
        return None

    async def cache_put(self, version: str, request: str, payload: str) -> None:
        return None

    async def prune(self, keep_version: str) -> int:
        return 0

    async def stats(self) -> CacheStats:
        return CacheStats(hits=0, misses=self._misses, entries=0, evictions=0, available=False)

    async def record_reload(self, rec: ReloadRecord) -> None:
        raise self._not_recorded("the reload")

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]:
        return []

    async def vote(self, answer_id: str, user_id: int, vote: int, reason: VoteReason | None = None) -> None:
        check_vote(vote, reason)
        raise self._not_recorded("the vote")

    async def votes(self, answer_id: str) -> VoteTally:
        return VoteTally(0, 0)

    async def record_question(self, rec: QuestionRecord) -> None:
        return None

    async def questions(self, query: QuestionQuery) -> QuestionPage:
        return QuestionPage(items=[], next_before_id=None)

    async def gaps(self, limit: int = 25, since: datetime | None = None) -> list[GapRow]:
        return []

    async def question_counts(self, days: int = 30) -> list[DayCount]:
        return []

    async def feedback(self, *, down_only: bool = True, limit: int = 25) -> list[FeedbackRow]:
        return []

    async def server_settings(self, guild_id: int) -> ServerSettings | None:
        return None

    async def save_server_settings(self, settings: ServerSettings) -> None:
        raise self._not_recorded("the server settings")

    async def servers_without_dms(self, limit: int = 1000) -> list[int]:
        return []
