"""Names written in other scripts than Latin (Cyrillic, Greek) are names: a capital is told by Unicode,
not by A-Z (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import analyze
from retrieval.answer.statements import speakers
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Андрій Сибіга said the peace talks would resume next week.", "Андрій Сибіга"),
        ("The peace talks would resume next week, Сибіга said.", "Сибіга"),
        ("Κυριάκος Μητσοτάκης said the peace talks would resume next week.", "Κυριάκος Μητσοτάκης"),
    ],
)
def test_a_name_in_cyrillic_or_greek_script_is_a_person_and_a_speaker(sentence: str, name: str) -> None:
    tokenizer = Tokenizer()
    q = analyze("Who said the peace talks would resume?", tokenizer)
    assert type_score("person", sentence, q, tokenizer) == 1.0
    assert speakers(sentence) == [name]


def test_who_said_is_answered_by_the_sentence_naming_a_cyrillic_speaker(tmp_path: Path) -> None:
    text = (
        "The peace talks would resume next week after a pause of two months.\n\n"
        "Андрій Сибіга said the talks would resume."
    )
    engine = engine_of(tmp_path, [{"id": "ua", "title": "Peace talks", "text": text}, *filler(12)])
    a = engine.ask("Who said the peace talks would resume?")
    assert not a.abstained, a.answer
    assert "Андрій Сибіга" in a.answer
    assert_verbatim(engine, a)
