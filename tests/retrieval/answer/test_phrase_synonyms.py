"""A question's word that the coverage writes as a synonym of several words WordNet lists ("resign" as
"stepped down", "cancel" as "called the strike off"): the phrase, found in a row in the coverage, counts
as the word. Its words written apart, or another word of the phrase's, say nothing."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BOARD = {
    "id": "board",
    "title": "Harrow Mills chief quits",
    "published": "2026-03-02",
    "text": "Harrow Mills chief executive Ines Marsh stepped down on Friday after the audit.\n\n"
    "The dockers' union called the planned strike off on Sunday after a late pay offer.\n\n"
    "The mill's new kiln opened in Dunmore on Monday.",
}

APART = {
    "id": "apart",
    "title": "Harrow Mills audit",
    "published": "2026-03-02",
    "text": "Harrow Mills chief executive Ines Marsh took a step toward the door and sat down on Friday.\n\n"
    "The mill's deputy chair, Ola Brandt, stepped down in May.\n\n"
    "The mill's new kiln opened in Dunmore on Monday.",
}


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("board"), [BOARD, *filler(12)])


@pytest.fixture(scope="module")
def apart(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("apart"), [APART, *filler(12)])


def test_a_word_is_answered_by_its_phrase_synonym(board: Engine) -> None:
    """ "resign" is "step down" in WordNet; the coverage writes "stepped down"."""
    a = board.ask("When did Ines Marsh resign?")
    assert not a.abstained, a.answer
    assert "stepped down" in first_statement(a)
    assert_verbatim(board, a)


def test_a_particle_verb_takes_its_object_between(board: Engine) -> None:
    """ "cancel" is "call off", written with the object inside ("called the planned strike off")."""
    a = board.ask("Did the union cancel the strike?")
    assert not a.abstained, a.answer
    assert "called the planned strike off" in first_statement(a)
    assert_verbatim(board, a)


def test_the_phrase_words_apart_say_nothing(apart: Engine) -> None:
    """ "a step toward the door and sat down" is no stepping down, though the coverage writes "stepped
    down" of another: the index holds words, and the sentence would hold "step" as the phrase's."""
    a = apart.ask("When did Ines Marsh resign?")
    assert a.abstained, a.answer


def test_an_acronym_stands_only_for_the_phrase_it_spells(board_coo: Engine) -> None:
    """WordNet lists "chief operating officer" with "CEO"; the letters spell another phrase."""
    a = board_coo.ask("Who is the CEO of Harrow Mills?")
    assert a.abstained, a.answer


COO = {
    "id": "coo",
    "title": "Harrow Mills audit",
    "published": "2026-03-02",
    "text": "Harrow Mills chief operating officer Tomas Reid said the audit would finish in April.\n\n"
    "The mill's new kiln opened in Dunmore on Monday.",
}


@pytest.fixture(scope="module")
def board_coo(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("coo"), [COO, *filler(12)])


VOTE = {
    "id": "vote",
    "title": "Dunmore college head stays",
    "published": "2026-03-04",
    "text": "Dunmore College principal Ines Marsh said she would not step down over the grading scandal.\n\n"
    "Students resigned from the college council in protest on Monday.\n\n"
    "The college's new library opened in Dunmore on Monday.",
}


@pytest.fixture(scope="module")
def vote(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("vote"), [VOTE, *filler(12)])


def test_a_word_the_coverage_writes_of_others_counts_in_its_phrase_too(vote: Engine) -> None:
    """ "resigned" is written of the students; Marsh's "step down" still says whether she resigns."""
    a = vote.ask("Is Ines Marsh going to resign?")
    assert not a.abstained, a.answer
    assert "would not step down" in first_statement(a)
    assert_verbatim(vote, a)
