"""Whose act a date is: a reporting period's bound dates no act ("the accounts for the year to March
2031"), a document's own date dates the act told through it ("In a letter dated 14 October 2030, she
warned ..."), a quotation's relative day, week or month is the speaker's, a counted day in a clause on a
preposition's object is that clause's, a plan for next week is never its article's day (and is marked
planned), and a live page's word to its readers is no event. Small made-up documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from bot.render.embeds import timeline_embed
from bot.render.text import timeline_text
from retrieval import Engine, build_engine
from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.index import TimelineIndex


def _article(doc_id: str, published: str, title: str, text: str) -> dict[str, str]:
    return {"id": doc_id, "published": published, "title": title, "text": text}


def _engine(tmp_path: Path, docs: list[dict[str, str]]) -> Engine:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return build_engine(tmp_path)


def _events(engine: Engine, topic: str | None = None) -> dict[str, str]:
    return {e.date: e.text for e in engine.timeline(topic).events}


def test_a_period_a_noun_phrase_names_dates_no_act(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        [
            _article(
                "audit",
                "2031-07-02",
                "Auditor qualifies Brenmoor accounts",
                "The auditor qualified its opinion on Brenmoor's accounts for the year to "
                "March 2031.\n\n"
                "Brenmoor lost £4m in the three months ended 30 June 2031, its filing showed.\n\n"
                "The board met on 1 July 2031 to discuss the opinion.\n\n"
                "The club's hearing was postponed by a week to 9 July 2031.",
            )
        ],
    )
    events = _events(engine)
    assert "2031-03" not in events and "2031-06-30" not in events
    assert "2031-07-01" in events
    # a day something is moved to by a span is still the day set
    assert "2031-07-09" in events


def test_a_documents_date_dates_the_act_told_through_it(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        [
            _article(
                "letter",
                "2031-03-05",
                "Engineer warned Tarrow board",
                "In a letter dated 14 February 2031, Ida Venn warned the Tarrow board about the "
                "dam's cracks.\n\n"
                "The lawsuit cites a memo dated 2 January 2031 on the dam.\n\n"
                "Cups with best-by dates of 3 March 2031 were recalled.",
            )
        ],
    )
    events = _events(engine)
    assert events["2031-02-14"].startswith("In a letter dated 14 February 2031, Ida Venn warned")
    # a document only named, and a product's printed date, still date nothing
    assert "2031-01-02" not in events and "2031-03-03" not in events


def test_a_quotations_relative_day_week_or_month_is_the_speakers(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        [
            _article(
                "farm",
                "2031-04-10",
                "Flood drowns Penrick flock",
                "The river burst its banks at Penrick on 8 April 2031.\n\n"
                '"Ewes that were due to lamb next week, gone," he said.\n\n'
                '"Come and help us this month," the farmer said.\n\n'
                '"We lost the barn last year," he said.',
            )
        ],
    )
    events = _events(engine)
    assert "2031-04-08" in events
    assert "2031-04" not in events  # neither the lambing's week nor the plea's month
    assert "2030" in events  # a year is coarse enough to be the article's


def test_a_day_in_a_clause_on_an_object_dates_that_clause_not_the_main_act(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        [
            _article(
                "dam",
                "2031-03-05",
                "Inquiry into Harrow dam failure",
                "The government has ordered a public inquiry into the failure of the Harrow dam, "
                "which flooded the town nine days ago.\n\n"
                "The governor of Kestrel prison has been suspended pending an investigation into how "
                "three inmates escaped on Tuesday.\n\n"
                "Shareholders will vote on whether to replace the board at a meeting on 30 March.\n\n"
                "The ferry that capsized on Monday was carrying 40 people.\n\n"
                "The fallout from the Verno scandal, which rocked the league in 2029, went on.",
            ),
            _article(
                "clash",
                "2031-03-12",
                "Clashes at the Kestrel depot",
                "Protesters clashed with the police, who fired tear gas on Monday.\n\n"
                "The council will vote on whether or not to sell the depot at a meeting on Friday.",
            ),
        ],
    )
    events = _events(engine)
    # a clause on a companion's object ("with the police, who ...") is the main act's day too, and a
    # counted day after "whether or not to" the infinitive's, as after "whether to"
    assert events["2031-03-10"].startswith("Protesters clashed"), events
    assert events["2031-03-14"].startswith("The council will vote"), events
    assert "2031-02-24" not in events  # the flood's day is not the inquiry's
    assert "2031-03-04" not in events  # nor the escape's the suspension's
    # an infinitive ("whether to") has no act of its own: the vote is the meeting's
    assert events["2031-03-30"].startswith("Shareholders will vote")
    # a year written beside its clause's verb shows whose it is: listed there
    assert "2029" in events
    # a relative clause on the subject still dates its sentence
    assert events["2031-03-03"] == "The ferry that capsized on Monday was carrying 40 people."


def test_a_plan_for_next_week_is_never_placed_at_its_articles_day(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        [
            _article(
                "blog",
                "2031-03-06",
                "Live: Ostrow hearing",
                "10:15 a.m. The committee will question the regulator's chief executive next "
                "week.\n\n"
                "11:30 a.m. The regulator's chief executive, Dana Ostrow, said she would attend.\n\n"
                "12:40 p.m. The chair says the hearing will go ahead next week.",
            ),
            _article(
                "paper",
                "2031-03-06",
                "Committee to question regulator",
                "The committee on Thursday voted to question the regulator's chief executive.\n\n"
                "The committee will question the regulator's chief executive next week, the chair said.",
            ),
        ],
    )
    timeline = engine.timeline()
    for event in timeline.events:
        if "will question" in event.text:  # the plan, at its week's month (10-16 March), never at the 6th
            assert event.date == "2031-03" and event.planned, event
        if event.date == "2031-03-06":  # nor cited for the day's own events
            assert all("will question" not in c.quote for c in event.citations), event
    # a live entry's saying is its stamp's news, whatever it says is to come
    assert any(e.date == "2031-03-06" and "The chair says" in e.text for e in timeline.events)
    # every front end says which dates are a plan's
    shown = timeline_text(timeline)
    assert "2031-03 (planned) — 10:15 a.m. The committee will question" in shown
    assert "2031-03-06 — 12:40 p.m. The chair says" in shown
    assert "**2031-03** (planned) — " in (timeline_embed(timeline, 0, 8).description or "")


def test_a_live_pages_word_to_its_readers_is_no_event_whatever_its_stamp() -> None:
    """The stamp's figures ("16:40") are not a figure the sentence tells: "That is where we will leave
    our live coverage for today." names no one and nothing, and is no event of the day."""
    entries = (
        "09:10 Engineers closed the lock gates at Fenwick to stop the canal draining.",
        "16:40 That is where we will leave our live coverage for today.",
    )
    sentences = tuple(Sentence("blog", i, i, t) for i, t in enumerate(entries))
    meta = DocumentMeta(
        doc_id="blog", title="LIVE: Canal breach", source="Weir Gazette", published=date(2031, 3, 6)
    )
    page = Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(entries))))
    assert [e.text[:5] for e in TimelineIndex.build([page]).query().events] == ["09:10"]
