"""The database setting chooses the store: a ``postgresql://`` URL (``--db`` or ``NEWSBOT_DB``) the
PostgreSQL server, a path the SQLite file (the default); the URL's password is never shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.dsn import redact, scrub
from bot.service import Service
from bot.settings import Settings, load_settings
from bot.store import SQLiteStore, open_store
from bot.store.postgres import PostgresStore
from tests.conftest import ALIASES, ROOT, SEEDS

URL = "postgresql://bot:s3cr%40t@db.example:5433/news?sslmode=require"


def test_a_url_selects_postgresql_and_is_kept_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(db=URL)
    assert settings.database_url is not None and settings.database_url.get_secret_value() == URL
    # the persisted index still sits beside the default file (the project's, wherever the command runs)
    assert settings.db == ROOT / "var" / "newsbot.db"
    assert "s3cr" not in repr(settings) and "s3cr" not in settings.store_label
    assert settings.store_label == "postgresql://bot:***@db.example:5433/news?sslmode=require"
    monkeypatch.setenv("NEWSBOT_DB", "postgres://bot@db.example/news")
    assert Settings().database_url is not None
    monkeypatch.setenv("NEWSBOT_DB", "/data/newsbot.db")
    assert Settings().database_url is None and Settings().db == Path("/data/newsbot.db")


def test_redaction_covers_the_user_part_a_password_parameter_and_quoted_messages() -> None:
    assert redact("postgresql://u:pw@h/d") == "postgresql://u:***@h/d"
    assert redact("postgresql://h/d?user=u&password=pw&sslmode=require") == (
        "postgresql://h/d?user=u&password=***&sslmode=require"
    )
    assert redact("postgresql://u@h/d") == "postgresql://u@h/d"
    assert scrub("failed for postgresql://u:p%40ss@h/d (p@ss)", "postgresql://u:p%40ss@h/d") == (
        "failed for postgresql://u:***@h/d (***)"
    )


async def test_open_store_gives_the_store_the_setting_names(postgres_dsn: str, tmp_path: Path) -> None:
    pg = await open_store(Settings(_env_file=None, db=postgres_dsn))  # type: ignore[call-arg]
    lite = await open_store(Settings(_env_file=None, db=tmp_path / "n.db"))  # type: ignore[call-arg]
    try:
        assert isinstance(pg, PostgresStore) and pg.available
        assert isinstance(lite, SQLiteStore) and lite.available
    finally:
        await pg.close()
        await lite.close()


async def test_the_pool_sizes_are_settings(postgres_dsn: str) -> None:
    pg = await open_store(Settings(_env_file=None, db=postgres_dsn, pg_pool_min=2, pg_pool_max=3))  # type: ignore[call-arg]
    try:
        assert isinstance(pg, PostgresStore)
        assert (pg._link.pool.min_size, pg._link.pool.max_size) == (2, 3)
    finally:
        await pg.close()
    with pytest.raises(ValidationError, match=r"pg_pool_min \(4\) is more than pg_pool_max \(3\)"):
        Settings(_env_file=None, pg_pool_min=4, pg_pool_max=3)  # type: ignore[call-arg]


async def test_the_service_caches_answers_in_postgresql(postgres_dsn: str, tmp_path: Path) -> None:
    settings = Settings(_env_file=None, corpus=SEEDS, aliases=ALIASES, db=tmp_path / "index.db")  # type: ignore[call-arg]
    settings = settings.model_copy(update={"database_url": load_settings(db=postgres_dsn).database_url})
    service = await Service.start(settings, warm=False)
    try:
        assert isinstance(service.store, PostgresStore)
        first = await service.ask("Who is Ukraine's First Deputy Foreign Minister?")
        again = await service.ask("  Who is Ukraine's  First Deputy Foreign Minister? ")  # the engine's text
        assert not first.cached and again.cached and again.answer == first.answer
    finally:
        await service.close()


def test_two_cli_processes_share_the_cache_and_never_print_the_password(
    postgres_dsn: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env["NEWSBOT_ALIASES"] = str(ALIASES)

    def ask() -> tuple[dict[str, object], str]:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--corpus", str(SEEDS), "--db", postgres_dsn, "-v", "ask", "--json",
             "Who is Ukraine's First Deputy Foreign Minister?"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout), done.stdout + done.stderr

    first, out1 = ask()
    second, out2 = ask()
    assert first["cached"] is False and second["cached"] is True
    assert second["answer"] == first["answer"]
    password = postgres_dsn.split(":")[2].split("@")[0]
    assert password not in out1 + out2
