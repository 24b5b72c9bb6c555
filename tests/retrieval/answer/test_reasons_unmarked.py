"""A "why" whose reason no cause word gives: an "until" after the asked act, the condition its going on
waits for ("kept shut until the council can show ...")."""

from __future__ import annotations

import pytest

from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # "until" opening a clause after the asked act: what its going on waits for
        ("The Orlan lido will stay closed until the council can show the pool is safe.", 1.0),
        ("Engineers said the lido would remain closed until the pumps had been replaced.", 1.0),
        # ... not one before a time or a noun phrase alone, which says how long
        ("The Orlan lido will stay closed until further notice.", 0.0),
        ("The Orlan lido will stay closed until next spring.", 0.0),
        ("The Orlan lido will stay closed until March.", 0.0),
        # ... nor one after another act than the asked one
        ("The manager worked at the Orlan lido until she retired last year.", 0.0),
    ],
)
def test_an_until_after_the_asked_act_gives_its_reason(text: str, score: float) -> None:
    tok = Tokenizer()
    q = analyze("Why is the Orlan lido still closed?", tok)
    assert type_score("reason", text, q, tok) == score


def test_an_until_is_no_cause_of_what_happened() -> None:
    """A "what caused X" asks what brought X about; what a going on waits for brought nothing about."""
    tok = Tokenizer()
    q = analyze("What caused the closure of the Orlan lido?", tok)
    assert (
        type_score("reason", "The closure of the Orlan lido will last until the pumps are fixed.", q, tok)
        == 0.0
    )
