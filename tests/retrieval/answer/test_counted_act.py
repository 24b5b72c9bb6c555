"""A "how many N were V-ed" asks how many underwent that act: a number of N told with another act or
state of its own ("40 volunteers were on the dunes", "600 walkers stranded") does not answer it, and
the coverage then does not say it; a number of N beside the act, in any of its words, does; a plan
for N ("two races planned for May") tells of no other act (made-up corpus about a dune fire)."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "blaze", "title": "Dune fire near Solhaven", "source": "Coast Courier",
     "text": "A grass fire swept across the Solhaven dunes on Sunday. More than 40 volunteers were on the "
             "dunes by nightfall, the coastguard said. About 600 walkers stranded on the beach were taken "
             "off by boat."},
    {"id": "later", "title": "Dune fire: toll of the day", "source": "Coast Courier",
     "text": "Three coastguard officers were hurt while clearing the Solhaven dunes, the coastguard said. "
             "The fire means two races planned for May on the dunes will not go ahead."},
]  # fmt: skip


@pytest.fixture(scope="module")
def dunes(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("dunes"), [*_DOCS, *filler(8)])


def test_a_count_told_with_another_state_does_not_answer_the_act(dunes: Engine) -> None:
    a = dunes.ask("How many volunteers were injured on the Solhaven dunes?")
    assert a.abstained, a.answer


def test_a_count_told_with_another_act_does_not_answer_the_act(dunes: Engine) -> None:
    a = dunes.ask("How many walkers were injured in the Solhaven fire?")
    assert a.abstained, a.answer


def test_the_act_in_a_synonym_answers(dunes: Engine) -> None:
    a = dunes.ask("How many coastguard officers were injured on the dunes?")
    assert not a.abstained, a.answer
    assert_verbatim(dunes, a)
    assert "Three coastguard officers were hurt" in a.answer


def test_a_plan_for_the_counted_is_no_other_act(dunes: Engine) -> None:
    a = dunes.ask("How many races were affected by the fire?")
    assert not a.abstained, a.answer
    assert "two races planned for May" in a.answer
