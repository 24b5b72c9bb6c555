"""Store faults through the Service, the way the bot meets them: the disk fills up, another process locks
the file, the file is corrupted, or deleted while the bot runs. Questions keep being answered (the cache
is an optimisation), the problem is reported, votes that cannot be stored are refused loudly, and no row
written before the fault is lost. Real SQLite files, a real second process for the lock."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.service import Service
from bot.settings import Settings
from bot.store import SQLiteStore, StoreWriteError
from retrieval import Engine, build_engine
from tests.support.locker import locked_by_another_process

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ALIASES = ROOT / "config" / "aliases.toml"

QUESTION = "Is Putin open to direct talks with Ukraine?"
QUESTIONS = [
    QUESTION,
    "What did NATO ask Russia to do about the ceasefire?",
    "What did Zelensky propose about strikes on civilians?",
    "What did Rutte say about the war in Ukraine?",
    "Who met in Istanbul?",
    "What did the Kremlin say about the talks?",
    "What happened to the energy infrastructure?",
    "What did Trump say about Putin?",
]


def settings_for(db: Path) -> Settings:
    return Settings(_env_file=None, corpus=SEEDS, db=db, aliases=ALIASES)


@asynccontextmanager
async def service(engine: Engine, db: Path, **store_options: object) -> AsyncIterator[Service]:
    store = await SQLiteStore.open(db, **store_options)  # type: ignore[arg-type]
    svc = Service(settings_for(db), engine, store)
    try:
        yield svc
    finally:
        await svc.close()


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def set_aside(directory: Path, name: str) -> list[Path]:
    """The main files the store moved aside as corrupt (not their -wal/-shm companions)."""
    found = directory.glob(f"{name}.corrupt-*")
    return [p for p in found if not p.name.endswith(("-wal", "-shm"))]


def delete_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


async def seed_rows(engine: Engine, db: Path) -> str:
    """A reload record, a vote and a cached answer written before any fault; returns the answer id."""
    async with service(engine, db) as svc:
        await svc.checkpoint("cli")
        answer = await svc.ask(QUESTION)
        await svc.feedback(answer.answer_id, 42, 1)
        return answer.answer_id


async def assert_rows_intact(db: Path, answer_id: str) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    store = await SQLiteStore.open(db)
    try:
        assert len(await store.reload_history()) >= 1
        assert (await store.votes(answer_id)).up >= 1
    finally:
        await store.close()


async def ask_all(svc: Service, rounds: int = 4) -> int:
    """Ask every question (several times over, with variations so the cache must grow); returns how
    many were answered with quotes. Any exception fails the test."""
    quoted = 0
    for round_ in range(rounds):
        for q in QUESTIONS:
            answer = await svc.ask(q + " " * round_ + ("?" * round_))
            quoted += not answer.abstained
    return quoted


@pytest.fixture(scope="module")
def engine() -> Engine:
    return build_engine(SEEDS, aliases=ALIASES)


async def test_disk_full(engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "full.db"
    answer_id = await seed_rows(engine, db)
    pages = rows(db, "PRAGMA page_count")[0][0]
    assert isinstance(pages, int)
    with caplog.at_level(logging.WARNING):
        async with service(engine, db, max_pages=pages + 1) as svc:
            assert svc.store is not None
            assert (await svc.ask(QUESTION)).cached, "entries written before still serve"
            assert await ask_all(svc) > 0
            assert any("full" in p for p in svc.store.problems), "the cache problem is reported"
            report = await svc.reload("mod (1)")  # a reload still swaps; only its record may fail
            assert report.ok
            stored, refused = [], 0
            for uid in range(300):  # each vote is stored or refused loudly (the voter is told), never lost
                aid = f"{uid:03d}" + "x" * 61
                try:
                    await svc.feedback(aid, uid, 1)
                    stored.append(aid)
                except StoreWriteError:
                    refused += 1
            assert refused > 0, "a full database refuses some votes"
            for aid in stored:
                assert await svc.store.votes(aid) == (1, 0)
            assert await svc.store.votes(answer_id) == (1, 0)
    assert "database or disk is full" in caplog.text
    await assert_rows_intact(db, answer_id)


async def test_locked_by_another_process(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    answer_id = await seed_rows(engine, db)
    async with service(engine, db, busy_timeout_ms=50) as svc:
        assert svc.store is not None
        async with locked_by_another_process(db):
            assert (await svc.ask(QUESTION)).cached
            assert await ask_all(svc, rounds=1) > 0
            assert any("locked" in p for p in svc.store.problems)
            with pytest.raises(StoreWriteError, match="locked"):
                await svc.feedback(answer_id, 7, -1)  # the voter is told it was not recorded
            assert (await svc.reload("mod (1)")).ok
        await svc.feedback(answer_id, 7, -1)  # works again once the lock is gone
        assert await svc.store.votes(answer_id) == (1, 1)
        assert await svc.store.votes("locker") == (1, 0), "the other process's row is kept too"
    await assert_rows_intact(db, answer_id)


async def test_corrupt_file_at_start_is_set_aside_intact(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "corrupt.db"
    await seed_rows(engine, db)
    with db.open("r+b") as f:  # damage the page after the header: the schema page survives, data does not
        f.seek(4096)
        f.write(b"\xde\xad\xbe\xef" * 1024)
    damaged = hashlib.sha256(db.read_bytes()).hexdigest()
    svc = await Service.start(settings_for(db))
    try:
        assert svc.store is not None and svc.store.available
        assert any("corrupt" in p for p in svc.problems), "reported at start"
        assert await ask_all(svc) > 0
        [aside] = set_aside(tmp_path, "corrupt.db")
        assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged, "kept byte for byte"
    finally:
        await svc.close()


async def test_corrupted_while_running(
    engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "rot.db"
    await seed_rows(engine, db)
    async with service(engine, db) as svc:
        assert svc.store is not None
        await ask_all(svc)
        size = db.stat().st_size
        with db.open("r+b") as f:
            f.seek(4096)
            f.write(b"\x00\xff" * ((size - 4096) // 2))
        with caplog.at_level(logging.WARNING):
            assert await ask_all(svc) > 0, "still answering from the engine"
        # SQLite may keep serving its in-memory pages; whatever it notices is reported, not raised
        assert all("malformed" in p or "corrupt" in p or "not a database" in p for p in svc.store.problems)
    damaged = hashlib.sha256(db.read_bytes()).hexdigest()
    svc2 = await Service.start(settings_for(db))  # the next start sets the damaged file aside, intact
    try:
        assert any("corrupt" in p for p in svc2.problems)
        assert await ask_all(svc2) > 0
        kept = set_aside(tmp_path, "rot.db")
        assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in kept] == [damaged]
    finally:
        await svc2.close()


async def test_deleted_while_running(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "gone.db"
    await seed_rows(engine, db)
    async with service(engine, db) as svc:
        assert svc.store is not None
        delete_database(db)
        assert await ask_all(svc) > 0
        assert any("deleted or replaced" in p for p in svc.store.problems)
        answer = await svc.ask(QUESTION)
        await svc.feedback(answer.answer_id, 9, 1)
        assert (await svc.reload("mod (1)")).ok
    # rows written after the deletion are in the new file, not lost in the unlinked one
    assert db.exists()
    assert len(rows(db, "SELECT * FROM votes")) == 1
    assert len(rows(db, "SELECT * FROM reloads")) == 1
    assert int(str(rows(db, "SELECT count(*) FROM cache")[0][0])) > 0
