"""Whether the coverage writes a word beside a question's other words (``spellings.used_with``): asked of
the best of the rows holding them together, with a search that may drop what scores below it, the
verdict must be the plain search's (is one of the ``confirm_sentences`` best sentences such a row?)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from retrieval.answer.spellings import _held_with, used_with
from retrieval.answer.weights import WEIGHTS
from retrieval.search import bm25
from tests.retrieval.answer.corpora import engine_of

#: a made-up town's words: few, so that many sentences share them and the top ten leave many out
_WORDS = "harbour ferry council levy quarry mayor bridge tolls flood ward clinic depot strike union".split()


def _sentence(rnd: random.Random) -> str:
    words = rnd.sample(_WORDS, rnd.randint(2, 6)) + rnd.choices(_WORDS[:4], k=rnd.randint(0, 4))
    return "The " + " ".join(words) + " story ran."


@pytest.mark.parametrize("direct", [bm25._DIRECT_POSTINGS, 0])
def test_the_best_row_holding_the_words_decides_as_the_plain_search_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, direct: int
) -> None:
    """Also with every search pruned (no query summed directly), as a million sentences' are."""
    monkeypatch.setattr(bm25, "_DIRECT_POSTINGS", direct)
    rnd = random.Random(3)
    docs = [
        {"id": f"d{i}", "title": f"Report {i}", "text": " ".join(_sentence(rnd) for _ in range(8))}
        for i in range(60)
    ]
    ctx = engine_of(tmp_path, docs)._ctx
    terms = sorted({t for w in _WORDS for t in ctx.tokenizer.tokens(w)})
    verdicts = set()
    for _ in range(300):
        term = rnd.choice(terms)
        others = set(rnd.sample(terms, rnd.randint(1, 5)))
        need = min(WEIGHTS.confirm_terms, len(others - {term}))
        plain = need > 0 and _held_with(term, others - {term}, ctx) >= need
        assert used_with(term, others, ctx) == plain, (term, others)
        verdicts.add(plain)
    assert verdicts == {True, False}
