"""A "where" is answered by a place a sentence names after a noun saying it is one ("arrested in the
town of Oskerby"), not by a sentence whose only capitalised run after a preposition is a body's name
("the theft of data from Halvern Print Group": who was robbed, not where); a noun that is no place's
("in the wake of Storm Ada") makes no place of the name after it (made-up corpora about an arrest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.types import _PLACE, place_like
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_ECHO = (
    "Police arrested two men early on Tuesday in connection with the theft of customer data from Halvern "
    "Print Group, detectives said."
)
_PLACED = "Two men have been arrested in the town of Oskerby in connection with the Halvern data theft."


def test_the_sentence_naming_the_town_answers(tmp_path: Path) -> None:
    docs = [
        {"id": "arrests", "title": "Two held over Halvern data theft", "text": _ECHO},
        {"id": "live", "title": "Halvern theft: live updates", "text": _PLACED},
    ]
    a = engine_of(tmp_path, [*docs, *filler(12)]).ask("Where were the two men arrested?")
    assert not a.abstained, a.answer
    assert "Oskerby" in first_statement(a), a.answer


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("arrested in the town of Oskerby", True),
        ("shelters in the village of Ashby", True),
        ("rebuilt in the wake of Storm Ada", False),
        ("acted on the orders of Marlow", False),
        ("data taken from Halvern Print Group", False),
        ("a march to Millbrook Lane", True),
        ("talks in Lucerne", True),
    ],
)
def test_place_runs(text: str, place: bool) -> None:
    m = _PLACE.search(text)
    assert (m is not None and place_like(m.group(0))) is place
