"""A range ("from 3 to 7 April", "between March 3 and March 7", "2-6 March", "on Monday and Tuesday") is
one event at its first day whose ``end`` is its last: ``date`` and ``precision`` keep their meaning."""

from __future__ import annotations

from datetime import date

from bot.render.text import timeline_text
from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.index import TimelineIndex

TEXTS = (
    "The festival will run from 3 to 7 April in the old town.",
    "Hearings ran from March 3 to March 7 in the capital.",
    "Road works ran 2-6 March on Main Street.",
    "The fair ran 27 February - 1 March downtown.",
    "The ferry was suspended on Monday and Tuesday this week.",
    "The council met on March 11.",
)


def _doc() -> Document:
    sentences = tuple(Sentence("r", i, i, t) for i, t in enumerate(TEXTS))
    meta = DocumentMeta(doc_id="r", title="Ranges", source="Gazette", url=None, published=date(2026, 3, 12))
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(TEXTS))))


def test_a_range_is_one_event_from_its_first_day_to_its_last() -> None:
    events = TimelineIndex.build([_doc()]).query().events
    got = {e.text: (e.date, e.precision, e.end) for e in events}
    assert len(events) == len(TEXTS)
    assert got[TEXTS[0]] == ("2026-04-03", "day", "2026-04-07")
    assert got[TEXTS[1]] == ("2026-03-03", "day", "2026-03-07")
    assert got[TEXTS[2]] == ("2026-03-02", "day", "2026-03-06")
    assert got[TEXTS[3]] == ("2026-02-27", "day", "2026-03-01")
    assert got[TEXTS[4]] == ("2026-03-09", "day", "2026-03-10")
    assert got[TEXTS[5]] == ("2026-03-11", "day", None)


def test_a_range_is_shown_with_both_days() -> None:
    text = timeline_text(TimelineIndex.build([_doc()]).query())
    # (a festival still to come is marked a plan)
    assert "2026-04-03 to 2026-04-07 (planned) — The festival will run from 3 to 7 April" in text
    assert "2026-03-11 — The council met on March 11." in text
