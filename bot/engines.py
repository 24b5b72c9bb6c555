"""Making engines for the service, in its worker threads: the one a start opens (the persisted index
reused, or rebuilt where files changed) and the one a reload prepares with its report of what changed.
Nothing here touches the event loop or the store; the service decides when to swap and what to record."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.reports import ReloadReport
from bot.settings import Settings
from retrieval import Engine, Prepared, build_engine, open_engine, reload_engine, save_engine


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed from one corpus to the next, by document id; ``before`` is the earlier version."""

    before: str
    added: list[str]
    removed: list[str]
    changed: list[str]


def changes(before_version: str, before: Mapping[str, str], after: Mapping[str, str]) -> Changes:
    """The documents added, removed and changed between two corpora's fingerprints."""
    return Changes(
        before_version,
        sorted(set(after) - set(before)),
        sorted(set(before) - set(after)),
        sorted(d for d in set(before) & set(after) if before[d] != after[d]),
    )


def start_engine(
    settings: Settings, index_at: Path | None, progress: Callable[[int, int], None] | None, warm: bool
) -> tuple[Engine, Changes | None]:
    """The engine at start: the index persisted beside the database reused as is, or rebuilt only
    where files changed (and saved again for the next start), with what changed since that index.
    Without ``index_at`` it is built from the corpus alone and nothing is written (no changes known)."""
    since: Changes | None = None
    if index_at is None:
        engine = build_engine(
            settings.corpus,
            aliases=settings.aliases,
            date_formats=settings.date_formats,
            kind=settings.engine,
            progress=progress,
        )
    else:
        prepared = open_engine(
            settings.corpus,
            index_at,
            aliases=settings.aliases,
            date_formats=settings.date_formats,
            kind=settings.engine,
            progress=progress,
        )
        engine = prepared.engine
        if engine.corpus.documents:
            # a corpus with nothing readable is refused by every reload; its empty index would replace the
            # one saved for the last good corpus, which the next start (or a reload after the files are
            # back) then rebuilds from nothing, and whose versions the next reload's report compares with
            save_engine(prepared, index_at)
        if prepared.prior_version is not None and prepared.prior_fingerprints is not None:
            since = changes(prepared.prior_version, prepared.prior_fingerprints, engine.corpus.fingerprints)
    if warm:
        engine.timeline_index  # noqa: B018 - built off the event loop, not on the first /timeline
    return engine, since


class EmptyCorpus(RuntimeError):
    """A reload that found no readable document: refused, with the corpus serving kept. Its message is
    for a moderator as it stands, not behind an exception's class name as a fault's is."""


def prepare_reload(
    settings: Settings,
    index_at: Path | None,
    old: Engine,
    by: str,
    progress: Callable[[int, int], None],
    cancel: threading.Event | None,
) -> tuple[Prepared, ReloadReport]:
    """The new engine and the report of what changed, both in the worker thread: comparing two
    corpora of 100k documents is tens of milliseconds the event loop should not spend."""
    prepared = reload_engine(
        old,
        settings.corpus,
        index_at,
        aliases=settings.aliases,
        date_formats=settings.date_formats,
        kind=settings.engine,
        progress=progress,
        cancel=cancel,
    )
    new = prepared.engine
    if not new.corpus.documents:
        raise EmptyCorpus("the new corpus has no readable documents; the previous corpus keeps serving")
    diff = changes(old.version, old.corpus.fingerprints, new.corpus.fingerprints)
    report = ReloadReport(
        ok=True,
        by=by,
        version_before=old.version,
        version_after=new.version,
        added=diff.added,
        removed=diff.removed,
        changed=diff.changed,
        documents=len(new.corpus.documents),
        sentences=new.corpus.sentence_count,
        problems=[str(p) for p in new.corpus.problems],
    )
    return prepared, report
