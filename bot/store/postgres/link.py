"""The way to the server: a pool of connections, and whether the server is reachable right now.

Why it is shaped like this:

* **A pool (psycopg_pool), not one connection.** Several tasks of one process query at once (answers
  being cached while others are looked up), and PostgreSQL serves each connection in its own backend:
  a pool lets them run side by side. Connections are in autocommit mode, so — as in the SQLite store —
  every operation is one statement and no transaction spans an ``await`` outside :mod:`.schema`.
* **Connections are not checked each time they are handed out** (that would be a second round trip on
  every cache read). After a server restart the pool's idle connections are dead: the first call to
  use one fails, opens the breaker, and has the pool check (and replace) all its idle connections in
  the background, so the calls after the pause find live ones.
* **A circuit breaker.** While the server is down, waiting for a connection would add the pool's
  timeout to every answer. After a connection-level failure the link refuses at once for a while
  (1 s, doubling to 15 s), then lets calls try again; the pool keeps reconnecting in the background,
  and the first success closes the breaker. Errors of a statement (a lock timeout, a constraint) say
  nothing about the server and never open it.
* **Nothing blocks the event loop**: psycopg's async connections wait for the server with asyncio,
  host names included.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

import psycopg
from psycopg.rows import TupleRow
from psycopg_pool import AsyncConnectionPool, PoolClosed, PoolTimeout

from bot.dsn import redact, scrub

log = logging.getLogger(__name__)

Connection = psycopg.AsyncConnection[TupleRow]

#: how long the breaker stays open after the first failure, and at most
FIRST_BACKOFF, MAX_BACKOFF = 1.0, 15.0
#: how long the pool retries a connection in the background before leaving it to the next call
RECONNECT_GIVE_UP = 10.0


class Unreachable(Exception):
    """The server cannot be reached now (down, refusing, or the pool found no connection in time)."""


def lost_connection(exc: BaseException) -> bool:
    """Whether an error means the server or the connection is gone, rather than a statement failing."""
    if isinstance(exc, PoolTimeout | PoolClosed):
        return True
    if isinstance(exc, psycopg.OperationalError):
        state = exc.sqlstate
        return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}
    return isinstance(exc, psycopg.InterfaceError)


class Link:
    """The pool and the breaker. ``timeout`` bounds the wait for a connection; ``lock_timeout_ms`` and
    ``statement_timeout_ms`` bound what a statement may wait for inside the server."""

    def __init__(
        self,
        url: str,
        *,
        min_size: int = 1,
        max_size: int = 10,
        timeout: float = 2.0,
        lock_timeout_ms: int = 2000,
        statement_timeout_ms: int = 10_000,
        max_backoff: float = MAX_BACKOFF,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.label = redact(url)
        self.timeout = timeout
        self._settings = (
            f"SET statement_timeout = {int(statement_timeout_ms)}; "
            f"SET lock_timeout = {int(lock_timeout_ms)}; SET TIME ZONE 'UTC'"
        )
        self._monotonic = monotonic
        self._max_backoff = max_backoff
        self._down_until = 0.0
        self._backoff = 0.0
        self.down_reason: str | None = None
        self._checking: asyncio.Task[None] | None = None
        self.pool: AsyncConnectionPool[Connection] = AsyncConnectionPool(
            url,
            kwargs={
                "autocommit": True,
                "connect_timeout": max(2, int(timeout) + 1),
                "application_name": "newsbot",
            },
            min_size=min_size,
            max_size=max(min_size, max_size),
            open=False,
            configure=self._configure,
            timeout=timeout,
            # the pool's own retries back off up to minutes; give them up sooner and let the next call
            # (at most one breaker interval away) start a fresh attempt, so a server that is back is used
            reconnect_timeout=RECONNECT_GIVE_UP,
            name="newsbot",
        )

    async def _configure(self, conn: Connection) -> None:
        await conn.execute(self._settings)

    async def open(self) -> None:
        """Start the pool; it connects in the background (a server that is down now is not an error)."""
        await self.pool.open(wait=False)

    async def close(self) -> None:
        if self._checking is not None:
            self._checking.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._checking
        with contextlib.suppress(Exception):
            await self.pool.close(timeout=5)

    @property
    def reachable(self) -> bool:
        """False while the breaker is open (the last attempt found the server gone)."""
        return self.down_reason is None

    def clean(self, text: object) -> str:
        """A message from the driver with the URL's password scrubbed out."""
        return scrub(str(text), self.url)

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[Connection]:
        """A connection from the pool, or :class:`Unreachable` at once while the breaker is open."""
        if self.down_reason is not None and self._monotonic() < self._down_until:
            raise Unreachable(self.down_reason)
        try:
            async with self.pool.connection(timeout=self.timeout) as conn:
                yield conn
        except Exception as exc:
            if not lost_connection(exc):
                self._mend()  # the server answered: the statement failed, not the link
                raise
            self._trip(exc)
            raise Unreachable(self.down_reason) from exc
        self._mend()

    def _trip(self, exc: BaseException) -> None:
        if self._checking is None or self._checking.done():  # replace the dead connections meanwhile
            self._checking = asyncio.create_task(self._check_pool())
        first_backoff = min(FIRST_BACKOFF, self._max_backoff)
        self._backoff = min(self._max_backoff, self._backoff * 2) if self._backoff else first_backoff
        self._down_until = self._monotonic() + self._backoff
        first = self.down_reason is None
        self.down_reason = f"the database server {self.label} is unreachable ({self.clean(exc).strip()})"
        if first:
            log.warning("%s; answering without it, retrying in the background", self.down_reason)

    async def _check_pool(self) -> None:
        with contextlib.suppress(Exception):
            await self.pool.check()

    def _mend(self) -> None:
        if self.down_reason is not None:
            log.warning("the database server %s is reachable again", self.label)
        self.down_reason = None
        self._backoff = 0.0
