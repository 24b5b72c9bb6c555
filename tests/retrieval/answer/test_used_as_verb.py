"""A question's word is a verb by its place after "to", "will", "can't" ...: found with one expression
compiled once, whatever the word (as the expression holding the word found it)."""

from __future__ import annotations

import re

import pytest

from retrieval.answer.phrases import _BEFORE_VERB, used_as_verb


def _one_expression(word: str, question: str) -> bool:
    if len(word) > 4 and word.endswith(("ing", "ed")):
        return True
    return re.search(rf"\b{_BEFORE_VERB}\s+{re.escape(word)}\b", question, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("word", "question"),
    [
        ("keep", "Does the mill want to keep its workers?"),
        ("keep", "Does the mill want to KEEP its workers?"),
        ("keep", "Will the mill keepers stay?"),  # no boundary after the word
        ("close", "Will the depot close, or won't  close?"),
        ("stop", "They can't stop-gap it"),
        ("stop", "They can'tstop it"),
        ("u.s.", "Would u.s. firms sell?"),
        ("u.s.", "Would u.s.firms sell?"),  # after a dot, a boundary needs a letter next
        ("stop", "to \u017ftop"),  # the long s matches an s case aside
        ("k", "will \u212a"),  # so does the Kelvin sign a k
        ("grow", "How big is the grower?"),
        ("a b", "will a b"),
        ("", "will  go"),
    ],
)
def test_used_as_verb_agrees_with_the_expression_holding_the_word(word: str, question: str) -> None:
    assert used_as_verb(word, question) == _one_expression(word, question)
