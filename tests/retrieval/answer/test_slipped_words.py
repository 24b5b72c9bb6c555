"""A misspelling no dictionary knows and the coverage never writes is read as the English word a typing
slip made of it (``spellings._slipped_word``), short or with several English words one edit away: the
key struck beside the meant one ("bkaze": blaze, not "braze"), the reading a sentence holds with the
question's other words, then the one in common use ("srory": story, not "sorry"). Where the bridge
corrects the word to a coverage term, the question is written with that term's spelling, so every
check reads the word the search does. A name the coverage lacks, a word after a name's ("E. coli"),
an agent noun no dictionary lists ("explainer") and a function word's chat spelling stay as written."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.spellings import respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FIRE = {
    "id": "warehouse-fire",
    "title": "Warehouse fire in Dunmore",
    "text": "The fire at the Dunmore grain warehouse burned for six hours before crews put it out, "
    "the county fire service said. "
    "Parents of pupils at the nearby school sued the warehouse owner on Friday over the smoke. "
    "Water samples from the river near the warehouse tested positive for bacteria, the county said.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("slipped"), [FIRE, *filler(12)])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # ("r" lies far from "k": "braze" is no slip)
        ("how long did the bkaze burn", "how long did the blaze burn"),
        # (the coverage lacks both "story" and "sorry": the word in common use)
        ("who wrote the srory about the fire", "who wrote the story about the fire"),
        # (the bridge reads the coverage's "sued" for it: "suing", not "sung", is written)
        ("why are the parents sunig", "why are the parents suing"),
    ],
)
def test_a_slip_is_read_as_the_word_meant(engine: Engine, typed: str, meant: str) -> None:
    assert respelt(typed, engine._ctx) == meant


def test_a_slipped_word_is_answered_as_spelt_right(engine: Engine) -> None:
    right = engine.ask("how long did the blaze burn")
    typed = engine.ask("how long did the bkaze burn")
    assert not typed.abstained and first_statement(typed) == first_statement(right), typed.answer
    assert "six hours" in first_statement(typed)
    assert_verbatim(engine, typed)


@pytest.mark.parametrize(
    "question",
    [
        "how many samples tested positive for E. coli",  # (the rest of a name, no "coil")
        "what did pryse say",  # (asked as someone: a name the coverage lacks)
        "how long colud the fire burn",  # (a function word's chat spelling, no "cloud")
        "what did the explainer say",  # (an agent noun of a verb, no "explained")
    ],
)
def test_no_name_nor_function_word_is_read_as_a_slip(engine: Engine, question: str) -> None:
    assert respelt(question, engine._ctx) == question
