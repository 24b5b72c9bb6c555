"""Load and soak through the Discord emulator: the real discord.py client, the real Service and SQLite file,
many simulated users sending slash commands and mentions over the loopback gateway.

    python -m benchmarks.bench_load                      # 500 questions, 50 users, cold then warm cache
    python -m benchmarks.bench_load --soak 600           # 10-minute soak, a /reload every 60 s, RSS sampled
    python -m benchmarks.bench_load --soak 120 --reload-every 20   # the quick soak

Load: every question must be answered (an answer or an abstention; never an error, never a Discord rule
broken: the emulator enforces the 3-second acknowledgement and the payload limits), and all within the
window (30 s by default). Latency is from the emulator dispatching the interaction to it receiving the
final message. The cold pass asks 500 distinct questions on an empty cache; the warm pass asks them again.

Soak: a steady stream of questions while a moderator reloads every ``--reload-every`` seconds (the corpus
alternately gains and loses a document, so every reload changes the version and prunes the cache). RSS
is sampled every few seconds; a leak shows as a rising line, so the report compares the first and last
thirds. Cooldowns are lifted for the run (settings), as they would otherwise refuse a load test.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yarl

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import discord.gateway
    import discord.http

from bot.discord_app import build_bot
from bot.service import Service
from bot.settings import Settings
from tests.e2e.emulator import BOT_ID, GUILD_ID, TOKEN, Emulator, User
from tests.e2e.hostile import ErrorLog

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = (
    "What did {} say about the talks",
    "Is {} open to a ceasefire",
    "What happened with {} and the strikes",
    "What did officials say about {}",
    "How did {} respond to the proposal",
    "Why did {} criticise the plan",
    "When did {} meet the delegation",
    "What was announced about {}",
    "Did {} reject the offer",
    "What did the coverage report about {}",
)
SUBJECTS = (
    "Putin",
    "Zelensky",
    "NATO",
    "Rutte",
    "Russia",
    "Ukraine",
    "the Kremlin",
    "Kyiv",
    "Moscow",
    "the United States",
    "Europe",
    "Trump",
    "the energy infrastructure",
    "civilians",
    "prisoners of war",
    "Istanbul",
    "the Black Sea",
    "sanctions",
    "the peace plan",
    "Turkey",
    "drones",
    "the front line",
    "refugees",
    "the ministers",
    "the summit",
    "Erdogan",
    "the envoys",
    "the allies",
    "grain exports",
    "the mediators",
    "Macron",
    "Starmer",
    "the Pentagon",
    "air defence",
    "the negotiators",
    "the Vatican",
    "Saudi Arabia",
    "the ceasefire monitors",
    "the border",
    "Kharkiv",
    "Odesa",
    "the White House",
    "Brussels",
    "Berlin",
    "the UN",
    "the generals",
    "the parliament",
    "Lavrov",
    "Peskov",
    "Witkoff",
)


def questions(n: int) -> list[str]:
    """``n`` distinct questions (distinct after the cache's normalisation, so a cold pass misses)."""
    out = [f"{t.format(s)}?" for s in SUBJECTS for t in TEMPLATES]
    assert len(out) >= n, f"only {len(out)} distinct questions"
    random.Random(7).shuffle(out)
    return out[:n]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def trim_emulator(emu: Emulator, keep_seconds: float = 10.0, keep_messages: int = 300) -> None:
    """Forget finished traffic in the emulator (the test double, not the bot), so that the RSS curve
    measures the bot alone; everything recent stays, so questions still in flight are unaffected."""
    cutoff = time.monotonic() - keep_seconds
    for key, inter in list(emu.interactions.items()):
        if inter.created < cutoff:
            del emu.interactions[key]
    for mid in list(emu.messages)[:-keep_messages]:
        del emu.messages[mid]
    del emu.sent[:-keep_messages]
    del emu.requests[:-keep_messages]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


@dataclass
class Outcome:
    latencies_ms: list[float] = field(default_factory=list)
    answered: int = 0
    abstained: int = 0
    refused: int = 0  # a clear note instead of an answer (none expected here)
    failed: list[str] = field(default_factory=list)
    cached: int = 0

    def summary(self, label: str, elapsed: float) -> dict[str, Any]:
        lat = self.latencies_ms
        return {
            "pass": label,
            "questions": len(lat) + len(self.failed),
            "answered": self.answered,
            "abstained": self.abstained,
            "refused": self.refused,
            "failed": len(self.failed),
            "cached": self.cached,
            "elapsed_s": round(elapsed, 2),
            "throughput_qps": round(len(lat) / elapsed, 1) if elapsed else None,
            "p50_ms": round(pct(lat, 0.5), 1),
            "p90_ms": round(pct(lat, 0.9), 1),
            "p99_ms": round(pct(lat, 0.99), 1),
            "max_ms": round(max(lat), 1) if lat else None,
            "mean_ms": round(statistics.fmean(lat), 1) if lat else None,
        }


class Rig:
    """The emulator, the Service and the bot, started and stopped together."""

    def __init__(self, work: Path, corpus: Path) -> None:
        self.work, self.corpus = work, corpus
        self.emu = Emulator()
        self.errors = ErrorLog()
        self.users: list[User] = []
        self.mod: User | None = None
        self.service: Service | None = None
        self._runner: asyncio.Task[None] | None = None

    async def start(self, n_users: int) -> None:
        await self.emu.start()
        discord.http.Route.BASE = f"{self.emu.base}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.emu.base + "/")
        self.users = [self.emu.add_user(f"user{i}") for i in range(n_users)]
        self.mod = self.emu.add_user("mod", moderator=True)
        settings = Settings(
            _env_file=None,
            corpus=self.corpus,
            db=self.work / "load.db",
            aliases=ROOT / "config" / "aliases.toml",
            cooldown_rate=1_000_000,  # lifted: a cooldown would refuse the load test by design
            cooldown_per_seconds=1,
        )
        self.service = await Service.start(settings)
        self.bot = build_bot(self.service, dev_guild=GUILD_ID, guild_ready_timeout=0.05)
        logging.getLogger().addHandler(self.errors)
        self._runner = asyncio.create_task(self.bot.start(TOKEN))
        await asyncio.wait_for(self.bot.wait_until_ready(), 20)

    async def stop(self) -> None:
        await self.bot.close()
        if self._runner is not None:
            await asyncio.gather(self._runner, return_exceptions=True)
        if self.service is not None:
            await self.service.close()
        await self.emu.stop()
        logging.getLogger().removeHandler(self.errors)

    async def ask(self, user: User, question: str, out: Outcome, *, mention: bool) -> None:
        """One question, slash command or mention, timed from dispatch to the final message."""
        start = time.perf_counter()
        try:
            if mention:
                msg = await self.emu.mention(user, f"<@{BOT_ID}> {question}")
                final = await self.emu.wait_reply_to(msg, within=30)
            else:
                inter = await self.emu.command(user, "ask", {"question": question})
                final = await self.emu.wait_final(inter, within=30)
        except Exception as exc:
            out.failed.append(f"{question!r}: {type(exc).__name__} {exc}")
            return
        out.latencies_ms.append((time.perf_counter() - start) * 1000)
        embeds = final.get("embeds") or []
        text = json.dumps(final, ensure_ascii=False)
        if "Something went wrong" in text:
            out.failed.append(f"{question!r}: generic failure reply")
        elif not embeds:
            out.refused += 1
        else:
            footer = (embeds[0].get("footer") or {}).get("text") or ""
            out.cached += "cached" in footer
            if embeds[0].get("fields"):
                out.answered += 1
            else:
                out.abstained += 1

    async def reload(self) -> float:
        assert self.mod is not None
        start = time.perf_counter()
        inter = await self.emu.command(self.mod, "reload")

        def finished() -> bool:
            return bool(inter.original and inter.original.get("embeds"))

        await self.emu.wait_until(finished, within=120)
        assert inter.original is not None
        title = inter.original["embeds"][0]["title"]
        if not title.startswith("Corpus reloaded"):
            raise RuntimeError(f"reload failed: {title}")
        return time.perf_counter() - start


async def load_pass(
    rig: Rig, qs: list[str], window: float, label: str, mention_share: float
) -> dict[str, Any]:
    """Every question sent at a random moment within ``window`` seconds by one of the users."""
    rng = random.Random(label)
    out = Outcome()
    per_user: dict[int, list[tuple[float, str]]] = {}
    for i, q in enumerate(qs):
        per_user.setdefault(i % len(rig.users), []).append((rng.uniform(0, window), q))

    async def user_loop(user: User, plan: list[tuple[float, str]], t0: float) -> None:
        tasks = []
        for at, q in sorted(plan):
            await asyncio.sleep(max(0.0, t0 + at - time.perf_counter()))
            tasks.append(asyncio.create_task(rig.ask(user, q, out, mention=rng.random() < mention_share)))
        await asyncio.gather(*tasks)

    t0 = time.perf_counter()
    await asyncio.gather(*(user_loop(rig.users[u], plan, t0) for u, plan in per_user.items()))
    elapsed = time.perf_counter() - t0
    result = out.summary(label, elapsed)
    result["failures"] = out.failed[:5]
    return result


async def run_load(args: argparse.Namespace, work: Path, corpus: Path) -> dict[str, Any]:
    rig = Rig(work, corpus)
    await rig.start(args.users)
    try:
        qs = questions(args.questions)
        cold = await load_pass(rig, qs, args.window, "cold", args.mention_share)
        warm = await load_pass(rig, qs, args.window, "warm", args.mention_share)
        assert rig.service is not None and rig.service.store is not None
        stats = await rig.service.store.stats()
    finally:
        await rig.stop()
    violations = list(rig.emu.violations)
    return {
        "mode": "load",
        "users": args.users,
        "window_s": args.window,
        "passes": [cold, warm],
        "cache": stats.model_dump(),
        "discord_violations": violations[:10],
        "violation_count": len(violations),
        "error_logs": rig.errors.summary()[:10],
        "ok": all(p["failed"] == 0 and p["elapsed_s"] <= 30 + 1 for p in (cold, warm))
        and not violations
        and not rig.errors.records,
    }


async def run_soak(args: argparse.Namespace, work: Path, corpus: Path) -> dict[str, Any]:
    rig = Rig(work, corpus)
    await rig.start(args.users)
    extra = corpus / "zz_soak.jsonl"
    out = Outcome()
    samples: list[tuple[float, float]] = []
    reloads: list[float] = []
    qs = questions(500)
    rng = random.Random(11)
    stop = asyncio.Event()
    t0 = time.perf_counter()

    async def traffic() -> None:
        pending: set[asyncio.Task[None]] = set()
        i = 0
        while not stop.is_set():
            user = rig.users[i % len(rig.users)]
            # half new questions, half repeats: the cache both grows and hits
            q = qs[i % len(qs)] if rng.random() < 0.5 else qs[rng.randrange(min(len(qs), 40))]
            task = asyncio.create_task(rig.ask(user, q, out, mention=rng.random() < args.mention_share))
            pending.add(task)
            task.add_done_callback(pending.discard)
            i += 1
            await asyncio.sleep(1 / args.rate)
        await asyncio.gather(*pending)

    async def sampler() -> None:
        while not stop.is_set():
            trim_emulator(rig.emu)
            gc.collect()
            samples.append((time.perf_counter() - t0, rss_mb()))
            await asyncio.sleep(args.sample_every)

    async def reloader() -> None:
        n = 0
        while True:
            try:
                await asyncio.wait_for(stop.wait(), args.reload_every)
                return
            except TimeoutError:
                pass
            n += 1
            if n % 2:
                extra.write_text(
                    json.dumps(
                        {
                            "id": "zz_soak",
                            "title": f"Soak document {n}",
                            "text": f"The soak harbour opened lock number {n} on Tuesday. "
                            "Ferries waited for the tide.",
                        }
                    )
                    + "\n"
                )
            else:
                extra.unlink(missing_ok=True)
            reloads.append(await rig.reload())

    jobs = [asyncio.create_task(j()) for j in (traffic, sampler, reloader)]
    try:
        await asyncio.sleep(args.soak)
    finally:
        stop.set()
        await asyncio.gather(*jobs)
        samples.append((time.perf_counter() - t0, rss_mb()))
        assert rig.service is not None and rig.service.store is not None
        stats = await rig.service.store.stats()
        await rig.stop()
    third = max(1, len(samples) // 3)
    first = statistics.fmean(r for _, r in samples[:third])
    last = statistics.fmean(r for _, r in samples[-third:])
    violations = list(rig.emu.violations)
    return {
        "mode": "soak",
        "duration_s": args.soak,
        "rate_qps": args.rate,
        "reload_every_s": args.reload_every,
        "reloads": len(reloads),
        "reload_s_max": round(max(reloads), 2) if reloads else None,
        "traffic": out.summary("soak", time.perf_counter() - t0),
        "failures": out.failed[:5],
        "rss_mb": [(round(t), round(r, 1)) for t, r in samples],
        "rss_first_third_mb": round(first, 1),
        "rss_last_third_mb": round(last, 1),
        "rss_growth_mb": round(last - first, 1),
        "cache": stats.model_dump(),
        "violation_count": len(violations),
        "discord_violations": violations[:10],
        "error_logs": rig.errors.summary()[:10],
        "ok": not out.failed and not violations and not rig.errors.records,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    ap.add_argument("--questions", type=int, default=500)
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--window", type=float, default=25.0, help="seconds over which the questions arrive")
    ap.add_argument("--mention-share", type=float, default=0.2, help="fraction asked by mention")
    ap.add_argument("--soak", type=float, default=0, help="soak for this many seconds instead")
    ap.add_argument("--rate", type=float, default=10.0, help="soak: questions per second")
    ap.add_argument("--reload-every", type=float, default=60.0)
    ap.add_argument("--sample-every", type=float, default=5.0)
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    logging.getLogger("discord").setLevel(logging.ERROR)  # reconnect chatter is not the bot's
    with tempfile.TemporaryDirectory(prefix="newsbot-load-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        shutil.copytree(args.corpus, corpus)
        runner = run_soak if args.soak else run_load
        result = asyncio.run(runner(args, work, corpus))
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
