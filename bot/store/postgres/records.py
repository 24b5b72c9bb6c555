"""The SQL of the rows people rely on — reloads, votes, questions — for PostgreSQL, as plain functions
of a connection (the same shape as the SQLite store's, so the two read alike and answer alike).

Each function is one statement (or a bounded loop of them); deciding what a fault means is the store's
job. Every read is bounded by a ``LIMIT`` or a date window and served by an index.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from psycopg.types.json import Jsonb

from bot.store.base import (
    DayCount,
    FeedbackRow,
    GapRow,
    QuestionPage,
    QuestionQuery,
    QuestionRecord,
    QuestionWithVotes,
    ReloadRecord,
    VoteReason,
    VoteTally,
)
from bot.store.postgres.link import Connection

#: a deletion of old history removes at most this many rows per statement
TRIM_BATCH = 2000
#: the most days ``question_counts`` reports, and the most rows a listing returns
MAX_DAYS = 366
MAX_ROWS = 200


def bounded(n: int, high: int) -> int:
    return min(max(int(n), 1), high)


async def _rows(
    conn: Connection, sql: str, params: tuple[Any, ...] | list[Any] = ()
) -> list[tuple[Any, ...]]:
    cur = await conn.execute(sql, params)
    return await cur.fetchall()


# --------------------------------------------------------------------------- reloads


async def insert_reload(conn: Connection, rec: ReloadRecord) -> None:
    await conn.execute(
        """INSERT INTO reloads ("by", at, version_before, version_after, documents, sentences,
                                problems, ok, error, seconds)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (rec.by, rec.at, rec.version_before, rec.version_after, rec.documents, rec.sentences,
         Jsonb(rec.problems), rec.ok, rec.error, rec.seconds),
    )  # fmt: skip


async def select_reloads(conn: Connection, limit: int) -> list[ReloadRecord]:
    rows = await _rows(
        conn,
        """SELECT "by", at, version_before, version_after, documents, sentences, problems, ok, error,
                  seconds
           FROM reloads ORDER BY id DESC LIMIT %s""",
        (max(0, limit),),
    )
    return [
        ReloadRecord(
            by=r[0], at=r[1], version_before=r[2], version_after=r[3], documents=r[4], sentences=r[5],
            problems=list(r[6]), ok=r[7], error=r[8], seconds=r[9],
        )
        for r in rows
    ]  # fmt: skip


# --------------------------------------------------------------------------- votes


async def upsert_vote(
    conn: Connection, answer_id: str, user_id: int, vote: int, reason: VoteReason | None, at: datetime
) -> None:
    """Record or replace a user's vote; 0 withdraws it. A reason given replaces the old one; without
    one, the old reason stays while the vote keeps its direction and goes when it turns."""
    if vote == 0:
        await conn.execute("DELETE FROM votes WHERE answer_id = %s AND user_id = %s", (answer_id, user_id))
        return
    await conn.execute(
        """INSERT INTO votes (answer_id, user_id, vote, at, reason) VALUES (%s, %s, %s, %s, %s)
           ON CONFLICT (answer_id, user_id) DO UPDATE SET
               reason = CASE WHEN excluded.reason IS NOT NULL THEN excluded.reason
                             WHEN excluded.vote = votes.vote THEN votes.reason END,
               vote = excluded.vote, at = excluded.at""",
        (answer_id, user_id, vote, at, reason),
    )


async def tally(conn: Connection, answer_id: str) -> VoteTally:
    rows = await _rows(
        conn,
        """SELECT count(*) FILTER (WHERE vote = 1), count(*) FILTER (WHERE vote = -1)
           FROM votes WHERE answer_id = %s""",
        (answer_id,),
    )
    return VoteTally(int(rows[0][0]), int(rows[0][1]))


async def select_feedback(conn: Connection, *, down_only: bool, limit: int) -> list[FeedbackRow]:
    """Votes newest first, each with the latest recorded question that got that answer."""
    rows = await _rows(
        conn,
        f"""SELECT v.answer_id, v.user_id, v.vote, v.reason, v.at, q.question, q.answer
            FROM votes AS v
            LEFT JOIN LATERAL (
                SELECT question, answer FROM questions WHERE answer_id = v.answer_id
                ORDER BY id DESC LIMIT 1) AS q ON true
            {"WHERE v.vote = -1" if down_only else ""}
            ORDER BY v.at DESC, v.answer_id DESC, v.user_id DESC
            LIMIT %s""",
        (bounded(limit, MAX_ROWS),),
    )
    return [
        FeedbackRow(answer_id=r[0], user_id=r[1], vote=r[2], reason=r[3], at=r[4], question=r[5], answer=r[6])
        for r in rows
    ]


# --------------------------------------------------------------------------- questions

_COLUMNS = """id, at, question, answer_id, answer, abstained, cached, looked_for, gap_key,
    corpus_version, user_id, guild_id, channel_id, source"""


