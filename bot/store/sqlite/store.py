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

import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.base import CacheStats, ReloadRecord, StoreReadError, StoreWriteError, VoteTally
from bot.store.keys import cache_key
from bot.store.sqlite.opening import open_database, scalar, sqlite_code

log = logging.getLogger(__name__)

#: problems kept at most, so a flapping fault cannot grow the list without bound
MAX_PROBLEMS = 50


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
        clock: Callable[[], float],
    ) -> None:
        self.path = path
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self.busy_timeout_ms = busy_timeout_ms
        self.max_pages = max_pages
        self._clock = clock
        self.problems: list[str] = []
        self._db: aiosqlite.Connection | None = None
        self._ident: tuple[int, int] | None = None
        self._hits = 0
        self._misses = 0
        self._evictions = 0

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        max_entries: int = 5000,
        ttl_seconds: float = 0,
        busy_timeout_ms: int = 2000,
        max_pages: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> SQLiteStore:
        """Open (creating, migrating or setting aside as needed) the database at ``path``.

        ``max_entries`` bounds the cache (0 disables caching; history and votes still work);
        ``ttl_seconds`` > 0 expires entries that old; ``busy_timeout_ms`` is how long a call waits for
        another process's lock before giving up; ``max_pages`` caps the file size in pages (``PRAGMA
        max_page_count``) for operators who must bound disk use — beyond it new entries are dropped and
        reported, reads keep working; ``clock`` (epoch seconds) exists so TTL can be tested without sleeping.
        """
        store = cls(
            Path(path),
            max_entries=max_entries,
            ttl_seconds=ttl_seconds,
            busy_timeout_ms=busy_timeout_ms,
            max_pages=max_pages,
            clock=clock,
        )
        await store._open()
        return store

    @property
    def available(self) -> bool:
        """False when the file could not be used: every call is then a harmless miss or no-op."""
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
        if self._db is not None:
            await self._evict()  # the bound may have shrunk since the last run

    @staticmethod
    async def _scalar(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> Any:
        return await scalar(db, sql, params)

    async def _write(self, db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> int:
        """One autocommit statement; returns the rows it changed."""
        async with db.execute(sql, tuple(params)) as cursor:
            return cursor.rowcount

    async def _live(self) -> aiosqlite.Connection | None:
        """The connection, reopened first if the file was deleted or replaced under us.

        Without this, writes would go on landing in the unlinked inode and vanish at exit."""
        if self._db is None or self._ident is None:
            return self._db
        try:
            st = self.path.stat()
            if (st.st_dev, st.st_ino) == self._ident:
                return self._db
        except OSError:
            pass
        message = (
            f"{self.path} was deleted or replaced while running; reopened it "
            f"(cache entries and records written to the old file are gone with it)"
        )
        log.warning("%s", message)
        self._note(message)
        old, self._db = self._db, None
        with contextlib.suppress(sqlite3.Error, ValueError):
            await old.close()
        await self._open()
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
            self._misses += 1
            return None
        if row is None:
            self._misses += 1
            return None
        payload, created_at = str(row[0]), float(row[1])
        if self.ttl_seconds > 0 and self._clock() - created_at > self.ttl_seconds:
            try:
                self._evictions += await self._write(
                    db, "DELETE FROM cache WHERE key = ? AND created_at = ?", (key, created_at)
                )
            except (sqlite3.Error, ValueError) as exc:
                self._fault("removing an expired cache entry failed", exc)
            self._misses += 1
            return None
        self._hits += 1
        return payload

    async def _touch(self, db: aiosqlite.Connection, key: str) -> tuple[Any, ...] | None:
        """Read an entry and mark it most recently used in one statement; if the write cannot happen
        (locked, full), still serve the read — a stale LRU position is harmless, a lost hit is not."""
        try:
            rows = list(
                await db.execute_fetchall(
                    """UPDATE cache SET used_seq = (SELECT coalesce(max(used_seq), 0) + 1 FROM cache),
                           last_used = ?
                       WHERE key = ? RETURNING payload, created_at""",
                    (self._clock(), key),
                )
            )
        except sqlite3.Error as exc:
            if sqlite_code(exc) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL,
                                  sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR):  # fmt: skip
                raise
            self._fault("cache hit served, but its LRU position could not be updated", exc)
            rows = list(
                await db.execute_fetchall("SELECT payload, created_at FROM cache WHERE key = ?", (key,))
            )
        return tuple(rows[0]) if rows else None

    async def cache_put(self, version: str, request: str, payload: str) -> None:
        """Store (or refresh) an entry, then evict beyond the bound. Never raises."""
        if self.max_entries == 0:
            return
        db = await self._live()
        if db is None:
            return
        now = self._clock()
        try:
            await self._write(
                db,
                """INSERT INTO cache (key, version, request, payload, created_at, last_used, used_seq)
                   VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(used_seq), 0) + 1 FROM cache))
                   ON CONFLICT (key) DO UPDATE SET payload = excluded.payload,
                       created_at = excluded.created_at, last_used = excluded.last_used,
                       used_seq = excluded.used_seq""",
                (cache_key(version, request), version, request, payload, now, now),
            )
        except (sqlite3.Error, ValueError) as exc:
            self._fault("cache write failed, entry not stored", exc)
            return
        await self._evict()

    async def _evict(self) -> None:
        """Drop least-recently-used entries beyond ``max_entries`` (one statement, so two processes
        evicting at once cannot both trim the same rows or overshoot the bound)."""
        db = self._db
        if db is None or self.max_entries <= 0:
            return
        try:
            self._evictions += await self._write(
                db,
                """DELETE FROM cache WHERE key IN (
                       SELECT key FROM cache ORDER BY used_seq
                       LIMIT max(0, (SELECT count(*) FROM cache) - ?))""",
                (self.max_entries,),
            )
        except (sqlite3.Error, ValueError) as exc:
            self._fault("cache eviction failed", exc)

    async def prune(self, keep_version: str) -> int:
        """Delete entries of every corpus version but ``keep_version``; they can never hit again."""
        db = self._db
        if db is None:
            return 0
        try:
            return await self._write(db, "DELETE FROM cache WHERE version != ?", (keep_version,))
        except (sqlite3.Error, ValueError) as exc:
            self._fault("pruning old cache entries failed", exc)
            return 0

    async def stats(self) -> CacheStats:
        entries = 0
        if self._db is not None:
            try:
                entries = int(await self._scalar(self._db, "SELECT count(*) FROM cache"))
            except (sqlite3.Error, ValueError) as exc:
                self._fault("counting cache entries failed", exc)
        return CacheStats(
            hits=self._hits,
            misses=self._misses,
            entries=entries,
            evictions=self._evictions,
            available=self.available,
        )

    # ------------------------------------------------------------------ reload history

    async def record_reload(self, rec: ReloadRecord) -> None:
        """Append a reload record. No-op when unavailable; raises StoreWriteError if the write fails."""
        db = await self._live()
        if db is None:
            return
        try:
            await self._write(
                db,
                """INSERT INTO reloads (by, at, version_before, version_after, documents, sentences,
                                        problems, ok, error)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    rec.by,
                    rec.at.isoformat(),
                    rec.version_before,
                    rec.version_after,
                    rec.documents,
                    rec.sentences,
                    json.dumps(rec.problems, ensure_ascii=False),
                    int(rec.ok),
                    rec.error,
                ),
            )
        except (sqlite3.Error, ValueError) as exc:
            raise StoreWriteError(f"could not record the reload in {self.path}: {exc}") from exc

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]:
        """The most recent reloads, newest first."""
        db = self._db
        if db is None:
            return []
        try:
            rows = await db.execute_fetchall(
                """SELECT by, at, version_before, version_after, documents, sentences, problems, ok, error
                   FROM reloads ORDER BY id DESC LIMIT ?""",
                (max(0, limit),),
            )
        except (sqlite3.Error, ValueError) as exc:
            raise StoreReadError(f"could not read the reload history from {self.path}: {exc}") from exc
        return [
            ReloadRecord(
                by=r[0],
                at=datetime.fromisoformat(r[1]),
                version_before=r[2],
                version_after=r[3],
                documents=r[4],
                sentences=r[5],
                problems=json.loads(r[6]),
                ok=bool(r[7]),
                error=r[8],
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ feedback

    async def vote(self, answer_id: str, user_id: int, vote: int) -> None:
        """Record +1/-1 from a user on an answer, replacing their earlier vote; 0 withdraws it.

        No-op when unavailable; raises StoreWriteError if the write fails, ValueError for other values."""
        if vote not in (-1, 0, 1):
            raise ValueError(f"a vote is +1, -1 or 0 (withdraw), not {vote!r}")
        db = await self._live()
        if db is None:
            return
        try:
            if vote == 0:
                await self._write(
                    db, "DELETE FROM votes WHERE answer_id = ? AND user_id = ?", (answer_id, user_id)
                )
            else:
                await self._write(
                    db,
                    """INSERT INTO votes (answer_id, user_id, vote, at) VALUES (?, ?, ?, ?)
                       ON CONFLICT (answer_id, user_id)
                       DO UPDATE SET vote = excluded.vote, at = excluded.at""",
                    (answer_id, user_id, vote, self._clock()),
                )
        except (sqlite3.Error, ValueError) as exc:
            raise StoreWriteError(f"could not record the vote in {self.path}: {exc}") from exc

    async def votes(self, answer_id: str) -> VoteTally:
        """Up and down votes on an answer."""
        db = self._db
        if db is None:
            return VoteTally(0, 0)
        try:
            rows = list(
                await db.execute_fetchall(
                    """SELECT coalesce(sum(vote = 1), 0), coalesce(sum(vote = -1), 0)
                       FROM votes WHERE answer_id = ?""",
                    (answer_id,),
                )
            )
        except (sqlite3.Error, ValueError) as exc:
            raise StoreReadError(f"could not read votes from {self.path}: {exc}") from exc
        return VoteTally(int(rows[0][0]), int(rows[0][1]))
