"""The SQL of the rows people rely on — reloads, votes, questions — as plain functions of a connection.

Each function is one statement (or a bounded loop of them) and returns records; deciding what a fault
means (raise, or note and carry on) is the store's job (:mod:`bot.store.sqlite.store`). Every read is
bounded by a ``LIMIT`` or a date window and served by an index, so a history of a hundred thousand
questions pages as fast as an empty one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import aiosqlite

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
    to_utc,
)

#: a deletion of old history removes at most this many rows per statement, so no single statement
#: holds the write lock for long
TRIM_BATCH = 2000
#: the most days ``question_counts`` reports, and the most rows a listing returns
MAX_DAYS = 366
MAX_ROWS = 200


def stamp(at: datetime) -> str:
    """A UTC time as fixed-width text: sorts and compares as text, and its first ten characters are
    the day."""
    return to_utc(at).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def bounded(n: int, high: int) -> int:
    return min(max(int(n), 1), high)


async def write(db: aiosqlite.Connection, sql: str, params: Sequence[Any] = ()) -> int:
    """One autocommit statement; returns the rows it changed (a row returned for each). One trip to the
    connection's thread, where a cursor's execute and close are two: each answer a batch computes
    writes three statements, and every trip hands the interpreter lock to that thread and back."""
    return len(list(await db.execute_fetchall(f"{sql} RETURNING 1", tuple(params))))


# --------------------------------------------------------------------------- reloads


async def insert_reload(db: aiosqlite.Connection, rec: ReloadRecord) -> None:
    await write(
        db,
        """INSERT INTO reloads (by, at, version_before, version_after, documents, sentences,
                                problems, ok, error, seconds)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            rec.by,
            rec.at.isoformat(),
            rec.version_before,
            rec.version_after,
            rec.documents,
            rec.sentences,
            json.dumps(rec.problems, ensure_ascii=False),
            int(rec.ok),
            rec.error,
            rec.seconds,
        ),
    )


async def select_reloads(db: aiosqlite.Connection, limit: int) -> list[ReloadRecord]:
    rows = await db.execute_fetchall(
        """SELECT by, at, version_before, version_after, documents, sentences, problems, ok, error,
                  seconds
           FROM reloads ORDER BY id DESC LIMIT ?""",
        (max(0, limit),),
    )
    return [
        ReloadRecord(
            by=r[0],
            at=datetime.fromisoformat(r[1]),
            version_before=r[2],
            version_after=r[3],
            documents=r[4],
            sentences=r[5],
            problems=json.loads(r[6]),
            ok=bool(r[7]),
            error=r[8],
            seconds=r[9],
        )
        for r in rows
    ]


# --------------------------------------------------------------------------- votes


async def upsert_vote(
    db: aiosqlite.Connection, answer_id: str, user_id: int, vote: int, reason: VoteReason | None, at: float
) -> None:
    """Record or replace a user's vote; 0 withdraws it. A reason given replaces the old one; without
    one, the old reason stays while the vote keeps its direction (the reason select updates the vote
    the 👎 button recorded) and goes when it turns (a 👍 has no "wrong quote")."""
    if vote == 0:
        await write(db, "DELETE FROM votes WHERE answer_id = ? AND user_id = ?", (answer_id, user_id))
        return
    await write(
        db,
        """INSERT INTO votes (answer_id, user_id, vote, at, reason) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (answer_id, user_id) DO UPDATE SET
               reason = CASE WHEN excluded.reason IS NOT NULL THEN excluded.reason
                             WHEN excluded.vote = votes.vote THEN votes.reason END,
               vote = excluded.vote, at = excluded.at""",
        (answer_id, user_id, vote, at, reason),
    )


async def tally(db: aiosqlite.Connection, answer_id: str) -> VoteTally:
    rows = list(
        await db.execute_fetchall(
            """SELECT coalesce(sum(vote = 1), 0), coalesce(sum(vote = -1), 0)
               FROM votes WHERE answer_id = ?""",
            (answer_id,),
        )
    )
    return VoteTally(int(rows[0][0]), int(rows[0][1]))


async def select_feedback(db: aiosqlite.Connection, *, down_only: bool, limit: int) -> list[FeedbackRow]:
    """Votes newest first, each with the latest recorded question that got that answer."""
    rows = await db.execute_fetchall(
        f"""SELECT v.answer_id, v.user_id, v.vote, v.reason, v.at, q.question, q.answer
            FROM votes AS v
            LEFT JOIN questions AS q
                   ON q.id = (SELECT max(id) FROM questions WHERE answer_id = v.answer_id)
            {"WHERE v.vote = -1" if down_only else ""}
            ORDER BY v.at DESC, v.answer_id DESC, v.user_id DESC
            LIMIT ?""",
        (bounded(limit, MAX_ROWS),),
    )
    return [
        FeedbackRow(
            answer_id=r[0],
            user_id=r[1],
            vote=r[2],
            reason=r[3],
            at=datetime.fromtimestamp(r[4], UTC),
            question=r[5],
            answer=r[6],
        )
        for r in rows
    ]


# --------------------------------------------------------------------------- questions

_QUESTION_COLUMNS = """id, at, question, answer_id, answer, abstained, cached, looked_for, gap_key,
    corpus_version, user_id, guild_id, channel_id, source"""


