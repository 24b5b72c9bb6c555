"""A plural of initials the coverage lacks ("vps", "VPs") is read as the words the coverage writes with
those initials beside the question's other words, their last plural ("vice presidents"): searched so,
and, where a "how many" counts it, written so in the question, so the count revised "up from" the
first one is read as a count of them."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

LETTER = {
    "id": "letter",
    "title": "Executives back ousted founder",
    "text": "A letter backing Dana Whitlow has been signed by at least 12 vice presidents, according to a "
    "copy seen by the Courier. "
    "Later on Tuesday the letter supporting Whitlow had been signed by 17 vice presidents, up from the "
    "figure of 12 given earlier.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("initials"), [LETTER, *filler(12)])


@pytest.mark.parametrize("question", ["how many vps signed the letter", "how many VPs signed the letter"])
def test_a_plural_of_initials_is_counted_as_the_words_it_stands_for(engine: Engine, question: str) -> None:
    right = engine.ask("how many vice presidents signed the letter")
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert first_statement(a) == first_statement(right) and "17 vice presidents" in first_statement(a)
    assert_verbatim(engine, a)
