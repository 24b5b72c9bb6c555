"""An article written as questions and answers is "the explainer" (or "the Q&A", "the FAQ") though its
headline says neither: "who wrote the explainer" names its writer, "what does the explainer say about X"
quotes it."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "guide", "title": "Tolworth tram extension: your questions", "source": "Tolworth Courier",
     "author": "Nadia Frost", "published": "2025-09-02",
     "text": "Where will the new line run?\n\nThe extension runs four miles from Tolworth Cross to the "
             "hospital.\n\nHow much will a ticket cost?\n\nA single fare will stay at two pounds.\n\n"
             "When do works start?\n\nContractors start clearing the route in January."},
    {"id": "report", "title": "Tram extension approved", "source": "Tolworth Courier",
     "author": "Owen Pike", "published": "2025-09-01",
     "text": "Councillors approved the Tolworth tram extension on Monday after a two-hour debate."},
]  # fmt: skip


@pytest.fixture(scope="module")
def trams(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("trams"), [*_DOCS, *filler(8)])


def test_who_wrote_the_explainer_names_the_writer_of_the_questions_article(trams: Engine) -> None:
    a = trams.ask("who wrote the explainer")
    assert not a.abstained, a.answer
    assert "Nadia Frost" in a.answer and "Owen Pike" not in a.answer


def test_what_the_faq_says_is_quoted_from_it(trams: Engine) -> None:
    a = trams.ask("what does the faq say about the fare")
    assert not a.abstained, a.answer
    assert_verbatim(trams, a)
    assert {c.doc_id for c in a.citations} == {"guide"}
    assert "two pounds" in a.answer
