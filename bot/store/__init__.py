"""The bot's store: the query cache, the reload history and answer feedback, behind one interface."""

from bot.store.base import (
    CacheStats,
    ReloadRecord,
    Store,
    StoreError,
    StoreReadError,
    StoreWriteError,
    VoteTally,
)
from bot.store.keys import cache_key, normalize_request
from bot.store.sqlite import MIGRATIONS, SCHEMA_VERSION, SQLiteStore

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "CacheStats",
    "ReloadRecord",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoreReadError",
    "StoreWriteError",
    "VoteTally",
    "cache_key",
    "normalize_request",
]
