"""A "when" about a plan is answered by a time from now ("a final report in 12 to 18 months", "within
two weeks"), which names no date: it was declined as holding no date at all."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

INQUIRY = (
    "The harbour authority opened an inquiry into the collapse of the Eastgate pier on Monday. "
    "The authority expects to publish its findings in six to nine months. "
    "Engineers will inspect the other two piers within two weeks."
)


def test_a_when_about_a_plan_is_answered_by_a_time_from_now(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "pier", "title": "Eastgate pier inquiry", "text": INQUIRY}, *filler(12)]
    )
    for question, said in (
        ("when are the findings of the eastgate pier inquiry expected", "in six to nine months"),
        ("when will engineers inspect the other piers", "within two weeks"),
    ):
        a = engine.ask(question)
        assert not a.abstained, question
        assert said in a.answer
        assert_verbatim(engine, a)


def test_a_time_from_now_does_not_answer_what_date(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "pier", "title": "Eastgate pier inquiry", "text": INQUIRY}, *filler(12)]
    )
    assert engine.ask("what date will engineers inspect the other piers").abstained
