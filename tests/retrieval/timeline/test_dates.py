"""Temporal expressions: every kind the timelines rely on, and the traps that must not become dates."""

from __future__ import annotations

from datetime import date

import pytest

from retrieval.timeline.calendar import nearest_year, resolve
from retrieval.timeline.dates import find_dates
from retrieval.timeline.expressions import DateMention

MONDAY = date(2025, 4, 21)  # a Monday (Easter Monday 2025)


def only(text: str, anchor: date | None = MONDAY) -> DateMention:
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: date | None = MONDAY) -> list[str]:
    return [m.value for m in find_dates(text, anchor)]


# --------------------------------------------------------------------------- full dates


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The photo was taken on Dec. 4, 2024, in Brussels.", "Dec. 4, 2024", "2024-12-04"),
        ("The IPI said her death on Sept. 19, 2024 exposed abuse.", "Sept. 19, 2024", "2024-09-19"),
        ("The rig exploded on 20 April 2009, killing 11.", "20 April 2009", "2009-04-20"),
        ("The rig exploded on April 20, 2009, killing 11.", "April 20, 2009", "2009-04-20"),
        ("Filed 2009-04-20 by the agency.", "2009-04-20", "2009-04-20"),
        ("It happened on the 3rd of March 2011.", "3rd of March 2011", "2011-03-03"),
        ("It happened on March 3rd, 2011.", "March 3rd, 2011", "2011-03-03"),
        ("IT HAPPENED ON MARCH 3, 2011.", "MARCH 3, 2011", "2011-03-03"),
    ],
)
def test_full_dates_keep_their_stated_year(text: str, expr: str, value: str) -> None:
    m = only(text)
    assert (m.text, m.value, m.precision, m.kind) == (expr, value, "day", "explicit")
    assert text[m.start : m.end] == m.text


def test_full_dates_need_no_anchor() -> None:
    assert values("Elected on 20 April 2009.", None) == ["2009-04-20"]


# --------------------------------------------------------------------------- month-days, year inferred


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rubio spoke in Paris on April 18.", "2025-04-18"),
        ("Talks are set for June 2 in Istanbul.", "2025-06-02"),
        ("The talks took place on June 2 in Istanbul.", "2024-06-02"),  # the past tense rules out June ahead
        ("Delegates meet again on June 2 in Istanbul.", "2025-06-02"),  # no tense: six weeks ahead is nearer
        ("Trump spoke to Maria Bartiromo on March 9.", "2025-03-09"),
        ("He arrived on 20 April.", "2025-04-20"),
        ("The deal was signed on December 20.", "2024-12-20"),  # the past is nearer than next December
    ],
)
def test_month_day_takes_the_year_nearest_the_anchor(text: str, value: str) -> None:
    m = only(text)
    assert (m.value, m.precision, m.kind, m.year_known) == (value, "day", "partial", True)


def test_month_day_near_new_year_crosses_into_the_adjacent_year() -> None:
    assert values("The vote was held on December 28.", date(2026, 1, 3)) == ["2025-12-28"]
    assert values("The vote is due on January 5.", date(2025, 12, 30)) == ["2026-01-05"]


def test_month_day_without_anchor_keeps_an_unknown_year() -> None:
    m = only("The talks took place on June 2 in Istanbul.", None)
    assert (m.value, m.year_known, m.month, m.day, m.date) == ("XXXX-06-02", False, 6, 2, None)
    assert resolve(m, date(2025, 7, 16)).value == "2025-06-02"


def test_day_range_gives_the_first_day_and_keeps_the_last() -> None:
    m = only("After convening in Brussels on April 3 and 4, NATO demanded an answer.", date(2025, 4, 6))
    assert (m.text, m.value, m.range_end) == ("April 3 and 4", "2025-04-03", "2025-04-04")
    m = only("The summit ran 24-25 October 2023.", None)
    assert (m.value, m.range_end) == ("2023-10-24", "2023-10-25")


def test_abbreviated_month_without_period() -> None:
    assert values("Markets fell on Sept 19.", date(2024, 9, 25)) == ["2024-09-19"]


