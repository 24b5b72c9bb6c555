"""A measure given with its unit, asked as "what was the wind speed", "what weight limit", "how heavy", "how
hot", "how large an area": a figure with its unit answers it ("gusts of up to 85 mph", "18 tonnes", "38.5C",
"2,400 acres"), and the measure's word ("speed", "heavy") is how the question asks, no topic a sentence
must write. A sentence naming the measure without a figure of it ("the temperature began to climb") does
not answer, nor another number of the story."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.amounts import asks_measure
from retrieval.answer.types import _AREA, _LENGTH, _TEMPERATURE, _VOLUME, _WEIGHT
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

STORM = (
    "Storm Idris brought winds of up to 85 mph to the Marlow coast on Saturday, the weather service said. "
    "The speed of the wind in Marlow surprised forecasters, who had expected a calmer weekend. "
    "Trees came down across 40 roads, and 12,000 homes lost power. "
    "Engineers said the Tarrow footbridge would reopen with a weight limit of 3 tonnes. "
    "The weight limit on the Tarrow footbridge was set after an inspection by the county engineers."
)
HEAT = (
    "The heatwave in Marlow broke records on Tuesday. "
    "It was so hot at Marlow airport that flights were delayed. "
    "The thermometer at Marlow airport reached 38.5C, the highest reading since 1976, forecasters said. "
    "Some 300 people were treated in hospital."
)
FIRE = (
    "The Corran Hill fire burned 2,400 acres of heath before crews contained it on Friday. "
    "About 60 firefighters and 14 engines were sent to the hill, the fire service said."
)
STATUE = (
    "A bronze statue of the poet Ada Quill was lifted onto its plinth in Marlow square on Monday. "
    "The statue, which weighs 2.5 tonnes, was cast at a foundry in Dunmere. "
    "About 200 people watched the crane lift it. "
    "Engineers weighed the statue of Ada Quill before it was moved to the square."
)
PIPELINE = (
    "About 3,000 litres of diesel leaked from the Corran pipeline into the Sel river on Sunday. "
    "The leak from the Corran pipeline was found by a walker, and 2 miles of the bank were closed."
)
REACTOR = (
    "A cooling pump at the Velder works failed at 2:15 a.m. and the temperature inside the reactor began to "
    "climb. The explosion came at about 2:40 a.m., and 14 workers were hurt."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "storm", "title": "Storm Idris hits Marlow", "text": STORM},
        {"id": "heat", "title": "Marlow heat record", "text": HEAT},
        {"id": "fire", "title": "Corran Hill fire contained", "text": FIRE},
        {"id": "statue", "title": "Ada Quill statue unveiled", "text": STATUE},
        {"id": "reactor", "title": "Velder works explosion", "text": REACTOR},
        {"id": "pipeline", "title": "Diesel leak in the Sel", "text": PIPELINE},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("What was the wind speed in Marlow?", "85 mph"),
        ("What was the wind speed?", "85 mph"),
        ("What weight limit will the Tarrow footbridge have?", "3 tonnes"),
        ("How hot did it get at Marlow airport?", "38.5C"),
        ("How large an area did the Corran Hill fire burn?", "2,400 acres"),
        ("How heavy is the Ada Quill statue?", "2.5 tonnes"),
        ("How much does the statue of Ada Quill weigh?", "2.5 tonnes"),
        ("What volume of diesel leaked from the Corran pipeline?", "3,000 litres"),
    ],
)
def test_a_figure_with_the_asked_unit_answers(engine: Engine, question: str, given: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert given in first_statement(a)
    assert_verbatim(engine, a)


def test_the_measure_named_without_a_figure_does_not_answer(engine: Engine) -> None:
    assert engine.ask("What was the temperature inside the reactor when it exploded?").abstained


@pytest.mark.parametrize(
    ("pattern", "figure", "given"),
    [
        (_WEIGHT, "1,", "5 tonnes"),
        (_AREA, "1,", "5 acres"),
        (_VOLUME, "1,", "5 litres"),
        (_LENGTH, "1,", "5 km"),
        (_TEMPERATURE, "1.", "5C"),
    ],
)
def test_a_long_run_of_figures_is_read_in_one_pass(pattern: re.Pattern[str], figure: str, given: str) -> None:
    # 40,000 characters of "1,1,1,...": read again from every comma, a figure once took a minute a search
    run = figure * 20_000
    assert pattern.search(run) is None
    m = pattern.search(f"{run} and {given}")
    assert m is not None and m.group() == given


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what was the volume of calls to the flood helpline on monday?", False),
        ("what did councillors weigh before voting for the flood levy?", False),
        ("what does the block weigh?", True),
        ("how much did the statue weigh?", True),
        ("what is the weight of the statue?", True),
        ("what was the volume of gas released?", True),
    ],
)
def test_a_measure_is_asked_only_of_a_quantity_weighed(question: str, asked: bool) -> None:
    # "the volume of calls" is how many calls; "what did councillors weigh before voting" what they
    # considered: an ordinary figure or sentence answers them
    assert asks_measure(question) is asked


def test_the_volume_of_calls_is_a_count(tmp_path: Path) -> None:
    calls = {
        "id": "calls",
        "title": "Helpline swamped",
        "text": "The council's flood helpline took 4,200 calls on Monday, a record volume of calls for a "
        "single day. Staff worked through the night.",
    }
    engine = engine_of(tmp_path, [calls, *filler(8)])
    a = engine.ask("What was the volume of calls to the flood helpline on Monday?")
    assert not a.abstained, a.answer
    assert "4,200 calls" in first_statement(a)
