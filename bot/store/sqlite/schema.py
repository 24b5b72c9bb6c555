"""The SQLite file's schema: how a newsbot database is recognised, and the forward steps that build it.

``PRAGMA application_id`` marks the file as ours; ``PRAGMA user_version`` is the schema version,
upgraded in place by the steps in :data:`MIGRATIONS` (each one transaction, so a failure leaves the
old schema). A step is never edited once released: a change is a new step.
"""

from __future__ import annotations

from dataclasses import dataclass

#: ``PRAGMA application_id`` of a newsbot database ("NWSB"): tells our file from any other SQLite file.
APPLICATION_ID = 0x4E575342
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Migration:
    """One forward step: the statements that take the schema from ``version - 1`` to ``version``."""

    version: int
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        (
            """CREATE TABLE cache (
                key TEXT PRIMARY KEY,
                version TEXT NOT NULL,
                request TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at REAL NOT NULL,
                last_used REAL NOT NULL
            )""",  # a rowid table: payloads are kilobytes, too big for WITHOUT ROWID b-tree cells
            "CREATE INDEX cache_last_used ON cache (last_used)",
            """CREATE TABLE reloads (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                by TEXT NOT NULL,
                at TEXT NOT NULL,
                version_before TEXT,
                version_after TEXT,
                documents INTEGER NOT NULL,
                sentences INTEGER NOT NULL,
                problems TEXT NOT NULL,
                ok INTEGER NOT NULL,
                error TEXT
            )""",
            """CREATE TABLE votes (
                answer_id TEXT NOT NULL,
                user_id INTEGER NOT NULL,
                vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
                at REAL NOT NULL,
                PRIMARY KEY (answer_id, user_id)
            ) WITHOUT ROWID""",
        ),
    ),
    # v2: LRU order by a counter instead of wall-clock time (clocks step backwards and two hits can
    # share a tick, which made the eviction order ambiguous); an index so pruning a version is cheap.
    Migration(
        2,
        (
            "ALTER TABLE cache ADD COLUMN used_seq INTEGER NOT NULL DEFAULT 0",
            """UPDATE cache SET used_seq = ranked.n
               FROM (SELECT key, row_number() OVER (ORDER BY last_used, key) AS n FROM cache) AS ranked
               WHERE cache.key = ranked.key""",
            "DROP INDEX cache_last_used",
            "CREATE INDEX cache_used_seq ON cache (used_seq)",
            "CREATE INDEX cache_version ON cache (version)",
        ),
    ),
    # v3: question history (bounded by the max_questions setting) and a reason on a vote. Times are
    # UTC text of one fixed width ("2025-04-21T09:30:00.000000Z"), so they sort and compare as text and
    # the day is their first ten characters.
    Migration(
        3,
        (
            """CREATE TABLE questions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                question TEXT NOT NULL,
                answer_id TEXT NOT NULL,
                answer TEXT NOT NULL,
                abstained INTEGER NOT NULL,
                cached INTEGER NOT NULL,
                looked_for TEXT NOT NULL,
                gap_key TEXT NOT NULL,
                corpus_version TEXT NOT NULL,
                user_id INTEGER,
                guild_id INTEGER,
                channel_id INTEGER,
                source TEXT NOT NULL
            )""",
            "CREATE INDEX questions_abstained ON questions (abstained, id)",
            "CREATE INDEX questions_gap ON questions (gap_key) WHERE abstained",
            "CREATE INDEX questions_answer ON questions (answer_id)",
            "CREATE INDEX questions_at ON questions (at)",
            "ALTER TABLE votes ADD COLUMN reason TEXT",
            "CREATE INDEX votes_at ON votes (at)",
        ),
    ),
    # v4: per-server settings (/server): threads, answers in DMs, the channel allow-list. A NULL flag
    # means the bot's default from the settings file; channel_ids is a JSON list, empty for "everywhere".
    Migration(
        4,
        (
            """CREATE TABLE servers (
                guild_id INTEGER PRIMARY KEY,
                threads INTEGER,
                dms INTEGER,
                channel_ids TEXT NOT NULL,
                updated_by INTEGER,
                updated_at TEXT
            )""",
            "CREATE INDEX servers_without_dms ON servers (guild_id) WHERE dms = 0",
        ),
    ),
    # v5: how long each reload took (NULL for the ones recorded before)
    Migration(5, ("ALTER TABLE reloads ADD COLUMN seconds REAL",)),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
