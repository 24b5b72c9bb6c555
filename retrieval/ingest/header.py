"""A text file's own metadata block: labelled lines at its top ("Title: …", "Source: …", "Author: …") or
Markdown front matter between ``---`` lines, as scrapers and note-taking tools write them. Without this
the label became part of the headline ("Title: Dock strike called") and the outlet and author a user
wrote down were lost, so "who wrote …" and "according to <outlet>" could not find them.

Only lines at the very top count, or the block directly under the headline (its first line, a blank
line between allowed) when each of its values is a short name and not a sentence, and only while every
line is a known label, so a story that opens "Source: a council official said …" further down is never
read as metadata. A date label is left in
the text as a "Published" line: the publication-line reader (``pubdate``) reads it there, with each
outlet's order for all-numeric dates, so a date is read one way wherever it is written.
"""

from __future__ import annotations

import re

#: label (lower case, spaces/underscores/hyphens removed) -> the metadata field it fills
_LABELS: dict[str, str] = {
    **dict.fromkeys(("title", "headline", "hed"), "title"),
    **dict.fromkeys(
        ("source", "outlet", "publication", "publisher", "newspaper", "site", "sitename"), "source"
    ),
    **dict.fromkeys(("author", "authors", "by", "byline", "writer", "reporter"), "author"),
    **dict.fromkeys(("url", "link", "permalink", "canonical", "canonicalurl", "sourceurl"), "url"),
    **dict.fromkeys(
        ("date", "published", "publishdate", "publisheddate", "pubdate", "datepublished", "publishedat",
         "publishedon", "posted", "postedon"),
        "published",
    ),
}  # fmt: skip
_LABELLED = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,20}?)\s*:\s*(.*?)\s*$")
_FENCE = re.compile(r"^---\s*$")
_URL = re.compile(r"(?i)^https?://\S+$")
_BY = re.compile(r"(?i)^by\s+")
#: the most lines a header or front matter may hold: a longer run of labels is not a header
_MAX_LINES = 30
#: a headline above a label block is one line this long at most (a longer first line is a paragraph)
_HEADLINE_CHARS = 200
#: the most words a label's value under a headline holds: more is a sentence, "Source: officials said …"
_VALUE_WORDS = 12
#: a sentence's end after a word ("… would fail."), which no outlet's or author's name ends with
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?]$")


def _label(line: str) -> tuple[str, str] | None:
    """(field, value) of a known label line, else None; front matter's other keys give ("", value)."""
    m = _LABELLED.match(line)
    if m is None:
        return None
    key = re.sub(r"[ _-]", "", m.group(1).lower())
    return _LABELS.get(key, ""), _unquote(m.group(2).strip())


def _unquote(value: str) -> str:
    """A value without the one pair of quotes front matter encloses it in (YAML's ``title: "..."``, whose
    escapes ``\\"`` and ``''`` are undone). Only a matching pair goes: a headline that opens with a
    quotation (``"'Rowan takes care of his friends': Quell testifies"``) keeps its own quote marks."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return (inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")).strip()
    return value


def _fields(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], list[str]]:
    """The metadata fields of a block's (field, value) pairs, and the date lines to leave in the text."""
    fields: dict[str, str] = {}
    dates: list[str] = []
    for name, value in pairs:
        if not value:
            continue
        if name == "source" and _URL.match(value):
            name = "url"  # "Source: https://…" names where it was found, not an outlet
        if name == "published":
            dates.append(f"Published: {value}")
        elif name == "author":
            fields.setdefault(name, _BY.sub("", value))
        elif name:
            fields.setdefault(name, value)
    return fields, dates


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The fields a text file's top block states, and the text without that block (its date, if any,
    kept as a "Published: …" line where the block was). A file without such a block is returned as is."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start < len(lines) and _FENCE.match(lines[start]):
        end = next(
            (i for i in range(start + 1, min(len(lines), start + _MAX_LINES)) if _FENCE.match(lines[i])), None
        )
        if end is None:
            return {}, text
        pairs = [p for line in lines[start + 1 : end] if line.strip() and (p := _label(line)) is not None]
        fields, dates = _fields(pairs)
        if not fields and not dates:
            return {}, text
        return fields, "\n".join([*lines[:start], *dates, *lines[end + 1 :]])
    fields, dates, end = _block(lines, start)
    if fields:
        return fields, "\n".join([*lines[:start], *dates, *lines[end:]])
    under = next((i for i in range(start + 1, len(lines)) if lines[i].strip()), len(lines))
    if start < len(lines) and len(lines[start]) <= _HEADLINE_CHARS and under - start <= 2:
        # the headline first, then its labels ("Judge rejects challenge" / "Source: Northfield Echo" /
        # "Date: 20 April 2026"): the block under it, when each of its values is a short name, not a sentence
        fields, dates, end = _block(lines, under)
        if fields and all(_plain(v) for k, v in fields.items() if k != "url"):
            return fields, "\n".join([*lines[:under], *dates, *lines[end:]])
    return {}, text  # date lines alone are read where they stand, as before


def _block(lines: list[str], start: int) -> tuple[dict[str, str], list[str], int]:
    """The fields and date lines of the run of known label lines from ``start``, and where it ends."""
    pairs = []
    end = start
    while end < len(lines) and end - start < _MAX_LINES and lines[end].strip():
        pair = _label(lines[end])
        if pair is None or not pair[0]:
            break
        pairs.append(pair)
        end += 1
    fields, dates = _fields(pairs)
    return fields, dates, end


def _plain(value: str) -> bool:
    """Whether a label's value under a headline is a name or a title, not the sentence of a story that
    opens "Source: a council official said …" (lower case first, or a full stop after a word, or long)."""
    return (
        (value[:1].isupper() or value[:1].isdigit() or value[:1] in "\"'“‘")
        and len(value.split()) <= _VALUE_WORDS
        and not _SENTENCE_END.search(value)
    )
