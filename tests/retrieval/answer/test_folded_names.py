"""A name of several words that the aliases fold into one ("United Kingdom" -> the UK) is asked for as that
one name, not also as its words: the index keeps only the folded name for it, so "united" and "kingdom"
as further names of the question would be missing from every sentence writing it, and the question
would be declined or answered from a sentence holding those words for other reasons."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine
from retrieval.answer.question import analyze
from retrieval.search.text import Aliases, Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

ALIASES = 'groups = [["united kingdom", "uk", "britain"], ["united states", "us", "u.s."]]\n'
FERRIES = (
    "Harbour officials in Calvre said crossings were back to normal after the storm. "
    "Twelve ferries now sail each day between France and the UK, the port said."
)


def _tokenizer(tmp_path: Path) -> Tokenizer:
    (tmp_path / "aliases.toml").write_text(ALIASES, encoding="utf-8")
    return Tokenizer(Aliases.load(tmp_path / "aliases.toml"))


def test_the_words_of_a_folded_name_are_no_terms_of_their_own(tmp_path: Path) -> None:
    tok = _tokenizer(tmp_path)
    q = analyze("How many ferries sail each day between France and the United Kingdom?", tok)
    assert "=unitedkingdom" in q.terms
    assert not {"unit", "kingdom"} & set(q.terms)
    assert not {"unit", "kingdom"} & q.entity_terms
    # a word the question also writes apart stays
    q = analyze("Which state of the United States has the most ferries?", tok)
    assert "state" in q.terms and "=unitedstates" in q.terms


def test_a_sentence_writing_the_folded_name_otherwise_answers(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text(ALIASES, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    docs = [{"id": "ferries", "title": "Crossings resume", "text": FERRIES}, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    engine = build_engine(root, aliases=tmp_path / "aliases.toml")
    a = engine.ask("How many ferries sail each day between France and the United Kingdom?")
    assert not a.abstained, a.answer
    assert "Twelve ferries" in first_statement(a)
    assert_verbatim(engine, a)
