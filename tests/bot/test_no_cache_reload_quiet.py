"""With the store switched off (``--no-cache``), a reload records nothing as asked: its report says
"Not recorded", and nothing is logged as a warning (the console printed one on every /reload)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.service import Service
from bot.settings import load_settings
from tests.conftest import ALIASES


async def test_a_reload_without_a_store_warns_of_nothing(
    tmp_path: Path, seeds_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(None, corpus=seeds_copy, db=tmp_path / "s.db", aliases=ALIASES)
    service = await Service.start(settings, use_store=False, warm=False)
    try:
        with caplog.at_level(logging.INFO, logger="bot.service"):
            report = await service.reload("console")
        assert report.ok and report.history == "failed"
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    finally:
        await service.close()
