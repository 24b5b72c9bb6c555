"""Document metadata (title, outlet, author, URL, publication date) with provenance.

Precedence is manifest > file (JSONL fields, HTML <title>/<meta>) > inferred from the text. Inference
only reports what the page itself states: the outlet comes from the page's own furniture (an author box
like "The Kyiv Independent news desk", a bio "X is a news editor at OUTLET", a promo "Get OUTLET Breaking
News Text Alerts", a self-attribution "OUTLET reports via ..."), never from outlets the story merely cites
("told NBC News"). Unknown stays None.

Publication dates are stated or absent, never inferred: the manifest, the file's own field, the page's
publication line ("Published 12:03 GMT, 4 March 2005", read by ``retrieval.ingest.pubdate``), or the date
its byline states ("By Lena Ortiz | Harbor Gazette | June 4, 2024", read by ``retrieval.ingest.byline``),
in that order. The byline gives the author and the outlet as well.

Author-desk decision: when the author box names a desk rather than a person ("The Kyiv Independent news
desk"), that desk is the author -- it is who the page credits -- and the outlet is read from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from retrieval.ingest.byline import Byline, dateline_credit, read_byline
from retrieval.ingest.pubdate import page_date
from retrieval.ingest.segment import split_sentences
from retrieval.models import Cleaned, DocumentMeta, ProvenanceKind, RawDocument

#: an outlet name as pages write it: capitalised words, allowing "Caliber.Az", "USA TODAY", "Kyiv Independent"
_WORD = r"[A-Z][\w&'’-]*(?:\.[A-Za-z][\w'’-]*)*"
_NAME = rf"(?:[Tt]he\s+)?{_WORD}(?:\s+(?:{_WORD}|of|for|and|&)){{0,4}}"
_DESK = re.compile(
    rf"^(?P<outlet>{_NAME}?)\s+(?:news\s+desk|newsroom|news\s+team|staff|editorial\s+(?:team|board))$"
)
_BIO_OUTLET = re.compile(
    rf"\b(?:(?:reporter|editor|correspondent|writer|producer|columnist|journalist|contributor|anchor|"
    rf"news\s+team|staff|newsroom|intern|fellow|critic|photographer|analyst)\s+(?:at|for|of|with|on)|"
    rf"(?:covers|writes\s+about)\s+[\w ,&-]{{1,40}}?\s+for|writes\s+a\s+(?:[\w-]+\s+){{0,2}}column\s+for)\s+"
    rf"(?P<outlet>{_NAME})"
)
_PROMO_OUTLET = re.compile(
    rf"^\W*Get\s+(?P<a>{_NAME}?)\s+(?:Breaking\s+News|Daily|Morning|Evening|Weekly|News)?\s*"
    rf"(?:Text\s+Alerts|Alerts|Newsletter)|"
    rf"\bSign\s+up\s+(?:for|to)\s+(?P<b>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s?\s+"
    rf"(?:[\w-]+\s+){{0,5}}newsletter\b|"
    rf"\bSubscribe\s+to\s+(?P<c>[\w-]+\.(?:com|org|net|co\.uk))\b"
)
#: "Caliber.Az reports via foreign media", "AzerNews reports, citing ...": a page naming itself as reporter
_SELF_REPORT = re.compile(
    rf"(?:^|[,;.]\s+|\s)(?P<outlet>{_NAME})\s+reports,?\s+(?:via|citing|with\s+reference\s+to|according\s+to)\b"
)
#: "… Rubio Says (Forbes)" in the page's own further-reading list
_PAREN_OUTLET = re.compile(rf"\((?P<outlet>{_NAME})\)\s*$")
_BYLINE_PREFIX = re.compile(r"^(?:(?:By|BY|Written\s+by|Reporting\s+by|Words\s+by)\s+|[–—-]{1,2}\s*)")
_BYLINE_TAIL = re.compile(r"\s*[,|/–—]\s*.*$")
_CLAUSE_BREAK = re.compile(
    r",\s|;\s|:\s|\s[—–]\s|\s(?=(?:amid|after|as|while|despite|following|because|since|when|with|but|"
    r"which|who|where|before|over|in\s+a\s+bid|saying)\b)"
)
_TRAILING_STOP = re.compile(
    r"(?:\s+(?:a|an|the|of|to|and|or|in|on|at|for|with|by|from|that|as))+$", re.IGNORECASE
)
_LEAD_QUOTES = "\"'“”‘’"

#: a headline's rubric marking an opinion piece ("Opinion: ...", "Op-ed | ...", "Guest essay: ...",
#: "Editorial — ..."). Not "Analysis": a news analysis is reporting, which states facts
_OPINION_RUBRIC = re.compile(
    r"^\W*(?:opinion|op-?ed|commentary|editorial|guest\s+(?:essay|column|opinion)|column|viewpoint)\s*[:|—–-]",
    re.IGNORECASE,
)
#: a byline naming its writer's role as one writing opinion ("By Carla Dunmore, Brennick Beacon columnist")
_OPINION_ROLE = re.compile(r"\b(?:columnist|op-?ed\s+contributor|editorial\s+board)\b", re.IGNORECASE)
#: a credit line's part naming the piece an opinion one ("The Ledger Post (opinion)", "Opinion | The
#: Quayside Post", "Harbour Times — Comment"): the kind set apart from the outlet by brackets or a separator
_OPINION_LABEL = re.compile(
    r"(?:^|[(|·•/–—,;]|\s-\s)\s*[*_]*(?:opinion|op-?ed|commentary|editorial|comment|column|viewpoint)"
    r"[*_]*\s*(?:$|[)|·•/–—,;]|\s-\s)",
    re.IGNORECASE,
)
#: an address whose path files the page under opinion ("https://example.com/opinion/2026/10/...")
_OPINION_PATH = re.compile(
    r"^[a-z]+://[^/]+(?:/[^/?#]*)*?/(?:opinions?|op-?eds?|commentary|editorials?)(?:/|$)", re.IGNORECASE
)
#: a file's name filing the page under opinion ("07_harbour_oped.txt", "opinion-tolls.md", "op_ed.html"),
#: as an address's path does: the words of its name, split where it writes "_", "-" or ".", or digits
_OPINION_FILE = re.compile(
    r"(?:^|[_.\d-])(?:opinions?|op[_-]?eds?|commentary|editorials?)(?=$|[_.\d-])", re.IGNORECASE
)

TITLE_MAX = 90
TITLE_MIN = 40


def _tidy_outlet(name: str) -> str | None:
    name = name.strip().rstrip(".,;:’'")
    if name.lower().startswith("the "):
        name = "The " + name[4:]
    if len(name) < 2 or name in {"The", "X"}:
        return None
    return name


def _outlet_from(texts: Iterable[str], pattern: re.Pattern[str]) -> str | None:
    for text in texts:
        match = pattern.search(text)
        if match is None:
            continue
        found = next((g for g in match.groups() if g), None)
        if found and (outlet := _tidy_outlet(found)):
            return outlet
    return None


def _infer_outlet(cleaned: Cleaned) -> str | None:
    """The outlet as the page names itself, strongest evidence first.

    Order: desk in the author box, a byline, a masthead, the wire a dateline credits ("KESTREL CITY
    (Meridian Wire) —"), an author bio, a promo, a self-attribution in the body, the page's own reading
    list.
    """

    def removed(kind: str) -> list[str]:
        return [r.text for r in cleaned.removed if r.kind == kind]

    bylines = [_BYLINE_PREFIX.sub("", t) for t in removed("byline")]
    body = [b.text for b in cleaned.blocks if not b.heading]
    return (
        _outlet_from(bylines, _DESK)
        or next((b.outlet for b in _bylines(cleaned) if b.outlet), None)
        or next((o for t in removed("masthead") if (o := _tidy_outlet(t))), None)
        or (dateline_credit(body[0]) if body else None)
        or _outlet_from(removed("bio"), _BIO_OUTLET)
        or _outlet_from(removed("promo"), _PROMO_OUTLET)
        or _outlet_from(body, _SELF_REPORT)
        or _outlet_from(removed("related"), _PAREN_OUTLET)
    )


def _bylines(cleaned: Cleaned) -> list[Byline]:
    """The bylines of several parts ("By Lena Ortiz | Harbor Gazette | June 4, 2024"), read."""
    return [b for r in cleaned.removed if r.kind == "byline" and (b := read_byline(r.text)) is not None]


def _infer_author(cleaned: Cleaned) -> str | None:
    for item in cleaned.removed:
        if item.kind != "byline":
            continue
        read = read_byline(item.text)
        if read is not None:
            if read.author:
                return read.author
            continue  # "Published 14 March 2026, Harbour Times": an outlet and a date, no one credited
        name = _BYLINE_PREFIX.sub("", item.text).strip()
        if not _DESK.match(name):
            name = _BYLINE_TAIL.sub("", name)  # "Jane Doe, CNN" -> "Jane Doe"
        if name:
            return name
    return None


def lead_title(lead: str) -> str | None:
    """A short title from the lead: its first clause, cut at a word boundary to about ``TITLE_MAX`` chars.

    Verbatim (a prefix of the first sentence), so a reader can find it in the article.
    """
    sentences = split_sentences(lead)
    if not sentences:
        return None
    first = sentences[0].strip(_LEAD_QUOTES + " ").rstrip(".!?…,;:").strip(_LEAD_QUOTES + " ")
    if len(first) <= TITLE_MAX:
        return first or None
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(first) if TITLE_MIN <= m.start() <= TITLE_MAX]
    if cuts:
        title = first[: cuts[-1]]
    else:
        cut = first.rfind(" ", 0, TITLE_MAX + 1)
        title = first[: cut if cut > 0 else TITLE_MAX]
    title = _TRAILING_STOP.sub("", title.rstrip(" ,;:—–-"))
    return title or None


def _infer_title(cleaned: Cleaned) -> str | None:
    for item in cleaned.removed:
        if item.kind == "title":
            return item.text
    for block in cleaned.blocks:
        if block.heading:
            return block.text
        return lead_title(block.text)
    return None


def _without_outlet(title: str, outlet: str) -> str:
    """A page title that ends with its own outlet's name ("Bridge bill put at £3.1m - Elmstead Gazette"),
    without it: the outlet is shown beside the title, and a dash is no sign on its own (headlines hold
    them), so it goes only once the outlet is known."""
    suffix = re.compile(rf"\s+[-–—|:]\s+{re.escape(outlet)}\s*$", re.IGNORECASE)
    headline = suffix.sub("", title)
    return headline if len(headline.split()) >= 3 else title


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_opinion(title: str | None, url: str | None, cleaned: Cleaned, path: str = "") -> bool:
    """Whether the article is opinion, as the page itself marks it: a rubric opening its headline, a
    byline giving its writer an opinion role or its credit line labelling the piece so ("The Ledger
    Post (opinion)", "Opinion | The Quayside Post"), or an address filing it under opinion, or the name its
    file was saved under (``path``'s last part) doing so. What an opinion piece states is its writer's
    view ("For two weeks, the people who run this city ..."), not a report a factual question can rest
    on when a news article answers it."""
    if title and _OPINION_RUBRIC.match(title):
        return True
    if url and _OPINION_PATH.match(url):
        return True
    if _OPINION_FILE.search(re.split(r"[/\\]", path)[-1]):
        return True
    return any(
        r.kind == "byline" and (_OPINION_ROLE.search(r.text) or _OPINION_LABEL.search(r.text))
        for r in cleaned.removed
    )


def infer_meta(raw: RawDocument, cleaned: Cleaned) -> DocumentMeta:
    """Metadata for one document, each field with where it came from."""
    layers: tuple[tuple[ProvenanceKind, dict[str, str]], ...] = (
        ("manifest", raw.manifest),
        ("file", raw.fields),
    )
    provenance: dict[str, ProvenanceKind] = {}

    def given(name: str) -> str | None:
        for kind, values in layers:
            if values.get(name):
                provenance[name] = kind
                return values[name]
        return None

    def pick(name: str, infer: Callable[[Cleaned], str | None]) -> str | None:
        value = given(name)
        if value is None and (value := infer(cleaned)) is not None:
            provenance[name] = "inferred"
        return value

    title = pick("title", _infer_title)
    source = pick("source", _infer_outlet)
    if title and source and provenance.get("title") == "file":
        title = _without_outlet(title, source)
    author = pick("author", _infer_author)
    url = given("url")
    published: date | None = None
    written: str | None = None
    for kind, values in layers:
        if (published := _parse_date(values.get("published"))) is not None:
            provenance["published"] = kind
            break
    else:
        stated = page_date(cleaned) or next((b.stated for b in _bylines(cleaned) if b.stated), None)
        if stated is not None:
            published, written = stated.when, stated.written
            if published is not None:
                provenance["published"] = "page"
    return DocumentMeta(
        doc_id=raw.doc_id,
        title=title,
        source=source,
        author=author,
        url=url,
        published=published,
        provenance=provenance,
        published_written=written,
        opinion=raw.fields.get("genre") == "opinion" or is_opinion(title, url, cleaned, raw.path),
    )
