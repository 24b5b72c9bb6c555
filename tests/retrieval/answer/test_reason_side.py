""" "What caused the outage": a reason word gives a reason for what is on its effect's side. "Schools closed
early after the outage" gives the outage as the cause of the closure, not what caused it; "The outage
was caused by a falling oak tree" answers. The same sentence does answer why the schools closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

COUNCIL = (
    "The council met on Tuesday evening to discuss the town budget. "
    "Schools in Dunmore closed early on Tuesday after the outage, the council said. "
    "Engineers worked through the night to restore supply to 4,000 homes."
)
STORM = (
    "Crews cleared the line by Wednesday morning. "
    "The outage in Dunmore was caused by a falling oak tree that brought down a substation line, leaving "
    "4,000 homes without power for a day, the grid operator said in its report."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "council", "title": "Dunmore council update", "text": COUNCIL},
        {"id": "storm", "title": "Storm damage in Dunmore", "text": STORM},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_what_caused_is_not_answered_by_its_own_effect(engine: Engine) -> None:
    a = engine.ask("what caused the outage in dunmore")
    assert not a.abstained
    assert "oak tree" in first_statement(a)
    assert_verbatim(engine, a)


def test_the_effect_is_answered_by_its_cause(engine: Engine) -> None:
    a = engine.ask("why did schools in dunmore close early")
    assert not a.abstained
    assert "after the outage" in first_statement(a)
