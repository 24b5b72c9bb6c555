"""A "who is the ROLE of OWNER" is answered only by a sentence where someone holds that role of that
owner: not by one writing the role bare while the owner stands in another relation ("the prime minister
... during Tarvelle's presidency of the Coastal League": the role is Tarvelle's), nor by one writing
another role sharing its last word ("Coastal League finance ministers"). Made-up corpus about a league
of harbour states."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "quotas", "title": "Osbrin presses partners on fishing quotas", "source": "Harbour Times",
     "text": "Fishing quotas were an issue the prime minister wanted to settle during Tarvelle's presidency "
             "of the Coastal League this year, said a spokesman. But he played down reports that Mr Osbrin "
             "was planning a new treaty. Talks resume in the spring."},
    {"id": "fuel", "title": "League weighs a levy on ship fuel", "source": "Harbour Times",
     "text": "Coastal League finance ministers are meeting on Thursday in Port Sella to discuss a levy on "
             "ship fuel. Shipping firms have reacted strongly against the plan."},
    {"id": "port", "title": "Tarvelle opens a deep-water port", "source": "Quay Post",
     "text": "Tarvelle's prime minister, Ivo Brask, opened the deep-water port on Monday. The port can take "
             "ships of 200,000 tonnes."},
]  # fmt: skip


@pytest.fixture(scope="module")
def league(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("league"), [*_DOCS, *filler(8)])


def test_a_bare_role_whose_owner_stands_in_another_relation_does_not_answer(league: Engine) -> None:
    a = league.ask("who is the prime minister of the coastal league")
    assert a.abstained, a.answer


def test_the_role_held_of_the_owner_asked_about_is_answered(league: Engine) -> None:
    a = league.ask("who is the prime minister of tarvelle")
    assert not a.abstained and "Ivo Brask" in a.answer, a.answer
    assert_verbatim(league, a)
