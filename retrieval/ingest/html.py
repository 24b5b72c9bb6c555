"""HTML pages to visible text: paragraph breaks at block elements, scripts, styles and the head dropped, and
the metadata the page declares (<title>, <meta>, the canonical link)."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6
    header hr li main nav ol p pre section table tbody td th thead tr ul""".split()
)


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "object"})


_META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "author": "author",
    "article:author": "author",
    "article:published_time": "published",
    "og:site_name": "source",
    "og:url": "url",
}


class _HtmlText(HTMLParser):
    """Collect visible text with paragraph breaks at block elements, plus <title> and <meta> fields.

    Text inside script/style/head is dropped; <title> is read even though it sits in <head>.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._title: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            return
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link":
            found = dict(attrs)
            if (found.get("rel") or "").lower() == "canonical" and found.get("href"):
                self.meta.setdefault("canonical", found["href"] or "")
            return
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            return  # a self-closed <svg/> opens nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif self._skip_depth == 0:
            self._current.append(data)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        field = _META_KEYS.get(key)
        if field and content and field not in self.meta:
            self.meta[field] = content

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []

    def result(self) -> tuple[str, dict[str, str]]:
        self._flush()
        fields: dict[str, str] = {}
        title = " ".join("".join(self._title).split())
        if self.meta.get("title") or title:
            fields["title"] = self.meta.get("title") or title
        for key in ("author", "source"):
            if self.meta.get(key):
                fields[key] = self.meta[key]
        url = self.meta.get("url") or self.meta.get("canonical")
        if url:
            fields["url"] = url
        published = self.meta.get("published", "")[:10]
        try:
            if len(published) == 10:
                date.fromisoformat(published)
                fields["published"] = published
        except ValueError:
            pass  # an unparseable meta date is simply not used; the body-date inference takes over
        return "\n\n".join(self.paragraphs), fields


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Visible text (paragraphs separated by blank lines) and the metadata the page declares."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.result()
