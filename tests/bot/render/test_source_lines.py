"""Source lists a reader can use: duplicate documents (the same article in two files of the corpus) are
one line with every number pointing at them, never the same line twice; and a long URL is kept whole or
not linked, never cut in the middle (which left a broken link with its markdown showing)."""

from __future__ import annotations

from datetime import date

import pytest

from bot import render
from retrieval import Answer, Citation, SourceInfo, Sources, Statement, Timeline, TimelineEvent
from tests.bot.render.hostile import check_limits

DAY = date(2025, 3, 1)
URL = "https://example.com/news/harbour"


def _cite(n: int, doc_id: str, url: str | None = URL, title: str = "Harbour reopens") -> Citation:
    return Citation(n=n, doc_id=doc_id, title=title, source="Wire", url=url, published=DAY, quote="q")


def _answer(cites: list[Citation]) -> Answer:
    nums = [c.n for c in cites]
    return Answer(
        question="When did the harbour reopen?",
        abstained=False,
        answer="q",
        citations=cites,
        statements=[Statement(text="The harbour reopened on Friday.", citations=nums)],
    )


DUPLICATES = [
    _cite(1, "wire-1"),
    _cite(2, "wire-2"),
    _cite(3, "other", url="https://other.example/x", title="X"),
]


def test_duplicate_documents_are_one_source_line_in_text() -> None:
    lines = render.answer_text(_answer(DUPLICATES)).splitlines()
    assert lines[2:5] == [
        "Sources:",
        f"  [1][2] Harbour reopens — Wire, 2025-03-01 <{URL}>",
        "  [3] X — Wire, 2025-03-01 <https://other.example/x>",
    ]


def test_duplicate_documents_are_one_source_line_in_embeds() -> None:
    (embed,) = render.answer_embeds(_answer(DUPLICATES))
    lines = (embed.fields[0].value or "").splitlines()
    assert len(lines) == 2 and lines[0].startswith("[1][2] [Harbour reopens]"), lines


def test_duplicate_documents_are_one_source_of_a_timeline() -> None:
    events = [
        TimelineEvent(date="2025-03-01", precision="day", text="Reopened.", citations=DUPLICATES[:2]),
        TimelineEvent(date="2025-03-02", precision="day", text="Again.", citations=[DUPLICATES[1]]),
    ]
    text = render.timeline_text(Timeline(topic="harbour", events=events)).splitlines()
    assert text[1:5] == [
        "2025-03-01 — Reopened. [1]",
        "2025-03-02 — Again. [1]",
        "Sources:",
        f"  [1] Harbour reopens — Wire, 2025-03-01 <{URL}>",
    ]
    embed = render.timeline_embed(Timeline(topic="harbour", events=events), 0, 8)
    assert len((embed.fields[0].value or "").splitlines()) == 1


def _doc(doc_id: str, sentences: int = 2) -> SourceInfo:
    return SourceInfo(
        doc_id=doc_id,
        title="Harbour reopens",
        source="Wire",
        author=None,
        url=URL,
        published=DAY,
        provenance={},
        sentences=sentences,
    )


def test_the_sources_list_shows_duplicate_documents_once_with_their_count() -> None:
    sources = Sources(documents=[_doc("wire-1"), _doc("wire-2"), _doc("wire-0", sentences=5)])
    # the heading's count matches the rows ("Sources (9 documents)" stood over 8 of them)
    assert render.sources_text(sources).splitlines() == [
        "Sources (3 documents on 2 lines: copies share one)",
        f"  [1] Harbour reopens — Wire, 2025-03-01 (2 sentences) <{URL}> (2 copies)",
        f"  [2] Harbour reopens — Wire, 2025-03-01 (5 sentences) <{URL}>",
    ]
    embed = render.sources_embed(sources)
    lines = (embed.description or "").splitlines()
    assert len(lines) == 2 and lines[0].endswith("(2 copies)")
    assert embed.title == "Sources (3 documents on 2 lines: copies share one)"


@pytest.mark.parametrize("length", [100, 600, 601, 1000, 1100, 3000])
def test_a_long_url_is_linked_whole_or_not_at_all(length: int) -> None:
    url = "https://example.com/" + "a" * (length - len("https://example.com/"))
    cites = [_cite(1, "long", url=url, title="Long"), _cite(2, "other", url=URL, title="Other")]
    (embed,) = render.answer_embeds(_answer(cites))
    check_limits([embed])
    field = embed.fields[0].value or ""
    line = field.splitlines()[0]
    if f"(<{url}>)" not in line:
        assert "](<" not in line and "https://" not in line and "…" not in line, line
        assert line.startswith("[1] Long — Wire"), line
    assert f"[Other](<{URL}>)" in field, "the other sources keep their links"
    listing = render.sources_embed(Sources(documents=[_doc("long").model_copy(update={"url": url})]))
    check_limits([listing])
    shown = listing.description or ""
    assert f"(<{url}>)" in shown or ("](<" not in shown and "…" not in shown), shown
