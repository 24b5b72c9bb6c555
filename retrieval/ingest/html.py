"""HTML pages to visible text: paragraph breaks at block elements, scripts, styles and the head dropped, and
the metadata the page declares (<title>, <meta>, the canonical link)."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from retrieval.ingest.jsonld import article_fields
from retrieval.models import RawDocument

_BLOCK_TAGS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6
    header hr li main nav ol p pre section table tbody td th thead tr ul""".split()
)


#: elements whose content is never visible text
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "head", "object"})
#: what may stand in <head>: any other element means the body has begun (a page may never close its head)
#: a <title> of "Headline | Outlet": at least three words, then a short name after a bar (a dash is left
#: alone: "Brexit - what happens next" is a headline)
_SITE_SUFFIX = re.compile(r"(\S+(?:\s+\S+){2,}?)\s+\|\s+([^|]{2,40}?)")
#: a <title> of "Headline - Outlet" (a dash, en or em dash): the part after the last dash is the site's
#: name only when the page's own heading is the part before it (see ``_HtmlText._dash_site``)
_DASH_SUFFIX = re.compile(r"(\S+(?:\s+\S+){2,})\s+[-–—]\s+([^-–—|]{2,40}?)")
#: how many of a page's first headings may be its headline (a site name or section label may come first)
_HEADLINE_HEADINGS = 3
#: the most words outside a page's <article>s that still leave it a row of stories (its navigation,
#: the page's own heading), unless the articles hold five times as many
_OUTSIDE_WORDS = 40
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEAD_TAGS = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
#: elements that never have content or an end tag
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: an inline style that hides its element
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: a class or id naming what readers add or the site wraps around a story: readers' comments, cookie and
#: consent banners, share and follow buttons. Whole names only ("share-price", "comment-piece" stay)
_FURNITURE_NAME = re.compile(
    r"(?:(?:user|reader|article|post|fb|disqus)[-_])?(?:comments?|comment[-_]?(?:list|section|thread|area|s?form)|"
    r"disqus[-_]thread|respond|replies)|"
    r"(?:cookies?|consent|gdpr)(?:[-_](?:banner|notice|bar|consent|popup|modal|wall))?|"
    r"(?:social|share|sharing)(?:[-_](?:buttons?|bar|tools|links|icons))?",
    re.IGNORECASE,
)
#: a class or id naming a page's byline element ("byline", "article-byline", "byline__name"): the parts
#: inside it (a name in one <span>, the role and outlet in the next) are the byline's parts
_BYLINE_NAME = re.compile(r"(?:[a-z]+[-_]+)?by-?line(?:[-_]+[a-z]+)*", re.IGNORECASE)
#: what stands between the parts of a byline element, as a byline written in one line separates them
_BYLINE_SEPARATOR = " | "
#: elements that hold no story text: controls, and dialogs (cookie walls, sign-up boxes)
_CONTROL_TAGS = frozenset({"button", "dialog", "select", "textarea"})


def _hides(tag: str, attrs: dict[str, str | None]) -> bool:
    """Whether an element's content is invisible to a reader: never-rendered elements, and elements
    hidden by the ``hidden`` attribute, ``aria-hidden="true"`` or an inline style."""
    if tag in _SKIP_TAGS or "hidden" in attrs:
        return True
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(_HIDING_STYLE.search(attrs.get("style") or ""))


def _is_furniture(tag: str, attrs: dict[str, str | None], in_article: bool) -> bool:
    """Whether an element holds no part of the story though a reader sees it: readers' comments (quoted,
    they would be the outlet's words), cookie banners, share buttons, controls, and the page's own footer
    (a footer inside an <article> is the story's and may state its date)."""
    if tag in _CONTROL_TAGS or (tag == "footer" and not in_article):
        return True
    names = (attrs.get("class") or "").split() + (attrs.get("id") or "").split()
    return any(_FURNITURE_NAME.fullmatch(name) for name in names)


_META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "author": "author",
    "article:author": "author",
    "article:published_time": "published",
    # the other names pages give their publication date under (Dublin Core, news CMSs, schema.org's
    # microdata on a <meta itemprop>): the first the page states is taken
    "article:published": "published",
    "date": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "publish_date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dcterms.date": "published",
    "dcterms.issued": "published",
    "datepublished": "published",
    "parsely-pub-date": "published",
    "sailthru.date": "published",
    "og:site_name": "source",
    "og:url": "url",
    "article:section": "section",
}
#: a section or schema.org type that files the page as opinion (``<meta property="article:section"
#: content="Opinion">``, ``"@type": "OpinionNewsArticle"``)
_OPINION_SECTION = re.compile(
    r"^\s*(?:opinions?|op-?eds?|commentary|editorials?|columns?)\s*$", re.IGNORECASE
)


