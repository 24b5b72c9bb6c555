"""The second wave's methods on PostgreSQL — question history, vote reasons, feedback — with the same
expectations as the shared store suite (which runs them against SQLite too once the PostgreSQL kit is
in its KITS)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.store import StoreReadError, StoreWriteError
from bot.store.base import QuestionQuery, QuestionRecord
from tests.support.records import T0, question
from tests.support.store_kits import Clock, StoreKit


async def test_a_recorded_question_reads_back_whole_in_utc(pg_kit: StoreKit) -> None:
    store = await pg_kit.make()
    rec = question(1, source="console", user_id=None, guild_id=None, channel_id=None, cached=True)
    await store.record_question(rec)
    zoned = datetime(2025, 4, 21, 14, 30, tzinfo=datetime.now().astimezone().tzinfo)
    await store.record_question(question(2, at=zoned))
    page = await store.questions(QuestionQuery())
    second, first = page.items
    assert QuestionRecord(**first.model_dump(exclude={"up", "down", "reasons"})) == rec.model_copy(
        update={"id": first.id}
    )
    assert second.at == zoned.astimezone(UTC) and second.at.tzinfo == UTC
    assert page.next_before_id is None


async def test_pages_newest_first_with_filters(pg_kit: StoreKit) -> None:
    store = await pg_kit.make()
    await store.record_question(question(1, question="What did Zelensky say about Crimea?"))
    await store.record_question(question(2, question="Where is the ZELENSKY interview?", abstained=True))
    await store.record_question(question(3, question="Who chairs the Élysée meeting?", abstained=True))
    await store.record_question(question(4, question="What is 100% sure_ly known?"))
    await store.vote("a1", 50, -1, "outdated")
    await store.vote("a1", 51, 1)

    async def asked(**query: object) -> list[int]:
        page = await store.questions(QuestionQuery(**query))  # type: ignore[arg-type]
        return [int(q.answer_id[1:]) for q in page.items]

    assert await asked() == [4, 3, 2, 1]
    assert await asked(declined=True) == [3, 2]
    assert await asked(voted_down=True) == [1]
    assert await asked(text="zelensky") == [2, 1]
    assert await asked(text="ÉLYSÉE") == [3], "case-insensitive beyond ASCII, whatever the server's locale"
    assert await asked(text="%") == [4] and await asked(text="e_") == [4], "wildcards are characters"
    page = await store.questions(QuestionQuery(limit=3))
    assert [q.answer_id for q in page.items] == ["a4", "a3", "a2"] and page.next_before_id is not None
    rest = await store.questions(QuestionQuery(limit=3, before_id=page.next_before_id))
    assert [q.answer_id for q in rest.items] == ["a1"] and rest.next_before_id is None
    assert (rest.items[0].up, rest.items[0].down, rest.items[0].reasons) == (1, 1, ["outdated"])


async def test_gaps_and_daily_counts(pg_kit: StoreKit) -> None:
    clock = Clock(datetime(2025, 4, 21, 18, tzinfo=UTC).timestamp())
    store = await pg_kit.make(clock=clock)
    crimea = ["Crimea", "bridge"]
    await store.record_question(question(1, abstained=True, looked_for=crimea, question="Crimea bridge?"))
    await store.record_question(question(2, abstained=True, looked_for=["pretzels"]))
    await store.record_question(question(3, abstained=True, looked_for=["bridge", "crimea"], question="Who?"))
    await store.record_question(question(4, looked_for=crimea))
    await store.record_question(question(5, at=T0 - timedelta(days=2)))
    gaps = await store.gaps()
    assert [(g.gap_key, g.count) for g in gaps] == [("bridge crimea", 2), ("pretzels", 1)]
    assert gaps[0].example == "Who?" and gaps[0].last_at == T0 + timedelta(minutes=3)
    since = await store.gaps(since=T0 + timedelta(minutes=2))
    assert [(g.gap_key, g.count) for g in since] == [("bridge crimea", 1), ("pretzels", 1)]
    counts = await store.question_counts(days=3)
    assert [(c.day, c.questions, c.declined) for c in counts] == [
        (date(2025, 4, 19), 1, 0),
        (date(2025, 4, 20), 0, 0),
        (date(2025, 4, 21), 4, 3),
    ]


async def test_history_keeps_the_newest_max_questions(pg_kit: StoreKit) -> None:
    store = await pg_kit.make(max_questions=50)
    for n in range(1, 121):
        await store.record_question(question(n))
    page = await store.questions(QuestionQuery(limit=200))
    kept = [int(q.answer_id[1:]) for q in page.items]
    assert kept[:50] == list(range(120, 70, -1)) and 50 <= len(kept) <= 51


async def test_a_reason_comes_with_the_vote_or_after_it_and_goes_when_the_vote_turns(
    pg_kit: StoreKit,
) -> None:
    clock = Clock()
    store = await pg_kit.make(clock=clock)
    await store.record_question(question(1))
    await store.vote("a1", 7, -1)
    clock.now += 1
    await store.vote("a1", 7, -1, "wrong_quote")
    clock.now += 1
    await store.vote("a2", 8, 1)
    [row] = await store.feedback()
    assert (row.answer_id, row.vote, row.reason, row.question) == (
        "a1",
        -1,
        "wrong_quote",
        "Question number 1?",
    )
    assert [r.answer_id for r in await store.feedback(down_only=False)] == ["a2", "a1"], "newest first"
    await store.vote("a1", 7, 1)
    assert (await store.feedback(down_only=False))[0].reason is None
    with pytest.raises(ValueError):
        await store.vote("a1", 7, -1, "rude")  # type: ignore[arg-type]


async def test_under_faults_history_never_raises_and_reads_do(pg_kit: StoreKit) -> None:
    store = await pg_kit.make()
    await store.record_question(question(1, abstained=True))
    async with pg_kit.writes_fail(store):
        await store.record_question(question(2))
        with pytest.raises(StoreWriteError):
            await store.vote("a1", 1, -1, "outdated")
    async with pg_kit.reads_fail(store):
        for read in (
            store.questions(QuestionQuery()),
            store.gaps(),
            store.question_counts(),
            store.feedback(),
        ):
            with pytest.raises(StoreReadError):
                await read
    assert any("question history write failed" in p for p in store.problems)
    assert [q.answer_id for q in (await store.questions(QuestionQuery())).items] == ["a1"]