async def insert_question(conn: Connection, rec: QuestionRecord) -> None:
    await conn.execute(
        """INSERT INTO questions (at, question, question_folded, answer_id, answer, abstained, cached,
               looked_for, gap_key, corpus_version, user_id, guild_id, channel_id, source)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (rec.at, rec.question, rec.question.lower(), rec.answer_id, rec.answer, rec.abstained, rec.cached,
         Jsonb(rec.looked_for), rec.gap_key, rec.corpus_version, rec.user_id, rec.guild_id, rec.channel_id,
         rec.source),
    )  # fmt: skip


async def trim_questions(conn: Connection, keep: int) -> int:
    """Delete all but the newest ``keep`` questions, a batch per statement; returns how many went."""
    removed = 0
    while True:
        cur = await conn.execute(
            """DELETE FROM questions WHERE id IN (
                   SELECT id FROM questions
                   WHERE id < (SELECT id FROM questions ORDER BY id DESC OFFSET %s LIMIT 1)
                   ORDER BY id LIMIT %s)""",
            (keep - 1, TRIM_BATCH),
        )
        n = max(cur.rowcount, 0)
        removed += n
        if n < TRIM_BATCH:
            return removed


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def select_questions(conn: Connection, query: QuestionQuery) -> QuestionPage:
    """A page of questions, newest first, with the votes their answers got."""
    where: list[str] = []
    params: list[Any] = []
    if query.declined:
        where.append("abstained")
    if query.voted_down:
        where.append("answer_id IN (SELECT answer_id FROM votes WHERE vote = -1)")
    if query.text.strip():
        where.append("question_folded LIKE %s ESCAPE '\\'")
        params.append(_like(query.text.strip().lower()))
    if query.before_id is not None:
        where.append("id < %s")
        params.append(query.before_id)
    sql = f"SELECT {_COLUMNS} FROM questions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = await _rows(conn, sql + " ORDER BY id DESC LIMIT %s", [*params, query.limit + 1])
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    votes = await _votes_for(conn, sorted({str(r[3]) for r in rows}))
    items = []
    for r in rows:
        up, down, reasons = votes.get(str(r[3]), (0, 0, []))
        items.append(
            QuestionWithVotes(
                id=r[0], at=r[1], question=r[2], answer_id=r[3], answer=r[4], abstained=r[5], cached=r[6],
                looked_for=list(r[7]), gap_key=r[8], corpus_version=r[9], user_id=r[10], guild_id=r[11],
                channel_id=r[12], source=r[13], up=up, down=down, reasons=reasons,
            )
        )  # fmt: skip
    return QuestionPage(items=items, next_before_id=items[-1].id if more and items else None)


async def _votes_for(conn: Connection, answer_ids: list[str]) -> dict[str, tuple[int, int, list[VoteReason]]]:
    """Up, down and the reasons given (oldest first) for each answer of a page."""
    if not answer_ids:
        return {}
    rows = await _rows(
        conn,
        "SELECT answer_id, vote, reason FROM votes WHERE answer_id = ANY(%s) ORDER BY at, user_id",
        (answer_ids,),
    )
    out: dict[str, tuple[int, int, list[VoteReason]]] = {}
    for answer_id, vote, reason in rows:
        up, down, reasons = out.get(answer_id, (0, 0, []))
        if reason is not None:
            reasons.append(reason)
        out[answer_id] = (up + (vote == 1), down + (vote == -1), reasons)
    return out


async def select_gaps(conn: Connection, limit: int, since: datetime | None) -> list[GapRow]:
    """Declined questions grouped by what they looked for: the most asked first, then the latest."""
    window = "AND at >= %s" if since is not None else ""
    params: list[Any] = [since] if since is not None else []
    rows = await _rows(
        conn,
        f"""WITH g AS (
                SELECT gap_key, count(*) AS n, max(id) AS last_id FROM questions
                WHERE abstained {window} GROUP BY gap_key
            )
            SELECT g.gap_key, g.n, q.question, q.at FROM g JOIN questions AS q ON q.id = g.last_id
            ORDER BY g.n DESC, g.last_id DESC LIMIT %s""",
        [*params, bounded(limit, MAX_ROWS)],
    )
    return [GapRow(gap_key=r[0], count=r[1], example=r[2], last_at=r[3]) for r in rows]


async def select_counts(conn: Connection, days: int, today: date) -> list[DayCount]:
    """Questions and declined questions on each of the last ``days`` days (UTC), oldest first, days
    without questions included as zeros."""
    days = bounded(days, MAX_DAYS)
    first = today - timedelta(days=days - 1)
    rows = await _rows(
        conn,
        """SELECT (at AT TIME ZONE 'UTC')::date AS day, count(*), count(*) FILTER (WHERE abstained)
           FROM questions WHERE at >= %s AND at < %s GROUP BY day""",
        (datetime.combine(first, time(), UTC), datetime.combine(today + timedelta(days=1), time(), UTC)),
    )
    found = {r[0]: (int(r[1]), int(r[2])) for r in rows}
    out = []
    for i in range(days):
        day = first + timedelta(days=i)
        asked, declined = found.get(day, (0, 0))
        out.append(DayCount(day=day, questions=asked, declined=declined))
    return out
