"""The PostgreSQL store against a real server that goes away: answers are still served (cache misses),
votes and reload records say they were not recorded, it reconnects when the server is back; a database
it must not use is left untouched; the schema migrates forward once; the password is never shown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import psycopg
import pytest

from bot.store import ServerSettings, StoreReadError, StoreWriteError
from bot.store.postgres import MIGRATIONS, SCHEMA_VERSION, PostgresStore
from bot.store.postgres.schema import ensure_schema
from tests.bot.store.factories import question, reload_record
from tests.support.postgres import TempCluster


async def eventually(attempt: Callable[[], Awaitable[object]], within: float = 60.0) -> None:
    """Retry until ``attempt`` stops raising (the store reconnects in the background)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        try:
            await attempt()
            return
        except Exception:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.2)


def rows(url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as con:
        return con.execute(sql).fetchall()  # type: ignore[arg-type]


def shown(store: PostgresStore, caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join([*store.problems, caplog.text])


async def test_a_server_down_at_start_is_used_once_it_is_up(
    private_postgres: TempCluster, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    url = private_postgres.create_database()
    private_postgres.stop_server()
    store = await PostgresStore.open(url, max_backoff=0.5)
    try:
        assert not store.available
        assert await store.cache_get("v", "r") is None
        await store.cache_put("v", "r", "p")  # never raises
        await store.record_question(question(1))  # never raises
        with pytest.raises(StoreWriteError, match="could not record the vote"):
            await store.vote("a", 1, 1)
        with pytest.raises(StoreReadError):
            await store.reload_history()
        assert any("unreachable" in p and "127.0.0.1" in p for p in store.problems)

        private_postgres.start_server()
        await eventually(lambda: store.vote("a", 1, 1))
        assert store.available and await store.votes("a") == (1, 0)
        assert rows(url, "SELECT max(version) FROM newsbot_schema") == [(SCHEMA_VERSION,)]
        assert not any("unreachable" in p for p in store.problems), (
            "an outage that ended is not a problem now"
        )
        assert private_postgres.password not in shown(store, caplog)
    finally:
        await store.close()


async def test_a_server_that_goes_away_costs_misses_and_honest_refusals_then_it_reconnects(
    private_postgres: TempCluster, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    url = private_postgres.create_database()
    store = await PostgresStore.open(url, max_backoff=0.5)
    try:
        await store.cache_put("v", "r", "p")
        await store.record_reload(reload_record(1))
        private_postgres.stop_server()
        assert await store.cache_get("v", "r") is None, "a miss, not an error"
        assert not store.available
        for write in (store.vote("a", 1, -1), store.record_reload(reload_record(2))):
            with pytest.raises(StoreWriteError) as caught:
                await write
            assert "postgresql://newsbot:***@127.0.0.1" in str(caught.value)
        await store.record_question(question(1))

        private_postgres.start_server()

        async def hit() -> None:
            assert await store.cache_get("v", "r") == "p"

        await eventually(hit)
        await store.vote("a", 1, -1)
        assert [r.version_after for r in await store.reload_history()] == ["v1"], "nothing half-written"
        assert private_postgres.password not in shown(store, caplog)
    finally:
        await store.close()


async def test_a_newer_schema_is_left_untouched_and_the_store_runs_without_it(postgres_dsn: str) -> None:
    with psycopg.connect(postgres_dsn, autocommit=True) as con:
        con.execute(
            "CREATE TABLE newsbot_schema (version integer PRIMARY KEY, applied_at timestamptz, note text)"
        )
        con.execute("INSERT INTO newsbot_schema VALUES (99, now(), 'from the future')")
    store = await PostgresStore.open(postgres_dsn)
    try:
        assert not store.available and any("version 99" in p for p in store.problems)
        assert await store.cache_get("v", "r") is None
        await store.cache_put("v", "r", "p")
        assert await store.reload_history() == [], "unavailable: empty, not an error"
        with pytest.raises(StoreWriteError, match="was not recorded"):
            await store.vote("a", 1, 1)
    finally:
        await store.close()
    tables = rows(postgres_dsn, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == [("newsbot_schema",)]


async def test_another_applications_tables_are_never_touched(postgres_dsn: str) -> None:
    with psycopg.connect(postgres_dsn, autocommit=True) as con:
        con.execute("CREATE TABLE cache (theirs text)")
        con.execute("INSERT INTO cache VALUES ('keep me')")
    store = await PostgresStore.open(postgres_dsn)
    try:
        assert not store.available and any("did not create" in p for p in store.problems)
    finally:
        await store.close()
    assert rows(postgres_dsn, "SELECT theirs FROM cache") == [("keep me",)]
    assert rows(postgres_dsn, "SELECT count(*) FROM pg_tables WHERE tablename = 'newsbot_schema'") == [(0,)]


async def test_migrations_run_forward_once_keeping_rows(postgres_dsn: str) -> None:
    async with await psycopg.AsyncConnection.connect(postgres_dsn, autocommit=True) as con:
        await con.execute("CREATE TABLE newsbot_schema (version integer PRIMARY KEY, "
                          "applied_at timestamptz NOT NULL DEFAULT now(), note text NOT NULL)")  # fmt: skip
        for statement in MIGRATIONS[0].statements:
            await con.execute(statement)  # type: ignore[arg-type]
        await con.execute("INSERT INTO newsbot_schema (version, note) VALUES (1, 'first')")
        await con.execute(
            """INSERT INTO reloads ("by", at, documents, sentences, problems, ok, version_after)
               VALUES ('old', now(), 1, 1, '[]', true, 'v0')"""
        )
    stores = await asyncio.gather(*(PostgresStore.open(postgres_dsn) for _ in range(4)))
    try:
        assert all(s.available for s in stores)
        assert [r.by for r in await stores[0].reload_history()] == ["old"]
    finally:
        for s in stores:
            await s.close()
    assert rows(postgres_dsn, "SELECT version FROM newsbot_schema ORDER BY version") == [
        (v.version,) for v in MIGRATIONS
    ]
    async with await psycopg.AsyncConnection.connect(postgres_dsn, autocommit=True) as con:
        assert await ensure_schema(con) == SCHEMA_VERSION, "already current: nothing to do"


async def test_several_processes_share_one_cache_and_one_lru_order(postgres_dsn: str) -> None:
    one, two = (
        PostgresStore.open(postgres_dsn, max_entries=3),
        PostgresStore.open(postgres_dsn, max_entries=3),
    )
    a, b = await asyncio.gather(one, two)
    try:
        await a.cache_put("v", "x", "from a")
        assert await b.cache_get("v", "x") == "from a"
        await asyncio.gather(*(b.cache_put("v", f"k{i}", str(i)) for i in range(3)), a.cache_get("v", "x"))
        await a.cache_put("v", "last", "l")
        assert (await a.stats()).entries == 3
    finally:
        await a.close()
        await b.close()


async def test_server_settings_survive_a_restart_of_the_bot(postgres_cluster: TempCluster) -> None:
    url = postgres_cluster.create_database()
    saved = ServerSettings(guild_id=11, threads=True, dms=False, channel_ids=(7, 8), updated_by=3)
    store = await PostgresStore.open(url)
    try:
        await store.save_server_settings(saved)
    finally:
        await store.close()
    again = await PostgresStore.open(url)
    try:
        assert await again.server_settings(11) == saved
        assert await again.servers_without_dms() == [11]
    finally:
        await again.close()
