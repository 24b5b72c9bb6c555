"""The SQLite store (the default): one file holding the query cache, the reload history and answer feedback.

Why it is shaped like this:

* **One aiosqlite connection, opened once.** aiosqlite runs every call on one worker thread, so calls
  from many tasks are already serialised. Every operation here is a *single* autocommit statement, so
  no transaction ever spans an ``await``: a task cancelled mid-call cannot leave a transaction open,
  and concurrent tasks cannot interleave inside one another's transactions. Only open-time work (the
  schema migration and a rolled-back write probe, in :mod:`bot.store.sqlite.opening`) uses explicit
  transactions, before anyone else can use the store. A file deleted or replaced while running is
  noticed on the next write and reopened.
* **The cache is an optimisation, never a reason to fail.** ``cache_get``/``cache_put`` never raise:
  a locked, full, deleted or unwritable file is logged, reported in :attr:`Store.problems` and counted
  as a miss. History and feedback are records people rely on, so a failed *write* there raises
  :class:`StoreWriteError` instead of pretending; rows already written are never touched by a failure
  (each write is one atomic statement, and nothing here deletes history or votes).
* **A file we cannot trust is set aside, never overwritten or deleted** (see
  :mod:`bot.store.sqlite.opening`); a file we cannot use leaves the store unavailable.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.settings import default
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
from bot.store.sqlite import cache, records, servers
from bot.store.sqlite.opening import open_database, sqlite_code

log = logging.getLogger(__name__)

#: problems kept at most, so a flapping fault cannot grow the list without bound
MAX_PROBLEMS = 50

T = TypeVar("T")


class SQLiteStore:
    """The SQLite store. Build it with :meth:`open`, which never raises for a bad file: it reports
    in :attr:`problems` and, when the file cannot be used, returns an *unavailable* store."""

    def __init__(
        self,
        path: Path,
        *,
        max_entries: int,
        ttl_seconds: float,
        busy_timeout_ms: int,
        max_pages: int | None,
        max_questions: int,
        clock: Callable[[], float],
    ) -> None:
        self.path = path
        self.max_entries = max_entries
        self.max_questions = max_questions
        #: questions recorded between two trims of the history: a bound kept within 1%
        self._trim_every = max(1, min(1000, max_questions // 100))
        self._since_trim = 0
        self.ttl_seconds = ttl_seconds
        self.busy_timeout_ms = busy_timeout_ms
        self.max_pages = max_pages
        self._clock = clock
        self.problems: list[str] = []
        self._db: aiosqlite.Connection | None = None
        self._ident: tuple[int, int] | None = None
        self._reopening = asyncio.Lock()
        self._hits = 0
        self._misses = 0
        self._evictions = 0

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        max_entries: int = default("cache_max_entries"),
        ttl_seconds: float = default("cache_ttl_seconds"),
        busy_timeout_ms: int = 2000,
        max_pages: int | None = None,
        max_questions: int = default("max_questions"),
        clock: Callable[[], float] = time.time,
    ) -> SQLiteStore:
        """Open (creating, migrating or setting aside as needed) the database at ``path``.

        ``max_entries`` bounds the cache (0 disables caching; history and votes still work);
        ``ttl_seconds`` > 0 expires entries that old; ``busy_timeout_ms`` is how long a call waits for
        another process's lock before giving up; ``max_pages`` caps the file size in pages (``PRAGMA
        max_page_count``) for operators who must bound disk use — beyond it new entries are dropped and
        reported, reads keep working; ``max_questions`` bounds the question history (0 keeps none);
        ``clock`` (epoch seconds) exists so TTL and days can be tested without sleeping.
        """
        store = cls(
            Path(path),
            max_entries=max_entries,
            ttl_seconds=ttl_seconds,
            busy_timeout_ms=busy_timeout_ms,
            max_pages=max_pages,
            max_questions=max_questions,
            clock=clock,
        )
        await store._open()
        return store

    @property
    def available(self) -> bool:
        """False when the file could not be used: the cache then misses, reads are empty, history is
        not kept, and votes and reload records raise StoreWriteError."""
        return self._db is not None

    async def close(self) -> None:
        """Close the connection (checkpointing the WAL); safe to call twice."""
        db, self._db = self._db, None
        if db is None:
            return
        with contextlib.suppress(sqlite3.Error):
            await db.execute("PRAGMA optimize")
        try:
            await db.close()
        except sqlite3.Error as exc:
            log.warning("closing %s: %s", self.path, exc)

    def _note(self, message: str) -> None:
        if message not in self.problems and len(self.problems) < MAX_PROBLEMS:
            self.problems.append(message)

    async def _open(self) -> None:
        opened = await open_database(
            self.path, busy_timeout_ms=self.busy_timeout_ms, max_pages=self.max_pages
        )
        for note in opened.notes:
            self._note(note)
        self._db, self._ident = opened.db, opened.ident
        if self._db is not None:  # the bounds may have shrunk since the last run
            await self._evict()
            if self.max_questions > 0:
                await self._trim(self._db)

    def _same_file(self) -> bool:
        try:
            st = self.path.stat()
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self._ident

    async def _live(self) -> aiosqlite.Connection | None:
        """The connection, reopened first if the file was deleted or replaced under us.

        Without this, writes would go on landing in the unlinked inode and vanish at exit. One reopen
        at a time: a write arriving meanwhile waits for the new file instead of finding no connection
        (and being told "not recorded"); reads go on from the old connection until it is replaced."""
        if self._db is None or self._ident is None or self._same_file():
            return self._db
        async with self._reopening:
            old = self._db
            if old is None or self._ident is None or self._same_file():
                return old  # reopened (or closed) while this call waited
            message = (
                f"{self.path} was deleted or replaced while running; reopened it "
                f"(cache entries and records written to the old file are gone with it)"
            )
            log.warning("%s", message)
            self._note(message)
            await self._open()  # the new connection, or None if the new file cannot be used
            with contextlib.suppress(sqlite3.Error, ValueError):
                await old.close()
            return self._db

    def _fault(self, message: str, exc: Exception) -> None:
        """Report a runtime fault once at WARNING (a full disk would otherwise log on every put)."""
        text = f"{message}: {exc}"
        if text in self.problems:
            log.debug("%s: %s", self.path, text)
            return
        log.warning("%s: %s", self.path, text)
        self._note(text)

    # ------------------------------------------------------------------ the query cache

    async def cache_get(self, version: str, request: str) -> str | None:
        """The cached JSON payload, or None. Never raises: a fault is logged and counted as a miss."""
        db = self._db
        if db is None or self.max_entries == 0:
            self._misses += 1
            return None
        key = cache_key(version, request)
        try:
            row = await self._touch(db, key)
        except (sqlite3.Error, ValueError) as exc:
            self._fault("cache read failed, counted as a miss", exc)
            row = None
        if row is None:
            self._misses += 1
            return None
        payload, created_at = str(row[0]), float(row[1])
        if self.ttl_seconds > 0 and self._clock() - created_at > self.ttl_seconds:
            try:
                self._evictions += await cache.expire(db, key, created_at)
            except (sqlite3.Error, ValueError) as exc:
                self._fault("removing an expired cache entry failed", exc)
            self._misses += 1
            return None
        self._hits += 1
        return payload

    async def _touch(self, db: aiosqlite.Connection, key: str) -> tuple[Any, ...] | None:
        """Read an entry and mark it most recently used; if the write cannot happen (locked, full),
        still serve the read — a stale LRU position is harmless, a lost hit is not."""
        try:
            return await cache.touch(db, key, self._clock())
        except sqlite3.Error as exc:
            if sqlite_code(exc) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL,
                                        sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR):  # fmt: skip
                raise
            self._fault("cache hit served, but its LRU position could not be updated", exc)
            return await cache.peek(db, key)

    async def cache_put(self, version: str, request: str, payload: str) -> None:
        """Store (or refresh) an entry, then evict beyond the bound. Never raises."""
        if self.max_entries == 0:
            return
        db = await self._live()
        if db is None:
            return
        try:
            await cache.upsert(db, cache_key(version, request), version, request, payload, self._clock())
        except (sqlite3.Error, ValueError) as exc:
            self._fault("cache write failed, entry not stored", exc)
            return
        await self._evict()

    async def _evict(self) -> None:
        db = self._db
        if db is None or self.max_entries <= 0:
            return
        try:
            self._evictions += await cache.evict(db, self.max_entries)
        except (sqlite3.Error, ValueError) as exc:
            self._fault("cache eviction failed", exc)

    async def prune(self, keep_version: str) -> int:
        """Delete entries of every corpus version but ``keep_version``; they can never hit again."""
        db = self._db
        if db is None:
            return 0
        try:
            return await cache.prune(db, keep_version)
        except (sqlite3.Error, ValueError) as exc:
            self._fault("pruning old cache entries failed", exc)
            return 0

    async def stats(self) -> CacheStats:
        entries = 0
        if self._db is not None:
            try:
                entries = await cache.count(self._db)
            except (sqlite3.Error, ValueError) as exc:
                self._fault("counting cache entries failed", exc)
        return CacheStats(
            hits=self._hits,
            misses=self._misses,
            entries=entries,
            evictions=self._evictions,
            available=self.available,
        )

    # ------------------------------------------------------------------ rows people rely on

    async def _writable(self, what: str) -> aiosqlite.Connection:
        """The connection for a write a user will be told about, or StoreWriteError saying why not."""
        db = await self._live()
        if db is None:
            reason = self.problems[-1] if self.problems else "it is closed"
            raise not_recorded(what, reason)
        return db

    async def record_reload(self, rec: ReloadRecord) -> None:
        """Append a reload record; StoreWriteError if it was not written (unavailable included)."""
        db = await self._writable("the reload")
        try:
            await records.insert_reload(db, rec)
        except (sqlite3.Error, ValueError) as exc:
            raise StoreWriteError(f"could not record the reload in {self.path}: {exc}") from exc

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]:
        """The most recent reloads, newest first."""
        db = self._db
        if db is None:
            return []
        try:
            return await records.select_reloads(db, limit)
        except (sqlite3.Error, ValueError) as exc:
            raise StoreReadError(f"could not read the reload history from {self.path}: {exc}") from exc

    async def vote(self, answer_id: str, user_id: int, vote: int, reason: VoteReason | None = None) -> None:
        """Record +1/-1 from a user on an answer, replacing their earlier vote; 0 withdraws it. A
        reason may come with the vote or in a second call. StoreWriteError if it was not written
        (unavailable included); ValueError for a vote or reason that is not one."""
        check_vote(vote, reason)
        db = await self._writable("the vote")
        try:
            await records.upsert_vote(db, answer_id, user_id, vote, reason, self._clock())
        except (sqlite3.Error, ValueError) as exc:
            raise StoreWriteError(f"could not record the vote in {self.path}: {exc}") from exc

    async def votes(self, answer_id: str) -> VoteTally:
        """Up and down votes on an answer."""
        db = self._db
        if db is None:
            return VoteTally(0, 0)
        try:
            return await records.tally(db, answer_id)
        except (sqlite3.Error, ValueError) as exc:
            raise StoreReadError(f"could not read votes from {self.path}: {exc}") from exc

    async def feedback(self, *, down_only: bool = True, limit: int = 25) -> list[FeedbackRow]:
        """Votes, newest first, each with the question it was about (when that was recorded)."""
        db = self._db
        if db is None:
            return []
        try:
            return await records.select_feedback(db, down_only=down_only, limit=limit)
        except (sqlite3.Error, ValueError) as exc:
            raise StoreReadError(f"could not read feedback from {self.path}: {exc}") from exc

    # ------------------------------------------------------------------ question history

    async def record_question(self, rec: QuestionRecord) -> None:
        """Append an answered question; never raises (history is best effort: a fault is noted).
        Every so many questions, the oldest beyond ``max_questions`` are deleted."""
        if self.max_questions <= 0:
            return
        try:
            db = await self._live()
            if db is None:
                return
            await records.insert_question(db, rec)
            self._since_trim += 1
            if self._since_trim >= self._trim_every:
                await self._trim(db)
        except Exception as exc:  # history must never cost an answer, whatever went wrong
            self._fault("question history write failed, question not recorded", exc)

    async def _trim(self, db: aiosqlite.Connection) -> None:
        self._since_trim = 0
        try:
            await records.trim_questions(db, self.max_questions)
        except (sqlite3.Error, ValueError) as exc:
            self._fault("trimming the question history failed", exc)

    async def _read(self, what: str, query: Awaitable[T]) -> T:
        try:
            return await query
        except (sqlite3.Error, ValueError) as exc:
            raise StoreReadError(f"could not read {what} from {self.path}: {exc}") from exc

    async def questions(self, query: QuestionQuery) -> QuestionPage:
        """A page of recorded questions, newest first (keyset paging by ``before_id``)."""
        db = self._db
        if db is None:
            return QuestionPage(items=[], next_before_id=None)
        return await self._read("the question history", records.select_questions(db, query))

    async def gaps(self, limit: int = 25, since: datetime | None = None) -> list[GapRow]:
        """Declined questions grouped by what they looked for, the most asked first."""
        db = self._db
        if db is None:
            return []
        return await self._read("coverage gaps", records.select_gaps(db, limit, since))

    async def question_counts(self, days: int = 30) -> list[DayCount]:
        """Questions and declined questions per UTC day, the last ``days`` days, oldest first."""
        db = self._db
        if db is None:
            return []
        today = datetime.fromtimestamp(self._clock(), UTC).date()
        return await self._read("question counts", records.select_counts(db, days, today))

    # ------------------------------------------------------------------ per-server settings

    async def server_settings(self, guild_id: int) -> ServerSettings | None:
        """A server's settings, or None when its moderators never set any."""
        db = self._db
        return None if db is None else await self._read("server settings", servers.select(db, guild_id))

    async def save_server_settings(self, settings: ServerSettings) -> None:
        """Replace a server's settings; StoreWriteError if not written (unavailable included)."""
        db = await self._writable("the server settings")
        try:
            await servers.upsert(db, settings)
        except (sqlite3.Error, ValueError) as exc:
            raise StoreWriteError(f"could not save the server settings in {self.path}: {exc}") from exc

    async def servers_without_dms(self, limit: int = 1000) -> list[int]:
        """The servers whose moderators turned answers in direct messages off."""
        db = self._db
        return [] if db is None else await self._read("server settings", servers.without_dms(db, limit))
