"""A number or date question's answer is not followed by another story's figure: a further statement
from another document must tell the answer's story (its own words), or it answers a neighbouring
question ("the 19-year-old who flew around the world in January" beside "a 17-year-old ... on
Wednesday"), and the reader cannot tell which figure answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.compose import statement_quote
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


def test_outlets_differing_sums_are_each_shown_with_their_own_citation(tmp_path: Path) -> None:
    docs = [
        {"id": "herald", "title": "Ferry strike costs mount", "source": "Tarn Herald",
         "text": "The ferry company is paying relief crews about 40,000 pounds a day, the Herald hears."},
        {"id": "times", "title": "Ferry talks resume", "source": "Ostley Times",
         "text": "Talks resumed as the ferry company paid relief crews roughly 55,000 pounds a day."},
        {"id": "fair", "title": "Fair opens", "source": "Ostley Times", "text": "The fair opened on Friday."},
    ]  # fmt: skip
    news = engine_of(tmp_path, docs)
    a = news.ask("how much is the ferry company paying relief crews")
    assert "40,000 pounds" in a.answer and "55,000 pounds" in a.answer, a.answer
    assert {c.doc_id for c in a.citations} == {"herald", "times"}
    for s in a.statements:  # each version cited to the outlet that says it
        (n,) = s.citations
        assert statement_quote(s.text) in next(c.quote for c in a.citations if c.n == n)
    assert_verbatim(news, a)
    b = news.ask("how much did the county fair cost")  # no sum in the coverage: no version either
    assert "pounds" not in b.answer
