"""Remove page furniture from scraped news text so that it can never be quoted.

Scraped pages carry navigation ("News Feed"), reading times, repeated headlines, photo captions with
agency credits, promos, author boxes and bios, and blurbs of unrelated articles after the story ends.
The rules here are structural and lexical, not a list of known strings:

* position    -- everything after an end-of-article marker (author box, "Read more", "Source link",
                 "Further Reading", "Recent Comments" ...) is trailing furniture; in a page whose
                 paragraphs are separated by blank lines, the small card (run of lines without a blank
                 line) that holds such a marker goes with it (e.g. a related-article teaser glued to the
                 author box).
* repetition  -- a line equal to the title, or repeated near the top, is the headline.
* length and punctuation -- short lines without sentence punctuation are navigation/labels; longer
                 unpunctuated lines are headlines (before the story) or section headings (inside it).
* shape       -- a caption ends in a parenthesised credit with a slash or an agency name; a promo has
                 sign-up / subscribe / text-alert cues or a phone number; a bio has an e-mail address,
                 a social handle, or "X is a <role> at <outlet>"; a byline is "By Name".

Kept paragraphs are verbatim slices of the raw text (stripped), so quotes stay exact. What is removed
is returned with its kind so metadata inference can mine bylines, bios and promos.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from retrieval.ingest.byline import (
    base_verb,
    caption_credit,
    masthead_alone,
    read_byline,
    reads_as_credits,
    reads_as_masthead,
)
from retrieval.ingest.pubdate import MONTH_NAMES, is_day_line, is_publication_line
from retrieval.models import Block, Cleaned, RawDocument, Removed, RemovedKind

# --------------------------------------------------------------------------- patterns

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[\w'’.-]+")
#: a line that reads as finished prose: ends in . ! ? … possibly followed by closing quotes/brackets
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
_NO_LETTERS = re.compile(r"^[\W_\d]*$")
_READING_TIME = re.compile(r"(?i)^\d+\s*(?:min(?:ute)?s?)\.?\s+read\b")

#: end-of-article markers: what follows them is never the story
_END_MARKER = re.compile(
    r"(?i)^(?:read\s+more|further\s+reading|source\s+link|recent\s+comments|\d*\s*comments?|"
    r"show\s+more|avatar|about\s+the\s+authors?|share\s+this(?:\s+article)?|leave\s+a\s+(?:comment|reply)|"
    r"you\s+(?:may|might)\s+also\s+like|more\s+(?:stories|from\s+.{1,40}|on\s+this\s+story)|recommended(?:\s+for\s+you)?|"
    r"related\s+(?:articles|stories|coverage|content|news|reading|posts)|most\s+(?:read|popular)|"
    r"up\s+next|trending(?:\s+now)?|latest\s+news|top\s+stories|what\s+to\s+read\s+next)\s*:?$"
)
#: a row of share buttons: "Share this article: Facebook Twitter Email", "Share on X · WhatsApp · Copy link"
_SHARE_LINE = re.compile(
    r"(?i)(?:share|follow\s+us)(?:\s+(?:this|the)\s+(?:article|story|page|post))?(?:\s+on)?\s*:?"
    r"(?:[\s,|·•/]*(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|reddit|telegram|pinterest|instagram|"
    r"threads|bluesky|copy\s+link|print|messenger))+[\s.]*"
)
#: markers that open an author box (the next short line names the author, the prose after is a bio)
_AUTHOR_BOX = re.compile(r"(?i)^(?:avatar|about\s+the\s+authors?)\s*:?$")

_AGENCY = (
    r"Getty|AFP|Reuters|AP|AP\s+Photo|Associated\s+Press|Shutterstock|EPA|EFE|Bloomberg|Pool|Xinhua|TASS|"
    r"Sputnik|Anadolu|NurPhoto|SOPA|Images|Photo|Photos|Courtesy|Handout|Alamy|DPA|UPI|Ukrinform|RIA|Imagn"
)
#: "... (Omar Havana/Getty Images)", "... (AP Photo/Rich Pedroncelli)", "... (Photo by X / AFP)"
_CAPTION_CREDIT = re.compile(
    rf"\((?:[A-Z][\w.'’ -]{{1,40}}/\s?[A-Z][\w.'’ -]{{1,40}}(?:/\s?[\w.'’ -]{{1,40}})*|"
    rf"(?:[^()]{{0,60}}\b)?(?:{_AGENCY})\b[^()]{{0,60}})\)\.?\s*$"
)
#: a bare credit line: "Megan Varner/Getty Images", "Photo: Reuters", "Credit: AFP"
_CREDIT_LINE = re.compile(
    rf"^(?:(?:photo|image|picture|credit|source|illustration)s?(?:\s+by)?\s*:.{{0,80}}|"
    rf"[^.!?]{{0,60}}/\s*(?:{_AGENCY})\b[^.!?]{{0,40}})$",
    re.IGNORECASE,
)
#: a photo's credit closing its caption: "Traders on the floor on Tuesday. Photo: The Norland Courier"
_TRAILING_CREDIT = re.compile(
    r"[.!?][\"'”’)]*\s+(?i:photo(?:graph)?s?|image|picture|credit|illustration)(?:\s+(?i:by))?\s*:"
    r"\s*[A-Z][^.!?:]{0,60}$"
)
#: a line labelled as a photo's caption ("Caption: A nurse prepares ...", "Photo caption: ...", "Pictured:
#: ..."): the page's furniture names itself, whatever the credit after it
_CAPTION_LABEL = re.compile(r"^[*_\s]*(?:(?:photo|image|picture|video)\s+)?(?:caption|pictured)\s*:", re.I)
#: a name in brackets after a caption's last sentence: "Ana Ruiz leaves the ministry. (The Harbor Post)"
_BRACKETED_TAIL = re.compile(r"[.!?][\"'”’]*\s+\((?P<name>[^()]{2,60})\)\.?\s*$")
_PHONE = re.compile(r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
_PROMO_CUES = re.compile(
    r"(?i)\bsign\s+up\b|\bsubscribe\b|\bsubscription\b|\bnewsletters?\b|\binbox\b|\btext\s+(?:message\s+)?alerts?\b|"
    r"\bclick\s+here\b|\bdownload\s+(?:our|the)\s+app\b|\bour\s+journalism\b|\bfollow\s+us\b|\bhere\s*[.)]*\s*$|"
    r"\bdigital\s+access\b|\bad-free\b|\bsupport\s+(?:\w+\s+)?journalism\b"
)
_PROMO_HINTS = re.compile(
    "sign|subscri|newsletter|inbox|alert|click|download|journalism|follow us|access|ad-free"
)
_PROMO_START = re.compile(
    r"(?i)^\W*(?:sign\s+up|subscribe|get\s+(?:our|the|\w+(?:\s+\w+){0,3})\s+(?:\w+\s+){0,3}(?:newsletter|alerts?)\b)"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_CONTACT = re.compile(r"(?i)\b(?:follow|reach|contact|e-?mail|twitter)\b")
_ROLE = (
    r"reporter|editor|correspondent|writer|producer|columnist|journalist|contributor|anchor|"
    r"photographer|critic"
)
#: a columnist's tagline saying what and where the writer writes: "writes a weekly column for OUTLET",
#: "writes about sport and public life every Sunday", "writes about politics for OUTLET", "writes for OUTLET"
_WRITES = (
    r"writes\s+(?:a\s+(?:[\w-]+\s+){0,2}column\b|(?:regularly\s+)?for\s+(?:the\s+)?[A-Z]|"
    r"about\s+[^.]{1,60}?\s+(?:for\s+(?:the\s+)?[A-Z]|every\s+[A-Za-z]+|each\s+(?:week|month)))"
)
#: "Tim Zadorozhnyy is a news editor at OUTLET", "We are the news team of OUTLET", "X covers crime for
#: OUTLET", a column's closing tagline ("X writes a weekly column for OUTLET", "X is a former harbour master
#: and writes about the sea for OUTLET"): who the writer is, never the piece's news or view; what someone
#: is "and writes" must go on as a tagline does (a column, for an outlet): "X is a retired teacher and
#: writes to her MP every week" is the story's news
_BIO = re.compile(
    rf"^(?:We\s+are\s+the\s+(?:news\s+team|newsroom|editors?)\b|"
    rf"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}\s+(?:(?:is|was)\s+(?:a|an|the)\s+[^.]{{0,60}}?\b(?:{_ROLE})s?"
    rf"\s+(?:at|for|with|on|of)\b|covers\s+[^.]{{1,60}}?\s+for\s+[A-Z]|{_WRITES}|"
    rf"(?:is|was)\s+(?:a|an|the)\s+[^.]{{0,60}}?\s+and\s+{_WRITES}))"
)
#: a column's closing line saying who its writer is and what they write about, no outlet named ("Gwen
#: Aldous is a former laboratory manager and writes about science policy."): the writer's bio only as the
#: page's last line, alone; inside a story "X is a retired teacher and writes about ..." is its news
_CLOSING_BIO = re.compile(
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+[^.]{0,60}?\s+and\s+writes\s+"
    r"(?:about|on)\s+[^.]{1,80}\.?"
)
_BYLINE = re.compile(
    r"^(?:(?:By|BY|Written\s+by|Reporting\s+by|Words\s+by)\s+|[–—-]{1,2}\s*)"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|der|bin|al|la|le)){0,6})"
    r"(?:\s*[,|/–—-]\s*[\w .’'&-]{1,60})?\s*$"
)
#: the day an update note may give before its time ("4 March 2026", "March 4, 2026", "4 March")
_NOTE_DAY = (
    rf"(?:\d{{1,2}}\s+(?:{MONTH_NAMES})\b\.?(?:\s+\d{{4}})?"
    rf"|(?:{MONTH_NAMES})\b\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
#: an editor's note on the page's own revision opening its line: "Updated: corrects the spelling of ...",
#: "Updated 5:40 p.m. with comment from ...", "Updated at 9 a.m. to add ...", "Updated 4 March 2026 14:05 with
#: ...": "Updated" and a colon, or its time of day (and day) and what it brought ("with ...", "to add ...");
#: not "Updated figures show ..." (a verb's object follows, no colon, time or "with")
_UPDATE_NOTE = (
    r"updated\s*(?::|(?:on\s+)?(?:" + _NOTE_DAY + r"\s*,?\s*)?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:[ap]\.?\s?m\b\.?)?(?:\s+[A-Z]{2,4}\b)?\s*[:,]?\s+"
    r"(?:with|to)\s|(?:on\s+)?" + _NOTE_DAY + r"\s*[:,]?\s+(?:with|to)\s"
    r"|(?:with|to\s+(?:add|include|reflect|correct|clarify|remove))\s)"
)
#: editorial notes and player/advert leftovers, recognised by how they start ...
_CREDIT_START = re.compile(
    rf"(?i)(?:{_UPDATE_NOTE}|"
    r"contributing\s*:|this\s+(?:story|article)\s+(?:and\s+headline\s+)?(?:has\s+been|was)\s+updated\b|"
    r"story\s+continues\s+below|continue\s+reading|advertisement\b|(?:just|must)\s+watch(?:ed)?\b|"
    r"read\s+more\s+here|\W*video\b.*\d{1,2}:\d{2}|hit\s+play\b|(?:watch|listen)\s*:)"
)
#: ... or by a phrase anywhere (only tried when a cheap substring test says it may be there)
_CREDIT_ANYWHERE = re.compile(
    r"(?i)contributed\s+(?:to\s+)?(?:this\s+)?report|\bad\s+feedback\b|\bsource:\s*\w+\s*$"
)
_CREDIT_HINTS = re.compile("contribut|feedback|source:")
#: an inline link to another article: "►Iowans applaud deal ...", "More:Las Vegas Aces erupt ..."
_INLINE_LINK = re.compile(
    r"(?i)^(?:[►▶»]\s*)?(?:[\w ]{1,25}:|(?:more|related|read\s+more|see\s+also|also\s+read)\b)"
)
_BULLET = re.compile(r"^[►▶»]")
#: markdown heading marks are not part of the heading's text
_MD_HEADING = re.compile(r"^#{1,6}\s+")
#: a list item's mark ("- ", "* ", "• ") before its words: layout, which a quoted answer would open with
#: ("- The roof of the library was torn off"), in Markdown and in the text files and feeds that write
#: lists the same way. Only a mark followed by a space and a word, a figure or a quotation mark counts,
#: so "-5C", "*Note" and a dash that ends a line stay
_LIST_MARK = re.compile(r"^[-*+•▪◦‣]\s+(?=[\w\"“‘'£$€])")
#: markdown emphasis around a run of words ("**9:05 a.m. PT**", "*Harbor Gazette*", "__note__"): its
#: marks are formatting, and quoted answers must read as the article did, not as its source. A mark
#: only counts against a non-space on its inner side and no letter on its outer one, so "5 * 3",
#: "snake_case" and a lone asterisk stay
_MD_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_DOUBLE_QUOTES = re.compile(r"[\"“”«»]")

#: a short headline: two or more words of letters and figures, no separators ("Home | News")
_HEADLINE = re.compile(r"[^\W\d_][\w'’.,:£$%-]*(?:\s+[\w'’.,:£$%-]+)+")
_SHORT_WORDS = 4  # a line of at most this many words without sentence punctuation is a label, not prose
_HEADING_WORDS = 20  # a standalone question up to this long is a section heading
_TOP_LINES = 12  # how far from the top a repeated line counts as the repeated headline
_BODY_WORDS = 8  # a prose paragraph at least this long is story text (for telling lists from the end)
_RESUME_RUN = 3  # this many story paragraphs after an end marker mean the story goes on
_FURNITURE_CHARS = 600  # promos, bios and credit lines are shorter than this; longer lines are story
_TITLE_CHARS = 300  # no headline is longer
_HEAD_LINES = 5  # a byline line of several parts is read only this near the top, under the headline
_CARD_LINES = 6  # a card (run of lines without a blank line) this small goes with the end marker in it


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    group: int  # index of the blank-line separated card this line belongs to
    marked: bool = False  # the format itself marks it as a heading (markdown "#")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def _unemphasised(text: str) -> str:
    """A markdown line without its emphasis marks (nested ones too: "***a***"), its words kept."""
    for _ in range(3):
        plain = _MD_EMPHASIS.sub(r"\2", text)
        if plain == text:
            break
        text = plain
    return text


def _split_lines(text: str, markdown: bool, emphasis: bool) -> list[_Line]:
    """The non-blank lines, grouped by blank lines; ``markdown``: "#" marks a heading; ``emphasis``:
    "**11:20 a.m.**" is the words without their marks (Markdown's emphasis, which a text file or a JSON
    record's text writes as often as a Markdown file, and which no reader wants quoted)."""
    lines: list[_Line] = []
    group = 0
    last_end = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        if lines and "\n" in text[last_end : match.start()].replace("\n", "", 1):
            group += 1  # a blank line since the previous line starts a new card
        start = match.start() + (len(raw) - len(raw.lstrip()))
        mark = _LIST_MARK.match(stripped)
        if mark:  # the item's words, where they start
            start, stripped = start + mark.end(), stripped[mark.end() :]
        md = _MD_HEADING.match(stripped) if markdown else None
        if md:  # the heading's text without its "#" marks
            heading = _unemphasised(stripped[md.end() :])
            lines.append(_Line(start + md.end(), start + len(stripped), heading, group, True))
        else:
            lines.append(
                _Line(start, start + len(stripped), _unemphasised(stripped) if emphasis else stripped, group)
            )
        last_end = match.end()
    return lines


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _is_short(text: str, words: int = _SHORT_WORDS) -> bool:
    return len(text) <= words * 25 and _word_count(text) <= words


def _is_prose(text: str) -> bool:
    return bool(_SENTENCE_END.search(text, max(0, len(text) - 8)))


def _is_caption(text: str) -> bool:
    """Whether a line is a photo's caption, by its label ("Caption: ...") or the credit closing it: an
    agency's or a photographer's in brackets ("(AP Photo/Rich Pedroncelli)"), a labelled one after its
    sentence ("... Photo: The Norland Courier"), or, in brackets after its sentence, the name of an outlet
    shaped as a newspaper's is ("... leaves the ministry. (The Norland Courier)"): no story's sentence ends
    in a paper's name alone."""
    if _CAPTION_LABEL.match(text):
        return True
    # only the end of a line can hold the credit; searching just the tail keeps long paragraphs cheap
    tail = max(0, len(text) - 180)
    if text.endswith((")", ").")):
        if _CAPTION_CREDIT.search(text, tail):
            return True
        bracketed = _BRACKETED_TAIL.search(text, tail)
        if bracketed is not None and caption_credit(bracketed.group("name")):
            return True
    return bool(_TRAILING_CREDIT.search(text, tail) or (len(text) < 120 and _CREDIT_LINE.match(text)))


#: the names a production credit gives ("Priya Santos", "Priya Santos, Tom Reed and Ana Ruiz")
_CREDITED = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|del|van|von|der|bin|al|la|le)){0,4}"
#: one credit for the making of the piece, not its writing alone: "Editing by Priya Santos", "Edited by
#: ...", "Photos: Ana Ruiz", "Additional reporting by Tom Reed and Ana Ruiz in Lima"
_PRODUCTION = (
    r"(?i:(?:additional\s+)?(?:reporting|reported|editing|edited|writing|written|photos?|photography|"
    r"pictures|graphics|video|research|production|produced|fact[\s-]?checking|translation|translated|"
    r"illustrations?|design|designed)\s*(?:by\b|:))\s*"
    rf"{_CREDITED}(?:\s*(?:,|\band\b|&)\s*{_CREDITED})*(?:\s+in\s+[A-Z][\w.'’-]+)?"
)
#: a line of such credits alone, a dash before them or not ("— Editing by Priya Santos.", "Photos by Ana
#: Ruiz. Editing by Priya Santos."): who made the piece, no news
_PRODUCTION_LINE = re.compile(rf"[–—-]*\s*{_PRODUCTION}(?:\s*[.;|]\s*{_PRODUCTION})*\s*\.?")


