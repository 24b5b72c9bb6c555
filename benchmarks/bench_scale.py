"""Scale benchmark, side by side in one run: this project's engine vs a plain rank_bm25.BM25Okapi
pipeline over the same passages and questions, at 10k / 100k / 1M passages of BBC News, each as a
dated corpus and as an undated one (the same passages without ``published``).

    python -m benchmarks.bench_scale [--bbc PATH/bbc-fulltext.zip] [--sizes 10k,100k,1m] [--quick]
                                     [--variants dated,undated] [--race-sizes 10k,100k]
                                     [--build-timeout SECONDS] [--workdir var/bench]

Each measurement runs in a fresh child process (so peak and steady RSS are that engine's own):
  ours-build   ingest (load + clean + segment + publication dates), index build (tokenize + BM25
               arrays), persist; ask p50/p99 (Engine.ask: retrieval + answer selection), RSS.
  ours-restart the persisted index loaded as the bot's start does it (imports excluded); ask p50/p99
               right after, RSS.
  ours-reload  (dated corpora) a running service's reloads: 100 articles added, then removed again
               (incremental), and a full reload (every document rewritten under a new id: all of it
               read, cleaned, segmented and indexed again); each under a lag probe (a task sleeping
               10 ms in a loop) that reports the event loop's longest stall until the index is saved,
               the timeline warmed and the replaced engine freed.
  rank-bm25    (dated corpora) the same ingest, the same tokenizer, BM25Okapi over the passages, ask =
               its top-3 passages (get_scores + argsort); at 1M only a few questions.
  race         (sizes in --race-sizes) from process start: the real CLI ``newsbot --corpus X ask
               --json`` with 200 questions on stdin (its index persisted by ours-build, a new empty
               answer cache; once as run by default, a forked worker per core, and once with
               ``--workers 1``, in one process as the plain script is) vs ``benchmarks.plain_bm25``
               (read, split, index, answer) on the same.
               The project's modules are byte-compiled first, as an installed package is (pip
               compiles on install; an editable checkout under PYTHONDONTWRITEBYTECODE would
               otherwise compile every module at every start, which no deployment pays).
A build that exceeds --build-timeout is reported as such and that corpus' other measurements skipped.
Top-10 overlap with rank_bm25 is measured on the 10k corpus (real BBC passages, no copies) and on
the seeds. Timings are printed as markdown tables (``benchmarks.scale_report``), never asserted.
The BBC zip is read in place.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import DEFAULT_BBC, Article, read_bbc, write_corpus
from benchmarks.scale_report import Row, report

ALIASES = Path("config/aliases.toml")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
FIXED_QUESTIONS = (
    "Who is the chairman of the Federal Reserve?",
    "What did Greenspan say about the deficit?",
    "How many jobs were cut?",
    "When will the general election be held?",
    "Who won the Grammy for best album?",
    "What did the chancellor say about tax?",
    "Which club did Chelsea beat?",
    "How much did oil prices rise?",
    "Why did the shares fall?",
    "Where was the film festival held?",
    "What did Tony Blair say about Iraq?",
    "Who won the Australian Open?",
)


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def idle_rss_mb() -> float:
    """RSS once the process is idle: collected, and its heap trimmed as a bot's is 2 s after the last
    question (``retrieval.lifecycle.release.note_activity``)."""
    from retrieval.lifecycle import wait_trimmed

    gc.collect()
    if not wait_trimmed(30):
        raise RuntimeError("the heap was not trimmed after the questions")
    return rss_mb()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] if s else float("nan")


def questions(corpus_dir: Path, n: int, seed: int = 5) -> list[str]:
    """The fixed questions plus questions made from random article titles (real topics)."""
    rnd = random.Random(seed)
    titles: list[str] = []
    for path in sorted(corpus_dir.glob("*.jsonl"))[:3]:
        with path.open(encoding="utf-8") as fh:
            titles.extend(json.loads(line)["title"] for line in fh)
    made = [f"What happened with {t}?" for t in rnd.sample(titles, min(len(titles), max(0, n)))]
    return list(FIXED_QUESTIONS) + made


# --------------------------------------------------------------------------- children


def _time_asks(ask: Any, qs: list[str]) -> dict[str, float]:
    for q in qs[:3]:
        ask(q)  # warm caches (first touches of memory-mapped pages)
    ms: list[float] = []
    for q in qs:
        t = time.perf_counter()
        ask(q)
        ms.append((time.perf_counter() - t) * 1000)
    return {"p50": statistics.median(ms), "p99": percentile(ms, 0.99), "n": len(ms)}


async def _lag_probe(work: Any) -> tuple[float, Any]:
    """Run ``work`` (a coroutine) while a task sleeps 10 ms in a loop; the longest overshoot."""
    worst = 0.0
    done = asyncio.Event()

    async def probe() -> None:
        nonlocal worst
        while not done.is_set():
            t = time.perf_counter()
            await asyncio.sleep(0.01)
            worst = max(worst, time.perf_counter() - t - 0.01)

    task = asyncio.create_task(probe())
    try:
        result = await work
    finally:
        done.set()
        await task
    return worst * 1000, result


def load_or_build(corpus: Path, db: Path, aliases: Path) -> Any:
    """What the bot's start-up does: the persisted engine, or one built and saved for the next start."""
    from retrieval import open_engine, save_engine

    prepared = open_engine(corpus, db, aliases=aliases)
    save_engine(prepared, db)
    return prepared.engine


