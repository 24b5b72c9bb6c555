"""A "how many A X" whose A is a noun naming a kind of X ("how many relay medals") is not answered by a
sentence whose number counts another kind of X, a noun of its own between the number and X ("four
Nordic Cup sprint medals"); a number of the kind asked ("two relay medals") is. Made-up corpus about a
skier."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "skier", "title": "Halvey Dorn returns to the slopes", "source": "Snow Wire",
     "text": "Halvey Dorn has won four Nordic Cup sprint medals since returning from injury. The skier "
             "will race again at Kolvik next month."},
    {"id": "swimmer", "title": "Ona Petrak sets her sights on the final", "source": "Snow Wire",
     "text": "Ona Petrak has won two Nordic Cup relay medals this season. She trains in Marsby."},
]  # fmt: skip


@pytest.fixture(scope="module")
def skiing(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("skiing"), [*_DOCS, *filler(8)])


def test_a_number_of_another_kind_does_not_answer(skiing: Engine) -> None:
    a = skiing.ask("how many nordic cup relay medals has halvey dorn won")
    assert a.abstained, a.answer


def test_a_number_of_the_kind_asked_answers(skiing: Engine) -> None:
    a = skiing.ask("how many nordic cup relay medals has ona petrak won")
    assert not a.abstained and "two" in a.answer, a.answer
    assert_verbatim(skiing, a)


def test_a_number_of_the_thing_itself_answers(skiing: Engine) -> None:
    a = skiing.ask("how many medals has halvey dorn won")
    assert not a.abstained and "four" in a.answer, a.answer
