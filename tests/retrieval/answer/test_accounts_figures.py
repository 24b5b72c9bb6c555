"""A figure asked of the coverage's accounts ("what different numbers did outlets give for ...", "what
figures have been given for the total of ...", "how many ... did the reports give") asks the figure
itself: the question is read without the accounts and their giving (words no answering sentence holds,
which made it decline), and each outlet's figure is quoted with its own citation."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.question import without_remarks
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_DOCS = [
    {"id": "wire", "source": "Kestrel Wire", "title": "Storm cuts power",
     "text": "The storm cut power to about 41,000 homes in Ormsby on Monday, the grid operator said."},
    {"id": "radio", "source": "Ormsby Radio", "title": "Thousands without power",
     "text": "Some 38,000 homes in Ormsby lost power on Monday after the storm, the council said."},
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("figures"), [*_DOCS, *filler(12)])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What different numbers did outlets give for homes that lost power?",
         "How many homes that lost power?"),
        ("What figures have been given for the total of the fines?", "What is the total of the fines?"),
        ("What numbers were reported for the injured?", "How many injured?"),
        ("How many deaths did the reports give?", "How many deaths?"),
        ("What did different outlets report about the number of sick children?",
         "What is the number of sick children?"),
    ],
)  # fmt: skip
def test_the_figure_is_asked(question: str, asked: str) -> None:
    assert without_remarks(question) == asked


@pytest.mark.parametrize(
    "question",
    ["What did the outlets report about the arrest?", "What figures did the Ledger give?"],
)
def test_other_questions_of_the_accounts_stay(question: str) -> None:
    assert without_remarks(question) == question


def test_each_outlets_figure_is_quoted(engine: Engine) -> None:
    a = engine.ask("What different numbers did outlets give for homes that lost power?")
    assert not a.abstained
    assert "41,000" in first_statement(a) or "38,000" in first_statement(a)
    assert "41,000" in a.answer and "38,000" in a.answer
    assert {c.doc_id for c in a.citations} >= {"wire", "radio"}
    assert_verbatim(engine, a)
