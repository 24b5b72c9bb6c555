"""The rules under real faults, for every store: the cache and the question history never raise, a
vote or reload record that was not written raises StoreWriteError, moderators' reads raise
StoreReadError, and rows written before a fault are still there after it."""

from __future__ import annotations

import pytest

from bot.store import QuestionQuery, StoreReadError, StoreWriteError
from tests.bot.store.conftest import StoreKit
from tests.bot.store.factories import question, reload_record


async def test_when_writes_fail_only_the_writes_users_are_told_about_raise(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    await store.cache_put("v", "before", "b")
    await store.record_question(question(1))
    await store.vote("a1", 1, 1)
    async with store_kit.writes_fail(store):
        await store.cache_put("v", "during", "d")
        assert await store.cache_get("v", "before") == "b", "reads still work"
        assert await store.cache_get("v", "during") is None
        await store.record_question(question(2))
        with pytest.raises(StoreWriteError):
            await store.vote("a1", 2, -1)
        with pytest.raises(StoreWriteError):
            await store.record_reload(reload_record(1))
        assert [q.answer_id for q in (await store.questions(QuestionQuery())).items] == ["a1"]
    assert any("cache write failed" in p for p in store.problems)
    assert any("question history write failed" in p for p in store.problems)
    await store.record_question(question(3))
    await store.vote("a1", 2, -1)
    await store.record_reload(reload_record(1))
    assert [q.answer_id for q in (await store.questions(QuestionQuery())).items] == ["a3", "a1"]
    assert await store.votes("a1") == (1, 1)
    assert len(await store.reload_history()) == 1


async def test_when_reads_fail_moderators_reads_raise_and_the_cache_misses(store_kit: StoreKit) -> None:
    store = await store_kit.make()
    await store.cache_put("v", "r", "p")
    await store.record_question(question(1, abstained=True))
    async with store_kit.reads_fail(store):
        assert await store.cache_get("v", "r") is None
        await store.cache_put("v", "r2", "p2")
        await store.record_question(question(2))
        assert (await store.stats()).available
        for read in (
            store.reload_history(),
            store.questions(QuestionQuery()),
            store.gaps(),
            store.question_counts(),
            store.feedback(),
            store.votes("a1"),
        ):
            with pytest.raises(StoreReadError):
                await read
    assert any("cache read failed" in p for p in store.problems)
    assert any("question history write failed" in p for p in store.problems)
    assert await store.cache_get("v", "r") == "p"
    assert [g.gap_key for g in await store.gaps()] == [question(1).gap_key]
