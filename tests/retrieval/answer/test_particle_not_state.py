"""A yes/no question ending in a particle after a verb's past form ("were the alarms switched off") asks
whether that was done: the particle is the phrasal verb's, not a state asked about as "is the strike
over" asks one (``question.asked_state``), which the coverage would have to write in another word."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.question import asked_state
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

WARD = {
    "id": "ward",
    "title": "Inspectors criticise Halden ward",
    "published": "2026-04-02",
    "text": "Inspectors found that alarms on the ward's heart monitors had been switched off on two "
    "nights in February.\n\n"
    "The hospital said it had retrained the night staff.\n\n"
    "The ward will be inspected again in the autumn.",
}


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("ward"), [WARD, *filler(12)])


def test_a_particle_after_a_past_form_is_the_verbs(ward: Engine) -> None:
    a = ward.ask("Were the alarms on the heart monitors switched off?")
    assert not a.abstained, a.answer
    assert "switched off" in first_statement(a)
    assert_verbatim(ward, a)


def test_a_state_is_read_after_a_noun_only() -> None:
    assert asked_state("is the strike over?") == "over"
    assert asked_state("were the lights off") == "off"
    assert asked_state("were the alarms switched off?") == ""
    assert asked_state("was the match called off") == ""
