"""The core's data types: plain slotted dataclasses inside (cheap at a million passages),
pydantic models for everything the core hands out (validated, serialisable, stable JSON).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: where a metadata field came from: the corpus manifest, the file's own fields (JSONL, HTML <meta>), the
#: page's publication line ("Published 4 March 2005"; publication dates only), or inferred from the text
ProvenanceKind = Literal["manifest", "file", "page", "inferred"]
#: the retrieval engine: the project's pruned index, or the reference rank_bm25.BM25Okapi
EngineKind = Literal["bm25", "rank_bm25"]
#: a build's progress: (steps done, steps in all), called from the building thread
Progress = Callable[[int, int], None]


class BuildCancelled(Exception):
    """Raised when a build is cancelled; nothing was swapped in, nothing is lost."""


Precision = Literal["day", "month", "year"]
#: the precisions from finest to coarsest: a date naming a day says more than one naming its month
PRECISION_RANK: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}
#: what a piece of removed page furniture was
RemovedKind = Literal[
    "title", "byline", "masthead", "dateline", "bio", "caption", "promo", "nav", "related", "other"
]


# --------------------------------------------------------------------------- internal (dataclasses)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A document as read from disk, before cleaning: the text plus whatever metadata its file carried."""

    doc_id: str
    text: str
    path: str
    fmt: Literal["txt", "md", "html", "jsonl"]
    #: metadata the file itself states (JSONL fields, HTML <title>/<meta>): field -> value
    fields: dict[str, str] = field(default_factory=dict)
    #: metadata from the corpus manifest: field -> value
    manifest: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of cleaned text. Headings are kept for context (topic words) but never quoted."""

    text: str
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of page furniture the cleaner took out, kept so metadata inference can mine it
    (a byline, an author bio, an outlet's promo) without it ever being quotable."""

    kind: RemovedKind
    text: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    blocks: list[Block]
    removed: list[Removed]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One quotable sentence. ``text`` is a verbatim slice of the source document (whitespace aside)."""

    doc_id: str
    index: int  # position among the document's sentences
    paragraph: int  # index of the paragraph (Block) it belongs to
    text: str
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    meta: DocumentMeta
    #: in a corpus, a view into its ``SentenceStore`` (``retrieval.ingest.sentences``) that makes each
    #: Sentence as it is read; a tuple where a document is made by hand
    sentences: Sequence[Sentence]
    #: paragraph index -> (first sentence index, one past the last)
    paragraphs: Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class LoadProblem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


# --------------------------------------------------------------------------- boundary (pydantic)


#: built at first use (``defer_build``): a process uses few of these models, and building each at import
#: cost every start of a one-shot ``newsbot ask`` some milliseconds
_DEFERRED = ConfigDict(defer_build=True)


class DocumentMeta(BaseModel):
    model_config = ConfigDict(frozen=True)

    doc_id: str
    title: str | None = None
    source: str | None = None  # the outlet, e.g. "The Kyiv Independent"; None when unknown
    author: str | None = None
    url: str | None = None
    #: the publication date the document or its metadata states; None when none does (never a guess)
    published: date | None = None
    provenance: dict[str, ProvenanceKind] = Field(default_factory=dict)
    #: the page's all-numeric publication date as written ("03/04/2005") when it reads both day-first
    #: and month-first: read in its outlet's order from config/date_formats.toml, else left unread
    published_written: str | None = None
    #: the article is opinion (an op-ed, a column, an editorial), as its headline's rubric, its byline's
    #: role or its address says (``retrieval.ingest.meta.is_opinion``): what it states is its writer's
    #: view, so a news report answering the same question is preferred and a quote from it is labelled
    opinion: bool = False


class Citation(BaseModel):
    n: int
    doc_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    quote: str
    #: the cited article is opinion (``DocumentMeta.opinion``): its source line says so
    opinion: bool = False


class Answer(BaseModel):
    question: str
    abstained: bool
    #: the quoted sentences joined, each followed by its [n] markers; or the abstention message
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    #: the quoted statements in order, each with the citation numbers that carry it
    statements: list[Statement] = Field(default_factory=list)
    confidence: float = 0.0
    #: what the bot looked for (key terms), said when it abstains
    looked_for: list[str] = Field(default_factory=list)
    cached: bool = False
    #: stable id of this answer (corpus version + normalized question), used for feedback votes
    answer_id: str = ""


class Statement(BaseModel):
    text: str
    citations: list[int]
    #: who says it, when the quotation gives only a pronoun ("..., he added."): named from the article
    speaker: str | None = None


class TimelineEvent(BaseModel):
    model_config = _DEFERRED
    date: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: Precision
    text: str
    citations: list[Citation] = Field(default_factory=list)
    background: bool = False
    #: the last day of a range the event spans ("from 3 to 7 April": ``date`` is its first), else None
    end: str | None = None
    #: every report tells it as still to come on its date ("will question the chief executive next week",
    #: "talks will resume on Thursday"): shown "(planned)", as the act may never have been done
    planned: bool = False


class Timeline(BaseModel):
    model_config = _DEFERRED
    topic: str | None = None
    events: list[TimelineEvent] = Field(default_factory=list)
    #: the window asked for ("since last week" is read against today): shown, so a reader knows what
    #: days a relative date covered
    since: date | None = None
    until: date | None = None
    #: events on the topic and in the window that a limit left out (the most reported are kept): said
    #: with the events shown, so a reader knows the list is not all there is
    left_out: int = 0
    #: sentences about the topic in articles stating no publication date that name a day only relative
    #: to it ("on Wednesday"): never placed (no day to count from), but said, so "no dated events" is
    #: not read as "nothing happened"
    unplaced: int = 0
    cached: bool = False


class SourceInfo(BaseModel):
    model_config = _DEFERRED
    doc_id: str
    title: str | None
    source: str | None
    author: str | None
    url: str | None
    published: date | None
    provenance: dict[str, ProvenanceKind]
    sentences: int
    #: the article is opinion (``DocumentMeta.opinion``): the sources list says so, as citations do
    opinion: bool = False


class Sources(BaseModel):
    model_config = _DEFERRED
    documents: list[SourceInfo] = Field(default_factory=list)


Answer.model_rebuild()
