"""The query cache's SQL for PostgreSQL: each function is one statement on a connection.

The LRU order is a sequence (``cache_lru``): ``nextval`` is atomic across processes and never repeats,
so concurrent hits from several processes each get their own place and eviction order is never
ambiguous (the SQLite store uses ``max(used_seq) + 1``, which is safe there only because SQLite
serialises writers)."""

from __future__ import annotations

from typing import Any

from bot.store.postgres.link import Connection


async def touch(conn: Connection, key: str, now: float) -> tuple[Any, ...] | None:
    """Read an entry and mark it most recently used, in one statement."""
    cur = await conn.execute(
        """UPDATE cache SET used_seq = nextval('cache_lru'), last_used = %s
           WHERE key = %s RETURNING payload, created_at""",
        (now, key),
    )
    return await cur.fetchone()


async def peek(conn: Connection, key: str) -> tuple[Any, ...] | None:
    """Read an entry without moving it (when the LRU update cannot take its row lock in time)."""
    cur = await conn.execute("SELECT payload, created_at FROM cache WHERE key = %s", (key,))
    return await cur.fetchone()


async def put(
    conn: Connection, key: str, version: str, request: str, payload: str, now: float, max_entries: int
) -> int:
    """Store (or refresh) an entry and drop the least recently used beyond ``max_entries``, in one
    statement (one round trip on the answer's path); returns how many were evicted.

    The eviction's count is of the rows before this statement, plus one when the entry is new
    (``xmax = 0`` tells an insert from an update); the entry itself is never a candidate."""
    cur = await conn.execute(
        """WITH put AS (
               INSERT INTO cache (key, version, request, payload, created_at, last_used, used_seq)
               VALUES (%(key)s, %(version)s, %(request)s, %(payload)s, %(now)s, %(now)s, nextval('cache_lru'))
               ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at,
                   last_used = excluded.last_used, used_seq = excluded.used_seq
               RETURNING (xmax = 0) AS inserted
           )
           DELETE FROM cache WHERE key IN (
               SELECT key FROM cache WHERE key <> %(key)s ORDER BY used_seq
               LIMIT greatest(0, (SELECT count(*) FROM cache)
                                 + (SELECT count(*) FROM put WHERE inserted) - %(bound)s))""",
        {"key": key, "version": version, "request": request, "payload": payload, "now": now,
         "bound": max_entries},
    )  # fmt: skip
    return max(cur.rowcount, 0)


async def expire(conn: Connection, key: str, created_at: float) -> int:
    """Delete an entry found expired (unless another process refreshed it meanwhile)."""
    cur = await conn.execute("DELETE FROM cache WHERE key = %s AND created_at = %s", (key, created_at))
    return max(cur.rowcount, 0)


async def evict(conn: Connection, max_entries: int) -> int:
    """Drop the least recently used entries beyond ``max_entries``. One statement: two processes
    evicting at once delete the same oldest rows (the second waits for the first's row locks and then
    skips the rows gone), so together they never trim below the bound."""
    cur = await conn.execute(
        """DELETE FROM cache WHERE key IN (
               SELECT key FROM cache ORDER BY used_seq
               LIMIT greatest(0, (SELECT count(*) FROM cache) - %s))""",
        (max_entries,),
    )
    return max(cur.rowcount, 0)


async def prune(conn: Connection, keep_version: str) -> int:
    cur = await conn.execute("DELETE FROM cache WHERE version <> %s", (keep_version,))
    return max(cur.rowcount, 0)


async def count(conn: Connection) -> int:
    cur = await conn.execute("SELECT count(*) FROM cache")
    row = await cur.fetchone()
    return int(row[0]) if row else 0
