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


def test_a_day_only_naming_what_the_sentence_refers_to_gives_way_to_the_day_it_was_told(
    tmp_path: Path,
) -> None:
    """ "told councillors on Tuesday that details of this month's dredging contract had leaked" is Tuesday's
    testimony (the contract is named by its month, not told); "This month's storm flooded 40 homes, the
    harbour office said on Tuesday" tells the storm, of this month, and is not put on Tuesday."""
    d = _doc(
        "hearing",
        "2031-03-19",  # a Wednesday
        "Harbour director Ines Vale told councillors on Tuesday that details of this month's dredging "
        "contract had leaked before it was signed.\n\n"
        "This month's storm flooded 40 homes on the quay, the harbour office said on Tuesday.",
        "Tarrow Post",
    )
    events = [(day, text[:20]) for day, text, _ in _timeline(tmp_path, d)]
    assert events == [("2031-03", "This month's storm f"), ("2031-03-18", "Harbour director Ine")]


def test_a_day_placing_the_verbs_act_still_dates_it(tmp_path: Path) -> None:
    """ "were vaccinated at Saturday's clinic", "will speak at Thursday's rally": the named day is when the
    act takes place, not a thing referred to, so the saying's day does not take its place."""
    d = _doc(
        "clinic",
        "2031-03-19",  # a Wednesday
        "About 400 children were vaccinated at Saturday's clinic in Tarrow, the health office said on "
        "Monday.\n\n"
        "The minister will speak at Thursday's rally in Tarrow, her office said on Tuesday.",
        "Tarrow Post",
    )
    assert [(day, text[:9]) for day, text, _ in _timeline(tmp_path, d)] == [
        ("2031-03-15", "About 400"),
        ("2031-03-20", "The minis"),
    ]


def test_a_live_entry_naming_an_earlier_days_event_is_news_of_its_stamp(tmp_path: Path) -> None:
    """ "20:40 Police have now confirmed that nine people were arrested after Saturday's match": the
    confirmation is the entry's news, at its stamp on the blog's day, not a line of Saturday's."""
    blog = _doc(
        "blog",
        "2031-03-12",
        "19:05 The Tarrow harbour board has opened its meeting on the quay repairs.\n\n"
        "20:40 Police have now confirmed that nine people were arrested after Saturday's match.",
        "Tarrow Radio",
    )
    events = [(day, text[:11]) for day, text, _ in _timeline(tmp_path, blog)]
    assert events == [("2031-03-12", "19:05 The T"), ("2031-03-12", "20:40 Polic")]


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


def test_an_open_question_dates_nothing(tmp_path: Path) -> None:
    d = _doc(
        "bridge",
        "2031-03-10",
        "The council has not said whether the Tarrow bridge will reopen on Friday.\n\n"
        "Officials didn't say when the depot would close on Thursday.\n\n"
        "The Tarrow ferry will sail on Wednesday.",
        "Tarrow Post",
    )
    assert [(day, text[:15]) for day, text, _ in _timeline(tmp_path, d)] == [
        ("2031-03-12", "The Tarrow ferr")
    ]


def test_a_comparisons_older_figure_dates_nothing(tmp_path: Path) -> None:
    """ "rose to £4.20 from £3.90 a week earlier": the week before is the old fare's, not the rise's."""
    d = _doc(
        "fares",
        "2031-03-13",
        "Tarrow Buses raised its fares on Tuesday.\n\n"
        "The average single fare rose to £4.20 from £3.90 a week earlier, the operator said.",
        "Tarrow Post",
    )
    assert [(day, text[:14]) for day, text, _ in _timeline(tmp_path, d)] == [("2031-03-11", "Tarrow Buses r")]


def test_a_records_yardstick_dates_nothing(tmp_path: Path) -> None:
    """ "the biggest change to the harbour's rules since its old charter was written in 1987": 1987 measures
    the change, it is no event of the vote's sentence."""
    d = _doc(
        "charter",
        "2031-03-13",
        "The council will vote next week on a new charter, the biggest change to the harbour's rules since "
        "its old charter was written in 1987.",
        "Tarrow Post",
    )
    assert [day for day, _, _ in _timeline(tmp_path, d)] == ["2031-03"]


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 19 to 6 on Monday to open the tram line to passengers on 18 April.",
        "The council voted on Monday by 19 votes to 6 to open the tram line on 18 April.",
        "The council voted 7-4 on Monday to open the tram line to passengers on 18 April.",
    ],
)
def test_a_votes_tally_does_not_hide_what_it_voted_to_do(text: str) -> None:
    """The day of what was voted for is the nearest one (ahead of a March article), not the past one a
    year back: "19 to 6" is the tally, not the infinitive that makes the day a plan's."""
    assert [m.value for m in find_dates(text, MONDAY)][-1] == "2031-04-18"
