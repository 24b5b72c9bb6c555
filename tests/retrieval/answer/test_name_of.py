""" "What's the name of the spokesperson" asks for a person, as "who is the spokesperson" does: the
sentence naming one in that role answers, not the sentence that best echoes the question's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import classify
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("whats the name of the museums spokesperson", "person"),
        ("what was the name of the judge", "person"),
        ("what is the name of the ferry company", "what"),  # a body, not a person
        ("what is the name of the new drug", "what"),
        ("what is the name of the council's lawyer", "person"),
        ("what is the name of the host club's charity fund", "what"),  # the host's fund, not the host
    ],
)
def test_the_name_of_a_person_noun_asks_for_a_person(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_the_sentence_naming_the_spokesperson_answers(tmp_path: Path) -> None:
    story = (
        "The gallery has been named in two complaints by neighbours over the noise, its spokesperson said. "
        "The Tarrow Gallery closed two of its rooms on Monday after a leak in the roof. "
        "The rooms will reopen in the spring, said Odile Brannock, a spokesperson for the gallery."
    )
    gallery = {"id": "gallery", "title": "Gallery rooms shut", "text": story}
    engine = engine_of(tmp_path, [gallery, *filler(12)])
    a = engine.ask("whats the name of the gallerys spokesperson")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "Odile Brannock" in first_statement(a)
    assert "named in two complaints" not in first_statement(a)  # the echo of "name" holds no name
