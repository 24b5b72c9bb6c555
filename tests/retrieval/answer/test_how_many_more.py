"""A "how many more X" counts the X added: the noun after the comparative is what is counted, and a
sentence giving the added number ("nine more villages were connected") states the difference asked
(``types.states_change``)."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from retrieval.answer.question import analyze
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

GRID = {
    "id": "grid",
    "title": "Hill villages join the power grid",
    "published": "2026-03-09",
    "text": "Engineers finished the new line over Carrow Pass on Friday, the utility said.\n\n"
    "Nine more villages were connected to the grid this week, bringing electricity to some 3,000 "
    "households.\n\n"
    "The utility plans to reach the last valley towns before winter.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [GRID, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_the_noun_after_the_comparative_is_counted(tmp_path: Path) -> None:
    tokenizer = _engine(tmp_path)._ctx.tokenizer
    q = analyze("how many more villages were connected", tokenizer)
    assert q.counted.startswith("villag"), q.counted
    assert q.change


def test_the_added_number_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("how many more villages got connected to the grid")
    assert not a.abstained, a.answer
    assert "Nine more villages" in first_statement(a)
    assert_verbatim(engine, a)
