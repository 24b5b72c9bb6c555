"""A "how much money" names its measure, money, which a figure of it holds ("lost about 2.4 million
dollars"), not a topic a sentence must write."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

ALIASES = 'groups = [["united kingdom", "uk", "u.k."], ["united states", "us", "u.s."]]\n'
CANNERY = {
    "id": "cannery",
    "title": "Flood closes Tolvik cannery",
    "published": "2026-04-02",
    "text": "The Tolvik cannery shut for three weeks after river water reached its packing floor.\n\n"
    "Owner Brisa Haldane said the firm had lost about 2.4 million dollars in orders while it was closed.\n\n"
    "Britain said it would donate $450,000 to the town's flood appeal.\n\n"
    "The United States embassy said it would donate $300,000 to the appeal.\n\n"
    "Workers returned to the packing floor on Monday, and the town said the money would buy pumps.",
}


def _engine(tmp_path: Path) -> Engine:
    (tmp_path / "aliases.toml").write_text(ALIASES, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [CANNERY, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root, aliases=tmp_path / "aliases.toml")


def test_how_much_money_is_answered_by_a_figure_of_money(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("how much money did the cannery lose")
    assert not a.abstained, a.answer
    assert "2.4 million dollars" in first_statement(a)
    assert_verbatim(engine, a)


def test_money_in_another_form_names_the_measure_too(tmp_path: Path) -> None:
    # "cash" is a kind of what money is a kind of (a medium of exchange): any sum says it, as for "money"
    engine = _engine(tmp_path)
    a = engine.ask("how much cash did the cannery lose")
    assert not a.abstained, a.answer
    assert "2.4 million dollars" in first_statement(a)
    assert_verbatim(engine, a)
    # a sum of another role of money is no form of it: a coverage that never writes it is declined
    assert engine.ask("how much debt did the cannery take on").abstained
