"""Publication dates as pages state them, and nothing else: a date is never guessed.

A page states when it was published in a line of its own furniture: "Published 12:03 GMT, 4 March 2005",
"Last updated: Friday, 4 March, 2005, 12:03 GMT", "Posted on March 4, 2005", or a bare "04/03/2005 12:03"
above the story. The cleaner recognises such lines (``is_publication_line``) and removes them as furniture
of kind "dateline", so they are never quoted; ``stated_date`` reads one. A page that states only when it
was last updated is dated by that: it is the date the page gives for what it says.

All-numeric dates are written day-first by some outlets and month-first by others: "03/04/2005" is
3 April or March 4. A date that reads one way only ("13/04/2005", "2005-04-03") is read that way; one
that reads both ways is read in the order its outlet's setting gives (``DateFormats``, from
``config/date_formats.toml``), and without a setting it is not read at all: the document stays undated,
keeps the date as written (``DocumentMeta.published_written``) and the corpus build says which outlet's
order to set. Nothing here infers a date from the body or from other documents: an article that states
no date is undated, and a timeline places only the dates its text states or anchors to a stated one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS
from retrieval.models import Cleaned, DocumentMeta

#: how an outlet writes an all-numeric date: "03/04/2005" is 3 April (day-first) or March 4 (month-first)
NumericOrder = Literal["day-first", "month-first"]
#: what a publication line says the date is: when the page was published, or last updated
LineLabel = Literal["published", "updated"]

#: no publication line is longer than this (a longer line is prose)
_LINE_MAX = 120

#: a month's name or abbreviation, the longest first (also the day an update note gives, ``clean``)
MONTH_NAMES = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_LABEL = re.compile(
    r"^\W*(?P<label>(?:first\s+|originally\s+)?(?:published|posted|issued)|(?:last\s+)?(?:updated|modified)|"
    r"date)(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = (
    rf"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_NAMES})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
)
_MONTH_DAY_YEAR = rf"(?P<m2>{MONTH_NAMES})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
_YEAR_MONTH_DAY = r"(?P<y3>(?:19|20)\d\d)(?P<s3>[-/.])(?P<m3>[01]?\d)(?P=s3)(?P<d3>[0-3]?\d)"
_NUMERIC = r"(?P<a>[0-3]?\d)(?P<s4>[-/.])(?P<b>[0-3]?\d)(?P=s4)(?P<y4>(?:19|20)\d\d)"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_YEAR_MONTH_DAY}|{_NUMERIC})(?![\d/-]|[^\W\d_T])",
    re.IGNORECASE,
)
#: what else a publication line may hold: times, zones, weekdays, "at"/"on", separators
_FILLER = re.compile(
    rf"\b(?:\d{{1,2}}[:.]\d\d(?::\d\d)?(?:\.\d+)?(?:\s*[ap]\.?m\b\.?)?|\d{{1,2}}\s*[ap]\.?m\b\.?|"
    rf"T\d\d:\d\d(?::\d\d)?(?:\.\d+)?Z?|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|uk|"
    rf"time|local|at|on|and|updated|published|{_WEEKDAY})(?!\w)|[+-]\d\d:?\d\d\b|[\s,;|·•/()\[\]:–—-]+",
    re.IGNORECASE,
)


class DateFormats(BaseModel):
    """Each outlet's order for all-numeric dates (``config/date_formats.toml``): source name -> order,
    names compared case-insensitively; ``default`` for outlets not named (unset: such dates stay unread)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    default: NumericOrder | None = None
    sources: dict[str, NumericOrder] = Field(default_factory=dict)

    def order_for(self, source: str | None) -> NumericOrder | None:
        if source is not None:
            wanted = source.strip().casefold()
            for name, order in self.sources.items():
                if name.strip().casefold() == wanted:
                    return order
        return self.default

    @classmethod
    def load(cls, path: Path) -> DateFormats:
        """The setting file at ``path``; none when it does not exist. A file that cannot be read or does
        not follow the schema raises ValueError naming it."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ValueError(f"{path}: cannot read the date formats ({exc})") from exc
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ValueError(f"{path}: {where}: {first['msg']} (orders: day-first, month-first)") from exc


@dataclass(frozen=True, slots=True)
class Stated:
    """A date a publication line states: ``when`` if it reads one way only, else None with the date
    ``written`` as the page writes it (both ways possible: only the outlet's order can tell)."""

    when: date | None
    label: LineLabel
    written: str | None = None


def _month(token: str) -> int:
    low = token.lower().rstrip(".")
    return MONTHS.get(low) or MONTH_ABBREVIATIONS[low]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _read(m: re.Match[str], label: LineLabel) -> Stated | None:
    g = m.group
    if g("y1"):
        when = _safe(int(g("y1")), _month(g("m1")), int(g("d1")))
    elif g("y2"):
        when = _safe(int(g("y2")), _month(g("m2")), int(g("d2")))
    elif g("y3"):
        when = _safe(int(g("y3")), int(g("m3")), int(g("d3")))
    else:
        a, b, y = int(g("a")), int(g("b")), int(g("y4"))
        day_first, month_first = _safe(y, b, a), _safe(y, a, b)
        if day_first is None or month_first is None or day_first == month_first:
            when = day_first or month_first  # one reading only (or both the same day)
        else:
            return Stated(None, label, m.group(0))
    return Stated(when, label) if when is not None else None


def _parse(text: str, *, bare: bool) -> Stated | None:
    if len(text) > _LINE_MAX or not any(c.isdigit() for c in text):
        return None
    label_match = _LABEL.match(text)
    if label_match is None and not bare:
        return None
    label: LineLabel = "published"
    if label_match is not None:
        word = label_match.group("label").lower()
        label = "updated" if ("updated" in word or "modified" in word) else "published"
    rest = text[label_match.end() :] if label_match is not None else text
    first = _DATE.search(rest)
    if first is None:
        return None
    leftover = _FILLER.sub("", _DATE.sub(" ", rest))
    if leftover:
        return None  # other words: a sentence or a label of something else, not a publication line
    return _read(first, label)


def date_in(text: str) -> tuple[Stated | None, int, int] | None:
    """The first full date a line writes (day, month and year), where it stands; the date None when
    it reads both ways (all-numeric, no outlet order known here). None when the line has no date."""
    m = _DATE.search(text)
    if m is None:
        return None
    return _read(m, "published"), m.start(), m.end()


#: a line that is only a day, its year optional ("Sunday, July 12", "Monday 9 March", "Tue 10 March 2026"):
#: a live blog's heading over the day's entries
_DAY_LINE = re.compile(
    rf"^\W*(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_NAMES})"
    rf"|(?P<m2>{MONTH_NAMES})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?\W*$",
    re.IGNORECASE,
)


def is_day_line(text: str) -> bool:
    """Whether a line is only a day, no label and no time: over a live blog's entries, the day they
    were written ("Sunday, July 12"), unless it is the page's only date line above its story."""
    return _DAY_LINE.match(text.strip()) is not None


def day_line_date(text: str, year: int) -> date | None:
    """The day a day line states, in its own year or else ``year`` (the page's); None when it is no
    day line, no day of the calendar, or its weekday is not that day's (no date is guessed)."""
    m = _DAY_LINE.match(text.strip())
    if m is None:
        return None
    day = _safe(
        int(m.group("y") or year), _month(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))
    )
    if day is None or (m.group("wd") and day.strftime("%a").lower() != m.group("wd")[:3].lower()):
        return None
    return day


