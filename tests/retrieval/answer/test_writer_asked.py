"""An opinion writer asked what they think or say, and nothing else ("what does orla fenwick think"),
is answered from their piece, whose sentences never write the name only its byline gives, not by the
line of another article that describes them. "who is" still asks who they are. Pinned on a small
made-up corpus."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_OPED = (
    "Tolldale's bus depot closure was not bad luck, it was bad planning. "
    "The council sold the depot site before it had found another. "
    "Until the council publishes a transport plan, this will happen again."
)
_BIO = (
    "Tolldale's buses will run from a temporary yard from Monday. "
    "Orla Fenwick is a former transport planner who writes a weekly column for the Tolldale Post."
)


def test_what_does_the_writer_think_quotes_their_piece(tmp_path: Path) -> None:
    docs = [
        {
            "id": "oped",
            "title": "Opinion: The depot closure was bad planning",
            "text": _OPED,
            "author": "Orla Fenwick",
        },
        {"id": "news", "title": "Buses move to a temporary yard", "text": _BIO},
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what does orla fenwick think")
    assert not a.abstained, a.answer
    assert "bad planning" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)
    b = engine.ask("who is orla fenwick")
    assert "former transport planner" in b.answer, b.answer
