"""Coordination through the PostgreSQL server: the reload lock is a session advisory lock (released by
the server when the holder's connection ends, so a crash never leaves it taken) with a row saying who
holds it; reloads are announced by a trigger on ``reloads`` (``NOTIFY newsbot_reloads``) and
``LISTEN``ed for on a connection of their own, the table polled as well in case a notification was
missed while the connection was down."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import psycopg
from psycopg.rows import TupleRow

from bot.coordination.base import Announcement, Lock
from bot.dsn import redact, scrub
from bot.store.postgres.schema import RELOAD_CHANNEL, RELOAD_LOCK

Connection = psycopg.AsyncConnection[TupleRow]


class PostgresCoordination:
    def __init__(self, url: str, *, connect_timeout: int = 5) -> None:
        self.url = url
        self.label = redact(url)
        self._connect_timeout = connect_timeout
        self._locked: Connection | None = None
        self._listening: Connection | None = None

    async def _connect(self) -> Connection:
        return await psycopg.AsyncConnection.connect(
            self.url,
            autocommit=True,
            connect_timeout=self._connect_timeout,
            application_name="newsbot reloads",
        )

    def _unavailable(self, exc: BaseException) -> Lock:
        return Lock(
            state="unavailable", reason=f"{self.label} is unreachable ({scrub(str(exc), self.url).strip()})"
        )

    async def try_lock(self, holder: str) -> Lock:
        try:
            conn = await self._connect()
        except psycopg.Error as exc:
            return self._unavailable(exc)
        try:
            cur = await conn.execute("SELECT pg_try_advisory_lock(%s)", (RELOAD_LOCK,))
            row = await cur.fetchone()
            if row is not None and row[0]:
                await conn.execute(
                    """INSERT INTO reload_lock (only_row, holder, since) VALUES (true, %s, %s)
                       ON CONFLICT (only_row)
                       DO UPDATE SET holder = excluded.holder, since = excluded.since""",
                    (holder, datetime.now(UTC)),
                )
                self._locked = conn
                return Lock(state="held", holder=holder)
            cur = await conn.execute("SELECT holder, since FROM reload_lock")
            seen = await cur.fetchone()
            await conn.close()
            if seen is None:
                return Lock(state="busy", holder="another process")
            return Lock(state="busy", holder=seen[0], since=seen[1])
        except psycopg.Error as exc:
            await conn.close()
            return self._unavailable(exc)

    async def unlock(self) -> None:
        conn, self._locked = self._locked, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                await conn.execute("SELECT pg_advisory_unlock(%s)", (RELOAD_LOCK,))
            await conn.close()  # ending the session releases the lock in any case

    async def _listener(self) -> Connection:
        if self._listening is None or self._listening.closed or self._listening.broken:
            conn = await self._connect()
            await conn.execute(f"LISTEN {RELOAD_CHANNEL}")
            self._listening = conn
        return self._listening

    async def latest(self) -> Announcement | None:
        conn = await self._listener()
        try:
            cur = await conn.execute(
                """SELECT id, version_after, "by" FROM reloads WHERE ok AND version_after IS NOT NULL
                   ORDER BY id DESC LIMIT 1"""
            )
            row = await cur.fetchone()
        except psycopg.OperationalError:
            await self._drop_listener()
            raise
        return Announcement(id=row[0], version=row[1], by=row[2]) if row else None

    async def wait(self, seconds: float) -> None:
        """Until a notification arrives (one received during a query is kept by the driver and returned
        at once here) or ``seconds`` pass; a lost connection is reopened by the next :meth:`latest`."""
        try:
            conn = await self._listener()
            async for _ in conn.notifies(timeout=seconds, stop_after=1):
                pass
        except psycopg.Error:
            await self._drop_listener()
            raise

    async def _drop_listener(self) -> None:
        conn, self._listening = self._listening, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                await conn.close()

    async def close(self) -> None:
        await self.unlock()
        await self._drop_listener()
