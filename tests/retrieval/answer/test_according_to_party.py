""" "According to the guild, how many buses ..." asks the account of a party the articles quote, not of
an outlet: the guild's figure answers, not the company's figure for the same thing, though the guild's
statement is the lead of an article whose headline says the guild says it ("..., guild says") and
names it otherwise ("the drivers' local")."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "echo",
            "source": "Ferncastle Echo",
            "title": "Ridgeway cuts could take 90 buses off the road, guild says",
            "text": "Ridgeway Transit could take about 90 buses off the road, according to the drivers' "
            "local that represents its staff. "
            "The guild said most of the withdrawn buses ran on night routes.",
        },
        {
            "id": "ledger",
            "source": "Orrin Ledger",
            "title": "Ridgeway Transit trims fleet",
            "text": "Ridgeway Transit said it would withdraw 40 buses from service next year, a figure the "
            "guild disputes. "
            "The company blamed rising fuel costs.",
        },
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_the_partys_own_figure_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for question in (
        "according to the guild how many buses will be withdrawn",
        "how many buses will be withdrawn according to the guild",
    ):
        a = engine.ask(question)
        assert not a.abstained, question
        assert "90 buses" in a.answer and "40 buses" not in a.answer, a.answer


def test_without_a_party_the_question_is_answered_as_before(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("how many buses did ridgeway transit say it would withdraw")
    assert not a.abstained
    assert "40 buses" in a.answer


def test_the_partys_quotation_going_on_stays_over_narration_naming_it(tmp_path: Path) -> None:
    docs = [
        {
            "id": "camp",
            "source": "Tarn Sports",
            "title": "Coach wants more time with players",
            "text": 'Coach Ewan Brodie said his squad was short of time. "They get 40 days in camp before '
            'the cup. We get 12 days with our players," he said.\n\n'
            "Coach Ewan Brodie is due to name his 23 players on Friday.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask(
        "how many days in camp will they get before the cup according to ewan brodie"
    )
    assert not a.abstained
    assert "40 days" in a.answer, a.answer
