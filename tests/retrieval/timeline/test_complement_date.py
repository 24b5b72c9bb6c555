"""A date inside what an act found is not the act's (stop 52): "The inspector ruled on 14 May that the
trust had tested the water before its closure in March" is the ruling's sentence, listed once at 14 May,
not also at "March", where a month sorts it before that month's days. After a saying's day the clause is
the news and keeps its date ("said on Friday that the pool will reopen on 3 May"). Made-up copy about a
town's swimming pool."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine


def _dates(tmp_path: Path, text: str) -> list[str]:
    doc = {"id": "pool", "published": "2031-05-16", "source": "Linford Courier", "title": "Pool"}
    doc["text"] = text
    (tmp_path / "docs.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return [e.date for e in build_engine(tmp_path).timeline(None).events]


def test_a_month_inside_what_a_ruling_found_is_not_listed(tmp_path: Path) -> None:
    text = (
        "The inspector ruled on 14 May that the trust had tested the water properly before its closure "
        "in March."
    )
    assert _dates(tmp_path, text) == ["2031-05-14"]


def test_a_saying_keeps_the_day_of_what_it_says(tmp_path: Path) -> None:
    text = "The trust said on Friday that the pool will reopen to swimmers on 3 June."
    assert _dates(tmp_path, text) == ["2031-06-03"]
