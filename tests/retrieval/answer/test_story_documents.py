"""A report the story tells of is not an article of the coverage: "who wrote the inspection report" asks
what the articles say of it (its author), not their bylines, and "when was the inspectorate's report
published" its date as they give it, not theirs; "the Echo's article", "the story on the flood" stay
questions of the coverage's own metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine, build_engine

CHRONICLE = (
    "Title: Engineer warned of spillway cracks\nSource: Valley Chronicle\nBy Daniel Ferreira\n"
    "Published: 16 March 2026\n\n"
    "An inspection report on the Hollins dam spillway, written by the engineer Helen Marsh in October 2025, "
    "warned of cracking in the concrete. The inspection report was sent to Eastmere Water. The company said "
    "it had acted on the report.\n"
)
ECHO = (
    "Title: Flood: town counts the cost\nSource: Marlow Echo\nBy Sara Lind\nPublished: 18 March 2026\n\n"
    "About 450 homes were flooded when the spillway failed. The inspectorate's report, published in "
    "January, criticised the water company's maintenance. Residents were allowed home on Thursday.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    corpus: Path = tmp_path_factory.mktemp("corpus")
    (corpus / "chronicle.txt").write_text(CHRONICLE, encoding="utf-8")
    (corpus / "echo.txt").write_text(ECHO, encoding="utf-8")
    return build_engine(corpus)


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        ("Who wrote the inspection report on the spillway?", "Helen Marsh"),
        ("When was the inspection report written?", "October 2025"),
        ("When was the inspectorate's report published?", "published in January"),
    ],
)
def test_a_document_the_story_tells_of_is_answered_from_its_sentences(
    engine: Engine, question: str, holds: str
) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert holds in a.answer.split("[1]")[0], a.answer


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        ("Who wrote the Marlow Echo article?", "Sara Lind wrote"),
        ("who wrote the story on the flood", "Sara Lind wrote"),
        ("When was the Valley Chronicle story published?", "published on 16 March 2026"),
    ],
)
def test_an_article_of_the_coverage_is_answered_from_its_metadata(
    engine: Engine, question: str, holds: str
) -> None:
    a = engine.ask(question)
    assert holds in a.answer, a.answer
