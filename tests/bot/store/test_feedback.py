"""Votes, their reasons and the feedback list, and the reload history, for every store."""

from __future__ import annotations

import pytest

from bot.store import VOTE_REASONS, VoteTally
from tests.bot.store.conftest import Clock, MakeStore
from tests.bot.store.factories import question, reload_record


async def test_one_vote_per_user_per_answer_changeable_and_withdrawable(make_store: MakeStore) -> None:
    store = await make_store()
    await store.vote("a1", 1, 1)
    await store.vote("a1", 1, 1)
    await store.vote("a1", 2, 1)
    await store.vote("a1", 3, -1)
    assert await store.votes("a1") == VoteTally(up=2, down=1)
    await store.vote("a1", 2, -1)
    await store.vote("a1", 3, 0)
    assert await store.votes("a1") == (1, 1)
    assert await store.votes("nobody voted") == (0, 0)
    for bad in (2, -5):
        with pytest.raises(ValueError, match="vote"):
            await store.vote("a1", 4, bad)
    with pytest.raises(ValueError, match="reason"):
        await store.vote("a1", 4, -1, "rude")  # type: ignore[arg-type]
    assert await store.votes("a1") == (1, 1), "a refused vote writes nothing"


async def test_a_reason_is_added_by_a_second_call_and_goes_when_the_vote_turns(make_store: MakeStore) -> None:
    clock = Clock()
    store = await make_store(clock=clock)
    await store.vote("a1", 1, -1)  # the 👎 button
    clock.now += 1
    await store.vote("a1", 1, -1, "wrong_quote")  # the reason select
    clock.now += 1
    await store.vote("a1", 1, -1)  # 👎 pressed again: the reason stays
    [row] = await store.feedback()
    assert (row.vote, row.reason) == (-1, "wrong_quote")
    clock.now += 1
    await store.vote("a1", 1, 1)  # turned into 👍: a 👍 has no "wrong quote"
    [row] = await store.feedback(down_only=False)
    assert (row.vote, row.reason) == (1, None)
    assert VOTE_REASONS == ("wrong_quote", "not_answered", "outdated", "other")


async def test_feedback_lists_votes_newest_first_with_their_questions(make_store: MakeStore) -> None:
    clock = Clock()
    store = await make_store(clock=clock)
    await store.record_question(question(1))
    await store.record_question(question(2, question="Asked once more", answer_id="a1", answer="Again"))
    for answer_id, user, vote, reason in [
        ("a1", 10, -1, "outdated"),
        ("a2", 11, 1, None),
        ("unrecorded", 12, -1, None),
        ("a1", 13, -1, "other"),
    ]:
        clock.now += 60
        await store.vote(answer_id, user, vote, reason)  # type: ignore[arg-type]
    down = await store.feedback()
    assert [(f.user_id, f.reason) for f in down] == [(13, "other"), (12, None), (10, "outdated")]
    assert (down[0].question, down[0].answer) == ("Asked once more", "Again"), "the latest asking"
    assert (down[1].question, down[1].answer) == (None, None), "a question that was not recorded"
    assert down[0].at.timestamp() == clock.now and down[0].at.tzinfo is not None
    every = await store.feedback(down_only=False, limit=2)
    assert [(f.user_id, f.vote) for f in every] == [(13, -1), (12, -1)]
    assert [f.user_id for f in await store.feedback(down_only=False)] == [13, 12, 11, 10]


async def test_reload_history_round_trips_newest_first(make_store: MakeStore) -> None:
    store = await make_store()
    for n in (1, 2, 3):
        await store.record_reload(reload_record(n, ok=n != 2))
    history = await store.reload_history()
    assert history == [reload_record(3), reload_record(2, ok=False), reload_record(1)]
    assert await store.reload_history(limit=1) == history[:1]
