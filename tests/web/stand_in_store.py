"""STAND-IN STORE, to be replaced by the real SQLite store once the store's second wave (specs/store_v3.md)
lands: the v3 methods (record_question, questions, gaps, question_counts, feedback, vote with a reason)
over plain lists, following the spec's rules (keyset paging newest first, gaps grouped by gap_key of
declined questions, most asked first, reads raise StoreReadError when ``broken``).

Used by tests/web/conftest.py's ``history_store`` fixture, hence by every test in tests/web/ and by
benchmarks/bench_web.py's ``--stand-in`` mode."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from bot.store import CacheStats, ReloadRecord, StoreReadError, StoreWriteError, VoteTally
from bot.web.history import (
    DayCount,
    FeedbackRow,
    GapRow,
    QuestionPage,
    QuestionQuery,
    QuestionRecord,
    QuestionWithVotes,
)


class ListStore:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.broken = False  # reads raise StoreReadError, as a faulty store's do
        self.is_available = True
        self._questions: list[QuestionRecord] = []
        self._votes: dict[tuple[str, int], tuple[int, str | None, datetime]] = {}
        self._reloads: list[ReloadRecord] = []
        self._cache: dict[tuple[str, str], str] = {}
        self.hits = self.misses = 0

    @property
    def available(self) -> bool:
        return self.is_available

    def _check(self) -> bool:
        if self.broken:
            raise StoreReadError("the stand-in store is broken on purpose")
        return self.is_available

    async def close(self) -> None:
        pass

    async def cache_get(self, version: str, request: str) -> str | None:
        hit = self._cache.get((version, request))
        if hit is None:
            self.misses += 1
        else:
            self.hits += 1
        return hit

    async def cache_put(self, version: str, request: str, payload: str) -> None:
        self._cache[version, request] = payload

    async def prune(self, keep_version: str) -> int:
        gone = [k for k in self._cache if k[0] != keep_version]
        for k in gone:
            del self._cache[k]
        return len(gone)

    async def stats(self) -> CacheStats:
        self._check()
        return CacheStats(
            hits=self.hits,
            misses=self.misses,
            entries=len(self._cache),
            evictions=0,
            available=self.available,
        )

    async def record_reload(self, rec: ReloadRecord) -> None:
        if not self.is_available:
            raise StoreWriteError("unavailable")
        self._reloads.append(rec)

    async def reload_history(self, limit: int = 20) -> list[ReloadRecord]:
        if not self._check():
            return []
        return list(reversed(self._reloads))[:limit]

    async def vote(self, answer_id: str, user_id: int, vote: int, reason: str | None = None) -> None:
        if not self.is_available:
            raise StoreWriteError("unavailable")
        old = self._votes.get((answer_id, user_id))
        self._votes[answer_id, user_id] = (vote, reason or (old[1] if old else None), datetime.now(UTC))

    async def votes(self, answer_id: str) -> VoteTally:
        up = sum(1 for (a, _), v in self._votes.items() if a == answer_id and v[0] > 0)
        down = sum(1 for (a, _), v in self._votes.items() if a == answer_id and v[0] < 0)
        return VoteTally(up, down)

    async def record_question(self, rec: QuestionRecord) -> None:
        if self.is_available:
            self._questions.append(rec.model_copy(update={"id": len(self._questions) + 1}))

    def _with_votes(self, q: QuestionRecord) -> QuestionWithVotes:
        mine = [v for (a, _), v in self._votes.items() if a == q.answer_id]
        return QuestionWithVotes(
            **q.model_dump(),
            up=sum(1 for v in mine if v[0] > 0),
            down=sum(1 for v in mine if v[0] < 0),
            reasons=sorted({v[1] for v in mine if v[0] < 0 and v[1]}),
        )

    async def questions(self, query: QuestionQuery) -> QuestionPage:
        if not self._check():
            return QuestionPage(items=[], next_before_id=None)
        down = {a for (a, _), v in self._votes.items() if v[0] < 0}
        text = query.text.casefold()
        rows = []
        for q in reversed(self._questions):
            assert q.id is not None
            if query.before_id is not None and q.id >= query.before_id:
                continue
            if query.declined and not q.abstained:
                continue
            if query.voted_down and q.answer_id not in down:
                continue
            if text and text not in q.question.casefold():
                continue
            rows.append(q)
            if len(rows) > query.limit:
                break
        more = len(rows) > query.limit
        rows = rows[: query.limit]
        return QuestionPage(
            items=[self._with_votes(q) for q in rows], next_before_id=rows[-1].id if more and rows else None
        )

    async def gaps(self, limit: int = 25, since: datetime | None = None) -> list[GapRow]:
        if not self._check():
            return []
        groups: dict[str, list[QuestionRecord]] = {}
        for q in self._questions:
            if q.abstained and (since is None or q.at >= since):
                groups.setdefault(q.gap_key, []).append(q)
        rows = [
            GapRow(gap_key=k, count=len(v), example=v[-1].question, last_at=v[-1].at)
            for k, v in groups.items()
        ]
        rows.sort(key=lambda g: (-g.count, -g.last_at.timestamp()))
        return rows[:limit]

    async def question_counts(self, days: int = 30) -> list[DayCount]:
        if not self._check():
            return []
        first = datetime.now(UTC).date() - timedelta(days=days - 1)
        total: Counter[object] = Counter()
        declined: Counter[object] = Counter()
        for q in self._questions:
            day = q.at.date()
            if day >= first:
                total[day] += 1
                declined[day] += q.abstained
        return [DayCount(day=d, questions=total[d], declined=declined[d]) for d in sorted(total)]  # type: ignore[arg-type]

    async def feedback(self, *, down_only: bool = True, limit: int = 25) -> list[FeedbackRow]:
        if not self._check():
            return []
        by_answer = {q.answer_id: q for q in self._questions}
        rows = []
        for (answer_id, user_id), (vote, reason, at) in self._votes.items():
            if down_only and vote > 0:
                continue
            q = by_answer.get(answer_id)
            rows.append(
                FeedbackRow(
                    answer_id=answer_id,
                    user_id=user_id,
                    vote=vote,
                    reason=reason,
                    at=at,
                    question=q.question if q else None,
                    answer=q.answer if q else None,
                )
            )
        rows.sort(key=lambda r: r.at, reverse=True)
        return rows[:limit]
