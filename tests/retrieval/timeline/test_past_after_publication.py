"""A count from an earlier date ("two days later") that lands after the article's publication date in a
clause told in the past is no date: an article cannot report as done what happens after it is published
("the group posted the files two days later" after naming a deadline ahead of it). The same count in the
future, or landing before the publication date, is a date as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine

_STORY = """Hackers publish council files

Harwick Courier, 5 March 2026

{lead}
{then}
Officials said the files included staff payroll records.
"""


def _dates(tmp_path: Path, lead: str, then: str) -> list[str]:
    (tmp_path / "leak.txt").write_text(_STORY.format(lead=lead, then=then))
    return [e.date for e in build_engine(tmp_path).timeline().events if "two days" in e.text]


def test_a_past_count_after_the_article_is_unplaced(tmp_path: Path) -> None:
    lead = "The hacking group had given the council until 9 March to pay a ransom."
    assert _dates(tmp_path, lead, "The group posted the files two days later, the council said.") == []


@pytest.mark.parametrize(
    ("lead", "then", "day"),
    [
        (
            "The hacking group set the council a deadline of 1 March.",
            "The group posted the files two days later, the council said.",
            "2026-03-03",
        ),
        (
            "The council will vote on the ransom on 9 March.",
            "It will publish the result two days later.",
            "2026-03-11",
        ),
    ],
)
def test_other_counts_are_dated(tmp_path: Path, lead: str, then: str, day: str) -> None:
    assert _dates(tmp_path, lead, then) == [day]
