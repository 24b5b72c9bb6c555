"""A word the question uses as a noun (after a determiner or a possessive: "acme's stock") is bridged by
its noun and adjective senses only: to stock is to carry, but a company's stock is not what its vans
carry. Used as a verb, its verb senses stand for it as before."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.phrases import used_as_noun
from retrieval.answer.question import analyze
from retrieval.answer.select import bridged
from tests.retrieval.answer.corpora import engine_of, filler

VANS = (
    "Acme Foods said its vans carry fresh fish to twelve markets each morning. "
    "The company opened a second depot in Harlow last year."
)


def test_a_noun_is_not_bridged_to_its_verb_senses_synonyms(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "acme", "title": "Acme Foods expands", "text": VANS}, *filler(12)])
    ctx = engine._ctx
    q = bridged(analyze("how is acme's stock doing", ctx.tokenizer), ctx)
    assert "carri" not in q.bridges["stock"].search
    # used as a verb, to stock is to carry
    verb = bridged(analyze("does acme stock fresh fish", ctx.tokenizer), ctx)
    assert "carri" in verb.bridges["stock"].search


def test_a_word_after_a_determiner_or_a_possessive_is_a_noun() -> None:
    assert used_as_noun("stock", "what is pinecrest's stock price")
    assert used_as_noun("report", "what did the report say")
    assert not used_as_noun("stock", "will they stock it")
    assert not used_as_noun("closing", "is the closing of the depot")  # an -ing form reads as a verb
