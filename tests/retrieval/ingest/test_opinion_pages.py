"""A page that files itself as opinion in its metadata — schema.org's ``OpinionNewsArticle`` type, or an
``article:section`` of "Opinion" — is an opinion piece (``DocumentMeta.opinion``), though its headline
carries no rubric; a news page's section does not make it one."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.ingest.corpus import build_corpus

_BODY = """<h1>The harbour board keeps failing the island</h1>
<p>For three winters the harbour board has promised a new slipway. It has delivered a ramp that cracks.</p>"""

PAGES = {
    "schema type": (
        '<html><head><script type="application/ld+json">{"@type": "OpinionNewsArticle", '
        '"headline": "The harbour board keeps failing the island"}</script></head><body>'
        + _BODY
        + "</body></html>"
    ),
    "section": (
        '<html><head><meta property="article:section" content="Opinion"></head><body>'
        + _BODY
        + "</body></html>"
    ),
}


@pytest.mark.parametrize("marked", sorted(PAGES))
def test_a_page_filed_as_opinion_is_opinion(tmp_path: Path, marked: str) -> None:
    (tmp_path / "board.html").write_text(PAGES[marked])
    assert build_corpus(tmp_path).documents[0].meta.opinion


def test_a_news_section_is_no_opinion(tmp_path: Path) -> None:
    page = PAGES["section"].replace('content="Opinion"', 'content="Local news"')
    (tmp_path / "board.html").write_text(page)
    assert not build_corpus(tmp_path).documents[0].meta.opinion
