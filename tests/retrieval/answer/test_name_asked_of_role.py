"""A question asking in so many words for the name of someone in a role ("what is the name of the
suspended porter", "who is the name of the nurse who ...", "what's the matron's name") is answered by a
sentence naming someone in that role, beside its noun ("the ward matron, Edith Crane,"): a sentence
holding the question's words and other people's names ("Chief executive Hal Brent said one porter has
been suspended") names no porter, and when no sentence names one the bot declines."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

STORY = (
    "Chief executive Hal Brent said one porter at Tollbridge Infirmary has been suspended over the missing "
    "records. "
    "The ward matron, Edith Crane, said staff had been told of the suspension on Monday. "
    "Brent said a nurse who raised the alarm in March would be protected."
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Tollbridge Infirmary porter suspended", "text": STORY}, *filler(12)]
    )


@pytest.mark.parametrize(
    "question",
    [
        "what is the name of the suspended porter",
        "who is the name of the nurse who raised the alarm",
    ],
)
def test_a_name_nobody_in_the_role_is_given_is_declined(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert a.abstained, a.answer


@pytest.mark.parametrize("question", ["what is the name of the ward matron", "what's the matron's name"])
def test_a_name_given_beside_the_role_answers(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert not a.abstained, a.answer
    assert "Edith Crane" in a.answer
