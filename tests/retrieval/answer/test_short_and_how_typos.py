"""Chat misspellings read as the words meant: a three-letter word whose vowel was sounded otherwise
("who wun the marathn"), the quantity word after a "how" ("hw mny"), a word the dictionary knows only
as a name after an article ("the mayer"), and chat's "b4"; while a correctly spelt word, and a
function word's chat spelling ("wer"), are read as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import spelled_out
from retrieval.answer.spellings import respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

DOCS = [
    {
        "id": "run",
        "title": "Harbour marathon",
        "text": "Kenyan runner Amos Kiprotich won the Dunmore harbour marathon on Sunday in 2 hours 9 "
        "minutes. About 4,000 runners took part.",
    },
    {
        "id": "mayor",
        "title": "Mayor on the floods",
        "text": "Mayor Ellen Carrow said the city would rebuild the flood wall by autumn. Three people were "
        "hurt when the river burst its banks on Friday.",
    },
    {"id": "zoo", "title": "Zoo rhino", "text": "The rhino at Dunmore zoo is four metres long."},
    {
        "id": "strike",
        "title": "Bus strike",
        "text": "The bus drivers' strike began on Monday, March 2, after talks with the Dunmore Transit "
        "Authority broke down.",
    },
]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [*DOCS, *filler(12)])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who wun the marathn", "Kenyan runner Amos Kiprotich"),
        ("hw mny ppl wer hurt in the flood", "Three people were hurt"),
        ("wat did the mayer say about the flood wall", "Mayor Ellen Carrow said"),
        ("wat happened b4 the strike", "The bus drivers' strike began"),
    ],
)
def test_a_chat_misspelling_is_read_as_the_word_meant(engine: Engine, question: str, said: str) -> None:
    a = engine.ask(question)
    assert not a.abstained and first_statement(a).startswith(said), a.answer
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("who wun the marathn", "who won the marathon"),
        ("wat did the mayer say", "wat did the mayor say"),
        # (a four-letter word's two letters swapped: few words are its own letters)
        ("who will rebuild the flood wlal", "who will rebuild the flood wall"),
    ],
)
def test_the_words_are_respelt_as_meant(engine: Engine, question: str, read: str) -> None:
    assert respelt(question, engine._ctx) == read


@pytest.mark.parametrize(
    ("question", "read"),
    [("hw mny ppl were hurt", "how many ppl were hurt"), ("hw lng did it last", "how long did it last")],
)
def test_a_how_word_is_spelt_out(question: str, read: str) -> None:
    assert spelled_out(question, lambda w: False) == read


@pytest.mark.parametrize(
    "question",
    [
        "how many ppl wer hurt",  # ("wer": one edit from "were", no other word's chat spelling)
        "who ran the marathon",  # (a word the dictionary knows: meant as written)
        "what did mayer say",  # (a name standing alone, no article before it)
        "how long is the rhine",  # (a place's name takes an article: no misspelt "rhino")
        "did anyone wun money",  # (a short word whose reading no sentence holds with another word)
    ],
)
def test_a_word_meant_as_written_stays(engine: Engine, question: str) -> None:
    assert respelt(question, engine._ctx) == question


def test_a_how_word_the_coverage_writes_stays() -> None:
    # ("how mch": a word the coverage uses is meant as written; "how many" is already spelt)
    assert spelled_out("how mch did it cost", lambda w: w == "mch") == "how mch did it cost"
    assert spelled_out("how many were hurt", lambda w: False) == "how many were hurt"
