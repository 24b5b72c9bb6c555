"""A line under the headline giving the outlet and the date ("Brackenford Echo, 17 March 2026") is read
as both when the name is shaped as a paper's: one ending in a word that is, in a frequent sense, a kind
of communication, as papers name themselves after what they carry ("Echo", "Voice"). The article is
then dated, and its "on Monday" events are placed. A person named so ("Sarah Banner") is no outlet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.ingest.corpus import build_corpus

_STORY = """Council keeps the harbour tolls

{line}

The council voted on Monday to keep the harbour tolls for another year.
The tolls raised 2.1 million pounds last year, officials said.
"""


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Brackenford Echo, 17 March 2026", "Brackenford Echo"),
        ("Harwick Voice | 17 March 2026", "Harwick Voice"),
    ],
)
def test_an_outlet_and_date_line(tmp_path: Path, line: str, outlet: str) -> None:
    (tmp_path / "tolls.txt").write_text(_STORY.format(line=line))
    meta = build_corpus(tmp_path).documents[0].meta
    assert (meta.source, meta.published) == (outlet, date(2026, 3, 17))
    events = build_engine(tmp_path).timeline("harbour tolls").events
    assert "2026-03-16" in [e.date for e in events]  # "on Monday", the Monday before the 17th


def test_a_person_and_date_line_names_no_outlet(tmp_path: Path) -> None:
    (tmp_path / "tolls.txt").write_text(_STORY.format(line="Sarah Banner, 17 March 2026"))
    assert build_corpus(tmp_path).documents[0].meta.source is None