# --------------------------------------------------------------------------- weekday + date consistency


def test_weekday_and_date_fix_the_year_near_the_anchor() -> None:
    # April 21 is a Monday in 2014 and 2025: the anchor's neighbourhood decides
    assert values("Putin told a reporter Monday (April 21) via NBC News.", date(2025, 4, 22)) == [
        "2025-04-21"
    ]
    assert values("Putin told a reporter Monday (April 21) via NBC News.", date(2014, 5, 1)) == ["2014-04-21"]


def test_weekday_and_date_without_a_stated_date_before_them_stay_open() -> None:
    # a weekday names no year (April 21 is a Monday in 2014, 2025, 2031): 2022 stated after it fixes none
    text = "Putin spoke Monday (April 21) on state TV. The war began in February 2022."
    found = find_dates(text, None)
    assert [(m.text, m.value) for m in found] == [
        ("Monday (April 21)", "XXXX-04-21"),
        ("February 2022", "2022-02"),
    ]


def test_weekday_and_date_without_any_year_stay_open_but_keep_the_weekday() -> None:
    m = only("Putin spoke Monday (April 21) on state TV.", None)
    assert (m.year_known, m.weekday) == (False, 0)
    # a neighbour dated in 2025 resolves it to the 2025 Monday, not the nearest April 21 of 2024
    assert resolve(m, date(2025, 1, 10)).value == "2025-04-21"


def test_year_helpers() -> None:
    assert nearest_year(4, 21, date(2025, 4, 30), weekday=0) == 2025
    assert nearest_year(3, None, date(2025, 4, 6)) == 2025


def test_british_weekday_date() -> None:
    m = only("Voters go to the polls on Sunday 19 November.", date(2023, 11, 15))
    assert (m.text, m.value, m.weekday) == ("Sunday 19 November", "2023-11-19", 6)


# --------------------------------------------------------------------------- months and years


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Putin launched an invasion in February 2022.", "February 2022", "2022-02"),
        ("The deal was hashed out early in March, officials said.", "early in March", "2025-03"),
        ("Nothing happened until January this year.", "January this year", "2025-01"),
        ("The inquiry began hearing evidence in June.", "June", "2024-06"),
        ("Elections are expected in late 2024.", "late 2024", "2024"),
        ("He was first elected in 2010.", "2010", "2010"),
        ("The bill was tabled in the autumn of 2021.", "autumn of 2021", "2021"),
        ("The mill was built in 1831 as a retreat.", "1831", "1831"),
        ("Markets fell sharply in DECEMBER 2008.", "DECEMBER 2008", "2008-12"),
    ],
)
def test_months_and_years(text: str, expr: str, value: str) -> None:
    m = only(text)
    assert (m.text, m.value) == (expr, value)
    assert m.precision == ("month" if len(value) == 7 else "year")


def test_bare_month_in_the_anchor_month_is_this_month() -> None:
    assert values("Talks resumed in April.") == ["2025-04"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a future no reporter shifts puts a bare month after the anchor, however far
        ("Fares will rise by 25 cents starting in January.", "2026-01"),
        ("The cost will be covered by a fare increase starting in January.", "2026-01"),
        ("A vote on the bill is expected in June.", "2025-06"),
        ("The new line is scheduled to open in December.", "2025-12"),
        # a participle after a past "be", and a reported plan, stay in the past
        ("The new line was opened in December.", "2024-12"),
        ("He said he was expected to sign the deal in December.", "2024-12"),
        # nor is a participle after a present "remain" or "stay": the nearest year, ahead here
        ("Private cars remain banned from the bridge until the reopening in late August.", "2025-08"),
        ("The road stays closed until August.", "2025-08"),
    ],
)
def test_bare_month_takes_the_side_of_its_tense(text: str, value: str) -> None:
    assert values(text) == [value]


