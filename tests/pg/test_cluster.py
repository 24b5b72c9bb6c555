"""The tests' own PostgreSQL: it starts as an unprivileged user, takes passwords on TCP, gives each
test a fresh database, and a machine without it fails loudly rather than skipping."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.support.postgres import BIN_ENV, PostgresUnavailable, TempCluster, find_bin

ROOT = Path(__file__).resolve().parents[2]


def test_the_server_runs_unprivileged_and_wants_a_password_on_tcp(postgres_cluster: TempCluster) -> None:
    with postgres_cluster.admin() as con:
        row = con.execute("SELECT current_setting('is_superuser'), version()").fetchone()
        assert row is not None and "PostgreSQL" in str(row[1])
    pid = int((postgres_cluster.data / "postmaster.pid").read_text().split()[0])
    assert os.stat(f"/proc/{pid}").st_uid != 0, "PostgreSQL must not run as root"
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(postgres_cluster.dsn(password=False), connect_timeout=5).close()


def test_each_test_gets_a_fresh_database(postgres_dsn: str) -> None:
    with psycopg.connect(postgres_dsn, autocommit=True) as con:
        tables = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    assert tables == (0,)


def test_missing_binaries_are_reported_with_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(BIN_ENV, str(tmp_path))
    with pytest.raises(PostgresUnavailable, match="apt-get install -y postgresql"):
        find_bin()


def test_a_machine_without_postgresql_fails_the_tests_that_need_it_not_skips(tmp_path: Path) -> None:
    """What CI would print on a machine where the server could not be installed."""
    env = {**os.environ, BIN_ENV: str(tmp_path / "nowhere")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/pg/test_cluster.py::test_each_test_gets_a_fresh_database"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout
    assert "PostgreSQL is needed by this test and could not be started" in done.stdout
    assert "skipped" not in done.stdout
