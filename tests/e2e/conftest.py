"""E2E fixtures: the emulator on 127.0.0.1, the real Service over a temp copy of the seeds, and the real
bot (discord.py client) pointed at the emulator. Nothing here reaches the network."""

from __future__ import annotations

import asyncio
import shutil
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yarl

with warnings.catch_warnings():
    # discord.player imports audioop (deprecated in 3.11); until pyproject ignores it, do it here
    warnings.simplefilter("ignore", DeprecationWarning)
    import discord
    import discord.gateway
    import discord.http

from bot.discord_app import NewsBot, build_bot
from bot.service import Service
from bot.settings import Settings
from tests.e2e.emulator import BOT_ID, GUILD_ID, JSON, MOD_ROLE_ID, TOKEN, Emulator, Interaction, User

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ALIASES = ROOT / "config" / "aliases.toml"


@dataclass
class Harness:
    emu: Emulator
    bot: NewsBot
    service: Service
    settings: Settings
    corpus: Path
    alice: User
    bob: User
    mod: User
    role_mod: User
    #: stops this bot and its service and starts new ones over the same settings and database (a
    #: restart of the process: nothing in memory survives, what the store holds does)
    restart: Callable[[], Awaitable[Harness]] | None = None

    async def ask(self, user: User, question: str) -> tuple[Interaction, JSON]:
        inter = await self.emu.command(user, "ask", {"question": question})
        return inter, await self.emu.wait_final(inter)

    async def mention(self, user: User, text: str, **kw: Any) -> JSON:
        msg = await self.emu.mention(user, f"<@{BOT_ID}> {text}", **kw)
        return await self.emu.wait_reply_to(msg)


Launch = Callable[..., Awaitable[Harness]]


@pytest.fixture
async def emulator(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Emulator]:
    emu = Emulator()
    await emu.start()
    monkeypatch.setattr(discord.http.Route, "BASE", f"{emu.base}/api/v10")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(emu.base + "/"))
    try:
        yield emu
    finally:
        await emu.stop()
    emu.check_clean()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture
async def launch(emulator: Emulator, corpus: Path, tmp_path: Path) -> AsyncIterator[Launch]:
    """Start the whole bot: ``await launch(**settings_overrides, view_timeout=...)``."""
    stack = AsyncExitStack()
    users = {
        "alice": emulator.add_user("alice"),
        "bob": emulator.add_user("bob"),
        "mod": emulator.add_user("mod", moderator=True),
        "role_mod": emulator.add_user("role_mod", role_moderator=True),
    }

    async def _launch(
        *,
        view_timeout: float = 60.0,
        corpus_dir: Path | None = None,
        sync_global: bool = False,
        **overrides: Any,
    ) -> Harness:
        values: dict[str, Any] = {
            "corpus": corpus_dir or corpus,
            "db": tmp_path / "newsbot.db",
            "aliases": ALIASES,
            "moderator_role_ids": [MOD_ROLE_ID],
            "cooldown_rate": 50,
            "cooldown_per_seconds": 60,
            "timeline_page_size": 8,
            **overrides,
        }
        settings = Settings(_env_file=None, **values)

        async def start() -> Harness:
            synced = len(emulator.sync_calls)
            service = await Service.start(settings)
            bot = build_bot(
                service,
                dev_guild=GUILD_ID,
                sync_global=sync_global,
                view_timeout=view_timeout,
                guild_ready_timeout=0.05,
            )
            runner = asyncio.create_task(bot.start(TOKEN))
            stopped = False

            async def stop() -> None:
                nonlocal stopped
                if not stopped:
                    stopped = True
                    await bot.close()
                    await asyncio.wait_for(runner, 10)
                    await service.close()

            stack.push_async_callback(stop)
            ready = asyncio.create_task(bot.wait_until_ready())
            done, _ = await asyncio.wait({runner, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
            if ready not in done:
                ready.cancel()
                if runner.done():
                    runner.result()
                raise AssertionError("the bot did not become ready")
            expected = [str(GUILD_ID), "global"] if sync_global else [str(GUILD_ID)]
            if not bot.syncs_commands:
                expected = []  # a process of a cluster without shard 0: that one syncs them
            assert emulator.sync_calls[synced:] == expected, (
                "commands are synced to the dev guild; globally only on request; by one process of a cluster"
            )

            async def restart() -> Harness:
                await stop()
                return await start()

            return Harness(emulator, bot, service, settings, values["corpus"], **users, restart=restart)

        return await start()

    try:
        yield _launch
    finally:
        await stack.aclose()


def embed_of(msg: JSON) -> JSON:
    assert msg["embeds"], f"expected an embed, got {msg.get('content')!r}"
    return msg["embeds"][0]  # type: ignore[no-any-return]


def buttons(msg: JSON) -> list[str]:
    return [c["custom_id"] for row in msg.get("components") or [] for c in row["components"]]


def actions(msg: JSON) -> list[str]:
    """What a message's components do, without their per-view nonce: ``v:NONCE:next`` -> ``next``."""
    return [cid.rsplit(":", 1)[-1] if cid.startswith("v:") else cid for cid in buttons(msg)]


def control(msg: JSON, action: str) -> str:
    """The custom id of the component of ``msg`` that does ``action`` ("next", "jump", "chart" …)."""
    found = [cid for cid in buttons(msg) if cid.startswith("v:") and cid.endswith(f":{action}")]
    assert found, f"no {action!r} control on the message: {buttons(msg)}"
    return found[0]


async def sent_after(emu: Emulator, start: int, route: str | None = None, within: float = 10.0) -> JSON:
    """The first message the bot sent (or edited) after ``emu.sent[start]``, on ``route`` if given
    ("channel message", "thread message", "dm message", "followup ask" …)."""

    def found() -> bool:
        return any(route is None or s.route == route for s in emu.sent[start:])

    await emu.wait_until(found, within)
    return next(s.message for s in emu.sent[start:] if route is None or s.route == route)


async def server(h: Harness, **options: Any) -> JSON:
    """A moderator runs /server with these options; its (ephemeral) reply."""
    return await h.emu.wait_final(await h.emu.command(h.mod, "server", options))
