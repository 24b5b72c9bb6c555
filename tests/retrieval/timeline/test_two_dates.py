"""A sentence with two dates shown whole is one event, at the date of its main clause: a date in a
subordinate clause (relative, "after ...") is not listed again with the same line; two main clauses are two
events, and a background date is history of its own. Small made-up documents."""

from __future__ import annotations

from datetime import date

from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.index import TimelineIndex


def _doc(doc_id: str, *texts: str) -> Document:
    sentences = tuple(Sentence(doc_id, i, i, t) for i, t in enumerate(texts))
    meta = DocumentMeta(doc_id=doc_id, title="Port", source="Gazette", url=None, published=date(2026, 3, 25))
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(texts))))


STRIKE = "Dock workers ended their strike on March 18 after talks that began on March 9."
PORT = "The port, which reopened on March 19, said cargo would resume on March 23."
BOTH = "The ferry resumed on March 20 and the bridge reopened on March 21."
MOVED = "The council vote was moved from March 3 to March 10."
HISTORY = "The quay, which was built in 1994, collapsed on March 16."
OWNED = "The mayor on Tuesday ordered a review of how the port handled Sunday's storm."
ONLY = "Sunday's storm closed the port for six hours."


def _events(*texts: str) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in TimelineIndex.build([_doc("a", *texts)]).query().events]


def test_a_date_in_a_subordinate_clause_is_not_listed_again_with_the_same_line() -> None:
    assert _events(STRIKE) == [("2026-03-18", STRIKE)]
    assert _events(PORT) == [("2026-03-23", PORT)]


def test_two_main_clauses_are_two_events() -> None:
    assert _events(BOTH) == [("2026-03-20", BOTH), ("2026-03-21", BOTH)]


def test_the_day_something_was_moved_from_is_no_event_beside_the_day_it_moved_to() -> None:
    assert _events(MOVED) == [("2026-03-10", MOVED)]


def test_a_background_date_in_a_subordinate_clause_stays_its_own_event() -> None:
    assert [d for d, _ in _events(HISTORY)] == ["1994", "2026-03-16"]


def test_a_date_set_aside_still_shows_where_another_sentence_tells_it() -> None:
    told = "Talks between the union and the port began on March 9."
    index = TimelineIndex.build([_doc("a", STRIKE), _doc("b", told)])
    by_date = {e.date: e.text for e in index.query().events}
    assert by_date == {"2026-03-09": told, "2026-03-18": STRIKE}
    assert [e.date for e in index.query(limit=1).events] == ["2026-03-09"]


TOLL = "The death toll rose to 17 on Wednesday, up from at least 12 reported on Monday."
RATE = "Unemployment in the county fell to 4.1 percent in February, down from 4.4 percent in January."
ONLY_BASELINE = "The number of closed schools rose to 40, up from 25 on Monday."


def test_a_date_in_a_comparisons_baseline_is_not_the_sentences_event() -> None:
    """Under Monday the toll line would read as if it reached 17 that day: the baseline's day is the
    older figure's, and the sentence is its main clause's event only."""
    assert _events(TOLL) == [("2026-03-25", TOLL)]
    assert _events(RATE) == [("2026-02", RATE)]
    assert _events(ONLY_BASELINE) == []
    # "up from" before a day, not an older figure, dates the rise itself
    assert [d for d, _ in _events("Bus fares went up from March 1, the council said.")] == ["2026-03-01"]


def test_a_baseline_figure_given_on_a_relative_day_does_not_date_the_revision() -> None:
    """ "up from the £38 million it gave last week": the figure's article and currency before it, the
    day it was given after; the revision is no event of last week's month (no other date: undated)."""
    revised = (
        "The council has revised its estimate to £52 million, up from the £38 million it gave last week."
    )
    assert _events(revised) == []
    fell = "Sales fell to $3.1 million on Tuesday, down from the $4 million reported in January."
    assert [d for d, _ in _events(fell)] == ["2026-03-24"]


def test_a_date_owning_a_noun_gives_way_to_the_sentences_other_date() -> None:
    # "Sunday's storm" names the storm; the ordering is Tuesday's (article of Wednesday, March 25)
    assert _events(OWNED) == [("2026-03-24", OWNED)]
    assert _events(ONLY) == [("2026-03-22", ONLY)]
