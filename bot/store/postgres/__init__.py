"""The PostgreSQL store: one cache, question history, feedback and reload history shared by every
process of a cluster (see :mod:`bot.store.postgres.store`). Imported only when the ``db`` setting
names a ``postgresql://`` server, so the SQLite default never loads the driver.

The driver is psycopg 3 (with psycopg_pool) rather than asyncpg: it is typed (mypy strict needs no stub
package), asyncio-native including host resolution and connecting, has LISTEN/NOTIFY built in (the
reload coordination uses it), and sits on libpq, so ``PGPASSWORD``, ``~/.pgpass``, service files and
``sslmode`` behave as in every other PostgreSQL tool — the password can stay out of the URL and out of
the bot's settings. Measured side by side on this project's lookups, the two drivers were alike; what
limits round trips here is the event loop's share of the GIL (README, *Shared store*)."""

from bot.store.postgres.schema import MIGRATIONS, SCHEMA_VERSION
from bot.store.postgres.store import PostgresStore

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "PostgresStore"]
