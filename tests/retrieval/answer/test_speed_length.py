""" "How fast" asks for a speed and "how far / tall / deep / wide" for a length: a sentence holding a number
with its unit answers ("travelling at 80 mph", "about half a mile"), one holding another number does not
("carrying 65 people" is no speed). A rate of change ("how fast is it growing") and a direction ("how far
west did it reach") ask for neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.amounts import measure
from retrieval.answer.question import classify
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

TRAIN = (
    "A freight train left the tracks near Millbrook on Friday, spilling grain across the line. "
    "Investigators said the train was travelling at 62 mph on a stretch limited to 40 mph. "
    "The depot lies about half a mile from the crash site. "
    "Freight bound for Ashcombe now goes by road, a 90-minute drive away."
)
FERRY = "The Island Star ferry, carrying 65 people, turned back to port after an engine fault on Monday."


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "train", "title": "Freight train derails at Millbrook", "text": TRAIN},
        {"id": "ferry", "title": "Island Star ferry turns back", "text": FERRY},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("how fast was the millbrook freight train going", "62 mph"),
        ("how far is the depot from the millbrook crash site", "half a mile"),
        # a distance told as the time it takes to travel it
        ("how far is ashcombe by road", "a 90-minute drive away"),
    ],
)
def test_a_speed_or_a_length_is_answered_by_a_number_with_its_unit(
    engine: Engine, question: str, given: str
) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert given in first_statement(a)
    assert_verbatim(engine, a)


def test_another_number_is_no_speed(engine: Engine) -> None:
    assert engine.ask("how fast was the island star ferry going").abstained


@pytest.mark.parametrize(
    ("question", "kind", "asked"),
    [
        ("how fast was the train going", "number", "speed"),
        ("how deep is the harbour", "number", "length"),
        ("how fast is the market growing", "what", ""),
        ("how far west did the empire reach", "what", ""),
    ],
)
def test_which_questions_ask_for_a_speed_or_a_length(question: str, kind: str, asked: str) -> None:
    assert classify(question) == kind
    assert measure(question, question.split(), question) == asked


def test_a_speed_asked_inside_a_clause_leaves_the_question_what_it_is() -> None:
    # his words are asked for, not a speed
    assert classify("what did the pilot say about how fast the plane was flying") == "quote"
