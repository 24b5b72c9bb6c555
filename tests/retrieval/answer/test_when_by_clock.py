"""A "when" about an event of one day is answered by the clock time a sentence gives it ("the pilot
radioed the tower at 09:47"): the day is its story's, and the time is when it happened."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

FERRY = {
    "id": "ferry",
    "title": "Ferry runs aground off Skarn",
    "published": "2026-08-03",
    "text": "A passenger ferry ran aground on a sandbank off Skarn on Sunday with 240 people aboard.\n\n"
    "The captain sent a distress signal at 09:47 and lifeboats reached the ship within the hour.\n\n"
    "All passengers were taken ashore by the afternoon, the coastguard said.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [FERRY, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_a_clock_time_answers_when(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("when did the captain send a distress signal")
    assert not a.abstained, a.answer
    assert "09:47" in first_statement(a)
    assert_verbatim(engine, a)
