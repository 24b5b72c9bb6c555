"""A question that first sets the scene ("Tomas Brel passed away at the age of 81. Which part did he
play?") asks what its asking sentence asks: where the story's best sentence echoes its topic, the
sentence that replaces it must hold a word of the asking sentence, not only the scene's ("Tomas Brel
passed away peacefully ..." tells what the reader was told). The lead naming the part stays the
answer."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BREL = (
    "Veteran radio actor Tomas Brel, celebrated for his portrayal of Captain Orin Vask in the drama Harbor "
    "Lights, has died at 81, his daughter said. "
    "Brel began acting at the age of 20 after working as a welder. "
    "He also exhibited his paintings in galleries across the region. "
    "Tomas Brel passed away peacefully at home at the age of 81, his daughter wrote."
)


def test_a_sentence_holding_only_the_scene_does_not_replace_the_answer(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "brel", "title": "Celebrated veteran radio actor Tomas Brel dies at 81", "text": BREL},
            *filler(12),
        ],
    )
    a = engine.ask(
        "Celebrated veteran radio actor Tomas Brel passed away at the age of 81. Which part did he play?"
    )
    assert not a.abstained
    assert "Captain Orin Vask" in first_statement(a)
    assert_verbatim(engine, a)
