"""What the SQLite cache costs and saves: hit latency, the overhead a miss adds (get + put), and the
time to answer without a cache, on a throw-away file in a temp directory.

    python -m benchmarks.bench_cache [--n 2000] [--corpus seeds] [--max-entries 5000]

The no-cache baseline is the real engine over ``--corpus`` (``Engine.ask`` in a worker thread, as the
service runs it); if the engine cannot be built, the baseline is reported as unavailable and the
cache figures use a synthetic ~2 KB payload. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.store import SQLiteStore, normalize_request

QUESTIONS = (
    "What did the president say about the ceasefire?",
    "Who won the election?",
    "When was the agreement signed?",
    "What happened at the border?",
    "How many people were killed?",
    "Why did the talks collapse?",
    "What did officials say about aid?",
    "Where did the attack take place?",
)


class Timings:
    def __init__(self) -> None:
        self.ns: list[int] = []

    async def time(self, fn: Callable[[], Awaitable[object]]) -> object:
        start = time.perf_counter_ns()
        result = await fn()
        self.ns.append(time.perf_counter_ns() - start)
        return result

    def row(self, label: str) -> str:
        if not self.ns:
            return f"| {label} | n/a | n/a | n/a | 0 |"
        ms = sorted(n / 1e6 for n in self.ns)
        p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
        return (
            f"| {label} | {statistics.median(ms):.3f} | {p99:.3f} | {statistics.fmean(ms):.3f} | {len(ms)} |"
        )


def build_answerer(corpus: Path) -> tuple[Callable[[str], str] | None, str]:
    """The real engine's ask, returning the JSON the cache would hold; None if it cannot be built."""
    try:
        from retrieval import build_engine

        engine = build_engine(corpus)
    except Exception as exc:  # the benchmark still measures the cache without a baseline
        return None, f"engine unavailable ({type(exc).__name__}: {exc})"

    def answer(question: str) -> str:
        return engine.ask(question).model_dump_json()

    return answer, f"engine over {corpus} ({len(engine.sentences)} sentences)"


def directory_kb(directory: Path) -> float:
    return sum(p.stat().st_size for p in directory.iterdir()) / 1024


async def run(n: int, corpus: Path, max_entries: int) -> str:
    answer, baseline_note = await asyncio.to_thread(build_answerer, corpus)
    synthetic = '{"answer": "' + "x" * 2000 + '"}'
    no_cache, miss_get, miss_put, overhead, miss_total, hit = (Timings() for _ in range(6))
    baseline_n = min(n, 300)

    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        db = Path(tmp) / "bench.db"
        store = await SQLiteStore.open(db, max_entries=max_entries)
        try:
            if not store.available:
                raise SystemExit(f"store unavailable: {store.problems}")
            if answer is not None:
                for i in range(baseline_n):
                    q = QUESTIONS[i % len(QUESTIONS)]
                    await no_cache.time(lambda q=q: asyncio.to_thread(answer, q))  # type: ignore[misc]
            for i in range(n):
                question = f"{QUESTIONS[i % len(QUESTIONS)]} #{i}"
                request = normalize_request("ask", question)
                start = time.perf_counter_ns()
                got = await miss_get.time(lambda r=request: store.cache_get("v1", r))  # type: ignore[misc]
                assert got is None
                if answer is not None and i < baseline_n:
                    payload = await asyncio.to_thread(answer, QUESTIONS[i % len(QUESTIONS)])
                else:
                    payload = synthetic
                put_start = time.perf_counter_ns()
                await miss_put.time(lambda r=request, p=payload: store.cache_put("v1", r, p))  # type: ignore[misc]
                end = time.perf_counter_ns()
                overhead.ns.append(miss_get.ns[-1] + (end - put_start))
                if answer is not None and i < baseline_n:
                    miss_total.ns.append(end - start)
            for i in range(max(0, n - max_entries), n):  # only the entries the LRU bound kept
                request = normalize_request("ask", f"{QUESTIONS[i % len(QUESTIONS)]} #{i}")
                got = await hit.time(lambda r=request: store.cache_get("v1", r))  # type: ignore[misc]
                assert got is not None
            stats = await store.stats()
        finally:
            await store.close()
        size_kb = directory_kb(Path(tmp))

    lines = [
        f"Cache benchmark: n={n}, max_entries={max_entries}, SQLite file {size_kb:.0f} KB after close; "
        f"baseline: {baseline_note}",
        "",
        "| measure | p50 ms | p99 ms | mean ms | samples |",
        "|---|---:|---:|---:|---:|",
        hit.row("cache hit (`cache_get`)"),
        miss_get.row("cache miss: `cache_get`"),
        miss_put.row("cache miss: `cache_put` (+ LRU eviction)"),
        overhead.row("**miss overhead** (get-miss + put)"),
        no_cache.row("answer without cache (`Engine.ask` in a thread)"),
        miss_total.row("answer on a miss (get + ask + put)"),
        "",
        f"store counters: hits={stats.hits} misses={stats.misses} entries={stats.entries} "
        f"evictions={stats.evictions}",
    ]
    if no_cache.ns and overhead.ns:
        base = statistics.median(no_cache.ns)
        over = statistics.median(overhead.ns)
        lines.append(
            f"median miss overhead = {100 * over / base:.1f}% of a no-cache answer; "
            f"a hit is {base / statistics.median(hit.ns):.0f}x faster than answering"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=2000, help="distinct requests to put and then get")
    parser.add_argument("--corpus", type=Path, default=Path("seeds"), help="corpus for the no-cache baseline")
    parser.add_argument("--max-entries", type=int, default=5000)
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.n, args.corpus, args.max_entries)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
