"""A "when will X VERB" is answered by a sentence telling the act as planned, whatever verb reports the
plan: "voted on Monday to open the line on 9 June", "agreed to reopen it on", not only "will open" or "is
due to". A sentence telling nothing to come still does not answer it. Pinned on made-up corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_REST = (
    " The route runs nine kilometres from the old mill to the marina. "
    "Its contractor, Brannock Civil, finished the track last autumn."
)


def _engine(tmp_path: Path, plan: str) -> Engine:
    """A dated article whose first sentence is ``plan``, and ten dated fillers."""
    docs = [{"id": "ferry", "title": "Ferry link approved", "published": "2027-02-15", "text": plan + _REST}]
    docs += [{**d, "published": f"2027-01-{i + 1:02d}"} for i, d in enumerate(filler(10))]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    "plan",
    [
        "Tollmere's assembly voted 31-4 on Tuesday to open the Harrowgate ferry link to cyclists on 9 June.",
        "Tollmere's assembly agreed on Tuesday to open the Harrowgate ferry link to cyclists on 9 June.",
        "The assembly approved a plan on Tuesday to open the Harrowgate ferry link to cyclists on 9 June.",
    ],
)
@pytest.mark.parametrize(
    "question",
    [
        "When will the Harrowgate ferry link open to cyclists?",
        "When will the ferry link open?",
        "When will the link open to cyclists?",
    ],
)
def test_the_plan_for_the_act_answers_when_it_will_be_done(tmp_path: Path, plan: str, question: str) -> None:
    news = _engine(tmp_path, plan)
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert "9 June" in first_statement(a), a.answer
    assert_verbatim(news, a)


def test_a_past_act_does_not_answer_when_it_will_be(tmp_path: Path) -> None:
    news = _engine(tmp_path, "The Harrowgate ferry link opened to cyclists on Tuesday after a long delay.")
    a = news.ask("When will the Harrowgate ferry link open to cyclists?")
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("When will the ferry link open to cyclists?", ("open",)),
        # a noun of the phrase is none, though it may be a verb elsewhere ("wants to link it")
        ("When will the Harrowgate ferry link open to cyclists?", ("open",)),
        # the object of a preposition is no verb ("go to court": the going)
        ("when will the case go to court", ("go",)),
        ("When does the ferry link open?", ()),
    ],
)
def test_the_verbs_a_when_will_may_ask_about(question: str, verbs: tuple[str, ...]) -> None:
    assert analyze(question, Tokenizer()).ahead == verbs


def test_a_noun_of_the_question_written_as_a_verb_tells_no_plan(tmp_path: Path) -> None:
    # "link" is the question's noun: "wants to link it" is no plan for the opening, which is past
    news = _engine(
        tmp_path,
        "The Harrowgate ferry link opened to cyclists on Tuesday, and the assembly now wants to link it"
        " to the tram network.",
    )
    a = news.ask("When will the Harrowgate ferry link open to cyclists?")
    assert a.abstained, a.answer
