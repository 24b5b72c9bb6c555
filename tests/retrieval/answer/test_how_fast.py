"""A "how fast" names the measure asked, a speed, which a sentence gives by its unit ("at 88 km/h"), not
by the word "fast": it is no term a sentence must hold, as "old" of "how old" is not."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from retrieval.answer.question import analyze
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

TRAM = {
    "id": "tram",
    "title": "Tram overturns on Velde bend",
    "published": "2026-10-14",
    "text": "A city tram overturned on the Velde bend on Monday evening, injuring eleven passengers.\n\n"
    "Data from the tram's recorder show it was travelling at 58 km/h when it entered the bend, where "
    "the limit is 25 km/h.\n\n"
    "The operator has suspended the line while inspectors examine the track.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [TRAM, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_how_fast_is_the_measure_not_a_term(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("how fast was it going")
    assert not a.abstained, a.answer
    assert "58 km/h" in first_statement(a)
    assert_verbatim(engine, a)
    assert "fast" not in analyze("how fast was it going", engine._ctx.tokenizer).terms
