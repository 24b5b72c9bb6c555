"""A "how many" of two kinds of persons joined ("how many kids and adults") counts persons of either kind:
people, which a number of people answers ("About 340 people slept at the school"). One kind alone
("how many kids") is not answered so, nor two kinds by a number of things."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.answer.relation import counts
from retrieval.answer.select import bridged
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SHELTER = (
    "The Red Cross opened a shelter at Fenwick High School after the flood. "
    "About 340 people slept at the school on Tuesday night, a shelter manager said."
)
COTS = (
    "The Red Cross opened a shelter at Fenwick High School after the flood. "
    "About 340 cots were set up at the school on Tuesday night, a shelter manager said."
)
ASKED = "How many kids and adults slept at the school on Tuesday night?"


def test_a_number_of_people_counts_two_kinds_of_persons(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "shelter", "title": "Shelter opens", "text": SHELTER}, *filler(12)])
    a = engine.ask(ASKED)
    assert not a.abstained
    assert "About 340 people slept" in a.answer
    assert_verbatim(engine, a)
    ctx = engine._ctx
    one = bridged(analyze("How many kids slept at the school?", ctx.tokenizer), ctx)
    assert not counts(one, "About 340 people slept at the school.", ctx.tokenizer)


def test_a_number_of_things_does_not_count_them(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "shelter", "title": "Shelter opens", "text": COTS}, *filler(12)])
    assert engine.ask(ASKED).abstained
