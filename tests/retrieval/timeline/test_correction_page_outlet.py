"""A correction naming its outlet between the page and the page's date ("An article published by the
Weir Valley Echo on May 4 misstated ...") refers to that article's date: the correction is an event of the
day it is published, once, not also of the corrected article's day. Small made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine

DOCS = [
    {
        "id": "first",
        "published": "2027-05-04",
        "source": "Weir Valley Echo",
        "title": "Mill workers walk out",
        "text": "Workers at the Tanby paper mill walked out on Tuesday over a pay freeze. "
        "The union said 340 members had joined the strike.",
    },
    {
        "id": "later",
        "published": "2027-05-09",
        "source": "Weir Valley Echo",
        "title": "Tanby mill talks resume",
        "text": "Talks between the Tanby paper mill and the union resumed on Sunday. "
        "Correction: An article published by the Weir Valley Echo on May 4 misstated the number of "
        "union members on strike at the Tanby mill. The union said 240 members had joined.",
    },
]


def test_a_correction_naming_its_outlet_is_dated_once_by_its_own_day(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    events = build_engine(tmp_path).timeline("tanby mill").events
    notices = [e.date for e in events if "misstated" in e.text]
    assert notices == ["2027-05-09"]


def test_a_date_naming_the_article_after_it_is_no_event(tmp_path: Path) -> None:
    """ "A May 4 article by the Weir Valley Echo misstated ...": the date names the page, written before the
    word for it; the correction is an event of its own day only."""
    later = dict(DOCS[1])
    later["text"] = str(later["text"]).replace(
        "An article published by the Weir Valley Echo on May 4", "A May 4 article by the Weir Valley Echo"
    )
    (tmp_path / "docs.jsonl").write_text(
        "\n".join(json.dumps(d) for d in [DOCS[0], later]) + "\n", encoding="utf-8"
    )
    events = build_engine(tmp_path).timeline("tanby mill").events
    assert [e.date for e in events if "misstated" in e.text] == ["2027-05-09"]


def test_a_correction_is_shown_with_what_its_paragraph_says_is_right(tmp_path: Path) -> None:
    """A notice alone shows only the wrong claim ("misstated the number ..."): the line goes on with the
    next sentence of its paragraph, which says what is right, and is still its own event, apart from the
    report it corrects."""
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    events = build_engine(tmp_path).timeline("tanby mill").events
    notice = next(e for e in events if "misstated" in e.text)
    assert notice.text.endswith(
        "union members on strike at the Tanby mill. The union said 240 members had joined."
    )
    assert [c.doc_id for c in notice.citations] == ["later"]


def test_a_correction_ending_its_paragraph_is_shown_alone(tmp_path: Path) -> None:
    later = dict(DOCS[1])
    later["text"] = str(later["text"]).replace(" The union said 240", "\n\nThe union said 240")
    (tmp_path / "docs.jsonl").write_text(
        "\n".join(json.dumps(d) for d in [DOCS[0], later]) + "\n", encoding="utf-8"
    )
    events = build_engine(tmp_path).timeline("tanby mill").events
    notice = next(e for e in events if "misstated" in e.text)
    assert notice.text.endswith("union members on strike at the Tanby mill.")


def test_a_next_paragraph_saying_what_is_correct_is_shown_with_the_notice(tmp_path: Path) -> None:
    later = dict(DOCS[1])
    # the notice ends its paragraph; the next one opens by saying it gives what is correct
    later["text"] = str(later["text"]).replace(
        " The union said 240 members had joined.",
        "\n\nThe correct number is 240.\n\nThe Echo regrets the error.",
    )
    (tmp_path / "docs.jsonl").write_text(
        "\n".join(json.dumps(d) for d in [DOCS[0], later]) + "\n", encoding="utf-8"
    )
    events = build_engine(tmp_path).timeline("tanby mill").events
    notice = next(e for e in events if "misstated" in e.text)
    assert notice.text.endswith("union members on strike at the Tanby mill. The correct number is 240.")


def test_an_earlier_version_of_the_outlets_copy_is_a_correction(tmp_path: Path) -> None:
    """ "Correction: An earlier version of our coverage said ..." corrects the outlet's earlier article as
    "misstated" does: an event of its own day, shown with what is right."""
    later = dict(DOCS[1])
    later["text"] = (
        "Talks between the Tanby paper mill and the union resumed on Sunday. "
        "Correction: An earlier version of our coverage said 340 members had joined the strike. "
        "The union said 240 members had joined."
    )
    (tmp_path / "docs.jsonl").write_text(
        "\n".join(json.dumps(d) for d in [DOCS[0], later]) + "\n", encoding="utf-8"
    )
    events = build_engine(tmp_path).timeline(None).events
    assert [(e.date, e.text) for e in events if "version" in e.text] == [
        (
            "2027-05-09",
            "Correction: An earlier version of our coverage said 340 members had joined the strike. "
            "The union said 240 members had joined.",
        )
    ]
