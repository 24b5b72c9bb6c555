"""A plan is shown as one (stop 52): "the trust expects the pool to reopen on 3 May" tells what is still to
come as much as "will reopen" does, and an event that one report tells as a plan stays "(planned)" when
the other reports of it were written before its day (an older article cannot tell it done, whatever its
tense: "said the plan would be checked and, if approved, debated at the meeting on 20 April"). Made-up
copy about a town's swimming pool."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine


def _events(tmp_path: Path, *docs: dict[str, str]) -> dict[str, bool]:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return {e.date: e.planned for e in build_engine(tmp_path).timeline(None).events}


def _doc(doc_id: str, published: str, text: str) -> dict[str, str]:
    return {
        "id": doc_id,
        "published": published,
        "source": "Linford Courier",
        "title": f"Pool {doc_id}",
        "text": text,
    }


def test_an_expectation_in_the_present_is_a_plan(tmp_path: Path) -> None:
    doc = _doc(
        "works",
        "2031-03-02",
        "Builders began relining the Linford pool on Monday. "
        "The trust expects the pool to reopen to swimmers on 3 May 2031.",
    )
    assert _events(tmp_path, doc)["2031-05-03"] is True


def test_an_older_report_of_a_plan_keeps_it_planned(tmp_path: Path) -> None:
    early = _doc(
        "early",
        "2031-03-02",
        "A trust spokesman said the plan would be checked and, if approved, debated at the board meeting "
        "on 20 April 2031.",
    )
    later = _doc(
        "later",
        "2031-03-20",
        "The pool plan passed its checks, so it will be debated at the board meeting on 20 April 2031.",
    )
    assert _events(tmp_path, early, later)["2031-04-20"] is True


def test_a_day_told_done_after_it_is_not_planned(tmp_path: Path) -> None:
    """A report written after the day, telling it in the past, still makes the event no plan."""
    plan = _doc("plan", "2031-03-02", "The board will debate the pool plan on 20 April 2031.")
    done = _doc("done", "2031-04-22", "The board debated the pool plan on 20 April 2031 and approved it.")
    assert _events(tmp_path, plan, done)["2031-04-20"] is False
