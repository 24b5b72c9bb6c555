"""A "how many" of things or animals is answered by a number of one of their kinds however far below
them WordNet files it ("61 dogs and cats" for animals: dog -> canine -> ... -> animal), where the one
class below (``WordNet.usual_kinds``) misses it, also beside the noun written as another's modifier ("an
animal shelter"); a number of something no kind of it ("61 blankets")
still answers nothing. So for persons: "17 vice presidents" counts executives, "17 engineers" does not."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.answer.relation import counts
from retrieval.answer.select import bridged
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SHELTER = (
    "Floodwater reached the Marlow Valley animal shelter on Friday night. "
    "The Marlow Valley Rescue League opened an animal shelter and took in 48 dogs and cats in two days."
)
BLANKETS = (
    "Floodwater reached the Marlow Valley animal shelter on Friday night. "
    "The Marlow Valley Rescue League opened an animal shelter and took in 48 blankets and towels in two days."
)


def test_a_number_of_a_deep_kind_counts_the_asked_animals(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "shelter", "title": "Shelter flooded", "text": SHELTER}, *filler(12)]
    )
    a = engine.ask("How many animals did the rescue league take in?")
    assert not a.abstained
    assert "48 dogs and cats" in a.answer
    assert_verbatim(engine, a)


def test_a_number_of_no_kind_of_it_still_declines(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "shelter", "title": "Shelter flooded", "text": BLANKETS}, *filler(12)]
    )
    a = engine.ask("How many animals did the rescue league take in?")
    assert a.abstained
    ctx = engine._ctx
    q = bridged(analyze("How many animals did the rescue league take in?", ctx.tokenizer), ctx)
    assert not counts(q, "The league took in 48 blankets and towels.", ctx.tokenizer)
    assert counts(q, "The league took in 48 dogs and cats.", ctx.tokenizer)
    assert counts(q, "The league opened an animal shelter and took in 48 dogs and cats.", ctx.tokenizer)


LETTER = (
    "Staff at Orvel Software rallied behind their ousted founder on Tuesday. "
    "A letter backing Ina Holt has been signed by {who}, the company said."
)


def test_a_number_of_a_kind_of_the_asked_persons_counts_them(tmp_path: Path) -> None:
    # "17 vice presidents" are that many executives (vice president -> executive in WordNet)
    text = LETTER.format(who="17 vice presidents")
    engine = engine_of(tmp_path, [{"id": "letter", "title": "Letter backs Holt", "text": text}, *filler(12)])
    a = engine.ask("How many executives signed the letter backing Holt?")
    assert not a.abstained, a.answer
    assert "17 vice presidents" in a.answer
    ctx = engine._ctx
    q = bridged(analyze("How many executives signed the letter backing Holt?", ctx.tokenizer), ctx)
    assert counts(q, "It was signed by 17 vice presidents.", ctx.tokenizer)
    # engineers are no kind of executive: their number counts other people
    assert not counts(q, "It was signed by 17 engineers.", ctx.tokenizer)
