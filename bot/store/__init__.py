"""The bot's store: the query cache, question history, reload history and answer feedback, behind one
interface (:class:`Store`). :func:`open_store` gives the service the store its settings ask for, or the
explicit unavailable store, never ``None``."""

from bot.store.base import (
    MAX_ALLOWED_CHANNELS,
    VOTE_REASONS,
    CacheStats,
    DayCount,
    FeedbackRow,
    GapRow,
    QuestionPage,
    QuestionQuery,
    QuestionRecord,
    QuestionSource,
    QuestionWithVotes,
    ReloadRecord,
    ServerSettings,
    Store,
    StoreError,
    StoreReadError,
    StoreWriteError,
    VoteReason,
    VoteTally,
)
from bot.store.choice import open_store
from bot.store.keys import cache_key, gap_key, normalize_request
from bot.store.sqlite import MIGRATIONS, SCHEMA_VERSION, SQLiteStore
from bot.store.unavailable import UnavailableStore

__all__ = [
    "MAX_ALLOWED_CHANNELS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "VOTE_REASONS",
    "CacheStats",
    "DayCount",
    "FeedbackRow",
    "GapRow",
    "QuestionPage",
    "QuestionQuery",
    "QuestionRecord",
    "QuestionSource",
    "QuestionWithVotes",
    "ReloadRecord",
    "SQLiteStore",
    "ServerSettings",
    "Store",
    "StoreError",
    "StoreReadError",
    "StoreWriteError",
    "UnavailableStore",
    "VoteReason",
    "VoteTally",
    "cache_key",
    "gap_key",
    "normalize_request",
    "open_store",
]
