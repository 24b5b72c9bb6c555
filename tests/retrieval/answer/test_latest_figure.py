"""Outlets' figures that differ over time: a question about how things stand is answered by the latest
report first, the older count after it as a version with its own citation; a question about the past
keeps the best-matching answer first; an undated report could be the latest, so it changes nothing."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

OLD = "The Harrow Creek glassworks employs 400 workers, the company said. Managers are reviewing contracts."
NEW = (
    "The Harrow Creek glassworks now employs 250 workers after a round of layoffs, the company said. "
    "The union called the cuts a betrayal."
)


def _engine(root: Path, new_published: str | None) -> Engine:
    new = {"id": "new", "title": "Glassworks cuts staff", "text": NEW, "source": "County Ledger"}
    if new_published:
        new["published"] = new_published
    docs = [
        {"id": "old", "title": "Glassworks faces uncertain future", "text": OLD, "source": "Valley Times",
         "published": "2025-03-01"},
        new,
        *filler(10),
    ]  # fmt: skip
    return engine_of(root, docs)


def test_how_things_stand_is_answered_by_the_latest_report_first(tmp_path: Path) -> None:
    news = _engine(tmp_path, "2025-04-10")
    a = news.ask("how many workers does the glassworks employ")
    assert_verbatim(news, a)
    assert [c.doc_id for c in a.citations] == ["new", "old"], a.answer
    assert a.answer.index("250 workers") < a.answer.index("400 workers")


def test_an_undated_report_leaves_the_order_to_the_match(tmp_path: Path) -> None:
    news = _engine(tmp_path, None)
    a = news.ask("how many workers does the glassworks employ")
    assert a.citations[0].doc_id == "old", a.answer


def test_a_question_about_the_past_keeps_the_best_match_first(tmp_path: Path) -> None:
    news = _engine(tmp_path, "2025-04-10")
    a = news.ask("how many workers did the glassworks employ")
    assert a.citations[0].doc_id == "old", a.answer