def _is_credit_note(text: str) -> bool:
    if _CREDIT_START.match(text) or _PRODUCTION_LINE.fullmatch(text):
        return True
    return bool(_CREDIT_HINTS.search(text.lower())) and bool(_CREDIT_ANYWHERE.search(text))


def _is_promo(text: str) -> bool:
    if len(text) > _FURNITURE_CHARS:
        return False
    if not _PROMO_HINTS.search(text.lower()):
        return False  # no cue word at all: skip the (slower) full cue scan
    cues = len(_PROMO_CUES.findall(text)) + (1 if _PHONE.search(text) else 0)
    return cues >= 2 or (cues >= 1 and bool(_PROMO_START.match(text)))


def _is_bio(text: str) -> bool:
    if len(text) > _FURNITURE_CHARS:
        return False
    if _DOUBLE_QUOTES.search(text):
        return False  # reported speech mentioning a handle or a role is story, not a bio
    contact = "@" in text and bool(_CONTACT.search(text) or _EMAIL.fullmatch(text.strip(" .,;")))
    return contact or bool(_BIO.match(text))


def _is_question_heading(text: str) -> bool:
    return text.endswith("?") and _word_count(text) <= _HEADING_WORDS and not _DOUBLE_QUOTES.search(text)


def _keep_day_headings(lines: list[_Line], kinds: list[RemovedKind | None], first_body: int | None) -> None:
    """Keep a live blog's day headings ("Sunday, July 12" alone on its line between entries) as section
    headings, which date the entries under them: one inside the story, and one above it when the page
    has another below (a page's only day line above its story stays its publication line)."""
    days = [i for i, line in enumerate(lines) if kinds[i] in {"nav", "dateline"} and is_day_line(line.text)]
    if first_body is not None and any(i > first_body for i in days):
        for i in days:
            kinds[i] = None


