"""Which store the bot runs with: the SQLite file of the ``db`` setting (the default), the PostgreSQL
server when ``db`` is a ``postgresql://`` URL, or the explicit unavailable store."""

from __future__ import annotations

import logging

from bot.settings import Settings
from bot.store.base import Store
from bot.store.sqlite import SQLiteStore
from bot.store.unavailable import STORE_OFF, UnavailableStore

log = logging.getLogger(__name__)

#: the reason given when the store was switched off (``newsbot --no-cache``)


async def open_store(settings: Settings, *, enabled: bool = True) -> Store:
    """The SQLite file of ``settings.db``, or — when ``enabled`` is False or the file cannot be used —
    an :class:`UnavailableStore` whose ``problems`` say why (including what opening the file reported,
    such as a corrupt file set aside). Never raises for a bad file."""
    if not enabled:
        return UnavailableStore(STORE_OFF)
    if settings.database_url is not None:
        from bot.store.postgres import PostgresStore  # the driver only when asked for

        # kept even while the server is down: it answers with misses, refuses records, and reconnects
        server = await PostgresStore.open(
            settings.database_url.get_secret_value(),
            max_entries=settings.cache_max_entries,
            ttl_seconds=settings.cache_ttl_seconds,
            max_questions=settings.max_questions,
            pool_min=settings.pg_pool_min,
            pool_max=settings.pg_pool_max,
        )
        for problem in server.problems:
            log.warning("store: %s", problem)
        return server
    store = await SQLiteStore.open(
        settings.db,
        max_entries=settings.cache_max_entries,
        ttl_seconds=settings.cache_ttl_seconds,
        max_questions=settings.max_questions,
    )
    # (its problems were logged where they arose: ``opening``)
    if store.available:
        return store
    await store.close()
    return UnavailableStore(*store.problems)
