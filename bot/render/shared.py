"""What the Discord and the plain-text renderings share, so they say the same things: the footer, the
citation markers, how a timeline page's sources are numbered, the order of the sources list, and the
fixed sentences ("not recorded", no examples)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from retrieval import Citation, SourceInfo, Sources, Timeline, TimelineEvent

FOOTER = "Extracted from the coverage"

#: said when a reload could not be written to the reload history (it happened; it is not on record)
NOT_RECORDED = "Not recorded in the reload history"

#: what /help says when no example question could be drawn from the corpus (yet)
NO_EXAMPLES = "Ask about anything in the articles /sources lists."


def when(d: date | None) -> str:
    return d.isoformat() if d else "date unknown"  # never a guess: the document states none


def footer(cached: bool, extra: str = "") -> str:
    return FOOTER + (" · cached" if cached else "") + (f" · {extra}" if extra else "")


def markers(nums: Iterable[int]) -> str:
    return "".join(f"[{n}]" for n in nums)


def timeline_page_count(timeline: Timeline, page_size: int) -> int:
    return max(1, -(-len(timeline.events) // max(1, page_size)))


def event_sources(events: Sequence[TimelineEvent]) -> tuple[list[list[int]], list[Citation]]:
    """Citations renumbered for one page: each document once, in order of first appearance."""
    numbers: dict[str, int] = {}
    sources: list[Citation] = []
    per_event: list[list[int]] = []
    for ev in events:
        nums: list[int] = []
        for c in ev.citations:
            if c.doc_id not in numbers:
                numbers[c.doc_id] = len(sources) + 1
                sources.append(c.model_copy(update={"n": len(sources) + 1}))
            if numbers[c.doc_id] not in nums:
                nums.append(numbers[c.doc_id])
        per_event.append(nums)
    return per_event, sources


def newest_first(sources: Sources) -> list[SourceInfo]:
    """The documents as /sources lists them: newest first, undated last."""
    return sorted(sources.documents, key=lambda d: (d.published or date.min, d.doc_id), reverse=True)
