"""A "which <noun>" question whose best-scoring sentence writes the noun without naming one ("the
Listeria strain behind the outbreak") is answered by a sentence of another story that scores near it
and names one beside the noun ("a strain of Listeria Brenna"); a misspelt question word's correction
("listerea" -> "Listeria") is the question's own word there, not the name asked for (made-up corpus
about a cheese recall)."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "plant", "title": "Inspectors find outbreak strain at cheese plant", "source": "Ashford Courier",
     "text": "Federal inspectors found the Listeria strain behind the cheese outbreak on a slicer inside "
             "Dovecote Dairy's Ashford plant, the agency said Monday. The plant has been closed."},
    {"id": "count", "title": "14 sick in three states in cheese outbreak", "source": "Valley Wire",
     "text": "Health officials said 14 people in three states have been sickened by a strain of Listeria "
             "Brenna linked to Dovecote soft cheese. Four people have been hospitalized."},
]  # fmt: skip


@pytest.fixture(scope="module")
def cheese(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("cheese"), [*_DOCS, *filler(6)])


@pytest.mark.parametrize("question", ["which listerea strain is it", "which strain of listeria is it"])
def test_the_sentence_naming_the_noun_asked_for_answers(cheese: Engine, question: str) -> None:
    a = cheese.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(cheese, a)
    assert a.citations[0].doc_id == "count", a.answer
    assert "Listeria Brenna" in a.answer.split("[1]")[0]
