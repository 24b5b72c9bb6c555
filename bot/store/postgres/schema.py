"""The PostgreSQL schema and its forward migrations, recorded in a table of applied versions.

The first migration creates the shape of the SQLite schema's version 3 (the cache, reloads, votes with
reasons, the question history), in PostgreSQL's types: ``timestamptz`` for times, ``jsonb`` for lists,
identity columns for ids, and a sequence for the cache's LRU order (safe when several processes touch
entries at once). Two additions: ``questions.question_folded`` (the question lower-cased by Python, so
the case-insensitive search does not depend on the server's locale), and, in migration 2, what the
processes of a cluster coordinate reloads with (:mod:`bot.coordination`); migration 3 adds per-server
settings, as the SQLite schema's version 4 does.

Migrations run in one transaction under an advisory lock, so processes starting together migrate once
and a failure leaves the previous schema. A database whose schema is *newer* than this build is left
exactly as it is (the store runs unavailable): a downgrade must not touch a newer bot's data.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.store.postgres.link import Connection

log = logging.getLogger(__name__)

#: advisory lock keys ("NWSB" and a number): schema migration, and the cluster's reload lock
MIGRATION_LOCK = 0x4E575342_0001
RELOAD_LOCK = 0x4E575342_0002
#: the channel a successful reload is announced on (by a trigger on ``reloads``)
RELOAD_CHANNEL = "newsbot_reloads"


@dataclass(frozen=True)
class Migration:
    version: int
    note: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "cache, reloads, votes with reasons, question history",
        (
            """CREATE TABLE cache (
                key text PRIMARY KEY,
                version text NOT NULL,
                request text NOT NULL,
                payload text NOT NULL,
                created_at double precision NOT NULL,
                last_used double precision NOT NULL,
                used_seq bigint NOT NULL
            )""",
            "CREATE SEQUENCE cache_lru",
            "CREATE INDEX cache_used_seq ON cache (used_seq)",
            "CREATE INDEX cache_version ON cache (version)",
            """CREATE TABLE reloads (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                "by" text NOT NULL,
                at timestamptz NOT NULL,
                version_before text,
                version_after text,
                documents integer NOT NULL,
                sentences bigint NOT NULL,
                problems jsonb NOT NULL,
                ok boolean NOT NULL,
                error text
            )""",
            """CREATE TABLE votes (
                answer_id text NOT NULL,
                user_id bigint NOT NULL,
                vote smallint NOT NULL CHECK (vote IN (-1, 1)),
                at timestamptz NOT NULL,
                reason text CHECK (reason IN ('wrong_quote', 'not_answered', 'outdated', 'other')),
                PRIMARY KEY (answer_id, user_id)
            )""",
            "CREATE INDEX votes_at ON votes (at)",
            """CREATE TABLE questions (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                question text NOT NULL,
                question_folded text NOT NULL,
                answer_id text NOT NULL,
                answer text NOT NULL,
                abstained boolean NOT NULL,
                cached boolean NOT NULL,
                looked_for jsonb NOT NULL,
                gap_key text NOT NULL,
                corpus_version text NOT NULL,
                user_id bigint,
                guild_id bigint,
                channel_id bigint,
                source text NOT NULL
            )""",
            "CREATE INDEX questions_abstained ON questions (abstained, id)",
            "CREATE INDEX questions_gap ON questions (gap_key) WHERE abstained",
            "CREATE INDEX questions_answer ON questions (answer_id)",
            "CREATE INDEX questions_at ON questions (at)",
        ),
    ),
    Migration(
        2,
        "reload coordination: successful reloads announced, the reload lock's holder",
        (
            # the advisory lock is the lock; this row only says who holds it, for the refusal message
            """CREATE TABLE reload_lock (
                only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                holder text NOT NULL,
                since timestamptz NOT NULL
            )""",
            f"""CREATE FUNCTION newsbot_announce_reload() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('{RELOAD_CHANNEL}', json_build_object(
                        'id', NEW.id, 'version', NEW.version_after, 'by', left(NEW."by", 200))::text);
                    RETURN NULL;
                END $$""",
            """CREATE TRIGGER reloads_announce AFTER INSERT ON reloads FOR EACH ROW
               WHEN (NEW.ok AND NEW.version_after IS NOT NULL)
               EXECUTE FUNCTION newsbot_announce_reload()""",
        ),
    ),
    Migration(
        3,
        "per-server settings: threads, answers in DMs, the channel allow-list",
        (
            """CREATE TABLE servers (
                guild_id bigint PRIMARY KEY,
                threads boolean,
                dms boolean,
                channel_ids bigint[] NOT NULL DEFAULT '{}',
                updated_by bigint,
                updated_at timestamptz
            )""",
            "CREATE INDEX servers_without_dms ON servers (guild_id) WHERE dms = false",
        ),
    ),
    Migration(
        4,
        "how long each reload took (NULL for the ones recorded before)",
        ("ALTER TABLE reloads ADD COLUMN seconds double precision",),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


class NewerSchema(Exception):
    """The database was migrated by a newer build of the bot."""

    def __init__(self, found: int) -> None:
        super().__init__(f"its schema is version {found}, newer than this build's {SCHEMA_VERSION}")
        self.found = found


async def ensure_schema(conn: Connection) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; returns the version found. Raises
    :class:`NewerSchema`, or the driver's error when a step fails (nothing of it is kept)."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS newsbot_schema (
                version integer PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now(),
                note text NOT NULL
            )"""
        )
        cur = await conn.execute("SELECT coalesce(max(version), 0) FROM newsbot_schema")
        row = await cur.fetchone()
        found = int(row[0]) if row else 0
        if found > SCHEMA_VERSION:
            raise NewerSchema(found)
        for step in MIGRATIONS:
            if step.version > found:
                for statement in step.statements:
                    await conn.execute(statement)
                await conn.execute(
                    "INSERT INTO newsbot_schema (version, note) VALUES (%s, %s)", (step.version, step.note)
                )
    if found and found < SCHEMA_VERSION:
        log.info("migrated the PostgreSQL schema from version %d to %d", found, SCHEMA_VERSION)
    return found
