"""A superlative stands for its synonyms in the same degree ("biggest" ~ "largest", WordNet's "big" ~
"large" compared), and a sentence writing it only after an ordinal ("second biggest") tells of another
rank. Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from retrieval.answer.elsewhere import other_rank
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_LARGEST = (
    "Harlow Town's largest shareholders, the brothers Ivo and Tam Brennock, have rejected the offer. "
    "The brothers said the bid undervalued the club."
)
_SECOND = (
    "Ada Venn and her family hold a 20% stake, making them Harlow Town's second biggest shareholders. "
    "Venn has said she will not sell."
)


def test_a_superlative_stands_for_its_synonyms_superlative() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert "largest" in wn.related("biggest") and "larger" in wn.related("bigger")
    assert "largest" not in wn.related("big")


def test_an_ordinal_before_the_superlative_is_another_rank() -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    tok = Tokenizer()
    q = analyze("who are harlow town's biggest shareholders", tok)
    assert other_rank(q, "Venn's family are the club's second biggest shareholders.", tok)
    assert not other_rank(q, "Venn's family are the club's biggest shareholders.", tok)


def test_the_biggest_is_answered_by_the_largest(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    docs = [
        {"id": "offer", "title": "Brothers reject Harlow offer", "text": _LARGEST},
        {"id": "stake", "title": "Venn keeps Harlow stake", "text": _SECOND},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who are harlow town's biggest shareholders")
    assert not a.abstained, a.answer
    assert "Brennock" in a.answer.split("[1]")[0], a.answer
    assert_verbatim(engine, a)
