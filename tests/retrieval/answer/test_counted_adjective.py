"""A "how many" of an adjective ("how many sick", "how many injured") counts the people it describes: a
number of people the sentence says it of answers ("has sickened 31 people"), which the adjective itself
never counts (made-up corpus about a town's flu wave)."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "flu", "title": "Flu wave hits Tarnby", "source": "Tarnby Echo",
     "text": "The flu wave has sickened 31 people in Tarnby and sent 9 to the hospital, according to the "
             "Echo's count of clinic reports. Schools stayed open."},
    {"id": "clinic", "title": "Tarnby clinic opens late", "source": "Tarnby Echo",
     "text": "The Tarnby clinic will open late on Fridays so that sick children can be seen after school."},
]  # fmt: skip


@pytest.fixture(scope="module")
def flu(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("flu"), [*_DOCS, *filler(6)])


def test_a_counted_adjective_counts_the_people_it_describes(flu: Engine) -> None:
    a = flu.ask("how many sick in tarnby")
    assert not a.abstained, a.answer
    assert_verbatim(flu, a)
    assert a.citations[0].doc_id == "flu", a.answer
    assert "31 people" in a.answer
