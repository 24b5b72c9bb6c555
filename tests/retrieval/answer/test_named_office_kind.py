"""A "who is X's KIND ROLE" ("who is Pellmoor Capital's finance director") that no sentence answers
by naming anyone in the role is declined: a sentence holding the owner's name and the role's word in
another use ("passed the owners' and directors' test") names no one in it. Its twin, whose coverage
names the finance director, is answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_TEST = (
    "The Northern Rowing League said on Tuesday that Pellmoor Capital had passed its owners' and "
    "directors' test, clearing the way for its purchase of Ashby Rowing Club. "
    "Pellmoor Capital is led by its chairman, Oren Vallis, a former shipping executive."
)


def _doc(text: str) -> dict[str, str]:
    return {"id": "ashby-deal", "title": "Pellmoor cleared to buy Ashby", "text": text}


def test_no_one_named_in_the_office(tmp_path: Path) -> None:
    a = answer_from(tmp_path, _doc(_TEST), "Who is Pellmoor Capital's finance director?")
    assert a.abstained, a.answer
    assert "finance director" in a.answer, a.answer


def test_the_office_holder_named(tmp_path: Path) -> None:
    named = _doc(_TEST + " Pellmoor Capital finance director Ida Crane said the deal was fully funded.")
    a = answer_from(tmp_path, named, "Who is Pellmoor Capital's finance director?")
    assert not a.abstained, a.answer
    assert "Ida Crane" in first_statement(a), a.answer
