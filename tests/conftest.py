"""Hermetic tests: no NEWSBOT_* or DISCORD_TOKEN from the caller's environment, data in temp dirs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Locally, hypothesis explores new examples each run (that is how it finds bugs); in CI the same
# examples every run, so a landing is never decided by a random draw. No deadlines on a shared machine.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ALIASES = ROOT / "config" / "aliases.toml"

# a throwaway PostgreSQL server (started on first use) for the tests of the PostgreSQL store
pytest_plugins = ["tests.support.postgres"]


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for key in list(os.environ):
        if key.startswith("NEWSBOT_") or key == "DISCORD_TOKEN":
            monkeypatch.delenv(key)
    yield


@pytest.fixture(scope="session")
def seeds_engine():  # type: ignore[no-untyped-def]
    from retrieval import build_engine

    return build_engine(SEEDS, aliases=ALIASES)


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst
