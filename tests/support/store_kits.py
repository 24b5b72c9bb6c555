"""Store kits: how to open each store implementation in a test, and how to make it fail for real.

The PostgreSQL kit has the shape of the shared store suite's ``StoreKit`` (``make``, ``writes_fail``,
``reads_fail``, ``opened``), so it folds into ``tests/bot/store/conftest.py``'s ``KITS`` as it is:
each ``make`` opens a store on a new, empty database of the session's throwaway server; writes fail
because another client holds an EXCLUSIVE lock on every table (reads go on; the store gives up after
its ``lock_timeout``); reads fail because the tables are renamed away.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any

import psycopg

from bot.store import Store
from bot.store.postgres import PostgresStore
from tests.support.postgres import TempCluster

MakeStore = Callable[..., Awaitable[Store]]
Fault = Callable[[Store], AbstractAsyncContextManager[None]]

#: the tables a store keeps; renamed away to make every read fail
TABLES = ("cache", "reloads", "votes", "questions", "servers")


@dataclass
class StoreKit:
    """How to open one implementation, and how to make it fail."""

    name: str
    make: MakeStore
    writes_fail: Fault
    reads_fail: Fault
    opened: list[Store] = field(default_factory=list)
    cleanup: list[Callable[[], None]] = field(default_factory=list)

    async def close(self) -> None:
        for store in self.opened:
            await store.close()
        for undo in self.cleanup:
            undo()


def postgres_kit(cluster: TempCluster) -> StoreKit:
    urls: dict[int, str] = {}

    async def make(**options: Any) -> Store:
        url = cluster.create_database("store")
        kit.cleanup.append(lambda: cluster.drop_database(url))
        store = await PostgresStore.open(url, lock_timeout_ms=50, **options)
        urls[id(store)] = url
        kit.opened.append(store)
        return store

    @contextlib.asynccontextmanager
    async def writes_fail(store: Store) -> AsyncIterator[None]:
        async with await psycopg.AsyncConnection.connect(urls[id(store)]) as con:
            await con.execute(f"LOCK TABLE {', '.join(TABLES)} IN EXCLUSIVE MODE")  # readers go on
            try:
                yield
            finally:
                await con.rollback()

    @contextlib.asynccontextmanager
    async def reads_fail(store: Store) -> AsyncIterator[None]:
        async with await psycopg.AsyncConnection.connect(urls[id(store)], autocommit=True) as con:
            for t in TABLES:
                await con.execute(f"ALTER TABLE {t} RENAME TO {t}_away")
            try:
                yield
            finally:
                for t in TABLES:
                    await con.execute(f"ALTER TABLE {t}_away RENAME TO {t}")

    kit = StoreKit("postgres", make, writes_fail, reads_fail)
    return kit
