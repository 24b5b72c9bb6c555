"""A second outlet giving the answer's own figure in fewer of the question's words is quoted as well,
cited to itself: the reader sees the figure is not one outlet's alone (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SURVEY = {
    "id": "survey",
    "title": "Portable gadgets survey",
    "source": "Outlet A",
    "text": "The analysis of the portable gadget market found only 13% of Europeans want to watch films "
    "on a portable gadget while out and about.",
}
BRIEF = {
    "id": "brief",
    "title": "Europeans cool on portable gadget video",
    "source": "Outlet B",
    "text": "A study of the portable gadget market has found little appetite for mobile films. "
    "Only 13% of Europeans wanted to watch video while on the move.",
}
QUESTION = "How many Europeans want to watch films on a portable gadget?"


def test_another_outlet_giving_the_same_count_is_cited_too(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), SURVEY, BRIEF])
    a = engine.ask(QUESTION)
    assert not a.abstained
    assert_verbatim(engine, a)
    assert a.citations[0].doc_id == "survey"
    assert "brief" in {c.doc_id for c in a.citations}


def test_the_same_figure_counting_something_else_confirms_nothing(tmp_path: Path) -> None:
    other = {**BRIEF, "text": "Only 13% of Americans wanted to watch video while on the move."}
    a = engine_of(tmp_path, [*filler(12), SURVEY, other]).ask(QUESTION)
    assert not a.abstained
    assert {c.doc_id for c in a.citations} == {"survey"}
