"""Answers, timelines, sources and reload reports as Discord embeds and as plain text.

Everything here is pure (no I/O, no state) so the limits can be tested exhaustively: whatever the corpus
holds, an embed built here fits Discord's limits (a payload over a limit is rejected outright, and the
user would see nothing), and nothing quoted from the corpus can ping anyone or become a link that was
not a citation's own http(s) URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

import discord

from retrieval import Answer, Citation, SourceInfo, Sources, Timeline, TimelineEvent

if TYPE_CHECKING:
    from bot.service import ReloadReport

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_LIMIT = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10

FOOTER = "Extracted from the coverage"
ELLIPSIS = "…"
ZWSP = "\u200b"

COLOR_ANSWER = discord.Colour.blurple()
COLOR_ABSTAIN = discord.Colour.light_grey()
COLOR_OK = discord.Colour.green()
COLOR_FAIL = discord.Colour.red()

EXAMPLE_QUESTIONS = (
    "What did NATO ask Russia to do about the ceasefire?",
    "Is Putin open to direct talks with Ukraine?",
    "What did Zelensky propose about strikes on civilians?",
    "What did Rutte say about the war in Ukraine?",
)

# --------------------------------------------------------------------------- neutralising corpus text

_EVERYONE = re.compile(r"@(?=everyone|here)")
_MENTION_OPEN = re.compile(r"<(?=@[!&]?|#|/)")


def _break_mentions(text: str) -> str:
    """A zero-width space after "@" of @everyone/@here and after "<" of <@id>, <#id>, </cmd>: both
    kinds broken even where they overlap ("<@everyone")."""
    return _MENTION_OPEN.sub("<" + ZWSP, _EVERYONE.sub("@" + ZWSP, text))


_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]{1,15}):(?=[^\s\d])")
_MARKDOWN = re.compile(r"([\\*_~`|\[\]()<>#])")
_LINE_START = re.compile(r"(?m)^(\s*)([-+>]|\d+\.)(?=\s)")


def inert(text: str) -> str:
    """Corpus or user text made safe to show in Discord markdown: markdown characters escaped (so no
    link, heading, code block or spoiler can form), URL schemes broken with a zero-width space (so
    Discord does not auto-link them), and mentions broken the same way (so even without
    AllowedMentions nothing could ping). A reader sees the original text."""
    text = text.replace(ZWSP, "")
    text = _MARKDOWN.sub(r"\\\1", text)
    text = _break_mentions(text)
    text = _SCHEME.sub(lambda m: m.group(1) + ZWSP + ":", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def defuse(text: str) -> str:
    """Mentions broken with a zero-width space, nothing else changed: for places Discord shows without
    markdown (footers), where backslash escapes would be visible."""
    return _break_mentions(text.replace(ZWSP, ""))


def plain(text: str) -> str:
    """Corpus text for a terminal: control characters out, nothing else changed."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)


_URL_ESCAPES = str.maketrans({"<": "%3C", ">": "%3E", "(": "%28", ")": "%29", "@": "%40"})


def safe_url(url: str | None) -> str | None:
    """A citation URL fit to be a link: http(s) only, no whitespace, and no character that could end
    the ``(<url>)`` of a markdown link early."""
    if not url:
        return None
    url = url.strip()
    m = re.match(r"^https?://([^\s/?#]+)", url, re.IGNORECASE)
    if not m or "@" in m.group(1) or re.search(r"[\s\x00-\x1f]", url):
        return None  # no user-info before the host: "https://trusted.example@evil.example" deceives
    # "@" percent-encoded: "@everyone" or "@here" in a path must not read as a mention
    return (
        url.replace("<", "%3C")
        .replace(">", "%3E")
        .replace(")", "%29")
        .replace("(", "%28")
        .replace("@", "%40")
    )


# --------------------------------------------------------------------------- fitting text into limits


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a sentence or word boundary, ending with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    room = limit - 1
    head = text[:room]
    for pattern in (r"[.!?][\"'”’)\]]?\s", r"\s"):
        cuts = [m.end() for m in re.finditer(pattern, head)]
        if cuts and cuts[-1] > room // 2:
            return head[: cuts[-1]].rstrip() + ELLIPSIS
    return head.rstrip("\\") + ELLIPSIS


def fit(raw: str, limit: int) -> str:
    """``inert(raw)`` within ``limit`` characters: clipped before escaping so no escape is cut in half,
    and clipped harder while the escapes still overflow."""
    budget = limit
    while True:
        out = inert(clip(raw, budget))
        if len(out) <= limit or budget <= 1:
            return out if len(out) <= limit else ELLIPSIS
        budget -= max(1, len(out) - limit)


