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


RESCUE = "Skyhop Rescue operates six aircraft from its base at Dunmore."
BOOKING = "The booking system Skyhop Rescue uses is shared by nine airlines in Europe."


def test_a_counted_noun_the_coverage_lacks_is_searched_as_its_broader_kind(tmp_path: Path) -> None:
    """ "how many helicopters does Skyhop Rescue have" of a coverage that never writes "helicopters": the
    sentence giving its aircraft is found by that word, whose number counts them (as a question naming the
    thing the coverage writes would be answered), not declined as a thing the coverage never mentions."""
    docs = [
        {"id": "rescue", "title": "Skyhop Rescue", "text": RESCUE},
        {"id": "booking", "title": "Booking systems", "text": BOOKING},
    ]
    engine = engine_of(tmp_path, [*docs, *filler(12)])
    a = engine.ask("How many helicopters does Skyhop Rescue have?")
    assert not a.abstained, a.answer
    assert "six aircraft" in a.statements[0].text
    assert "nine airlines" not in a.answer
    assert_verbatim(engine, a)


def test_a_broader_kind_in_another_of_its_senses_counts_nothing(tmp_path: Path) -> None:
    """A lane is a kind of road, "way" in a sense that is not the word's own usual one (a manner): "the
    span gave way" says nothing of lanes, and the vehicles it counts are no count of them."""
    text = "The central span of the M9 viaduct gave way on Tuesday, sending 23 vehicles onto the road below."
    engine = engine_of(tmp_path, [{"id": "span", "title": "Viaduct collapse", "text": text}, *filler(12)])
    a = engine.ask("How many lanes does the M9 have?")
    assert "23 vehicles" not in a.answer, a.answer
