"""A common noun the coverage writes now and then stands, at the synonyms' discount, for its narrower
nouns that are the coverage's own topics: "was the boat carrying too many people" of a ferry's coverage
is answered by "The ferry was carrying 143 people". The twin asking what the coverage never tells of
the ferry is still declined."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

CAPSIZE = {
    "id": "capsize",
    "title": "Ferry capsizes on the Tarn crossing",
    "text": "The ferry Morwen Lass capsized on the Tarn crossing on Saturday afternoon. "
    "The ferry was carrying 143 people, its chief inspector said. "
    "Divers searched the ferry overnight. "
    "A small boat from the harbour joined the rescue.",
}
INQUIRY = {
    "id": "inquiry",
    "title": "Ferry inquiry opens",
    "text": "The inquiry into the ferry disaster opened in Calder on Monday. "
    "The ferry had been licensed in 2019, the inspector told the inquiry. "
    "Relatives of those on the ferry attended the first day.",
}


@pytest.fixture(scope="module")
def coverage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kinds"), [CAPSIZE, INQUIRY, *filler(12)])


def test_the_broader_noun_for_the_story_topic_answers(coverage: Engine) -> None:
    a = coverage.ask("Was the boat carrying too many people?")
    assert not a.abstained, a.answer
    assert "143 people" in first_statement(a)
    assert_verbatim(coverage, a)


def test_what_the_coverage_never_tells_of_it_is_declined(coverage: Engine) -> None:
    a = coverage.ask("Was the boat carrying too much cargo?")
    assert a.abstained, a.answer


CUP = {
    "id": "cup",
    "title": "Yardley draw holders Tarnside in the cup",
    "text": "Non-league Yardley will host Tarnside in the third round of the cup. "
    "The game is a potential money-spinner for Yardley, who beat Ashby in the second round. "
    "Tickets for the game go on sale on Monday. "
    "The game will be shown live on television.",
}
LEAGUE = {
    "id": "league",
    "title": "Marlow win again",
    "text": "Marlow won their fourth game in a row on Saturday. "
    "The score was level at half-time before Dunn scored twice. "
    "Marlow's next game is away at Fenby.",
}


@pytest.fixture(scope="module")
def sport(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("sport"), [CUP, LEAGUE, *filler(12)])


def test_the_noun_asked_for_takes_no_narrower_topic_for_it(sport: Engine) -> None:
    # a game is a kind of score in WordNet's sense of one, but no score: the coverage never gives it
    a = sport.ask("what was the final score when yardley played tarnside")
    assert a.abstained, a.answer
