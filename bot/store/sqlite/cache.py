"""The SQL of the query cache, as plain functions of a connection; the store decides what a fault means.

LRU order is a counter (``used_seq``), not wall-clock time: clocks step backwards and two hits can
share a tick. Each function is one statement, so two processes sharing the file cannot interleave
inside one another's changes.
"""

from __future__ import annotations

from typing import Any

import aiosqlite

from bot.store.sqlite.records import write


async def touch(db: aiosqlite.Connection, key: str, now: float) -> tuple[Any, ...] | None:
    """Read an entry and mark it most recently used, in one statement: (payload, created_at)."""
    rows = list(
        await db.execute_fetchall(
            """UPDATE cache SET used_seq = (SELECT coalesce(max(used_seq), 0) + 1 FROM cache),
                   last_used = ?
               WHERE key = ? RETURNING payload, created_at""",
            (now, key),
        )
    )
    return tuple(rows[0]) if rows else None


async def peek(db: aiosqlite.Connection, key: str) -> tuple[Any, ...] | None:
    """Read an entry without touching its LRU position: (payload, created_at)."""
    rows = list(await db.execute_fetchall("SELECT payload, created_at FROM cache WHERE key = ?", (key,)))
    return tuple(rows[0]) if rows else None


async def expire(db: aiosqlite.Connection, key: str, created_at: float) -> int:
    """Remove an expired entry, unless it was refreshed meanwhile (another ``created_at``)."""
    return await write(db, "DELETE FROM cache WHERE key = ? AND created_at = ?", (key, created_at))


async def upsert(
    db: aiosqlite.Connection, key: str, version: str, request: str, payload: str, now: float
) -> None:
    """Store or refresh an entry as the most recently used."""
    await write(
        db,
        """INSERT INTO cache (key, version, request, payload, created_at, last_used, used_seq)
           VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(used_seq), 0) + 1 FROM cache))
           ON CONFLICT (key) DO UPDATE SET payload = excluded.payload,
               created_at = excluded.created_at, last_used = excluded.last_used,
               used_seq = excluded.used_seq""",
        (key, version, request, payload, now, now),
    )


async def evict(db: aiosqlite.Connection, max_entries: int) -> int:
    """Drop the least recently used entries beyond ``max_entries`` (one statement, so two processes
    evicting at once cannot both trim the same rows or overshoot the bound)."""
    return await write(
        db,
        """DELETE FROM cache WHERE key IN (
               SELECT key FROM cache ORDER BY used_seq
               LIMIT max(0, (SELECT count(*) FROM cache) - ?))""",
        (max_entries,),
    )


async def prune(db: aiosqlite.Connection, keep_version: str) -> int:
    return await write(db, "DELETE FROM cache WHERE version != ?", (keep_version,))


async def count(db: aiosqlite.Connection) -> int:
    rows = list(await db.execute_fetchall("SELECT count(*) FROM cache"))
    return int(rows[0][0])
