"""A question asking what came of something ("what did the review conclude", "what was the outcome of
the ballot", "who won the by-election", "what did the hearing decide") declines when the coverage tells
that thing only as still to come ("will lead an independent review", "its planned ballot", "a hearing is
scheduled for June"): a plan says nothing of its outcome. Told as done, it answers. Pinned on made-up
twin corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from retrieval.answer.outcome import outcome_to_come
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_PLANNED = (
    "The harbour board said retired judge Oskar Lenz will lead an independent review of the dredging "
    "contract. "
    "The dockers' union said it would ballot members on strike action over the dredging contract. "
    "A tribunal hearing on the dredging contract is scheduled for 14 June. "
    "The council seat left empty by Ada Moss will be filled at a by-election in July."
)
_DONE = (
    "The review led by Oskar Lenz concluded that the dredging contract had been awarded without a "
    "proper tender. "
    "Members of the dockers' union backed strike action by 212 votes to 40 in the ballot. "
    "The tribunal hearing decided that the dredging contract must be re-tendered. "
    "Priya Holm won the by-election for the council seat with 1,204 votes."
)
_QUESTIONS = (
    "What did Oskar Lenz's review conclude?",
    "What was the outcome of the strike ballot?",
    "What did the tribunal hearing decide?",
    "Who won the by-election?",
)


def _engine(tmp_path: Path, done: bool) -> Engine:
    """The coverage of the plans, with what came of them when ``done``."""
    docs = [
        {"id": "plans", "title": "Harbour board orders review", "published": "2026-05-04", "text": _PLANNED}
    ]
    if done:
        docs.append({"id": "done", "title": "Review findings", "published": "2026-07-20", "text": _DONE})
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    return engine_of(tmp_path, docs)


def test_an_outcome_told_only_as_to_come_declines(tmp_path: Path) -> None:
    engine = _engine(tmp_path, done=False)
    for question in _QUESTIONS:
        a = engine.ask(question)
        assert a.abstained, (question, a.answer)


def test_an_outcome_told_as_done_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, done=True)
    expected = ("without a proper tender", "212 votes to 40", "must be re-tendered", "Priya Holm")
    for question, words in zip(_QUESTIONS, expected, strict=True):
        a = engine.ask(question)
        assert not a.abstained and words in first_statement(a), (question, a.answer)


def test_a_relative_clause_to_come_leaves_the_outcome_done(tmp_path: Path) -> None:
    """The future in a relative clause between commas is that clause's own ("which will meet again in
    May"), and the asked act's past form ("decided") tells it done; its own auxiliaries still put it to
    come ("is set to be decided")."""
    t = Tokenizer()
    inquiry = (
        "The inquiry, which is due to publish its full report next year, found that the deal was flawed."
    )
    assert outcome_to_come("What did the inquiry find?", inquiry, t) == ""
    hearing = "The hearing, which was delayed twice, will take place in May."
    assert outcome_to_come("What did the hearing decide?", hearing, t) == "the hearing"
    panel = "The case is set to be decided by the panel in May."
    assert outcome_to_come("What did the panel decide?", panel, t) == "the panel"
    text = "The harbour board, which will meet again in May, decided to cancel the dredging contract."
    docs = [{"id": "board", "title": "Harbour board decides", "published": "2026-05-04", "text": text}]
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    a = engine_of(tmp_path, docs).ask("What did the harbour board decide?")
    assert not a.abstained and "cancel the dredging contract" in first_statement(a), a.answer
