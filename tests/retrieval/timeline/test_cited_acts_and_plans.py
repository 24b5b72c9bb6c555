"""Every citation says its event, and every date is one the text gives: another outlet's saying on the
day of an act is not cited for the act; a day of history lends no year to the story's own year-less
day; the older figure a comparison measures against dates nothing; a plan given up is no plan, and one
beside another thing given up stays one; a plan for later on the article's own day is one. Made-up copy
about a port, a care home, a heatwave, an audit and a rail line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from retrieval import build_engine
from retrieval.models import Timeline
from retrieval.timeline.dates import find_dates


def _timeline(tmp_path: Path, *docs: dict[str, str]) -> Timeline:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return build_engine(tmp_path).timeline()


def _cited(timeline: Timeline) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(e.date, e.text, [(c.doc_id, c.quote) for c in e.citations]) for e in timeline.events]


CHARGED = "On Tuesday, the regional prosecutor's office charged Anton Brisk with fraud and breach of trust."
EMAIL = (
    "Deputy director Sara Lund said in an email on Tuesday evening that the office would not comment further "
    "on the charges against Brisk and Hoff over the Vellmark port dredging contract."
)
WIRE = (
    "Prosecutors charged former Vellmark port director Anton Brisk and his deputy Lina Hoff on Tuesday with "
    "fraud over the harbour dredging contract."
)


def test_a_saying_on_the_day_of_an_act_is_not_cited_for_it(tmp_path: Path) -> None:
    """A local paper's "Lund said in an email on Tuesday evening that the office would not comment on the
    charges against Brisk and Hoff" shares the wire's day, names and the act's noun, but tells a saying:
    merged, the wire's charging would be cited to a sentence that does not say it. The paper's own "On
    Tuesday, the office charged Brisk" is the wire's event."""
    local = {
        "id": "local",
        "published": "2031-05-15",
        "source": "Vellmark Courier",
        "title": "Port officials charged over dredging contract",
        "text": f"{CHARGED} {EMAIL}",
    }
    wire = {
        "id": "wire",
        "published": "2031-05-14",
        "source": "Northwire",
        "title": "Prosecutors charge two Vellmark port officials",
        "text": f"{WIRE} Both deny wrongdoing, their lawyers said.",
    }
    events = _cited(_timeline(tmp_path, local, wire))
    assert sorted(events) == sorted(
        [
            ("2031-05-13", CHARGED, [("local", CHARGED), ("wire", WIRE)]),
            ("2031-05-13", EMAIL, [("local", EMAIL)]),
        ]
    )


def test_a_day_of_history_lends_no_year_to_the_storys_own_day(tmp_path: Path) -> None:
    """An undated article's "an inspection on 14 March 2023 found ..." is history to a coverage of 2031;
    its "the coroner said on Monday that her review had confirmed 17 deaths between 13 and 17 July" tells
    the story's own deaths, written without a year as the article's own: not placed in 2023, and counted
    as a sentence no timeline places."""
    dated = {
        "id": "dated",
        "published": "2031-07-20",
        "source": "Kell Gazette",
        "title": "Care home closed",
        "text": "The regulator ordered the Kell care home to close on Friday.",
    }
    undated = {
        "id": "undated",
        "source": "Kell Evening News",
        "title": "Coroner confirms care home deaths",
        "text": "An inspection on 14 March 2023 found failings in the kitchens of the Kell care home. "
        "The coroner said on Monday that her review had confirmed 17 deaths between 13 and 17 July.",
    }
    timeline = _timeline(tmp_path, dated, undated)
    assert [(e.date, e.end, e.background) for e in timeline.events] == [
        ("2023-03-14", None, True),
        ("2031-07-18", None, False),
    ]
    assert timeline.unplaced == 1


def test_a_day_of_history_lends_its_year_only_to_none() -> None:
    """The finder's rule: a stated day before ``history_before`` fixes no year-less day after it; a later
    stated day still does."""
    text = "An inspection on 14 March 2023 found failings. Deaths rose between 13 and 17 July."
    assert [m.value for m in find_dates(text, None)] == ["2023-03-14", "2023-07-13"]
    assert [m.value for m in find_dates(text, None, date(2031, 1, 1))] == ["2023-03-14", "XXXX-07-13"]
    recent = "The home closed on 2 July 2031. Deaths rose between 13 and 17 July."
    assert [m.value for m in find_dates(recent, None, date(2031, 1, 1))] == ["2031-07-02", "2031-07-13"]


