"""Dates never invented (issue 16), six shapes a tester found: a weekday heading a reported plan ("Clinics on
Monday would go ahead") is the coming day, not the past one; a month set through a noun of time ("moved to
a new date in May") lies ahead whatever the tense of the moving; "due to" giving a cause is no plan; a
document's date in apposition after a noun with what it is of ("An audit of the trust's systems, dated 14
November 2025, warned") dates its warning; a correction notice that states its own day is one event on that
day; and a topic's word an article holds only in its lower-ranked sentences still puts its dated sentence
on the topic. Made-up copy about a market town, Kelby."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.dates import find_dates
from retrieval.timeline.index import TimelineIndex

SUNDAY = date(2026, 4, 12)


def _doc(doc_id: str, published: str | None, text: str, title: str = "") -> dict[str, str | None]:
    return {
        "id": doc_id,
        "published": published,
        "source": "Kelby Post",
        "title": title or f"Kelby {doc_id}",
        "text": text,
    }


def _events(
    tmp_path: Path, *docs: dict[str, str | None], topic: str | None = None
) -> list[tuple[str, bool, str]]:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return [(e.date, e.planned, e.text) for e in build_engine(tmp_path).timeline(topic).events]


def _values(text: str, anchor: date = SUNDAY) -> list[str]:
    return [m.value for m in find_dates(text, anchor)]


@pytest.mark.parametrize(
    "text",
    [
        "Outpatient clinics on Monday would go ahead as normal, the trust said.",
        "The council vote on Monday was due to go ahead despite the flood, officials said.",
    ],
)
def test_a_weekday_heading_a_reported_plan_is_the_coming_day(tmp_path: Path, text: str) -> None:
    """In a Sunday article "on Monday would go ahead" is tomorrow's plan, not last Monday's act."""
    assert _values(text) == ["2026-04-13"]
    assert _events(tmp_path, _doc("a", SUNDAY.isoformat(), text)) == [("2026-04-13", True, text)]


def test_a_refusal_on_a_weekday_stays_in_the_past() -> None:
    """ "The trust on Monday would not say ...": what the trust declined to say, on the Monday gone."""
    assert _values("The trust on Monday would not say how many patients were affected.") == ["2026-04-06"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The closure on Friday was due to a burst water main, the council said.", "2026-04-10"),
        (
            "The fire on Saturday would burn for three days before it was contained, officials said.",
            "2026-04-11",
        ),
        ("The crowd on Saturday would later swell to 5,000, police said.", "2026-04-11"),
        ("The market on Saturday would draw a record crowd.", "2026-04-11"),
    ],
)
def test_a_cause_or_a_narrative_would_after_a_weekday_is_no_plan(tmp_path: Path, text: str, day: str) -> None:
    """In a Wednesday article "on Friday was due to a burst water main" gives a cause, and "would burn ...
    before it was contained", "would later swell", an unreported "would" tell a past as a narrator who
    knows its end: last Friday's or Saturday's, not a plan for the coming one."""
    wednesday = date(2026, 4, 15)
    assert _values(text, wednesday) == [day]
    assert _events(tmp_path, _doc("a", wednesday.isoformat(), text)) == [(day, False, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing was moved to a new date in May.",
        "The hearing has been moved to a new date in May, the court said.",
        "The inquiry was postponed to a later date in May.",
    ],
)
def test_a_month_set_through_a_noun_of_time_lies_ahead(tmp_path: Path, text: str) -> None:
    """A day something is moved to is set ahead of the moving: May of an April article is this May,
    never last year's (shown as background)."""
    assert _values(text) == ["2026-05"]
    assert _events(tmp_path, _doc("a", SUNDAY.isoformat(), text)) == [("2026-05", True, text)]


def test_a_day_set_for_takes_the_nearest_year_either_side() -> None:
    """A day something is set for now is as often ahead as behind: September of an April article is this
    September, five months on, not last year's seven months back; one set before and given up ("had been
    scheduled for") keeps reading back, and so does a month told in the past."""
    assert _values("The hearing was moved to a new date in September.") == ["2026-09"]
    assert _values("The hearing has been moved to September 3.") == ["2026-09-03"]
    assert _values("The vote was scheduled for late September.") == ["2026-09"]
    assert _values("The hearing had been scheduled for September 3.") == ["2025-09-03"]
    assert _values("The hearing was held in September.") == ["2025-09"]
    assert _values("The hearing was held in May.") == ["2025-05"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The hearing was moved to a new date in November.", "2026-11"),
        ("The vote on the budget was postponed to a later date in October.", "2026-10"),
        ("The hearing was moved to a new date in May.", "2026-05"),
    ],
)
def test_a_month_a_thing_is_moved_to_is_the_coming_one(tmp_path: Path, text: str, month: str) -> None:
    """A month something is moved to lies ahead of the moving: November of an April article is this
    November, seven months on, though last November is nearer."""
    assert _values(text) == [month]
    assert _events(tmp_path, _doc("a", SUNDAY.isoformat(), text)) == [(month, True, text)]


