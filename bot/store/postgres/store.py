"""The PostgreSQL store: the same store as the SQLite file, on a server several processes (and
machines) share — one cache, one question history, one set of votes and reload records for a cluster.

Why it is shaped like this:

* **The same rules as the SQLite store** (:mod:`bot.store.base`): the cache never raises (a fault is a
  miss, noted once in :attr:`problems`), nor does ``record_question``; ``vote`` and ``record_reload``
  raise :class:`StoreWriteError` when the row was not written, so the user is told the truth; reads for
  moderators raise :class:`StoreReadError` on a fault.
* **A server that is down is a fault, not a verdict.** The store opens whether or not the server answers;
  while it is unreachable every call fails at once (the link's breaker) and the pool reconnects in the
  background; the first call that reaches it again migrates the schema if that never happened, and
  carries on. A database we must not use — a newer bot's schema, tables of another application, no
  rights to create ours — leaves the store *unavailable* for good (as a newer SQLite file does): caches
  miss, reads are empty, writes say they were not recorded, and nothing in the database is touched.
* **The URL's password is never shown**: messages name the server by its redacted URL, and the driver's
  own messages are scrubbed before they are logged or listed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import psycopg
from psycopg import errors

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
    StoreReadError,
    StoreWriteError,
    VoteReason,
    VoteTally,
    check_vote,
    not_recorded,
)
from bot.store.keys import cache_key
from bot.store.postgres import cache, records, servers
from bot.store.postgres.link import Connection, Link, Unreachable
from bot.store.postgres.schema import NewerSchema, ensure_schema

log = logging.getLogger(__name__)

#: problems kept at most, so a flapping fault cannot grow the list without bound
MAX_PROBLEMS = 50

T = TypeVar("T")


class Unavailable(Exception):
    """The store will not use this database (or was closed); the message says why."""


class PostgresStore:
    """The PostgreSQL store. Build it with :meth:`open`, which never raises for a server that is down
    or a database it must not use: it reports in :attr:`problems`."""

    def __init__(
        self,
        link: Link,
        *,
        max_entries: int,
        ttl_seconds: float,
        max_questions: int,
        clock: Callable[[], float],
    ) -> None:
        self._link = link
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self.max_questions = max_questions
        #: questions recorded between two trims of the history: a bound kept within 1%
        self._trim_every = max(1, min(1000, max_questions // 100))
        self._since_trim = 0
        self._clock = clock
        self.problems: list[str] = []
        self._outage: set[str] = set()
        self._refused: str | None = None
        self._closed = False
        self._ready = False
        self._preparing = asyncio.Lock()
        self._hits = 0
        self._misses = 0
        self._evictions = 0

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        max_entries: int = 5000,
        ttl_seconds: float = 0,
        max_questions: int = 100_000,
        clock: Callable[[], float] = time.time,
        pool_min: int = 1,
        pool_max: int = 10,
        connect_wait: float = 2.0,
        lock_timeout_ms: int = 2000,
        statement_timeout_ms: int = 10_000,
        max_backoff: float = 15.0,
    ) -> PostgresStore:
        """Connect to the server at ``url`` (``postgresql://user@host:port/dbname``; a password is better
        kept in ``PGPASSWORD`` or ``~/.pgpass`` than in the URL), creating or migrating the schema.

        ``max_entries``, ``ttl_seconds``, ``max_questions`` and ``clock`` mean what they mean for the
        SQLite store; ``pool_min``/``pool_max`` size the connection pool; ``connect_wait`` bounds the wait for
        a connection; ``lock_timeout_ms`` how long a statement waits for another client's lock (then it
        fails: a miss, or a write not recorded); ``statement_timeout_ms`` how long any statement may run;
        ``max_backoff`` the longest pause between attempts while the server is unreachable.
        """
        link = Link(
            url,
            min_size=pool_min,
            max_size=pool_max,
            timeout=connect_wait,
            lock_timeout_ms=lock_timeout_ms,
            statement_timeout_ms=statement_timeout_ms,
            max_backoff=max_backoff,
        )
        store = cls(
            link, max_entries=max_entries, ttl_seconds=ttl_seconds, max_questions=max_questions, clock=clock
        )
        await link.open()
        try:
            async with store._session():
                pass
        except (Unavailable, Unreachable, psycopg.Error) as exc:
            store._fault("could not use the database at start (retrying in the background)", exc)
        return store

    @property
    def label(self) -> str:
        """The server's URL without its password: how messages name it."""
        return self._link.label

    @property
    def available(self) -> bool:
        """False while nothing can be stored: the server is unreachable (for now) or the database is
        refused (for good). Caches then miss, votes and reload records raise StoreWriteError."""
        return self._ready and self._refused is None and not self._closed and self._link.reachable

    async def close(self) -> None:
        """Close the pool; safe to call twice."""
        if not self._closed:
            self._closed = True
            await self._link.close()

    def _note(self, message: str) -> None:
        if message not in self.problems and len(self.problems) < MAX_PROBLEMS:
            self.problems.append(message)

    def _fault(self, message: str, exc: BaseException) -> None:
        """Report a fault once at WARNING (a server that is down would otherwise log on every call)."""
        text = f"{message}: {self._link.clean(exc)}"
        if isinstance(exc, Unreachable):
            self._outage.add(text)
        if text in self.problems:
            log.debug("%s", text)
            return
        log.warning("%s", text)
        self._note(text)

    def _healed(self) -> None:
        """The server answered: faults that only said it was unreachable are no longer true."""
        if self._outage:
            self.problems = [p for p in self.problems if p not in self._outage]
            self._outage.clear()

    def _refuse(self, why: str) -> Unavailable:
        self._refused = f"{self.label}: {why}; running without it"
        log.warning("%s", self._refused)
        self._note(self._refused)
        return Unavailable(self._refused)

    @contextlib.asynccontextmanager
    async def _session(self) -> AsyncIterator[Connection]:
        """A connection whose database has our schema, or Unavailable / Unreachable saying why not."""
        if self._closed:
            raise Unavailable("it is closed")
        if self._refused is not None:
            raise Unavailable(self._refused)
        async with self._link.connection() as conn:
            if not self._ready:
                await self._prepare(conn)
            yield conn
        self._healed()

    async def _prepare(self, conn: Connection) -> None:
        """First contact with the database: migrate (once, under the schema's advisory lock), then apply
        the bounds, which may have shrunk since the last run."""
        async with self._preparing:
            if self._ready:
                return
            try:
                await ensure_schema(conn)
            except NewerSchema as exc:
                raise self._refuse(f"{exc} (left as it is)") from exc
            except (errors.DuplicateTable, errors.DuplicateObject) as exc:
                raise self._refuse(f"the database holds tables newsbot did not create ({exc})") from exc
            except errors.InsufficientPrivilege as exc:
                raise self._refuse(f"no permission to create newsbot's tables ({exc})") from exc
            self._ready = True
        await self._evict(conn)
        if self.max_questions > 0:
            await self._trim(conn)

    # ------------------------------------------------------------------ the query cache

    async def cache_get(self, version: str, request: str) -> str | None:
        """The cached payload, or None. Never raises: a fault is noted and counted as a miss."""
        if self.max_entries == 0 or self._refused is not None or self._closed:
            self._misses += 1
            return None
        key = cache_key(version, request)
        try:
            async with self._session() as conn:
                row = await self._touch(conn, key)
                if (
                    row is not None
                    and self.ttl_seconds > 0
                    and self._clock() - float(row[1]) > self.ttl_seconds
                ):
                    self._evictions += await cache.expire(conn, key, float(row[1]))
                    row = None
        except (Unavailable, Unreachable, psycopg.Error) as exc:
            self._fault("cache read failed, counted as a miss", exc)
            row = None
        if row is None:
            self._misses += 1
            return None
        self._hits += 1
        return str(row[0])

    async def _touch(self, conn: Connection, key: str) -> tuple[Any, ...] | None:
        """Read an entry and mark it most recently used; if its row lock cannot be had in time, still
        serve the read — a stale LRU position is harmless, a lost hit is not."""
        try:
            return await cache.touch(conn, key, self._clock())
        except (errors.LockNotAvailable, errors.QueryCanceled) as exc:
            self._fault("cache hit served, but its LRU position could not be updated", exc)
            return await cache.peek(conn, key)

    async def cache_put(self, version: str, request: str, payload: str) -> None:
        """Store (or refresh) an entry, then evict beyond the bound. Never raises."""
        if self.max_entries == 0 or self._refused is not None or self._closed:
            return
        try:
            async with self._session() as conn:
                key = cache_key(version, request)
                self._evictions += await cache.put(
                    conn, key, version, request, payload, self._clock(), self.max_entries
                )
        except (Unavailable, Unreachable, psycopg.Error) as exc:
            self._fault("cache write failed, entry not stored", exc)

    async def _evict(self, conn: Connection) -> None:
        if self.max_entries <= 0:
            return
        try:
            self._evictions += await cache.evict(conn, self.max_entries)
        except psycopg.Error as exc:
            self._fault("cache eviction failed", exc)

    async def prune(self, keep_version: str) -> int:
        """Delete entries of every corpus version but ``keep_version``; they can never hit again."""
        try:
            async with self._session() as conn:
                return await cache.prune(conn, keep_version)
        except Unavailable:
            return 0
        except (Unreachable, psycopg.Error) as exc:
            self._fault("pruning old cache entries failed", exc)
            return 0

    async def stats(self) -> CacheStats:
        entries = 0
        if self._refused is None and not self._closed:
            try:
                async with self._session() as conn:
                    entries = await cache.count(conn)
            except (Unavailable, Unreachable, psycopg.Error) as exc:
                self._fault("counting cache entries failed", exc)
        return CacheStats(
            hits=self._hits, misses=self._misses, entries=entries, evictions=self._evictions,
            available=self.available,
        )  # fmt: skip

    # ------------------------------------------------------------------ rows people rely on

    async def _write(self, what: str, op: Callable[[Connection], Awaitable[None]]) -> None:
        """A write a user will be told about: done, or StoreWriteError saying why not."""
        try:
            async with self._session() as conn:
                await op(conn)
        except Unavailable as exc:
            raise not_recorded(what, str(exc)) from exc
        except (Unreachable, psycopg.Error) as exc:
            raise StoreWriteError(
                f"could not record {what} in {self.label}: {self._link.clean(exc)}"
            ) from exc

    async def _read(self, what: str, op: Callable[[Connection], Awaitable[T]], empty: T) -> T:
        """A read for moderators: the rows, empty when the store is unavailable, StoreReadError on a fault."""
        try:
            async with self._session() as conn:
                return await op(conn)
        except Unavailable:
            return empty
        except (Unreachable, psycopg.Error) as exc:
            raise StoreReadError(f"could not read {what} from {self.label}: {self._link.clean(exc)}") from exc

    async def record_reload(self, rec: ReloadRecord) -> None:
        """Append a reload record (which announces a successful one to the cluster's other processes);
        StoreWriteError if it was not written."""
        await self._write("the reload", lambda conn: records.insert_reload(conn, rec))

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]:
        """The most recent reloads, newest first."""
        return await self._read("the reload history", lambda conn: records.select_reloads(conn, limit), [])

    async def vote(self, answer_id: str, user_id: int, vote: int, reason: VoteReason | None = None) -> None:
        """Record +1/-1 from a user on an answer, replacing their earlier vote; 0 withdraws it; a reason
        may come with the vote or in a second call. StoreWriteError if it was not written; ValueError
        for a vote or reason that is not one."""
        check_vote(vote, reason)
        at = datetime.fromtimestamp(self._clock(), UTC)
        await self._write(
            "the vote", lambda conn: records.upsert_vote(conn, answer_id, user_id, vote, reason, at)
        )

    async def votes(self, answer_id: str) -> VoteTally:
        """Up and down votes on an answer."""
        return await self._read("votes", lambda conn: records.tally(conn, answer_id), VoteTally(0, 0))

    async def feedback(self, *, down_only: bool = True, limit: int = 25) -> list[FeedbackRow]:
        """Votes, newest first, each with the question it was about (when that was recorded)."""
        return await self._read(
            "feedback", lambda conn: records.select_feedback(conn, down_only=down_only, limit=limit), []
        )

    # ------------------------------------------------------------------ question history

    async def record_question(self, rec: QuestionRecord) -> None:
        """Append an answered question; never raises (history is best effort: a fault is noted).
        Every so many questions, the oldest beyond ``max_questions`` are deleted."""
        if self.max_questions <= 0 or self._refused is not None or self._closed:
            return
        try:
            async with self._session() as conn:
                await records.insert_question(conn, rec)
                self._since_trim += 1
                if self._since_trim >= self._trim_every:
                    await self._trim(conn)
        except Exception as exc:  # history must never cost an answer, whatever went wrong
            self._fault("question history write failed, question not recorded", exc)

    async def _trim(self, conn: Connection) -> None:
        self._since_trim = 0
        try:
            await records.trim_questions(conn, self.max_questions)
        except psycopg.Error as exc:
            self._fault("trimming the question history failed", exc)

    async def questions(self, query: QuestionQuery) -> QuestionPage:
        """A page of recorded questions, newest first (keyset paging by ``before_id``)."""
        empty = QuestionPage(items=[], next_before_id=None)
        return await self._read(
            "the question history", lambda conn: records.select_questions(conn, query), empty
        )

    async def gaps(self, limit: int = 25, since: datetime | None = None) -> list[GapRow]:
        """Declined questions grouped by what they looked for, the most asked first."""
        return await self._read("coverage gaps", lambda conn: records.select_gaps(conn, limit, since), [])

    async def question_counts(self, days: int = 30) -> list[DayCount]:
        """Questions and declined questions per UTC day, the last ``days`` days, oldest first."""
        today = datetime.fromtimestamp(self._clock(), UTC).date()
        return await self._read("question counts", lambda conn: records.select_counts(conn, days, today), [])

    # ------------------------------------------------------------------ per-server settings

    async def server_settings(self, guild_id: int) -> ServerSettings | None:
        """A server's settings, or None when its moderators never set any."""
        return await self._read("server settings", lambda conn: servers.select(conn, guild_id), None)

    async def save_server_settings(self, settings: ServerSettings) -> None:
        """Replace a server's settings; StoreWriteError if not written."""
        await self._write("the server settings", lambda conn: servers.upsert(conn, settings))

    async def servers_without_dms(self, limit: int = 1000) -> list[int]:
        """The servers whose moderators turned answers in direct messages off."""
        return await self._read("server settings", lambda conn: servers.without_dms(conn, limit), [])