def test_the_older_figure_a_comparison_measures_against_dates_nothing(tmp_path: Path) -> None:
    """ "The toll has risen to 11, the department said on Friday, nearly three times the figure given two
    days earlier" tells Friday's toll: the day of the older figure is not its event."""
    toll = (
        "The heatwave death toll has risen to 11, the health department said on Friday, "
        "nearly three times the figure given two days earlier."
    )
    doc = {
        "id": "toll",
        "published": "2031-07-17",
        "source": "Kell Gazette",
        "title": "Heatwave toll rises",
        "text": f"{toll} Twice the number reported on 8 July have been taken to hospital.",
    }
    assert [(d, text) for d, text, _ in _cited(_timeline(tmp_path, doc))] == [("2031-07-11", toll)]


def test_a_plan_given_up_is_no_plan(tmp_path: Path) -> None:
    """ "A follow-up audit she had scheduled for September 2031 was postponed": nothing is to happen then,
    and the postponing was done by the article's day: no event, and never "planned". A day a plan is moved
    to, or something is called off for, is still one."""
    doc = {
        "id": "audit",
        "published": "2031-05-12",
        "source": "Kell Gazette",
        "title": "Port audit delayed",
        "text": "The inspector said a follow-up audit she had scheduled for September 2031 was postponed. "
        "The harbour board cancelled a second review planned for October 2031. "
        "The board vote set for 20 May was called off. "
        "The hearing, set for 21 May, was postponed to 3 June. "
        "Ferry crossings were cancelled for Thursday.",
    }
    events = [(e.date, e.planned, e.text[:20]) for e in _timeline(tmp_path, doc).events]
    assert events == [
        ("2031-05-15", True, "Ferry crossings were"),
        ("2031-06-03", True, "The hearing, set for"),
    ]


def test_a_verb_of_giving_up_of_another_subject_leaves_the_plan(tmp_path: Path) -> None:
    """ "... on 12 May, although the contract was delayed", "will go ahead despite the storm that delayed
    training", "will go ahead and the concert was cancelled", "Kamp, who is due in court on 3 June, was
    suspended": what is given up is another thing than the plan, which stays planned on its day; a plan that
    is the verb's subject ("planned for 22 May, the union said, was postponed", "the review that was planned
    for 26 May") is still given up."""
    doc = {
        "id": "rail",
        "published": "2031-05-07",
        "source": "Kell Gazette",
        "title": "Rail line",
        "text": "The council is expected to approve the new rail line on 12 May, "
        "although the contract was delayed. "
        "The cup final, scheduled for 20 May, will go ahead despite the storm that delayed training. "
        "The board vote set for 21 May will go ahead and the concert was cancelled. "
        "Harbour master Ivo Kamp, who is due to appear in court on 3 June, was suspended by the port board. "
        "The meeting planned for 22 May, the union said, was postponed. "
        "The club cancelled the review that was planned for 26 May.",
    }
    events = [(e.date, e.text[:20]) for e in _timeline(tmp_path, doc).events]
    assert events == [
        ("2031-05-12", "The council is expec"),
        ("2031-05-20", "The cup final, sched"),
        ("2031-05-21", "The board vote set f"),
        ("2031-06-03", "Harbour master Ivo K"),
    ]


def test_a_plan_for_later_on_the_articles_own_day_is_planned(tmp_path: Path) -> None:
    """ "The rescue team was expected to land tonight": the article tells no landing; a done act of the
    day is not planned."""
    doc = {
        "id": "rescue",
        "published": "2031-05-12",
        "source": "Kell Gazette",
        "title": "Rescue team flies out",
        "text": "The rescue team was expected to land tonight at the island airstrip. "
        "Coastguards reached the stranded climbers today.",
    }
    events = {e.text[:20]: e.planned for e in _timeline(tmp_path, doc).events}
    assert events == {"The rescue team was ": True, "Coastguards reached ": False}


def test_an_outlet_named_as_a_hearer_and_a_documents_own_date_date_their_sentences(tmp_path: Path) -> None:
    """ "Thirteen people have now died, the coroner's office told the Post on Friday": the Post is the hearer,
    not a "post" (a page) the Friday names; "The report, dated March 14, 2031, found ..." is the report's
    finding, told through it, not a date printed on a thing. Both are their sentences' events; "a letter
    dated June 1" that a sentence only names keeps its date as a label."""
    doc = {
        "id": "post",
        "published": "2031-07-20",
        "source": "Kell Post",
        "title": "Care home deaths rise",
        "text": "Thirteen people have now died, the coroner's office told the Post on Friday. "
        "The report, dated March 14, 2031, found failings in the kitchens. "
        "The families' lawyers cite a letter dated June 1, 2031.",
    }
    timeline = _timeline(tmp_path, doc)
    assert [(e.date, e.text[:24]) for e in timeline.events] == [
        ("2031-03-14", "The report, dated March "),
        ("2031-07-18", "Thirteen people have now"),
    ]
