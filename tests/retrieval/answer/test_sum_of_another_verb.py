"""A money question asking an amount by its noun ("what is Brenner's salary") is not answered by a sum
that is the object of a verb saying another amount ("ordered him to pay a $90,000 fine and to forfeit
$120,000": a forfeiture, not a salary), and the bot declines. The twins whose verb is of the asked
amount's family ("is paid $85,000 a year", "earns $85,000") are answered, as is a sum a verb of its
level takes ("could reach $1.4 billion"): only a verb of having or giving says whose sum it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

LEAD = "Former Tarnwick mayor Ota Brenner was sentenced on Monday to four years in prison for bribery. "
FORFEITED = (
    "Judge Ines Harrow also ordered Brenner to pay a $90,000 fine and to forfeit $120,000, the court said."
)
QUESTION = "What is Brenner's salary as mayor?"


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Tarnwick ex-mayor sentenced", "text": LEAD + text}, *filler(12)]
    )


def test_a_sum_another_verb_takes_is_no_answer(tmp_path: Path) -> None:
    a = _engine(tmp_path, FORFEITED).ask(QUESTION)
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    "paid",
    [
        "As mayor, Brenner was paid $85,000 a year, city records show.",
        "As mayor, Brenner earns $85,000 a year, city records show.",
    ],
)
def test_a_sum_a_verb_of_the_asked_amount_takes_is_answered(tmp_path: Path, paid: str) -> None:
    a = _engine(tmp_path, paid).ask(QUESTION)
    assert not a.abstained, a.answer
    assert "$85,000" in a.answer.split("[1]")[0]


def test_a_sum_a_verb_of_its_level_takes_is_answered(tmp_path: Path) -> None:
    # ("could reach": a verb of the sum's level, not of having or giving, says no other amount)
    text = "The city's repair bill for the fire could reach $1.4 billion, according to Halden Risk."
    a = _engine(tmp_path, text).ask("How much is the city's repair bill?")
    assert not a.abstained, a.answer
    assert "$1.4 billion" in a.answer.split("[1]")[0]
