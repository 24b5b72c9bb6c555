""" "What does X stand for": the sentence that spells the acronym out before it in brackets answers,
though it holds neither "stand" nor "for"."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

TEXT = (
    "The RWQB issued a boil notice on Monday. "
    "The Regional Water Quality Board (RWQB) said its tests found bacteria at two wells. "
    "The board will test again on Friday."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [{"id": "water", "title": "Boil notice", "text": TEXT}, *filler(12)])


@pytest.mark.parametrize(
    "question", ["what does rwqb stand for", "What does the RWQB stand for?", "whats RWQB short for"]
)
def test_an_acronym_is_answered_by_the_sentence_spelling_it_out(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert a.statements[0].text.startswith("The Regional Water Quality Board (RWQB)")
    assert_verbatim(engine, a)


def test_an_acronym_the_coverage_never_spells_out_is_not_answered_so(engine: Engine) -> None:
    a = engine.ask("what does FBI stand for")
    assert a.abstained
