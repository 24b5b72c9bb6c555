"""The SQLite store (the default): one file holding the query cache, the reload history and answer feedback.

Why it is shaped like this:

* **One aiosqlite connection, opened once.** aiosqlite runs every call on one worker thread, so calls
  from many tasks are already serialised. Every operation here is a *single* autocommit statement, so
  no transaction ever spans an ``await``: a task cancelled mid-call cannot leave a transaction open,
  and concurrent tasks cannot interleave inside one another's transactions. Only open-time work (the
  schema migration and a rolled-back write probe) uses explicit transactions, before anyone else can
  use the store. A file deleted or replaced while running is noticed on the next write and reopened.
* **The cache is an optimisation, never a reason to fail.** ``cache_get``/``cache_put`` never raise:
  a locked, full, deleted or unwritable file is logged, reported in :attr:`Store.problems` and counted
  as a miss. History and feedback are records people rely on, so a failed *write* there raises
  :class:`StoreWriteError` instead of pretending; rows already written are never touched by a failure
  (each write is one atomic statement, and nothing here deletes history or votes).
* **A file we cannot trust is set aside, never overwritten or deleted.** A corrupt file or a foreign
  SQLite database is renamed to ``<name>.corrupt-<UTC timestamp>`` / ``<name>.foreign-<UTC timestamp>``
  (with its ``-wal``/``-shm`` companions) and a fresh database is created. A file written by a *newer*
  build of the bot is left exactly as it is and the store runs unavailable (every call a harmless
  miss/no-op): it is our own data, a downgrade must not destroy it, and migrating backwards is not
  possible. A read-only file or directory also leaves the store unavailable.
* **Versioned schema.** ``PRAGMA application_id`` marks the file as ours; ``PRAGMA user_version`` is the
  schema version, upgraded in place by the forward steps in :data:`MIGRATIONS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bot.store.base import CacheStats, ReloadRecord, StoreReadError, StoreWriteError, VoteTally
from bot.store.keys import cache_key

log = logging.getLogger(__name__)

#: ``PRAGMA application_id`` of a newsbot database ("NWSB"): tells our file from any other SQLite file.
APPLICATION_ID = 0x4E575342
SQLITE_HEADER = b"SQLite format 3\x00"
#: problems kept at most, so a flapping fault cannot grow the list without bound
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class Migration:
    """One forward step: the statements that take the schema from ``version - 1`` to ``version``."""

    version: int
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        (
            """CREATE TABLE cache (
                key TEXT PRIMARY KEY,
                version TEXT NOT NULL,
                request TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at REAL NOT NULL,
                last_used REAL NOT NULL
            )""",  # a rowid table: payloads are kilobytes, too big for WITHOUT ROWID b-tree cells
            "CREATE INDEX cache_last_used ON cache (last_used)",
            """CREATE TABLE reloads (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                by TEXT NOT NULL,
                at TEXT NOT NULL,
                version_before TEXT,
                version_after TEXT,
                documents INTEGER NOT NULL,
                sentences INTEGER NOT NULL,
                problems TEXT NOT NULL,
                ok INTEGER NOT NULL,
                error TEXT
            )""",
            """CREATE TABLE votes (
                answer_id TEXT NOT NULL,
                user_id INTEGER NOT NULL,
                vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
                at REAL NOT NULL,
                PRIMARY KEY (answer_id, user_id)
            ) WITHOUT ROWID""",
        ),
    ),
    # v2: LRU order by a counter instead of wall-clock time (clocks step backwards and two hits can
    # share a tick, which made the eviction order ambiguous); an index so pruning a version is cheap.
    Migration(
        2,
        (
            "ALTER TABLE cache ADD COLUMN used_seq INTEGER NOT NULL DEFAULT 0",
            """UPDATE cache SET used_seq = ranked.n
               FROM (SELECT key, row_number() OVER (ORDER BY last_used, key) AS n FROM cache) AS ranked
               WHERE cache.key = ranked.key""",
            "DROP INDEX cache_last_used",
            "CREATE INDEX cache_used_seq ON cache (used_seq)",
            "CREATE INDEX cache_version ON cache (version)",
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def _code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code (Python 3.11 exposes the extended one)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _why(exc: sqlite3.Error) -> str:
    """Say what an operator can act on; SQLite's own words follow in brackets."""
    code = _code(exc)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return f"the file or its directory is read-only or inaccessible ({exc})"
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return f"another process holds a lock on it ({exc})"
    return str(exc)


def _utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


Verdict = Literal["missing", "empty", "ours", "newer", "corrupt", "foreign", "unusable"]