def child_ours_build(corpus: Path, db: Path, qs: list[str], extra: Path) -> dict[str, Any]:
    from retrieval.ingest import build_corpus
    from retrieval.lifecycle import Prepared, assemble, collector_paused, corpus_signature, save_engine
    from retrieval.search import Aliases, Tokenizer

    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    with collector_paused():  # as the bot's build does
        c = build_corpus(corpus)
    t1 = time.perf_counter()
    engine = assemble(c, Tokenizer(Aliases.load(ALIASES)))
    t2 = time.perf_counter()
    save_engine(Prepared(engine, corpus_signature(corpus), needs_save=True), db)
    t3 = time.perf_counter()
    out.update(
        passages=len(engine.sentences),
        documents=len(c.documents),
        ingest_s=t1 - t0,
        index_s=t2 - t1,
        persist_s=t3 - t2,
        peak_build_mb=peak_mb(),
    )
    del c
    gc.collect()
    out["ask"] = _time_asks(engine.ask, qs)
    out["steady_mb"] = idle_rss_mb()

    out["peak_mb"] = peak_mb()
    return out


def child_ours_reload(corpus: Path, db: Path, extra: Path) -> dict[str, Any]:
    """A running bot's reloads through ``Service.reload``: 100 articles added, then the same 100
    removed (both incremental), each with the event loop's longest stall measured by a lag probe
    until everything the reload set off is done: the index saved, the timeline warmed, the replaced
    engine freed. The service holds the only reference to its engine, as in the bot."""
    from bot.service import Service
    from bot.settings import Settings
    from bot.store import UnavailableStore
    from retrieval.lifecycle import wait_idle

    out: dict[str, Any] = {}
    settings = Settings(corpus=corpus, db=db, aliases=ALIASES)
    no_store = UnavailableStore("the benchmark measures reloads, not the store")
    services = [Service(settings, load_or_build(corpus, db, aliases=ALIASES), no_store)]
    added = corpus / "zz-added.jsonl"

    async def reload(label: str) -> Any:
        service = services[0]
        t = time.perf_counter()
        report = await service.reload("bench")
        out[f"{label}_s"] = time.perf_counter() - t  # answering from the new corpus from here on
        await service._settle()
        await asyncio.gather(*service._warming)
        await asyncio.to_thread(wait_idle)
        out[f"{label}_background_s"] = time.perf_counter() - t
        return report

    async def both() -> None:
        shutil.copy(extra, added)
        lag, report = await _lag_probe(reload("reload_100"))
        out["reload_100_lag_ms"] = lag
        out["reload_100_ok"] = bool(report.ok) and len(report.added) == 100
        added.unlink()
        lag, report = await _lag_probe(reload("remove_100"))
        out["remove_100_lag_ms"] = lag
        out["remove_100_ok"] = bool(report.ok) and len(report.removed) == 100

    async def full() -> None:
        # every document changed: each file rewritten with its documents under new ids, so the
        # reload reads, cleans, segments and indexes the whole corpus again (a corpus replaced)
        await asyncio.to_thread(_rename_documents, corpus, "-v2")
        lag, report = await _lag_probe(reload("reload_full"))
        out["reload_full_lag_ms"] = lag
        out["reload_full_ok"] = bool(report.ok) and len(report.added) == report.documents

    asyncio.run(both())
    asyncio.run(full())
    services.clear()
    wait_idle()
    out["peak_mb"] = peak_mb()
    return out


