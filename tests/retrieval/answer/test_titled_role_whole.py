"""A titled role is compared as a whole: "who is Kelby Haulers' chief financial officer" is not answered
by a sentence naming Kelby's chief operating officer (a title WordNet lists as one noun for a person, the
asked kind "financial" nowhere beside the role's noun; the owner's plural possessive read as "'s" is),
nor "who is the health minister" by "Energy Minister Tomas Hale" (a kind capitalised as a title is).
Their twins, asking the roles the coverage names, are answered; so is the financial officer where the
coverage names one."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import asked_role, asked_role_kind
from tests.retrieval.answer.corpora import answer_from, first_statement

_TEST = (
    "Kelby Haulers said on Monday that its chief operating officer, Mara Ellison, would run the company "
    "until the board finds a new chief executive. "
    "The inquiry into the depot fire was ordered by Energy Minister Tomas Hale on Friday. "
    "Kelby Haulers employs about 900 people at its depots in the region."
)


def _doc(text: str) -> dict[str, str]:
    return {"id": "kelby-depot", "title": "Kelby Haulers names interim boss after depot fire", "text": text}


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Who is Kelby Haulers' chief financial officer?", "financial officer"),
        ("Who is the health minister?", "health minister"),
    ],
)
def test_another_title_of_the_role_does_not_answer(tmp_path: Path, question: str, role: str) -> None:
    a = answer_from(tmp_path, _doc(_TEST), question)
    assert a.abstained, a.answer
    assert role in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who is Kelby Haulers' chief operating officer?", "Mara Ellison"),
        ("Who is the energy minister?", "Tomas Hale"),
    ],
)
def test_the_title_asked_answers(tmp_path: Path, question: str, name: str) -> None:
    a = answer_from(tmp_path, _doc(_TEST), question)
    assert not a.abstained, a.answer
    assert name in first_statement(a), a.answer


def test_the_financial_officer_named(tmp_path: Path) -> None:
    named = _doc(_TEST + " Its chief financial officer, Ruth Dalby, said the depot was insured.")
    a = answer_from(tmp_path, named, "Who is Kelby Haulers' chief financial officer?")
    assert not a.abstained, a.answer
    assert "Ruth Dalby" in first_statement(a), a.answer


def test_a_plural_possessive_before_the_role_only() -> None:
    # (the owner's plural possessive is read as "'s" is; one after "of" is the owner's, not the role's)
    assert asked_role_kind("who is kelby haulers' chief financial officer?") == "financial"
    assert asked_role("who is the workers' union leader?") == "leader"
    assert asked_role("who is the president of the federated mineworkers' union?") == "president"
