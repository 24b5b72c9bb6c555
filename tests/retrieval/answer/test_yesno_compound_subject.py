"""A yes/no question whose subject is a compound ("were warning alarms on the incubators turned off") is
about its head ("alarms"), which the words before it only describe, and asks of the verb after it: the
describing "-ing" noun is no verb ("warning"), and after a form of "be" a word that is a verb only in its
"-s" form is a plural noun ("monitors"), never the verb. A sentence saying the head had the act done
answers; one saying another act of it does not."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.phrases import subject
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SWITCHED = (
    "Inspectors visited the Larchmont neonatal ward in May. "
    "They found that alarms on incubator monitors had been switched off on at least two nights."
)
TESTED = (
    "Inspectors visited the Larchmont neonatal ward in May. "
    "They found that alarms on incubator monitors had been tested on at least two nights."
)
ASKED = "Were warning alarms on incubator monitors turned off?"


def test_the_subject_is_the_compounds_head() -> None:
    tokenizer = Tokenizer()
    assert subject(ASKED, tokenizer) == tuple(tokenizer.tokens("alarms"))
    assert subject("Is the bus driver hurt?", tokenizer) == tuple(tokenizer.tokens("driver"))
    # after "did" a noun may be the bare verb: "vote" is what the union did
    assert subject("Did the union vote to strike?", tokenizer) == tuple(tokenizer.tokens("union"))
    assert subject("Was the boat carrying too many people?", tokenizer) == tuple(tokenizer.tokens("boat"))


def test_a_sentence_saying_the_act_of_the_head_answers(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "ward", "title": "Ward inspected", "text": SWITCHED}, *filler(12)])
    a = engine.ask(ASKED)
    assert not a.abstained
    assert "switched off on at least two nights" in a.answer
    assert_verbatim(engine, a)


def test_another_act_of_the_head_does_not_answer(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "ward", "title": "Ward inspected", "text": TESTED}, *filler(12)])
    assert engine.ask(ASKED).abstained