def _rename_documents(corpus: Path, suffix: str) -> None:
    for path in sorted(corpus.glob("*.jsonl")):
        tmp = path.with_suffix(".tmp")
        with path.open(encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
            for line in src:
                rec = json.loads(line)
                rec["id"] += suffix
                dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tmp.replace(path)


def child_ours_restart(corpus: Path, db: Path, qs: list[str]) -> dict[str, Any]:
    """The bot's start on the index ours-build persisted (imports excluded: the race times a whole
    process). A start that had to build instead is reported as such, not timed as a restart."""
    from retrieval import open_engine

    t = time.perf_counter()
    prepared = open_engine(corpus, db, aliases=ALIASES)
    restart = time.perf_counter() - t
    if prepared.needs_save:
        return {"error": f"rebuilt ({restart:.1f} s): the persisted index was not used"}
    engine = prepared.engine
    del prepared
    out: dict[str, Any] = {"restart_s": restart}
    out["ask"] = _time_asks(engine.ask, qs)
    out["steady_mb"] = idle_rss_mb()
    out["peak_mb"] = peak_mb()
    return out


def child_rank_bm25(corpus: Path, qs: list[str], max_queries: int) -> dict[str, Any]:
    import numpy as np
    from rank_bm25 import BM25Okapi

    from retrieval.ingest import build_corpus
    from retrieval.search import Aliases, Tokenizer

    t0 = time.perf_counter()
    c = build_corpus(corpus)
    texts = [s.text for d in c.documents for s in d.sentences]
    del c
    t1 = time.perf_counter()
    tok = Tokenizer(Aliases.load(ALIASES))
    bm25 = BM25Okapi([tok.tokens(t) for t in texts])
    t2 = time.perf_counter()
    gc.collect()

    def ask(q: str) -> list[str]:
        scores = bm25.get_scores(tok.tokens(q))
        return [texts[i] for i in np.argsort(-scores)[:3]]

    return {
        "ingest_s": t1 - t0,
        "index_s": t2 - t1,
        "ask": _time_asks(ask, qs[: max(max_queries, 4)]),
        "steady_mb": rss_mb(),
        "peak_mb": peak_mb(),
    }


def child_overlap(corpus: Path, qs: list[str]) -> dict[str, Any]:
    """Mean top-10 overlap of our index with rank_bm25 over the question terms."""
    from retrieval import build_engine
    from retrieval.answer import analyze
    from retrieval.search import RankBM25Scorer

    engine = build_engine(corpus, aliases=ALIASES)
    ref = RankBM25Scorer([engine.tokenizer.tokens(s.text) for s in engine.sentences])
    overlaps: list[float] = []
    for q in qs:
        terms = analyze(q, engine.tokenizer).terms
        ours = {h.index for h in engine.scorer.top_k(terms, 10)}
        theirs = {h.index for h in ref.top_k(terms, 10)}
        if theirs:
            overlaps.append(len(ours & theirs) / len(theirs))
    return {"overlap_top10": statistics.fmean(overlaps) if overlaps else float("nan"), "n": len(overlaps)}


def run_child(args: list[str], timeout: float | None = None) -> dict[str, Any]:
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_scale", "--child", *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish in {timeout:.0f} s"}
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        return {"error": f"exit {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _timed_run(cmd: list[str], questions: Path, expect: int, timeout: float) -> dict[str, Any]:
    """Seconds from starting ``cmd`` (questions on its stdin) until it exits, and that it answered each."""
    with questions.open("rb") as stdin:
        t = time.perf_counter()
        try:
            proc = subprocess.run(cmd, stdin=stdin, capture_output=True, check=False, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"error": f"did not finish in {timeout:.0f} s"}
        took = time.perf_counter() - t
    answers = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or len(answers) != expect:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-3000:])
        return {"error": f"exit {proc.returncode}, {len(answers)} of {expect} answers"}
    return {"s": took}


def race(corpus: Path, db: Path, qs: list[str], workdir: Path, timeout: float) -> dict[str, Any]:
    """The real CLI against the plain rank_bm25 script, each from process start on the same questions.
    The CLI opens the index ours-build persisted beside ``db``; its answer cache starts empty."""
    qfile = workdir / "race-questions.txt"
    qfile.write_text("".join(q + "\n" for q in qs), encoding="utf-8")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    newsbot = Path(sys.executable).with_name("newsbot")
    project = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(project / "bot"), str(project / "retrieval")],
        check=True,
        capture_output=True,
    )
    cmd = [str(newsbot), "--corpus", str(corpus), "--db", str(db), "ask", "--json"]
    ours = _timed_run(cmd, qfile, len(qs), timeout)  # as a user runs it: one forked worker per core
    for suffix in ("", "-wal", "-shm"):  # a new empty cache again
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    alone = _timed_run([*cmd, "--workers", "1"], qfile, len(qs), timeout)  # one process, as plain is
    plain_cmd = [sys.executable, "-m", "benchmarks.plain_bm25", str(corpus)]
    plain = _timed_run(plain_cmd, qfile, len(qs), timeout)
    return {"questions": len(qs), "newsbot": ours, "newsbot_one_process": alone, "plain": plain}


