"""Every citation says its event, and every date is one the text gives: another outlet's saying on the
day of an act is not cited for the act; a day of history lends no year to the story's own year-less
day; the older figure a comparison measures against dates nothing; a plan given up is no plan; a plan
for later on the article's own day is one. Made-up copy about a port, a care home, a heatwave and an
audit."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine
from retrieval.models import Timeline


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
