"""A "how many" of things or animals is answered by a number of one of their kinds however far below
them WordNet files it ("61 dogs and cats" for animals: dog -> canine -> ... -> animal), where the one
class below (``WordNet.usual_kinds``) misses it, also beside the noun written as another's modifier ("an
animal shelter"); a number of something no kind of it ("61 blankets")
still answers nothing."""

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
