"""A person's age told in the sentence after the one naming them, of whom it refers back to ("Now 58,
she ...", "The 47-year-old ...", "She is 72 and ..."): news names a person first and gives the age
next, in a sentence that holds none of the question's words. An age later in such a sentence may be
someone else's ("He plans to travel with his wife, 61")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DOCS = [
    (
        "bakery",
        "Baker marks anniversary",
        "Marta Quell has run the bakery on Mill Street since 1995. Now 58, she still starts work at four "
        "every morning. Her son handles the deliveries.",
    ),
    (
        "market",
        "Traders move into the market hall",
        "A dozen traders have signed leases in the old market hall. Luis Ortega opened his third "
        "restaurant there on Friday. The 47-year-old trained in Valencia before moving north.",
    ),
    (
        "show",
        "Farmer wins county prize",
        "The county show's top prize went to dairy farmer Colm Reddy. At 63, he has farmed the same land "
        "all his life. His herd numbers 120 cows.",
    ),
    (
        "grocer",
        "Grocer retires",
        "Grocer Tom Fane closed his shop on Monday. He plans to travel with his wife, 61, who ran the tills.",
    ),
]


@pytest.fixture
def news(tmp_path: Path) -> Engine:
    docs = [{"id": i, "title": t, "text": x} for i, t, x in DOCS]
    return engine_of(tmp_path, [*docs, *filler(12)])


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("How old is Marta Quell?", "Now 58, she"),
        ("how old is luis ortega", "The 47-year-old"),
        ("How old is Colm Reddy?", "At 63, he"),
    ],
)
def test_an_age_in_the_next_sentence_of_whom_it_refers_to(news: Engine, question: str, age: str) -> None:
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert age in a.answer
    assert_verbatim(news, a)


def test_an_age_beside_another_noun_is_not_the_persons(news: Engine) -> None:
    assert news.ask("How old is Tom Fane?").abstained