def _furniture_kind(text: str) -> RemovedKind | None:
    """The kind of furniture a line is by its own shape, wherever it stands; None for ordinary text."""
    if is_publication_line(text):
        return "dateline"  # "Published 12:03 GMT, 4 March 2005": read by meta, never quoted
    if _NO_LETTERS.match(text) or _READING_TIME.match(text):
        return "nav"
    if _BULLET.match(text) and (not _is_prose(text) or _INLINE_LINK.match(text)):
        return "related"  # "►Story:City Cafe closes" -- a bulleted news item written as prose stays
    if re.match(r"(?i)(?:more|related|read\s+more|see\s+also|also\s+read)\s*:", text):
        return "related"
    if _SHARE_LINE.fullmatch(text):
        return "nav"  # "Share this article: Facebook Twitter Email"
    if _is_caption(text):
        return "caption"
    if (_BYLINE.match(text) and not _is_prose(text.rstrip("."))) or reads_as_credits(text):
        return "byline"  # "By Lena Ortiz"; "Reporting by Lukas Brandt; Editing by Hanne Kroll"
    if _is_promo(text):
        return "promo"
    if _is_bio(text):
        return "bio"
    if len(text) <= _FURNITURE_CHARS and _is_credit_note(text):
        return "other"
    if not _is_prose(text) and _is_short(text):
        return "nav"
    return None


