"""A role asked by its acronym ("Who is Corvane's CEO?") is answered by the words it stands for ("Chief
executive Dana Whitlow"); the body owning it is no person ("Corvane Holdings reported ..."); and a
sentence writing the role only as another ("Deputy chief executive Ruth Kale") names someone else."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.bridge import wordnet
from retrieval.answer.question import analyze, role_acronym
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DOCS = [
    (
        "corvane",
        "Corvane Holdings posts loss",
        "Corvane Holdings reported a pre-tax loss of 12 million pounds for the year. Chief executive Dana "
        "Whitlow said the firm would close two depots. Shares fell 4% in early trading.",
    ),
    (
        "glass",
        "Glassworks to hire",
        "Harrow Creek Glassworks will hire 40 staff at its plant in Tarn. The company's chief executive, "
        "Owen Marsh, said demand for bottles had doubled.",
    ),
    (
        "fenmoor",
        "Lender reshuffles board",
        "Fenmoor Bank has promoted its finance director. Deputy chief executive Ruth Kale will take on the "
        "lending division. The bank's results are due in March.",
    ),
]


@pytest.fixture
def news(tmp_path: Path) -> Engine:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    return engine_of(tmp_path, [*({"id": i, "title": t, "text": x} for i, t, x in DOCS), *filler(12)])


def test_a_role_acronym_is_no_name() -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    assert role_acronym("CEO") and not role_acronym("NATO") and not role_acronym("Ceo")
    assert analyze("Who is Corvane's CEO?", Tokenizer()).entity_terms == {"corvan"}


def test_a_body_named_with_the_questions_name_is_no_person() -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    tok = Tokenizer()
    q = analyze("who is the CEO of Corvane", tok)
    assert type_score("person", "Corvane Holdings reported a pre-tax loss for the year.", q, tok) == 0.0
    assert type_score("person", "Corvane chief executive Dana Whitlow spoke.", q, tok) == 1.0


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Who is Corvane's CEO?", "Dana Whitlow"),
        ("who is the ceo of corvane", "Dana Whitlow"),
        ("who is the CEO of Harrow Creek Glassworks", "Owen Marsh"),
        ("who is the deputy chief executive of Fenmoor Bank", "Ruth Kale"),
    ],
)
def test_a_role_is_answered_by_the_words_it_stands_for(news: Engine, question: str, person: str) -> None:
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert person in a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    "question", ["who is Fenmoor Bank's CEO", "who is the chief executive of Fenmoor Bank"]
)
def test_another_role_is_not_the_one_asked(news: Engine, question: str) -> None:
    a = news.ask(question)
    assert a.abstained, a.answer
