""" "What time did X happen" asks for an hour of the clock: a sentence giving only the part of the day
("on Friday evening") narrows it down, and another report of the same event that holds as much of the
question and reads the clock ("docked at 19:05") says what was asked, even from another article. A
clock time beside the chosen sentence that times something else ("had left port at 08:30") does not
answer it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FIRST = (
    "The ferry Morwenna docked at Pellan harbour on Friday evening after a fire broke out in its engine "
    "room. "
    "The Morwenna had left port at 08:30 with 240 passengers aboard, the operator said. "
    "Nobody was hurt, and the fire was put out by the crew."
)
SECOND = (
    "Coastguards escorted the Morwenna for the last hour of its crossing. "
    "The crew of the Morwenna raised the alarm at 17:40 and the ferry docked at Pellan 85 minutes later. "
    "Passengers were taken to a sports hall in the town."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "first", "title": "Ferry docks at Pellan after engine room fire", "text": FIRST},
        {"id": "second", "title": "Morwenna passengers describe fire", "text": SECOND},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_what_time_prefers_the_clock_to_the_part_of_the_day(engine: Engine) -> None:
    a = engine.ask("what time did the morwenna dock")
    assert not a.abstained
    assert "17:40" in first_statement(a)
    assert_verbatim(engine, a)


def test_a_day_part_alone_still_answers_when_no_clock_is_given(tmp_path: Path) -> None:
    e = engine_of(
        tmp_path,
        [
            {"id": "first", "title": "Ferry docks", "text": FIRST.split(". The Morwenna had")[0] + "."},
            *filler(12),
        ],
    )
    a = e.ask("what time did the morwenna dock")
    assert not a.abstained
    assert "Friday evening" in first_statement(a)
