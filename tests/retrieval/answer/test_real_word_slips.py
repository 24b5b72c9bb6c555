"""A question word that is itself an English word the coverage lacks is read as a coverage word one
edit away only where the edit is a typing slip (``spellings.slipped``): a letter added, dropped or
swapped, a vowel for a vowel, a key struck for its neighbour. "fined" is no slip for "fired": in a
coverage full of fire, "how much was the mill fined" asks about a fine it never mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.spellings import slipped
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

MILL = [
    {
        "id": f"mill-{i}",
        "title": f"Dunmore Mill fire, day {i}",
        "text": f"The fire at the Dunmore Mill burned for a {i}th hour, and firefighters fired water cannon "
        "at the fire from the river bank. The fire spread to the mill's grain store.",
    }
    for i in range(1, 5)
]
RACE = {
    "id": "race",
    "title": "Harbour race",
    "text": "Ola Brandvik won the harbour race at Dunmore on Sunday, ahead of 40 rowers.",
}


def test_a_word_no_slip_away_is_meant_as_written(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*MILL, RACE, *filler(12)])
    a = engine.ask("How much was the Dunmore Mill fined?")
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who won the harbour rave at dunmore", "Ola Brandvik"),  # ("v" beside "c")
        ("who won the harbour rice at dunmore", "Ola Brandvik"),  # (a vowel for a vowel)
    ],
)
def test_a_slip_into_another_word_is_read_as_the_word_meant(tmp_path: Path, question: str, said: str) -> None:
    engine = engine_of(tmp_path, [*MILL, RACE, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained and said in a.answer, a.answer
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("word", "meant", "slip"),
    [
        ("wife", "wire", True),  # ("f" and "r" are neighbours)
        ("acer", "acre", True),  # (two letters swapped)
        ("minster", "minister", True),  # (a letter dropped)
        ("directer", "director", True),  # (a vowel for a vowel)
        ("fine", "fire", False),
        ("toll", "told", False),
        ("paid", "said", False),
    ],
)
def test_a_slip_is_a_neighbouring_key_a_vowel_or_a_letter_added_dropped_or_swapped(
    word: str, meant: str, slip: bool
) -> None:
    assert slipped(word, meant) is slip
