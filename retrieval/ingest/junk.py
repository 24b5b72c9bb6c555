"""Files that are no article, told by what they are, so that loading says so instead of quoting them
or giving a vague reason.

A scraped corpus holds the pages a scraper was served instead of the story: an HTTP error page ("403
Forbidden", "Page not found"), a browser check ("Please enable JavaScript and cookies to continue"). They
carry a title and a sentence or two, so they would load as documents and be quoted. Such a page is told
by its title or first heading being an HTTP error status (the status phrases are the standard's, from
``http.HTTPStatus``, with "Access Denied") or by its only text asking the reader to prove they are a
browser; in both cases the story text must be as short as such a message is, so an article that is
about an error ("Not Found: the lost city") still loads.

A dump of words with no sentence in it (a keyword list, minified code or data on one huge line) has no
story text once its lines are read as labels; ``no_prose_reason`` says what it is instead."""

from __future__ import annotations

import re
from http import HTTPStatus

from retrieval.models import Block

#: a page whose story text has more words than this is an article, whatever its title says; an error
#: page's message is a sentence or two (higher: an article headlined like an error could be dropped;
#: lower: an error page with a longer apology would be loaded and quoted)
ERROR_PAGE_WORDS = 80
#: a line longer than this with no sentence end in it is not prose (a paragraph of news prose is a few
#: hundred characters and ends in a full stop; lower: a long unpunctuated heading would be called a dump)
PROSE_LINE_CHARS = 2000
#: no sentence of prose runs longer than this (a few thousand words: the longest in literature), so a line
#: with fewer sentence ends than this many characters is a dump, though it ends in a full stop (lower: a
#: page of enormous run-on sentences is refused; higher: a megabyte of repeated words ending "end." loads)
LONGEST_SENTENCE_CHARS = 40_000

_PHRASES = sorted(
    {s.phrase for s in HTTPStatus if 400 <= s.value < 600} | {"Access Denied", "Page Not Found"},
    key=len,
    reverse=True,
)
#: phrases that are also plain English headlines ("Gone", "Conflict", "Locked"): an error only with a code
_ALONE = frozenset(p for p in _PHRASES if " " in p) | {"Forbidden", "Unauthorized"}
_PHRASE = "|".join(re.escape(p) for p in _PHRASES)
_SEP = r"\s*[-:–—|·]?\s*"
#: "403 Forbidden", "Error 404", "HTTP 500 - Internal Server Error", "Page Not Found | Harbor Gazette"
_ERROR_TITLE = re.compile(
    rf"(?:(?:HTTP|Error|Status)(?:\s+Error)?{_SEP})?(?P<code>[45]\d\d)?{_SEP}(?:Error{_SEP})?"
    rf"(?P<phrase>{_PHRASE})?(?:{_SEP}Error)?(?:\s*[-–—|·]\s*[^\n]{{1,60}})?",
    re.IGNORECASE,
)
_ERROR_CODE_ONLY = re.compile(
    r"(?:HTTP|Error|Status)(?:\s+Error)?\s*[45]\d\d\b|[45]\d\d\s+Error\b", re.IGNORECASE
)
#: what a browser check asks of the reader
_BROWSER_CHECK = re.compile(
    r"\benable\s+(?:javascript|cookies)\b|\bare\s+you\s+a\s+(?:human|robot)\b|\bcaptcha\b|"
    r"\bverify\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human\b|\bchecking\s+your\s+browser\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]+")
#: how many of a page's first paragraphs a browser check's request is looked for in
_HEAD_BLOCKS = 3
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)")
#: characters of code and data, not of prose
_CODE_CHARS = re.compile(r"[{}\[\]<>=;\"\\]")


def error_status(title: str | None) -> str | None:
    """The error a page title states ("403 Forbidden", "Page Not Found"), as written; None for a title
    that is no HTTP error status."""
    if not title:
        return None
    text = " ".join(title.split())
    m = _ERROR_TITLE.fullmatch(text)
    if m is None or not (m.group("code") or m.group("phrase")):
        return None
    phrase = m.group("phrase")
    if m.group("code") is None and phrase is not None and phrase.title() not in {p.title() for p in _ALONE}:
        return None  # "Gone", "Conflict": a headline, unless a status code says otherwise
    if phrase is None and not _ERROR_CODE_ONLY.search(text):
        return None  # "500 - Harbor Gazette" may be a number; "Error 500" is not
    return text[m.start() : m.end("phrase") if phrase else m.end("code")].strip(" -:–—|·")


def not_an_article(title: str | None, headings: list[str], blocks: list[Block]) -> str | None:
    """Why a short page is an error page or a browser check and not an article ("looks like an error
    page (403 Forbidden)"), or None. ``headings``: the page's first lines, which a scraped error page
    shows its status in when its title does not. The signs are looked for first: an article's words
    are counted only on a page that shows one."""
    story = [b.text for b in blocks if not b.heading]
    status = next((s for t in [title, *headings] if (s := error_status(t)) is not None), None)
    if status is not None:
        found = f"looks like an error page ({status})"
    else:
        asked = next(
            (m.group(0) for t in [*headings, *story[:_HEAD_BLOCKS]] if (m := _BROWSER_CHECK.search(t))), None
        )
        if asked is None:
            return None
        found = f"looks like a browser check page ('{asked}')"
    words = 0
    for text in story:
        words += len(_WORDS.findall(text))
        if words > ERROR_PAGE_WORDS:
            return None
    return found


def no_prose_reason(text: str) -> str | None:
    """What a text with no story sentence is, when its lines are too long to be anything but a dump:
    minified code or data, or a run of words with no sentence end (a keyword dump; one full stop at the
    end of hundreds of kilobytes does not make it prose). None otherwise."""
    long = [line for line in text.splitlines() if len(line) > PROSE_LINE_CHARS]
    if not long or any(
        len(_SENTENCE_END.findall(line)) * LONGEST_SENTENCE_CHARS >= len(line) for line in long
    ):
        return None
    longest = max(map(len, long))
    ends = "almost no" if any(_SENTENCE_END.search(line) for line in long) else "no"
    shape = f"{len(long)} line(s) of up to {longest:,} characters with {ends} sentence end"
    sample = max(long, key=len)
    if len(_CODE_CHARS.findall(sample)) * 20 > len(sample):
        return f"looks like minified code or data, not prose ({shape})"
    words = [w.lower() for w in _WORDS.findall(sample)]
    if words and len(set(words)) * 20 < len(words):
        return f"looks like a keyword dump, not prose ({shape}, {len(set(words))} different words repeated)"
    return f"not prose ({shape})"