@dataclass(frozen=True)
class _Inspection:
    verdict: Verdict
    detail: str = ""


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

    def _unavailable(self, message: str) -> None:
        message = f"{message}; running without a cache"
        log.warning("%s", message)
        self._note(message)

    async def _open(self) -> None:
        seen = await asyncio.to_thread(self._inspect_file)
        if seen is None:
            seen = await self._inspect_database()
        if seen.verdict in ("corrupt", "foreign"):
            if not await asyncio.to_thread(self._set_aside, seen):
                return
        elif seen.verdict == "newer":
            self._unavailable(
                f"{self.path} was written by a newer newsbot (schema {seen.detail}, this build knows up to "
                f"{SCHEMA_VERSION}); it is left untouched (upgrade newsbot, or point --db at another file)"
            )
            return
        elif seen.verdict == "unusable":
            self._unavailable(f"cannot use {self.path}: {seen.detail}")
            return
        await self._connect()

    def _inspect_file(self) -> _Inspection | None:
        """What the bytes on disk say (blocking file calls, so run in a thread); None = ask SQLite."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return _Inspection("unusable", f"cannot create its directory ({exc.strerror})")
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return _Inspection("missing")
        except OSError as exc:
            return _Inspection("unusable", exc.strerror or str(exc))
        if not self.path.is_file():
            return _Inspection("unusable", "it is not a regular file")
        if st.st_size == 0:
            return _Inspection("empty")  # SQLite itself treats an empty file as an empty database
        try:
            with self.path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            return _Inspection("unusable", f"cannot read it ({exc.strerror})")
        if header != SQLITE_HEADER:
            return _Inspection("corrupt", "it is not an SQLite database (file is not a database)")
        return None

    async def _inspect_database(self) -> _Inspection:
        """Ours, foreign, newer or corrupt — asked through a read-only connection, so never written.

        (SQLite may leave an empty ``-wal``/``-shm`` beside a WAL file it opened read-only; they are
        left alone on purpose: deleting a ``-shm`` another process has mapped can corrupt its view.)"""
        uri = f"file:{urllib.parse.quote(str(self.path.absolute()))}?mode=ro"
        try:
            async with aiosqlite.connect(uri, uri=True, timeout=self.busy_timeout_ms / 1000) as probe:
                app_id = await self._scalar(probe, "PRAGMA application_id")
                user_version = await self._scalar(probe, "PRAGMA user_version")
                tables = [r[0] for r in await probe.execute_fetchall("SELECT name FROM sqlite_master")]
                check: list[str] = []
                if app_id == APPLICATION_ID:
                    check = [str(r[0]) for r in await probe.execute_fetchall("PRAGMA quick_check")]
        except sqlite3.Error as exc:
            if _code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                return _Inspection("corrupt", str(exc))
            return _Inspection("unusable", _why(exc))
        if app_id == APPLICATION_ID:
            if check != ["ok"]:
                return _Inspection("corrupt", f"integrity check failed: {'; '.join(check[:3])}")
            if user_version > SCHEMA_VERSION:
                return _Inspection("newer", str(user_version))
            return _Inspection("ours")
        if app_id == 0 and user_version == 0 and not tables:
            return _Inspection("empty")
        shown = ", ".join(sorted(str(t) for t in tables)[:5]) or "none"
        return _Inspection("foreign", f"application_id {app_id:#x}, tables: {shown}")

    def _set_aside(self, seen: _Inspection) -> bool:
        """Rename a file we must not use out of the way (never delete: it may be someone's data)."""
        base = f"{self.path.name}.{seen.verdict}-{_utc_stamp()}"
        target = self.path.with_name(base)
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{base}-{n}")
        try:
            os.replace(self.path, target)
            for suffix in ("-wal", "-shm", "-journal"):
                side = Path(f"{self.path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{target}{suffix}"))
        except OSError as exc:
            self._unavailable(
                f"{self.path} is {seen.verdict} ({seen.detail}) and could not be moved aside ({exc.strerror})"
            )
            return False
        what = "corrupt" if seen.verdict == "corrupt" else "not a newsbot database"
        message = f"{self.path} was {what} ({seen.detail}); moved it to {target} and started a fresh one"
        log.warning("%s", message)
        self._note(message)
        return True

    async def _connect(self) -> None:
        try:
            db = await aiosqlite.connect(self.path, isolation_level=None, timeout=self.busy_timeout_ms / 1000)
        except sqlite3.Error as exc:
            self._unavailable(f"cannot open {self.path}: {_why(exc)}")
            return
        try:
            await db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            mode = await self._scalar(db, "PRAGMA journal_mode = WAL")
            if str(mode).lower() != "wal":
                log.warning("%s: journal mode is %s, not WAL", self.path, mode)
            await db.execute("PRAGMA synchronous = NORMAL")
            await self._migrate(db)
            # the one honest test that we may write here: a write statement, rolled back. (A bare
            # BEGIN IMMEDIATE succeeds on a read-only WAL file; only a real write reports READONLY.)
            await db.execute("BEGIN IMMEDIATE")
            try:
                await db.execute("DELETE FROM cache WHERE 0")
            finally:
                await db.execute("ROLLBACK")
            if self.max_pages is not None:
                await db.execute(f"PRAGMA max_page_count = {int(self.max_pages)}")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                await db.close()
            self._unavailable(f"cannot use {self.path}: {_why(exc)}")
            return
        try:
            st = self.path.stat()
            self._ident = (st.st_dev, st.st_ino)
        except OSError:
            self._ident = None
        self._db = db
        await self._evict()  # the bound may have shrunk since the last run

    async def _migrate(self, db: aiosqlite.Connection) -> None:
        """Apply the missing forward steps in one transaction, so a failure leaves the old schema."""
        if await self._scalar(db, "PRAGMA user_version") >= SCHEMA_VERSION:
            return
        await db.execute("BEGIN IMMEDIATE")
        try:
            # read again under the write lock: another process may have migrated meanwhile
            current = await self._scalar(db, "PRAGMA user_version")
            for step in MIGRATIONS:
                if step.version > current:
                    for statement in step.statements:
                        await db.execute(statement)
            await db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            await db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            await db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                await db.execute("ROLLBACK")
            raise
        if current:
            log.info("migrated %s from schema %d to %d", self.path, current, SCHEMA_VERSION)

    @staticmethod
    async def _scalar(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> Any:
        rows = list(await db.execute_fetchall(sql, tuple(params)))
        return rows[0][0] if rows else None

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
            if _code(exc) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL,
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