def test_a_day_naming_a_thing_takes_the_nearest_year_whatever_the_tense() -> None:
    # the past tense tells of the deadline, not of the day: June 30 is the coming one
    assert values("Stiles said that the June 30 closing date had not changed.") == ["2025-06-30"]
    assert values("The plant closed on June 30.") == ["2024-06-30"]


def test_later_than_compares_and_dates_nothing() -> None:
    assert values("The furnace was shut down on April 10, a week later than the company had planned.") == [
        "2025-04-10"
    ]


# --------------------------------------------------------------------------- relative to the anchor


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russian President Vladimir Putin on Monday said he is open to talks.", "2025-04-21"),
        ("Later on Monday, Trump told reporters he will share details.", "2025-04-21"),
        ("Trump posted early on Monday that he hoped for a deal.", "2025-04-21"),
        ("The minister resigned on Friday.", "2025-04-18"),
        ("The minister resigned last Friday.", "2025-04-18"),
        ("The minister will travel to Kyiv on Thursday.", "2025-04-24"),
        ("The match kicks off on Saturday.", "2025-04-26"),
        ("Ministers meet next Monday.", "2025-04-28"),
        ("Officials said yesterday that the talks had failed.", "2025-04-20"),
        ("The vote takes place tomorrow.", "2025-04-22"),
        ("Three days ago the ceasefire collapsed.", "2025-04-18"),
    ],
)
def test_weekdays_and_day_deixis_resolve_against_the_anchor(text: str, value: str) -> None:
    m = only(text)
    assert (m.value, m.precision, m.kind) == (value, "day", "relative")


SATURDAY = date(2025, 4, 26)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plan reported after it was made may have landed already: the nearest such weekday
        ("The mayor said the inquiry report would be published on Friday.", "2025-04-25"),
        ("The mayor said the ferry service would restart on Monday.", "2025-04-28"),
        # "will" is ahead whoever reports it
        ("The ferry service will restart on Friday.", "2025-05-02"),
        # the publication day's own weekday is that very day, whatever the tense
        ("The ferry service will restart on Saturday.", "2025-04-26"),
        ("The ferry service restarted on Saturday.", "2025-04-26"),
        ("The mayor said the ferry service would restart on Saturday.", "2025-04-26"),
    ],
)
def test_a_weekday_after_a_reported_plan_is_the_nearest_one(text: str, value: str) -> None:
    assert only(text, SATURDAY).value == value


THURSDAY = date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an irregular past reporting verb closes the future clause before it: the Tuesday before
        ("The firm, which will close its plant, wrote on Tuesday that jobs would go.", "2026-03-10"),
        ("The bridge will reopen in May, the mayor wrote on Tuesday.", "2026-03-10"),
        ("The judge, who will rule next week, heard arguments on Tuesday.", "2026-03-10"),
        # a participle after "be" is no past verb, irregular or not: the coming Tuesday
        ("The vote will be held on Tuesday.", "2026-03-17"),
        ("The plan will be sent to the board on Tuesday.", "2026-03-17"),
        ("The vote was held on Tuesday.", "2026-03-10"),
    ],
)
def test_a_weekday_takes_the_tense_of_its_own_verb(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, THURSDAY) if m.text.endswith("Tuesday")] == [value]


@pytest.mark.parametrize(
    ("text", "monday", "sunday"),
    [
        ("A U.S. official said this week would be critically important.", "2025-04-21", "2025-04-27"),
        ("He hoped both sides would “MAKE A DEAL THIS WEEK.”", "2025-04-21", "2025-04-27"),
        ("Last week, Rubio expressed frustration about the talks.", "2025-04-14", "2025-04-20"),
        ("Trump will be in office for 100 days as of next week.", "2025-04-28", "2025-05-04"),
    ],
)
def test_weeks_are_named_by_their_monday(text: str, monday: str, sunday: str) -> None:
    m = only(text)
    assert (m.value, m.range_end, m.precision) == (monday, sunday, "week")


def test_a_week_in_a_dated_statement_counts_from_that_date() -> None:
    text = "Trump announced that he expected to sign a deal next week giving the U.S. access on April 17."
    week = next(m for m in find_dates(text, MONDAY) if m.precision == "week")
    assert (week.value, week.range_end) == ("2025-04-21", "2025-04-27")


