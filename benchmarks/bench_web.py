"""Status pages benchmark: each page's render time over real HTTP on loopback, with a large corpus and
a long question history (issue 21's target: every page within 200 ms).

    python -m benchmarks.bench_web [--docs 100000] [--questions 100000] [--requests 40]
                                   [--workdir var/bench-web]

A synthetic corpus of ``--docs`` short articles (3 sentences each, 40 outlets, dates over five years,
a few undated) is written under the workdir and indexed as ``newsbot web`` does it (the index is
persisted there, so a second run starts in seconds). The question history (``--questions`` records:
15% declined over 2,000 gap topics, a few thousand votes with reasons) is written through the store
interface into a fresh SQLite file. Each page is requested once to warm it (the first Sources request
builds the sources index: reported on its own), then ``--requests`` times; searches use a different
word each time, so no memoised result is measured. Prints a markdown table of p50 / p99 / max per page.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from bot.service import Service
from bot.settings import Settings
from bot.store import SQLiteStore, Store
from bot.web import build_app
from bot.web.history import QuestionRecord

OUTLETS = [f"{a} {b}" for a in ("Northern", "Coastal", "Daily", "Evening", "Metro") for b in
           ("Herald", "Courier", "Ledger", "Times", "Post", "Wire", "Gazette", "Observer")]  # fmt: skip
SYLLABLES = "ka lo mi ne ru sa ti vo ze ba de fi gu ha jo ku la me no pe ri so tu va wi".split()
TOPICS = ("harbour", "election", "budget", "strike", "flood", "merger", "stadium", "vaccine")
MONTHS = ("January February March April May June July August September October November December").split()


def words(rnd: random.Random, n: int) -> list[str]:
    return ["".join(rnd.choices(SYLLABLES, k=rnd.randint(2, 3))) for _ in range(n)]


def write_corpus(root: Path, docs: int, seed: int = 11, *, names: bool = False) -> None:
    """``docs`` JSONL articles in files of 5,000; skipped when the directory already holds them.
    ``names``: the talks are led by one of 300 people, so event subjects (Discord's topic suggestions)
    have names to offer; the corpus is otherwise the same."""
    marker = root / f".complete-{docs}{'-names' if names else ''}"
    if marker.exists():
        return
    root.mkdir(parents=True, exist_ok=True)
    for old in [*root.glob("*.jsonl"), *root.glob(".complete-*")]:
        old.unlink()
    rnd = random.Random(seed)
    vocab = words(rnd, 6000)
    pool = words(random.Random(seed + 1), 600)
    people = [f"{a.capitalize()} {b.capitalize()}" for a, b in zip(pool[::2], pool[1::2], strict=True)]
    start = date(2020, 1, 1)
    for first in range(0, docs, 5000):
        lines = []
        for i in range(first, min(docs, first + 5000)):
            topic = TOPICS[i % len(TOPICS)]
            when = start + timedelta(days=rnd.randrange(5 * 365))
            event = when - timedelta(days=rnd.randrange(1, 20))
            filler = " ".join(rnd.choices(vocab, k=12))
            led = f" led by {people[i % len(people)]}" if names else ""  # mid-sentence: a name's capital
            record: dict[str, str] = {
                "id": f"doc-{i:06d}",
                "title": f"{topic.capitalize()} {' '.join(rnd.choices(vocab, k=4))}",
                "text": f"The {topic} talks{led} resumed on {MONTHS[event.month - 1]} {event.day}, "
                f"{event.year}, officials said. {filler.capitalize()}. Critics of the {topic} plan "
                f"{rnd.choice(vocab)} {rnd.choice(vocab)} the council.",
                "source": rnd.choice(OUTLETS),
                "url": f"https://news.example/{i}",
            }
            if i % 50:
                record["published"] = when.isoformat()
            lines.append(json.dumps(record))
        (root / f"part-{first // 5000:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    marker.touch()


async def fill_history(store: Store, questions: int, version: str, seed: int = 5) -> None:
    rnd = random.Random(seed)
    vocab = words(rnd, 3000)
    gaps = [" ".join(sorted(rnd.sample(vocab, 2))) for _ in range(2000)]
    now = datetime.now(UTC)
    for i in range(questions):
        at = now - timedelta(seconds=(questions - i) * 60 * 24 * 60 / questions)  # spread over 60 days
        declined = rnd.random() < 0.15
        key = gaps[min(int(rnd.paretovariate(1.2)) - 1, len(gaps) - 1)] if declined else "talks harbour"
        await store.record_question(
            QuestionRecord(
                at=at,
                question=f"What about the {key} {rnd.choice(vocab)}?",
                answer_id=f"ans-{i}",
                answer="That is not in the coverage."
                if declined
                else "Officials said the talks resumed. [1]",
                abstained=declined,
                cached=rnd.random() < 0.3,
                looked_for=key.split(),
                gap_key=key,
                corpus_version=version,
                user_id=10_000 + rnd.randrange(5000),
                source="discord",
            )
        )
        if i % 33 == 0:
            down = rnd.random() < 0.6
            reason = rnd.choice(["wrong_quote", "not_answered", "outdated", "other", None]) if down else None
            await store.vote(f"ans-{i}", 20_000 + i, -1 if down else 1, reason)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def timed(client: TestClient, path: str) -> float:  # type: ignore[type-arg]
    t0 = time.perf_counter()
    response = await client.get(path)
    await response.read()
    elapsed = (time.perf_counter() - t0) * 1000
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}")
    return elapsed


class LagProbe:
    """The event loop's longest stall while it runs: a task sleeping 5 ms in a loop."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _probe(self) -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, (time.perf_counter() - t0) * 1000 - 5)

    def __enter__(self) -> LagProbe:
        self._task = asyncio.create_task(self._probe())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


async def run(args: argparse.Namespace) -> None:
    workdir: Path = args.workdir
    corpus = workdir / "corpus"
    t0 = time.perf_counter()
    write_corpus(corpus, args.docs)
    print(f"corpus: {args.docs:,} documents ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    settings = Settings(corpus=corpus, db=workdir / "index.db", aliases=None)
    t0 = time.perf_counter()
    service = await Service.start(settings, use_store=False, warm=True)
    print(f"engine ready ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)

    history = workdir / "history.db"
    history.unlink(missing_ok=True)
    store = await SQLiteStore.open(history, max_entries=5000, ttl_seconds=0, max_questions=args.questions)
    t0 = time.perf_counter()
    await fill_history(store, args.questions, service.version)
    print(f"history: {args.questions:,} questions ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    service.store = store

    rnd = random.Random(3)
    vocab_hits = [w for w in {t for t in TOPICS}] + ["herald", "courier", "doc-0", "gazette"]
    app = build_app(service, None)
    app.cleanup_ctx.clear()  # no warm-up at start: the first request's index build is measured
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        with LagProbe() as lag_sources:
            first_sources = await timed(client, "/sources")
        with LagProbe() as lag_png:
            first_png = await timed(client, "/timeline.png?topic=harbour+talks")
        mid = args.questions // 2
        pages: list[tuple[str, list[str]]] = [
            ("/ (overview)", ["/"]),
            ("/sources", ["/sources"]),
            ("/sources deep page, by title", [f"/sources?sort=title&order=asc&page={args.docs // 100}"]),
            (
                "/sources?q= (new word each time)",
                [f"/sources?q={w}" for w in vocab_hits]
                + [f"/sources?q={''.join(rnd.choices(SYLLABLES, k=2))}" for _ in range(60)],
            ),
            ("/questions", ["/questions"]),
            ("/questions?show=declined", ["/questions?show=declined"]),
            ("/questions?show=voted_down", ["/questions?show=voted_down"]),
            ("/questions?before= (middle)", [f"/questions?before={mid}"]),
            (
                "/questions?q= (new word each time)",
                [f"/questions?q={''.join(rnd.choices(SYLLABLES, k=2))}" for _ in range(60)],
            ),
            ("/gaps (30 days)", ["/gaps"]),
            ("/gaps?days=all", ["/gaps?days=all"]),
            ("/timeline?topic=", ["/timeline?topic=harbour+talks"]),
            ("/timeline.png (drawn once, then kept)", ["/timeline.png?topic=harbour+talks"]),
        ]
        rows = []
        for name, paths in pages:
            await timed(client, paths[0])  # warm
            times = [await timed(client, paths[(i + 1) % len(paths)]) for i in range(args.requests)]
            rows.append((name, statistics.median(times), pct(times, 0.99), max(times)))
    await service.close()
    await store.close()

    print(f"\nStatus pages, {args.docs:,} documents, {args.questions:,} questions (SQLite history), "
          f"{args.requests} requests per page over loopback HTTP\n")  # fmt: skip
    print("| page | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|")
    for name, p50, p99, worst in rows:
        print(f"| {name} | {p50:.1f} | {p99:.1f} | {worst:.1f} |")
    print(
        f"\nfirst /sources (builds the sources index): {first_sources:.0f} ms, longest event-loop stall"
        f" meanwhile {lag_sources.worst:.0f} ms; first timeline chart (timeline + drawing):"
        f" {first_png:.0f} ms, stall {lag_png.worst:.0f} ms"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=int, default=100_000)
    p.add_argument("--questions", type=int, default=100_000)
    p.add_argument("--requests", type=int, default=100)
    p.add_argument("--workdir", type=Path, default=Path("var/bench-web"))
    asyncio.run(run(p.parse_args()))


if __name__ == "__main__":
    main()
