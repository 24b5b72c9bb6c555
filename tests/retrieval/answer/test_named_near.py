"""A "what was the name of the X that ..." answered by a sentence telling of the X without naming it: the
sentence beside it in its article that gives the X its name ("the boiler, known as B-12"; "the council's
Harrow Lane depot") answers, though it leaves what identifies the X to the sentence asked of."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, first_statement
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_MILL = {
    "id": "mill",
    "title": "Boiler blast shuts Corran paper mill",
    "text": "Inspectors said on Monday that a safety valve on the boiler that exploded at the Corran paper "
    "mill had been left shut for a week before the blast.\n\n"
    "The boiler, known as B-12, had been flagged for repair in January. "
    "The mill employs 240 people and will stay closed until the inquiry ends.",
}

_DEPOT = {
    "id": "depot",
    "title": "Residents sue Corran council over depot fire",
    "text": "Forty families who lost homes in the Corran fire sued the council on Friday, saying a depot "
    "it runs is suspected of starting the fire.\n\n"
    "The suit alleges that the council's Harrow Lane depot caught fire on June 3 after a fuel leak. "
    "The council said it would defend the case.",
}


def test_the_neighbour_naming_the_thing_answers_its_name(tmp_path: Path) -> None:
    engine = _engine(tmp_path, [_MILL, *_filler(12)])
    a = engine.ask("What was the name of the boiler that blew up?")
    assert not a.abstained, a.answer
    assert "B-12" in first_statement(a), a.answer
    assert_verbatim(engine, a)


def test_a_name_before_the_noun_answers_with_a_participle_clause_asked(tmp_path: Path) -> None:
    # "suspected in the fire" is a clause after the noun: the thing asked about is the depot
    engine = _engine(tmp_path, [_DEPOT, *_filler(12)])
    a = engine.ask("What is the name of the depot suspected in the fire?")
    assert not a.abstained, a.answer
    assert "Harrow Lane" in first_statement(a), a.answer
