"""The three ways an engine comes to be: built from a corpus directory, opened (the index persisted
beside the database when it still matches the corpus, else built), and reloaded from the engine it
replaces. None of them writes anything; ``save_engine`` persists a prepared engine when it needs it,
so a reload can swap its engine in first and persist it off the path a user waits on."""

from __future__ import annotations

import threading
from pathlib import Path

from retrieval.ingest.corpus import Progress
from retrieval.lifecycle import persist
from retrieval.lifecycle.engine import Engine, EngineKind
from retrieval.lifecycle.persist import Prepared


def build_engine(
    root: Path,
    *,
    aliases: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Engine:
    """An engine built from ``root`` alone: nothing persisted is read, nothing is written."""
    return Engine.build(root, aliases=aliases, kind=kind, progress=progress, cancel=cancel)


def open_engine(
    root: Path,
    db: Path,
    *,
    aliases: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Prepared:
    """The engine for ``root`` at start-up: the one persisted beside ``db`` as is when no corpus file
    changed since it was saved; otherwise built, reusing every unchanged document of the persisted one."""
    return persist.prepare(root, db, aliases=aliases, kind=kind, progress=progress, cancel=cancel)


def reload_engine(
    prior: Engine,
    root: Path,
    db: Path,
    *,
    aliases: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Prepared:
    """A new engine for ``root`` replacing ``prior``: only what changed is read, cleaned and indexed."""
    return persist.prepare(
        root, db, aliases=aliases, kind=kind, progress=progress, cancel=cancel, prior=prior
    )


def save_engine(prepared: Prepared, db: Path) -> None:
    """Persist a prepared engine beside ``db`` if it needs it (best effort: a warning, never a crash)."""
    persist.commit(prepared, db)
