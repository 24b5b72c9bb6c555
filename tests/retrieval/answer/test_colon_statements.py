"""A sentence opening with a person or body whose clause ends in a colon states what follows ("The
Fisheries Board has revised its advice: anglers should not ..."), a live blog's entry after its time
and dash too: "what did the Fisheries Board say" is answered by it, as by "..., the board said"."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.statements import speakers
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

EELS = {
    "id": "eels",
    "title": "Eel hatchery closes after parasite find",
    "text": "The Marsh Eel Cooperative closed its hatchery on Tuesday after a parasite was found in two "
    "tanks.\n\n"
    "The cooperative has 40 members.\n\n"
    "10:40 a.m. \u2014 The Fisheries Board has revised its advice: anglers should not move live eels "
    "between rivers.",
}


@pytest.fixture(scope="module")
def eels(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("eels"), [EELS, *filler(12)])


@pytest.mark.parametrize(
    "question", ["what did the fisheries board say", "what did the fisheries board say about eels"]
)
def test_a_statement_after_a_colon_is_the_body_s(eels: Engine, question: str) -> None:
    a = eels.ask(question)
    assert not a.abstained, a.answer
    assert "should not move live eels" in a.answer
    assert_verbatim(eels, a)


def test_what_the_colon_ends_is_the_opening_subject_s() -> None:
    assert speakers("The Fisheries Board has revised its advice: anglers should wait.") == ["Fisheries Board"]
    assert speakers("Opinion: The strike showed how little the city cares.") == []  # a rubric, no clause
