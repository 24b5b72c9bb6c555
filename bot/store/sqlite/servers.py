"""The SQL of per-server settings (``/server``), as plain functions of a connection: one row a server,
each statement autocommit, the channel allow-list kept as a JSON list."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from bot.store.base import ServerSettings
from bot.store.sqlite.records import bounded, stamp, write

#: the most servers ``servers_without_dms`` returns
MAX_SERVERS = 10_000


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


async def upsert(db: aiosqlite.Connection, s: ServerSettings) -> None:
    await write(
        db,
        """INSERT INTO servers (guild_id, threads, dms, channel_ids, updated_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET threads = excluded.threads, dms = excluded.dms,
               channel_ids = excluded.channel_ids, updated_by = excluded.updated_by,
               updated_at = excluded.updated_at""",
        (
            s.guild_id,
            _flag(s.threads),
            _flag(s.dms),
            json.dumps(list(s.channel_ids)),
            s.updated_by,
            stamp(s.updated_at) if s.updated_at else None,
        ),
    )


async def select(db: aiosqlite.Connection, guild_id: int) -> ServerSettings | None:
    rows = list(
        await db.execute_fetchall(
            """SELECT guild_id, threads, dms, channel_ids, updated_by, updated_at
               FROM servers WHERE guild_id = ?""",
            (guild_id,),
        )
    )
    if not rows:
        return None
    r = rows[0]
    return ServerSettings(
        guild_id=int(r[0]),
        threads=None if r[1] is None else bool(r[1]),
        dms=None if r[2] is None else bool(r[2]),
        channel_ids=tuple(int(c) for c in json.loads(r[3])),
        updated_by=None if r[4] is None else int(r[4]),
        updated_at=datetime.fromisoformat(str(r[5]).replace("Z", "+00:00")) if r[5] else None,
    )


async def without_dms(db: aiosqlite.Connection, limit: int) -> list[int]:
    rows = await db.execute_fetchall(
        "SELECT guild_id FROM servers WHERE dms = 0 ORDER BY guild_id LIMIT ?", (bounded(limit, MAX_SERVERS),)
    )
    return [int(r[0]) for r in rows]
