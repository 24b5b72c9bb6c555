"""The SQLite store against real files: concurrency, migration, bad files, faults, LRU/TTL, feedback."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    CacheStats,
    QuestionQuery,
    ReloadRecord,
    SQLiteStore,
    StoreWriteError,
    VoteTally,
    cache_key,
    normalize_request,
)
from bot.store.sqlite import APPLICATION_ID
from tests.bot.store.factories import question as question_record
from tests.conftest import ROOT
from tests.support.locker import locked_by_another_process

NOBODY = 65534


@contextlib.asynccontextmanager
async def opened(path: Path, **kw: object) -> AsyncIterator[SQLiteStore]:
    store = await SQLiteStore.open(path, **kw)  # type: ignore[arg-type]
    try:
        yield store
    finally:
        await store.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def matching(directory: Path, pattern: str = "*") -> list[Path]:
    return sorted(directory.glob(pattern))


def delete_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def record(by: str = "cli", n: int = 1, ok: bool = True) -> ReloadRecord:
    return ReloadRecord(
        by=by,
        at=datetime(2024, 3, n, 12, 0, tzinfo=UTC),
        version_before=f"v{n - 1}",
        version_after=f"v{n}",
        documents=5 * n,
        sentences=100 * n,
        problems=[f"problem {n}"],
        ok=ok,
        error=None if ok else "boom",
    )


class Clock:
    """A settable clock, so TTL is tested without sleeping."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------- basics and restarts