def _trailing_kind(text: str, in_author_box: bool, author_named: bool) -> RemovedKind:
    """Classify a line of trailing furniture (after the story ended) for metadata mining."""
    kind = _furniture_kind(text)
    if kind is not None and kind != "nav":
        return kind
    if in_author_box:
        if not author_named and not _is_prose(text) and _is_short(text, 6):
            return "byline"  # the name under an author avatar
        if _is_prose(text):
            return "bio"
    if kind == "nav":
        return "nav"
    return "related"


def _title_keys(raw: RawDocument, lines: list[_Line]) -> set[str]:
    """Normalised forms of the known title and of lines repeated near the top (the repeated headline)."""
    keys = {_norm(t) for t in (raw.manifest.get("title"), raw.fields.get("title")) if t}
    seen: set[str] = set()
    for line in lines[:_TOP_LINES]:
        key = _norm(line.text) if len(line.text) <= _TITLE_CHARS else ""
        # (a repeated sentence is a page's boilerplate, "Sign up for our alerts.", not its headline)
        if key in seen and not _is_short(line.text) and not _is_prose(line.text):
            keys.add(key)
        seen.add(key)
    keys.discard("")
    return keys


def _is_body_paragraph(line: _Line, kind: RemovedKind | None) -> bool:
    return kind is None and _is_prose(line.text) and _word_count(line.text) >= _BODY_WORDS


