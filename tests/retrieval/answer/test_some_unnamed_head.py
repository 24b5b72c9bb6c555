"""A "which X" answered by a sentence that writes only some X ("a dock union says it warned ...")
names it from the sentence of its story that does ("the Ostmark Dockers Union"): holding the noun
after "a" says there is one, not which. Pinned on a small made-up corpus."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_CRANE = (
    "A dock union says it repeatedly warned Ostmark Freight about rusted bolts on the crane at Pier Nine. "
    "Ilse Varga, president of the Ostmark Dockers Union, said members reported the bolts twice last year. "
    "The crane collapsed on Thursday, injuring two workers. "
    "Ostmark Freight said the crane had passed its last inspection."
)


def test_which_union_is_named_by_the_story_sentence_naming_it(tmp_path: Path) -> None:
    docs = [{"id": "crane", "title": "Crane collapse at Pier Nine", "text": _CRANE}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("which union warned about the crane")
    assert not a.abstained, a.answer
    assert "Ostmark Dockers Union" in a.answer, a.answer
    _verbatim(engine, a)
