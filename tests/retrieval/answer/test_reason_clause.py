""" "What caused the flooding": a reason word gives the cause of what stands in its own clause. "Marta
Velde, who was on shift when the flooding began, has worked nights since joining the depot" dates her
shifts, and "Storms causing damage are common here; the last flooding ..." gives a cause of damage; the
sentence naming a burst water main as "the cause of the flooding" answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

DEPOT = (
    "Marta Velde, who was on shift at the Orlen tram depot when the flooding began, has worked nights "
    "since joining the depot in spring. "
    "She said the water reached the rails within an hour."
)
HISTORY = (
    "Storms causing damage to tram lines are common in Orlen; the last flooding of the depot was in 2019. "
    "Older staff remember the repairs well."
)
REPORT = (
    "Engineers said a burst water main under the yard was the cause of the flooding at the Orlen depot. "
    "Repairs to the main are expected to take a week."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "depot", "title": "A night at the Orlen depot", "text": DEPOT},
        {"id": "history", "title": "Orlen trams through the years", "text": HISTORY},
        {"id": "report", "title": "Depot report", "text": REPORT},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_cause_words_in_another_clause_give_no_cause(engine: Engine) -> None:
    a = engine.ask("what caused the flooding at the depot")
    assert not a.abstained
    assert "burst water main" in first_statement(a)
    assert_verbatim(engine, a)