def _resumes_at(lines: list[_Line], kinds: list[RemovedKind | None], start: int) -> int | None:
    """Where the story resumes after a marker at ``start - 1``: the first of ``_RESUME_RUN`` body
    paragraphs in a row (headings between them allowed). None if it never does: the page has ended.

    This is what tells an inline link list ("Read more:", "More from X:") from the end of the article.
    """
    run_start: int | None = None
    run = 0
    for j in range(start, len(lines)):
        if _END_MARKER.match(lines[j].text):
            run_start, run = None, 0
        elif _is_body_paragraph(lines[j], kinds[j]):
            run_start = j if run == 0 else run_start
            run += 1
            if run >= _RESUME_RUN:
                return run_start
        elif kinds[j] is not None:
            run_start, run = None, 0
    return None


def _trailing_lines(lines: list[_Line], kinds: list[RemovedKind | None], first_body: int | None) -> set[int]:
    """Indices of lines that belong to an end-of-article region or an inline link list."""
    out: set[int] = set()
    if first_body is None:
        return out
    card_sizes: dict[int, int] = {}
    for line in lines:
        card_sizes[line.group] = card_sizes.get(line.group, 0) + 1
    carded = len(card_sizes) >= 3  # paragraphs separated by blank lines: cards are meaningful
    i = first_body + 1
    while i < len(lines):
        if not _END_MARKER.match(lines[i].text):
            i += 1
            continue
        resume = _resumes_at(lines, kinds, i + 1)
        if resume is not None:  # an inline list: only the marker and the link lines go
            out.update(range(i, resume))
            i = resume
            continue
        cut = i
        group = lines[i].group
        if carded and card_sizes[group] <= _CARD_LINES:
            # the card holding the marker goes with it (labels, an image placeholder, an author box),
            # up to a full sentence of reporting: that is the story's last paragraph, not furniture
            while (
                cut > first_body + 1
                and lines[cut - 1].group == group
                and not _is_body_paragraph(lines[cut - 1], kinds[cut - 1])
            ):
                cut -= 1
        out.update(range(cut, len(lines)))
        break
    return out


