"""A page whose only mention of its outlet is its footer, the name and a tagline on the last line
("Kirkdal Courier - your town, your news."), is that outlet's, and the footer is never quoted. A story's
last sentence with a dash in it stays story. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from retrieval import build_engine

_PAGE = """Training centre at the heart of the scandal

By Hanne Dahl

Residents of Kirkdal say they are stunned that the training centre is at the heart of the scandal.

The centre's doctor lives in the town, neighbours said.

Kirkdal Courier - your town, your news. Subscribe for 2 euros a month.
"""

_STORY_END = """Ferry fares to rise

By Tom Reed

The harbour board will raise ferry fares by 10 per cent in June.

The board's chair said the rise was unavoidable - fuel costs have doubled since last year.
"""


def test_a_footer_with_a_tagline_names_the_outlet(tmp_path: Path) -> None:
    (tmp_path / "centre.txt").write_text(_PAGE)
    (tmp_path / "fares.txt").write_text(_STORY_END)
    engine = build_engine(tmp_path)
    docs = engine.documents
    assert docs["centre"].meta.source == "Kirkdal Courier"
    texts = " ".join(s.text for d in docs.values() for s in d.sentences)
    assert "your town, your news" not in texts and "Subscribe" not in texts
    assert docs["fares"].meta.source is None
    assert "fuel costs have doubled since last year" in texts
