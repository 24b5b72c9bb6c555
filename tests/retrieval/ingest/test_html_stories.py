"""A page that is a row of <article> stories (a round-up) is read as one document per story, so each is
credited to its own byline and dated by it; a page whose story stands outside its <article>s (teasers
under it) stays one document."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from retrieval.ingest.corpus import build_corpus, build_document
from retrieval.ingest.load import Known, load_corpus, scan_corpus

ROUNDUP = """<!doctype html><html><head><title>Weekly roundup</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ines Carvalho">
<meta property="article:published_time" content="2026-04-02"></head><body>
<nav><a>Home</a> <a>News</a></nav><h1>Weekly roundup</h1><main>
<article><h2>Ferry service resumes</h2><p class="byline">By Ines Carvalho · 2 April 2026</p>
<p>The Riverton ferry resumed sailings on Thursday after a three-week suspension caused by a damaged ramp.</p>
</article>
<article><h2>Mayor opens new market hall</h2><p class="byline">By Sam Obi · 3 April 2026</p>
<p>Mayor Linh Tran opened the market hall on Friday, with 40 stalls selling local produce.</p>
<p>The hall had been due to open last December.</p></article>
</main></body></html>"""

STORY_WITH_TEASERS = """<html><head><title>Bridge bill put at 3.1 million</title></head><body>
<div class="story"><h1>Bridge bill put at 3.1 million</h1>
<p>By Tomás Brennan | Elmstead Gazette | 11 March 2026</p>
<p>Repairing the Old Mill Bridge will cost 3.1 million pounds, the county council confirmed on Wednesday.</p>
<p>The bridge closes on 16 March, and the work is expected to last six weeks, the council said.</p>
<p>Elmstead residents fear the diversion will bring thousands of extra vehicles through the village.</p></div>
<article><h3>School fete raises 4,000</h3><p>The spring fete raised 4,000 pounds on Saturday.</p></article>
<article><h3>Library hours cut</h3><p>The library will open three days a week from April.</p></article>
</body></html>"""


def test_a_page_of_article_stories_is_one_document_per_story(tmp_path: Path) -> None:
    (tmp_path / "roundup.html").write_text(ROUNDUP, encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert problems == []
    assert [d.doc_id for d in docs] == ["roundup#1", "roundup#2"]
    metas = [build_document(d).meta for d in docs]
    assert [(m.title, m.author, m.published, m.source) for m in metas] == [
        ("Ferry service resumes", "Ines Carvalho", date(2026, 4, 2), "Harbour Times"),
        ("Mayor opens new market hall", "Sam Obi", date(2026, 4, 3), "Harbour Times"),
    ]
    market = build_document(docs[1])
    assert [s.text for s in market.sentences] == [
        "Mayor Linh Tran opened the market hall on Friday, with 40 stalls selling local produce.",
        "The hall had been due to open last December.",
    ]


def test_a_story_with_article_teasers_under_it_stays_one_document(tmp_path: Path) -> None:
    (tmp_path / "bridge.html").write_text(STORY_WITH_TEASERS, encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["bridge"]
    assert build_document(docs[0]).meta.author == "Tomás Brennan"


def test_an_unchanged_round_up_page_is_not_read_again_on_a_reload(tmp_path: Path) -> None:
    page = tmp_path / "roundup.html"
    page.write_text(ROUNDUP, encoding="utf-8")
    os.utime(page, (1_700_000_000, 1_700_000_000))
    first = scan_corpus(tmp_path)
    again = scan_corpus(tmp_path, previous=first.index, reusable={"roundup#1", "roundup#2"})
    assert again.docs == [Known("roundup#1", "roundup.html"), Known("roundup#2", "roundup.html")]
    assert again.problems == []


def test_a_page_with_no_visible_text_says_so(tmp_path: Path) -> None:
    (tmp_path / "half.html").write_text(
        '<html><head><title>Bridge</title><script>var a = "', encoding="utf-8"
    )
    docs, problems = load_corpus(tmp_path)
    assert docs == []
    assert [str(p) for p in problems] == ["half.html: no visible text (an empty or unfinished page)"]


def test_a_file_with_nothing_quotable_is_reported_not_listed(tmp_path: Path) -> None:
    """A page of navigation or a stray character was listed in the sources as "(0 sentences)": a
    document no answer could quote; it is reported instead, and the rest loads."""
    (tmp_path / "nav.html").write_text(
        "<html><head><title>Just a title</title></head><body><p>Home</p><p>News</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "x.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(
        "Ferry fares rise\n\nFares rise by 8 percent in May.\n", encoding="utf-8"
    )
    corpus = build_corpus(tmp_path)
    assert [d.meta.doc_id for d in corpus.documents] == ["story"]
    assert sorted(str(p) for p in corpus.problems) == [
        "nav.html: no story text once page furniture is removed; not loaded",
        "x.txt: no story text once page furniture is removed; not loaded",
    ]