# --------------------------------------------------------------------------- driver


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    p.add_argument("--sizes", default="10k,100k,1m", help="comma list of 10k, 100k, 1m")
    p.add_argument("--variants", default="dated,undated", help="comma list of dated, undated")
    p.add_argument("--race-sizes", default="10k,100k", help="sizes at which the CLI races plain rank_bm25")
    p.add_argument("--quick", action="store_true", help="10k only, few questions")
    p.add_argument("--workdir", type=Path, default=Path("var/bench"))
    p.add_argument("--questions", type=int, default=200, help="questions made from titles")
    p.add_argument("--bm25-max-queries-1m", type=int, default=5)
    p.add_argument(
        "--build-timeout",
        type=float,
        help="seconds a build (or the reloads) may take; default 1.8 s per thousand passages, 180 s at least",
    )
    p.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(_child(args.child)))
        return

    sizes = ["10k"] if args.quick else [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    variants = [v.strip().lower() for v in args.variants.split(",") if v.strip()]
    race_sizes = {s.strip().lower() for s in args.race_sizes.split(",") if s.strip()}
    if not set(sizes) <= SIZES.keys() or not set(variants) <= {"dated", "undated"}:
        p.error("sizes are 10k, 100k, 1m; variants dated, undated")
    nq = 20 if args.quick else args.questions
    articles = read_bbc(args.bbc)
    args.workdir.mkdir(parents=True, exist_ok=True)
    extra = _extra_articles(articles, args.workdir)
    rows: list[Row] = []
    overlap: dict[str, Any] = {}
    for size in sizes:
        n = SIZES[size]
        for variant in variants:
            label = f"[{size} {variant}]"
            corpus = args.workdir / f"corpus-{size}-{variant}"
            db = args.workdir / f"bench-{size}-{variant}.db"
            shutil.rmtree(corpus, ignore_errors=True)
            shutil.rmtree(db.with_name(db.name + ".index"), ignore_errors=True)
            write_corpus(articles, n, corpus, dated=variant == "dated")
            qfile = args.workdir / f"questions-{size}.json"
            qs = questions(corpus, nq)
            qfile.write_text(json.dumps(qs))
            common = [str(corpus), str(db), str(qfile)]
            _say(f"{label} corpus written; building…")
            timeout = args.build_timeout or max(180.0, 1.8 * n / 1000)
            row = Row(size, variant, run_child(["ours-build", *common, str(extra)], timeout))
            rows.append(row)
            if "error" in row.build:
                continue
            _say(f"{label} restart…")
            row.restart = run_child(["ours-restart", *common], timeout)
            if size in race_sizes:
                _say(f"{label} newsbot CLI vs plain rank_bm25, from process start…")
                row.race = race(corpus, db, qs[:200], args.workdir, timeout)
            if variant == "dated":
                _say(f"{label} reloads…")
                row.reloads = run_child(["ours-reload", *common, str(extra)], timeout)
                _say(f"{label} rank_bm25…")
                limit = args.bm25_max_queries_1m if n >= 1_000_000 else len(qs)
                row.ref = run_child(["rank-bm25", *common, str(limit)], timeout)
                if size == "10k":
                    overlap["10k"] = run_child(["overlap", *common])
    seeds_q = args.workdir / "questions-seeds.json"
    seeds_q.write_text(json.dumps(list(FIXED_QUESTIONS) + _seed_questions()))
    overlap["seeds"] = run_child(["overlap", "seeds", str(args.workdir / "seeds.db"), str(seeds_q)])
    print(report(rows, overlap))


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _child(argv: list[str]) -> dict[str, Any]:
    kind, corpus, db, qfile, *rest = argv
    qs = json.loads(Path(qfile).read_text())
    if kind == "ours-build":
        return child_ours_build(Path(corpus), Path(db), qs, Path(rest[0]))
    if kind == "ours-restart":
        return child_ours_restart(Path(corpus), Path(db), qs)
    if kind == "ours-reload":
        return child_ours_reload(Path(corpus), Path(db), Path(rest[0]))
    if kind == "rank-bm25":
        return child_rank_bm25(Path(corpus), qs, int(rest[0]))
    return child_overlap(Path(corpus), qs)


def _extra_articles(articles: list[Article], workdir: Path) -> Path:
    """100 "new" articles for the reload test: real articles under new ids."""
    extra_dir = workdir / "extra"
    extra_dir.mkdir(exist_ok=True)
    extra = extra_dir / "added.jsonl"
    with extra.open("w", encoding="utf-8") as fh:
        for a in articles[:100]:
            rec = {
                "id": f"added-{a.doc_id}",
                "title": a.title,
                "text": "\n\n".join(a.paragraphs),
                "published": "2005-06-01",
            }
            fh.write(json.dumps(rec) + "\n")
    return extra


def _seed_questions() -> list[str]:
    path = Path("../shared/eval/dev_qa.jsonl")
    if not path.is_file():
        return ["Who interviewed Rutte?", "What did Rutte say about Russia?"]
    return [json.loads(line)["question"] for line in path.read_text().splitlines() if line.strip()]


if __name__ == "__main__":
    main()
