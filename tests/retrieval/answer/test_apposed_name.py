"""A name with a phrase set beside it saying what it is ("The Harwell Care Board, the health regulator,
inspected ...") names the thing a "which regulator" asks for, however many modifiers stand between: the
phrase is no definite mention referring back to a name before it, so neither an earlier sentence nor the
headline is put before it; a comma after a place setting the scene ("In Lyon, the regulator said") makes
no apposition (made-up corpus about a hospital inspection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.types import apposed
from tests.retrieval.answer.corpora import answer_from, first_statement

_LEAD = "KELLBRIDGE — A leaked report has found serious failings at the maternity unit of Alder Hospital."
_NAMED = "The Harwell Care Board, the health regulator, inspected the unit in November."
_TITLE = "Leaked regulator report finds failings at Kellbridge hospital"
_MIDDLE = "The report said 12 babies may have died avoidably."


def test_the_apposed_name_answers_first(tmp_path: Path) -> None:
    doc = {"id": "leak", "title": _TITLE, "text": f"{_LEAD} {_MIDDLE} {_NAMED}"}
    a = answer_from(tmp_path, doc, "Which regulator inspected the maternity unit?")
    assert not a.abstained, a.answer
    assert "The Harwell Care Board" in first_statement(a), a.answer


def test_no_regulator_named(tmp_path: Path) -> None:
    doc = {
        "id": "leak",
        "title": _TITLE,
        "text": f"{_LEAD} The health regulator inspected the unit in November.",
    }
    a = answer_from(tmp_path, doc, "Which regulator inspected the maternity unit?")
    assert "Harwell" not in a.answer


@pytest.mark.parametrize(
    ("text", "name", "noun", "set_beside"),
    [
        (_NAMED, "Board", "regulator", True),
        ("Caddon Works, a plant on the east bank, makes resins.", "Works", "plant", True),
        ("In Lyon, the regulator said it would act.", "Lyon", "regulator", False),
    ],
)
def test_apposition(text: str, name: str, noun: str, set_beside: bool) -> None:
    end = text.index(name) + len(name)
    at = text.index(noun)
    assert apposed(text, end, at, at + len(noun)) is set_beside
