"""Building, persisting, loading and reloading engines, code versions, and memory release: the only
part of the core that starts threads. ``open`` has the three ways an engine comes to be, ``assemble``
the one place it is put together, ``persist`` its parts on disk below that."""

from retrieval.lifecycle.assemble import assemble
from retrieval.lifecycle.engine import Engine
from retrieval.lifecycle.open import (
    Prepared,
    build_engine,
    index_location_problem,
    open_engine,
    reload_engine,
    save_engine,
)
from retrieval.lifecycle.release import collector_paused, wait_idle, wait_trimmed
from retrieval.lifecycle.tables import EngineParts
from retrieval.lifecycle.versions import CODE_VERSION, corpus_signature

__all__ = [
    "CODE_VERSION",
    "Engine",
    "EngineParts",
    "Prepared",
    "assemble",
    "build_engine",
    "collector_paused",
    "corpus_signature",
    "index_location_problem",
    "open_engine",
    "reload_engine",
    "save_engine",
    "wait_idle",
    "wait_trimmed",
]
