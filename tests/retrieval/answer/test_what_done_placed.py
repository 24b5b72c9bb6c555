""" "What did X VERB" asks what X did, and so does "what did X VERB at its meeting": the phrase after
the verb only places the act. A sentence that does not say the verb (in some form or synonym) tells
of X, not of what X did: "The council will meet next week to review the budget" is no decision, and
the bot declines; its twin saying "decided" answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

LEAD = "Tarnwick's library has been closed since a roof leak in January. "
UNSAID = LEAD + "The Tarnwick council will meet next week to review the cost of repairs, an official said."
SAID = LEAD + "At its meeting on Tuesday the Tarnwick council decided to sell the library building."
QUESTIONS = ["what did the tarnwick council decide at its meeting", "what did the tarnwick council decide"]


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": "Tarnwick library", "text": text}, *filler(12)])


@pytest.mark.parametrize("question", QUESTIONS)
def test_what_was_done_is_not_answered_by_the_meeting_to_come(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path, UNSAID).ask(question)
    assert a.abstained, a.answer


@pytest.mark.parametrize("question", QUESTIONS)
def test_what_was_done_is_answered_by_the_decision(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path, SAID).ask(question)
    assert not a.abstained, a.answer
    assert "sell the library" in a.answer
