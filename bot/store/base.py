"""What every store is: the interface the service talks to, the records it keeps, and the errors it
raises on purpose. The SQLite file is the default store; others (PostgreSQL, for several processes)
implement the same interface, an explicit *unavailable* store stands in when there is none, and one
shared test suite (``tests/bot/store/``) runs against each.

Rules that hold for every implementation:

* The cache never raises: a fault is a miss, logged once and listed in ``problems``.
* ``record_question`` never raises either: history is best effort, a fault is listed in ``problems``.
* Writes a user is told about (``vote``, ``record_reload``) raise :class:`StoreWriteError` when the row
  was not written, including when the store is unavailable: the caller then says "not recorded".
* Reads for moderators (``reload_history``, ``questions``, ``gaps``, ``question_counts``, ``feedback``)
  raise :class:`StoreReadError` on a fault; an unavailable store returns empty results.
* Per-server settings (``server_settings``, ``servers_without_dms``) are read the same way;
  ``save_server_settings`` raises :class:`StoreWriteError` when not written, so a moderator is never
  told a setting was saved when it was not.
* Everything is paged or bounded in the query itself; all timestamps are UTC datetimes.

Exception tree (the only exceptions a store raises on purpose)::

    StoreError              anything the store could not do
    ├── StoreWriteError     a history/feedback row could not be written (nothing else was lost)
    └── StoreReadError      history/feedback could not be read
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Literal, NamedTuple, Protocol, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

#: where a question came from
QuestionSource = Literal["discord", "console", "cli", "web"]
#: why an answer got a 👎 (the reason is optional, and may be added by a second call)
VoteReason = Literal["wrong_quote", "not_answered", "outdated", "other"]
VOTE_REASONS: tuple[VoteReason, ...] = get_args(VoteReason)


def to_utc(v: datetime) -> datetime:
    """Stored times compare and sort as text, which only works if they share one zone: UTC (a naive
    time is taken to be UTC already)."""
    return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(to_utc)]


def check_vote(vote: int, reason: str | None) -> None:
    """The values a vote may take, checked the same way by every store before anything is written."""
    if vote not in (-1, 0, 1):
        raise ValueError(f"a vote is +1, -1 or 0 (withdraw), not {vote!r}")
    if reason is not None and reason not in VOTE_REASONS:
        raise ValueError(f"a vote's reason is one of {', '.join(VOTE_REASONS)}, not {reason!r}")


class StoreError(Exception):
    """Base of everything the store raises on purpose."""


class StoreWriteError(StoreError):
    """A reload record or a vote could not be written; rows written earlier are intact."""


#: how the notes of a store that cannot be used end, so an operator reads what it means for the bot
UNAVAILABLE = "running without a cache or history"


def not_recorded(what: str, reason: str) -> StoreWriteError:
    """``what`` (the reload, the vote) not written because the store is unavailable for ``reason``:
    one sentence, the cause last, without the note's "running without …" (the consequence a report's
    own line already says: it was not recorded)."""
    cause = reason.removesuffix(f"; {UNAVAILABLE}")
    return StoreWriteError(f"the store is unavailable, so {what} was not recorded: {cause}")


class StoreReadError(StoreError):
    """Reload history or votes could not be read."""


# built at first use (``defer_build``): a process uses few of these models, and building each at import
# cost every start of a one-shot ``newsbot ask`` some milliseconds
class CacheStats(BaseModel):
    """Counters since this store was opened (hits, misses, evictions) and the entries in the file now.

    ``evictions`` counts entries removed by the cache's own policy: the LRU bound and TTL expiry."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    hits: int
    misses: int
    entries: int
    evictions: int
    available: bool


class ReloadRecord(BaseModel):
    """One corpus reload, successful or not, as moderators will want to audit it later."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    by: str  # Discord user id as a string, or "cli"
    at: datetime  # UTC
    version_before: str | None
    version_after: str | None
    documents: int
    sentences: int
    problems: list[str]
    ok: bool
    error: str | None = None
    #: how long the reload took, reading to swap (None: a checkpoint, or recorded before this was kept)
    seconds: float | None = None

    @field_validator("at")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return to_utc(v)


class VoteTally(NamedTuple):
    """Named so callers can say ``tally.up``, still a tuple so ``up, down = ...`` keeps working."""

    up: int
    down: int


class QuestionRecord(BaseModel):
    """One answered question, as moderators will want to review it: what was asked, what was said."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: int | None = None  # assigned by the store
    at: UtcDatetime
    question: str  # as asked, after the service's cleaning
    answer_id: str  # the Answer's id (votes refer to it)
    answer: str  # the answer text given, or the abstention message
    abstained: bool
    cached: bool
    looked_for: list[str]  # the main terms the engine searched for
    gap_key: str  # looked_for folded, sorted, joined by " ": groups declined questions
    corpus_version: str
    user_id: int | None = None  # Discord user id; None from the CLI and the console
    guild_id: int | None = None
    channel_id: int | None = None
    source: QuestionSource = "discord"


