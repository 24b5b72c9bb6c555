"""Ways people word a question that carry no topic of their own: a verb saying only that an event took
place ("when did the outage happen"), "got" as a passive's auxiliary ("how many flights got cancelled"),
a title before a name ("what did dr ibarra say"), a chat interjection ("lol"); and a number spelled out,
as news copy does at a sentence's start ("Forty-three flights were cancelled")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.lexicon import figures
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

STORY = (
    "A power outage shut down the Larkfield tram network early Thursday, the transit agency said. "
    "Forty-three trams were stranded between stops for up to two hours. "
    "Dr. Elena Ibarra, the agency's safety director, said no passenger was hurt. "
    '"The brakes held and the crews walked everyone out," said Dr. Ibarra. '
    "Fifteen stations stayed closed until the afternoon."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {"id": "outage", "title": "Outage strands Larkfield trams", "text": STORY},
            *filler(12),
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did the larkfield outage happen", "early Thursday"),
        ("when did the tram outage occur", "early Thursday"),
        ("when did the outage take place", "early Thursday"),
        ("how many trams got stranded", "Forty-three trams"),
        ("how many trams were stranded", "Forty-three trams"),
        ("how many stations stayed closed", "Fifteen stations"),
        ("what did dr ibarra say", "said Dr. Ibarra"),
        ("how many trams were stranded lol", "Forty-three trams"),
    ],
)
def test_a_question_worded_with_words_of_no_topic_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert expected in a.statements[0].text


def test_a_verb_of_taking_place_still_needs_the_place_asked_about(engine: Engine) -> None:
    assert engine.ask("when did the outage in pellworth happen").abstained


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Forty-three trams", {"43"}),  # one number, not forty and three
        ("fifteen stations", {"15"}),
        ("three of the 12 lines", {"3", "12"}),
        ("Ninety-nine", {"99"}),
    ],
)
def test_spelled_numbers_are_read_as_their_value(text: str, values: set[str]) -> None:
    assert figures(text) == values


def test_people_are_counted_as_persons_or_individuals(tmp_path: Path) -> None:
    # "people" is the plural of "person": the coverage's "individuals" are the people a question counts
    text = (
        "The leaked spreadsheet from the Vantor clinic listed records for 9,200 individuals. "
        "The clinic said it had informed the regulator."
    )
    engine = engine_of(tmp_path, [{"id": "leak", "title": "Vantor clinic leak", "text": text}, *filler(12)])
    a = engine.ask("how many people were in the vantor spreadsheet")
    assert not a.abstained, a.answer
    assert "9,200 individuals" in a.statements[0].text


def test_initials_are_read_as_the_words_the_coverage_writes_in_a_row(tmp_path: Path) -> None:
    text = (
        "The Pellmont water board has until June 9 to answer the attorney general's request for records. "
        "The board said it would comply."
    )
    docs = [{"id": "board", "title": "Pellmont water board inquiry", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("when does the pellmont water board have to answer the AG")
    assert not a.abstained, a.answer
    assert "June 9" in a.statements[0].text
    # no run of words with those initials: nothing the question names
    assert engine.ask("when does the pellmont water board have to answer the GX").abstained
