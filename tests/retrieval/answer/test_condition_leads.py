"""A sentence opening on its condition ("If the board cannot say ..., the council should ...", "Should the
sale collapse, ...") tells what would or ought to follow it, nothing that happened or is: it answers no
question that does not itself ask what would, will or may follow; a report with a condition after its
main clause ("said it would appeal if ...") stays a fact, and a speaker's conditional words stay theirs.
Made-up corpus about a harbour board."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_DOCS = [
    {"id": "column", "title": "Opinion: The harbour board owes Portlow answers", "source": "Portlow Review",
     "author": "Nell Arden",
     "text": "The harbour board has had a difficult spring.\n\n"
             "If chair Elsa Brandt cannot explain the dredging contract by the end of the month, the council "
             "should ask whether she is fit to lead the inquiry.\n\n"
             "Should the trawler owners vote to buy the quay back, it will be no victory for the board."},
    {"id": "news", "title": "Harbour board chair to face council", "source": "Portlow Post",
     "text": "Harbour board chair Elsa Brandt will appear before the council's audit panel next week.\n\n"
             "The board said it would appeal if the council cut its dredging budget.\n\n"
             "\"If the channel silts up again, the fleet will leave,\" said skipper Ross Idle."},
]  # fmt: skip


@pytest.fixture(scope="module")
def portlow(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("portlow_if"), [*_DOCS, *filler(10)])


def test_a_condition_dates_nothing(portlow: Engine) -> None:
    # (its "by the end of the month" is the condition's, not the date of anything done)
    a = portlow.ask("When did Elsa Brandt explain the dredging contract?")
    assert a.abstained or "If chair Elsa Brandt" not in first_statement(a), a.answer


def test_a_yes_no_is_not_answered_by_a_hypothetical(portlow: Engine) -> None:
    a = portlow.ask("Did the trawler owners vote to buy the quay back?")
    assert "Should the trawler owners" not in a.answer, a.answer


def test_a_condition_after_a_report_leaves_it_a_fact(portlow: Engine) -> None:
    a = portlow.ask("What did the board say it would do about the dredging budget?")
    assert not a.abstained and "would appeal" in first_statement(a), a.answer


def test_a_speakers_conditional_words_are_theirs(portlow: Engine) -> None:
    a = portlow.ask("What did Ross Idle say about the channel?")
    assert not a.abstained and "the fleet will leave" in first_statement(a), a.answer
