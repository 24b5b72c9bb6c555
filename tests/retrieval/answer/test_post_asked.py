"""A question asking a named person's post ("what position does X hold", "what is X's job") is answered
by a sentence writing the post right before the name, though it holds none of the question's other
words and another sentence holds the question's noun in another sense ("the council's position"); the
other outlets writing the post are cited for it too (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

DOCS = [
    {
        "id": "reopen",
        "title": "Tarn port to reopen",
        "source": "Tarn Post",
        "text": "Harbour Commissioner Ines Varga said the port would reopen on Monday after the storm.\n\n"
        "The dredging of the harbour mouth will resume in the spring. Varga said the council's position "
        "on dredging was unchanged.",
    },
    {
        "id": "confirm",
        "title": "Tarn port reopening confirmed",
        "source": "Coast Herald",
        "text": "The reopening was confirmed by Harbour Commissioner Ines Varga, who toured the quays with "
        "engineers on Friday.",
    },
]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [*filler(12), *DOCS])


@pytest.mark.parametrize(
    "question",
    ["What position does Ines Varga hold?", "What is Varga's job?", "What position does Varga hold?"],
)
def test_the_post_written_before_the_name_answers(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Harbour Commissioner Ines Varga" in first_statement(a), a.answer
    assert {"reopen", "confirm"} <= {c.doc_id for c in a.citations}, a.answer


def test_another_question_about_the_person_is_not_answered_by_the_post(engine: Engine) -> None:
    a = engine.ask("What is Varga's salary?")
    assert a.abstained, a.answer