async def test_put_get_survives_restart_and_keys_by_version(tmp_path: Path) -> None:
    db = tmp_path / "var" / "newsbot.db"  # parent directory is created
    req = normalize_request("ask", "Who won?")
    async with opened(db) as store:
        assert store.available and store.problems == []
        assert await store.cache_get("v1", req) is None
        await store.cache_put("v1", req, '{"answer": 1}')
        assert await store.cache_get("v1", req) == '{"answer": 1}'
        assert await store.cache_get("v2", req) is None  # a new corpus version never hits old entries
        assert await store.stats() == CacheStats(hits=1, misses=2, entries=1, evictions=0, available=True)
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    assert rows(db, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert rows(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    async with opened(db) as store:
        assert await store.cache_get("v1", req) == '{"answer": 1}'
        assert store.problems == []


async def test_200_concurrent_tasks_read_and_write_without_error_or_lost_write(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    async with opened(db) as store:
        await store.cache_put("v", "hot", "hot-payload")

        async def worker(i: int) -> tuple[str | None, str | None, str | None]:
            req = normalize_request("ask", f"question {i}")
            before = await store.cache_get("v", req)
            await store.cache_put("v", req, f"payload {i}")
            hot = await store.cache_get("v", "hot")
            return before, hot, await store.cache_get("v", req)

        results = await asyncio.gather(*(worker(i) for i in range(200)))
        assert all(r == (None, "hot-payload", f"payload {i}") for i, r in enumerate(results))
        stats = await store.stats()
        assert (stats.entries, stats.hits, stats.misses, stats.evictions) == (201, 400, 200, 0)
        assert store.problems == []
    async with opened(db) as store:  # and every write reached the file
        got = await asyncio.gather(
            *(store.cache_get("v", normalize_request("ask", f"question {i}")) for i in range(200))
        )
        assert got == [f"payload {i}" for i in range(200)]


# --------------------------------------------------------------------------- migration


def make_v1(path: Path) -> None:
    """A database exactly as the version-1 schema wrote it, with rows in every table."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in MIGRATIONS[0].statements:
            con.execute(statement)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("PRAGMA user_version = 1")
        # the LRU order is r0, r1, r2 (oldest first), the opposite of the keys' own order, so a
        # migration that ranked by key instead of last_used would evict the wrong rows
        by_key = sorted(range(3), key=lambda i: cache_key("v1", f"r{i}"), reverse=True)
        for i in by_key:
            con.execute(
                "INSERT INTO cache VALUES (?, 'v1', ?, ?, 1.0, ?)",
                (cache_key("v1", f"r{i}"), f"r{i}", f"payload {i}", 10.0 * (i + 1)),
            )
        con.execute(
            "INSERT INTO reloads (by, at, version_before, version_after, documents, sentences, problems,"
            " ok, error) VALUES ('42', '2024-01-02T03:04:05+00:00', NULL, 'v1', 5, 300, '[\"odd date\"]',"
            " 1, NULL)"
        )
        con.execute("INSERT INTO votes VALUES ('a1', 7, -1, 1.0)")
    finally:
        con.close()


async def test_migration_from_previous_version_keeps_rows(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == 5 and MIGRATIONS[-1].version == SCHEMA_VERSION
    db = tmp_path / "old.db"
    make_v1(db)
    async with opened(db, max_entries=3) as store:
        assert store.available and store.problems == []
        assert [await store.cache_get("v1", f"r{i}") for i in range(3)] == [f"payload {i}" for i in range(3)]
        assert await store.reload_history() == [
            ReloadRecord(
                by="42",
                at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
                version_before=None,
                version_after="v1",
                documents=5,
                sentences=300,
                problems=["odd date"],
                ok=True,
            )
        ]
        assert await store.votes("a1") == VoteTally(up=0, down=1)
    assert rows(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    columns = [r[1] for r in rows(db, "PRAGMA table_info(cache)")]
    assert "used_seq" in columns
    assert "seconds" in [r[1] for r in rows(db, "PRAGMA table_info(reloads)")]  # unknown for old rows


async def test_migration_carries_lru_order_over(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    make_v1(db)
    async with opened(db, max_entries=3) as store:
        order = []
        for n in range(3):  # each put is one over the bound: the row used longest ago goes
            await store.cache_put("v1", f"new{n}", "n")
            left = {str(r[0]) for r in rows(db, "SELECT request FROM cache")}  # a peek that is no hit
            order += [r for r in ("r0", "r1", "r2") if r not in left and r not in order]
        assert order == ["r0", "r1", "r2"]


def make_v2(path: Path) -> None:
    """A database as the version-2 schema wrote it: a vote without a reason, a cached answer."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS[:2]:
            for statement in step.statements:
                con.execute(statement)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("PRAGMA user_version = 2")
        con.execute("INSERT INTO votes VALUES ('a1', 7, -1, 1.0)")
        con.execute("INSERT INTO cache VALUES (?, 'v', 'r', 'p', 1.0, 1.0, 1)", (cache_key("v", "r"),))
    finally:
        con.close()


async def test_migration_from_v2_adds_history_and_keeps_votes(tmp_path: Path) -> None:
    db = tmp_path / "v2.db"
    make_v2(db)
    async with opened(db) as store:
        assert store.available and store.problems == []
        assert await store.votes("a1") == (0, 1)
        assert await store.cache_get("v", "r") == "p"
        await store.vote("a1", 7, -1, "outdated")
        [row] = await store.feedback()
        assert (row.user_id, row.reason, row.question) == (7, "outdated", None)
        await store.record_question(question_record(1))
        assert len((await store.questions(QuestionQuery())).items) == 1
    assert rows(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


async def test_a_smaller_history_bound_applies_at_open(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    async with opened(db) as store:
        for n in range(1, 31):
            await store.record_question(question_record(n))
    async with opened(db, max_questions=10) as store:
        page = await store.questions(QuestionQuery(limit=200))
        assert [q.answer_id for q in page.items] == [f"a{n}" for n in range(30, 20, -1)]


async def test_listing_and_grouping_queries_use_indexes_not_whole_table_sorts(tmp_path: Path) -> None:
    """Paging must stay fast at 100k questions: every statement behind a moderator's read is served
    in index order (no temporary b-tree sorting the whole table) or by the partial/``at`` indexes."""
    db = tmp_path / "plan.db"
    async with opened(db) as store:
        for n in range(1, 6):
            await store.record_question(question_record(n, abstained=n % 2 == 0))
        await store.vote("a2", 1, -1)
        seen: list[str] = []
        assert store._db is not None
        await store._db.set_trace_callback(seen.append)
        await store.questions(QuestionQuery())
        await store.questions(QuestionQuery(declined=True, before_id=4))
        await store.questions(QuestionQuery(voted_down=True, text="number"))
        await store.gaps(since=datetime(2025, 1, 1, tzinfo=UTC))
        await store.question_counts()
        await store.feedback()
        await store._db.set_trace_callback(None)
    statements = [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(statements) >= 6
    con = sqlite3.connect(db)
    try:
        for sql in statements:
            plan = " | ".join(str(r[3]) for r in con.execute("EXPLAIN QUERY PLAN " + sql))
            # a sort is fine over a page's rows or over groups; a sort of a whole table is not
            whole_table = re.search(r"\bSCAN (questions|votes|q|v)\b(?! USING)", plan)
            assert not (whole_table and "TEMP B-TREE" in plan), (sql, plan)
    finally:
        con.close()


# --------------------------------------------------------------------------- files we must not use


async def test_corrupt_file_is_moved_aside_and_a_fresh_one_created(tmp_path: Path) -> None:
    db = tmp_path / "newsbot.db"
    junk = os.urandom(16384)
    db.write_bytes(junk)
    async with opened(db) as store:
        assert store.available
        [aside] = matching(tmp_path, "newsbot.db.corrupt-*")
        assert aside.read_bytes() == junk  # never deleted, byte for byte
        assert len(store.problems) == 1
        assert "not an SQLite database" in store.problems[0] and str(aside) in store.problems[0]
        await store.cache_put("v", "r", "p")
        assert await store.cache_get("v", "r") == "p"


async def test_damaged_pages_inside_a_real_database_count_as_corrupt(tmp_path: Path) -> None:
    db = tmp_path / "newsbot.db"
    async with opened(db) as store:
        for i in range(300):
            await store.cache_put("v", f"r{i}", "x" * 500)
    size = db.stat().st_size
    with db.open("r+b") as fh:  # keep the header page, scribble over the b-tree pages
        fh.seek(4096)
        fh.write(os.urandom(size - 4096))
    async with opened(db) as store:
        assert store.available
        assert matching(tmp_path, "newsbot.db.corrupt-*")
        assert "corrupt" in store.problems[0]
        assert await store.cache_get("v", "r1") is None


async def test_foreign_sqlite_database_is_moved_aside_intact(tmp_path: Path) -> None:
    db = tmp_path / "newsbot.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE customers (name TEXT)")
    con.execute("INSERT INTO customers VALUES ('ada')")
    con.commit()
    con.close()
    async with opened(db) as store:
        assert store.available
        [aside] = matching(tmp_path, "newsbot.db.foreign-*")
        assert rows(aside, "SELECT name FROM customers") == [("ada",)]
        assert "not a newsbot database" in store.problems[0] and "customers" in store.problems[0]
        assert rows(db, "PRAGMA application_id") == [(APPLICATION_ID,)]


async def test_sqlite_file_of_another_application_id_is_foreign(tmp_path: Path) -> None:
    db = tmp_path / "newsbot.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA application_id = 1234")
    con.close()
    async with opened(db) as store:
        assert store.available
        assert len(matching(tmp_path, "newsbot.db.foreign-*")) == 1


async def test_newer_schema_is_left_untouched_and_the_store_runs_without_cache(tmp_path: Path) -> None:
    db = tmp_path / "newsbot.db"
    async with opened(db) as store:
        await store.cache_put("v", "r", "p")
        await store.record_reload(record())
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = sha(db)
    async with opened(db) as store:
        assert not store.available
        assert "newer" in store.problems[0] and "untouched" in store.problems[0]
        assert await store.cache_get("v", "r") is None
        await store.cache_put("v", "r2", "p2")  # a harmless no-op
        # writes a user is told about are refused, so nobody is told "recorded" (store v3 rule)
        with pytest.raises(StoreWriteError, match="the store is unavailable, so the reload was not recorded"):
            await store.record_reload(record(n=2))
        with pytest.raises(StoreWriteError, match="was not recorded"):
            await store.vote("a", 1, 1)
        assert await store.reload_history() == []
        assert await store.votes("a") == (0, 0)
        assert await store.prune("v") == 0
        assert await store.stats() == CacheStats(hits=0, misses=1, entries=0, evictions=0, available=False)
    assert sha(db) == before
    assert matching(tmp_path, "*.db.*") == []  # nothing moved aside


# --------------------------------------------------------------------------- read-only files


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """File modes do not bind root, so as root drop the *effective* uid to nobody (process-wide, all
    threads, including aiosqlite's) for the duration; as anyone else, modes already apply."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A directory nobody can reach: pytest's tmp_path sits under a root-only (0700) directory."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    d = Path(tempfile.mkdtemp(prefix="newsbot-store-"))
    d.chmod(0o755)
    yield d
    d.chmod(0o755)
    shutil.rmtree(d)


async def test_read_only_file_runs_without_cache(open_dir: Path) -> None:
    db = open_dir / "newsbot.db"
    async with opened(db) as store:
        await store.cache_put("v", "r", "p")
    db.chmod(0o444)
    os.chmod(open_dir, 0o777)  # the directory stays writable (-wal/-shm can be made): only the file is not
    before = sha(db)
    with unprivileged():
        async with opened(db) as store:
            assert not store.available
            assert "read-only" in store.problems[0] and "running without a cache" in store.problems[0]
            assert await store.cache_get("v", "r") is None
            await store.cache_put("v", "r", "p2")
        assert sha(db) == before
        assert matching(open_dir, "*.db.*") == []  # nothing moved aside
        assert os.access(db, os.W_OK, effective_ids=os.access in os.supports_effective_ids) is False


async def test_read_only_directory_runs_without_cache(open_dir: Path) -> None:
    db = open_dir / "newsbot.db"
    async with opened(db) as store:
        await store.cache_put("v", "r", "p")
    if os.geteuid() == 0:
        os.chown(db, NOBODY, NOBODY)  # the file itself stays writable: only the directory is not
    os.chmod(open_dir, 0o555)
    with unprivileged():
        async with opened(db) as store:
            assert not store.available  # WAL needs to create -wal/-shm beside the file
            assert "read-only" in store.problems[0] and "running without a cache" in store.problems[0]
            assert await store.cache_get("v", "r") is None
        async with opened(open_dir / "new.db") as store:  # cannot be created either
            assert not store.available
            assert "read-only" in store.problems[0]
        async with opened(open_dir / "sub" / "x.db") as store:
            assert not store.available
            assert "cannot create its directory" in store.problems[0]
    assert matching(open_dir, "*.db.*") == []
    assert not (open_dir / "new.db").exists() and not (open_dir / "sub").exists()


async def test_root_really_can_write_a_chmod_444_file(open_dir: Path) -> None:
    """Pins why the read-only tests drop privileges: as root, mode bits alone are no read-only file."""
    if os.geteuid() != 0:
        pytest.skip("only meaningful as root")
    db = open_dir / "newsbot.db"
    async with opened(db) as store:
        pass
    db.chmod(0o444)
    async with opened(db) as store:
        assert store.available


# --------------------------------------------------------------------------- LRU, TTL, prune


async def test_eviction_keeps_the_bound(tmp_path: Path) -> None:
    async with opened(tmp_path / "e.db", max_entries=10) as store:
        for i in range(25):
            await store.cache_put("v", f"r{i}", str(i))
        stats = await store.stats()
        assert (stats.entries, stats.evictions) == (10, 15)
        assert [await store.cache_get("v", f"r{i}") for i in range(25)] == [None] * 15 + [
            str(i) for i in range(15, 25)
        ]
    async with opened(tmp_path / "e.db", max_entries=4) as store:  # a smaller bound applies at open
        assert (await store.stats()).entries == 4


async def test_lru_order_follows_use_not_insertion(tmp_path: Path) -> None:
    clock = Clock()  # a frozen clock: order must not depend on timestamps
    async with opened(tmp_path / "l.db", max_entries=3, clock=clock) as store:
        for name in "abc":
            await store.cache_put("v", name, name)
        assert await store.cache_get("v", "a") == "a"
        await store.cache_put("v", "d", "d")  # evicts b, the least recently used
        assert await store.cache_get("v", "b") is None
        await store.cache_put("v", "c", "c2")  # re-putting refreshes c
        await store.cache_put("v", "e", "e")  # evicts a
        assert [await store.cache_get("v", k) for k in "acde"] == [None, "c2", "d", "e"]


async def test_ttl_expiry_with_an_injected_clock(tmp_path: Path) -> None:
    clock = Clock()
    async with opened(tmp_path / "t.db", ttl_seconds=60, clock=clock) as store:
        await store.cache_put("v", "r", "p")
        clock.now += 59
        assert await store.cache_get("v", "r") == "p"  # a hit does not extend the TTL
        clock.now += 2
        assert await store.cache_get("v", "r") is None
        stats = await store.stats()
        assert (stats.entries, stats.evictions, stats.hits, stats.misses) == (0, 1, 1, 1)
    async with opened(tmp_path / "t2.db", ttl_seconds=0, clock=clock) as store:
        await store.cache_put("v", "r", "p")
        clock.now += 10**9
        assert await store.cache_get("v", "r") == "p"  # 0 = no expiry


async def test_prune_after_a_version_change(tmp_path: Path) -> None:
    async with opened(tmp_path / "p.db") as store:
        for i in range(5):
            await store.cache_put("old", f"r{i}", "o")
        await store.cache_put("new", "r0", "n")
        assert await store.prune("new") == 5
        assert await store.prune("new") == 0
        assert await store.cache_get("old", "r1") is None
        assert await store.cache_get("new", "r0") == "n"
        assert (await store.stats()).entries == 1


async def test_max_entries_zero_disables_caching_only(tmp_path: Path) -> None:
    async with opened(tmp_path / "z.db", max_entries=0) as store:
        await store.cache_put("v", "r", "p")
        assert await store.cache_get("v", "r") is None
        await store.vote("a", 1, 1)
        assert await store.votes("a") == (1, 0)


# --------------------------------------------------------------------------- history and votes


async def test_reload_history_round_trips_newest_first(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    async with opened(db) as store:
        await store.record_reload(record(n=1))
        await store.record_reload(record(by="1234567890", n=2, ok=False))
        local = ReloadRecord(**{**record(n=3).model_dump(), "at": datetime(2024, 3, 3, 14, 0)})
        await store.record_reload(local)
    async with opened(db) as store:
        history = await store.reload_history()
        assert [h.version_after for h in history] == ["v3", "v2", "v1"]
        assert history[1] == record(by="1234567890", n=2, ok=False)
        assert history[0].at == datetime(2024, 3, 3, 14, 0, tzinfo=UTC)  # naive taken as UTC
        assert await store.reload_history(limit=1) == history[:1]
    tz = timezone(timedelta(hours=2))
    assert ReloadRecord(**{**record().model_dump(), "at": datetime(2024, 1, 1, 2, tzinfo=tz)}).at == datetime(
        2024, 1, 1, 0, tzinfo=UTC
    )


async def test_votes_one_per_user_per_answer_and_changeable(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    async with opened(db) as store:
        await store.vote("a1", 1, 1)
        await store.vote("a1", 1, 1)  # the same vote again counts once
        await store.vote("a1", 2, 1)
        await store.vote("a1", 3, -1)
        await store.vote("a2", 1, -1)
        assert await store.votes("a1") == VoteTally(up=2, down=1)
        await store.vote("a1", 2, -1)  # changed their mind
        assert await store.votes("a1") == (1, 2)
        await store.vote("a1", 3, 0)  # withdrawn
        assert await store.votes("a1") == (1, 1)
        with pytest.raises(ValueError):
            await store.vote("a1", 4, 2)
    async with opened(db) as store:
        up, down = await store.votes("a1")
        assert (up, down) == (1, 1)
        assert await store.votes("a2") == (0, 1)
        assert await store.votes("unknown") == (0, 0)


# --------------------------------------------------------------------------- runtime faults


async def test_disk_full_keeps_answering_and_earlier_rows_survive(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "full.db"
    async with opened(db) as store:
        await store.record_reload(record(n=1))
        await store.vote("a", 1, 1)
    pages = rows(db, "PRAGMA page_count")[0][0]
    assert isinstance(pages, int)
    written: list[int] = []
    with caplog.at_level(logging.WARNING, logger="bot.store"):
        async with opened(db, max_pages=pages + 6) as store:
            for i in range(60):  # ~4 KB each: far more than 6 pages
                await store.cache_put("v", f"r{i}", f"{i:04d}" * 1000)
                if await store.cache_get("v", f"r{i}") is not None:
                    written.append(i)
            assert 0 < len(written) < 60
            assert [p for p in store.problems if "full" in p] == [
                "cache write failed, entry not stored: database or disk is full"
            ]
            for i in written:  # everything that went in still reads back
                assert await store.cache_get("v", f"r{i}") == f"{i:04d}" * 1000
            with pytest.raises(StoreWriteError):
                await store.record_reload(
                    ReloadRecord(**{**record(n=2).model_dump(), "problems": ["x" * 9000]})
                )
            assert [r.version_after for r in await store.reload_history()] == ["v1"]
            assert await store.votes("a") == (1, 0)
    assert caplog.text.count("database or disk is full") == 1  # warned once, not once per put
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    async with opened(db) as store:  # the cap is gone: the same file takes writes again
        assert store.problems == []
        await store.record_reload(record(n=2))
        assert len(await store.reload_history()) == 2


async def test_database_locked_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    async with opened(db, busy_timeout_ms=50) as store:
        await store.cache_put("v", "before", "b")
        await store.record_reload(record(n=1))
        async with locked_by_another_process(db):
            assert await store.cache_get("v", "before") == "b"  # WAL: readers are not blocked
            await store.cache_put("v", "during", "d")  # must not raise
            assert await store.cache_get("v", "during") is None
            assert any("database is locked" in p for p in store.problems)
            with pytest.raises(StoreWriteError, match="locked"):
                await store.record_reload(record(n=2))
        await store.cache_put("v", "after", "a")
        assert await store.cache_get("v", "after") == "a"
        await store.record_reload(record(n=3))
        assert [r.version_after for r in await store.reload_history()] == ["v3", "v1"]
        assert await store.votes("locker") == (1, 0)


async def test_file_deleted_while_running_is_recreated(tmp_path: Path) -> None:
    db = tmp_path / "gone.db"
    async with opened(db) as store:
        await store.cache_put("v", "r", "p")
        delete_database(db)
        await store.cache_put("v", "r2", "p2")  # notices, reopens a fresh file, writes there
        assert store.available
        assert any("deleted or replaced" in p for p in store.problems)
        assert await store.cache_get("v", "r") is None
        assert await store.cache_get("v", "r2") == "p2"
        await store.record_reload(record())
    assert db.exists()
    assert len(rows(db, "SELECT * FROM reloads")) == 1


async def test_writes_during_a_reopen_wait_for_it_instead_of_failing(tmp_path: Path) -> None:
    """A deleted file is reopened by the first write that notices; writes arriving meanwhile wait for
    the new file rather than find no connection and be refused as "not recorded"."""
    db = tmp_path / "gone.db"
    async with opened(db) as store:
        await store.vote("a", 0, 1)
        delete_database(db)
        votes = [store.vote("a", user, 1) for user in range(1, 21)]
        await asyncio.gather(*votes, store.record_reload(record()))
        assert store.available and await store.votes("a") == (20, 0)
        assert len(await store.reload_history()) == 1
    assert len(rows(db, "SELECT * FROM votes")) == 20


async def test_calls_after_close_are_harmless(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "x.db")
    await store.close()
    await store.close()
    assert not store.available
    assert await store.cache_get("v", "r") is None
    await store.cache_put("v", "r", "p")


CHILD = """
import asyncio, sys
from pathlib import Path
from bot.store import SQLiteStore

async def main() -> None:
    store = await SQLiteStore.open(Path(sys.argv[1]))
    print(await store.cache_get("v", "from-parent"), store.problems, flush=True)
    await store.cache_put("v", "from-child", "child")
    await store.close()

asyncio.run(main())
"""


async def test_two_processes_share_the_cache_while_both_are_open(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    async with opened(db) as store:
        await store.cache_put("v", "from-parent", "parent")
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            CHILD,
            str(db),
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
        )
        out, _ = await child.communicate()
        assert child.returncode == 0
        assert out.decode().strip() == "parent []"
        assert await store.cache_get("v", "from-child") == "child"
