"""A number beside a capitalised month is a date's day ("the January 9 closure"), which counts
nothing: it does not answer a "how many" of what follows it."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

FERRY = (
    "Since the January 9 bridge closure, commuters in Tolby have crossed the estuary by ferry. "
    "The ferry operator added a second boat at rush hour. "
    "Engineers expect the bridge to reopen before the summer."
)


def test_a_day_of_the_month_is_no_count(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "ferry", "title": "Tolby commuters take the ferry", "text": FERRY}, *filler(12)]
    )
    a = news.ask("how many bridge closures were there in Tolby")
    assert a.abstained, a.answer
