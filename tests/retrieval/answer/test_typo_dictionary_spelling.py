"""Two misspellings the coverage's own vocabulary did not read (``spellings.respelt``): a key struck
twice in a word of one vowel ("bllast", "stafff"), taken for a chat contraction, which never has a
letter too many, so its shorter spellings were never tried; and a misspelling of an English word the
coverage writes only in other words ("skippper" where it writes "captain", "harrbor" where it writes
"harbour"), which no corpus word is one edit from: read as the dictionary's word it is one edit from,
it is bridged as that word is. A name the coverage lacks stays one (the bot declines), and a word the
dictionary knows is meant as written."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.spellings import respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

MILL = {
    "id": "mill",
    "title": "Four hurt in blast at Orvell mill",
    "text": "The blast at the Orvell mill injured four workers on Tuesday, the fire service said. "
    "The mill employs about 300 staff, most of them from the town. "
    "The captain of the barge Marwen, Ilse Brandt, moored beside the mill, said she heard the explosion. "
    "Harbour master Tobias Reed said the quay would stay closed until Friday. "
    "Cushions and blankets were handed out to the families at the town hall.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("mill"), [MILL, *filler(12)])


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        # a key struck twice in a word of one vowel
        ("how many were hurt in the bllast", "how many were hurt in the blast"),
        ("how many stafff work at the mill", "how many staff work at the mill"),
        # an English word the coverage writes otherwise ("captain", "harbour")
        ("who is the skippper of the marwen", "who is the skipper of the marwen"),
        ("who is the harrbor master", "who is the harbor master"),
        # a name the coverage lacks is no English word one edit away ("pillow": cushions)
        ("what did pellow say", "what did pellow say"),
        # a word the dictionary knows, however rare, is meant as written
        ("was the quay dredged", "was the quay dredged"),
    ],
)
def test_misspellings_are_read_as_the_word_meant(engine: Engine, asked: str, read: str) -> None:
    assert respelt(asked, engine._ctx) == read


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("how many people were hurt in the bllast", "The blast at the Orvell mill injured four workers"),
        ("who is the skippper of the marwen", "The captain of the barge Marwen, Ilse Brandt"),
        ("whos the harrbor master", "Harbour master Tobias Reed"),
    ],
)
def test_a_misspelt_question_is_answered_as_spelt_right(engine: Engine, question: str, opening: str) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert first_statement(a).startswith(opening), a.answer
    assert_verbatim(engine, a)


def test_a_name_the_coverage_lacks_is_declined(engine: Engine) -> None:
    assert engine.ask("what did pellow say about the blast").abstained


def test_a_misspelt_asking_verb_asks_what_the_word_meant_asks(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "who wrrote the story about the flood": respelt as "who wrote ...", the question asks for the
    article's writer (``meta_kind`` of the respelt question), not for someone the story mentions."""
    flood = {
        "id": "courier-flood",
        "source": "Dunmore Courier",
        "author": "Isolde Ferrant",
        "title": "River Tain bursts its banks at Dunmore",
        "text": "The River Tain burst its banks at Dunmore on Tuesday, flooding forty homes. "
        "Mayor Anton Pell said the flood was the worst the town had seen. "
        "Residents wrote to the council in March asking for flood defences.",
    }
    news = engine_of(tmp_path_factory.mktemp("flood"), [flood, *filler(12)])
    a = news.ask("who wrrote the story about the flood")
    assert not a.abstained, a.answer
    assert "Isolde Ferrant" in a.answer, a.answer
