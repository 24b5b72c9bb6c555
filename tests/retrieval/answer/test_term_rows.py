"""A word's first sentences (``spellings.term_rows``) are searched once per engine: the spelling checks
of a question's word (as written, in its case, as a common word, in a name) all read the same sentences,
and at a million sentences a common word's search is what those checks cost."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.spellings import _beside, _mostly_named, writes, written_plain
from retrieval.search.bm25 import BM25Index
from tests.retrieval.answer.corpora import engine_of


def test_the_checks_of_one_word_search_its_sentences_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [
        {
            "id": f"d{i}",
            "title": f"Quarry {i}",
            "text": f"Mayor Ines Pellow visited the quarry on day {i}. The quarry levy rose again.",
        }
        for i in range(4)
    ] + [
        {
            "id": f"e{i}",
            "title": f"Ferry {i}",
            "text": f"The ferry sailed late on day {i}. Its crew went on strike.",
        }
        for i in range(20)
    ]
    ctx = engine_of(tmp_path, docs)._ctx
    searched: list[list[str]] = []
    plain_top_k = BM25Index.top_k

    def counted(self: BM25Index, query: list[str], k: int, floor: float = 0.0) -> object:
        searched.append(list(query))
        return plain_top_k(self, query, k, floor)

    monkeypatch.setattr(BM25Index, "top_k", counted)
    assert writes("quarry", ctx) and writes("quarry", ctx, cased=True)
    assert written_plain("quarri", ctx)  # (an index term: the stem)
    assert not _mostly_named("quarri", ctx)
    _beside("Pellow", False, ctx)  # (the names written beside it: read from the same sentences)
    assert writes("Pellow", ctx, cased=True) and _mostly_named("pellow", ctx)
    assert sorted(map(tuple, searched)) == [("pellow",), ("quarri",)]