def test_a_week_counts_from_the_nearest_date_of_its_own_sentence_only() -> None:
    text = (
        "Officials said after talks on April 17 that a deal would follow next week. "
        "On April 10 the envoy left."
    )
    week = next(m for m in find_dates(text, MONDAY) if m.precision == "week")
    assert week.value == "2025-04-21"  # from April 17; April 10 is nearer but in the next sentence


def test_month_and_year_deixis() -> None:
    anchor = date(2023, 11, 15)
    assert values("Reuters reported last month that talks stalled.", anchor) == ["2023-10"]
    assert values("The bill may be delayed until next year.", anchor) == ["2024"]
    assert values("Inflation rose earlier this year.", anchor) == ["2023"]


def test_relative_expressions_need_an_anchor() -> None:
    assert find_dates("The minister resigned on Friday and left last week.", None) == []


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "Russia must end the war within 50 days.",
        "The US has proposed a full 30-day ceasefire.",
        "The war has gone on for three years.",
        "Russia pushed for a 2–3-day local truce.",
        "Trump has grown angry in the past two weeks.",
        "I'm talking about a matter of days.",
        "He will share details over the next three days.",
        "Putin and others are wondering what happens on day 51.",
        "He said Ukraine may not survive anyway.",
        "Well, it may not survive anyway.",
        "France saw a 40% jump, importing 2.2 billion euros.",
        "Text “Alerts” to (201) 335-0739 or sign up here.",
        "2 min read",
        "The conflict has left hundreds of thousands of casualties.",
        "We will not continue for weeks and months on end.",
        "Hungary recorded an 11% increase over the past year.",
        "It happened just days after Washington threatened to walk away.",
        "He did not have a specific number of days in mind.",
        "Peace could come within the coming days.",
        "The Sunday Times reported the story.",
        "Protests were held on Good Friday.",
        "The programme is broadcast every Monday.",
        "About 2,000 people attended; 1,200 were evacuated.",
        "Call 0161 555 0100 for tickets, priced at £25.",
        "RT (formerly Russia Today) broadcast the speech.",
    ],
)
def test_traps_make_no_date(text: str) -> None:
    assert find_dates(text, MONDAY) == []


def test_may_is_a_month_only_when_it_names_one() -> None:
    assert values("A previous meeting was held on May 16.", date(2025, 7, 16)) == ["2025-05-16"]
    assert values("Talks stalled in May.", date(2025, 7, 16)) == ["2025-05"]
    assert values("Ukraine may not survive, he said in May.", date(2025, 7, 16)) == ["2025-05"]


def test_number_after_a_month_is_not_always_a_day() -> None:
    assert find_dates("Crowds grew in March 2,000 strong.", MONDAY) == []
    assert find_dates("Sales rose in April 5% on the year.", MONDAY) == []


def test_stray_bracket_after_a_date_is_not_part_of_it() -> None:
    m = only("after meeting leaders on April 18) via the New York Post.")
    assert (m.text, m.value) == ("April 18", "2025-04-18")


def test_invalid_calendar_days_are_skipped() -> None:
    assert find_dates("It happened on February 30, 2023.", None) == []


def test_text_whose_lowercase_is_longer_keeps_positions() -> None:
    text = "İstanbul hosted talks on May 16, 2025."
    m = only(text)
    assert (m.value, text[m.start : m.end]) == ("2025-05-16", "May 16, 2025")


def test_a_time_after_a_day_and_month_is_the_days_time_not_another_day() -> None:
    """ "10 March 17:20": the 10th at 17:20, not March 17 (nor "March 9 10:30" the 10th)."""
    assert values("The ferry left Dover on 10 March 17:20 and sank.", date(2031, 3, 20)) == ["2031-03-10"]
    assert values("The ferry left Dover on March 9 10:30 and sank.", date(2031, 3, 20)) == ["2031-03-09"]