def _masthead_above(lines: list[_Line]) -> bool:
    """Whether the page opens with its outlet's name alone on a line ("Fennick Community Radio") above
    its headline (the next line, not a sentence): then that line is no headline but the masthead."""
    if len(lines) < 2 or lines[0].marked or _is_prose(lines[1].text) or len(lines[1].text) > _TITLE_CHARS:
        return False
    return _outlet_alone(lines[0].text)


def _outlet_alone(text: str) -> bool:
    """Whether a line names an outlet and nothing else (no author, no date): "Fennick Community Radio"."""
    read = read_byline(text, under_headline=False)
    return read is not None and read.outlet is not None and read.author is None and read.stated is None


def _mark_masthead(lines: list[_Line], kinds: list[RemovedKind | None], first_body: int | None) -> None:
    """The outlet's name alone on a line among the header's credit lines ("Bayline Daily" between "By
    Marcus Lindqvist" and "Published October 27, 2026"), which ``read_byline`` takes only when its last
    word is a newspaper's: a short capitalised phrase ending in a common word ("Daily", "Courier-Post")
    and not a name, in a header that credits an author or states a date. The first such line only. The
    header runs to its last credit line even where a headline read as a sentence ("... what happens
    now?") started the story above it."""
    end = first_body if first_body is not None else len(lines)
    top = range(min(len(lines), _HEAD_LINES + 1))
    credits = [i for i in top if kinds[i] in ("byline", "dateline")]
    if not credits:
        # "Metro Wire" alone between the headline and the story, the page's only credit: the masthead
        # (``masthead_alone``; "Film Review" and "Barbed Wire" are none)
        i = next((j for j in top if kinds[j] == "title"), None)
        if i is None and first_body == 0 and _is_question_heading(lines[0].text):
            # a headline asked as a question ("Who decides what happens to Market Square?") was read as
            # the story's first line, a heading: the story starts after the line under it
            i = 0
            end = next((j for j in range(2, len(lines)) if kinds[j] is None), len(lines))
        if i is not None and i + 2 == end and kinds[i + 1] == "nav" and masthead_alone(lines[i + 1].text):
            kinds[i + 1] = "masthead"
        return
    header = range(min(max(end, credits[-1] + 1), _HEAD_LINES + 1))
    for i in header:
        if kinds[i] == "nav" and reads_as_masthead(lines[i].text):
            kinds[i] = "masthead"
            return


def _signs_off(line: _Line) -> bool:
    """Whether a page's last line is its outlet's name alone ("The Hollow Observer" under an op-ed and
    its author's note)."""
    return not line.marked and not _is_prose(line.text) and _names_outlet(line.text)


def _names_outlet(text: str) -> bool:
    """Whether a page's closing words are an outlet's name, read as a masthead is: a newspaper's or
    broadcaster's name, or a name ending in a common word."""
    return _outlet_alone(text) or reads_as_masthead(text)


#: a name and its tagline on a page's last line: "Kirkdal Courier - your town, your news."
_TAGLINE = re.compile(r"^(?P<name>[^-–—|]{3,60}?)\s+[-–—|]\s+(?P<tagline>.+)$")
#: the most words a tagline (and a plea after it: "Subscribe for 2 euros a month.") runs to
_TAGLINE_WORDS = 14


