"""A stated date read forward when its clause speaks of what is to come, and back only when the clause's
own tense says so (issue 16): a year-less day or month and a weekday take the side of the publication date
their own clause's verb puts them on, not the side of a past verb of another clause or of an "-ed"
adjective; and a sentence a saying's day heads is listed at that day, not at a coarser or subordinate date
it goes on to name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.timeline.dates import find_dates

THURSDAY = date(2026, 3, 19)
SATURDAY = date(2026, 3, 21)
TUESDAY = date(2026, 3, 17)


def _value(text: str, anchor: date, expr: str) -> str:
    return next(m.value for m in find_dates(text, anchor) if m.text.endswith(expr))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a present modal after a relative clause's or a reporting verb's past: the nearest year, ahead here
        (
            "Passengers, who were stranded for days, can claim through its website from 23 March.",
            "2026-03-23",
        ),
        ("The airline said passengers could claim through its website from 23 March.", "2026-03-23"),
        # twins: the clause's own past puts a day after the article a year back, one before it stays
        ("The airline said passengers claimed through its website from 23 March.", "2025-03-23"),
        ("Passengers were stranded from 13 March.", "2026-03-13"),
    ],
)
def test_a_modal_after_a_past_verb_is_not_told_in_the_past(text: str, value: str) -> None:
    assert _value(text, THURSDAY, "March") == value


@pytest.mark.parametrize(
    ("text", "anchor", "expr", "value"),
    [
        # an "-ed" word after a determiner or "of" is an adjective, no past verb of the clause
        (
            "The operator is expected to run a reduced timetable from Monday.",
            SATURDAY,
            "Monday",
            "2026-03-23",
        ),
        (
            "He will serve two years of supervised release and must report to prison by June 15.",
            date(2026, 5, 11),
            "June 15",
            "2026-06-15",
        ),
        # a future perfect is done by a day still ahead
        ("Every child will have bottled water by Wednesday.", date(2026, 3, 2), "Wednesday", "2026-03-04"),
        # twins: a past verb, or a day told with no marker, is the one before
        ("The operator ran a reduced timetable on Monday.", SATURDAY, "Monday", "2026-03-16"),
        ("The plant opened on Monday.", SATURDAY, "Monday", "2026-03-16"),
        ("Every child had bottled water by Wednesday.", date(2026, 3, 2), "Wednesday", "2026-02-25"),
    ],
)
def test_an_adjective_in_ed_is_no_past_verb(text: str, anchor: date, expr: str, value: str) -> None:
    assert _value(text, anchor, expr) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the end of a span, reached through the noun naming it, is set ahead as "until June" is
        ("He was named acting president until an extraordinary congress in June.", "2026-06"),
        ("He was named acting president until June.", "2026-06"),
        # twin: the "until" clause's own past verb
        ("He stayed in office until she left in June.", "2025-06"),
        ("The plant closed in June.", "2025-06"),
    ],
)
def test_a_month_a_span_lasts_until_is_the_nearest(text: str, value: str) -> None:
    assert _value(text, THURSDAY, "June") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a deadline's "by": the day something is due, ahead of the past verb that set it
        ("Residents were told to leave their homes by June 15.", "2026-06-15"),
        ("Residents were told to leave their homes by June.", "2026-06"),
        # twins: the past perfect tells what had been done by a day, behind the article
        ("The company had repaid the loan by June 15.", "2025-06-15"),
        ("The company had repaid the loan by June.", "2025-06"),
    ],
)
def test_a_deadline_is_the_nearest_unless_told_in_the_past_perfect(text: str, value: str) -> None:
    assert _value(text, THURSDAY, "June" if text.endswith("June.") else "June 15") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb's present after a pronoun is a schedule: the coming day
        ("He takes charge for the first time away at Dunholm City on Saturday.", "2026-03-21"),
        # twins: its past, a verb of saying's present and an auxiliary's are no schedule
        ("He took charge for the first time away at Dunholm City on Saturday.", "2026-03-14"),
        ("She says she resigned on Saturday.", "2026-03-14"),
        ("He has left the club on Saturday.", "2026-03-14"),
    ],
)
def test_a_present_after_a_pronoun_is_a_schedule(text: str, value: str) -> None:
    assert _value(text, TUESDAY, "Saturday") == value


def test_an_irregular_past_closes_the_future_before_it() -> None:
    text = "Oil will keep leaking from the well that blew out on April 20."
    assert _value(text, date(2026, 5, 9), "April 20") == "2026-04-20"


def test_a_week_is_not_counted_from_a_day_of_the_clause_it_opens() -> None:
    anchor = date(2026, 7, 21)
    text = "Western Basin Power disclosed last week that its line recorded a fault on July 11."
    assert _value(text, anchor, "last week") == "2026-07-13"
    # twin: a day the telling is dated by, after the week, is still counted from
    text = "Trump said he expected to sign a deal next week giving the U.S. access on April 17."
    assert _value(text, date(2025, 4, 21), "next week") == "2025-04-21"


# (19 March 2026 is a Thursday)
_STORY = """Airline counts the cost of its outage

Harwick Courier, 19 March 2026

{line}
"""


def _events(tmp_path: Path, line: str) -> list[str]:
    (tmp_path / "outage.txt").write_text(_STORY.format(line=line))
    return [e.date for e in build_engine(tmp_path).timeline().events]


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        # the saying heads the sentence: its day, not a coarser date holding it ...
        ("The airline said on Thursday that it expects to resume all flights this month.", ["2026-03-19"]),
        # ... nor a date of a subordinate clause of what it says
        (
            "The airline said on Thursday that the outage that grounded its fleet last month cost it "
            "40 million pounds.",
            ["2026-03-19"],
        ),
        # twins: the date of what the saying tells, and a saying closing the sentence, its attribution
        ("The airline said on Thursday that flights would resume on Monday.", ["2026-03-23"]),
        # (a relative clause opened before the saying, "who", is no clause of what it says)
        ("Pilots who were stranded said on Thursday they will return to work on Monday.", ["2026-03-23"]),
        (
            "This month's outage cost the airline 40 million pounds, its chief executive said on Thursday.",
            ["2026-03"],
        ),
    ],
)
def test_a_sentence_a_saying_heads_is_at_its_day(tmp_path: Path, line: str, dates: list[str]) -> None:
    assert _events(tmp_path, line) == dates
