"""A misspelling of a common English word the coverage lacks in every form and synonym is read as that
word (``spellings._dictionary_word``), so the question is answered as its spelt-right form is, the word
weighing as one the coverage lacks, not sought as a name nothing mentions. Only an unambiguous typing
slip, where the question asks for no one and the coverage writes no name near it: a misspelt name the
coverage lacks still declines."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.spellings import respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

CRASH = {
    "id": "crash",
    "title": "Coach overturns near Dunmore",
    "text": "A coach overturned on the Dunmore bypass on Friday. Four passengers were taken to St Anne's "
    "Hospital in Dunmore, police said. Councillor Ruth Pellew said the bypass needed new barriers.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("lacking"), [CRASH, *filler(12)])


def test_a_misspelt_word_the_coverage_lacks_is_answered_as_spelt_right(engine: Engine) -> None:
    right = engine.ask("which hospital were the injured taken to")
    typed = engine.ask("which hospital were the injrued taken to")
    assert not typed.abstained and first_statement(typed) == first_statement(right), typed.answer
    assert "St Anne's" in first_statement(typed)
    assert_verbatim(engine, typed)


@pytest.mark.parametrize(
    "question",
    [
        "what did pillowe say",  # (asked as someone: a name, not the coverage-less "pillow")
        "who is pelow",  # (asked as someone)
        "where were the pasengers taken",  # (no English word the coverage lacks: its own respelling)
    ],
)
def test_no_name_is_read_as_a_word_the_coverage_lacks(engine: Engine, question: str) -> None:
    assert respelt(question, engine._ctx) == question.replace("pasengers", "passengers")


def test_a_misspelt_role_the_coverage_lacks_is_declined_as_the_role(engine: Engine) -> None:
    # the role read as respelt ("gvernor": governor) is checked as the role: no sentence names one, and
    # one of Dunmore telling what others said is no answer
    right = engine.ask("What did the Dunmore governor say?")
    typed = engine.ask("What did the Dunmore gvernor say?")
    assert right.abstained and typed.abstained
    assert "names the governor" in typed.answer and typed.answer == right.answer
