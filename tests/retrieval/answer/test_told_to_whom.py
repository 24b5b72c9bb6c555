"""A question asking what someone told someone ("what did Quint tell the finance committee") is answered
by a sentence saying it was told to them ("Quint told the planning committee ..." for the planning
committee), not by one telling what the person said to others while the addressee is only mentioned
("The finance committee approved the budget"): the bot declines when no sentence has it said to them. The
press is everyone's addressee ("what did Quint tell reporters"), and one told to do something ("what did
Quint tell the council to do") is asked what was urged, said to anyone."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

STORY = (
    "The Varne finance committee approved the harbour budget on Tuesday. "
    "Mayor Dara Quint told the planning committee that the harbour bridge would reopen in May. "
    'Quint said the council should "fix the ferry pier before the summer".'
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Varne harbour bridge to reopen", "text": STORY}, *filler(12)]
    )


def test_words_never_said_to_the_one_asked_are_declined(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("what did quint tell the finance committee")
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what did quint tell the planning committee", "reopen in May"),
        ("what did quint tell reporters about the bridge", "reopen in May"),
        ("what did quint tell the council to do", "ferry pier"),
    ],
)
def test_words_said_to_them_or_to_anyone_answer(tmp_path: Path, question: str, words: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert not a.abstained, a.answer
    assert words in first_statement(a)
