"""The three ways an engine comes to be, each doing as little as it can:

* ``build_engine``: from the corpus directory alone (nothing read from disk but the corpus, nothing
  written);
* ``open_engine``: at start-up, the engine persisted beside the database as it is when no corpus file
  changed since it was saved, else built reusing every unchanged document of the persisted one;
* ``reload_engine``: from the engine it replaces, reading, cleaning and indexing only what changed.

None of them writes anything: ``save_engine`` persists a prepared engine when it needs it, so a reload
swaps its engine in first and persists it off the path a user waits on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from retrieval.lifecycle import persist
from retrieval.lifecycle.assemble import build
from retrieval.lifecycle.engine import Engine
from retrieval.lifecycle.persist import PersistError
from retrieval.lifecycle.versions import corpus_signature
from retrieval.models import EngineKind, Progress
from retrieval.search.text import Aliases, Tokenizer

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A built (or loaded) engine and whether it still has to be written beside the database."""

    engine: Engine
    #: the corpus files' signature taken before they were read (a file changed meanwhile makes the
    #: next start rebuild what changed, never trust a stale index)
    signature: str
    needs_save: bool


def build_engine(
    root: Path,
    *,
    aliases: Path | None = None,
    date_formats: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Engine:
    """An engine built from ``root`` alone: nothing persisted is read, nothing is written."""
    return build(
        root, aliases=aliases, date_formats=date_formats, kind=kind, progress=progress, cancel=cancel
    )


def open_engine(
    root: Path,
    db: Path,
    *,
    aliases: Path | None = None,
    date_formats: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Prepared:
    """The engine for ``root`` at start-up (see the module's docstring)."""
    signature = corpus_signature(root, date_formats)
    loaded: Engine | None = None
    if kind == "bm25":
        try:
            parts, manifest = persist.load(db, Tokenizer(Aliases.load(aliases)), kind)
        except PersistError as exc:
            log.info("building the index (%s)", exc)
        else:
            loaded = Engine(parts)
            if manifest.corpus_signature == signature:
                return Prepared(loaded, signature, needs_save=False)
    return _rebuilt(root, db, signature, loaded, aliases, date_formats, kind, progress, cancel)


def reload_engine(
    prior: Engine,
    root: Path,
    db: Path | None = None,
    *,
    aliases: Path | None = None,
    date_formats: Path | None = None,
    kind: EngineKind = "bm25",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Prepared:
    """A new engine for ``root`` replacing ``prior``: only what changed is read, cleaned and indexed.
    Without ``db`` nothing is to be persisted."""
    signature = corpus_signature(root, date_formats)
    return _rebuilt(root, db, signature, prior, aliases, date_formats, kind, progress, cancel)


def _rebuilt(
    root: Path,
    db: Path | None,
    signature: str,
    prior: Engine | None,
    aliases: Path | None,
    date_formats: Path | None,
    kind: EngineKind,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Prepared:
    engine = build(
        root,
        aliases=aliases,
        date_formats=date_formats,
        kind=kind,
        progress=progress,
        cancel=cancel,
        prior=prior,
    )
    unchanged = prior is not None and prior.indexes is engine.indexes
    needs_save = db is not None and kind == "bm25" and not (unchanged and _saved(db, signature))
    return Prepared(engine, signature, needs_save)


def save_engine(prepared: Prepared, db: Path) -> None:
    """Persist a prepared engine beside ``db`` if it needs it. Best effort: a disk that cannot be
    written costs a warning (and a rebuild at the next start), never the bot."""
    if not prepared.needs_save:
        return
    try:
        persist.save(prepared.engine.parts, db, prepared.signature)
    except (OSError, PersistError) as exc:
        log.warning("could not persist the index beside %s: %s", db, exc)


def _saved(db: Path, signature: str) -> bool:
    try:
        return persist.read_manifest(db).corpus_signature == signature
    except PersistError:
        return False
