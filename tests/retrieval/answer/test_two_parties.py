"""A question naming two parties for what each says ("what did A and B each report as X", "do A and B
agree on X", "what did A and B say about X") is asked of each party alone and answered with each one's
statement under its own citation, the second labelled with its outlet; asked as one it quoted one party,
or declined (no sentence names both). Whether two parties agree is a question of the coverage only when
both are its outlets; a joint act ("say in their letter") and what each gave ("give for the appeal": no
verb of reporting) are asked as written."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.parties import two_parties
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, statements_cited

_DOCS = [
    {"id": "wire", "source": "Kestrel Wire", "title": "Storm cuts power in Ormsby",
     "text": "The storm cut power to about 41,000 homes in Ormsby on Monday, the grid operator said. "
             "Councillor Ada Hale said the sea wall had held better than expected."},
    {"id": "radio", "source": "Ormsby Radio", "title": "Thousands without power after storm",
     "text": "Some 38,000 homes in Ormsby lost power on Monday after the storm, the council said. "
             "Harbour master Tom Pruitt said the sea wall needed urgent repairs before winter."},
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("parties"), [*_DOCS, *filler(12)])


@pytest.mark.parametrize(
    "question",
    [
        "What did Kestrel Wire and Ormsby Radio each report as the number of homes without power?",
        "Do Kestrel Wire and Ormsby Radio agree on how many homes lost power?",
    ],
)
def test_each_outlets_account_under_its_citation(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    cited = statements_cited(a)
    assert "41,000" in cited[0][0] and cited[0][1] == {"wire"}
    assert "38,000" in cited[1][0] and cited[1][1] == {"radio"}
    assert a.statements[1].text.startswith("Ormsby Radio reported: ")
    assert_verbatim(engine, a)


def test_each_persons_statement(engine: Engine) -> None:
    a = engine.ask("What did Hale and Pruitt say about the sea wall?")
    assert not a.abstained
    cited = statements_cited(a)
    assert "held better" in cited[0][0] and cited[0][1] == {"wire"}
    assert "urgent repairs" in cited[1][0] and cited[1][1] == {"radio"}


@pytest.mark.parametrize(
    "question",
    [
        "Did Russia and Ukraine agree on a ceasefire?",  # not outlets: whether they reached one
        "What did Vasser and Quist say in their letter?",  # one joint letter
        "What did Hale say about the sea wall?",  # one party
        "What did Hale and Pruitt give for the flood appeal?",  # what each gave, no account of it
        "What did Hale and Pruitt put on the table?",
    ],
)
def test_not_two_parties(question: str) -> None:
    assert two_parties(question, lambda p: p in {"Kestrel Wire", "Ormsby Radio"}) is None
