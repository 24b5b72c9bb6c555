"""A "how many" of things or animals is answered by a number of their broader kind ("four aircraft" for
planes, "two vessels" for ships: WordNet classes up to ``counted_broader``), not of a broader kind of a
group or an act ("people" is no "group")."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.answer.relation import counts
from retrieval.answer.select import bridged
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FLEET = (
    "Skyhop Airways grounded its fleet after an engine fault on Monday. "
    "Inspectors found cracked fan blades on four aircraft, which stay grounded until new parts arrive."
)


def test_a_count_of_the_broader_kind_answers_a_how_many(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "fleet", "title": "Skyhop grounds fleet", "text": FLEET}, *filler(12)]
    )
    a = engine.ask("how many skyhop planes had cracked blades")
    assert not a.abstained
    assert "four aircraft" in a.answer
    assert_verbatim(engine, a)


def test_a_broader_kind_of_a_group_or_an_act_counts_nothing(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "fleet", "title": "Skyhop grounds fleet", "text": FLEET}, *filler(12)]
    )
    ctx = engine._ctx
    people = bridged(analyze("how many people were at the meeting", ctx.tokenizer), ctx)
    assert not counts(people, "The union split into two groups at the meeting.", ctx.tokenizer)
    jobs = bridged(analyze("how many jobs were cut", ctx.tokenizer), ctx)
    assert not counts(jobs, "The firm cut three activities this year.", ctx.tokenizer)
