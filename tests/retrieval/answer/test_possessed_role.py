"""A role asked of a named person ("who is Rafferty's barrister") is not answered by a sentence writing
the role as another name's ("Vane's barrister, Owen Tate, said Rafferty was lying"), though it names
the person asked about too (``elsewhere.owned_by_another``). Made-up corpus about a bribery trial."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler
from tests.retrieval.answer.corpora import first_statement as _first

_TRIAL = (
    "Builder Colm Rafferty told Northgate Crown Court on Tuesday that he handed Derek Vane cash. "
    "Rafferty said the payments began after his firm lost a bid for a school extension. "
    "Under cross-examination he agreed he had kept no record of the meetings. "
    "Vane's barrister, Owen Tate, said Rafferty was lying to get a lighter sentence."
)


def _engine(tmp_path: Path) -> Engine:
    doc = {"id": "trial", "title": "Rafferty tells court he paid mayor in cash", "text": _TRIAL}
    return engine_of(tmp_path, [doc, *filler(12)])


def test_a_role_written_as_anothers_is_not_the_one_asked(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("Who is Colm Rafferty's barrister?")
    assert a.abstained, a.answer


def test_the_role_of_the_one_asked_about_is_answered(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("Who is Derek Vane's barrister?")
    assert not a.abstained, a.answer
    assert "Owen Tate" in _first(a), a.answer
    assert_verbatim(engine, a)
