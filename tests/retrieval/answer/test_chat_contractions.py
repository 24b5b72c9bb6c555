"""Chat's contraction of an English word ("ppl") is read as that word where the coverage writes it,
wherever the question uses it, as a counted one already was ("how many ppl"): "where did ppl go"
is asked of people, not of someone named "Ppl" whom no sentence names."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

FLOOD = {
    "id": "flood",
    "title": "River bursts its banks in Orrin",
    "published": "2026-02-20",
    "text": "The River Tase burst its banks in Orrin on Thursday night, flooding some 200 homes.\n\n"
    "About 600 people from the lower town were moved to the sports hall on Mill Lane.\n\n"
    "Council crews began pumping water from the main square on Friday morning.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [FLOOD, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_a_contraction_outside_a_count_is_its_word(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("where did ppl go")
    assert not a.abstained, a.answer
    assert "sports hall" in first_statement(a)
    assert_verbatim(engine, a)


def test_a_word_of_another_script_is_no_contraction(tmp_path: Path) -> None:
    # (a lowercase word without Latin vowels, but no English letters either: never read as a contraction)
    a = _engine(tmp_path).ask("أين ذهب الناس")
    assert a.abstained, a.answer
