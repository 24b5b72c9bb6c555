""" "What caused the flod": a misspelt word of the asked event is read as its correction where the
question's event is checked, so the respelled question is answered as the spelled one is, by the sentence
with "flood" on the effect's side of its cause word, not by another that only mentions the flood."""

from __future__ import annotations


def test_a_corrected_term_is_the_asked_event_of_a_cause_question() -> None:
    """The check that a sentence gives the cause of the asked thing reads the misspelt word's correction:
    without it "caused the flood" holds nothing of "what caused the flod" and no sentence answers."""
    from dataclasses import replace

    from retrieval.answer.bridge import TermBridge
    from retrieval.answer.question import analyze
    from retrieval.answer.types import type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("what caused the flod", tok)
    q = replace(q, bridges={"flod": TermBridge("flod", "corrected", ("flood",), frozenset({"flood"}))})
    assert type_score("reason", "Inspectors said a burst pipe caused the flood.", q, tok) == 1.0
    assert type_score("reason", "The flood was discovered on 4 May, the caretaker said.", q, tok) == 0.0
