"""A verb of having ("get", "give", "make") in a question that names the thing had ("how much bonus
does she get") says nothing a sentence answering must write: the noun says what is asked ("a bonus of
$40,000"). Without that noun ("how much does she get") or with a noun that only names the kind of
amount ("how much money"), the verb is what tells which figure is asked and is kept. "Going to" is the
future's auxiliary, as "will" is."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from retrieval.answer.question import analyze
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

ORCHARD = {
    "id": "orchard",
    "title": "Pellow Orchards hires a new grower",
    "published": "2026-05-11",
    "text": "Pellow Orchards has named Idris Kanne as its head grower, the cooperative said on Monday.\n\n"
    "Kanne's contract includes a signing bonus worth $40,000 and a share of the harvest profits.\n\n"
    "The cooperative reported turnover of about $6.5 million for the last season.\n\n"
    "Pickers at the orchard said they hoped the new grower would extend the season into November.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [ORCHARD, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_a_verb_of_having_beside_the_thing_had_need_not_be_written(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("how much bonus can kanne get")
    assert not a.abstained, a.answer
    assert "$40,000" in first_statement(a)
    assert_verbatim(engine, a)
    a = engine.ask("how much turnover does pellow orchards make")
    assert not a.abstained, a.answer
    assert "$6.5 million" in first_statement(a)


def test_the_verb_is_kept_where_no_thing_had_is_named(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    tokenizer = engine._ctx.tokenizer
    assert "get" in analyze("how much does kanne get", tokenizer).terms
    assert "get" in analyze("how much money does kanne get", tokenizer).terms
    assert "get" not in analyze("how much bonus does kanne get", tokenizer).terms
    assert "get" in analyze("did kanne get a bonus", tokenizer).terms  # (a yes/no asks the verb)
    assert "get" in analyze("how did the thieves get in", tokenizer).terms  # (a phrasal verb)


def test_going_to_is_the_future_not_a_motion(tmp_path: Path) -> None:
    tokenizer = _engine(tmp_path)._ctx.tokenizer
    assert "go" not in analyze("is kanne going to resign", tokenizer).terms
    assert "go" in analyze("how much money is going to the orchard", tokenizer).terms
