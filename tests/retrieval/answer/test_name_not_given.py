"""A question asking what something is called ("what is Ines Varga's novel called") is answered by a
name, which a sentence writing the thing only as "a novel" does not give, though it holds the
question's words and its own names: it is declined, no longer answered with it. A sentence naming the
novel still answers."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

UNNAMED = (
    "Ines Varga, a retired ferry captain, spoke at the harbour meeting on Friday. "
    "Ines Varga is also the author of a novel about the northern shipping lanes."
)
NAMED = "Her novel, Salt Under Lanterns, was published in 2019 by Corvid Press."


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": "Harbour meeting", "text": text}, *filler(12)])


def test_a_sentence_naming_no_novel_does_not_say_what_it_is_called(tmp_path: Path) -> None:
    a = _engine(tmp_path, UNNAMED).ask("what is ines varga's novel called")
    assert a.abstained, a.answer


def test_a_sentence_naming_the_novel_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, UNNAMED + " " + NAMED).ask("what is ines varga's novel called")
    assert not a.abstained, a.answer
    assert "Salt Under Lanterns" in a.answer
