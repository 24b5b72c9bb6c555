"""Chat's "oped" is the "op-ed" a question asks about, no misspelling of another word ("oper" of an
operator): "what does the oped say about the mayor" is answered by the opinion piece's sentence on the
mayor, not by a report's tour operator. Pinned on a small made-up corpus."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_REPORT = (
    "Floodwater closed the old town of Veldrin on Monday. "
    "Boat operator Haskel Tours said it had ferried 300 residents to dry ground. "
    "Mayor Ines Cobbolt ordered the market square cleared. "
    "The river is expected to fall by Thursday."
)
_OPED = (
    "Veldrin has flooded three times in ten years. "
    "Mayor Ines Cobbolt acted quickly this week, but quick is not the same as ready. "
    "The flood wall promised in 2019 has still not been built."
)


def test_oped_names_the_opinion_piece(tmp_path: Path) -> None:
    docs = [
        {"id": "report", "title": "Floodwater closes Veldrin old town", "text": _REPORT},
        {"id": "oped", "title": "Opinion: Veldrin needs a wall, not a promise", "text": _OPED},
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what does the oped say about the mayor")
    assert not a.abstained, a.answer
    first = a.answer.split("[1]")[0]
    assert "quick is not the same as ready" in first, a.answer
    assert "operator" not in first, a.answer
    _verbatim(engine, a)
