"""A correction notice taking back a figure the answer gives leads it when the figure is what is asked
("how much was frozen"); asked for a name ("which judge granted the order"), the answer's name stands
whatever sum the notice corrects: the answer leads and the notice follows it, still quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_BLOG = (
    "4:05 p.m.\n\n"
    "Correction: an earlier update said the freezing order covered assets worth up to £61 million. "
    "The correct figure is £16 million.\n\n"
    "11:20 a.m.\n\n"
    "Justice Harriet Calloway has granted a freezing order over Ormond's assets, worth up to £61 million, "
    "including his house in Selby and a boat.\n\n"
    "9:00 a.m.\n\n"
    "Lawyers for the Ashgrove pension fund will ask the High Court this morning to freeze Ormond's assets."
)


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = {"id": "ormond-live", "title": "Live: court hearing on Ormond's assets", "text": _BLOG}
    return engine_of(tmp_path, [doc, *filler(12)])


def test_the_judge_leads_the_notice_of_another_figure(engine) -> None:  # type: ignore[no-untyped-def]
    a = engine.ask("Which judge granted the freezing order?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Harriet Calloway" in first_statement(a), a.answer
    assert "£16 million" in a.answer, a.answer  # the notice is still quoted


def test_the_notice_leads_when_its_figure_is_asked(engine) -> None:  # type: ignore[no-untyped-def]
    a = engine.ask("How much were the frozen assets worth?")
    assert not a.abstained, a.answer
    assert "£16 million" in first_statement(a), a.answer