async def insert_question(db: aiosqlite.Connection, rec: QuestionRecord) -> None:
    await write(
        db,
        f"INSERT INTO questions ({_QUESTION_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            stamp(rec.at),
            rec.question,
            rec.answer_id,
            rec.answer,
            int(rec.abstained),
            int(rec.cached),
            json.dumps(rec.looked_for, ensure_ascii=False),
            rec.gap_key,
            rec.corpus_version,
            rec.user_id,
            rec.guild_id,
            rec.channel_id,
            rec.source,
        ),
    )


async def trim_questions(db: aiosqlite.Connection, keep: int) -> int:
    """Delete all but the newest ``keep`` questions, a batch per statement; returns how many went."""
    removed = 0
    while True:
        n = await write(
            db,
            """DELETE FROM questions WHERE id IN (
                   SELECT id FROM questions
                   WHERE id < (SELECT id FROM questions ORDER BY id DESC LIMIT 1 OFFSET ?)
                   ORDER BY id LIMIT ?)""",
            (keep - 1, TRIM_BATCH),
        )
        removed += max(n, 0)
        if n < TRIM_BATCH:
            return removed


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def select_questions(db: aiosqlite.Connection, query: QuestionQuery) -> QuestionPage:
    """A page of questions, newest first, with the votes their answers got."""
    where: list[str] = []
    params: list[Any] = []
    if query.declined:
        where.append("abstained = 1")
    if query.voted_down:
        # driven from the (few) down votes through the answer_id index, not a scan of every question
        where.append("answer_id IN (SELECT answer_id FROM votes WHERE vote = -1)")
    if query.text.strip():
        needle = query.text.strip().lower()
        # LIKE folds ASCII letters only; other letters are lowered by Python's rules (a function
        # registered on the connection), which costs a call per row, so only when needed
        where.append(("question" if needle.isascii() else "newsbot_lower(question)") + " LIKE ? ESCAPE '\\'")
        params.append(_like(needle))
    if query.before_id is not None:
        where.append("id < ?")
        params.append(query.before_id)
    sql = f"SELECT {_QUESTION_COLUMNS} FROM questions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = list(await db.execute_fetchall(sql + " ORDER BY id DESC LIMIT ?", (*params, query.limit + 1)))
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    votes = await _votes_for(db, sorted({str(r[3]) for r in rows}))
    items = []
    for r in rows:
        up, down, reasons = votes.get(str(r[3]), (0, 0, []))
        items.append(
            QuestionWithVotes(
                id=r[0],
                at=datetime.fromisoformat(r[1]),
                question=r[2],
                answer_id=r[3],
                answer=r[4],
                abstained=bool(r[5]),
                cached=bool(r[6]),
                looked_for=json.loads(r[7]),
                gap_key=r[8],
                corpus_version=r[9],
                user_id=r[10],
                guild_id=r[11],
                channel_id=r[12],
                source=r[13],
                up=up,
                down=down,
                reasons=reasons,
            )
        )
    return QuestionPage(items=items, next_before_id=items[-1].id if more and items else None)


async def _votes_for(
    db: aiosqlite.Connection, answer_ids: list[str]
) -> dict[str, tuple[int, int, list[VoteReason]]]:
    """Up, down and the reasons given (oldest first) for each answer of a page."""
    if not answer_ids:
        return {}
    marks = ", ".join("?" * len(answer_ids))
    rows = await db.execute_fetchall(
        f"SELECT answer_id, vote, reason FROM votes WHERE answer_id IN ({marks}) ORDER BY at, user_id",
        answer_ids,
    )
    out: dict[str, tuple[int, int, list[VoteReason]]] = {}
    for answer_id, vote, reason in rows:
        up, down, reasons = out.get(answer_id, (0, 0, []))
        if reason is not None:
            reasons.append(reason)
        out[answer_id] = (up + (vote == 1), down + (vote == -1), reasons)
    return out


async def select_gaps(db: aiosqlite.Connection, limit: int, since: datetime | None) -> list[GapRow]:
    """Declined questions grouped by what they looked for: the most asked first, then the latest."""
    window = "AND at >= ?" if since is not None else ""
    params: list[Any] = [stamp(since)] if since is not None else []
    rows = await db.execute_fetchall(
        f"""WITH g AS (
                SELECT gap_key, count(*) AS n, max(id) AS last_id FROM questions
                WHERE abstained = 1 {window} GROUP BY gap_key
            )
            SELECT g.gap_key, g.n, q.question, q.at FROM g JOIN questions AS q ON q.id = g.last_id
            ORDER BY g.n DESC, g.last_id DESC LIMIT ?""",
        (*params, bounded(limit, MAX_ROWS)),
    )
    return [
        GapRow(gap_key=r[0], count=r[1], example=r[2], last_at=datetime.fromisoformat(r[3])) for r in rows
    ]


async def select_counts(db: aiosqlite.Connection, days: int, today: date) -> list[DayCount]:
    """Questions and declined questions on each of the last ``days`` days (UTC), oldest first, days
    without questions included as zeros."""
    days = bounded(days, MAX_DAYS)
    first = today - timedelta(days=days - 1)
    rows = await db.execute_fetchall(
        """SELECT substr(at, 1, 10) AS day, count(*), coalesce(sum(abstained), 0) FROM questions
           WHERE at >= ? AND at < ? GROUP BY day""",
        (first.isoformat(), (today + timedelta(days=1)).isoformat()),
    )
    found = {str(r[0]): (int(r[1]), int(r[2])) for r in rows}
    out = []
    for i in range(days):
        day = first + timedelta(days=i)
        asked, declined = found.get(day.isoformat(), (0, 0))
        out.append(DayCount(day=day, questions=asked, declined=declined))
    return out
