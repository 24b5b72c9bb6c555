"""The query cache, for every store: keyed by corpus version, bounded, expiring, pruned, counted."""

from __future__ import annotations

from bot.store import CacheStats
from tests.bot.store.conftest import Clock, MakeStore


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
    clock.now += 61
    assert await store.cache_get("v", "r") is None


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
