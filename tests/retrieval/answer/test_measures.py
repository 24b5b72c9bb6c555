"""A number question asks for a particular kind of figure, and a sentence holding another number does not
answer it: "how old" wants an age ("aged 34", "a 34-year-old"), "how long" a span of time or length ("a
48-hour strike", "a 9km line"), "how many people" a number of persons of any kind ("two men"), and a
number joined to its unit ("a 48-hour strike") counts that unit, not the nouns around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.amounts import amount_wording
from retrieval.answer.question import analyze
from retrieval.answer.types import near_numbers
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

THEFT = (
    "Two men have been arrested in connection with the theft of a silver chalice from the Dunmore chapel. "
    "The men, aged 34 and 41, were detained in Carlow on Wednesday, police said. "
    "The chapel's warden said parishioners were relieved by the arrests and made more than 300 calls to a "
    "police hotline."
)
STRIKE = (
    "Ferrylink cancelled all 96 of its sailings on Monday after deckhands began a 72-hour strike over pay. "
    "The company said its vessels would stay in port at Ardmore. "
    "The council approved a 9km cycle path along the harbour wall."
)


@pytest.fixture
def news(tmp_path: Path) -> Engine:
    docs = [
        {"id": "theft", "title": "Arrests over chapel theft", "text": THEFT},
        {"id": "strike", "title": "Ferry strike halts sailings", "text": STRIKE},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_how_old_is_answered_by_an_age_not_by_another_number(news: Engine) -> None:
    a = news.ask("How old are the men arrested over the chapel theft?")
    assert not a.abstained, a.answer
    assert "aged 34 and 41" in a.answer  # (with the sentence it refers back to, as the story tells it)
    assert_verbatim(news, a)


def test_how_long_is_answered_by_a_span(news: Engine) -> None:
    a = news.ask("How long is the cycle path along the harbour?")
    assert not a.abstained, a.answer
    assert "9km cycle path" in a.answer


@pytest.mark.parametrize(
    ("question", "measure"), [("how old is she", "age"), ("How long did the siege last?", "span")]
)
def test_the_measure_adjective_is_how_the_question_asks_not_its_topic(question: str, measure: str) -> None:
    q = analyze(question, Tokenizer())
    assert q.measure == measure
    assert not {"old", "long"} & set(q.terms)


def test_how_many_people_is_answered_by_a_number_of_persons_of_any_kind(news: Engine) -> None:
    a = news.ask("how many people were arrested")
    assert not a.abstained, a.answer
    assert "Two men have been arrested" in a.answer


def test_a_number_joined_to_its_unit_counts_the_unit_not_the_nouns_around_it(news: Engine) -> None:
    tok = Tokenizer()
    assert all(
        "deckhand" not in near for near in near_numbers("after deckhands began a 72-hour strike", tok, 4)
    )
    # 96 counts sailings, 72 counts hours: no number here counts deckhands
    a = news.ask("How many deckhands are on strike at Ferrylink?")
    assert a.abstained, a.answer


def test_how_much_is_it_worth_asks_for_money(tmp_path: Path) -> None:
    text = (
        "Two men have been arrested over the theft of a silver chalice from the Dunmore chapel. "
        "The chalice, which dates from 1620, is valued at about 90,000 pounds."
    )
    news = engine_of(tmp_path, [{"id": "chalice", "title": "Chalice stolen", "text": text}, *filler(12)])
    assert analyze("how much is the chalice worth", Tokenizer()).measure == "money"
    a = news.ask("how much is the chalice worth")
    assert not a.abstained, a.answer
    assert "valued at about 90,000 pounds" in a.answer


def test_how_long_something_lasts_asks_for_the_span_not_the_verb(news: Engine) -> None:
    q = analyze("how long will the Ferrylink strike last", Tokenizer())
    assert q.measure == "span" and "last" not in q.terms
    a = news.ask("how long will the Ferrylink strike last")
    assert not a.abstained, a.answer
    assert "72-hour strike" in a.answer


VANISHED = (
    "Fans of the Larkspur Five gathered in Tenby to remember guitarist Owen Brannick. "
    "Brannick went missing 14 years ago, days before the band was due to tour the United States. "
    "His sister said the family still hoped for news."
)
FOSSILS = (
    "Fossils of a soft-bodied sea creature were found in a quarry near Dunmore. "
    "The fossils were dated to about 480 million years ago, researchers said."
)


def test_the_time_since_an_event_is_no_persons_age(tmp_path: Path) -> None:
    """The time since an event ("N years ago") tells when something happened: the age of a thing
    made then, never the age a person was at an event."""
    docs = [
        {"id": "vanished", "title": "Fans remember missing guitarist", "text": VANISHED},
        {"id": "fossils", "title": "Quarry fossils found", "text": FOSSILS},
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask("how old was Owen Brannick when he went missing")
    assert a.abstained, a.answer
    a = news.ask("how old are the fossils found near Dunmore")
    assert not a.abstained, a.answer
    assert "480 million years ago" in a.answer


def test_a_partitive_counts_the_noun_after_its_description(tmp_path: Path) -> None:
    text = "The company said about 3,100 of the recalled Brightwave steel kettles have been returned so far."
    news = engine_of(tmp_path, [{"id": "kettle", "title": "Kettle recall", "text": text}, *filler(10)])
    a = news.ask("how many kettles have been returned")
    assert not a.abstained and "3,100 of the recalled" in a.answer, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    "question",
    [
        "what was the toll amount for the kessing bridge",
        "whats the amount of the kessing bridge toll",
        "how big is the kessing bridge toll",
    ],
)
def test_an_amount_asked_in_other_words_is_asked_as_how_much(tmp_path: Path, question: str) -> None:
    text = (
        "Drivers crossing the Kessing bridge will pay a toll of $4.50 from March, the county said. "
        "The county expects 12,000 crossings a day."
    )
    engine = engine_of(tmp_path, [{"id": "toll", "title": "Kessing bridge toll", "text": text}, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "$4.50" in a.statements[0].text


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("what was the fine amount", "how much was the fine"),
        ("whats the amount of the fine?", "how much is the fine?"),
        ("how big was the fine", "how much was the fine"),
        ("how big was the pipe", "how big was the pipe"),  # a size, not an amount of money
        ("what is the amount", "what is the amount"),  # of nothing named
    ],
)
def test_amount_wording(asked: str, read: str) -> None:
    assert amount_wording(asked) == read
