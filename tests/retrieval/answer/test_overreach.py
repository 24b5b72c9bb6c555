"""Rules that read more into a question or a sentence than is there, each pinned where it stops: a word
after a number says what is counted unless it only says "a number"; a name the coverage lacks is asked
about even when the rest is the coverage's topic; "am" is no metre; an upgrade year is no age; a duration
is no time of day; a capitalised word is a name, not a clipping of an article's rubric; a byline's name
is a whole word."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.about import _lead
from retrieval.models import Document, DocumentMeta, Sentence
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

PLANT = (
    "The Tamsin Falls treatment plant was upgraded in 2015 at a cost of $8 million. "
    '"I am furious about the smell," resident Dana Cole said. '
    "The plant was closed for 48 hours after the spill."
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    docs = [
        {"id": "plant", "title": "Treatment plant upgrade", "source": "Tamsin Herald", "text": PLANT},
        {
            "id": "live",
            "title": "LIVE: Tamsin Falls water updates",
            "source": "KTAM",
            "text": "Crews are at the plant.",
        },
        *filler(12),
    ]
    return engine_of(tmp_path_factory.mktemp("plant"), docs)


@pytest.mark.parametrize(
    "question",
    [
        "which outlet reported the 2015 flood",  # the flood is what is asked about: no article tells of one
        "how tall is Dana Cole",  # "I am furious": "am" is no metre
        "how old is the treatment plant",  # "upgraded in 2015" is no year it was built
        "what time did the treatment plant close",  # "for 48 hours" is a span, not a time
        "who wrote about Liv",  # a name, not the "LIVE:" blog
    ],
)
def test_a_near_topic_question_is_declined(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert a.abstained, a.answer


def test_a_figure_word_after_a_number_still_names_the_figure(engine: Engine) -> None:
    a = engine.ask("which outlet reported the $8 million figure")
    assert not a.abstained, a.answer
    assert "Tamsin Herald" in a.answer
    assert_verbatim(engine, a)


def test_a_name_the_coverage_lacks_is_asked_about_in_a_broad_question(tmp_path: Path) -> None:
    docs = [
        {"id": f"t-{i}", "title": f"Tamsin Falls water {i}", "published": f"2025-03-0{i}", "text": text}
        for i, text in enumerate(
            [
                "Tamsin Falls issued a boil-water notice on Monday after a main burst.",
                "Tamsin Falls lifted its boil-water notice on Sunday.",
                "The head of the Tamsin Falls water board resigned on Friday.",
            ],
            start=1,
        )
    ]
    assert engine_of(tmp_path, docs).ask("what happened to Bob Smith in Tamsin Falls").abstained


def test_an_author_is_a_whole_word_of_a_sentence_not_part_of_one() -> None:
    sentences = (
        Sentence("d", 0, 0, "The Elm Street bridge has carried traffic since 1931, officials said."),
        Sentence("d", 1, 0, "It closed on Monday."),
    )
    doc = Document(
        meta=DocumentMeta(doc_id="d", title="Bridge closes", author="Al"),
        sentences=sentences,
        paragraphs=((0, 2),),
    )
    assert _lead(doc).startswith("The Elm Street bridge")
