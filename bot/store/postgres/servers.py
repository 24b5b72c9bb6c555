"""The SQL of per-server settings (``/server``) for PostgreSQL: one row a server, the channel
allow-list as a ``bigint[]`` (the same shape as the SQLite store's, answering alike)."""

from __future__ import annotations

from bot.store.base import ServerSettings
from bot.store.postgres.link import Connection
from bot.store.postgres.records import bounded

#: the most servers ``servers_without_dms`` returns
MAX_SERVERS = 10_000


async def upsert(conn: Connection, s: ServerSettings) -> None:
    await conn.execute(
        """INSERT INTO servers (guild_id, threads, dms, channel_ids, updated_by, updated_at)
           VALUES (%s, %s, %s, %s, %s, %s)
           ON CONFLICT (guild_id) DO UPDATE SET threads = excluded.threads, dms = excluded.dms,
               channel_ids = excluded.channel_ids, updated_by = excluded.updated_by,
               updated_at = excluded.updated_at""",
        (s.guild_id, s.threads, s.dms, list(s.channel_ids), s.updated_by, s.updated_at),
    )


async def select(conn: Connection, guild_id: int) -> ServerSettings | None:
    cur = await conn.execute(
        "SELECT guild_id, threads, dms, channel_ids, updated_by, updated_at FROM servers WHERE guild_id = %s",
        (guild_id,),
    )
    r = await cur.fetchone()
    if r is None:
        return None
    return ServerSettings(
        guild_id=int(r[0]),
        threads=r[1],
        dms=r[2],
        channel_ids=tuple(int(c) for c in r[3]),
        updated_by=None if r[4] is None else int(r[4]),
        updated_at=r[5],
    )


async def without_dms(conn: Connection, limit: int) -> list[int]:
    cur = await conn.execute(
        "SELECT guild_id FROM servers WHERE dms = false ORDER BY guild_id LIMIT %s",
        (bounded(limit, MAX_SERVERS),),
    )
    return [int(r[0]) for r in await cur.fetchall()]
