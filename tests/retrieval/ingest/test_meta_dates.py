"""A page's publication date is read from any of the <meta> names pages state it under, not only
Open Graph's ``article:published_time``: ``name="date"``, Dublin Core, ``itemprop="datePublished"``."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.ingest.corpus import build_document
from retrieval.ingest.load import load_corpus

PAGE = """<html><head><title>Ferry fares frozen</title>{meta}</head><body>
<h1>Ferry fares frozen</h1><p>The harbour board froze ferry fares for another year on Tuesday.</p>
</body></html>"""


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="date" content="2026-03-12">',
        '<meta name="DC.date.issued" content="2026-03-12">',
        '<meta itemprop="datePublished" content="2026-03-12T08:00:00Z">',
        '<meta name="pubdate" content="2026-03-12">',
    ],
)
def test_a_meta_date_dates_the_page(tmp_path: Path, meta: str) -> None:
    (tmp_path / "fares.html").write_text(PAGE.format(meta=meta), encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert problems == []
    assert str(build_document(docs[0]).meta.published) == "2026-03-12"


def test_a_page_stating_no_date_stays_undated(tmp_path: Path) -> None:
    (tmp_path / "fares.html").write_text(PAGE.format(meta='<meta name="author" content="Ana Ruiz">'), "utf-8")
    docs, _ = load_corpus(tmp_path)
    assert build_document(docs[0]).meta.published is None
