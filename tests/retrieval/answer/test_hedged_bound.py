""" "How long will the bridge stay closed": a bound still to come answers it as news hedges one ("until at
least 9 June", "until the end of June"), over a sentence that only mentions the closure or a date of
another act."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

SHUT = (
    "Orrin Bridge closed on Monday after inspectors found corroded bolts under its deck. "
    "Drivers face a detour of several miles while the bridge stays shut, the county said. "
    "The bridge will remain closed until at least 9 June, the county engineer said."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    title = "Orrin Bridge shut after bolts found corroded"
    docs = [{"id": "shut", "title": title, "text": SHUT}, *filler(12)]
    return engine_of(tmp_path, docs)


def test_a_hedged_bound_answers_how_long(engine: Engine) -> None:
    a = engine.ask("how long will the bridge stay closed")
    assert not a.abstained, a.answer
    assert "until at least 9 June" in first_statement(a)
    assert_verbatim(engine, a)


def test_hedged_bounds_are_spans() -> None:
    from retrieval.answer.types import _SPAN

    hedged = ["until at least 9 June", "until the end of June", "until early June"]
    hedged.append("until at the earliest 2027")
    for text in hedged:
        assert _SPAN.search(text), text
