"""The domain core's front door: what the bot, the console and the benchmarks may use.

A corpus directory becomes an ``Engine`` through ``lifecycle``: ``build_engine`` (from the files
alone), ``open_engine`` (the persisted index when it still matches, at start-up) and
``reload_engine`` (from the engine it replaces); ``save_engine`` persists one. The engine answers
(``ask``), builds timelines (``timeline``) and lists its sources (``sources``), each returning one of
the pydantic models below.
"""

from retrieval.lifecycle.engine import Engine
from retrieval.lifecycle.open import Prepared, build_engine, open_engine, reload_engine, save_engine
from retrieval.models import (
    Answer,
    BuildCancelled,
    Citation,
    DocumentMeta,
    EngineKind,
    LoadProblem,
    Progress,
    SourceInfo,
    Sources,
    Statement,
    Timeline,
    TimelineEvent,
)
from retrieval.search.text import fold
from retrieval.timeline.when import WhenError, parse_when

__all__ = [
    "Answer",
    "BuildCancelled",
    "Citation",
    "DocumentMeta",
    "Engine",
    "EngineKind",
    "LoadProblem",
    "Prepared",
    "Progress",
    "SourceInfo",
    "Sources",
    "Statement",
    "Timeline",
    "TimelineEvent",
    "WhenError",
    "build_engine",
    "fold",
    "open_engine",
    "parse_when",
    "reload_engine",
    "save_engine",
]