class _HtmlText(HTMLParser):
    """Collect visible text with paragraph breaks at block elements, plus <title> and <meta> fields.

    Hidden content (scripts, styles, templates, SVG, the head, anything hidden by an attribute or an
    inline style) is tracked as a stack of the elements that hid it, so that an unclosed element or a
    missing ``</head>`` cannot hide the rest of the page: an end tag closes the hiding element it
    matches, and any element that does not belong in the head ends the head.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        #: the open elements that hide their content, innermost last; inside one, every element opened
        #: since (so that a nested element of the same name does not end the hiding at its end tag)
        self._hiding: list[str] = []
        #: open <article> elements (outside any hidden one), and the number of the outermost one open
        #: (1, 2, ...; 0 outside every article), which each paragraph is kept with
        self._articles = 0
        self._article_no = 0
        self._seen_articles = 0
        self.article_of: list[int] = []
        #: whether each paragraph is a heading (h1-h6), and the heading elements open
        self.heading_of: list[bool] = []
        self._headings = 0
        self._in_title = False
        self._title: list[str] = []
        #: the open byline element and the elements opened inside it since, innermost last: an end of
        #: one of those separates the byline's parts, which a page sets apart only by its markup
        self._byline: list[str] = []
        #: a byline part just ended and no word has come since: the next part's start sets them apart
        #: ("</span><span>"), where a word between ("<em>Mill Street</em> library") is prose and left as is
        self._part_ended = False
        #: the paragraph being read holds a word (kept so that no end tag re-reads the paragraph)
        self._has_words = False
        self.meta: dict[str, str] = {}
        #: the page's JSON-LD blocks, and the one being read
        self._json_ld: list[str] = []
        self._in_json_ld: list[str] | None = None

    def _in_head_only(self) -> bool:
        return all(t == "head" for t in self._hiding)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self._hiding and self._hiding[-1] == "head" and tag not in _HEAD_TAGS:
            self._hiding.pop()  # the body began without a </head>
        if tag == "title":
            self._in_title = self._in_head_only()  # an SVG's <title> is no page title
            if not self._in_title:
                self._hiding.append(tag)
            return
        if tag == "meta":
            self._meta(found)
            return
        if tag == "script" and (found.get("type") or "").strip().lower() == "application/ld+json":
            self._in_json_ld = []
        if tag == "link":
            if (found.get("rel") or "").lower() == "canonical" and found.get("href"):
                self.meta.setdefault("canonical", found["href"] or "")
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            if self._byline and (tag == "p" or self._byline[0] == "p"):
                # a byline is parts of one line: a paragraph starting ends it, whether or not the page
                # closed the byline's element ("<p class=byline>By ..." then "<p>", as HTML allows)
                self._byline.clear()
        if self._part_ended and self._byline and self._has_words:
            self._current.append(_BYLINE_SEPARATOR)  # "<span>Owen Delacroix</span><span>CNC ..."
        self._part_ended = False
        if tag in _VOID_TAGS:
            return
        names = (found.get("class") or "").split() + (found.get("id") or "").split()
        if self._byline or any(_BYLINE_NAME.fullmatch(name) for name in names):
            self._byline.append(tag)
        if not self._in_head_only():
            self._hiding.append(tag)  # within hidden content: kept only to find where it ends
        elif _hides(tag, found) or _is_furniture(tag, found, self._articles > 0):
            self._current.append(" ")  # what it hid never glues the words around it together
            self._hiding.append(tag)
        elif tag in _HEADING_TAGS:
            self._headings += 1
        elif tag == "article":
            if self._articles == 0:
                self._flush()
                self._seen_articles += 1
                self._article_no = self._seen_articles
            self._articles += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS or tag == "title":
            return  # a self-closed <svg/> opens nothing
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS and self._hiding and self._hiding[-1] == tag:
            self._hiding.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_json_ld is not None:
            self._json_ld.append("".join(self._in_json_ld))
            self._in_json_ld = None
        if tag == "title" and self._in_title:
            self._in_title = False
            return
        if tag in self._byline:
            while self._byline.pop() != tag:
                pass
            self._part_ended = bool(self._byline) and not self._hiding
        if tag in self._hiding:
            while self._hiding and self._hiding.pop() != tag:
                pass
            self._current.append(" ")
        elif not self._hiding:
            if tag in _BLOCK_TAGS:
                self._flush()
            if tag in _HEADING_TAGS and self._headings:
                self._headings -= 1
            if tag == "article" and self._articles:
                self._articles -= 1
                if self._articles == 0:
                    self._flush()
                    self._article_no, self._headings = 0, 0

    def handle_data(self, data: str) -> None:
        if self._in_json_ld is not None:
            self._in_json_ld.append(data)
        elif self._in_title:
            self._title.append(data)
        elif not self._hiding:
            self._current.append(data)
            if data.strip():
                self._has_words = True
                self._part_ended = False

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        field = _META_KEYS.get(key)
        if field and content and field not in self.meta:
            self.meta[field] = content

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
            self.article_of.append(self._article_no)
            self.heading_of.append(self._headings > 0)
        self._current = []
        self._has_words = False

    def articles(self) -> list[tuple[str, str | None]]:
        """The stories of a page that is a row of <article> elements (a round-up, a live page): each
        article's text, when there are two or more and what stands outside them is too little to be a
        story of its own (navigation, a heading). A page whose story stands outside its <article>s (the
        teasers under it) is one story: []. With each, its headline: the heading it begins with."""
        self._flush()
        count = max(self.article_of, default=0)
        if count < 2:
            return []
        inside: list[list[tuple[str, bool]]] = [[] for _ in range(count + 1)]
        for text, number, heading in zip(self.paragraphs, self.article_of, self.heading_of, strict=True):
            inside[number].append((text, heading))
        outside = sum(len(p.split()) for p, _ in inside[0])
        if outside > max(_OUTSIDE_WORDS, sum(len(p.split()) for ps in inside[1:] for p, _ in ps) // 5):
            return []
        return [("\n\n".join(p for p, _ in ps), ps[0][0] if ps[0][1] else None) for ps in inside[1:] if ps]

    def _dash_site(self, title: str) -> tuple[str, str] | None:
        """A <title> "Headline - Outlet" split in two, when one of the page's first headings is the
        headline alone: the page then says itself that what follows the dash is no part of it. A dash
        on its own is no sign ("Brexit - what happens next" is a headline, and its page's heading says
        so); a name-like suffix on its own is none either ("Storm hits coast - Met Office")."""
        split = _DASH_SUFFIX.fullmatch(title)
        if split is None:
            return None
        headline = _plain(split.group(1))
        headings = [p for p, h in zip(self.paragraphs, self.heading_of, strict=True) if h]
        if not any(_plain(h) == headline for h in headings[:_HEADLINE_HEADINGS]):
            return None
        return split.group(1), split.group(2)

    def result(self) -> tuple[str, dict[str, str]]:
        self._flush()
        for key, value in article_fields(self._json_ld).items():
            self.meta.setdefault(key, value)  # a <meta> tag the page also has wins
        fields: dict[str, str] = {}
        title = " ".join("".join(self._title).split())
        site = None
        if not self.meta.get("title") and (split := _SITE_SUFFIX.fullmatch(title)):
            title, site = split.group(1), split.group(2)  # "Headline | Outlet": the page's <title> names both
        elif not self.meta.get("title") and (parts := self._dash_site(title)):
            title, site = parts  # "Headline - Outlet" under a heading "Headline"
        if self.meta.get("title") or title:
            fields["title"] = self.meta.get("title") or title
        for key in ("author", "source"):
            if self.meta.get(key):
                fields[key] = self.meta[key]
        if site and "source" not in fields:
            fields["source"] = site
        if _OPINION_SECTION.match(self.meta.get("section", "")):
            fields["genre"] = "opinion"  # the page files itself under opinion (``meta.is_opinion``)
        url = self.meta.get("url") or self.meta.get("canonical")
        if url:
            fields["url"] = url
        published = self.meta.get("published", "")[:10]
        try:
            if len(published) == 10:
                date.fromisoformat(published)
                fields["published"] = published
        except ValueError:
            pass  # an unparseable meta date is not used: the page's publication line may state one
        return "\n\n".join(self.paragraphs), fields


def _plain(text: str) -> str:
    """Text as a heading and a title are compared: case, punctuation and spacing aside."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Visible text (paragraphs separated by blank lines) and the metadata the page declares."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.result()


#: the page's fields every story of a several-story page shares (its title, author and date would be
#: the first story's at most)
_PAGE_FIELDS = ("source", "url")


def page_documents(markup: str, doc_id: str, path: str) -> list[RawDocument]:
    """A page's document, or one per story for a page that is a row of <article> stories (see
    ``_HtmlText.articles``), with ids ``name#1``, ``name#2`` ... (the same on every load of the page):
    each story's own heading and byline then give its title, author and date, where the page's would
    credit every story to the first. [] for a page with no visible text."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    stories = parser.articles()
    text, fields = parser.result()
    if not stories:
        return [RawDocument(doc_id, text, path, "html", fields)] if text.strip() else []
    shared = {k: v for k, v in fields.items() if k in _PAGE_FIELDS}
    return [
        RawDocument(f"{doc_id}#{n}", story, path, "html", shared | ({"title": headline} if headline else {}))
        for n, (story, headline) in enumerate(stories, 1)
    ]
