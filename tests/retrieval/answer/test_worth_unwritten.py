"""What a thing is "worth" in a coverage that never writes the word is the sum it is valued at ("the
offer values the mill at €40 million"): the words of "worth"'s adjective cluster stand for it, as they
stand beside it where the coverage does write it."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from retrieval.answer.question import analyze
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

MILL = {
    "id": "mill",
    "title": "Paper mill sold to Nordic group",
    "published": "2026-06-18",
    "text": "The Arlen paper mill has agreed to a takeover by the Nordic packaging group Selva.\n\n"
    "Selva's offer values the mill at €40 million, the company said on Thursday.\n\n"
    "The mill carries debts of about €12 million, according to its latest accounts.\n\n"
    "The mill employs 310 people and has operated on the river since 1921.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [MILL, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_worth_is_the_value_given(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for question in ("whats arlen worth", "what is the mill worth now"):
        a = engine.ask(question)
        assert not a.abstained, a.answer
        assert "€40 million" in first_statement(a), a.answer
        assert_verbatim(engine, a)


def test_an_outlet_named_first_leaves_the_amount_asked(tmp_path: Path) -> None:
    # "according to the herald whats the mill worth" asks the sum "whats the mill worth" asks
    q = analyze("according to the harbour herald whats the mill worth", _engine(tmp_path)._ctx.tokenizer)
    assert q.kind == "number"
    assert q.measure == "money"
