"""A "what X" whose noun X the coverage never writes is answered by the sentence naming one of X's kinds
(WordNet's narrower classes: "what metal ..." -> "covered in copper"), not by one sharing the question's
other words without it ("clad in scaffolding"). Made-up corpus about a town hall's repairs."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "dome", "title": "Arnsby town hall to get a new dome", "source": "Vale Courier",
     "text": "The new Arnsby dome will be covered in copper by the spring. The council, however, stopped "
             "short of naming a contractor. For most of the winter the Arnsby dome was clad in scaffolding "
             "and green sheeting."},
    {"id": "clock", "title": "Arnsby clock tower reopens", "source": "Vale Courier",
     "text": "The clock tower of Arnsby town hall reopened to visitors on Sunday after a survey. Guides "
             "will lead tours on the first weekend of each month."},
]  # fmt: skip


@pytest.fixture(scope="module")
def hall(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("hall"), [*_DOCS, *filler(8)])


def test_a_kind_of_the_noun_asked_for_answers(hall: Engine) -> None:
    a = hall.ask("what metal is the arnsby dome clad in")
    assert not a.abstained and "in copper" in a.answer.split("[")[0], a.answer
    assert_verbatim(hall, a)
