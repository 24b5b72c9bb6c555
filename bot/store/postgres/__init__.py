"""The PostgreSQL store: one cache, question history, feedback and reload history shared by every
process of a cluster (see :mod:`bot.store.postgres.store`). Imported only when the ``db`` setting
names a ``postgresql://`` server, so the SQLite default never loads the driver."""

from bot.store.postgres.schema import MIGRATIONS, SCHEMA_VERSION
from bot.store.postgres.store import PostgresStore

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "PostgresStore"]
