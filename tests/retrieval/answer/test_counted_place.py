"""A "how many ... in X" (X a place the question names) is not answered by a count the sentence puts
elsewhere ("in six counties", "in Harwick") without naming X; a sentence counting X's people by a word
made of its name ("nine Osserians") answers (made-up corpus about a water-borne illness)."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "state", "title": "Water illness spreads", "source": "Plains Herald",
     "text": "The Ossery health office said Tuesday that nine Osserians have been sickened, in Orrin and "
             "Vale townships. Officials expect more cases."},
    {"id": "wire", "title": "Water illness update", "source": "Plains Wire",
     "text": "Health officials said 40 people in six counties got sick after drinking tap water. Two more "
             "claims have been filed in Harwick on behalf of residents who got sick. Ossery and Harwick "
             "share a reservoir."},
]  # fmt: skip


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("water"), [*_DOCS, *filler(6)])


def test_a_count_put_elsewhere_does_not_answer_for_the_place_asked(water: Engine) -> None:
    a = water.ask("how many in ossery got sick")
    assert not a.abstained, a.answer
    assert_verbatim(water, a)
    assert [c.doc_id for c in a.citations] == ["state"], a.answer
    assert "nine Osserians" in a.answer


def test_no_count_of_elsewhere_is_given_for_the_place(water: Engine) -> None:
    # "nine Osserians" counts no "people" a pattern tells; the other counts are of elsewhere
    a = water.ask("how many people in ossery got sick")
    assert "wire" not in [c.doc_id for c in a.citations], a.answer
