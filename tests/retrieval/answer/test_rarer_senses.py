"""A question word's rarer WordNet senses (past the few most frequent that always bridge it) bridge it
where the coverage writes their words beside the question's other words: the coverage tells which
sense is meant. "Meet" as "gather" (its seventh sense) is done by convening, "fire" a worker (its
fourth) is to dismiss them; a rarer sense's word found only elsewhere bridges nothing."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SUMMIT = {
    "id": "summit",
    "title": "Fisheries ministers back quota cut",
    "text": "After convening in Tallinn on May 8 and 9, the Baltic fisheries ministers agreed to cut the "
    "herring quota by a fifth. "
    "Trawler crews said the cut would cost them a season's wages.",
}
BREWERY = {
    "id": "brewery",
    "title": "Brewery shake-up",
    "text": "Harrowgate Brewing dismissed its head brewer, Colm Tierney, after a batch of stout was "
    "recalled. "
    "The brewery promoted Ines Barra, its cellar manager, to run the taproom.",
}
BAKERY = {
    "id": "bakery",
    "title": "Bakery grows",
    "text": "The Pellham bakery now satisfies most wholesale orders within a day, its owner said.",
}


@pytest.fixture(scope="module")
def coverage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("rarer"), [SUMMIT, BREWERY, BAKERY, *filler(12)])


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("when did the baltic fisheries ministers meet in tallinn", "May 8 and 9"),
        ("who got fired at harrowgate brewing", "Colm Tierney"),
        ("which brewer was fired", "Colm Tierney"),
    ],
)
def test_a_rarer_sense_beside_the_other_words_answers(coverage: Engine, question: str, wanted: str) -> None:
    a = coverage.ask(question)
    assert not a.abstained, a.answer
    assert wanted in a.answer
    assert_verbatim(coverage, a)


def test_a_rarer_sense_found_only_elsewhere_bridges_nothing(coverage: Engine) -> None:
    """ "Meet" as "satisfy" is in the bakery's sentence, which says nothing of trawler crews meeting."""
    assert coverage.ask("when did the trawler crews meet the bakery owner").abstained