def pack_lines(lines: Iterable[str], limit: int, *, more: str = "… and {n} more") -> list[str]:
    """Lines grouped into chunks of at most ``limit`` characters (a line too long alone is clipped)."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = line if len(line) <= limit else clip(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = line
    if current:
        chunks.append(current)
    return chunks


def _limited_list(items: Sequence[str], limit: int) -> str:
    """As many ``items`` as fit in ``limit`` characters, one per line, then "… and N more"."""
    out: list[str] = []
    used = 0
    for i, item in enumerate(items):
        rest = len(items) - i - 1
        tail = len(f"\n… and {rest} more") if rest else 0
        line = clip(item, limit - tail)
        if used + len(line) + 1 + tail > limit:
            out.append(f"… and {len(items) - i} more")
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out) or "—"


def enforce(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """The last line of defence: every embed and the message as a whole within Discord's limits,
    trimming fields from the end, then descriptions, whatever a renderer produced."""
    embeds = embeds[:EMBEDS_PER_MESSAGE]
    for e in embeds:
        if e.title and len(e.title) > TITLE_LIMIT:
            e.title = clip(e.title, TITLE_LIMIT)
        if e.description and len(e.description) > DESCRIPTION_LIMIT:
            e.description = clip(e.description, DESCRIPTION_LIMIT)
        fields = e.fields[:FIELDS_LIMIT]
        e.clear_fields()
        for f in fields:
            name = clip(f.name or "\u200b", FIELD_NAME_LIMIT)
            value = clip(f.value or "\u200b", FIELD_VALUE_LIMIT)
            e.add_field(name=name, value=value, inline=f.inline)
    while sum(len(e) for e in embeds) > EMBED_TOTAL_LIMIT:
        last = embeds[-1]
        over = sum(len(e) for e in embeds) - EMBED_TOTAL_LIMIT
        if last.fields:
            last.remove_field(len(last.fields) - 1)
        elif last.description and len(last.description) > over + 1:
            last.description = clip(last.description, len(last.description) - over)
        elif len(embeds) > 1:
            embeds.pop()
        else:
            last.description = clip(last.description or "", 1000)
            last.title = clip(last.title or "", 100) if last.title else None
    return embeds


# --------------------------------------------------------------------------- shared pieces


def _when(d: date | None) -> str:
    return d.isoformat() if d else "undated"


def source_line(
    n: int, title: str | None, outlet: str | None, published: date | None, url: str | None
) -> str:
    """``[n] [title](<url>) — outlet, date``: a link only for an http(s) URL; the title always inert."""
    label = fit(title or "Untitled", 150)
    link = safe_url(url)
    shown = f"[{label}](<{link}>)" if link else label
    meta = ", ".join(p for p in (fit(outlet, 80) if outlet else None, _when(published)) if p)
    return f"[{n}] {shown} — {meta}"


def _footer(cached: bool, extra: str = "") -> str:
    return FOOTER + (" · cached" if cached else "") + (f" · {extra}" if extra else "")


def _markers(nums: Iterable[int]) -> str:
    return "".join(f"[{n}]" for n in nums)


def _source_fields(embed: discord.Embed, lines: list[str], name: str = "Sources") -> None:
    for i, chunk in enumerate(pack_lines(lines, FIELD_VALUE_LIMIT)[:FIELDS_LIMIT]):
        embed.add_field(name=name if i == 0 else f"{name} (continued)", value=chunk, inline=False)


# --------------------------------------------------------------------------- answers


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """One embed: the question as title, each quoted statement with its [n] markers, the sources as
    links. Statements share the description fairly, so one huge sentence cannot crowd out the rest."""
    title = fit(answer.question or "Question", TITLE_LIMIT)
    if answer.abstained or not answer.statements:
        embed = discord.Embed(title=title, description=fit(answer.answer, 1500), colour=COLOR_ABSTAIN)
        embed.set_footer(text=_footer(answer.cached))
        return enforce([embed])
    budget = 3000
    share = budget // len(answer.statements)
    parts = []
    for st in answer.statements:
        marks = _markers(st.citations)
        who = f"{plain(st.speaker)}: " if st.speaker else ""  # "he said": the article names him
        quote = fit(st.text, max(40, share - len(marks) - len(who) - 6))
        parts.append(f"> {who}{quote} {marks}")  # a block quote: the text may carry its own quotation marks
    embed = discord.Embed(
        title=title, description=clip("\n\n".join(parts), DESCRIPTION_LIMIT), colour=COLOR_ANSWER
    )
    _source_fields(embed, _grouped_sources(answer.citations))
    embed.set_footer(text=_footer(answer.cached))
    return enforce([embed])


def _grouped_sources(citations: Sequence[Citation]) -> list[str]:
    """One line per document, with every citation number that points at it ("[2][3] title — …"):
    two quotes from one article are one source to a reader."""
    by_doc: dict[str, list[Citation]] = {}
    for c in citations:
        by_doc.setdefault(c.doc_id, []).append(c)
    lines = []
    for group in by_doc.values():
        first = group[0]
        line = source_line(first.n, first.title, first.source, first.published, first.url)
        lines.append(_markers(c.n for c in group) + line[len(f"[{first.n}]") :])
    return lines


def answer_text(answer: Answer) -> str:
    """The same answer for a terminal: quotes with markers, then numbered sources with their URLs."""
    out = [f"Q: {plain(answer.question)}"]
    if answer.abstained or not answer.statements:
        out.append(plain(answer.answer))
    else:
        out.extend(
            f"> {plain(st.speaker) + ': ' if st.speaker else ''}{plain(st.text)} {_markers(st.citations)}"
            for st in answer.statements
        )
        out.append("Sources:")
        out.extend(_citation_text(c) for c in answer.citations)
    out.append(f"({_footer(answer.cached)})")
    return "\n".join(out)


def _citation_text(c: Citation) -> str:
    meta = ", ".join(p for p in (c.source, _when(c.published)) if p)
    url = f" <{c.url}>" if c.url else ""
    return f"  [{c.n}] {plain(c.title or 'Untitled')} — {plain(meta)}{url}"


# --------------------------------------------------------------------------- timelines


def timeline_page_count(timeline: Timeline, page_size: int) -> int:
    return max(1, -(-len(timeline.events) // max(1, page_size)))


def _event_sources(events: Sequence[TimelineEvent]) -> tuple[list[list[int]], list[Citation]]:
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


def timeline_embed(timeline: Timeline, page: int, page_size: int) -> discord.Embed:
    """One page of a timeline: each dated event on its own line with its [n] markers; the page's sources."""
    pages = timeline_page_count(timeline, page_size)
    page = min(max(page, 0), pages - 1)
    events = timeline.events[page * page_size : (page + 1) * page_size]
    topic = f"Timeline: {timeline.topic}" if timeline.topic else "Timeline"
    embed = discord.Embed(title=fit(topic, TITLE_LIMIT), colour=COLOR_ANSWER)
    if not events:
        embed.description = "No dated events found" + (" for that topic." if timeline.topic else ".")
    else:
        marks, sources = _event_sources(events)
        share = 3200 // len(events)
        lines = []
        for ev, nums in zip(events, marks, strict=True):
            bg = " (background)" if ev.background else ""
            m = _markers(nums)
            lines.append(f"**{ev.date}**{bg} — {fit(ev.text, max(40, share - len(m) - 30))} {m}")
        embed.description = clip("\n".join(lines), DESCRIPTION_LIMIT)
        _source_fields(embed, [source_line(c.n, c.title, c.source, c.published, c.url) for c in sources])
    extra = f"page {page + 1}/{pages} · {len(timeline.events)} events" if timeline.events else ""
    embed.set_footer(text=_footer(timeline.cached, extra))
    return enforce([embed])[0]


