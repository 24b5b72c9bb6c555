"""Which store the bot runs with: the SQLite file of the ``db`` setting (the default), or the
PostgreSQL server when ``db`` is a ``postgresql://`` URL."""

from __future__ import annotations

import logging
from typing import cast

from bot.settings import Settings
from bot.store.base import Store
from bot.store.sqlite import SQLiteStore

log = logging.getLogger(__name__)


async def open_store(settings: Settings) -> Store:
    """The store the settings name. Never raises for a bad file or a server that is down: the store
    reports in ``problems`` (logged here) and runs without what it cannot use."""
    store: Store
    if settings.database_url is not None:
        from bot.store.postgres import PostgresStore  # the driver only when asked for

        store = await PostgresStore.open(
            settings.database_url.get_secret_value(),
            max_entries=settings.cache_max_entries,
            ttl_seconds=settings.cache_ttl_seconds,
        )
    else:
        # the SQLite store gains the second wave's methods (question history) on the branch reshaping
        # bot/; until the two meet, it serves everything the service calls on this one
        store = cast(
            Store,
            await SQLiteStore.open(
                settings.db, max_entries=settings.cache_max_entries, ttl_seconds=settings.cache_ttl_seconds
            ),
        )
    for problem in store.problems:
        log.warning("store: %s", problem)
    return store
