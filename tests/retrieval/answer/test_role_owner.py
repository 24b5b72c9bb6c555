"""A role asked of one organisation ("who is the ceo of Pellwick") is not answered with another's
holder of it: "Corvane chief executive Ruth Kale", or "chief executive Ruth Kale" where another
sentence writes her as Corvane's. Made-up corpus about two food companies."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "bakery", "title": "Corvane to close its Ostley bakery", "source": "Shire Post",
     "text": "Corvane Foods will close its Ostley bakery in June, with the loss of 140 jobs. "
             "\"This was the hardest decision of my career,\" Corvane chief executive Ruth Kale told staff. "
             "The site will be sold to a housing developer. The bakery has supplied bread to Pellwick "
             "Mills shops for a decade."},
    {"id": "video", "title": "Corvane apologises to bakery staff", "source": "Tarn Herald",
     "text": "\"I am sorry for the way the news reached you,\" chief executive Ruth Kale said in a video to "
             "staff. The bakery opened in 1962 and once made biscuits for export. Workers will be offered "
             "jobs at the Tarn plant. Pellwick Mills said it would find another supplier."},
    {"id": "mills", "title": "Pellwick Mills opens a new flour store", "source": "Tarn Herald",
     "text": "Pellwick Mills opened a flour store beside its Tarn mill on Saturday. The company employs "
             "about 300 people."},
]  # fmt: skip


@pytest.fixture(scope="module")
def companies(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("companies"), [*_DOCS, *filler(8)])


@pytest.mark.parametrize(
    "question", ["who is the ceo of pellwick", "Who is the chief executive of Pellwick Mills?"]
)
def test_a_role_of_another_organisation_is_not_the_one_asked_about(companies: Engine, question: str) -> None:
    a = companies.ask(question)
    assert a.abstained, a.answer


def test_the_role_of_the_organisation_asked_about_is_answered(companies: Engine) -> None:
    a = companies.ask("who is the ceo of corvane")
    assert not a.abstained and "Ruth Kale" in a.answer, a.answer
    assert_verbatim(companies, a)
