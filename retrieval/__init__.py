"""The domain core's front door: what the bot, the console and the benchmarks may use.

A corpus directory becomes an ``Engine`` through ``lifecycle``: ``build_engine`` (from the files
alone), ``open_engine`` (the persisted index when it still matches, at start-up) and
``reload_engine`` (from the engine it replaces); ``save_engine`` persists one. The engine answers
(``ask``), builds timelines (``timeline``) and lists its sources (``sources``), each returning one of
the pydantic models below.
"""

from typing import TYPE_CHECKING, Any

from retrieval.lexicon import object_of_preposition
from retrieval.lifecycle.engine import Engine
from retrieval.lifecycle.open import (
    Prepared,
    build_engine,
    index_location_problem,
    open_engine,
    reload_engine,
    save_engine,
)
from retrieval.models import (
    PRECISION_RANK,
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
from retrieval.search.text import aliases_problem, fold


def mostly_noun(word: str) -> bool:
    """Whether WordNet reads ``word`` mostly as a noun ("lake", "staff"; not "acted"); False without
    WordNet. For the bot's example questions, which name what a statement is about."""
    from retrieval.answer.bridge import wordnet  # (WordNet opens on first use, not at import)

    wn = wordnet()
    return wn is not None and wn.mostly_noun(word)


if TYPE_CHECKING:
    from retrieval.timeline.when import WhenError, parse_when
else:

    def __getattr__(name: str) -> Any:
        """``parse_when`` and ``WhenError``, imported on first use: the timeline's date grammar is a
        good part of a start-up that ``newsbot ask`` need not pay for."""
        if name in ("WhenError", "parse_when"):
            from retrieval.timeline import when

            return getattr(when, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "PRECISION_RANK",
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
    "aliases_problem",
    "build_engine",
    "fold",
    "index_location_problem",
    "mostly_noun",
    "object_of_preposition",
    "open_engine",
    "parse_when",
    "reload_engine",
    "save_engine",
]