def _tagline_masthead(line: _Line) -> str | None:
    """The outlet's name when a page's last line is its name and its tagline ("Kirkdal Courier - your
    town, your news. Subscribe for 2 euros a month."), which no story ends with: the name read as a
    masthead is, the rest short. The page's outlet, and furniture never quoted."""
    m = _TAGLINE.match(line.text.strip())
    if m is None or line.marked or _word_count(m.group("tagline")) > _TAGLINE_WORDS:
        return None
    name = m.group("name").strip()
    return name if _names_outlet(name) else None


#: the outlet's name as its own page writes it: "The" before it or not
_OUTLET_THE = re.compile(r"(?i)^the\s+")


def speaks_as_outlet(text: str, outlet: str | None) -> bool:
    """Whether a sentence is the page's outlet speaking of itself to its reader, which tells no news: its
    name as the subject of a present "is"/"are" that describes it ("The Harbor Gazette is Brackton's
    independent student newspaper.", "Harbor Gazette is read by more than 40,000 administrators."; not "...
    is suing the council": an "-ing" verb tells what it does), or as what an opening imperative asks the
    reader to do with it ("Stay with the Harbor Gazette for updates.", "Download the Harbor Gazette app.";
    not "Speaking to the Harbor Gazette, ...", "Some Harbor Gazette readers ...": no verb's base form, and
    a comma goes on to the news). ``outlet``: the page's own outlet (``DocumentMeta.source``); another
    outlet's name is a source the story cites."""
    if not outlet:
        return False
    patterns = _outlet_patterns(outlet)
    if patterns is None:
        return False
    return patterns[0].match(text) is not None or asks_reader_of(text, outlet)


def asks_reader_of(text: str, outlet: str) -> bool:
    """Whether a sentence opens by asking the reader to do something with the outlet ("Stay with the
    Harbor Gazette for updates.", "Download the Harbor Gazette app."): only the outlet's own page says so,
    where "The Harbor Gazette is ..." may be another outlet's story about it."""
    patterns = _outlet_patterns(outlet)
    if patterns is None:
        return False
    asked = patterns[1].match(text)
    return asked is not None and "," not in text and base_verb(asked.group(1))


#: a page's sign-off asking its reader to stay with a named outlet for more: "Stay with the Harwick Post for
#: updates.", "Stay with KCVR News 7 on air and online for continuing coverage."; the tail must ask for
#: more of the coverage (not "Join Mayor Hale for a walk on Friday.")
_SIGN_OFF = re.compile(
    r"(?P<verb>[A-Z][a-z]{1,15})\s+(?:(?:with|to)\s+)?(?:the\s+)?(?P<name>[A-Z][\w&'’.-]{0,30}"
    r"(?:\s+(?:[A-Z0-9][\w&'’.-]{0,30}|of|&)){0,4})\s+(?:for|on|online)\b[^,]{0,80}?"
    r"\b(?:updates?|coverage|the\s+latest|more)\b[^,]{0,40}$"
)


#: the verbs by which a sign-off asks its reader to keep with the coverage ("Stay with", "Follow", "Read",
#: "Watch", "Listen to", "Tune to"): a page's closing "Call NHS 111 for more advice." or "Visit the Town
#: Hall for more" names a helpline or a place, not the outlet; a name other documents are credited to needs
#: no such verb. Widening it credits pages to whatever their last line tells the reader to contact.
_FOLLOW_VERBS = frozenset({"stay", "follow", "read", "watch", "listen", "tune"})


def signed_off_as(text: str, is_outlet: Callable[[str], bool] = lambda _name: False) -> str | None:
    """The outlet a page's sign-off asks its reader to stay with ("Stay with the Harwick Post for updates."
    -> "Harwick Post"), whatever outlets the corpus knows: only the page's own outlet signs off so; None
    for any other sentence (an opening word that is no verb's base form, a comma going on to news). The
    sign-off must ask to follow the coverage (``_FOLLOW_VERBS``) unless ``is_outlet`` knows the name (the
    source of another document): "Call NHS 111 for more advice." names no outlet."""
    found = _SIGN_OFF.match(text.strip())
    if found is None or not base_verb(found.group("verb")):
        return None
    name = found.group("name").rstrip(".’'")
    if len(name) < 3 or name.endswith(("'s", "’s")):
        return None
    return name if found.group("verb").lower() in _FOLLOW_VERBS or is_outlet(name) else None


