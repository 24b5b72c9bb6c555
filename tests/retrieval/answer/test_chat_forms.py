"""Common chat forms ("r", "u", "govt") are read as the words they stand for, and a title abbreviation
used as a noun ("the capt of the ferry") as its full word (``spellings.chat_spelled``): read as written,
"r" was searched for as a name the coverage lacks and "capt" dropped as a title before a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.spellings import _only_inflected_verb
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FLOOD = {
    "id": "flood",
    "title": "Floods force families from Wrenmoor homes",
    "text": "Families forced from their homes by the Wrenmoor floods are staying at the Ashcombe leisure "
    "centre. "
    "The government fined the Wrenmoor water board 40,000 pounds for failing to clear the drains. "
    "The water board said it would appeal against the fine.",
}

BARGE = {
    "id": "barge",
    "title": "Barge sinks on the Tolley canal",
    "text": "A coal barge sank on the Tolley canal on Monday, blocking the canal for two days. "
    "The captain of the barge, Edwin Marsh, swam to the bank, the canal trust said. "
    "An inquiry into the sinking of the barge will be led by inspector Ruth Hale of the canal trust. "
    "The barge was built in 1961 and carried coal from the pit known as R-12.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("chat"), [FLOOD, BARGE, *filler(12)])


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("where r the families staying", "Families forced from their homes"),
        ("did the govt fine the wrenmoor water board", "The government fined"),
        ("who is the capt of the barge", "The captain of the barge, Edwin Marsh"),
    ],
)
def test_a_chat_form_is_read_as_its_word(engine: Engine, question: str, opening: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert first_statement(a).startswith(opening)
    assert a.question == question  # shown as asked
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    "question", ["where did capt marsh swim to", "what did Capt. Marsh say", "what did the Capt say", "r&b"]
)
def test_a_title_before_a_name_stays_a_title(engine: Engine, question: str) -> None:
    """("capt marsh": the title tells who, the name is what the question gives)"""
    from retrieval.answer.spellings import chat_spelled

    assert chat_spelled(question, engine._ctx) == question


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("who is the insp leading the inquiry", "who is the inspector leading the inquiry"),
        ("whos the det supt", "whos the detective superintendent"),
        ("how old is the barge's capt?", "how old is the barge's captain?"),
    ],
)
def test_a_run_of_titles_before_no_name_is_read_as_words(engine: Engine, question: str, read: str) -> None:
    from retrieval.answer.spellings import chat_spelled

    assert chat_spelled(question, engine._ctx) == read


def test_a_four_ending_the_question_after_a_verb_is_chat_for(tmp_path: Path) -> None:
    """ "suing 4": read as a number, "4" was a figure the coverage must hold (a decline: "I searched it for:
    suing, 4"); after an inflected verb it ends the question as chat's "for" does."""
    text = (
        "Tenants of Harrow Court filed a class action lawsuit against their landlord on Thursday, seeking "
        "$3 million in damages over the flooding. "
        "The flooding damaged the flats of about 4,200 tenants who lived in the towers between January "
        "and March, the landlord said. "
        "The landlord said it would contest the lawsuit."
    )
    news = engine_of(tmp_path, [{"id": "flats", "title": "Tenants sue", "text": text}, *filler(12)])
    a = news.ask("how much r they suing 4")
    assert not a.abstained, a.answer
    assert "$3 million" in first_statement(a), a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("suing", True),
        ("arrested", True),
        ("unit", False),
        ("round", False),
        ("building", False),
        ("vote", False),
    ],
)
def test_only_an_inflected_verb_makes_a_four_after_it_for(word: str, verb: bool) -> None:
    """After a noun or a verb's base form ("in unit 4", "round 4", "block 4") a "4" is a number."""
    assert _only_inflected_verb(word) is verb
