"""A cluster of two real processes sharing one database: process A (this test's own event loop) and
process B (a separate OS process, tests/support/node.py), each a real Service with its real store and
reload coordination. A answers and caches, B gets the cached answer; a /reload in A reaches B, which
then serves (and lists in /sources) the same corpus version; a reload already running elsewhere is
reported, not started twice. Once on PostgreSQL (LISTEN/NOTIFY, advisory lock), once on a SQLite file
shared on one machine (polling, flock)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.coordination import Coordinator
from bot.coordination.postgres import PostgresCoordination
from bot.coordination.sqlite import SQLiteCoordination
from bot.service import Service
from bot.settings import load_settings
from tests.conftest import ALIASES, ROOT, SEEDS

QUESTION = "Who is Ukraine's First Deputy Foreign Minister?"
NEW_ARTICLE = """Kyiv reopens the Zorblatt Bridge

The Zorblatt Bridge in Kyiv reopened to traffic on June 3, 2025, after repairs that took eleven months, \
the city's transport department said on Tuesday.
"""
NEW_QUESTION = "When did the Zorblatt Bridge reopen?"


class Node:
    """Process B: a separate OS process serving the same corpus from the same database."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    @classmethod
    async def start(cls, corpus: Path, db: str, *, index: Path | None = None, poll: float = 0.3) -> Node:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
        args = ["--corpus", str(corpus), "--db", db, "--aliases", str(ALIASES), "--poll", str(poll)]
        if index is not None:
            args += ["--index", str(index)]
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.support.node", *args, cwd=ROOT, env=env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        node = cls(proc)
        ready = await node._read()
        assert ready.get("ready"), ready
        return node

    async def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), 120)
        assert line, f"process B exited ({await self.proc.wait()})"
        return json.loads(line)  # type: ignore[no-any-return]

    async def call(self, **request: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(request) + "\n").encode())
        await self.proc.stdin.drain()
        return await self._read()

    async def stop(self) -> None:
        if self.proc.returncode is None:
            try:
                await self.call(op="quit")
            except (AssertionError, ConnectionError):
                pass
            try:
                await asyncio.wait_for(self.proc.wait(), 30)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[Callable[..., Awaitable[tuple[Service, Node]]]]:
    """``await cluster(corpus_a, corpus_b, db)``: process A (a Service here) and process B (a node)."""
    started: list[Service | Node] = []

    async def start(corpus_a: Path, corpus_b: Path, db: str, *, postgres: bool) -> tuple[Service, Node]:
        settings = load_settings(corpus=corpus_a, db=db, aliases=ALIASES, reload_poll_seconds=0.3)
        if postgres:  # the persisted index of each process in a place of its own
            settings = settings.model_copy(update={"db": tmp_path / "a" / "index.db"})
        a = await Service.start(settings, warm=False)
        started.append(a)
        await Coordinator.attach(a)
        # on PostgreSQL, B polls only once a minute: a reload reaching it sooner came by NOTIFY
        b = await Node.start(
            corpus_b,
            db,
            index=tmp_path / "b" / "index.db" if postgres else None,
            poll=60 if postgres else 0.3,
        )
        started.append(b)
        return a, b

    try:
        yield start
    finally:
        for thing in reversed(started):
            if isinstance(thing, Node):
                await thing.stop()
            else:
                await thing.close()


