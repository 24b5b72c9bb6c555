"""A question asking by a superlative ("how old was the youngest victim") is not answered by a sentence
that states no superlative of the adjective or of its synonyms: "most of the victims were over 70" and
"older residents" tell of them all, not which is the youngest or oldest. Its twin, whose coverage states
the rank ("The youngest victim, Ada Lin, was nine years old"), is answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from retrieval.answer.elsewhere import _ranks_by
from tests.retrieval.answer.corpora import answer_from, first_statement

_TEST = (
    "Eleven people were killed when fire swept through the Marlow Court flats on Sunday, police said. "
    "Most of the victims were over 70 years old. "
    "Many of the dead were older residents who lived alone on the upper floors."
)


def _doc(text: str) -> dict[str, str]:
    return {"id": "marlow-fire", "title": "Eleven killed in Marlow Court fire", "text": text}


@pytest.mark.parametrize("question", ["How old was the youngest victim?", "Who was the oldest victim?"])
def test_no_rank_stated(tmp_path: Path, question: str) -> None:
    a = answer_from(tmp_path, _doc(_TEST), question)
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("How old was the youngest victim?", "Ada Lin"), ("Who was the oldest victim?", "Ruth Penn")],
)
def test_the_rank_stated(tmp_path: Path, question: str, said: str) -> None:
    ranked = _TEST + " The youngest victim, Ada Lin, was nine years old. The oldest victim was Ruth Penn, 96."
    a = answer_from(tmp_path, _doc(ranked), question)
    assert not a.abstained, a.answer
    assert said in first_statement(a), a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What's the latest on the Marlow Court fire?",
        "Which words best describe the victims?",
    ],
)
def test_no_rank_asked(tmp_path: Path, question: str) -> None:
    # ("the latest on" asks for news, "best describe" is an adverb: neither asks for a rank)
    a = answer_from(tmp_path, _doc(_TEST), question)
    assert not a.abstained, a.answer


def test_a_superlative_after_a_possessive_praises(tmp_path: Path) -> None:
    # ("Marlow's biggest stars": praise more often than a rank, which the answer need not state)
    awards = {
        "id": "awards",
        "title": "Harbour Stage Awards handed out",
        "text": "The Harbour Stage Awards were handed out on Sunday night at the Marlow Playhouse. "
        "Stars of the city stage were recognised for their work in musicals and drama. "
        "Ada Lin won best actress for her role in Tide.",
    }
    a = answer_from(tmp_path, awards, "Marlow's biggest stars were recognised at which awards show?")
    assert not a.abstained, a.answer
    assert "Harbour Stage Awards" in first_statement(a), a.answer


def test_a_record_of_something_is_no_rank() -> None:
    """ "a criminal record", "no record of their ages" state no rank; "the record high", "a record 84" do."""
    wn = wordnet()
    assert wn is not None
    for text, ranks in (
        ("One victim had a criminal record", False),
        ("There is no record of their ages", False),
        ("Readings reached a record 84 parts per billion", True),
        ("The river hit the record high", True),
    ):
        assert _ranks_by("highest", text.split(), wn) is ranks, text
