"""What the Discord and the plain-text renderings share, so they say the same things: the footer, the
citation markers, how a timeline page's sources are numbered, the order of the sources list, and the
fixed sentences ("not recorded", no examples)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from retrieval import Citation, SourceInfo, Sources, Timeline, TimelineEvent

FOOTER = "Extracted from the coverage"
#: the footer of a reply that quotes nothing (a decline, an empty timeline): nothing was extracted
SEARCHED = "Searched the coverage"

#: said when a reload could not be written to the reload history (it happened; it is not on record)
NOT_RECORDED = "Not recorded in the reload history"

#: what /help says when no example question could be drawn from the corpus (yet)
NO_EXAMPLES = "Ask about anything in the articles /sources lists."


def when(d: date | None) -> str:
    return d.isoformat() if d else "date unknown"  # never a guess: the document states none


#: what a source line adds for an opinion piece (``Citation.opinion``): its quote is a writer's view
OPINION = "(opinion)"


def labelled(outlet: str | None, opinion: bool) -> str | None:
    """The outlet as a source line shows it: marked as opinion when the cited article is one, so a
    reader can tell a columnist's view from a report ("Brennick Beacon (opinion)")."""
    if not opinion:
        return outlet
    return f"{outlet} {OPINION}" if outlet else OPINION


def footer(cached: bool, extra: str = "", quoted: bool = True) -> str:
    """What a reply's footer says: that its words are the coverage's own (or, quoting nothing, that
    the coverage was searched), and whether it came from the cache."""
    said = FOOTER if quoted else SEARCHED
    return said + (" · cached" if cached else "") + (f" · {extra}" if extra else "")


def counted(n: int, noun: str) -> str:
    """ "1 sentence", "2 sentences", "12,000 documents": a corpus may hold one of anything."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


#: what a sources search matching nothing says, on Discord and in the console alike
NO_SOURCE_MATCH = "No document's title or outlet contains that. Try fewer or other words."


def sources_title(sources: Sources, entries: int | None = None) -> str:
    """The listing's heading: its documents, and, when copies of one article share a line
    (``distinct_documents``), how many lines they make, so the count matches the rows below it."""
    n = len(sources.documents)
    lines = "" if entries is None or entries == n else f" on {counted(entries, 'line')}: copies share one"
    return f"Sources ({counted(n, 'document')}{lines})"


def markers(nums: Iterable[int]) -> str:
    return "".join(f"[{n}]" for n in nums)


def timeline_title(timeline: Timeline, grouping: str | None = None, shown: Callable[[str], str] = str) -> str:
    """A timeline's heading: its topic (as ``shown`` makes the user's words safe to show), the days it was
    asked to cover ("since last week" names days the reader did not type) and how its lines are grouped."""
    head = shown(f"Timeline: {timeline.topic}" if timeline.topic else "Timeline")
    since, until = timeline.since, timeline.until
    notes = []
    if since and until:
        notes.append(f"{since.isoformat()} to {until.isoformat()}")
    elif since or until:
        notes.append(f"since {since.isoformat()}" if since else f"until {until.isoformat()}" if until else "")
    if grouping:
        notes.append(f"by {grouping}")
    return f"{head} ({', '.join(notes)})" if notes else head


def timeline_notes(timeline: Timeline) -> list[str]:
    """What a timeline leaves out, said under it on every front end alike: the events a limit dropped
    (the most reported are shown), and the sentences on its topic in undated articles whose day ("on
    Wednesday") has nothing to be counted from. Without them a short list reads as the whole story, and
    "No dated events found" as nothing having happened."""
    notes = []
    if timeline.left_out:
        shown, total = len(timeline.events), len(timeline.events) + timeline.left_out
        notes.append(f"Showing {shown} of {total} events, the most reported (a higher limit shows more).")
    if timeline.unplaced:
        n = timeline.unplaced
        verb = "names" if n == 1 else "name"
        about = " on this topic" if timeline.topic else ""  # (the whole corpus' count has no topic)
        notes.append(
            f"{counted(n, 'sentence')}{about} in undated articles {verb} a day not placed here "
            "(their articles state no date to count it from)."
        )
    return notes


def timeline_page_count(timeline: Timeline, page_size: int) -> int:
    return max(1, -(-len(timeline.events) // max(1, page_size)))


def _shown_as(c: Citation) -> tuple[str | None, str | None, date | None, str | None]:
    """What a source line shows of a citation: two citations alike in all of it (one document cited
    twice, or the same article in two files of the corpus) are one source to a reader."""
    return (c.title, labelled(c.source, c.opinion), c.published, c.url)


def source_groups(citations: Sequence[Citation]) -> list[tuple[list[int], Citation]]:
    """An answer's sources, one line each: the citations a source line would show alike grouped, with
    every number that points at them, in order of first appearance (so "[1][2] Title — …" rather than
    the same line twice)."""
    groups: dict[tuple[str | None, str | None, date | None, str | None], tuple[list[int], Citation]] = {}
    for c in citations:
        nums, _first = groups.setdefault(_shown_as(c), ([], c))
        if c.n not in nums:
            nums.append(c.n)
    return list(groups.values())


def event_days(event: TimelineEvent) -> str:
    """An event's date as shown: a range's first and last day ("2026-04-03 to 2026-04-07"), else its date."""
    return f"{event.date} to {event.end}" if event.end else event.date


def event_mark(event: TimelineEvent) -> str:
    """What an event's date is, said after it: history the articles recall (" (background)"), a plan
    every report tells as still to come (" (planned)"), which may never have been done, or both (an
    undated article's plan for a day long before the coverage: " (background, planned)", as ``--json``
    says both); "" for an act reported done."""
    marks = [word for word, on in (("background", event.background), ("planned", event.planned)) if on]
    return f" ({', '.join(marks)})" if marks else ""


def event_sources(events: Sequence[TimelineEvent]) -> tuple[list[list[int]], list[Citation]]:
    """Citations renumbered for one page: each source once (a document, or documents a source line
    shows alike), in order of first appearance."""
    numbers: dict[tuple[str | None, str | None, date | None, str | None], int] = {}
    sources: list[Citation] = []
    per_event: list[list[int]] = []
    for ev in events:
        nums: list[int] = []
        for c in ev.citations:
            key = _shown_as(c)
            if key not in numbers:
                numbers[key] = len(sources) + 1
                sources.append(c.model_copy(update={"n": len(sources) + 1}))
            if numbers[key] not in nums:
                nums.append(numbers[key])
        per_event.append(nums)
    return per_event, sources


def newest_first(sources: Sources) -> list[SourceInfo]:
    """The documents as /sources lists them: newest first, undated last."""
    return sorted(sources.documents, key=lambda d: (d.published or date.min, d.doc_id), reverse=True)


def distinct_documents(sources: Sources) -> list[tuple[SourceInfo, int]]:
    """The documents newest first, those a listing would show alike (the same article in several files:
    title, outlet, author, date, URL and length) as one entry with how many copies there are."""
    entries: dict[tuple[object, ...], list[SourceInfo]] = {}
    for d in newest_first(sources):
        entries.setdefault((d.title, d.source, d.author, d.published, d.url, d.sentences), []).append(d)
    return [(same[0], len(same)) for same in entries.values()]


def copies(n: int) -> str:
    return f" ({n} copies)" if n > 1 else ""
