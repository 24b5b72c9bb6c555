"""An answer cites every outlet whose sentence says its statement (small made-up corpora): another
outlet giving the answer's figure in other words, found by searching for the figure when the question's
own words do not rank it; a number question naming no kind of number ("what are rates expected to rise
to"), whose answer's one figure is its value."""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

# ------------------------------------------------------------------ a figure in other words

RATES = {
    "id": "rates",
    "title": "Norland rate rise expected",
    "source": "Meridian Wire",
    "text": "Norland interest rates are expected to rise to 4.5% at the central bank meeting on Thursday. "
    "Most economists polled agreed with the forecast.",
}
COSTS = {
    "id": "costs",
    "title": "Norland borrowing costs",
    "source": "City Ledger",
    "text": "Norland borrowing costs are expected to climb to 4.5% at the Thursday meeting. "
    "Lenders said they were ready for the change.",
}
RATE_QUESTION = "What are Norland interest rates expected to rise to at the meeting?"


def test_a_number_question_naming_no_kind_is_confirmed_by_the_answers_figure(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), RATES, COSTS])
    a = engine.ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.citations[0].doc_id == "rates", a.answer
    assert "costs" in {c.doc_id for c in a.citations}, a.answer


def test_another_figure_confirms_nothing(tmp_path: Path) -> None:
    other = {
        **COSTS,
        "text": "Norland borrowing costs are expected to climb to 4.75% at the Thursday meeting.",
    }
    a = engine_of(tmp_path, [*filler(12), RATES, other]).ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert "Also reported" not in a.answer, a.answer


def test_an_outlet_the_questions_words_do_not_rank_is_found_by_the_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question's candidates are few (as one outlet's wording is among thousands of sentences in a
    large coverage): the outlet writing the figure in other words is found by searching for it."""
    select = importlib.import_module("retrieval.answer.select")
    monkeypatch.setattr(select, "WEIGHTS", dataclasses.replace(select.WEIGHTS, candidates=2))
    near = [
        {
            "id": f"near-{i}",
            "title": f"Norland markets {i}",
            "text": f"Traders in Norland said interest rates were expected to rise at the central bank "
            f"meeting, report {i} said.",
        }
        for i in range(4)
    ]
    engine = engine_of(tmp_path, [*filler(12), *near, RATES, COSTS])
    a = engine.ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.citations[0].doc_id == "rates", a.answer
    assert "costs" in {c.doc_id for c in a.citations}, a.answer
