"""A quotation after a person named with the body they belong to ("Mara Quint of the Dunmore Ferry
Workers Union said ... '...,' she said") is labelled with the person, not the body: the name run right
before "said" is the body's."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "ferries", "title": "Dunmore ferries sail again after the storm", "source": "Estuary Post",
     "published": "2025-02-11",
     "text": "Ferries returned to the Dunmore crossing on Monday after four days in port.\n\n"
             "Mara Quint of the Dunmore Ferry Workers Union said crews had logged 40 hours of unpaid "
             "standby. \"We are back on the water, but the overtime has not been paid,\" she said.\n\n"
             "The operator said the payments would be made this month."},
]  # fmt: skip


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("ferries"), [*_DOCS, *filler(8)])


def test_a_quotation_after_a_member_of_a_body_is_labelled_with_the_member(ferries: Engine) -> None:
    a = ferries.ask("has the overtime been paid yet")
    assert not a.abstained, a.answer
    assert_verbatim(ferries, a)
    quoted = [s for s in a.statements if "overtime has not been paid" in s.text]
    assert quoted and quoted[0].speaker == "Mara Quint", a.answer
    assert "Workers Union:" not in a.answer
