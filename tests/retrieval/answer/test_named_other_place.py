"""A question placing a common noun "in" a name ("the water board in Fenwick Shire") is not answered
by a sentence naming that noun only inside a name of another place ("the Ostley Valley Water Board"),
the place asked about nowhere in it; one naming the place's own body is. Made-up corpus about a
drought."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "ban", "title": "Hosepipe ban as reservoirs fall", "source": "Dale Courier",
     "text": "The Ostley Valley Water Board on Tuesday imposed a hosepipe ban after its reservoirs fell "
             "to a third of capacity. Gardeners face fines of up to 500 pounds. Anglers have been asked to "
             "keep away from the banks. Farmers in Fenwick Shire face a dry summer too."},
    {"id": "rates", "title": "Water rates frozen", "source": "Dale Courier",
     "text": "The Marl Water Board in Pennick froze its rates for a year. Customers had complained "
             "about leaks."},
]  # fmt: skip


@pytest.fixture(scope="module")
def drought(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("drought"), [*_DOCS, *filler(8)])


def test_the_noun_inside_another_places_name_does_not_answer(drought: Engine) -> None:
    a = drought.ask("did the water board in fenwick shire impose a hosepipe ban")
    assert a.abstained, a.answer


def test_the_places_own_body_answers(drought: Engine) -> None:
    a = drought.ask("did the water board in pennick freeze its rates")
    assert not a.abstained and "Marl Water Board" in a.answer, a.answer
    assert_verbatim(drought, a)