@lru_cache(maxsize=256)
def _outlet_patterns(outlet: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``speaks_as_outlet``'s two patterns for an outlet's name (its name described by "is"/"are", an
    opening verb asking the reader to do something with it), built once per outlet; None for a name
    under three letters."""
    name = _OUTLET_THE.sub("", outlet.strip())
    if len(name) < 3:
        return None
    named = rf"(?:[Tt]he\s+)?{re.escape(name)}\b"
    return (
        re.compile(rf"{named}\s+(?:is|are)\s+(?![a-z]+ing\b)"),
        re.compile(rf"([A-Z][a-z]+)\s+(?:(?:with|to|for|on|in)\s+)?{named}"),
    )


def clean(raw: RawDocument) -> Cleaned:
    """Split ``raw.text`` into kept paragraphs (Blocks) and removed furniture (Removed)."""
    text = raw.text
    lines = _split_lines(text, markdown=raw.fmt == "md", emphasis=raw.fmt != "html")
    titles = _title_keys(raw, lines)
    # a line can only normalise to a title if its length is close: skip normalising all the others
    title_lengths = (min(map(len, titles), default=1) // 2, 2 * max(map(len, titles), default=0) + 20)

    # Pass 1: classify each line on its own and find where the story starts.
    kinds: list[RemovedKind | None] = []
    first_body: int | None = None
    title_taken = bool(titles)
    masthead = not title_taken and _masthead_above(lines)
    for line in lines:
        kind: RemovedKind | None
        if line.marked and not (len(line.text) <= _TITLE_CHARS and _norm(line.text) in titles):
            # an explicit heading: the headline when it opens the page, else a section heading
            kind = None if first_body is not None or title_taken else "title"
            title_taken = True
            kinds.append(kind)
            continue
        is_title = title_lengths[0] <= len(line.text) <= title_lengths[1] and _norm(line.text) in titles
        kind = "title" if is_title else _furniture_kind(line.text)
        if kind in {None, "nav"} and first_body is None and is_publication_line(line.text, header=True):
            kind = "dateline"  # a bare "04/03/2005 12:03" above the story
        if (
            kind in {None, "nav"}
            and first_body is None
            and (kinds or title_taken or masthead)
            and len(kinds) < _HEAD_LINES
            and read_byline(line.text, under_headline=title_taken) is not None
        ):
            kind = "byline"  # "*Harbor Gazette* — by Lena Ortiz — 4 June 2024" under the headline
        headline = not title_taken and raw.fmt in ("txt", "md") and all(k == "byline" for k in kinds)
        if kind == "nav" and headline and _HEADLINE.fullmatch(line.text):
            kind, title_taken = "title", True  # a text file's first line of words is its headline
        if kind is None and first_body is None and not _is_prose(line.text):
            # an unpunctuated line before the story: the headline if we have none yet, else furniture
            kind = "nav" if title_taken else "title"
            title_taken = True
        if kind is None and first_body is None:
            first_body = len(kinds)
        kinds.append(kind)
    _keep_day_headings(lines, kinds, first_body)

    _mark_masthead(lines, kinds, first_body)

    # Pass 2: everything from the end-of-article marker on is trailing furniture.
    trailing_lines = _trailing_lines(lines, kinds, first_body)
    blocks: list[Block] = []
    removed: list[Removed] = []
    in_author_box = False
    author_named = False
    for i, line in enumerate(lines):
        kind = kinds[i]
        if i in trailing_lines:
            if _AUTHOR_BOX.match(line.text):
                in_author_box, author_named = True, False
                removed.append(Removed("nav", line.text))
                continue
            if _END_MARKER.match(line.text):
                in_author_box = False
                removed.append(Removed("nav", line.text))
                continue
            trailing = "title" if kind == "title" else _trailing_kind(line.text, in_author_box, author_named)
            author_named = author_named or (in_author_box and trailing == "byline")
            removed.append(Removed(trailing, line.text))
            continue
        if kind is not None:
            removed.append(Removed(kind, line.text))
            continue
        body = line.text
        if line.marked or not _is_prose(body) or _is_question_heading(body):
            blocks.append(Block(body, heading=True))
        else:
            blocks.append(Block(body))
    if lines and removed and removed[-1] == Removed("nav", lines[-1].text) and _signs_off(lines[-1]):
        removed[-1] = Removed("masthead", lines[-1].text)  # "The Hollow Observer" closing an op-ed
    elif lines and blocks and blocks[-1].text == lines[-1].text and (name := _tagline_masthead(lines[-1])):
        blocks.pop()  # "Kirkdal Courier - your town, your news." closing the page
        removed.append(Removed("masthead", name))
    elif lines and blocks and blocks[-1].text == lines[-1].text and _CLOSING_BIO.fullmatch(lines[-1].text):
        removed.append(Removed("bio", blocks.pop().text))  # "... and writes about science policy." last
    return Cleaned(blocks=blocks, removed=removed)
