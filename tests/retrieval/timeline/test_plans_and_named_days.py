"""Dates never invented (issue 16): a plan for a day is not the act another outlet reports done that day; a
day that only names what a sentence refers to ("details of this month's contract", "after Saturday's
match") does not date the sentence's own news, which its saying's day or its live entry's stamp does;
"will proceed on Thursday" is ahead ("proceed" is no past tense); an open question ("has not said whether
the bridge will reopen on Friday") dates nothing; nor does a comparison's older figure ("rose to £4.20
from £3.90 a week earlier") or a record's yardstick. Made-up copy about a harbour town."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.timeline.dates import find_dates

MONDAY = date(2031, 3, 10)  # a Monday


def _timeline(
    tmp_path: Path, *docs: dict[str, str], topic: str | None = None
) -> list[tuple[str, str, list[str]]]:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return [
        (e.date, e.text, [c.doc_id for c in e.citations])
        for e in build_engine(tmp_path).timeline(topic).events
    ]


def _doc(doc_id: str, published: str, text: str, source: str) -> dict[str, str]:
    return {"id": doc_id, "published": published, "source": source, "title": f"Tarrow {doc_id}", "text": text}


def test_a_plan_for_a_day_is_not_cited_for_another_outlets_act_that_day(tmp_path: Path) -> None:
    """ "A food distribution will take place on Saturday" (told on the Monday before) and "volunteers
    distributed 600 parcels on Saturday" (told after it) share the day, the place and the act's stem, but
    the first tells a plan: cited for the act, it would say the handout happened."""
    plan = _doc(
        "plan",
        "2031-03-10",
        "A free food distribution will take place at the Tarrow library on Saturday, the council said.",
        "Tarrow Post",
    )
    act = _doc(
        "act",
        "2031-03-17",
        "Volunteers distributed 600 food parcels at the Tarrow library on Saturday, the council said.",
        "Harbour Courier",
    )
    events = _timeline(tmp_path, plan, act)
    assert [(d, cites) for d, _, cites in events] == [("2031-03-15", ["plan"]), ("2031-03-15", ["act"])]


def test_two_outlets_telling_one_plan_are_one_event(tmp_path: Path) -> None:
    first = _doc(
        "first",
        "2031-03-10",
        "The Tarrow ferry will resume sailings on Thursday, the operator said.",
        "Tarrow Post",
    )
    second = _doc(
        "second", "2031-03-11", "The Tarrow ferry will resume its sailings on Thursday.", "Harbour Courier"
    )
    assert [(d, sorted(cites)) for d, _, cites in _timeline(tmp_path, first, second)] == [
        ("2031-03-13", ["first", "second"])
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The appeal will proceed on Thursday, the court said.", "2031-03-13"),
        ("Her deputy will succeed her on Friday.", "2031-03-14"),
        ("The ferry won't sail on Friday.", "2031-03-14"),
        ("The library is hoping to reopen on Thursday.", "2031-03-13"),
    ],
)
def test_a_weekday_after_a_future_is_the_coming_one(text: str, value: str) -> None:
    """ "proceed", "succeed" end like a past tense and are none; "won't" and "is hoping to" tell the
    future as "will" and "hopes to" do."""
    assert [m.value for m in find_dates(text, MONDAY)] == [value]
