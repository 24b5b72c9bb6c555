"""A role asked by more than its noun is that role, not another of the same noun: "who is Brakwell's
chief financial officer" (a role WordNet lists as one noun) is not answered by "Brakwell chief executive
Lena Moss", nor "what is the name of the depot's safety manager" by "the depot manager, Otto Vance"; the
bot declines when no sentence names anyone in the role asked. The roles the story does name still answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

STORY = (
    "A fire destroyed a fuel depot run by Brakwell Logistics near Ostrey on Sunday night. "
    "Brakwell chief executive Lena Moss said the company would pay for the clean-up. "
    "The company has suspended the depot manager, Otto Vance, while investigators examine the site."
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Fire destroys Ostrey fuel depot", "text": STORY}, *filler(12)]
    )


@pytest.mark.parametrize(
    "question",
    ["who is brakwell's chief financial officer", "what is the name of the depot's safety manager"],
)
def test_another_role_of_the_same_noun_is_no_answer(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("who is brakwell's chief executive", "Lena Moss"),
        ("what is the name of the depot manager", "Otto Vance"),
    ],
)
def test_the_role_the_story_names_answers(tmp_path: Path, question: str, name: str) -> None:
    a = _engine(tmp_path).ask(question)
    assert not a.abstained, a.answer
    assert name in first_statement(a)


def test_another_holder_than_the_one_named_is_asked(tmp_path: Path) -> None:
    # ("the depot manager, Otto Vance," names the office's holder, the question's own person: the one
    # before him is another, whom the story does not name)
    a = _engine(tmp_path).ask("who was the depot manager before otto vance")
    assert a.abstained, a.answer
    a = _engine(tmp_path).ask("who was brakwell's depot manager")
    assert not a.abstained, a.answer
    assert "Otto Vance" in first_statement(a)
