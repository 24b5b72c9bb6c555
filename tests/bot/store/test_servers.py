"""Per-server settings (threads, answers in DMs, the channel allow-list), for every store: they survive
a restart of the store, replace one another whole, fail loudly when not written and keep what was
written before a fault."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.store import (
    MAX_ALLOWED_CHANNELS,
    ServerSettings,
    SQLiteStore,
    StoreReadError,
    StoreWriteError,
    UnavailableStore,
)
from tests.bot.store.conftest import StoreKit

AT = datetime(2025, 5, 12, 9, 30, tzinfo=UTC)


def server(guild: int = 11, **changes: object) -> ServerSettings:
    values: dict[str, object] = {"guild_id": guild, "updated_by": 99, "updated_at": AT, **changes}
    return ServerSettings.model_validate(values)


async def test_server_settings_round_trip_and_replace_whole(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    assert await store.server_settings(11) is None, "a server that never chose has no row"
    first = server(threads=True, dms=False, channel_ids=(5, 3, 5))
    assert first.channel_ids == (5, 3), "each channel once, in the order given"
    await store.save_server_settings(first)
    assert await store.server_settings(11) == first
    second = server(threads=None, dms=True, channel_ids=())
    await store.save_server_settings(second)
    assert await store.server_settings(11) == second, "None stays None: the bot's default"
    assert await store.server_settings(12) is None


async def test_servers_without_dms_lists_only_those_that_turned_them_off(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    await store.save_server_settings(server(30, dms=False))
    await store.save_server_settings(server(10, dms=False))
    await store.save_server_settings(server(20, dms=True))
    await store.save_server_settings(server(40))
    assert await store.servers_without_dms() == [10, 30]
    assert await store.servers_without_dms(limit=1) == [10]


async def test_server_settings_are_there_after_the_store_is_reopened(tmp_path: Path) -> None:
    """The SQLite file; PostgreSQL's reopening is pinned in tests/pg/test_postgres_store.py."""
    saved = server(threads=True, channel_ids=(7,))
    store = await SQLiteStore.open(tmp_path / "s.db")
    await store.save_server_settings(saved)
    await store.close()
    again = await SQLiteStore.open(tmp_path / "s.db")
    try:
        assert await again.server_settings(11) == saved
    finally:
        await again.close()


async def test_a_setting_not_written_raises_and_the_old_one_stays(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    await store.save_server_settings(server(threads=False))
    async with store_kit.writes_fail(store):
        with pytest.raises(StoreWriteError):
            await store.save_server_settings(server(threads=True))
    assert (await store.server_settings(11)) == server(threads=False)
    async with store_kit.reads_fail(store):
        with pytest.raises(StoreReadError):
            await store.server_settings(11)
        with pytest.raises(StoreReadError):
            await store.servers_without_dms()


async def test_without_a_store_settings_read_empty_and_saving_says_not_recorded() -> None:
    store = UnavailableStore("switched off for the test")
    assert await store.server_settings(11) is None and await store.servers_without_dms() == []
    with pytest.raises(StoreWriteError, match="was not recorded"):
        await store.save_server_settings(server())


def test_server_settings_refuse_what_discord_could_not_have_sent() -> None:
    with pytest.raises(ValidationError):
        server(guild=0)
    with pytest.raises(ValidationError):
        server(channel_ids=(-1,))
    with pytest.raises(ValidationError):
        server(channel_ids=tuple(range(1, MAX_ALLOWED_CHANNELS + 2)))
