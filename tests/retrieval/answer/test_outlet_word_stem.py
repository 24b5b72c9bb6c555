"""A question's word that shares only its stem with a word of an outlet's name ("this week" and "Canal
Weekly") does not name the outlet: the question is not kept to that outlet's articles."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "weekly",
            "source": "Canal Weekly",
            "title": "Culvert blamed for breach",
            "text": "Engineers said a cracked culvert caused the canal breach at Fenwick. "
            "The trust has ordered checks on every culvert along the towpath.",
        },
        {
            "id": "courier",
            "source": "Fenwick Courier",
            "title": "Barges to move again",
            "text": "Barge traffic on the Fenwick canal will resume on Friday, the canal trust said. "
            "Repairs to the bank cost about 40,000 pounds.",
        },
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_a_word_sharing_a_stem_with_an_outlets_name_does_not_name_it(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("will barge traffic on the canal resume this week")
    assert not a.abstained, a.answer
    assert {c.doc_id for c in a.citations} == {"courier"}
    named = engine.ask("what did canal weekly say caused the breach")
    assert not named.abstained and {c.doc_id for c in named.citations} == {"weekly"}
