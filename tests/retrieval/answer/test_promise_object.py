""" "What did the health minister promise": the sentence where the role's holder promised something
answers, though it quotes nothing; a place named before "and promised" is no speaker whose words these
are (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

DOCS = [
    {
        "id": "radio",
        "title": "Minister visits flooded hospital",
        "source": "Valley Radio",
        "text": "Health minister Ada Vell visited Northfield Hospital and promised £2 million for beds.\n\n"
        "Vell said the flood had shown how old the building was.\n\n"
        "Opposition spokesperson Tom Berry called the money too little.",
    },
]


@pytest.mark.parametrize("question", ["What did the health minister promise?", "What did Ada Vell promise?"])
def test_the_promise_of_the_role_holder_answers(tmp_path: Path, question: str) -> None:
    engine = engine_of(tmp_path, [*DOCS, *filler(10)])
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "promised £2 million for beds" in first_statement(a)
    assert_verbatim(engine, a)
