"""A "when" about a plan is answered by a time from now ("a final report in 12 to 18 months", "within
two weeks"), which names no date: it was declined as holding no date at all."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

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


_DONE = (
    "Harlow Estates completed its purchase of the Brinmoor mill on Monday. "
    "The mill has stood empty for years."
)
_FORECAST = (
    "The purchase of the Brinmoor mill is expected to be completed by the end of the month, "
    "the council says. "
    "Harlow Estates plans to build flats on the site."
)


def test_a_when_asking_a_forecast_is_answered_by_the_forecast_not_by_what_was_done(tmp_path: Path) -> None:
    # ("is expected to": a forecast, which "completed ... on Monday" does not give; "the end of the month"
    # is a time, read as a date)
    docs = [
        {"id": "done", "title": "Brinmoor mill sold", "text": _DONE},
        {"id": "plan", "title": "Brinmoor mill sale", "text": _FORECAST},
    ]
    engine = engine_of(tmp_path, [*docs, *filler(12)])
    a = engine.ask("when is the purchase of the mill expected to be completed")
    assert not a.abstained, a.answer
    assert "by the end of the month" in first_statement(a), a.answer
    assert_verbatim(engine, a)
