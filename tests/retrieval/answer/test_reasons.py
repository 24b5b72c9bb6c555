"""A "why" question is answered with the reason: news states what happened in one sentence and the
cause in the next ("Milk prices rose ... Processors blamed the wet autumn"), so an answer that only
echoes the question's topic is quoted with the neighbour that gives a cause. "What caused X", "what
led to X", "what was the reason for X" are the same question in other words: their asking words are
how they ask, not what they are about (the answer says "blamed", not "caused")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze, classify
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DAIRY = (
    "Milk prices paid to farmers in Westmoor rose for the third month in a row. "
    "Processors blamed the wet autumn, which has cut grass growth across the county. "
    "The county show will go ahead in June as planned."
)


@pytest.fixture
def dairy(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [{"id": "dairy", "title": "Dairy prices climb", "text": DAIRY}, *filler(12)])


@pytest.mark.parametrize(
    "question",
    [
        "Why did milk prices rise in Westmoor?",
        "What caused the milk price rise in Westmoor?",
        "What led to the rise in Westmoor milk prices?",
        "What was the reason for the rise in milk prices in Westmoor?",
    ],
)
def test_a_why_answered_by_an_echo_brings_the_neighbour_with_the_cause(dairy: Engine, question: str) -> None:
    a = dairy.ask(question)
    assert not a.abstained, a.answer
    assert "blamed the wet autumn" in a.answer
    assert "county show" not in a.answer
    assert_verbatim(dairy, a)


@pytest.mark.parametrize(
    "question",
    [
        "What caused the delay?",
        "which factors led to the strike?",
        "What has prompted the walkout?",
        "What was the cause of the fire?",
        "How come the trains stopped?",
    ],
)
def test_a_why_in_other_words_is_a_reason_question_without_its_asking_words(question: str) -> None:
    tok = Tokenizer()
    q = analyze(question, tok)
    assert classify(question) == "reason"
    asking = tok.term_set("caused cause led factors prompted come")
    assert asking.isdisjoint(q.terms), q.terms


def test_what_a_cause_did_is_not_a_reason_question() -> None:
    # "what did the storm cause" asks for its effects; "who caused" for a person
    assert classify("What did the storm cause?") != "reason"
    assert classify("Who caused the crash?") == "person"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Processors blamed the wet autumn.", True),
        ("The line closed because of flooding.", True),
        ("Shares fell after the company warned on profits.", True),
        ("Milk prices rose for the third month in a row.", False),
        ("The council agreed to meet the union on Friday.", False),
    ],
)
def test_a_reason_is_a_cause_or_purpose_not_any_to_or_for(text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze("Why did it happen?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


@pytest.mark.parametrize(
    "question", ["why didnt they sell", "why did the fenmoor cooperative not sell its barley"]
)
def test_a_why_not_is_answered_by_the_denial_and_the_speakers_own_reason(
    tmp_path: Path, question: str
) -> None:
    # "why didn't they ...": the sentence saying it was not done, over advice not to do it, and the
    # speaker's own words after it, which give the reason though no cause word does
    advice = "Consumer groups generally tell members not to sell during a slump."
    story = (
        "The Fenmoor Growers cooperative reopened its depot on Monday. "
        'Chair Dolores Quint said the cooperative did not sell its barley. "We decided early that we '
        'would hold every tonne until the price recovered," she said. '
        "The depot employs 40 people."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "advice", "title": "Selling advice", "text": advice},
            {"id": "story", "title": "Fenmoor depot reopens", "text": story},
            *filler(12),
        ],
    )
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "did not sell its barley" in a.answer
    assert "until the price recovered" in a.answer
    assert "tell members" not in a.answer.split("[1]")[0]
    assert_verbatim(engine, a)


def test_a_why_about_a_persons_act_brings_their_account_of_it_in_reported_speech(tmp_path: Path) -> None:
    """ "She said ..." after what Judge Orla Penn did is why she did it, though it writes no "because"."""
    text = (
        "Judge Orla Penn rejected the marina's request for a closure order on Friday. "
        "She said the marina had not shown that the rowing club broke its lease. "
        "The rowing club will hold its regatta in July."
    )
    news = engine_of(tmp_path, [{"id": "marina", "title": "Marina loses bid", "text": text}, *filler(12)])
    a = news.ask("why did the judge reject the closure order")
    assert not a.abstained, a.answer
    assert "had not shown that the rowing club broke its lease" in a.answer, a.answer
    assert_verbatim(news, a)
