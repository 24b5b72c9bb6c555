"""A "how many" whose best sentence counts the thing only by a word of magnitude ("Thousands of Zappo
tricycles ... have been recalled") is answered by the sentence of its story giving a figure of the same
thing ("The recall affects 48,000 Zappo tricycles"); a number after the noun is a version's or a name's
("Zappo Trike, versions 2.0 through 5.0"), no count of it."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.answer.types import figures_before, magnitude_only
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

TOYS = (
    "Thousands of Zappo tricycles that pose a risk of falls have been recalled, according to an "
    "announcement on Monday from the safety board. "
    "Zappo, which makes toys for toddlers, issued a recall of its Zappo Trike, versions 2.0 through 5.0, the "
    "board said. "
    "Parents should stop using the trikes at once and contact the company for a refund. "
    "The board has received reports of riders tipping over on slopes. "
    "The recall affects 48,000 Zappo tricycles sold since 2019, according to the board."
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path, [{"id": "toys", "title": "Zappo recalls tricycles", "text": TOYS}, *filler(12)]
    )


def test_a_figure_of_the_thing_counted_answers_over_a_word_of_magnitude(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("How many Zappo tricycles were recalled?")
    assert not a.abstained
    assert "48,000 Zappo tricycles" in first_statement(a)
    assert_verbatim(engine, a)


def test_only_a_number_before_the_noun_counts_it(tmp_path: Path) -> None:
    tok = _engine(tmp_path)._ctx.tokenizer
    q = analyze("how many zappo trikes were recalled", tok)
    assert figures_before("It recalled its Zappo Trike, versions 2.0 through 5.0.", q, tok, 4) == frozenset()
    assert figures_before("Millions of Zappo trikes were recalled.", q, tok, 4) == frozenset()
    assert figures_before("It recalled 2 million Zappo trikes.", q, tok, 4) == {"2000000"}


def test_a_word_of_magnitude_is_a_plural_number_word(tmp_path: Path) -> None:
    tok = _engine(tmp_path)._ctx.tokenizer
    q = analyze("how many zappo trikes were recalled", tok)
    assert magnitude_only("Millions of Zappo trikes were recalled.", q, tok, 4)
    assert not magnitude_only("A quarter of the Zappo trikes were recalled.", q, tok, 4)
    assert not magnitude_only("Hundreds of trikes, or 2,000 Zappo trikes, were recalled.", q, tok, 4)
