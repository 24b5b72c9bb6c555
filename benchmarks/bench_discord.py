"""Browsing through the Discord emulator at scale: the longest event-loop stall and the latency of
``/sources`` (first page, a search, turning to the last page), ``/timeline`` (first page, a month
jump, the chart), and the suggestions typed into them, with the real discord.py client, the real
Service and the emulator's 3-second deadline (issue 17 reproduced ten /sources stalling the loop for
6.7 s at 50k documents).

    python -m benchmarks.bench_discord [--docs 30000] [--calls 10] [--workdir var/bench-discord]

The corpus is the status pages benchmark's (``bench_web.write_corpus``: short articles, 40 outlets,
five years of dates, a few undated), with the talks led by named people so that the topic suggestions
have subjects to offer; written and indexed under the workdir once. Prints two markdown
tables: per action, p50 and max latency (dispatch to the final message), the longest loop stall and the
longest garbage collection (which stalls the loop whichever thread set it off);
per builder of a page (the sources index and its pages, the timeline, its pages, the chart), how many
calls ran in a worker thread and how many on the event loop, and how long they took, so that the
stalls can be told apart from work the loop waits for without being blocked.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import sys
import threading
import time
import warnings
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import yarl

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import discord.gateway
    import discord.http

import bot.discord_app.pagers as pagers
from benchmarks.bench_web import LagProbe, pct, write_corpus
from bot.discord_app import build_bot
from bot.service import Service
from bot.settings import Settings
from bot.sources_index import SourcesIndex
from retrieval import Engine
from tests.e2e.emulator import GUILD_ID, JSON, TOKEN, Emulator, Interaction


class Where:
    """Wraps the functions that build what /sources and /timeline show, recording for each call whether
    it ran on the event loop's thread (the main one here) or in a worker, and how long it took."""

    def __init__(self) -> None:
        self.calls: dict[str, list[tuple[bool, float]]] = defaultdict(list)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            on_loop = threading.current_thread() is threading.main_thread()
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.calls[name].append((on_loop, (time.perf_counter() - t0) * 1000))

        return recorded

    def install(self) -> None:
        # discord.py loads each cog as a fresh module: the loaded one is patched
        timeline_cog = sys.modules["bot.discord_app.cogs.timeline"]
        build = SourcesIndex.from_engine  # a classmethod: wrapped bound, put back as a static method
        for owner, attr, name, fn in (
            (SourcesIndex, "from_engine", "SourcesIndex.from_engine (the index, once)", build),
            (SourcesIndex, "page", "SourcesIndex.page (a page, searched or not)", None),
            (SourcesIndex, "suggest", "SourcesIndex.suggest (search suggestions)", None),
            (Engine, "timeline", "Engine.timeline (the events)", None),
            (timeline_cog, "TimelinePages", "TimelinePages (grouping, pages, month index)", None),
            (pagers, "timeline_chart", "timeline_chart (the PNG)", None),
        ):
            wrapped = self.wrap(name, fn or getattr(owner, attr))
            setattr(owner, attr, staticmethod(wrapped) if attr == "from_engine" else wrapped)

    def table(self) -> list[str]:
        out = [
            "| built by | calls | in a worker thread | on the loop | longest on the loop ms | longest ms |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name, calls in self.calls.items():
            loop = [ms for on, ms in calls if on]
            out.append(
                f"| {name} | {len(calls)} | {len(calls) - len(loop)} | {len(loop)} "
                f"| {max(loop, default=0):.1f} | {max(ms for _, ms in calls):.1f} |"
            )
        return out


def control(msg: JSON, action: str) -> str:
    return str(
        next(
            c["custom_id"]
            for row in msg["components"]
            for c in row["components"]
            if c["custom_id"].endswith(f":{action}")
        )
    )


class GcProbe:
    """The longest garbage collection while it is active: a collection holds the GIL in whichever thread
    set it off, so it stalls the loop even when the work that allocated ran in a worker thread."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._t0 = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t0 = time.perf_counter()
        else:
            self.worst = max(self.worst, (time.perf_counter() - self._t0) * 1000)

    def __enter__(self) -> GcProbe:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)


Row = tuple[str, list[float], float, float]


async def measure(name: str, calls: int, act: Callable[[int], Awaitable[Any]]) -> Row:
    """Latencies of ``calls`` actions run one after another, the longest loop stall and the longest
    garbage collection meanwhile."""
    times: list[float] = []
    with LagProbe() as lag, GcProbe() as collections:
        for i in range(calls):
            t0 = time.perf_counter()
            await act(i)
            times.append((time.perf_counter() - t0) * 1000)
    return name, times, lag.worst, collections.worst


async def run(args: argparse.Namespace) -> None:
    corpus = args.workdir / "corpus"
    write_corpus(corpus, args.docs, names=True)
    settings = Settings(
        _env_file=None, corpus=corpus, db=args.workdir / "bench.db", aliases=None,
        cooldown_rate=10_000, timeline_page_size=8,
    )  # fmt: skip
    t0 = time.perf_counter()
    service = await Service.start(settings)
    print(f"engine ready ({time.perf_counter() - t0:.1f} s, {len(service.engine.documents):,} documents)",
          file=sys.stderr)  # fmt: skip
    emu = Emulator()
    await emu.start()
    discord.http.Route.BASE = f"{emu.base}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(emu.base + "/")
    user = emu.add_user("reader")
    bot = build_bot(service, dev_guild=GUILD_ID, guild_ready_timeout=0.05)
    runner = asyncio.create_task(bot.start(TOKEN))
    await asyncio.wait_for(bot.wait_until_ready(), 30)
    where = Where()
    where.install()  # after start-up (and after the cogs are loaded): only what the commands build
    rows: list[Row] = []

    async def final(inter: Interaction) -> JSON:
        return await emu.wait_final(inter, within=60)

    try:
        rows.append(
            await measure(
                "/sources, first call (builds the sources index)",
                1,
                lambda _: final_cmd(emu, user, "sources", {}),
            )
        )
        rows.append(
            await measure(
                f"/sources x{args.calls} at once (until all are answered)",
                1,
                lambda _: asyncio.gather(*(final_cmd(emu, user, "sources", {}) for _ in range(args.calls))),
            )
        )
        rows.append(
            await measure(
                f"/sources x{args.calls}", args.calls, lambda _: final_cmd(emu, user, "sources", {})
            )
        )
        words = ["herald", "courier", "harbour", "gazette", "merger", "kalo", "mine", "ruti", "zeba", "tuva"]
        rows.append(
            await measure(
                "/sources search:<word>",
                args.calls,
                lambda i: final_cmd(emu, user, "sources", {"search": words[i % len(words)]}),
            )
        )
        rows.append(
            await measure(
                "/sources search suggestions",
                args.calls,
                lambda i: emu.autocomplete(user, "sources", "search", words[i % len(words)][:3]),
            )
        )

        async def last_page(_: int) -> None:
            listing = await final_cmd(emu, user, "sources", {})
            await emu.wait_acked(await emu.press(user, listing, control(listing, "last")))

        rows.append(await measure("/sources, then ⏭ (command + press)", args.calls, last_page))
        assert await emu.autocomplete(user, "sources", "search", "her"), "no search suggestions"
        assert await emu.autocomplete(user, "timeline", "topic", "ha"), "no topic suggestions"
        rows.append(
            await measure(
                "/timeline topic suggestions",
                args.calls,
                lambda _: emu.autocomplete(user, "timeline", "topic", "ha"),
            )
        )
        topics = ["harbour talks", "budget", "election", "flood", "strike"]
        rows.append(
            await measure(
                "/timeline topic:<word>",
                args.calls,
                lambda i: final_cmd(emu, user, "timeline", {"topic": topics[i % len(topics)]}),
            )
        )
        rows.append(
            await measure(
                "/timeline since:2022 grouping:month",
                args.calls,
                lambda i: final_cmd(emu, user, "timeline", {"since": "2022", "grouping": "month"}),
            )
        )
        listing = await final_cmd(emu, user, "timeline", {"topic": "harbour talks"})
        menu = next(
            c for row in listing["components"] for c in row["components"] if c["custom_id"].endswith(":jump")
        )
        values = [o["value"] for o in menu["options"]]

        async def jump(i: int) -> None:
            msg = emu.messages[listing["id"]]
            await emu.wait_acked(await emu.choose(user, msg, control(msg, "jump"), [values[i % len(values)]]))

        rows.append(await measure("/timeline month jump", args.calls, jump))

        async def chart(_: int) -> None:
            await final(await emu_press(emu, user, listing, "chart"))

        rows.append(await measure("/timeline 📈 chart (PNG attached)", min(args.calls, 3), chart))
        emu.check_clean()
    finally:
        await bot.close()
        await asyncio.gather(runner, return_exceptions=True)
        await service.close()
        await emu.stop()
    print(f"\n{args.docs:,} documents, {args.calls} calls each, one user, one after another\n")
    print("| action | p50 ms | max ms | longest loop stall ms | longest garbage collection ms |")
    print("|---|---:|---:|---:|---:|")
    for name, times, lag, collection in rows:
        print(f"| {name} | {pct(times, 0.5):.0f} | {max(times):.0f} | {lag:.0f} | {collection:.0f} |")
    print("\nWhere the work ran (every call the actions above made)\n")
    print("\n".join(where.table()))


async def final_cmd(emu: Emulator, user: Any, name: str, options: dict[str, Any]) -> JSON:
    return await emu.wait_final(await emu.command(user, name, options), within=60)


async def emu_press(emu: Emulator, user: Any, msg: JSON, action: str) -> Interaction:
    return await emu.press(user, emu.messages[msg["id"]], control(emu.messages[msg["id"]], action))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--docs", type=int, default=30_000)
    p.add_argument("--calls", type=int, default=10)
    p.add_argument("--workdir", type=Path, default=Path("var/bench-discord"))
    args = p.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
