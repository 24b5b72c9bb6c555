"""A live blog's entries on the timeline: a correction naming "this blog" is shown with what is right, a
date inside a comparison's quoted older figure does not date the entry, and another outlet's report of
another act on the same day is not cited for the entry. Small made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine

BLOG = {
    "id": "blog",
    "published": "2031-03-14",
    "source": "Brantwood Evening Post",
    "title": "Live: Harlow Quay warehouse attack latest",
    "text": "09:15 Police have confirmed that a security guard was attacked outside the Vellmore warehouse "
    "late on Tuesday.\n\n"
    "09:50 Two men were arrested on Thursday in connection with the warehouse attack, detectives said.\n\n"
    "10:30 Correction: An earlier version of this blog said the guard had been shot. Police say he was "
    "struck with a blunt object.\n\n"
    "10:40 The county office has revised the count of injured warehouse workers to 17, up from the "
    "'at least 12' reported on Wednesday.",
}
LATER = {
    "id": "later",
    "published": "2031-03-18",
    "source": "Harlow Gazette",
    "title": "Warehouse guard recovering",
    "text": "Detectives in Harlow Quay on Thursday searched two homes in connection with the Vellmore "
    "warehouse attack.",
}


def _events(tmp_path: Path, topic: str = "warehouse") -> list[tuple[str, str, list[str]]]:
    (tmp_path / "docs.jsonl").write_text(
        "\n".join(json.dumps(d) for d in [BLOG, LATER]) + "\n", encoding="utf-8"
    )
    return [
        (e.date, e.text, [c.doc_id for c in e.citations])
        for e in build_engine(tmp_path).timeline(topic).events
    ]


def test_a_correction_of_this_blog_shows_what_is_right(tmp_path: Path) -> None:
    """ "An earlier version of this blog said the guard had been shot." alone reads as the retracted claim:
    the line goes on with the sentence that says what is right, on the blog's day."""
    (tmp_path / "docs.jsonl").write_text(json.dumps(BLOG) + "\n", encoding="utf-8")
    lines = [(e.date, e.text) for e in build_engine(tmp_path).timeline("guard").events if "shot" in e.text]
    assert lines == [("2031-03-14", lines[0][1])]
    assert "struck with a blunt object" in lines[0][1]


def test_a_day_inside_a_quoted_older_figure_does_not_date_the_entry(tmp_path: Path) -> None:
    """ "revised the count to 17, up from the 'at least 12' reported on Wednesday": Wednesday is the old
    figure's day; the revision is the entry's, on the blog's day."""
    days = [d for d, text, _ in _events(tmp_path) if "revised the count" in text]
    assert days == ["2031-03-14"]


def test_another_outlets_other_act_that_day_is_not_cited(tmp_path: Path) -> None:
    """ "Two men were arrested on Thursday" and "Detectives on Thursday searched two homes" share the day,
    names and count, not the act: each is its own event, cited only by the article that states it."""
    arrests = [cites for _, text, cites in _events(tmp_path) if "arrested" in text]
    assert arrests == [["blog"]]


def test_an_entry_told_in_the_past_perfect_is_not_dated_by_its_stamp(tmp_path: Path) -> None:
    """ "8:30 a.m. Good morning. The group had threatened to publish the data if the firm did not pay by
    midnight.": the threat came before the entry; the stamp dates only what the entry tells as news."""
    blog = {
        "id": "blog",
        "published": "2031-03-14",
        "source": "Channel 4 Live",
        "title": "Live: Tarnow ransom deadline passes",
        "text": "9:05 a.m. Two men have been arrested in Tarnow over the Kellbrook data theft.\n\n"
        "8:30 a.m. Good morning. The hacking group Ashfall had threatened to publish the stolen data if "
        "Kellbrook did not pay a ransom.",
    }
    (tmp_path / "docs.jsonl").write_text(json.dumps(blog) + "\n", encoding="utf-8")
    texts = [e.text for e in build_engine(tmp_path).timeline("kellbrook").events]
    assert any("arrested" in t for t in texts)
    assert not any("threatened" in t for t in texts)


def test_another_outlets_report_of_the_same_act_in_its_noun_is_cited(tmp_path: Path) -> None:
    """ "has ordered the town to evacuate" and "issued an evacuation order for the town on Sunday": the act
    is one ("ordered", "order"), so the entry cites both outlets."""
    blog = {
        "id": "blog",
        "published": "2031-07-13",
        "source": "Ridge Courier",
        "title": "Live: Pell Ridge fire",
        "text": "3:15 p.m. The Orvan County Sheriff's Office has ordered the entire town of Pell Ridge to "
        "evacuate.\n\n4:30 p.m. The Red Cross has opened a shelter at the Orvan County Fairgrounds.",
    }
    report = {
        "id": "report",
        "published": "2031-07-14",
        "source": "Valley Ledger",
        "title": "Pell Ridge empties as fire spreads",
        "text": "The Orvan County Sheriff's Office issued an evacuation order for the town of Pell Ridge "
        "at 3:15 p.m. on Sunday.",
    }
    (tmp_path / "docs.jsonl").write_text(
        "\n".join(json.dumps(d) for d in [blog, report]) + "\n", encoding="utf-8"
    )
    events = build_engine(tmp_path).timeline("pell ridge").events
    cites = sorted(sorted(c.doc_id for c in e.citations) for e in events)
    assert cites == [["blog"], ["blog", "report"]]  # the order cited by both, the shelter by the blog


def test_a_plan_for_the_day_is_not_cited_for_what_another_outlet_says_was_done_on_it(tmp_path: Path) -> None:
    """ "Minister Ada Lyall says she will make a statement on Monday about the Orbury unit" (Wednesday's
    blog) tells no act done; "Ada Lyall on Monday ordered an inquiry into the Orbury unit" does: two
    events of the Monday, each cited by its own article."""
    blog = {
        "id": "blog",
        "published": "2031-03-12",
        "source": "Westmoor Post",
        "title": "Live: Orbury unit chief resigns",
        "text": "1:15 p.m. Health Minister Ada Lyall says she will make a statement on Monday about the "
        "Orbury maternity unit.",
    }
    report = {
        "id": "report",
        "published": "2031-03-17",
        "source": "Meridian Wire",
        "title": "Inquiry ordered into Orbury unit",
        "text": "Health Minister Ada Lyall on Monday ordered an inquiry into the Orbury maternity unit.",
    }
    filler_doc = {
        "id": "bridge",
        "published": "2031-03-10",
        "title": "Bridge repairs begin",
        "text": "Crews began repairs on the Tarn bridge on Tuesday, the county said.",
    }
    docs = [blog, report, filler_doc]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    events = build_engine(tmp_path).timeline("orbury").events
    cites = sorted((e.date, sorted(c.doc_id for c in e.citations)) for e in events)
    assert cites == [("2031-03-17", ["blog"]), ("2031-03-17", ["report"])]
