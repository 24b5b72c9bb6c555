"""A noun the coverage lacks is read as a word it writes whose dictionary definition leads with it, where
a sentence holds that word with the question's other words: "the head of the college" of a story about
its "president" ("the head administrative officer of a college or university"). A word named only
further on in a definition, one of another kind of thing, or one found away from the question's other
words bridges nothing."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

COLLEGE = {
    "id": "college",
    "title": "Fenwick College president stays on",
    "text": "Fenwick College president Ana Ruiz said on Tuesday she would not step down over the grading "
    "scandal. The college's governors will meet next month.",
}
HOMES = {
    "id": "homes",
    "title": "Lenders pull mortgage offers in Tarrow",
    "text": "Nine lenders in Tarrow withdrew their mortgage offers on Monday after the rate rise. "
    "Estate agents said buyers were cancelling viewings.",
}
MARKET = {
    "id": "market",
    "title": "Orlen market hall to close",
    "text": "Orlen's Victorian market hall will close in May, the council said. "
    "Traders will move to a temporary site on Quay Road.",
}


@pytest.fixture(scope="module")
def coverage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("glossed"), [COLLEGE, HOMES, MARKET, *filler(12)])


def test_a_word_defined_by_the_asked_noun_beside_the_other_words_answers(coverage: Engine) -> None:
    a = coverage.ask("did the head of fenwick college step down")
    assert not a.abstained, a.answer
    assert "Ana Ruiz" in first_statement(a)
    assert_verbatim(coverage, a)


@pytest.mark.parametrize(
    "question",
    [
        # "mortgage": "a conditional conveyance of property as security for the repayment of a loan" names
        # the loan further on, as another thing: the offers withdrawn are no loans the question counts
        "did the loan providers in tarrow withdraw their offers",
        # no sentence writes "president" beside the market hall
        "did the head of the orlen market hall step down",
    ],
)
def test_a_word_mentioned_or_apart_bridges_nothing(coverage: Engine, question: str) -> None:
    a = coverage.ask(question)
    assert a.abstained, a.answer
