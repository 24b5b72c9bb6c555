"""A "why" whose reason no cause word gives: an "until" after the asked act, the condition its going on
waits for ("kept shut until the council can show ..."), and the word someone had said before the act,
told right after it in the past perfect ("The regulator had said a day earlier that ..."), which the act
answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import answer_from, first_statement


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


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        # the word that came before the act, on its matter (a rule on stranded fares), answers why
        (
            "The Transport Board had said a day earlier that stranded travellers were owed the full fare "
            "under its rules.",
            True,
        ),
        # ... not an earlier figure of something else
        ("The Transport Board had earlier said at least 40 buses were off the road.", False),
        # ... nor someone's word in the simple past, which may be on the next matter
        ("The Transport Board said stranded travellers would be contacted by email.", False),
    ],
)
def test_a_why_brings_the_word_someone_had_said_before_the_act(
    tmp_path: Path, after: str, brought: bool
) -> None:
    """Orlan Coaches refunded fares (no reason word); the sentence after it says what the Transport
    Board had said before, on the fares it refunds: why it did so. A sentence giving an earlier count of
    something else, or a word said after the act, gives no reason, and the act alone answers."""
    text = (
        "Orlan Coaches said on Thursday it would refund the fares of travellers stranded by last week's "
        f"breakdown, reversing its earlier refusal.\n\n{after}\n\nThe company runs 60 coaches a day."
    )
    doc = {"id": "coaches", "title": "Orlan Coaches to refund stranded travellers", "text": text}
    a = answer_from(tmp_path, doc, "Why did Orlan Coaches reverse its refusal?")
    assert not a.abstained, a.answer
    assert ("had said a day earlier" in first_statement(a)) is brought, a.answer
    assert "60 coaches" not in a.answer, a.answer
