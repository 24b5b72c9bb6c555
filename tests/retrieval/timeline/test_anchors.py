"""What a relative date may be read against: a stated publication date, or a date the article stated
before it; never a guess. One test per rule: anchored, unanchored, anaphora, a future weekday, year-less
dates in an undated article, and no year the article never states or implies."""

from __future__ import annotations

from datetime import date

import pytest

from retrieval.timeline.dates import find_dates

MONDAY = date(2005, 3, 7)  # a Monday


def dated(text: str, anchor: date | None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, anchor) if m.year_known]


# --------------------------------------------------------------------------- anchored / unanchored


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last month, the studios said they would back the format.", "2005-02"),
        ("The minister resigned on Friday.", "2005-03-04"),
        ("Officials met yesterday.", "2005-03-06"),
        ("The deal was signed two weeks ago.", "2005-02-21"),
    ],
)
def test_deixis_is_read_against_the_stated_publication_date(text: str, value: str) -> None:
    ((_, got),) = dated(text, MONDAY)
    assert got == value


@pytest.mark.parametrize(
    "text",
    [
        "Last month, the studios said they would back the format.",
        "The minister resigned on Friday.",
        "Officials met yesterday and will meet again next week.",
        "The deal was signed two weeks ago, in March.",
        "Two days later, the talks collapsed.",
        "The vote was held on June 2 and results came last March.",
    ],
)
def test_without_a_stated_date_relative_dates_are_not_dates(text: str) -> None:
    assert dated(text, None) == []


def test_deixis_in_an_undated_article_counts_only_from_a_day_its_own_sentence_states() -> None:
    text = (
        "The minister said on 3 March 2005 that talks would resume on Thursday and end next week. "
        "On Friday the talks resumed."
    )
    assert dated(text, None) == [
        ("3 March 2005", "2005-03-03"),
        ("Thursday", "2005-03-03"),
        ("next week", "2005-03-07"),
    ]  # "On Friday" in the next sentence has no date to count from: not a date


# --------------------------------------------------------------------------- anaphora


@pytest.mark.parametrize("anchor", [None, MONDAY])
def test_anaphora_count_from_the_last_date_the_text_gave(anchor: date | None) -> None:
    text = (
        "The strike began on 14 February 2005. Two days later, the union walked out of talks. "
        "The following week ministers intervened, and a month later the strike ended. "
        "A year later the factory closed."
    )
    assert dated(text, anchor) == [
        ("14 February 2005", "2005-02-14"),
        ("Two days later", "2005-02-16"),
        ("The following week", "2005-02-21"),
        ("a month later", "2005-03"),
        # (an article of 7 March 2005 cannot tell what was done a year after February 2005)
        *([("A year later", "2006")] if anchor is None else []),
    ]


def test_an_anaphor_counts_from_the_last_stated_date_not_from_another_anaphor() -> None:
    text = "Talks broke down on 3 March 2005. The day before, the vote was lost. The next day, Y resigned."
    assert dated(text, None) == [
        ("3 March 2005", "2005-03-03"),
        ("The day before", "2005-03-02"),
        ("The next day", "2005-03-04"),
    ]


def test_anaphora_count_from_the_end_of_a_range() -> None:
    text = "Ministers met on 3 and 4 March 2005. Two days later they signed."
    assert dated(text, None)[-1] == ("Two days later", "2005-03-06")


@pytest.mark.parametrize(
    "text",
    [
        "Two days later, the talks collapsed.",  # nothing before it to count from
        "The talks began on 3 March 2005. Two days after the vote they collapsed.",  # from the vote
        "The talks began on 3 March 2005. Over the next week they went nowhere.",  # a span
    ],
)
def test_anaphora_without_a_date_to_count_from_are_not_dates(text: str) -> None:
    assert [v for t, v in dated(text, MONDAY) if "later" in t or "after" in t or "week" in t] == []


def test_an_anaphor_after_a_date_of_unknown_year_is_not_read_against_an_older_one() -> None:
    text = "Sales rose in 2001. Figures for the three months to 30 September beat the previous year."
    assert dated(text, None) == [("2001", "2001")]  # "the previous year" is 30 September's, year unknown


def test_an_approximate_distance_is_not_a_date() -> None:
    text = "He recorded his first album in 1972. More than 20 years later, he embraced modern production."
    assert dated(text, None) == [("1972", "1972")]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge closes on Monday 14 March. A footbridge opens two days later, on 18 March.",
        "The bridge closes on Monday 14 March. A footbridge opens two days later (18 March).",
    ],
)
def test_an_anaphor_that_restates_the_date_beside_it_counts_to_nothing(text: str) -> None:
    """ "Two days later, on 18 March" (from the 14th or not): the stated date is the date; counting the
    anaphor too put a second event on a day the text never gives."""
    assert dated(text, MONDAY) == [("Monday 14 March", "2005-03-14"), ("18 March", "2005-03-18")]


def test_an_anaphor_followed_by_other_words_still_counts() -> None:
    text = "The bridge closes on 14 March. Two days later, on the footbridge, crowds will gather."
    assert dated(text, MONDAY) == [("14 March", "2005-03-14"), ("Two days later", "2005-03-16")]


