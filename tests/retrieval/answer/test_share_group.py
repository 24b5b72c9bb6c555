"""A share asked of a group ("what percentage of doctors backed ...") is not answered by a share of
another group ("Of the members who took part, 81% backed walkouts", the members being nurses): the
sentence or one beside it must write the group in some form (``scoring._share_group``). Made-up corpus
about a hospital strike ballot."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler
from tests.retrieval.answer.corpora import first_statement as _first

_BALLOT = (
    "Nurses at St Aldric's Hospital have voted to strike over staffing levels, the Royal College of "
    "Nursing said. Of the members who took part, 81% backed walkouts. "
    "The union said wards were routinely running with two nurses fewer than planned."
)


def _engine(tmp_path: Path) -> Engine:
    doc = {"id": "ballot", "title": "Nurses at St Aldric's vote to strike", "text": _BALLOT}
    return engine_of(tmp_path, [doc, *filler(12)])


def test_a_share_of_another_group_is_declined(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("What percentage of doctors backed walkouts at St Aldric's?")
    assert a.abstained, a.answer


def test_a_share_of_the_group_beside_it_is_answered(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("What percentage of nurses backed walkouts at St Aldric's?")
    assert not a.abstained, a.answer
    assert "81%" in _first(a), a.answer
    assert_verbatim(engine, a)
