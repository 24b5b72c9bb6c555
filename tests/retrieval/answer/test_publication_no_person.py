"""A name ending on a noun for a publication or a piece of writing ("Midwifery Practice Review") is no
person's: a "who is the head of X" whose best-scoring sentence names no one but the journal that saw the
documents is answered by the sentence of its story naming the head (made-up corpus about a hospital)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.types import person_like
from tests.retrieval.answer.corpora import answer_from, first_statement

_ECHO = (
    "Midwives at Elmfield Hospital warned managers for three years that the maternity unit was short of "
    "staff, according to documents seen by Midwifery Practice Review."
)
_NAMED = "Joan Pellow, head of midwifery at Elmfield Hospital, left the trust in January."


def test_the_sentence_naming_the_head_answers(tmp_path: Path) -> None:
    doc = {"id": "staffing", "title": "Elmfield midwives warned of shortages", "text": f"{_ECHO} {_NAMED}"}
    a = answer_from(tmp_path, doc, "Who is the head of midwifery at Elmfield?")
    assert not a.abstained, a.answer
    assert first_statement(a).startswith("Joan Pellow"), a.answer  # not after the echo


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Midwifery Practice Review", False),
        ("Joan Pellow", True),
        ("Jude Law", True),
        ("Deutsche Bank", False),
    ],
)
def test_names(name: str, person: bool) -> None:
    assert person_like(name) is person
