"""An adjective made of a place's name, written lowercase as chat does ("portuguese customers"), is the
name's adjective ("Portuguese customers"): a coverage writing neither it nor the place tells of no one
of that place, so its figure for another country's customers does not answer; it is declined, as the
capitalised question is. A coverage writing the place ("customers in Portugal") or the adjective still
answers."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

STORY = (
    "The payments app Ferrovia froze all accounts on Monday after a cyber attack. "
    "Spanish customers of Ferrovia are owed about 40 million euros, the regulator said."
)
PLACE = " Customers in Portugal are owed about 12 million euros, according to a consumer group."


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Ferrovia freezes accounts", "text": text}, *filler(12)]
    )


def test_another_countrys_figure_does_not_answer(tmp_path: Path) -> None:
    a = _engine(tmp_path, STORY).ask("how much are portuguese customers owed")
    assert a.abstained, a.answer


def test_the_adjective_written_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, STORY).ask("how much are spanish customers owed")
    assert not a.abstained, a.answer
    assert "40 million" in a.answer


def test_the_place_written_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, STORY + PLACE).ask("how much are portuguese customers owed")
    assert not a.abstained, a.answer
    assert "12 million" in a.answer
