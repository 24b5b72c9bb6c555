"""A measure asked by the noun of its attribute ("what is the skipper's age", "what is the length of the
queue") is asked as "how" and the attribute's value asks it (WordNet's attribute pointers: "how old",
"how long"): the answer gives the figure, which a sentence writes without the noun ("Captain Ines Morrow,
47, ..."), and a sentence without such a figure does not answer."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.amounts import measure_wording
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

TUG = {
    "id": "tug",
    "title": "Tug skipper charged after harbour collision",
    "text": "Police charged the captain of the tug Marlow Bay on Thursday after it struck a moored barge. "
    "Captain Ines Morrow, 47, will appear in court next month. "
    "The harbour master, Olu Dade, said the tug had been travelling too fast.",
}


@pytest.fixture(scope="module")
def coverage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("measure"), [TUG, *filler(12)])


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("What is the skipper's age?", "how old is the skipper?"),
        ("what was the age of the captain", "how old was the captain"),
        ("what is the length of the queue", "how long is the queue"),
        ("whats Morrow's age", "how old is Morrow"),
        ("what is the company's name", "what is the company's name"),  # no measure's noun
    ],
)
def test_the_noun_of_a_measure_is_asked_as_how(question: str, read: str) -> None:
    assert measure_wording(question) == read


def test_an_age_asked_by_its_noun_is_answered_by_the_figure(coverage: Engine) -> None:
    a = coverage.ask("What is the skipper's age?")
    assert not a.abstained, a.answer
    assert "47" in first_statement(a)
    assert_verbatim(coverage, a)


def test_no_figure_of_the_measure_declines(coverage: Engine) -> None:
    """The harbour master is named, never aged."""
    assert coverage.ask("what is the harbour master's age").abstained
