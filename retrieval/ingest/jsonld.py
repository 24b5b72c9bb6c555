"""A page's schema.org metadata (``<script type="application/ld+json">``): the headline, authors,
publisher and publication date an article declares there, as many news sites do instead of (or beside)
``<meta>`` tags. Read only when the page declares exactly one article: a page listing several (a
round-up) states no one date or author for the page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

#: schema.org types that are an article (NewsArticle's and Article's common subtypes)
_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
    }
)


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD block: a list, an ``@graph``, or one object."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds)


def _names(value: Any) -> list[str]:
    """Names of a person or organisation, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(" ".join(name.split()))
    return names


def _day(value: Any) -> str | None:
    """The date part of an ISO 8601 date or date-time, as written; None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return value.strip()[:10]


def article_fields(blocks: list[str]) -> dict[str, str]:
    """title, author, source, published and section from the page's JSON-LD blocks, when exactly one
    article is declared; blocks that are not JSON are ignored (the page's other metadata still counts)."""
    articles: list[dict[str, Any]] = []
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        articles.extend(obj for obj in _objects(data) if _is_article(obj))
    if len(articles) != 1:
        return {}
    article = articles[0]
    fields: dict[str, str] = {}
    if isinstance(headline := article.get("headline"), str) and headline.strip():
        fields["title"] = " ".join(headline.split())
    if authors := _names(article.get("author")):
        fields["author"] = authors[0] if len(authors) == 1 else f"{', '.join(authors[:-1])} and {authors[-1]}"
    if publishers := _names(article.get("publisher")):
        fields["source"] = publishers[0]
    if published := _day(article.get("datePublished")):
        fields["published"] = published
    kinds = article.get("@type")
    if "OpinionNewsArticle" in (kinds if isinstance(kinds, list) else [kinds]):
        fields["section"] = "Opinion"  # schema.org's own type for an opinion piece
    elif isinstance(section := article.get("articleSection"), str):
        fields["section"] = section
    return fields
