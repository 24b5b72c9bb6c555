"""Timeline benchmark: `timeline TOPIC` on a corpus of BBC News passages, dated and undated, against
Discord's 3-second deadline for a reply.

    python -m benchmarks.bench_timeline [--bbc PATH/bbc-fulltext.zip] [--passages 100000]
                                        [--variants dated,undated] [--topics 200] [--workdir var/bench]

The corpora are the scale benchmark's (``benchmarks.corpus``: the real articles, then perturbed
copies), written once under the work directory; the undated variant is the same records without their
``published`` field, so nothing but the publication dates differs. Each variant is measured in a fresh
child process:
  build      the engine built from the files (load, clean, segment, index): what a first start or a
             full reload costs; growth with corpus size is the scale benchmark's table
  index      the timeline index (every document's dated events), which the bot builds in a worker
             thread after a (re)load, before any /timeline waits on it
  timeline   Engine.timeline(topic) for topics made from article titles (and no topic, the whole
             corpus): p50, p99 and the slowest, with the events returned; the bot's cache is not used
Timings are printed as a markdown table, never asserted. The BBC zip is read in place.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import DEFAULT_BBC, read_bbc, write_corpus

#: Discord's deadline for a first reply, in milliseconds
DEADLINE_MS = 3000
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_DULL = frozenset(
    "with from that this have over into after about says will their more than been were they what when "
    "says said could would plans back year years amid move make deal call warns".split()
)


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] if s else float("nan")


def topics(corpus: Path, n: int, seed: int = 11) -> list[str]:
    """One or two content words of random article titles ("Yukos", "oil prices"): what people ask for."""
    rnd = random.Random(seed)
    titles: list[str] = []
    for path in sorted(corpus.glob("*.jsonl"))[:2]:
        with path.open(encoding="utf-8") as fh:
            titles.extend(json.loads(line)["title"] for line in fh)
    out: list[str] = []
    for title in rnd.sample(titles, min(len(titles), n)):
        words = [w for w in _WORD.findall(title) if w.lower() not in _DULL]
        if words:
            k = rnd.choice((1, 2)) if len(words) > 1 else 1
            start = rnd.randrange(len(words) - k + 1)
            out.append(" ".join(words[start : start + k]))
    return out


def write_variant(bbc: Path, passages: int, out: Path, dated: bool) -> None:
    """The corpus once: dated as ``benchmarks.corpus`` writes it, undated without ``published``."""
    marker = out / ".complete"
    if marker.exists() and marker.read_text() == str(passages):
        return
    write_corpus(read_bbc(bbc), passages, out)
    if not dated:
        for path in sorted(out.glob("bbc-*.jsonl")):
            lines = path.read_text(encoding="utf-8").splitlines()
            records = [json.loads(line) for line in lines]
            for rec in records:
                rec.pop("published", None)
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            path.write_text(text, encoding="utf-8")
    marker.write_text(str(passages))


def child(corpus: Path, n_topics: int) -> dict[str, Any]:
    from retrieval import build_engine

    t = time.perf_counter()
    engine = build_engine(corpus)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    _ = engine.timeline_index
    index_s = time.perf_counter() - t
    passages = sum(len(doc.sentences) for doc in engine.corpus.documents)
    undated = sum(1 for doc in engine.corpus.documents if doc.meta.published is None)
    whole = time.perf_counter()
    everything = engine.timeline()
    whole_ms = (time.perf_counter() - whole) * 1000
    ms: list[float] = []
    events: list[int] = []
    for topic in topics(corpus, n_topics):
        t = time.perf_counter()
        found = engine.timeline(topic)
        ms.append((time.perf_counter() - t) * 1000)
        events.append(len(found.events))
    return {
        "documents": len(engine.corpus.documents),
        "undated": undated,
        "passages": passages,
        "build_s": build_s,
        "index_s": index_s,
        "whole_ms": whole_ms,
        "whole_events": len(everything.events),
        "p50_ms": statistics.median(ms),
        "p99_ms": percentile(ms, 0.99),
        "max_ms": max(ms),
        "n": len(ms),
        "events_median": statistics.median(events),
        "with_events": sum(1 for e in events if e),
    }


def run_child(corpus: Path, n_topics: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_timeline", "--child", str(corpus), str(n_topics)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        return {"error": f"exit {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    p.add_argument("--passages", type=int, default=100_000)
    p.add_argument("--variants", default="dated,undated", help="comma list of dated, undated")
    p.add_argument("--topics", type=int, default=200, help="topics made from article titles")
    p.add_argument("--workdir", type=Path, default=Path("var/bench"))
    p.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), int(args.child[1]))))
        return
    rows = []
    for variant in args.variants.split(","):
        if variant not in {"dated", "undated"}:
            p.error(f"unknown variant {variant!r}: dated or undated")
        corpus = args.workdir / f"timeline-{variant}-{args.passages}"
        write_variant(args.bbc, args.passages, corpus, dated=variant == "dated")
        print(f"measuring {variant} ({corpus})", file=sys.stderr)
        rows.append((variant, run_child(corpus, args.topics)))
    print(
        "| corpus | documents (undated) | passages | build | timeline index | whole timeline "
        f"| topic p50 | topic p99 | slowest | within {DEADLINE_MS / 1000:.0f} s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for variant, r in rows:
        if "error" in r:
            print(f"| {variant} | {r['error']} |")
            continue
        print(
            f"| {variant} | {r['documents']:,} ({r['undated']:,}) | {r['passages']:,} | {r['build_s']:.1f} s "
            f"| {r['index_s']:.1f} s | {r['whole_ms']:.0f} ms, {r['whole_events']:,} events "
            f"| {r['p50_ms']:.0f} ms | {r['p99_ms']:.0f} ms | {r['max_ms']:.0f} ms "
            f"| {'yes' if r['p99_ms'] < DEADLINE_MS else 'no'} ({r['n']} topics, "
            f"{r['with_events']} with events, median {r['events_median']:.0f}) |"
        )


if __name__ == "__main__":
    main()
