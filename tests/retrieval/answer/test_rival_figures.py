"""A number or date question's answer is not followed by another story's figure: a further statement
from another document must tell the answer's story (its own words), or it answers a neighbouring
question ("the 19-year-old who flew around the world in January" beside "a 17-year-old ... on
Wednesday"), and the reader cannot tell which figure answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

MACK = {
    "id": "mack",
    "title": "Teenager completes solo flight around the globe",
    "text": "A 17-year-old pilot has become the youngest person to fly solo around the world in a small "
    "aircraft, Guinness World Records said on Wednesday.\n\nHe landed at Kortrijk airfield to cheers.",
}
ZARA = {
    "id": "zara",
    "title": "Pilot sets record for youngest woman to fly solo",
    "text": "In January a 19-year-old became the youngest woman to fly solo around the world in a small "
    "aircraft, after crossing five continents in 155 days.\n\nShe was greeted by her family.",
}
MACK_AGAIN = {
    "id": "mack-again",
    "title": "Kortrijk welcomes record pilot",
    "text": "Guinness World Records confirmed on Wednesday that the 17-year-old solo pilot of a small "
    "aircraft is the youngest person to fly around the world, after he landed at Kortrijk airfield.",
}


@pytest.fixture(scope="module")
def pilots(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("pilots"), [MACK, ZARA, *filler(12)])


def test_another_storys_figure_is_not_quoted_beside_the_answer(pilots: Engine) -> None:
    a = pilots.ask("How old is the youngest person to fly solo around the world in a small aircraft?")
    assert not a.abstained, a.answer
    assert_verbatim(pilots, a)
    assert "17-year-old" in a.answer
    assert "19-year-old" not in a.answer
    assert {c.doc_id for c in a.citations} == {"mack"}


def test_a_statement_of_the_same_story_from_another_outlet_still_is(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [MACK, MACK_AGAIN, *filler(12)])
    a = engine.ask("How old is the youngest person to fly solo around the world in a small aircraft?")
    assert not a.abstained, a.answer
    assert {c.doc_id for c in a.citations} == {"mack", "mack-again"}


def test_a_part_of_the_same_article_under_its_title_is_its_story(tmp_path: Path) -> None:
    # an encyclopedia article split in sections (one document each, one title): the other section's
    # figure belongs to the same story however few of the answer's words it repeats
    zara_section = {**ZARA, "id": "mack-2", "title": MACK["title"]}
    engine = engine_of(tmp_path, [MACK, zara_section, *filler(12)])
    a = engine.ask("How old is the youngest person to fly solo around the world in a small aircraft?")
    assert not a.abstained, a.answer
    assert {c.doc_id for c in a.citations} == {"mack", "mack-2"}
