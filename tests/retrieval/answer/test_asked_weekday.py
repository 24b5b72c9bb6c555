"""A question placing what it asks on a weekday ("how much did Harrow shares fall on Wednesday") is not
answered by a sentence telling the same act on another weekday only ("Harrow shares fell 6.2% on
Tuesday"): the bot declines when no sentence tells it of the day asked. The day asked, or no day, still
answers, and a weekday that only dates a statement ("..., the company said on Thursday") dates no act."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

STORY = (
    "Harrow Mining shares fell 6.2% on Tuesday after the company closed its Kelby pit. "
    "The pit employs 420 miners, the company said on Thursday."
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": "Harrow shares slide", "text": STORY}, *filler(12)])


def test_another_days_act_is_no_answer(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("how much did harrow shares fall on wednesday")
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how much did harrow shares fall on tuesday", "6.2%"),
        ("how much did harrow shares fall", "6.2%"),
        ("how many miners did the kelby pit employ on wednesday", "420"),
    ],
)
def test_the_day_asked_or_none_answers(tmp_path: Path, question: str, figure: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert not a.abstained, a.answer
    assert figure in first_statement(a)
