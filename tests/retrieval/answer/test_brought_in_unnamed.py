"""A question asking for a name by the noun for the person or thing ("who was the harbour pilot", "what
was the name of the pilot", "what is the salvage firm called") is not answered by a sentence bringing
that person or thing in without a name ("took on a harbour pilot", "a salvage firm from Dunmore"): the
other names it holds (the ship's, the captain's) are not the name asked for. A sentence naming the
pilot beside the noun ("a harbour pilot, Ona Reyes,") or saying who is one ("Ona Reyes, a harbour
pilot") still answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

UNNAMED = (
    "The cargo ship Marlow Star ran aground near Cape Tolley on Sunday night. "
    "Captain Idris Vane said the Marlow Star had taken on a harbour pilot at dawn before the weather turned. "
    "Its owners hired a salvage firm from Dunmore to refloat the Marlow Star on Wednesday."
)
NAMED_BESIDE = (
    "The cargo ship Marlow Star ran aground near Cape Tolley on Sunday night. "
    "Captain Idris Vane said the Marlow Star had taken on a harbour pilot, Ona Reyes, at dawn. "
    "Its owners hired a salvage firm called Tidewind to refloat the Marlow Star on Wednesday."
)
NAMED_BEFORE = (
    "The cargo ship Marlow Star ran aground near Cape Tolley on Sunday night. "
    "Ona Reyes, a harbour pilot from Cape Tolley, boarded the Marlow Star at dawn."
)


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Ship aground off Cape Tolley", "text": text}, *filler(12)]
    )


@pytest.mark.parametrize(
    "question",
    [
        "who was the harbour pilot on the marlow star",
        "what was the name of the harbour pilot",
        "what is the salvage firm called",
    ],
)
def test_a_noun_brought_in_unnamed_gives_no_name(tmp_path: Path, question: str) -> None:
    a = _engine(tmp_path, UNNAMED).ask(question)
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("who was the harbour pilot on the marlow star", "Ona Reyes"),
        ("what is the salvage firm called", "Tidewind"),
    ],
)
def test_a_name_set_beside_the_noun_answers(tmp_path: Path, question: str, name: str) -> None:
    a = _engine(tmp_path, NAMED_BESIDE).ask(question)
    assert not a.abstained, a.answer
    assert name in a.answer


def test_a_name_the_noun_describes_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, NAMED_BEFORE).ask("who was the harbour pilot on the marlow star")
    assert not a.abstained, a.answer
    assert "Ona Reyes" in a.answer
