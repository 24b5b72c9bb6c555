""" "What was the 25k for": chat writes thousands with a "k", the coverage writes the number out
("$25,000"). Read so only when the coverage has no such token itself ("the 5K run" is one)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def test_thousands_written_with_a_k_find_the_number_written_out(tmp_path: Path) -> None:
    story = {
        "id": "library",
        "title": "Library wins grant",
        "text": "The Brenlow library received a $25,000 grant to repair its leaking roof. "
        "Volunteers also ran the town's 5K race on Sunday to raise money for new books.",
    }
    engine = engine_of(tmp_path, [story, *filler(12)])
    a = engine.ask("what was the 25k grant for")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "$25,000 grant" in a.answer
    b = engine.ask("when was the 5k race")  # the coverage's own "5K"
    assert not b.abstained and "5K race" in b.answer
