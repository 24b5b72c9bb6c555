"""A page's schema.org JSON-LD states its article's headline, authors, publisher and date: read as the
page's own fields, below its <meta> tags, and only when the page declares one article."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.ingest.corpus import build_document
from retrieval.ingest.html import html_to_text
from retrieval.ingest.load import load_corpus


def _page(*blocks: object, meta: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks)
    return (
        f"<html><head><title>Page</title>{meta}{scripts}</head><body><p>The quay reopened.</p></body></html>"
    )


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Quay reopens after repairs",
    "datePublished": "2026-03-10T08:15:00+01:00",
    "author": [{"@type": "Person", "name": "Mara Quintal"}, {"@type": "Person", "name": "Dev Rao"}],
    "publisher": {"@type": "Organization", "name": "Riverton Courier"},
}


def test_a_json_ld_article_gives_title_authors_outlet_and_date() -> None:
    _, fields = html_to_text(_page(ARTICLE))
    assert fields == {
        "title": "Quay reopens after repairs",
        "author": "Mara Quintal and Dev Rao",
        "source": "Riverton Courier",
        "published": "2026-03-10",
    }


def test_json_ld_in_a_graph_among_other_objects_is_found() -> None:
    graph = {"@graph": [{"@type": "WebSite", "name": "Site"}, {**ARTICLE, "@type": ["NewsArticle", "Thing"]}]}
    assert html_to_text(_page(graph))[1]["published"] == "2026-03-10"


def test_meta_tags_win_over_json_ld() -> None:
    meta = (
        '<meta property="article:published_time" content="2026-03-09"><meta name="author" content="Ines C">'
    )
    _, fields = html_to_text(_page(ARTICLE, meta=meta))
    assert (fields["published"], fields["author"]) == ("2026-03-09", "Ines C")


def test_several_articles_broken_json_or_a_bad_date_state_nothing() -> None:
    two = [ARTICLE, {**ARTICLE, "headline": "Other", "datePublished": "2026-04-02"}]
    assert html_to_text(_page(two))[1] == {"title": "Page"}
    assert html_to_text(_page(ARTICLE).replace('"@context"', "{{"))[1] == {"title": "Page"}
    bad = {"@type": "NewsArticle", "datePublished": "last Tuesday", "author": "Sam Obi"}
    assert html_to_text(_page(bad))[1] == {"title": "Page", "author": "Sam Obi"}


def test_a_page_dated_only_by_json_ld_is_dated(tmp_path: Path) -> None:
    (tmp_path / "quay.html").write_text(_page(ARTICLE), encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert problems == []
    meta = build_document(docs[0]).meta
    assert (str(meta.published), meta.source, meta.provenance["published"]) == (
        "2026-03-10",
        "Riverton Courier",
        "file",
    )
