"""A typed question put in words the coverage never writes ("how much cash is the national
government putting in" of "announced $2.4 million in emergency funding") covers too little of the
sentence to count, yet that sentence is the only one retrieved holding the kind of thing asked for: it
answers. Its twins are declined: a coverage whose sentence gives no sum, and one where another
retrieved sentence holds a sum too (which of the two is asked is then a guess)."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

FUNDED = (
    "Storm water flooded the Ardley public library on Monday, soaking most of its books. "
    "The national Ministry of Culture on Thursday announced $2.4 million in emergency funding "
    "for the library's repair. "
    "Volunteers put sandbags along the river bank. "
    "The national weather service had warned of heavy rain for days. "
    "Librarian Rosa Imre said the building would stay closed through the winter."
)
UNFUNDED = FUNDED.replace("$2.4 million in emergency funding", "emergency funding")
SANDBAGGED = FUNDED.replace("put sandbags", "put $90,000 of sandbags")


def _engine(tmp_path: Path, text: str) -> Engine:
    docs = [{"id": "library", "title": "Flood closes Ardley library", "text": text}, *filler(12)]
    return engine_of(tmp_path, docs)


QUESTION = "How much cash is the national government putting in after the storm?"


def test_the_only_sum_beside_the_paraphrase_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, FUNDED).ask(QUESTION)
    assert not a.abstained, a.answer
    assert "$2.4 million" in first_statement(a)


def test_a_coverage_giving_no_sum_is_declined(tmp_path: Path) -> None:
    a = _engine(tmp_path, UNFUNDED).ask(QUESTION)
    assert a.abstained, a.answer


def test_a_second_sum_retrieved_makes_it_a_guess(tmp_path: Path) -> None:
    a = _engine(tmp_path, SANDBAGGED).ask(QUESTION)
    assert a.abstained, a.answer
