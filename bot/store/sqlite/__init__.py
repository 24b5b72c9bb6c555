"""The SQLite store: the default, one file (WAL) beside the bot."""

from bot.store.sqlite.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration
from bot.store.sqlite.store import SQLiteStore

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "Migration", "SQLiteStore"]
