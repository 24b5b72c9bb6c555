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
import stat
import threading
from collections.abc import Mapping
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
    #: the engine it was made from (the persisted index at a start, the replaced one at a reload):
    #: its corpus version and each document's fingerprint, to say what changed; None when built anew
    prior_version: str | None = None
    prior_fingerprints: Mapping[str, str] | None = None


def index_location_problem(db: Path) -> str | None:
    """Why nothing can be persisted beside ``db`` (None when it can): the index lives in
    ``<db>.index/``, which only makes sense beside a regular file, or where one is yet to be made.
    ``--db /dev/null`` must not create ``/dev/null.index``, nor a directory hold ``<dir>.index``."""
    if not db.name or db.name in (".", ".."):
        return f"{db} is not a file path"
    try:
        st = db.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{db} cannot be examined ({exc.strerror or exc})"
    if stat.S_ISDIR(st.st_mode):
        return f"{db} is a directory, not a database file"
    if not stat.S_ISREG(st.st_mode):
        return f"{db} is not a regular file"
    return None


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
    """The engine for ``root`` at start-up (see the module's docstring). Where nothing can be persisted
    beside ``db`` (``index_location_problem``), it is built and never to be saved."""
    signature = corpus_signature(root, date_formats)
    loaded: Engine | None = None
    problem = index_location_problem(db)
    if problem is not None:
        log.info("not persisting the index: %s", problem)
        engine = build_engine(
            root, aliases=aliases, date_formats=date_formats, kind=kind, progress=progress, cancel=cancel
        )
        return Prepared(engine, signature, False)
    if kind == "bm25":
        try:
            parts, manifest = persist.load(db, Tokenizer(Aliases.load(aliases)), kind)
        except PersistError as exc:
            log.info("building the index (%s)", exc)
        else:
            loaded = Engine(parts)
            if manifest.corpus_signature == signature:
                fingerprints = loaded.corpus.fingerprints
                return Prepared(loaded, signature, False, loaded.version, fingerprints)
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
    needs_save = (
        db is not None
        and kind == "bm25"
        and index_location_problem(db) is None
        and not (unchanged and _saved(db, signature))
    )
    if prior is None:
        return Prepared(engine, signature, needs_save)
    return Prepared(engine, signature, needs_save, prior.version, prior.corpus.fingerprints)


def save_engine(prepared: Prepared, db: Path) -> None:
    """Persist a prepared engine beside ``db`` if it needs it. Best effort: a disk that cannot be
    written costs a warning (and a rebuild at the next start), never the bot."""
    if not prepared.needs_save or index_location_problem(db) is not None:
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
