"""What both stores do alike — SQLite and PostgreSQL, one suite: the cache keyed by corpus version,
bounded (LRU), expiring (TTL) and pruned; reload records; votes; and the rules under real faults
(the cache never raises, a vote or reload record not written raises, reads for moderators raise)."""

from __future__ import annotations

import pytest

from bot.store import CacheStats, StoreReadError, StoreWriteError
from tests.support.records import reload_record
from tests.support.store_kits import Clock, MakeStore, StoreKit


async def test_entries_hit_only_their_corpus_version_and_are_counted(make_store: MakeStore) -> None:
    store = await make_store()
    assert store.available and store.problems == []
    assert await store.cache_get("v1", "r") is None
    await store.cache_put("v1", "r", "p")
    assert await store.cache_get("v1", "r") == "p"
    assert await store.cache_get("v2", "r") is None
    await store.cache_put("v1", "r", "p2")
    assert await store.cache_get("v1", "r") == "p2"
    assert await store.stats() == CacheStats(hits=2, misses=2, entries=1, evictions=0, available=True)


async def test_the_least_recently_used_go_beyond_the_bound(make_store: MakeStore) -> None:
    store = await make_store(max_entries=2)
    await store.cache_put("v", "a", "a")
    await store.cache_put("v", "b", "b")
    assert await store.cache_get("v", "a") == "a"
    await store.cache_put("v", "c", "c")
    assert [await store.cache_get("v", k) for k in "abc"] == ["a", None, "c"]
    assert (await store.stats()).evictions == 1


async def test_refreshing_an_entry_at_the_bound_evicts_nothing(make_store: MakeStore) -> None:
    store = await make_store(max_entries=2)
    await store.cache_put("v", "a", "a")
    await store.cache_put("v", "b", "b")
    await store.cache_put("v", "a", "a2")
    assert [await store.cache_get("v", k) for k in "ab"] == ["a2", "b"]
    assert (await store.stats()).evictions == 0


async def test_entries_expire_after_their_ttl(make_store: MakeStore) -> None:
    clock = Clock()
    store = await make_store(ttl_seconds=60, clock=clock)
    await store.cache_put("v", "r", "p")
    clock.now += 59
    assert await store.cache_get("v", "r") == "p"
    clock.now += 2
    assert await store.cache_get("v", "r") is None
    assert (await store.stats()).entries == 0


async def test_prune_keeps_only_the_current_version(make_store: MakeStore) -> None:
    store = await make_store()
    await store.cache_put("old", "r", "o")
    await store.cache_put("new", "r", "n")
    assert await store.prune("new") == 1
    assert await store.cache_get("old", "r") is None and await store.cache_get("new", "r") == "n"


async def test_a_zero_bound_turns_the_cache_off_and_nothing_else(make_store: MakeStore) -> None:
    store = await make_store(max_entries=0)
    await store.cache_put("v", "r", "p")
    assert await store.cache_get("v", "r") is None
    await store.vote("a", 1, 1)
    assert await store.votes("a") == (1, 0)


async def test_reloads_read_back_newest_first_whole(make_store: MakeStore) -> None:
    store = await make_store()
    for n in (1, 2, 3):
        await store.record_reload(reload_record(n, ok=n != 2))
    history = await store.reload_history()
    assert history == [reload_record(3), reload_record(2, ok=False), reload_record(1)]
    assert await store.reload_history(limit=1) == [reload_record(3)]


async def test_a_vote_replaces_the_same_users_earlier_one_and_zero_withdraws_it(
    make_store: MakeStore,
) -> None:
    store = await make_store()
    await store.vote("a", 1, 1)
    await store.vote("a", 2, 1)
    await store.vote("a", 1, -1)
    assert await store.votes("a") == (1, 1)
    await store.vote("a", 2, 0)
    assert await store.votes("a") == (0, 1) and await store.votes("other") == (0, 0)
    with pytest.raises(ValueError):
        await store.vote("a", 1, 2)


async def test_when_writes_fail_only_the_writes_users_are_told_about_raise(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    await store.cache_put("v", "before", "b")
    await store.vote("a1", 1, 1)
    async with store_kit.writes_fail(store):
        await store.cache_put("v", "during", "d")
        assert await store.cache_get("v", "before") == "b", "reads still work"
        assert await store.cache_get("v", "during") is None
        with pytest.raises(StoreWriteError):
            await store.vote("a1", 2, -1)
        with pytest.raises(StoreWriteError):
            await store.record_reload(reload_record(1))
    assert any("cache write failed" in p for p in store.problems)
    await store.vote("a1", 2, -1)
    await store.record_reload(reload_record(1))
    assert await store.votes("a1") == (1, 1)
    assert len(await store.reload_history()) == 1


async def test_when_reads_fail_moderators_reads_raise_and_the_cache_misses(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    await store.cache_put("v", "r", "p")
    async with store_kit.reads_fail(store):
        assert await store.cache_get("v", "r") is None
        await store.cache_put("v", "r2", "p2")
        assert (await store.stats()).available
        for read in (store.reload_history(), store.votes("a1")):
            with pytest.raises(StoreReadError):
                await read
    assert any("cache read failed" in p for p in store.problems)
    assert await store.cache_get("v", "r") == "p"
