"""A date in a relative clause on the object of a preposition dates that object's act, not the sentence's
main act: "fined the operator on Friday over the derailment that injured 40 people on 3 May" is no event
of 3 May (listed there, the line reads as the fine's day). Small made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine

DOCS = [
    {
        "id": "undated",
        "title": "Regulator fines rail operator",
        "text": "The regulator fined the operator £2m on Friday over the derailment that injured 40 people "
        "on 3 May 2031.\n\nThe operator said it would not appeal.",
    },
    {
        "id": "dated",
        "published": "2031-06-10",
        "title": "Operator fined",
        "text": "The regulator fined Westline £2m over the derailment that injured 40 passengers "
        "on 3 May.\n\n"
        "Three people were hurt in the crash that happened on 4 June.\n\n"
        "The court charged him with the murder which took place on 2 June.",
    },
]


def test_an_object_relative_clause_date_dates_no_main_act(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    events = {e.date: e.text for e in build_engine(tmp_path).timeline().events}
    assert "2031-05-03" not in events  # neither the undated article's nor the dated one's fine
    assert "2031-06-02" not in events  # the charge is not the murder's day
    # "in" the crash: the main act is the crash's own event, dated by it
    assert events["2031-06-04"] == "Three people were hurt in the crash that happened on 4 June."
