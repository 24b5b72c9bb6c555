"""``run_bot``: exit codes for a missing or rejected token, and a clean shutdown on SIGTERM, against the
emulator. The token must never reach the log."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from pathlib import Path

import pytest

from bot.discord_app import run_bot
from bot.settings import Settings
from tests.e2e.conftest import ALIASES
from tests.e2e.emulator import GUILD_ID, TOKEN, Emulator


def _settings(corpus: Path, tmp_path: Path, token: str | None) -> Settings:
    values: dict[str, object] = {"corpus": corpus, "db": tmp_path / "run.db", "aliases": ALIASES}
    if token is not None:
        values["DISCORD_TOKEN"] = token
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


async def test_missing_token_exits_2(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = await run_bot(_settings(corpus, tmp_path, None), dev_guild=None, sync_global=False)
    assert code == 2
    assert "DISCORD_TOKEN is not set" in capsys.readouterr().err


async def test_rejected_token_exits_3(
    emulator: Emulator,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    wrong = "wrong-token.very-secret-value"
    with caplog.at_level(logging.DEBUG):
        code = await run_bot(_settings(corpus, tmp_path, wrong), dev_guild=None, sync_global=False)
    assert code == 3
    err = capsys.readouterr().err
    assert "rejected the token" in err
    assert wrong not in err and wrong not in caplog.text
    emulator.violations.clear()  # the 401 is the point of this test


async def test_discord_out_of_reach_is_said_plainly(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a network it ended "the bot stopped: ClientConnectorDNSError", which explains nothing."""
    import discord

    with socket.socket() as s:  # a port nothing listens on: the connection is refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    code = await run_bot(_settings(corpus, tmp_path, "some.token"), dev_guild=None, sync_global=False)
    assert code == 1
    err = capsys.readouterr().err
    assert "Discord could not be reached (" in err and "network connection" in err


async def test_sigterm_shuts_down_cleanly(
    emulator: Emulator,
    corpus: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        task = asyncio.create_task(
            run_bot(_settings(corpus, tmp_path, TOKEN), dev_guild=GUILD_ID, sync_global=False)
        )
        await asyncio.wait_for(emulator.identified.wait(), 10)
        assert emulator.sync_calls == [str(GUILD_ID)]
        os.kill(os.getpid(), signal.SIGTERM)
        code = await asyncio.wait_for(task, 10)
    assert code == 0
    assert "Event loop is closed" not in caplog.text
    assert TOKEN not in caplog.text
    # the loop's signal handlers are gone again: SIGTERM is back to its default
    assert signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, signal.default_int_handler)
