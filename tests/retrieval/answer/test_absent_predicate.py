"""What a question says its subject is ("who said the talks were constructive", "were the talks
constructive") is the claim asked about: when the coverage writes that adjective in no form and by no
synonym, a sentence holding the question's other words does not state it, and the question is declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    docs = [
        {
            "id": "talks",
            "source": "Weir Gazette",
            "title": "Canal talks resume",
            "text": "Union leader Ada Korhonen said the talks with the canal trust had been difficult. "
            "Trust chair Ilse Marrow said on Monday that the two sides would meet again next week.",
        },
        *filler(12),
    ]
    return engine_of(Path(tmp_path_factory.mktemp("predicate")), docs)


@pytest.mark.parametrize("question", ["who said the talks were constructive", "were the talks constructive"])
def test_a_claim_the_coverage_never_words_is_declined(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert a.abstained, a.answer
    assert "constructive" in a.answer


def test_a_claim_the_coverage_words_is_answered(engine: Engine) -> None:
    a = engine.ask("who said the talks were difficult")
    assert not a.abstained, a.answer
    assert "Korhonen" in a.answer
