"""A "who is VERB-ing X" asks for the doer of the verb as "who VERBs X" does: the progressive's auxiliary
is its aspect, not the copula of "who is the mayor" (made-up questions about a ferry company)."""

from __future__ import annotations

import pytest

from retrieval.answer.question import analyze
from retrieval.answer.scoring import doer_roles
from retrieval.search.text import Tokenizer


def _doer(question: str) -> tuple[str, frozenset[str]] | None:
    q = analyze(question, Tokenizer())
    return doer_roles(q.text, tuple(q.term_words.items()))


@pytest.mark.parametrize(
    ("progressive", "simple"),
    [
        ("Who is running the ferry company?", "Who runs the ferry company?"),
        ("who's suing the ferry company", "who sues the ferry company"),
        ("Who was leading the inquiry into the capsizing?", "Who led the inquiry into the capsizing?"),
    ],
)
def test_progressive_asks_the_doer(progressive: str, simple: str) -> None:
    got, want = _doer(progressive), _doer(simple)
    assert got is not None
    assert want is not None
    assert got[1] == want[1]  # the same doers (the verb's term is its stem as written: "su", "sue")


@pytest.mark.parametrize("question", ["Who is the mayor?", "who is something of a hero"])
def test_copula_asks_no_doer(question: str) -> None:
    assert _doer(question) is None
