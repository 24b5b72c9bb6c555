"""A "how high" about a physical thing asks its height, a length ("how high did the spray go": "a plume of
spray some 40 metres into the air"), not a sentence writing "highest" of something else; about a price or
a rate it asks a level, no length. Pinned on a small made-up corpus and on the measure read."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_GEYSER = (
    "The Brimvald geyser erupted on Sunday morning, throwing a plume of spray some 40 metres into the air. "
    "Park rangers raised the warning to amber, the highest step the park has used this year. "
    "Spray drifted over the visitor centre for about an hour. "
    "The geyser last erupted in 2019."
)


def test_how_high_of_a_thing_asks_a_length() -> None:
    from retrieval.answer.amounts import measure

    for q in ("how high did the spray go", "how high is the new tower"):
        assert measure(q, q.split(), q) == "length", q
    for q in ("how high are prices", "how high is inflation now"):
        assert measure(q, q.split(), q) == "", q


def test_how_high_did_the_spray_go_gives_the_height(tmp_path: Path) -> None:
    docs = [{"id": "geyser", "title": "Brimvald geyser erupts", "text": _GEYSER}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("how high did the spray go")
    assert not a.abstained, a.answer
    assert "40 metres" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)
