"""A merged event shows a report whose own date is the event's, cited first: "resigned last week" from a
later article, merged into another outlet's "resigned on 10 March", is cited but never the line shown
under 10 March. Small made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import build_engine

DOCS = [
    {
        "id": "herald",
        "published": "2031-03-11",
        "source": "Herald",
        "title": "Mayor Doe resigns",
        "text": "Mayor Jane Doe resigned from the Harbor council on 10 March after a long dispute over the "
        "port budget.\n\nThe council will elect a successor.",
    },
    {
        "id": "courier",
        "published": "2031-03-17",
        "source": "Courier",
        "title": "Council seeks mayor",
        "text": "Mayor Jane Doe resigned last week.\n\nCandidates have until April to apply.",
    },
    {
        "id": "gazette",
        "published": "2031-03-01",
        "source": "Gazette",
        "title": "Budget",
        "text": "The council passed its budget on 1 March.\n\nBus fares stay the same.",
    },
]


def test_the_line_shown_states_the_events_own_date(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    engine = build_engine(tmp_path)
    for timeline in (engine.timeline(), engine.timeline("Jane Doe resigned")):
        (event,) = [e for e in timeline.events if e.date == "2031-03-10"]
        assert event.text.startswith("Mayor Jane Doe resigned from the Harbor council on 10 March")
        assert [c.doc_id for c in event.citations] == ["herald", "courier"]
