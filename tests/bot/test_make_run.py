"""``make run``/``make web`` honour the settings a user sets: ``NEWSBOT_CORPUS``/``NEWSBOT_DB`` in the
environment (or the settings file) when make is given no ``CORPUS``/``DB``, and ``make run CORPUS=… DB=…``,
which win over them as ``--corpus``/``--db`` do. Before, the Makefile always passed ``--corpus seeds``, so
``NEWSBOT_CORPUS=mydir make run`` answered from seeds/."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _command(target: str, *args: str, env: dict[str, str] | None = None) -> str:
    """The newsbot command line ``make -n TARGET`` would run (make prints, runs nothing)."""
    r = subprocess.run(
        ["make", "-n", "-W", ".venv/.installed", target, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=True,
    )
    return next(line for line in r.stdout.splitlines() if "bin/newsbot" in line)


@pytest.mark.parametrize("target", ["run", "web"])
def test_the_environment_chooses_the_corpus_and_db_when_make_is_given_none(target: str) -> None:
    line = _command(target, env={"NEWSBOT_CORPUS": "/tmp/mine", "NEWSBOT_DB": "/tmp/mine.db"})
    assert "--corpus" not in line and "--db" not in line, line  # newsbot reads NEWSBOT_* itself
    assert line.split()[-1] == ("console" if target == "run" else "web")


def test_corpus_and_db_given_to_make_are_passed_on() -> None:
    line = _command("run", "CORPUS=/tmp/my corpus", "DB=/tmp/mine.db")
    assert "--corpus '/tmp/my corpus'" in line and "--db '/tmp/mine.db'" in line
