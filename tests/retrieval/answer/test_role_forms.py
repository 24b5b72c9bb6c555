"""A role written with "man", "woman" or "person" is one role: a question about a "spokesman" is answered
by what a "spokeswoman" said, whichever word the coverage wrote for its person."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import role_forms, wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

PORT = (
    "The Dunmore port authority said on Monday that container traffic rose by a fifth last year. "
    "A port authority spokeswoman said the new crane would arrive in May."
)


def test_the_other_endings_of_a_compound_role() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert {"spokeswoman", "spokesperson", "spokesmen"} <= role_forms("spokesman", wn)
    assert "chairman" in role_forms("chairperson", wn)
    # a remainder that is no word: not a compound
    assert role_forms("human", wn) == set() and role_forms("german", wn) == set()


@pytest.mark.parametrize(
    "question",
    ["What did the spokesman say about the crane?", "what did the spokesperson say about the crane"],
)
def test_a_role_asked_with_another_ending_is_answered(tmp_path: Path, question: str) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    news = engine_of(tmp_path, [{"id": "port", "title": "Port traffic rises", "text": PORT}, *filler(12)])
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert "spokeswoman said the new crane" in a.answer
    assert_verbatim(news, a)
