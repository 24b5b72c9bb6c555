"""A question placing its fact in a country the aliases fold ("in the US") is answered by a story that
writes the country only by the adjective WordNet derives from its name or a synonym of it ("American
farm towns": United States ~ America -> American), at a synonym's credit: the story is about that
place. Another country's adjective ("British") is no such name."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler

ALIASES = 'groups = [["united kingdom", "uk", "britain"], ["united states", "us", "u.s."]]\n'
MILLS = (
    "Rantor said on Tuesday it would close three flour plants, cutting 900 jobs in {adjective} farm "
    "towns. "
    "The company blamed falling wheat prices."
)
#: the country named elsewhere in the coverage, as in any news coverage
ELSEWHERE = "Exports from the US and the UK rose in the spring, customs officials said."
ASKED = "What did Rantor say it would close in the US?"


def _engine(tmp_path: Path, adjective: str) -> Engine:
    (tmp_path / "aliases.toml").write_text(ALIASES, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    docs = [
        {"id": "mills", "title": "Flour plants to close", "text": MILLS.format(adjective=adjective)},
        {"id": "trade", "title": "Exports", "text": ELSEWHERE},
        *filler(12),
    ]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return build_engine(root, aliases=tmp_path / "aliases.toml")


def test_the_country_s_adjective_holds_its_name(tmp_path: Path) -> None:
    engine = _engine(tmp_path, "American")
    a = engine.ask(ASKED)
    assert not a.abstained, a.answer
    assert "three flour plants" in a.answer
    assert_verbatim(engine, a)


def test_another_country_s_adjective_does_not(tmp_path: Path) -> None:
    engine = _engine(tmp_path, "British")
    assert engine.ask(ASKED).abstained
