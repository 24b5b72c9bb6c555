"""The unavailable store, explicit (``--no-cache``) or a file that could not be opened: the cache
misses, reads are empty, history is quietly not kept, and the writes a user is told about raise, so
nobody is ever told "recorded" when nothing was."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.store import (
    SCHEMA_VERSION,
    CacheStats,
    QuestionQuery,
    SQLiteStore,
    Store,
    StoreWriteError,
    UnavailableStore,
    open_store,
)
from bot.store.choice import STORE_OFF
from bot.store.sqlite import APPLICATION_ID
from tests.bot.store.factories import question, reload_record


def newer_schema_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    return path


@pytest.fixture(params=["explicit", "sqlite-newer-file"])
async def unavailable(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    if request.param == "explicit":
        store: Store = UnavailableStore("switched off for the test")
    else:
        store = await SQLiteStore.open(newer_schema_file(tmp_path / "newer.db"))
    yield store
    await store.close()


async def test_reads_are_empty_and_the_cache_misses(unavailable: Store) -> None:
    store = unavailable
    assert not store.available and store.problems
    await store.cache_put("v", "r", "p")
    assert await store.cache_get("v", "r") is None
    assert await store.prune("v") == 0
    assert await store.stats() == CacheStats(hits=0, misses=1, entries=0, evictions=0, available=False)
    await store.record_question(question(1))  # never raises
    page = await store.questions(QuestionQuery())
    assert (page.items, page.next_before_id) == ([], None)
    assert await store.gaps() == [] and await store.question_counts() == []
    assert await store.feedback() == [] and await store.reload_history() == []
    assert await store.votes("a1") == (0, 0)


async def test_votes_and_reload_records_say_nothing_was_recorded(unavailable: Store) -> None:
    with pytest.raises(StoreWriteError, match=r"the store is unavailable, so the vote was not recorded: "):
        await unavailable.vote("a1", 1, -1, "outdated")
    with pytest.raises(StoreWriteError, match=r"the store is unavailable, so the reload was not recorded: "):
        await unavailable.record_reload(reload_record(1))
    with pytest.raises(ValueError):
        await unavailable.vote("a1", 1, 5)  # a bad vote is a bad vote, stored or not


async def test_no_cache_gives_the_unavailable_store_with_its_reason(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, db=tmp_path / "x.db")
    store = await open_store(settings, enabled=False)
    assert isinstance(store, UnavailableStore) and store.problems == [STORE_OFF]
    assert not (tmp_path / "x.db").exists(), "nothing is created"


async def test_a_file_that_cannot_be_used_gives_the_unavailable_store(tmp_path: Path) -> None:
    db = newer_schema_file(tmp_path / "newer.db")
    store = await open_store(Settings(_env_file=None, db=db))
    assert isinstance(store, UnavailableStore)
    assert "newer newsbot" in store.problems[-1]
    with pytest.raises(StoreWriteError, match="newer newsbot"):
        await store.vote("a", 1, 1)


async def test_a_usable_file_gives_the_sqlite_store(tmp_path: Path) -> None:
    store = await open_store(Settings(_env_file=None, db=tmp_path / "ok.db", max_questions=7))
    try:
        assert isinstance(store, SQLiteStore) and store.available and store.max_questions == 7
    finally:
        await store.close()


async def test_with_the_store_off_a_reload_is_said_not_recorded_once_plainly() -> None:
    store = UnavailableStore(STORE_OFF)
    with pytest.raises(StoreWriteError) as err:
        await store.record_reload(reload_record(1))
    assert str(err.value) == "the store is off (--no-cache), so nothing was recorded"


async def test_a_reload_not_recorded_is_one_plain_sentence_with_its_cause_last() -> None:
    """It read "the store is unavailable (cannot open x.db: …; running without a cache or history), so
    nothing was recorded: the reload" under "Not recorded in the reload history:"."""
    store = UnavailableStore(
        "cannot open /ro/x.db: the file is read-only; running without a cache or history"
    )
    with pytest.raises(StoreWriteError) as err:
        await store.record_reload(reload_record(1))
    cause = "cannot open /ro/x.db: the file is read-only"
    assert str(err.value) == f"the store is unavailable, so the reload was not recorded: {cause}"
