"""A body speaks through the one speaking for it ("EPA spokesperson Dana Hart said", "Leo Marsh, the
EPA's chief inspector, said") and, as an acronym, itself ("The EPA said Friday ..."): "what did the epa
say" quotes those, not another's words naming it ("..., which the EPA approves," a mill spokesman said)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.statements import said_by
from retrieval.models import Document, DocumentMeta, Sentence
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SPILL = (
    "A chemical spill closed a stretch of the Tamsin River near Ardley on Tuesday. "
    '"We are testing the water every hour until the levels fall," EPA spokesperson Dana Hart said. '
    '"Our discharge permit, which the EPA approves, was followed," mill spokesman Ron Pike said.'
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [{"id": "spill", "title": "Tamsin River spill", "text": SPILL}, *filler(12)])


def test_a_body_is_quoted_through_its_spokesperson_not_through_another_naming_it(engine: Engine) -> None:
    a = engine.ask("what did the epa say")
    assert not a.abstained
    assert "Dana Hart" in a.answer
    assert "Ron Pike" not in a.answer
    assert_verbatim(engine, a)


def _sentence(text: str) -> tuple[Document, Sentence]:
    s = Sentence("d", 0, 0, text)
    return Document(meta=DocumentMeta(doc_id="d", title="t"), sentences=(s,), paragraphs=((0, 1),)), s


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Leo Marsh, the EPA's chief inspector, said the levels were falling.", True),
        ("The EPA said Friday that the levels were falling.", True),
        ("The levels were falling, the EPA said.", True),
        ("EPA spokesperson Dana Hart said the levels were falling.", True),
        ("A spokeswoman for the EPA's regional office, Dana Hart, said the levels were falling.", True),
        ("Mill spokesman Ron Pike said the EPA approved the permit.", False),
        ("The levels were falling, the mill owner told the EPA.", False),  # the EPA listens, not speaks
        ("The levels were falling, said the EPA.", True),
    ],
)
def test_which_statements_are_the_bodys(text: str, speaks: bool) -> None:
    doc, s = _sentence(text)
    assert said_by(doc, s, lambda name: "EPA" in name.split()) is speaks


def test_the_one_told_is_no_speaker() -> None:
    doc, s = _sentence("The talks will go on, Mayor Ana Ruiz told Reuters.")
    assert said_by(doc, s, lambda name: "Ruiz" in name.split())
    assert not said_by(doc, s, lambda name: "Reuters" in name.split())