def test_a_noun_of_time_after_a_bare_for_sets_no_day() -> None:
    """ "seen the report for the first time on Tuesday night" tells when she saw it: the Tuesday gone."""
    text = "The minister said she had seen the report for the first time on Tuesday night."
    assert _values(text) == ["2026-04-07"]
    assert _values("The ferry was delayed for the first day on Tuesday.") == ["2026-04-07"]


@pytest.mark.parametrize(
    "text",
    [
        "The closure of the clinics was due to a cyber attack on Friday.",
        "Long waits at the hospital were due to shortages on Friday, the trust said.",
        "Clinics were cancelled due to flooding on Friday.",
        "A fire broke out in a shop next to the station on Friday.",
    ],
)
def test_due_to_giving_a_cause_is_no_plan(tmp_path: Path, text: str) -> None:
    """ "was due to a cyber attack on Friday" tells why something happened, "next to the station" where:
    the Friday gone, no plan."""
    assert _values(text) == ["2026-04-10"]
    assert _events(tmp_path, _doc("a", SUNDAY.isoformat(), text)) == [("2026-04-10", False, text)]


def test_due_to_with_a_verb_is_still_a_schedule() -> None:
    assert _values("The library is due to reopen on Monday.") == ["2026-04-13"]
    assert _values("The minister is due to address the council on Tuesday.") == ["2026-04-14"]


@pytest.mark.parametrize(
    "text",
    [
        "An internal audit of the trust's computer systems, dated 14 November 2025, warned that backups "
        "were untested.",
        "The audit, dated 14 November 2025 and seen by the Kelby Post, warned that backups were untested.",
    ],
)
def test_a_documents_date_in_apposition_dates_its_act(tmp_path: Path, text: str) -> None:
    assert _events(tmp_path, _doc("a", SUNDAY.isoformat(), text)) == [("2025-11-14", False, text)]


def test_a_date_printed_on_a_thing_named_is_still_no_event(tmp_path: Path) -> None:
    text = "The lawsuit cites a letter dated 1 June 2025."
    assert _events(tmp_path, _doc("a", SUNDAY.isoformat(), text)) == []


def _blog(published: date, notice: str) -> Document:
    paragraphs = [
        ["Monday 9 March"],
        ["9:05 a.m. The board of Kelby Water met in emergency session on Monday at its offices."],
        ["11:20 a.m. The board dismissed Dr Quill as chief executive on Monday, a spokesman said."],
        ["Tuesday 10 March"],
        ["8:30 a.m. Shares in Kelby Water fell 8 percent on Tuesday in early trading."],
        [notice, "She resigned."],
    ]
    sentences: list[Sentence] = []
    spans: list[tuple[int, int]] = []
    for p, texts in enumerate(paragraphs):
        lo = len(sentences)
        sentences.extend(Sentence("blog", len(sentences) + i, p, t) for i, t in enumerate(texts))
        spans.append((lo, len(sentences)))
    meta = DocumentMeta(doc_id="blog", title="LIVE: Kelby Water", source="Kelby Post", published=published)
    return Document(meta=meta, sentences=tuple(sentences), paragraphs=tuple(spans))


@pytest.mark.parametrize(
    "notice",
    [
        "Correction, 10 March: An earlier update said the board had dismissed Dr Quill.",
        "Correction (10 March 2026): An earlier update said the board had dismissed Dr Quill.",
    ],
)
def test_a_notice_stating_its_own_day_is_one_event_that_day(notice: str) -> None:
    """Appended to a live page last updated on the 11th, the notice dated the 10th is one event, of the
    10th: not its own date's report besides the page's day's."""
    events = TimelineIndex.build([_blog(date(2026, 3, 11), notice)]).query().events
    notices = [(e.date, e.text) for e in events if "earlier update" in e.text]
    assert notices == [("2026-03-10", f"{notice} She resigned.")], [(e.date, e.text) for e in events]


def test_a_topic_word_an_article_holds_below_the_best_sentences_still_counts(tmp_path: Path) -> None:
    """ "temporary accommodation on Saturday" is on "temporary housing" in the article that speaks of
    housing too, however many other articles' sentences on housing rank above that one."""
    told = "About 200 families moved into temporary accommodation on Saturday, the council said."
    article = _doc(
        "k",
        SUNDAY.isoformat(),
        f"{told} The long search for housing in Kelby has taken years, officials, residents, landlords and "
        "tenants said at a long meeting of the town's many committees.",
        title="Families moved",
    )
    others = [
        _doc(f"h{i}", "2026-03-01", f"Housing policy note {i}. Housing costs rose.", title=f"Note {i}")
        for i in range(120)
    ]
    assert _events(tmp_path, article, *others, topic="temporary housing") == [("2026-04-11", False, told)]
