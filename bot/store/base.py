"""What every store is: the interface the service talks to, the records it keeps, and the errors it
raises on purpose. The SQLite file is the default store; others (PostgreSQL, for several processes)
implement the same interface, and one shared test suite runs against each.

Exception tree (the only exceptions a store raises on purpose)::

    StoreError              anything the store could not do
    ├── StoreWriteError     a history/feedback row could not be written (nothing else was lost)
    └── StoreReadError      history/feedback could not be read
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple, Protocol

from pydantic import BaseModel, ConfigDict, field_validator


class StoreError(Exception):
    """Base of everything the store raises on purpose."""


class StoreWriteError(StoreError):
    """A reload record or a vote could not be written; rows written earlier are intact."""


class StoreReadError(StoreError):
    """Reload history or votes could not be read."""


class CacheStats(BaseModel):
    """Counters since this store was opened (hits, misses, evictions) and the entries in the file now.

    ``evictions`` counts entries removed by the cache's own policy: the LRU bound and TTL expiry."""

    model_config = ConfigDict(frozen=True)

    hits: int
    misses: int
    entries: int
    evictions: int
    available: bool


class ReloadRecord(BaseModel):
    """One corpus reload, successful or not, as moderators will want to audit it later."""

    model_config = ConfigDict(frozen=True)

    by: str  # Discord user id as a string, or "cli"
    at: datetime  # UTC
    version_before: str | None
    version_after: str | None
    documents: int
    sentences: int
    problems: list[str]
    ok: bool
    error: str | None = None

    @field_validator("at")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        """Stored times compare and sort as text, which only works if they share one zone: UTC."""
        return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


class VoteTally(NamedTuple):
    """Named so callers can say ``tally.up``, still a tuple so ``up, down = ...`` keeps working."""

    up: int
    down: int


class Store(Protocol):
    """The store's interface. The cache never raises (a fault is a miss, reported in ``problems``);
    history and feedback writes raise StoreWriteError rather than pretend."""

    problems: list[str]

    @property
    def available(self) -> bool: ...

    async def close(self) -> None: ...

    async def cache_get(self, version: str, request: str) -> str | None: ...

    async def cache_put(self, version: str, request: str, payload: str) -> None: ...

    async def prune(self, keep_version: str) -> int: ...

    async def stats(self) -> CacheStats: ...

    async def record_reload(self, rec: ReloadRecord) -> None: ...

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]: ...

    async def vote(self, answer_id: str, user_id: int, vote: int) -> None: ...

    async def votes(self, answer_id: str) -> VoteTally: ...
