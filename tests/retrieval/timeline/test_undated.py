"""An undated corpus: no citation, source or timeline event carries a date the documents do not state.
Small made-up documents, not the seeds: one states its publication date, two state none."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from retrieval import Engine, build_engine

DOCS = [
    {
        "id": "dated",
        "published": "2005-03-07",  # a Monday
        "title": "Dock strike talks to resume",
        "text": "Dock workers walked out on Friday after pay talks failed. "
        "Talks will resume on Thursday, the union said. The port was sold last month.",
    },
    {
        "id": "undated-anchored",
        "title": "Dock strike began in February",
        "text": "The dock strike began on 14 February 2005 at the northern port. "
        "Two days later, the union walked out of pay talks. "
        "Dock workers said yesterday that talks would resume on Thursday.",
    },
    {
        "id": "undated-bare",
        "title": "Dock strike enters its second week",
        "text": "Dock workers voted on Friday to continue the strike. "
        "The port was sold last month, and pay talks will resume next week. "
        "Ministers met the union on June 2 and again in March.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("undated")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_sources_give_only_stated_publication_dates(engine: Engine) -> None:
    got = {s.doc_id: (s.published, s.provenance.get("published")) for s in engine.sources().documents}
    assert got == {
        "dated": (date(2005, 3, 7), "file"),
        "undated-anchored": (None, None),
        "undated-bare": (None, None),
    }


def test_citations_of_undated_documents_carry_no_date(engine: Engine) -> None:
    answer = engine.ask("When did the dock workers walk out of the pay talks?")
    assert answer.citations
    for c in answer.citations:
        assert c.published == (date(2005, 3, 7) if c.doc_id == "dated" else None)


def test_timeline_places_only_dates_the_documents_state_or_anchor(engine: Engine) -> None:
    events = {(e.date, c.doc_id) for e in engine.timeline().events for c in e.citations}
    assert events == {
        # stated publication date 2005-03-07 (Monday): the last Friday, the coming Thursday, last month
        ("2005-03-04", "dated"),
        ("2005-03-10", "dated"),
        ("2005-02", "dated"),
        # no publication date: the stated day, and "two days later" counted from it ("yesterday" and
        # "Thursday" in the last sentence have no stated day of their own to count from)
        ("2005-02-14", "undated-anchored"),
        ("2005-02-16", "undated-anchored"),
        # undated-bare states no year at all: none of its dates is placed
    }
    for event in engine.timeline().events:
        for c in event.citations:
            assert c.published == (date(2005, 3, 7) if c.doc_id == "dated" else None)


def test_a_year_in_a_since_clause_dates_no_event(tmp_path: Path) -> None:
    """ "The lowest since records began in 1962" measures a record against 1962: the sentence tells of this
    week."""
    doc = {
        "id": "reservoir",
        "title": "Reservoir at a record low",
        "text": "The reservoir fell to 18 percent of capacity this week, the lowest level since records "
        "began in 1962, officials said on Thursday. The dam was built in 1931 by the county. "
        "Farms have lost 400 wells since the drought began in 2019.",
    }
    (tmp_path / "docs.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    events = build_engine(tmp_path).timeline().events
    assert [(e.date, e.text) for e in events] == [
        ("1931", "The dam was built in 1931 by the county."),
        # a "since" clause that is no record's yardstick still dates what it tells
        ("2019", "Farms have lost 400 wells since the drought began in 2019."),
    ]


def test_an_undated_articles_year_before_the_coverage_is_background() -> None:
    """An undated article's "treated there in 2019" is no news of a story whose dated articles start in
    2025: it is background, as it would be in a dated article. Its year is still shown, as stated."""
    from retrieval.models import Document, DocumentMeta, Sentence
    from retrieval.timeline.index import TimelineIndex

    def doc(doc_id: str, published: date | None, text: str) -> Document:
        meta = DocumentMeta(doc_id=doc_id, title=doc_id, published=published)
        return Document(meta=meta, sentences=(Sentence(doc_id, 0, 0, text),), paragraphs=((0, 1),))

    news = doc("news", date(2025, 3, 4), "The clinic at Varrow closed its doors on Monday after a flood.")
    suit = doc("suit", None, "Tilde Marsh, who was treated at the Varrow clinic in 2019, has sued its owner.")
    events = {e.date: e.background for e in TimelineIndex.build([news, suit]).query().events}
    assert events == {"2019": True, "2025-03-03": False}
    alone = TimelineIndex.build([suit]).query().events  # nothing to measure it against
    assert [(e.date, e.background) for e in alone] == [("2019", False)]
