""" "Which operator is at fault": a sentence writing the noun asked for only as a definite mention ("The
operator disclosed the fault ...") refers back to what its article named before ("Bluewater Lines told
the maritime authority ... an engine fault"), which says which. A name holding the noun only as a word
describing its own last one ("the Harbour Operators Council", a council) does not fill the slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FERRY = (
    "Bluewater Lines told the maritime authority on Monday that one of its ferries had an engine fault near "
    "Carrick Point on Sunday, an hour after leaving Dunmore with 300 people aboard. "
    "The operator disclosed the fault in a notice filed with the Harbour Operators Council. "
    "Passengers were offered refunds. "
    "Repairs are expected to take a week."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [{"id": "ferry", "title": "Ferry sailings halted after engine fault", "text": FERRY}, *filler(12)]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize("question", ["which operator is at fault", "what operator is blamed"])
def test_which_kind_is_named_by_the_sentence_the_mention_refers_to(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert "Bluewater Lines" in first_statement(a)
    assert_verbatim(engine, a)
