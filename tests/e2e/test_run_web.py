"""``newsbot run --web``: the status pages served by the bot's own process, over the bot's service,
against the emulator; and the refusal to serve beyond loopback without a token."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
from pathlib import Path

import aiohttp
import pytest

from bot.discord_app import run_bot
from bot.settings import Settings
from tests.e2e.conftest import ALIASES
from tests.e2e.emulator import GUILD_ID, TOKEN, Emulator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _settings(corpus: Path, tmp_path: Path, **web: object) -> Settings:
    values: dict[str, object] = {"corpus": corpus, "db": tmp_path / "run.db", "aliases": ALIASES}
    return Settings(_env_file=None, DISCORD_TOKEN=TOKEN, **values, **web)  # type: ignore[arg-type]


async def test_run_with_web_serves_the_pages_beside_the_bot(
    emulator: Emulator, corpus: Path, tmp_path: Path
) -> None:
    port = free_port()
    settings = _settings(corpus, tmp_path, web_port=port)
    task = asyncio.create_task(run_bot(settings, dev_guild=GUILD_ID, sync_global=False, web=True))
    await asyncio.wait_for(emulator.identified.wait(), 10)
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/sources?q=kyiv") as response,
    ):
        assert response.status == 200
        assert "The Kyiv Independent" in await response.text()
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(task, 10) == 0
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/"):
            pass


async def test_run_with_web_on_a_public_address_without_a_token_exits_2(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = _settings(corpus, tmp_path, web_host="0.0.0.0")
    code = await run_bot(settings, dev_guild=None, sync_global=False, web=True)
    assert code == 2
    assert "NEWSBOT_WEB_TOKEN" in capsys.readouterr().err
