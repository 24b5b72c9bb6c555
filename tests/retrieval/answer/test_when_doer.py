"""A "when did/will X VERB" asks when X did it: a sentence dating the verb said of something else ("a fare
increase of 25 cents starting in July" for when the bus strike started) does not answer, unless it or a
sentence beside it holds X (a pronoun of it may refer to X)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import analyze
from retrieval.answer.scoring import _doer
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BUSES = (
    "Bus drivers in Carrow are on strike over pay, the union said. "
    "Thousands of commuters were left stranded across the city. "
    "Officials said replacement coaches would run on the main routes. "
    "Separately, the transit authority approved a fare increase of 25 cents starting in July. "
    "The authority said the money would pay for new buses."
)


@pytest.mark.parametrize(
    ("question", "doer"),
    [
        ("When did the bus strike start?", ("strike", "start")),
        ("when will the pool reopen", ("pool", "reopen")),
        ("when will the fare increase start", ("increas", "start")),
        ("when is the last time a fumble happened in a cup final", ("", "")),  # no verb after the noun
    ],
)
def test_the_noun_a_when_asks_about(question: str, doer: tuple[str, str]) -> None:
    assert _doer(analyze(question, Tokenizer())) == doer


@pytest.mark.parametrize(
    ("question", "done"),
    [
        ("when did the bus strike start", "start"),
        # a compound of nouns that can be verbs: the verb is the word after it
        ("when did the arlo harbour line run again", "run"),
    ],
)
def test_the_verb_a_did_asks_about(question: str, done: str) -> None:
    assert analyze(question, Tokenizer()).done == done


def test_a_date_of_the_verb_said_of_something_else_does_not_answer(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "bus", "title": "Carrow drivers walk out", "text": BUSES}, *filler(12)]
    )
    a = news.ask("When did the bus strike start?")
    assert a.abstained, a.answer
    a = news.ask("When does the fare increase start?")
    assert not a.abstained and "starting in July" in a.answer, a.answer
    assert_verbatim(news, a)


def test_a_lead_names_the_doer_through_its_headline(tmp_path: Path) -> None:
    """A lead is read under its headline: "Alan Mercer ... resigned on Thursday" under "Harbour board
    chairman quits" says when the chairman resigned, ahead of an opinion piece's sentence on the next
    chairman's deadline."""
    lead = (
        "KESTREL — Alan Mercer, who ran the Kestrel Harbour board for six years, resigned on Thursday after "
        "a vote of no confidence. Mercer did not give a reason in his letter. Deputy chair Ruth Oyelaran "
        "will act in his place."
    )
    opinion = (
        "Mercer's resignation changes little on its own. The next chairman must publish the harbour "
        "accounts within 30 days of taking over. Dredging costs have doubled since 2019."
    )
    news = engine_of(
        tmp_path,
        [
            {"id": "quits", "title": "Harbour board chairman quits", "text": lead},
            {"id": "opinion", "title": "Opinion: the harbour needs daylight", "text": opinion},
            *filler(12),
        ],
    )
    a = news.ask("when did the chairman resign")
    assert not a.abstained and "resigned on Thursday" in first_statement(a), a.answer
    assert_verbatim(news, a)
