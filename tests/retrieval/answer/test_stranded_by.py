"""A "how much" whose "by" is left at the end of its clause ("how much did she win by", "... by in the
runoff") asks by how much: a margin, in whatever it is counted ("by 212 votes"), not a sum of money,
whatever its verb ("win" may be of a prize). A "by" before its own object is no such "by". Made-up
corpus about a council race."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "race", "title": "Voss takes Tilbury seat in runoff", "source": "Tilbury Echo",
     "published": "2026-04-12",
     "text": "Mara Voss won the Tilbury council seat in Saturday's runoff, finishing 212 votes ahead of "
             "Owen Pratt. Voss raised $48,000 for her campaign, more than any other candidate. She will "
             "be sworn in on May 1."},
]  # fmt: skip


@pytest.fixture(scope="module")
def race(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("race"), [*_DOCS, *filler(10)])


def test_a_stranded_by_asks_the_margin(race: Engine) -> None:
    a = race.ask("how much did voss win by in the runoff")
    assert not a.abstained and "212 votes" in a.answer, a.answer
    assert a.answer.startswith("Mara Voss won"), a.answer
    assert_verbatim(race, a)


def test_a_by_before_its_object_is_not_stranded() -> None:
    t = Tokenizer()
    assert analyze("how much did voss win by", t).measure == ""
    assert analyze("how much was the house sold for by the bank", t).measure == "money"
    assert analyze("how much did voss win", t).measure == "money"