def timeline_text(timeline: Timeline) -> str:
    head = f"Timeline: {plain(timeline.topic)}" if timeline.topic else "Timeline"
    if not timeline.events:
        return f"{head}\nNo dated events found.\n({_footer(timeline.cached)})"
    marks, sources = _event_sources(timeline.events)
    out = [head]
    for ev, nums in zip(timeline.events, marks, strict=True):
        bg = " (background)" if ev.background else ""
        out.append(f"{ev.date}{bg} — {plain(ev.text)} {_markers(nums)}")
    out.append("Sources:")
    out.extend(_citation_text(c) for c in sources)
    out.append(f"({_footer(timeline.cached)})")
    return "\n".join(out)


# --------------------------------------------------------------------------- sources


def sources_embed(sources: Sources) -> discord.Embed:
    """The corpus's documents, newest first, as many as fit, then how many more there are."""
    docs = sorted(sources.documents, key=lambda d: (d.published or date.min, d.doc_id), reverse=True)
    embed = discord.Embed(title=f"Sources ({len(docs)} documents)", colour=COLOR_ANSWER)
    lines = [source_line(i, d.title, d.source, d.published, d.url) for i, d in enumerate(docs, 1)]
    embed.description = _limited_list(lines, 3800) if lines else "The corpus is empty."
    embed.set_footer(text=FOOTER)
    return enforce([embed])[0]


