"""One shared suite for every store: the ``store_kit`` fixture is parametrised by implementation (SQLite,
and PostgreSQL on the throwaway server the tests start), and each kit says how to open a store
and how to make its writes or its reads fail for real, so the never-raise rules are pinned against
genuine faults, not mocks."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.store import SQLiteStore, Store

MakeStore = Callable[..., Awaitable[Store]]
Fault = Callable[[Store], AbstractAsyncContextManager[None]]

#: tables a store keeps; renamed away to make every read fail
TABLES = ("cache", "reloads", "votes", "questions", "servers")


class Clock:
    """A settable clock (epoch seconds), so TTLs and days are tested without sleeping."""

    def __init__(self, now: float = datetime(2025, 4, 21, 12, tzinfo=UTC).timestamp()) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class StoreKit:
    """How to open one implementation, and how to make it fail."""

    name: str
    make: MakeStore
    writes_fail: Fault  # another client holds the write lock: every write fails, reads work
    reads_fail: Fault  # the tables are gone: every statement fails
    opened: list[Store] = field(default_factory=list)


def _sqlite_kit(tmp_path: Path) -> StoreKit:
    paths: dict[int, Path] = {}

    async def make(**options: Any) -> Store:
        path = tmp_path / f"store{len(paths)}.db"
        store = await SQLiteStore.open(path, busy_timeout_ms=50, **options)
        paths[id(store)] = path
        kit.opened.append(store)
        return store

    @contextlib.asynccontextmanager
    async def writes_fail(store: Store) -> AsyncIterator[None]:
        con = sqlite3.connect(paths[id(store)], isolation_level=None)
        con.execute("BEGIN EXCLUSIVE")  # WAL: readers go on reading, writers wait, then give up
        try:
            yield
        finally:
            con.execute("ROLLBACK")
            con.close()

    @contextlib.asynccontextmanager
    async def reads_fail(store: Store) -> AsyncIterator[None]:
        con = sqlite3.connect(paths[id(store)], isolation_level=None)
        try:
            for t in TABLES:
                con.execute(f"ALTER TABLE {t} RENAME TO {t}_away")
            yield
        finally:
            for t in TABLES:
                con.execute(f"ALTER TABLE {t}_away RENAME TO {t}")
            con.close()

    kit = StoreKit("sqlite", make, writes_fail, reads_fail)
    return kit


@pytest.fixture(params=["sqlite", "postgres"])
async def store_kit(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[StoreKit]:
    if request.param == "sqlite":
        kit = _sqlite_kit(tmp_path)
        try:
            yield kit
        finally:
            for store in kit.opened:
                await store.close()
        return
    from tests.support.store_kits import postgres_kit

    server = postgres_kit(request.getfixturevalue("postgres_cluster"))
    try:
        yield StoreKit("postgres", server.make, server.writes_fail, server.reads_fail, server.opened)
    finally:
        await server.close()  # closes its stores and drops their databases


@pytest.fixture
def make_store(store_kit: StoreKit) -> MakeStore:
    """``await make_store(max_questions=..., clock=..., max_entries=..., ttl_seconds=...)``: a new,
    empty, open store of the kit's implementation (closed at the end of the test)."""
    return store_kit.make