class QuestionWithVotes(QuestionRecord):
    """A question with the votes its answer got."""

    up: int = 0
    down: int = 0
    reasons: list[VoteReason] = Field(default_factory=list)


class QuestionQuery(BaseModel):
    """Which questions to list: filters, and keyset paging (newest first)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    declined: bool = False  # only abstentions
    voted_down: bool = False  # only questions whose answer got a 👎
    text: str = Field("", max_length=200)  # substring of the question, case-insensitive
    before_id: int | None = None  # rows with id < before_id
    limit: int = Field(50, ge=1, le=200)


class QuestionPage(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    items: list[QuestionWithVotes]
    next_before_id: int | None  # None when there is no older page


class GapRow(BaseModel):
    """Declined questions grouped by what they looked for, most asked first."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    gap_key: str
    count: int
    example: str  # the group's most recent question
    last_at: UtcDatetime


class DayCount(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    day: date  # UTC
    questions: int
    declined: int


class FeedbackRow(BaseModel):
    """One vote, with the question it was about when that question was recorded."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    answer_id: str
    user_id: int
    vote: int  # +1 / -1
    reason: VoteReason | None
    at: UtcDatetime
    question: str | None
    answer: str | None


#: the most channels one server's allow-list holds (Discord allows 500 channels a server)
MAX_ALLOWED_CHANNELS = 100
#: a Discord id (a snowflake) is a positive 64-bit integer
Snowflake = Annotated[int, Field(gt=0, lt=2**63)]


class ServerSettings(BaseModel):
    """One Discord server's choices, as its moderators set them (``/server``): whether answers open a
    thread, whether the bot answers its members in direct messages, and the channels it answers in.
    ``None`` means "the bot's default" (the settings file), so changing a default reaches every server
    that never chose; an empty channel list means every channel."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    guild_id: Snowflake
    threads: bool | None = None
    dms: bool | None = None
    channel_ids: tuple[Snowflake, ...] = Field((), max_length=MAX_ALLOWED_CHANNELS)
    updated_by: Snowflake | None = None
    updated_at: UtcDatetime | None = None

    @field_validator("channel_ids")
    @classmethod
    def _distinct(cls, v: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(v))


class Store(Protocol):
    """The store's interface; the rules every implementation keeps are in this module's docstring."""

    problems: list[str]

    @property
    def available(self) -> bool:
        """False when nothing can be stored: the cache misses, reads are empty, writes users are
        told about raise StoreWriteError."""
        ...

    async def close(self) -> None: ...

    async def cache_get(self, version: str, request: str) -> str | None:
        """The cached payload for a request on a corpus version, or None (never raises)."""
        ...

    async def cache_put(self, version: str, request: str, payload: str) -> None:
        """Store a payload, evicting beyond the bound (never raises)."""
        ...

    async def prune(self, keep_version: str) -> int:
        """Drop the entries of every other corpus version; how many went (never raises)."""
        ...

    async def stats(self) -> CacheStats: ...

    async def record_reload(self, rec: ReloadRecord) -> None:
        """Append a reload record, or raise StoreWriteError."""
        ...

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]:
        """The latest reloads, newest first."""
        ...

    async def vote(self, answer_id: str, user_id: int, vote: int, reason: VoteReason | None = None) -> None:
        """A user's +1/-1 on an answer (0 withdraws it), replacing theirs; a reason may come in a
        second call. StoreWriteError if not written; ValueError for a value that is no vote."""
        ...

    async def votes(self, answer_id: str) -> VoteTally: ...

    async def feedback(self, *, down_only: bool = True, limit: int = 25) -> list[FeedbackRow]:
        """Votes newest first (only 👎 by default), each with the question it was about."""
        ...

    async def record_question(self, rec: QuestionRecord) -> None:
        """Append an answered question to the bounded history (never raises)."""
        ...

    async def questions(self, query: QuestionQuery) -> QuestionPage:
        """A page of the history, newest first, with each answer's votes."""
        ...

    async def gaps(self, limit: int = 25, since: datetime | None = None) -> list[GapRow]:
        """Declined questions grouped by what they looked for, most asked first."""
        ...

    async def question_counts(self, days: int = 30) -> list[DayCount]:
        """Questions and declined questions per UTC day, the last ``days`` days, oldest first."""
        ...

    async def server_settings(self, guild_id: int) -> ServerSettings | None:
        """A server's settings, or None when its moderators never set any."""
        ...

    async def save_server_settings(self, settings: ServerSettings) -> None:
        """Replace a server's settings, or raise StoreWriteError."""
        ...

    async def servers_without_dms(self, limit: int = 1000) -> list[int]:
        """The servers whose moderators turned answers in direct messages off."""
        ...
