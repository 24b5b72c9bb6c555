"""The question history, for every store: recording, keyset paging, filters, coverage gaps, daily
counts, and the bound on how many questions are kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import ValidationError

from bot.store import QuestionQuery, QuestionRecord
from tests.bot.store.conftest import Clock, MakeStore
from tests.bot.store.factories import T0, question


async def test_a_recorded_question_reads_back_whole_with_an_id(make_store: MakeStore) -> None:
    store = await make_store()
    rec = question(1, source="console", user_id=None, guild_id=None, channel_id=None, cached=True)
    await store.record_question(rec)
    page = await store.questions(QuestionQuery())
    [got] = page.items
    assert got.id is not None and page.next_before_id is None
    assert QuestionRecord(**got.model_dump(exclude={"up", "down", "reasons"})) == rec.model_copy(
        update={"id": got.id}
    )
    assert got.at.tzinfo == UTC and (got.up, got.down, got.reasons) == (0, 0, [])


async def test_times_are_kept_in_utc_whatever_zone_they_came_in(make_store: MakeStore) -> None:
    store = await make_store()
    zoned = datetime(2025, 4, 21, 14, 30, tzinfo=datetime.now().astimezone().tzinfo)
    await store.record_question(question(1, at=zoned))
    await store.record_question(question(2, at=datetime(2025, 4, 21, 14, 30)))  # naive = UTC
    page = await store.questions(QuestionQuery())
    assert [q.at for q in page.items] == [datetime(2025, 4, 21, 14, 30, tzinfo=UTC), zoned.astimezone(UTC)]


async def test_pages_newest_first_until_there_is_no_older_page(make_store: MakeStore) -> None:
    store = await make_store()
    for n in range(1, 8):
        await store.record_question(question(n))
    seen: list[str] = []
    before: int | None = None
    pages = 0
    while True:
        page = await store.questions(QuestionQuery(limit=3, before_id=before))
        pages += 1
        seen += [q.question for q in page.items]
        if page.next_before_id is None:
            break
        before = page.next_before_id
    assert pages == 3
    assert seen == [f"Question number {n}?" for n in range(7, 0, -1)]
    exact = await store.questions(QuestionQuery(limit=7))
    assert len(exact.items) == 7 and exact.next_before_id is None, "no empty last page"


def test_a_page_is_between_1_and_200_rows() -> None:
    for bad in (0, 201):
        with pytest.raises(ValidationError):
            QuestionQuery(limit=bad)


async def test_filters_declined_voted_down_and_text(make_store: MakeStore) -> None:
    store = await make_store()
    await store.record_question(question(1, question="What did Zelensky say about Crimea?"))
    await store.record_question(question(2, question="Where is the ZELENSKY interview?", abstained=True))
    await store.record_question(question(3, question="Who chairs the Élysée meeting?", abstained=True))
    await store.record_question(question(4, question="What is 100% sure_ly known?"))
    await store.vote("a1", 50, -1, "outdated")
    await store.vote("a1", 51, 1)
    await store.vote("a3", 52, 1)

    async def asked(**query: object) -> list[int]:
        page = await store.questions(QuestionQuery(**query))  # type: ignore[arg-type]
        return [int(q.answer_id[1:]) for q in page.items]

    assert await asked() == [4, 3, 2, 1]
    assert await asked(declined=True) == [3, 2]
    assert await asked(voted_down=True) == [1]
    assert await asked(text="zelensky") == [2, 1], "case-insensitive"
    assert await asked(text="élysée") == [3] == await asked(text="ÉLYSÉE"), "beyond ASCII too"
    assert await asked(text="100%") == [4] and await asked(text="%") == [4], "% is a character"
    assert await asked(text="e_") == [4], "_ is a character, not any character"
    assert await asked(text="zelensky", declined=True) == [2]
    [first] = (await store.questions(QuestionQuery(voted_down=True))).items
    assert (first.up, first.down, first.reasons) == (1, 1, ["outdated"])


async def test_gaps_group_declined_questions_most_asked_first(make_store: MakeStore) -> None:
    store = await make_store()
    crimea = ["Crimea", "bridge"]
    await store.record_question(question(1, abstained=True, looked_for=crimea, question="Crimea bridge?"))
    await store.record_question(question(2, abstained=True, looked_for=["pretzels"]))
    await store.record_question(question(3, abstained=True, looked_for=["bridge", "crimea"], question="Who?"))
    await store.record_question(question(4, abstained=False, looked_for=crimea))  # answered: no gap
    await store.record_question(question(5, abstained=True, looked_for=["grain"]))
    gaps = await store.gaps()
    assert [(g.gap_key, g.count) for g in gaps] == [("bridge crimea", 2), ("grain", 1), ("pretzels", 1)]
    assert gaps[0].example == "Who?" and gaps[0].last_at == T0 + timedelta(minutes=3)
    assert [g.gap_key for g in await store.gaps(limit=1)] == ["bridge crimea"]
    since = await store.gaps(since=T0 + timedelta(minutes=2))  # equal counts: the latest first
    assert [(g.gap_key, g.count) for g in since] == [("grain", 1), ("bridge crimea", 1), ("pretzels", 1)]


async def test_question_counts_per_day_oldest_first_with_empty_days(make_store: MakeStore) -> None:
    clock = Clock(datetime(2025, 4, 21, 18, tzinfo=UTC).timestamp())
    store = await make_store(clock=clock)
    day = datetime(2025, 4, 21, 8, tzinfo=UTC)
    await store.record_question(question(1, at=day))
    await store.record_question(question(2, at=day + timedelta(hours=9), abstained=True))
    await store.record_question(question(3, at=day - timedelta(days=2)))
    await store.record_question(question(4, at=day - timedelta(days=3)))  # outside a 3-day window
    counts = await store.question_counts(days=3)
    assert [(c.day, c.questions, c.declined) for c in counts] == [
        (date(2025, 4, 19), 1, 0),
        (date(2025, 4, 20), 0, 0),
        (date(2025, 4, 21), 2, 1),
    ]
    assert len(await store.question_counts()) == 30
    assert len(await store.question_counts(days=0)) == 1, "at least today"


async def test_history_keeps_the_newest_max_questions(make_store: MakeStore) -> None:
    store = await make_store(max_questions=50)
    for n in range(1, 121):
        await store.record_question(question(n))
    kept: list[int] = []
    before = None
    while True:
        page = await store.questions(QuestionQuery(limit=200, before_id=before))
        kept += [int(q.answer_id[1:]) for q in page.items]
        if page.next_before_id is None:
            break
        before = page.next_before_id
    assert kept[:50] == list(range(120, 70, -1)), "the newest are all there"
    assert 50 <= len(kept) <= 51, "trimmed in batches of a hundredth of the bound"


async def test_max_questions_zero_keeps_no_history(make_store: MakeStore) -> None:
    store = await make_store(max_questions=0)
    await store.record_question(question(1))
    assert (await store.questions(QuestionQuery())).items == []
    assert store.problems == []