async def until(check: Callable[[], Awaitable[bool]], within: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "the other process never caught up"
        await asyncio.sleep(0.1)


def corpus_copy(tmp_path: Path, name: str) -> Path:
    dst = tmp_path / name
    shutil.copytree(SEEDS, dst)
    return dst


async def a_reload_reaches_the_other_process(a: Service, b: Node, corpus: Path) -> None:
    first = await a.ask(QUESTION)
    assert not first.cached
    got = await b.call(op="ask", q=QUESTION)
    assert got["cached"] is True and got["answer"] == first.answer, "B is served A's cached answer"
    assert got["version"] == a.version
    assert (await b.call(op="ask", q=NEW_QUESTION))["abstained"] is True

    (corpus / "zorblatt.txt").write_text(NEW_ARTICLE)
    before = a.version
    report = await a.reload(by="moderator in A")
    assert report.ok and report.version_after != before and a.version == report.version_after

    async def caught_up() -> bool:
        return (await b.call(op="sources"))["version"] == a.version

    await until(caught_up)
    ours = sorted(d.doc_id for d in (await a.sources()).documents)
    assert (await b.call(op="sources"))["documents"] == ours, "/sources in B lists what A lists"
    answer = await b.call(op="ask", q=NEW_QUESTION)
    assert answer["abstained"] is False and "June 3, 2025" in answer["answer"]
    assert (await b.call(op="problems"))["problems"] == []
    assert [r.by for r in await a.store.reload_history()] == ["moderator in A"], (
        "B's follow is not re-recorded"
    )  # type: ignore[union-attr]


async def test_postgresql_cluster_shares_the_cache_and_every_reload(
    cluster: Any, postgres_dsn: str, tmp_path: Path
) -> None:
    corpus = corpus_copy(tmp_path, "corpus")
    a, b = await cluster(corpus, corpus, postgres_dsn, postgres=True)
    await a_reload_reaches_the_other_process(a, b, corpus)


async def test_sqlite_file_shared_on_one_machine_shares_the_cache_and_every_reload(
    cluster: Any, tmp_path: Path
) -> None:
    corpus = corpus_copy(tmp_path, "corpus")
    a, b = await cluster(corpus, corpus, str(tmp_path / "shared.db"), postgres=False)
    await a_reload_reaches_the_other_process(a, b, corpus)


@pytest.mark.parametrize("kind", ["postgres", "sqlite"])
async def test_a_reload_running_elsewhere_is_reported_not_started_twice(
    kind: str, cluster: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    corpus = corpus_copy(tmp_path, "corpus")
    db = request.getfixturevalue("postgres_dsn") if kind == "postgres" else str(tmp_path / "shared.db")
    a, b = await cluster(corpus, corpus, db, postgres=kind == "postgres")
    other = PostgresCoordination(db) if kind == "postgres" else SQLiteCoordination(Path(db))
    try:
        assert (await other.try_lock("mod (42) in process C")).state == "held"
        before = a.version
        (corpus / "zorblatt.txt").write_text(NEW_ARTICLE)
        refused = await a.reload(by="mod in A")
        assert not refused.ok and a.version == before
        assert "mod (42) in process C" in (refused.error or "") and "not started" in (refused.error or "")
        assert (await b.call(op="reload", by="mod in B"))["ok"] is False
        assert await a.store.reload_history() == []  # type: ignore[union-attr]
    finally:
        await other.unlock()
    assert (await a.reload(by="mod in A")).ok, "free again once the other reload is over"
    await other.close()


async def test_a_process_whose_files_differ_says_so(cluster: Any, postgres_dsn: str, tmp_path: Path) -> None:
    corpus_a, corpus_b = corpus_copy(tmp_path, "a-corpus"), corpus_copy(tmp_path, "b-corpus")
    a, b = await cluster(corpus_a, corpus_b, postgres_dsn, postgres=True)
    (corpus_a / "zorblatt.txt").write_text(NEW_ARTICLE)
    assert (await a.reload(by="moderator")).ok

    async def complains() -> bool:
        return any("the same everywhere" in p for p in (await b.call(op="problems"))["problems"])

    await until(complains)


async def test_with_the_server_down_a_reload_goes_ahead_here_and_says_the_others_were_not_told(
    private_postgres: Any, tmp_path: Path
) -> None:
    corpus = corpus_copy(tmp_path, "corpus")
    url = private_postgres.create_database()
    settings = load_settings(corpus=corpus, db=url, aliases=ALIASES, reload_poll_seconds=0.3)
    a = await Service.start(settings.model_copy(update={"db": tmp_path / "index.db"}), warm=False)
    try:
        await Coordinator.attach(a)
        private_postgres.stop_server()
        (corpus / "zorblatt.txt").write_text(NEW_ARTICLE)
        report = await a.reload(by="moderator")
        assert report.ok and a.version == report.version_after
        assert any("other processes were not told" in p for p in report.problems)
        assert private_postgres.password not in " ".join(report.problems)
    finally:
        await a.close()
