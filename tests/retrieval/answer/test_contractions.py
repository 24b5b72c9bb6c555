"""A chat contraction drops a word's vowels ("ppl", "dept"): read as the coverage's word that
begins with its first letter and holds its letters in order, where a sentence holds that word with the
question's other words (as a clipping is read: ``spellings.clippings``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.answer.select import bridged
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FIRE = (
    "Six people were hurt in the fire at the Larkspur warehouse on Thursday, the fire department said. "
    "The government will pay for repairs to the warehouse roof, the council said."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path, [{"id": "fire", "title": "Larkspur warehouse fire", "text": FIRE}, *filler(12)]
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many ppl were hurt in the larkspur fire", "Six people"),
        ("what did the fire dept say about the larkspur warehouse", "fire department"),
    ],
)
def test_a_contraction_is_read_as_the_word_it_contracts(engine: Engine, question: str, said: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert said in a.answer
    assert_verbatim(engine, a)


CLINIC = (
    "Marta Velez, 58, had been due for physiotherapy at the Arnhill clinic on Monday. "
    "Her physiotherapy was moved to a clinic in Dunmere, a 40-minute drive away."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the one word of the coverage the clipping begins, held with one other word of the question
        ("how long is the physio drive for velez", "40-minute drive"),
        ("where was velez physio moved to", "Dunmere"),
    ],
)
def test_a_clipping_only_one_word_begins_is_read_as_it(tmp_path: Path, question: str, said: str) -> None:
    engine = engine_of(tmp_path, [{"id": "clinic", "title": "Arnhill clinic", "text": CLINIC}, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained
    assert said in a.answer
    assert_verbatim(engine, a)


KILN = (
    "Potters who rent space at the Brackwater kiln will get their deposits back if the sale of the "
    "building goes ahead, the landlord said. "
    "The kiln has been fired twice a week since 1998."
)


@pytest.mark.parametrize(
    "question",
    [
        "do the potters get deposits back if the kiln sale goes thru",
        "do potters get deposits back bfr the kiln sale",
    ],
)
def test_a_contracted_function_word_is_no_name(tmp_path: Path, question: str) -> None:
    # ("thru", "bfr": "through", "before" without their vowels, which no sentence need hold)
    news = engine_of(tmp_path, [{"id": "kiln", "title": "Brackwater kiln sold", "text": KILN}, *filler(12)])
    a = news.ask(question)
    assert not a.abstained and "deposits back" in a.answer, a.answer
    assert_verbatim(news, a)


def test_a_contraction_counted_before_its_verb_is_the_plural_it_stands_for(tmp_path: Path) -> None:
    """ "how many ppl work at Orvell": "ppl" is "people", a plural, so "work" after it is its verb, not
    the noun counted ("work" would count hours or tasks): the number of people Orvell employs answers."""
    text = (
        "Orvell Bakeries employs about 450 people at its two ovens in Dunmore. "
        "The company opened its first shop in 1991."
    )
    engine = engine_of(
        tmp_path, [{"id": "orvell", "title": "Orvell Bakeries grows", "text": text}, *filler(12)]
    )
    a = engine.ask("how many ppl work at orvell")
    assert not a.abstained and "450 people" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_the_noun_counted_is_the_contraction_not_the_verb_after_it() -> None:
    from retrieval.answer.question import analyze
    from retrieval.search.text import Tokenizer

    t = Tokenizer()
    assert analyze("how many ppl work at orvell", t).counted == "ppl"
    assert analyze("how many people work at orvell", t).counted == analyze("how many people", t).counted


DOCKS = (
    "The Wexley dockers union will strike on Friday over pay, the dockers union said. "
    "The union's chief executive, Dana Pike, said members had waited long enough for a fair offer. "
    "The strike would close the Wexley docks for a day."
)


def test_a_dictionary_word_the_coverage_holds_in_no_sense_may_be_a_clipping(tmp_path: Path) -> None:
    # ("exec": to WordNet only the White House, which the coverage never mentions; the union's "chief
    # executive" is held with the question's other words)
    news = engine_of(
        tmp_path, [{"id": "docks", "title": "Dockers union to strike", "text": DOCKS}, *filler(12)]
    )
    q = bridged(analyze("who is the chief exec of the dockers union", news.tokenizer), news._ctx)
    assert q.bridges["exec"].search == tuple(news.tokenizer.tokens("executive"))
    a = news.ask("who is the chief exec of the dockers union")
    assert not a.abstained
    assert "Dana Pike" in first_statement(a)
    assert_verbatim(news, a)


MARCH = [
    {
        "id": "march1",
        "title": "Arrests at Dunholt hospital march",
        "published": "2026-03-07",
        "text": "Police said at least 12 people were arrested after flares were thrown at the hospital "
        "march in Dunholt on Saturday. The march drew about 2,000 people.",
    },
    {
        "id": "march2",
        "title": "Dunholt march arrests rise",
        "published": "2026-03-08",
        "text": "Dunholt Police have now confirmed that 17 people were arrested after Saturday's march, "
        "up from the figure of 12 given on the day. Four of them have been charged. Eleven MPs signed a "
        "letter backing the march.",
    },
]


def test_a_counted_contraction_is_read_as_its_word_throughout(tmp_path: Path) -> None:
    """ "how many ppl got arrested": the count revised "up from" the first one counts people, as it does
    for "how many people got arrested", not the first figure: the question reads "people" in every step,
    not only in its search."""
    news = engine_of(tmp_path, [*MARCH, *filler(12)])
    spelt = news.ask("how many people got arrested at the march")
    a = news.ask("how many ppl got arrested at the march")
    assert "17 people" in first_statement(a), a.answer
    assert first_statement(a) == first_statement(spelt)
    assert_verbatim(news, a)


def test_only_a_contraction_the_coverage_lacks_is_spelt_out(tmp_path: Path) -> None:
    # ("mps": the coverage writes "MPs", so the question means them, not an English word "m...p...s")
    from retrieval.answer.spellings import counted_spelled

    news = engine_of(tmp_path, [*MARCH, *filler(12)])
    assert counted_spelled("how many ppl were arrested", news._ctx) == "how many people were arrested"
    assert counted_spelled("How many more ppl?", news._ctx) == "How many more people?"
    assert counted_spelled("how many mps signed the letter", news._ctx) == "how many mps signed the letter"
    assert counted_spelled("how many kids were arrested", news._ctx) == "how many kids were arrested"


SUIT = (
    "The Northmere pension fund sued the Calder board on Monday. The fund is represented by the law firm "
    "Gadsby & Lowe. The storage unit was rented under a false name."
)


@pytest.mark.parametrize("question", ["what law firm is repping the pension fund", "who is repping the fund"])
def test_a_clipping_made_a_verb_is_read_as_the_word_it_clips(tmp_path: Path, question: str) -> None:
    # "repping": a clipping's last consonant doubled before "-ing" shows the writer takes its three
    # letters for a word; read as the coverage's "represented", not as "ripping" (~ the unit "rented")
    news = engine_of(tmp_path, [{"id": "suit", "title": "Fund sues Calder board", "text": SUIT}, *filler(12)])
    a = news.ask(question)
    assert not a.abstained and "Gadsby & Lowe" in first_statement(a), a.answer
    assert "rented" not in first_statement(a)
    assert_verbatim(news, a)
