"""A role asked in a chat spelling no dictionary has ("campaign mgr") is the coverage's word it stands
for ("campaign manager"), not a role the coverage never writes; an English word the coverage lacks
("mayor") is still absent, whatever word it is one letter from ("major")."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

RACE = {
    "id": "race",
    "title": "Council race heads to a recount",
    "published": "2026-11-05",
    "text": "Lena Ortiz, Hal Brenner's campaign manager, said the team would wait for the recount.\n\n"
    "Brenner trails by 41 votes after all precincts reported, a major upset in the ward.\n\n"
    "The county will begin the recount on Monday.",
}


def _engine(tmp_path: Path) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [RACE, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_a_clipped_role_is_the_coverage_word(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("who's brenner's campaign mgr")
    assert not a.abstained, a.answer
    assert "Lena Ortiz" in first_statement(a)
    assert_verbatim(engine, a)


def test_an_absent_english_role_stays_absent(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert engine.ask("who is the mayor of the ward").abstained
