"""A live page credits its writer after its kind ("Live blog by Tamsin Oyelaran"), and a byline may give
the writer's role after the name ("Owen Delacroix, CNC business reporter", the outlet before a beat and a
role), as a TV site's byline element does: each names the author. Small made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.ingest.byline import read_byline
from retrieval.ingest.corpus import build_document
from retrieval.ingest.load import load_corpus
from retrieval.models import Document, RawDocument

_BODY = (
    "The Corran bridge was closed on Tuesday after the river rose overnight.\n\n"
    "Crews worked through the night to clear the drains, the county council said.\n"
)


def _doc(head: str) -> Document:
    text = f"# Corran bridge closed as river rises\n\n{head}\n\n{_BODY}"
    return build_document(RawDocument("d", text, "d.md", "md"))


@pytest.mark.parametrize("kind", ["Live blog", "Live coverage", "Live updates"])
def test_a_live_page_credits_its_writer_after_its_kind(kind: str) -> None:
    doc = _doc(f"{kind} by Tamsin Oyelaran")
    assert doc.meta.author == "Tamsin Oyelaran"
    assert all("Oyelaran" not in s.text for s in doc.sentences)


def test_a_role_after_the_name_credits_the_name_and_the_outlet_before_the_role() -> None:
    read = read_byline("Owen Delacroix, CNC business reporter")
    assert read is not None and (read.author, read.outlet) == ("Owen Delacroix", "CNC")
    doc = _doc("Owen Delacroix, CNC business reporter")
    assert (doc.meta.author, doc.meta.source) == ("Owen Delacroix", "CNC")
    alone = read_byline("Owen Delacroix, business reporter")
    assert alone is not None and (alone.author, alone.outlet) == ("Owen Delacroix", None)


@pytest.mark.parametrize(
    "line",
    [
        "Storm Warning, business reporter",  # common words, no one's name
        "Harbour Gazette, business reporter",  # an outlet's name, no one's
        "Live blog by the river",  # no name after the credit
    ],
)
def test_a_role_or_a_live_credit_beside_no_name_credits_no_one(line: str) -> None:
    read = read_byline(line)
    assert read is None or read.author is None


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline">Owen Delacroix, CNC business reporter</div>',
        # the parts set apart by the markup alone, with or without white space between them
        '<div class="byline"><span>Owen Delacroix</span><span>CNC business reporter</span></div>',
        '<div class="article-byline">\n <span>Owen Delacroix</span>\n'
        " <span>CNC business reporter</span>\n</div>",
    ],
)
def test_a_tv_sites_byline_element_names_the_author(tmp_path: Path, byline: str) -> None:
    page = (
        "<html><head><title>Corran bridge closed as river rises</title></head><body>"
        f"<h1>Corran bridge closed as river rises</h1>{byline}"
        "<p>The Corran bridge was closed on Tuesday after the river rose overnight.</p>"
        "<p>Crews worked through the night to clear the drains, the county council said.</p>"
        "</body></html>"
    )
    (tmp_path / "bridge.html").write_text(page, encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    (raw,) = docs
    doc = build_document(raw)
    assert (doc.meta.author, doc.meta.source) == ("Owen Delacroix", "CNC")
    assert all("Delacroix" not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    "opening",
    [
        '<div class="byline"><span>Owen Delacroix</span><span>CNC business reporter</span>',  # never closed
        # closed by the next <p>, as HTML allows
        '<p class="byline">By Owen Delacroix, CNC business reporter',
    ],
)
def test_a_byline_element_left_open_never_splits_the_story_after_it(opening: str) -> None:
    """A byline's parts are set apart only where one part's element meets the next; the story after a byline
    left open is prose, its emphasis and links kept verbatim."""
    from retrieval.ingest.html import html_to_text

    page = (
        f"<html><body><article><h1>Mill Street library stays open</h1>{opening}"
        "<p>The council voted to keep the <em>Mill Street</em> library open, "
        '<a href="/x">the mayor</a> said.</p>'
        "<p>It lends <b>40,000</b> books a year.</p></article></body></html>"
    )
    text = html_to_text(page)[0]
    assert "The council voted to keep the Mill Street library open, the mayor said." in text
    assert "It lends 40,000 books a year." in text
