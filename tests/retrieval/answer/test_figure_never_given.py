"""A "what" asking for a measured thing the coverage never writes ("what was the water temperature", "what
is the trust's deficit") or a thing WordNet names by two words whose first the coverage lacks ("what is
Tarnby's unemployment rate", when the story gives only an interest rate) is declined: a sentence holding
the question's other words ("the water was rough", "the bank's interest rate") gives no such figure. The
twins the story does give ("what is Tarnby's interest rate", "what was the water depth") still answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

BANK = (
    "The Bank of Tarnby raised its interest rate to 4.5% on Tuesday, the third rise this year. "
    "Governor Alma Reck said the Tarnby economy was strong enough to bear it."
)
FERRY = (
    "The ferry Orla sank in the Tarnby strait on Friday night after striking a rock. "
    "Rescuers said the water was rough and the water depth at the site was 40 metres."
)
TRUST = (
    "The Tarnby health trust borrowed £12 million from the government in March. "
    "The trust's debt now stands at £48 million, its finance director said."
)


def _engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "bank", "title": "Tarnby bank raises rates", "text": BANK},
        {"id": "ferry", "title": "Ferry sinks in Tarnby strait", "text": FERRY},
        {"id": "trust", "title": "Tarnby health trust borrows", "text": TRUST},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    "question",
    ["what is tarnby's unemployment rate", "what was the water temperature", "what is the trust's deficit"],
)
def test_a_figure_the_coverage_never_names_is_declined(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("what is tarnby's interest rate", "4.5%"),
        ("what was the water depth", "40 metres"),
        ("what is the trust's debt", "£48 million"),
    ],
)
def test_the_figure_the_story_gives_answers(tmp_path: Path, question: str, figure: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert not a.abstained, a.answer
    assert figure in first_statement(a)
