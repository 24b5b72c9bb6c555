"""Two processes opening a new SQLite database at the same moment: neither may take the other's fresh
database for a foreign one and move it aside, and both end up with a working store on the same file.
Real processes, released together by a barrier, thirty times over."""

from __future__ import annotations

import asyncio
import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path

TRIALS = 30


def _opener(
    directory: str, barrier: Barrier, results: multiprocessing.Queue[tuple[int, bool, list[str]]]
) -> None:
    from bot.store import SQLiteStore

    async def one(path: Path) -> tuple[bool, list[str]]:
        store = await SQLiteStore.open(path)
        try:
            ok = store.available
            if ok:
                await store.cache_put("v", "r", "p")
            return ok, list(store.problems)
        finally:
            await store.close()

    for i in range(TRIALS):
        barrier.wait(timeout=60)
        ok, notes = asyncio.run(one(Path(directory) / f"race-{i}.db"))
        results.put((i, ok, notes))


def test_two_processes_creating_one_database_never_set_it_aside(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results: multiprocessing.Queue[tuple[int, bool, list[str]]] = ctx.Queue()
    procs = [ctx.Process(target=_opener, args=(str(tmp_path), barrier, results)) for _ in range(2)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * TRIALS)]
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    failed = [(i, notes) for i, ok, notes in outcomes if not ok or notes]
    assert not failed, failed
    aside = sorted(p.name for p in tmp_path.iterdir() if ".foreign-" in p.name or ".corrupt-" in p.name)
    assert not aside, aside
