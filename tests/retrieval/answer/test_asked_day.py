"""A question asking for a day of the calendar ("on what date will the hearing open") is not answered by
a sentence placing the event only by a month or a time from now ("is expected to open in October",
"next week"): that is a unit of time other than the one asked, and the bot declines when no sentence
gives the day. Nor does another act's day answer ("The suit was filed on March 3" for the hearing's).
Its answerable twin, a day given ("on October 14"), and a "when", which a month answers, still answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

MONTH_ONLY = (
    "The Tarnwick planning inquiry is expected to open its first hearing in October. "
    "The residents' suit against the quarry was filed on March 3 at Tarnwick County Court."
)
DAY_GIVEN = (
    "The Tarnwick planning inquiry will open its first hearing on October 14, the council said. "
    "The residents' suit against the quarry was filed on March 3 at Tarnwick County Court."
)


def _engine(tmp_path: Path, story: str) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": "Tarnwick quarry inquiry", "text": story}, *filler(12)])


@pytest.mark.parametrize(
    "question",
    [
        "On what date will the Tarnwick inquiry's first hearing open?",
        "What date is the first inquiry hearing?",
    ],
)
def test_a_month_is_no_day(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path, MONTH_ONLY).ask(question)
    assert a.abstained, a.answer


def test_the_day_given_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, DAY_GIVEN).ask("On what date will the Tarnwick inquiry's first hearing open?")
    assert not a.abstained, a.answer
    assert "October 14" in first_statement(a)


def test_a_when_is_answered_by_the_month(tmp_path: Path) -> None:
    a = _engine(tmp_path, MONTH_ONLY).ask("When will the Tarnwick inquiry's first hearing open?")
    assert not a.abstained, a.answer
    assert "October" in first_statement(a)
