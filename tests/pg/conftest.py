"""The store suite run against both stores: ``store_kit`` is parametrised by implementation, and
``make_store`` opens a new, empty store of it (closed, and its database dropped, after the test)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.store_kits import MakeStore, StoreKit, postgres_kit, sqlite_kit


@pytest.fixture(params=["sqlite", "postgres"])
async def store_kit(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[StoreKit]:
    if request.param == "postgres":
        kit = postgres_kit(request.getfixturevalue("postgres_cluster"))
    else:
        kit = sqlite_kit(tmp_path)
    try:
        yield kit
    finally:
        await kit.close()


@pytest.fixture
async def pg_kit(postgres_cluster) -> AsyncIterator[StoreKit]:  # type: ignore[no-untyped-def]
    """The PostgreSQL kit alone, for the second wave's methods (the SQLite store gains them on the branch
    reshaping bot/; the shared suite there runs them against both once this kit is in its KITS)."""
    kit = postgres_kit(postgres_cluster)
    try:
        yield kit
    finally:
        await kit.close()


@pytest.fixture
def make_store(store_kit: StoreKit) -> MakeStore:
    return store_kit.make
