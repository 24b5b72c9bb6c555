"""A weekday something is set for is the coming one; a date that only bounds a span ("since Friday's
storm") dates no event; a year alone before the article's own is background. Made-up copy about a
storm-hit ferry service, published on a Monday."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.dates import find_dates
from retrieval.timeline.index import TimelineIndex

MONDAY = date(2031, 3, 10)  # a Monday


def dated(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, MONDAY) if m.year_known]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ferry crossings to Gullholm were cancelled for Wednesday.", "2031-03-12"),
        ("The harbour board set the inquiry for Friday.", "2031-03-14"),
        ("The regatta was postponed to Saturday because of the swell.", "2031-03-15"),
        ("Organisers moved the regatta to Saturday.", "2031-03-15"),
        ("The hearing is scheduled for Thursday.", "2031-03-13"),
        ("Extra sailings were added for Monday.", "2031-03-10"),  # the publication day itself
    ],
)
def test_a_weekday_something_is_set_for_is_the_coming_one(text: str, value: str) -> None:
    assert [v for _, v in dated(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ferry crossings to Gullholm were cancelled Wednesday.", "2031-03-05"),
        ("Ferry crossings were cancelled on Wednesday.", "2031-03-05"),
        ("The skipper was fined for Saturday's collision.", "2031-03-08"),  # names an event: past
        ("The ferries ran from Wednesday to Friday.", "2031-03-07"),  # a span, not a move
    ],
)
def test_a_bare_weekday_after_a_past_verb_is_the_last_one(text: str, value: str) -> None:
    assert dated(text)[-1][1] == value


def _article(*texts: str, published: date = MONDAY) -> Document:
    sentences = tuple(Sentence("ferry", i, i, t) for i, t in enumerate(texts))
    meta = DocumentMeta(
        doc_id="ferry", title="Ferry service", source="Gullholm Post", url=None, published=published
    )
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(texts))))


def test_a_count_since_a_day_is_not_dated_to_that_day() -> None:
    index = TimelineIndex.build(
        [
            _article(
                "The harbour master said 40 sailings had been cancelled since Friday's storm.",
                "Crossings will stay suspended until Wednesday.",
                "The storm struck on Friday.",
            )
        ]
    )
    assert [(e.date, e.text) for e in index.query().events] == [("2031-03-07", "The storm struck on Friday.")]


def test_a_year_alone_before_the_articles_year_is_background() -> None:
    index = TimelineIndex.build(
        [
            _article(
                "The ferry was refitted last year.",
                "The ferry ran aground on Friday.",
                "More sailings are planned this year.",
                published=date(2031, 2, 3),
            )
        ]
    )
    assert [(e.date, e.background) for e in index.query().events] == [
        ("2030", True),
        ("2031", False),
        ("2031-01-31", False),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day later in the article's year that a past verb set: this year's, not last year's
        ("The harbour board imposed a deadline of March 25 for the repairs.", "2031-03-25"),
        ("The board postponed the inquiry until March 20.", "2031-03-20"),
        # a bound set, hedged ("until at least"), after a past verb: still the day set, ahead
        ("The board said it expected the closure to last until at least March 14.", "2031-03-14"),
        # a past event on a month-day earlier in the year stays in it
        ("The ferry ran aground on March 2.", "2031-03-02"),
        # a past event on a month-day later in the year than the article: last year's
        ("The ferry ran aground on November 2.", "2030-11-02"),
    ],
)
def test_a_month_day_something_is_set_for_is_not_put_a_year_back(text: str, value: str) -> None:
    assert [v for _, v in dated(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # what was allowed or planned is dated by its own day, ahead of the article when that is nearest
        ("Islanders were allowed to return home starting Wednesday.", "2031-03-12"),
        (
            "Judge Ann Vale approved a plan to let customers check their claimed balances from March 18.",
            "2031-03-18",
        ),
        # a past verb telling what already happened still looks back
        ("Ferry service was suspended starting Thursday.", "2031-03-06"),
        ("The ferry sank on March 8.", "2031-03-08"),
    ],
)
def test_a_day_of_what_was_allowed_or_planned_is_the_nearest_one(text: str, value: str) -> None:
    assert dated(text)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The inquiry had been postponed until March 4 and then met.", "2031-03-04"),
        # set for a day now: the coming one
        ("The regatta has been scheduled for Saturday.", "2031-03-15"),
    ],
)
def test_a_day_something_had_been_set_for_is_behind_the_article(text: str, value: str) -> None:
    assert dated(text)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plan in the present tense is the subject's plan now: the coming September
        ("The harbour board now expects to reopen the terminal in September.", "2031-09"),
        ("The operator plans to resume sailings in October.", "2031-10"),
        # a plan reported in the past may have been for a month already gone: the nearest, the past first
        ("The board expected to reopen the terminal in September.", "2030-09"),
    ],
)
def test_a_month_a_plan_in_the_present_tense_names_is_ahead(text: str, value: str) -> None:
    assert dated(text)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a day once set and since moved is no event of its own beside the day it was moved to
        ("The regatta, originally set for March 14, has been moved to March 21.", ["2031-03-21"]),
        ("The inquiry had been scheduled for Thursday but will now sit on Friday.", ["2031-03-14"]),
        # a weekday a plan had been set for, either side of the article, is no event
        ("The regatta had originally been scheduled for Saturday but was called off.", []),
        # a deed told in the past perfect is no plan: both days are events
        ("The skipper had set off on Friday and reached Gullholm on Sunday.", ["2031-03-07", "2031-03-09"]),
    ],
)
def test_a_day_given_up_for_another_is_not_listed(text: str, dates: list[str]) -> None:
    index = TimelineIndex.build([_article(text)])
    assert sorted(e.date for e in index.query().events) == dates


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a day once set or set now, named in the past perfect, is either side of the article: the nearest,
        # never a year taken back for the tense of the setting
        ("The regatta had been scheduled for March 19 but moved to March 26.", ["2031-03-19", "2031-03-26"]),
        ("Organisers said the regatta had been moved to Thursday.", ["2031-03-13"]),
    ],
)
def test_a_day_set_in_the_past_perfect_keeps_the_articles_year(text: str, values: list[str]) -> None:
    assert [v for _, v in dated(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekday that is the subject of a future verb is the coming one
        ("Forecasters said Friday will be calmer.", "2031-03-14"),
        ("Forecasters warned that Saturday could bring gales.", "2031-03-15"),
        ("Thursday is expected to be the windiest day.", "2031-03-13"),
        # ... but not of a past one, or of a past the speaker imagines
        ("The harbour master said Friday was the roughest day.", "2031-03-07"),
        ("Friday could not have gone worse for the crews.", "2031-03-07"),
    ],
)
def test_a_weekday_a_forecast_is_about_is_the_coming_one(text: str, value: str) -> None:
    assert [v for _, v in dated(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # an attribution after the day tells when it was said, not the day's side: the nearest
        ("The harbour board now expects the ferry to dock on March 18, a spokesman said.", ["2031-03-18"]),
        # ... and a day another replaces is either side of now
        (
            "The board now expects the ferry to dock on March 18 rather than March 14, a spokesman said, "
            "because new cases were still being reported.",
            ["2031-03-18", "2031-03-14"],
        ),
        # the clause's own past verb still puts a day ahead of the article a year back
        ("The ferry docked on March 18, a spokesman said.", ["2030-03-18"]),
        ("Officials said the pier opened on March 18.", ["2030-03-18"]),
    ],
)
def test_an_attribution_after_a_day_does_not_take_its_year_back(text: str, values: list[str]) -> None:
    assert [v for _, v in dated(text)] == values


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # business put on a day's agenda, the result holding now: the coming day
        ("The council has added a hearing to Tuesday's agenda.", date(2031, 3, 13), "2031-03-18"),
        ("A vote has been put on Friday's order paper.", MONDAY, "2031-03-14"),
        # an event named by its day is not business put on it
        ("Police have added charges for Tuesday's attack.", date(2031, 3, 13), "2031-03-11"),
    ],
)
def test_a_day_a_plan_or_an_agenda_names_is_read_by_its_grammar(
    text: str, published: date, value: str
) -> None:
    assert [m.value for m in find_dates(text, published) if m.year_known] == [value]


def test_business_put_on_a_day_in_the_bare_past_is_left_undated() -> None:
    """ "placed the item on Tuesday's agenda" in a Thursday article: a Tuesday gone or coming."""
    assert [
        m.value for m in find_dates("The council placed the item on Tuesday's agenda.", date(2031, 3, 13))
    ] == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a weekday a plan had been set for, in the past perfect or as the original plan, is either side of
        # the article (a Saturday article's Monday two days ahead or five behind): the nearest is a guess,
        # of a plan perhaps never kept, so no date
        ("The walkout had been due to start on Monday.", date(2031, 3, 15)),
        ("The regatta had been due to start on Saturday.", MONDAY),
        ("The regatta had originally been scheduled for Saturday but was called off.", MONDAY),
        ("The regatta was originally set for Friday, before the swell.", MONDAY),
    ],
)
def test_a_weekday_a_plan_had_been_set_for_is_left_undated(text: str, published: date) -> None:
    assert [m.value for m in find_dates(text, published) if m.year_known] == []


def test_a_deadline_by_a_day_written_out_is_the_plans_event(tmp_path: Path) -> None:
    """ "is due to report by May 15, 2032" dates what is due; a state reached "by Monday morning" still
    only bounds a span, and a deadline without its year ("by June 1") is not placed."""
    docs = [
        {
            "id": "panel",
            "published": "2032-03-03",
            "title": "Panel named to review Orbury water failures",
            "text": "The independent panel is due to report by May 15, 2032, the council said.\n\n"
            "The council must publish its response by June 1.\n\n"
            "Crews had restored water to most homes by Monday morning.",
        },
        {
            "id": "bridge",
            "published": "2032-03-04",
            "title": "Bridge reopens",
            "text": "The Tarn bridge reopened on Tuesday after repairs.",
        },
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    dates = {e.date: e.text for e in build_engine(tmp_path).timeline().events}
    assert dates["2032-05-15"].startswith("The independent panel is due to report")
    assert "2032-06-01" not in dates
    assert not any("restored" in t for t in dates.values())