def is_filler(text: str) -> bool:
    """Whether a piece of a line holds only what goes with a date: a time, a zone, a weekday, a label."""
    return not _FILLER.sub("", text)


def is_publication_line(text: str, *, header: bool = False) -> bool:
    """Whether a line of a page is its publication line: a labelled one ("Published ...", "Updated:
    ...") anywhere, or, in the ``header`` (before the story starts), a bare date and time."""
    return _parse(text.strip(), bare=header) is not None


def stated_date(text: str) -> Stated | None:
    """The date a publication line states (labelled or bare), or None if the line is not one."""
    return _parse(text.strip(), bare=True)


def page_date(cleaned: Cleaned) -> Stated | None:
    """The page's own publication date: the first "published" line, else the first "updated" one."""
    found: Stated | None = None
    for item in cleaned.removed:
        if item.kind != "dateline":
            continue
        stated = stated_date(item.text)
        if stated is None:
            continue
        if stated.label == "published":
            return stated
        found = found or stated
    return found


def with_outlet_order(meta: DocumentMeta, formats: DateFormats) -> DocumentMeta:
    """``meta`` with its all-numeric publication date read in its outlet's order, if the setting gives
    one (and unread again if the setting no longer does); metadata without such a date is returned as is."""
    if meta.published_written is None:
        return meta
    provenance = {k: v for k, v in meta.provenance.items() if k != "published"}
    published: date | None = None
    order = formats.order_for(meta.source)
    m = _DATE.fullmatch(meta.published_written)
    if order is not None and m is not None and m.group("a"):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y4"))
        published = _safe(y, b, a) if order == "day-first" else _safe(y, a, b)
    if published is not None:
        provenance["published"] = "page"
    if published == meta.published and provenance == meta.provenance:
        return meta
    return meta.model_copy(update={"published": published, "provenance": provenance})
