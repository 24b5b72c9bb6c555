"""Load on the shared store: 4 processes x 50 concurrent questions against one PostgreSQL server, against
one process with its SQLite file (and, for comparison, 4 processes sharing one SQLite file on one machine).

    .venv/bin/python -m benchmarks.bench_pg [--rounds 5] [--pool 100] [--corpus seeds]

Each process is a real Service with its real store (no Discord): it asks ``--concurrency`` questions at
once with ``asyncio.gather``, ``--rounds`` times, drawn from a pool of ``--pool`` distinct questions (each
process its own draw), so repeats — in the same process or another — are cache hits through the shared
store. The single SQLite process asks as many questions in all, 50 at a time. Reported: throughput
(questions in all / wall time from the first question to the last), latency p50/p99 of ``Service.ask``
(cache lookup, answering on a miss, cache write), and the cache hit rate. The PostgreSQL server is a
throwaway one (tests/support/postgres.py) with durable files and ``synchronous_commit=off`` (a commit
is acknowledged before its WAL is flushed, like the SQLite store's WAL with ``synchronous=NORMAL``).
Every process starts (and builds its engine) before the clock starts. Timings on a shared 2-core
machine are noisy: the figures in the README say when and how they were taken.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_load import pct, questions
from bot.service import Service
from bot.settings import load_settings
from tests.support.postgres import BENCH, TempCluster

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------- one process


async def worker(args: argparse.Namespace) -> None:
    """One process: start, say ready, wait for "go", ask, print the measurements as one JSON line."""
    overrides: dict[str, Any] = {
        "corpus": args.corpus,
        "db": args.db,
        "aliases": ROOT / "config" / "aliases.toml",
    }
    settings = load_settings(**overrides)
    if args.index:
        settings = settings.model_copy(update={"db": Path(args.index)})
    service = await Service.start(settings, warm=False)
    pool = questions(args.pool)
    rng = random.Random(args.seed)
    if service.store is not None:  # connections opened before the clock starts (the pool grows on demand)
        await asyncio.gather(*(service.store.stats() for _ in range(args.concurrency)))
    print(json.dumps({"ready": True, "problems": service.problems}), flush=True)
    await asyncio.to_thread(sys.stdin.readline)  # "go"
    latencies: list[float] = []
    hits = 0
    failures: list[str] = []

    async def one(q: str) -> None:
        nonlocal hits
        t = time.perf_counter()
        try:
            answer = await service.ask(q)
        except Exception as exc:  # counted and reported: a benchmark must not hide a failure
            failures.append(f"{type(exc).__name__}: {exc}")
            return
        latencies.append((time.perf_counter() - t) * 1000)
        hits += answer.cached

    start = time.time()
    for _ in range(args.rounds):
        await asyncio.gather(*(one(rng.choice(pool)) for _ in range(args.concurrency)))
    end = time.time()
    problems = service.problems
    await service.close()
    print(json.dumps({"start": start, "end": end, "latencies": latencies, "hits": hits, "problems": problems,
                      "failures": failures}))  # fmt: skip


# ---------------------------------------------------------------------------- the parent


async def run_processes(n: int, db: str, args: argparse.Namespace, work: Path, rounds: int) -> dict[str, Any]:
    """Start ``n`` worker processes on one database, release them together, gather what they measured."""
    procs = []
    for i in range(n):
        cmd = [sys.executable, "-m", "benchmarks.bench_pg", "--worker", "--db", db,
               "--corpus", str(args.corpus), "--rounds", str(rounds), "--pool", str(args.pool),
               "--concurrency", str(args.concurrency), "--seed", str(1000 + i)]  # fmt: skip
        if db.startswith("postgresql://"):
            cmd += ["--index", str(work / f"index-{i}.db")]
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
        procs.append(
            await asyncio.create_subprocess_exec(
                *cmd, cwd=ROOT, env=env, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
            )
        )
    for p in procs:
        assert p.stdout is not None
        ready = json.loads(await p.stdout.readline())
        if ready.get("problems"):
            print(f"warning: {ready['problems']}", file=sys.stderr)
    for p in procs:
        assert p.stdin is not None
        p.stdin.write(b"go\n")
        await p.stdin.drain()
    results = []
    for p in procs:
        out, _ = await asyncio.wait_for(p.communicate(), 600)
        lines = out.decode().strip().splitlines()
        if p.returncode != 0 or not lines:
            raise RuntimeError(f"a worker process failed (exit {p.returncode}); its error is above")
        results.append(json.loads(lines[-1]))
    latencies = [x for r in results for x in r["latencies"]]
    wall = max(r["end"] for r in results) - min(r["start"] for r in results)
    hits = sum(r["hits"] for r in results)
    failures = [f for r in results for f in r["failures"]]
    return {
        "failed": len(failures),
        "failures": sorted(set(failures))[:5],
        "processes": n,
        "questions": len(latencies) + len(failures),
        "wall_s": wall,
        "throughput_qps": len(latencies) / wall,
        "p50_ms": statistics.median(latencies),
        "p99_ms": pct(latencies, 0.99),
        "hit_rate": hits / len(latencies),
        "problems": sorted({p for r in results for p in r["problems"]}),
    }


async def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    work = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    rows: list[dict[str, Any]] = []
    try:
        cluster = await asyncio.to_thread(TempCluster.start, BENCH)
        try:
            dsn = await asyncio.to_thread(cluster.create_database, "bench")
            rows.append({"store": "PostgreSQL", **await run_processes(4, dsn, args, work, args.rounds)})
        finally:
            await asyncio.to_thread(cluster.destroy)
        one = str(work / "one.db")
        rows.append({"store": "SQLite", **await run_processes(1, one, args, work, 4 * args.rounds)})
        if args.shared_sqlite:
            shared = str(work / "shared.db")
            rows.append({"store": "SQLite shared", **await run_processes(4, shared, args, work, args.rounds)})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def table(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    out = [
        f"{args.concurrency} concurrent questions per process, {args.pool} distinct questions, "
        f"corpus {args.corpus}",
        "",
        "| store | processes | questions | failed | throughput q/s | p50 ms | p99 ms | cache hit rate |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r['store']} | {r['processes']} | {r['questions']} | {r['failed']} | "
            f"{r['throughput_qps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['hit_rate']:.3f} |"
        )
    out += [f"failure: {f}" for r in rows for f in r["failures"]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    p.add_argument("--rounds", type=int, default=5, help="rounds of concurrent questions per process")
    p.add_argument("--concurrency", type=int, default=50)
    p.add_argument("--pool", type=int, default=100, help="distinct questions the draws come from")
    p.add_argument("--shared-sqlite", action="store_true", help="also 4 processes sharing one SQLite file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--db", help=argparse.SUPPRESS)
    p.add_argument("--index", help=argparse.SUPPRESS)
    p.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        asyncio.run(worker(args))
        return 0
    rows = asyncio.run(run(args))
    print(json.dumps(rows, indent=1) if args.json else table(rows, args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