def sources_text(sources: Sources) -> str:
    docs = sorted(sources.documents, key=lambda d: (d.published or date.min, d.doc_id), reverse=True)
    out = [f"Sources ({len(docs)} documents)"]
    out.extend(_source_info_text(i, d) for i, d in enumerate(docs, 1))
    return "\n".join(out)


def _source_info_text(i: int, d: SourceInfo) -> str:
    meta = ", ".join(p for p in (d.source, d.author, _when(d.published)) if p)
    url = f" <{d.url}>" if d.url else ""
    return f"  [{i}] {plain(d.title or 'Untitled')} — {plain(meta)} ({d.sentences} sentences){url}"


# --------------------------------------------------------------------------- reloads, help


def reload_embed(report: ReloadReport) -> discord.Embed:
    if not report.ok:
        embed = discord.Embed(
            title=("Reload cancelled" if report.cancelled else "Reload failed")
            + ": the previous corpus is still being served",
            description=fit(report.error or "unknown error", 1500),
            colour=COLOR_FAIL,
        )
    else:
        same = report.version_before == report.version_after
        embed = discord.Embed(
            title="Corpus reloaded" + (" (no changes)" if same else ""),
            description=(
                f"{report.documents:,} documents, {report.sentences:,} sentences\n"
                f"version `{report.version_before[:12] or '—'}` → `{report.version_after[:12]}`"
            ),
            colour=COLOR_OK,
        )
        for label, ids in (("Added", report.added), ("Removed", report.removed), ("Changed", report.changed)):
            if ids:
                items = [fit(i, 200) for i in ids]
                embed.add_field(name=f"{label} ({len(ids)})", value=_limited_list(items, 1000), inline=False)
    if report.problems:
        items = [fit(p, 300) for p in report.problems]
        embed.add_field(
            name=f"Problems ({len(report.problems)})", value=_limited_list(items, 1000), inline=False
        )
    embed.set_footer(text=f"requested by {defuse(clip(report.by, 100))}")
    return enforce([embed])[0]


def reload_text(report: ReloadReport) -> str:
    if not report.ok:
        out = [f"Reload failed (the previous corpus is still being served): {plain(report.error or '')}"]
    else:
        out = [
            f"Corpus reloaded: {report.documents:,} documents, {report.sentences:,} sentences, "
            f"version {report.version_before[:12] or '—'} -> {report.version_after[:12]}"
        ]
        for label, ids in (("Added", report.added), ("Removed", report.removed), ("Changed", report.changed)):
            if ids:
                out.append(f"{label} ({len(ids)}): " + ", ".join(plain(i) for i in ids))
    if report.problems:
        out.append(f"Problems ({len(report.problems)}):")
        out.extend(f"  {plain(p)}" for p in report.problems)
    return "\n".join(out)


HELP_COMMANDS = (
    ("/ask question", "a cited answer quoted from the coverage (or mention me with your question)"),
    ("/timeline [topic] [since] [until]", "dated events, oldest first; dates as YYYY-MM-DD"),
    ("/sources", "the articles I can quote"),
    ("/reload", "moderators: re-read the corpus"),
    ("/help", "this message"),
)


def help_embed() -> discord.Embed:
    embed = discord.Embed(
        title="How to ask me",
        description=(
            "I answer only with sentences quoted word for word from the news coverage I hold, "
            "each with numbered sources. When the coverage does not answer, I say so."
        ),
        colour=COLOR_ANSWER,
    )
    embed.add_field(name="Commands", value="\n".join(f"`{c}` — {d}" for c, d in HELP_COMMANDS), inline=False)
    embed.add_field(name="Try", value="\n".join(f"• {q}" for q in EXAMPLE_QUESTIONS), inline=False)
    return enforce([embed])[0]


def help_text() -> str:
    out = ["Commands (a line without a / is a question):"]
    out.extend(f"  {c:<36} {d}" for c, d in (*HELP_COMMANDS, ("/quit", "leave the console")))
    out.append("Try:")
    out.extend(f"  {q}" for q in EXAMPLE_QUESTIONS)
    return "\n".join(out)


# --------------------------------------------------------------------------- dates typed by people


class BadDate(ValueError):
    """A date option that is not a real YYYY-MM-DD date; the message is for the user."""


def parse_day(value: str | None, label: str) -> date | None:
    """``YYYY-MM-DD`` and nothing looser: "04/05" means different days to different readers."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise BadDate(f"`{label}` must be a date written YYYY-MM-DD, e.g. 2025-04-21.")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise BadDate(f"`{label}`: {text} is not a real date.") from exc


def message_content(text: str) -> str:
    """A plain message (errors, progress) within the 2,000-character limit and inert."""
    return fit(text, CONTENT_LIMIT)
