"""A corpus none of whose files could be read answers every question by saying so: not "nothing in it
mentions X", which reads as if articles had been searched and X was not in them."""

from __future__ import annotations

from pathlib import Path

from retrieval import build_engine


def test_a_corpus_with_no_readable_article_says_none_is_loaded(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dump.txt").write_bytes(b"\x00\x01\x02 firmware")  # binary: not loaded
    (corpus / "feed.jsonl").write_text('{"id": "a", "text": \n', encoding="utf-8")  # broken line
    answer = build_engine(corpus).ask("who is the ceo of the ferry company")
    assert answer.abstained
    assert "no article is loaded" in answer.answer
    assert "mentions" not in answer.answer and "I searched it for" not in answer.answer
