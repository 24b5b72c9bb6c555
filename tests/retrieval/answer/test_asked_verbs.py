"""What a question's verb asks. A yes/no question asks whether something happened, whatever auxiliary
opens it ("was anyone hurt", "is the council going to sue"): a sentence on the topic that does not say
it does not answer, and the bot declines. A "how much" about a change ("how much did the shares fall")
asks for any amount, a share too, even when its noun is one of money ("shares")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

GALLERY = (
    "Two men have been arrested over the theft of a bronze statue from the Kelso gallery. "
    "The statue, which was cast in 1890, is valued at about 400,000 pounds. "
    "The gallery's owners said they would seek compensation from the security firm."
)
MARKETS = (
    "Shares in Harrow Mills, the flour maker, fell 6.5% in London trading after a profit warning. "
    "The company said a poor harvest had raised its costs."
)


@pytest.fixture
def news(tmp_path: Path) -> Engine:
    docs = [
        {"id": "gallery", "title": "Arrests over gallery theft", "text": GALLERY},
        {"id": "markets", "title": "Flour maker shares slide", "text": MARKETS},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("was anyone hurt in the gallery theft", "hurt"),
        ("were the men charged", "charg"),
        ("is the gallery going to sue the security firm", "sue"),
        ("will talks resume on thursday", "resum"),
        ("is the tram line going to the airport", ""),  # no verb: "line" is the subject's
        ("are the pilots still on strike", ""),  # "on strike": a noun
        ("is Putin ready to meet Zelensky", ""),  # a state
        ("was it built on the ground or in space", ""),  # a choice, which either answers
    ],
)
def test_the_verb_a_yes_no_question_asks_about(question: str, verb: str) -> None:
    assert analyze(question, Tokenizer()).done == verb


@pytest.mark.parametrize(
    "question", ["was anyone hurt in the gallery theft", "is the gallery going to sue the security firm"]
)
def test_a_yes_no_question_whose_verb_no_sentence_says_is_declined(news: Engine, question: str) -> None:
    a = news.ask(question)
    assert a.abstained, a.answer


def test_how_much_about_a_change_is_answered_by_a_share(news: Engine) -> None:
    assert analyze("how much did harrow mills shares fall", Tokenizer()).measure == ""
    a = news.ask("how much did harrow mills shares fall")
    assert not a.abstained, a.answer
    assert "fell 6.5%" in a.answer
    assert_verbatim(news, a)


def test_how_much_a_thing_costs_still_asks_for_money() -> None:
    tok = Tokenizer()
    assert analyze("how much did the film cost to make", tok).measure == "money"
    assert analyze("how much did the council pay for the land", tok).measure == "money"


def test_a_sentence_saying_the_opposite_answers_a_yes_no_question(tmp_path: Path) -> None:
    text = (
        "The nurses' union at Kelso General has rejected a pay offer of 4%, saying it fell short of "
        "inflation. Talks will resume next week."
    )
    news = engine_of(tmp_path, [{"id": "pay", "title": "Nurses reject offer", "text": text}, *filler(12)])
    a = news.ask("did the nurses union accept the pay offer")
    assert not a.abstained, a.answer
    assert "has rejected a pay offer" in a.answer
    assert_verbatim(news, a)
    # a verb with no opposite in the coverage is still needed itself
    assert news.ask("did the nurses union approve the pay offer").abstained


def test_wordnet_opposes_verbs() -> None:
    from retrieval.answer.bridge import wordnet

    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert "reject" in wn.antonyms("accept")
    assert {"lose", "lost"} <= wn.antonyms("win")  # with irregular inflections


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("does the brewer plan to restart production", "restart"),
        ("do the drivers want to return to work", "return"),
        ("is the council trying to sell the depot", "sell"),
        ("did the club intend to appeal", "appeal"),
        ("when did the board decide to close the plant", "decid"),  # a date of the deciding
    ],
)
def test_a_verb_framing_another_asks_about_the_other(question: str, verb: str) -> None:
    assert analyze(question, Tokenizer()).done == verb


def test_a_sentence_planning_something_else_does_not_answer_whether_it_is_planned(tmp_path: Path) -> None:
    text = (
        "The Tarlow paper mill has been idle since a fire in its boiler room in March. "
        "Owner Kessel Paper said it plans to cut production at its other mill in Brenton. "
        "About 80 workers were put on short time."
    )
    news = engine_of(
        tmp_path, [{"id": "mill", "title": "Paper mill idle after fire", "text": text}, *filler(12)]
    )
    assert news.ask("Does Kessel Paper plan to restart production?").abstained
    a = news.ask("Does Kessel Paper plan to cut production?")
    assert not a.abstained and "plans to cut production" in a.answer, a.answer
    assert_verbatim(news, a)