def test_an_anaphor_never_counts_from_the_publication_date() -> None:
    assert dated("Two days later, the talks collapsed.", MONDAY) == []


# --------------------------------------------------------------------------- a future weekday


@pytest.mark.parametrize(
    "text",
    [
        "Talks will resume on Thursday.",
        "Talks resume on Thursday.",
        "Ministers meet on Thursday to discuss the plan.",
        "The vote is on Thursday.",
        "He said the talks would resume on Thursday.",
        "The summit opens on Thursday.",
        "Northgrid aims to reconnect every home on Thursday.",
        "The ordinance takes effect Thursday.",
        "The mayor says the curfew goes into effect Thursday.",
        "Ferries stop sailing starting Thursday.",
        "Beginning Thursday, the clinic opens at noon.",
        "The parking ban is effective Thursday.",
    ],
)
def test_a_weekday_the_clause_puts_ahead_is_the_coming_one(text: str) -> None:
    assert dated(text, MONDAY) == [("Thursday", "2005-03-10")]


@pytest.mark.parametrize(
    "text",
    ["Crews expect to restore power by Thursday.", "The council hopes to finish the repairs by Thursday."],
)
def test_a_deadline_someone_expects_or_hopes_to_meet_is_the_coming_weekday(text: str) -> None:
    assert dated(text, MONDAY) == [("by Thursday", "2005-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed on Thursday.",
        "Lawmakers criticised the vote on Thursday.",
        "Zelensky said he was open to talks on Thursday.",
        "The ordinance took effect Thursday.",
        "Ferry service was suspended starting Thursday.",
    ],
)
def test_a_weekday_in_a_past_clause_is_the_last_one(text: str) -> None:
    assert dated(text, MONDAY) == [("Thursday", "2005-03-03")]


# --------------------------------------------------------------------------- year-less dates, undated article


def test_a_yearless_date_takes_its_year_from_the_latest_date_stated_before_it() -> None:
    text = (
        "Talks resumed on 3 March 2005. The war had begun in February 1998. "
        "Envoys met again on April 2 and in May."
    )
    assert dated(text, None) == [
        ("3 March 2005", "2005-03-03"),
        ("February 1998", "1998-02"),
        ("April 2", "2005-04-02"),  # the story's year, not the background date's
        ("May", "2005-05"),
    ]


def test_a_yearless_date_before_any_stated_date_keeps_an_unknown_year() -> None:
    found = find_dates("Talks failed on June 2. The war began in February 2022.", None)
    assert [(m.value, m.year_known) for m in found] == [("XXXX-06-02", False), ("2022-02", True)]


def test_a_weekday_names_no_year_and_a_month_anchors_no_yearless_date() -> None:
    # before any stated day: open; a stated month ("February 2022") is often background, anchors nothing
    text = "Putin spoke Monday (April 21). The war began in February 2022. Rubio spoke on April 18."
    found = find_dates(text, None)
    assert [(m.text, m.value) for m in found] == [
        ("Monday (April 21)", "XXXX-04-21"),
        ("February 2022", "2022-02"),
        ("April 18", "XXXX-04-18"),
    ]
    # after 3 March 2005 "Monday (April 21)" would be 2005's April 21, a Thursday: left open
    found = find_dates("Talks resumed on 3 March 2005. Putin spoke Monday (April 21).", None)
    assert [(m.text, m.year_known) for m in found] == [("3 March 2005", True), ("Monday (April 21)", False)]
    # ... while a weekday that holds confirms the year: 21 April 2008 was a Monday
    assert dated("Talks resumed on 3 March 2008. Putin spoke Monday (April 21).", None)[-1] == (
        "Monday (April 21)",
        "2008-04-21",
    )


def test_no_date_gets_a_year_the_article_never_states_or_implies() -> None:
    text = (
        "The company, founded in 1870, said on Monday that sales rose last month. "
        "Its chief executive met investors on June 2 and will report again next year."
    )
    years = {v[:4] for _, v in dated(text, None)}
    assert years == {"1870"}  # only the stated one: no relative date counts from a bare year


# ------------------------------------------------------------ a month in a clause that names its year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The festival returns next year on the first weekend of May.", "2006-05"),
        ("The festival returned last year in May.", "2004-05"),
        ("In 2019 the bridge flooded, and in May it was rebuilt.", "2019-05"),
        ("The bridge will reopen in May, next year.", "2006-05"),
    ],
)
def test_a_month_takes_the_year_its_clause_names(text: str, value: str) -> None:
    """A month without a year in a clause that names one ("last year in May") is in that year, not the
    one nearest the publication date: an event a year off, beside the year's own."""
    assert [v for t, v in dated(text, MONDAY) if t.endswith("May")] == [value]


def test_a_year_in_another_clause_leaves_a_month_alone() -> None:
    text = "Last year the festival drew 20,000; in May it hopes to draw 31,000."
    assert dated(text, MONDAY)[-1] == ("May", "2005-05")
