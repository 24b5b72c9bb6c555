""" "What time did X happen" asks for a time (of day, or a time run), which a sentence gives without the
word "time" ("reopened at 6:15 a.m."): the word is how the question asks, not a topic, and a sentence
giving only the day does not answer it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BRIDGE = (
    "The Kettle Bridge over the Arden river reopened on Tuesday after three weeks of repairs, the county "
    "highways office said in a statement about the bridge. "
    "Traffic began crossing at 6:15 a.m., an hour earlier than planned. "
    "The repairs cost the county about $2 million."
)
LIBRARY = "The new Eastfield library opened on Saturday with a reading by local authors."
RACE = (
    "Maya Ortiz won the Harbour 10K on Sunday. "
    "Ortiz finished in 31 minutes 20 seconds, a course record, and said she would race again next year."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "bridge", "title": "Kettle Bridge reopens", "text": BRIDGE},
        {"id": "race", "title": "Ortiz wins Harbour 10K", "text": RACE},
        {"id": "library", "title": "Eastfield library opens", "text": LIBRARY},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("what time did traffic start crossing the kettle bridge", "6:15 a.m."),
        # the day's sentence, quoted with the next one giving the hour or the time run
        ("what time did the kettle bridge reopen", "6:15 a.m."),
        ("what time did ortiz win the harbour 10k", "31 minutes 20 seconds"),
    ],
)
def test_what_time_is_answered_by_the_sentence_giving_a_time(
    engine: Engine, question: str, given: str
) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert given in first_statement(a)
    assert_verbatim(engine, a)


def test_what_time_is_not_answered_by_a_day_alone(engine: Engine) -> None:
    assert engine.ask("what time did the eastfield library open").abstained
