"""A noun a question binds to a named owner ("what is Vela Brandt's salary", "the rating for Norrik")
is not given by a sentence that never names that owner and writes the noun as another name's
("Osterholm's contract sets a base salary of ...", "a rating on Tesk"): its figure is the other one's,
and the question, which the coverage does not answer, was answered with it. A sentence naming the
owner, or writing the noun as no named one's ("his salary"), still answers."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

PAY = (
    "The shipping firm Calder Lines named Jonas Osterholm as chief executive on Monday. "
    "Osterholm's contract sets a base salary of $900,000 a year, a filing showed. "
    "Finance chief Vela Brandt will run the firm's audit committee until March."
)
RATING = (
    "Analyst Ruth Ambler of Pell Capital raised her rating on Tesk to buy from hold on Tuesday. "
    "Shares of Norrik, a smaller rival, were flat."
)


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": "Calder Lines news", "text": text}, *filler(12)])


def test_another_named_owners_salary_does_not_answer(tmp_path: Path) -> None:
    engine = _engine(tmp_path, PAY)
    a = engine.ask("what is vela brandt's salary")
    assert a.abstained, a.answer
    assert "900,000" not in a.answer


def test_the_owners_own_salary_still_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, PAY)
    a = engine.ask("what is osterholm's salary")
    assert not a.abstained, a.answer
    assert "900,000" in first_statement(a)


def test_a_pronoun_owner_may_be_the_asked_one(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        "Finance chief Vela Brandt joined Calder Lines in 2019. "
        "Calder's board set her salary at $640,000 a year, a filing showed.",
    )
    a = engine.ask("what is vela brandt's salary")
    assert not a.abstained, a.answer
    assert "640,000" in first_statement(a)


def test_a_rating_on_another_company_does_not_answer_for_the_asked_one(tmp_path: Path) -> None:
    engine = _engine(tmp_path, RATING)
    a = engine.ask("what is pell capital's rating for norrik")
    assert a.abstained, a.answer


def test_the_rating_on_the_asked_company_still_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, RATING)
    a = engine.ask("what is pell capital's rating for tesk")
    assert not a.abstained, a.answer
    assert "buy" in first_statement(a)


def test_an_owner_asked_by_of_is_not_read_against_a_possessive(tmp_path: Path) -> None:
    # "the allies of the Vessians" may be "Doran's allies": a possessive of another form names no rival
    engine = _engine(
        tmp_path,
        "The Vessians marched north in May. Doran's hill allies then raided the valley forts at night.",
    )
    a = engine.ask("what did the hill allies of the vessians do")
    assert not a.abstained, a.answer
    assert "raided" in a.answer
