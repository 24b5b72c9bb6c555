"""Serving the status pages: on their own (``newsbot web``) or beside the Discord bot in the same
process (``newsbot run --web``), where they share the bot's service and so show its live corpus."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from aiohttp import web
from pydantic import SecretStr

from bot.service import Service
from bot.settings import Settings
from bot.web.access import WebAccessError, check_bind, has_token
from bot.web.app import build_app

log = logging.getLogger(__name__)

MIN_TOKEN_CHARS = 16


async def start_web(service: Service, host: str, port: int, token: SecretStr | None) -> web.AppRunner:
    """Start serving (the caller cleans the runner up). Raises WebAccessError for a non-loopback host
    without a token, and OSError when the address cannot be bound."""
    check_bind(host, token)
    if token is not None and has_token(token) and len(token.get_secret_value().strip()) < MIN_TOKEN_CHARS:
        log.warning("NEWSBOT_WEB_TOKEN is short; use a long random one (e.g. 32 random bytes, base64)")
    runner = web.AppRunner(build_app(service, token), access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    log.info(
        "status pages on http://%s:%d/ (%s)",
        host,
        port,
        "token required" if has_token(token) else "local only",
    )
    return runner


async def _until_signal() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread, or Windows
            pass
    await stop.wait()


async def run_web(settings: Settings, host: str, port: int) -> int:
    """``newsbot web``: load the service, serve until SIGINT/SIGTERM; returns the exit code."""
    token = settings.web_token
    try:
        check_bind(host, token)  # before the corpus is loaded: a refusal should be instant
    except WebAccessError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    service = await Service.start(settings)
    try:
        for problem in service.problems:
            log.warning("%s", problem)
        try:
            runner = await start_web(service, host, port, token)
        except OSError as exc:
            print(f"error: cannot serve on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"newsbot status pages on http://{host}:{port}/ — Ctrl-C stops.", file=sys.stderr)
        try:
            await _until_signal()
        finally:
            await runner.cleanup()
        return 0
    finally:
        await service.close()
