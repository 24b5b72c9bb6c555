"""Answers, timelines, sources, reload reports and help as Discord embeds.

Whatever the corpus holds, an embed built here fits Discord's limits (a payload over a limit is
rejected outright, and the user would see nothing), and nothing quoted from the corpus can ping
anyone or become a link that was not a citation's own http(s) URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import discord

from bot.commands import COMMANDS, CommandSpec
from bot.render.safe import clip, defuse, fit, limited_list, pack_lines, safe_url
from bot.render.shared import (
    FOOTER,
    NO_EXAMPLES,
    NOT_RECORDED,
    copies,
    counted,
    distinct_documents,
    event_days,
    event_mark,
    event_sources,
    footer,
    labelled,
    markers,
    source_groups,
    sources_title,
    timeline_notes,
    timeline_page_count,
    timeline_title,
    when,
)
from bot.reports import ReloadReport
from retrieval import Answer, Citation, Sources, Timeline

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

COLOR_ANSWER = discord.Colour.blurple()
COLOR_ABSTAIN = discord.Colour.light_grey()
COLOR_OK = discord.Colour.green()
COLOR_FAIL = discord.Colour.red()


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


def message_content(text: str) -> str:
    """A plain message (errors, progress) within the 2,000-character limit and inert."""
    return fit(text, CONTENT_LIMIT)


#: the longest URL made a link: a source line must fit a field whole (1,024 characters), and a line
#: clipped to fit would cut the URL in the middle (a broken link, its markdown shown raw)
LINK_URL_LIMIT = 600


def source_line(
    n: int, title: str | None, outlet: str | None, published: date | None, url: str | None
) -> str:
    """``[n] [title](<url>) — outlet, date``: a link only for an http(s) URL short enough to be kept
    whole (``LINK_URL_LIMIT``; a longer one leaves the title unlinked, never a URL cut short); the
    title always inert."""
    label = fit(title or "Untitled", 150)
    link = safe_url(url)
    if link is not None and len(link) > LINK_URL_LIMIT:
        link = None
    shown = f"[{label}](<{link}>)" if link else label
    meta = ", ".join(p for p in (fit(outlet, 80) if outlet else None, when(published)) if p)
    return f"[{n}] {shown} — {meta}"


def citation_line(c: Citation) -> str:
    """A cited article's source line, its outlet marked when it is opinion."""
    return source_line(c.n, c.title, labelled(c.source, c.opinion), c.published, c.url)


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
        embed.set_footer(text=footer(answer.cached, quoted=False))
        return enforce([embed])
    budget = 3000
    share = budget // len(answer.statements)
    parts = []
    for st in answer.statements:
        marks = markers(st.citations)
        who = f"{fit(st.speaker, 60)}: " if st.speaker else ""  # "he said": the article names him
        quote = fit(st.text, max(40, share - len(marks) - len(who) - 6))
        parts.append(f"> {who}{quote} {marks}")  # a block quote: the text may carry its own quotation marks
    embed = discord.Embed(
        title=title, description=clip("\n\n".join(parts), DESCRIPTION_LIMIT), colour=COLOR_ANSWER
    )
    _source_fields(embed, _grouped_sources(answer.citations))
    embed.set_footer(text=footer(answer.cached))
    return enforce([embed])


def _grouped_sources(citations: Sequence[Citation]) -> list[str]:
    """One line per source, with every citation number that points at it ("[2][3] title — …"): two
    quotes from one article, or the same article in two files, are one source to a reader."""
    lines = []
    for nums, first in source_groups(citations):
        line = citation_line(first)
        lines.append(markers(nums) + line[len(f"[{first.n}]") :])
    return lines


# --------------------------------------------------------------------------- timelines, sources


#: an empty timeline's line, with a topic and without
NO_TIMELINE_EVENTS = ("No dated events found.", "No dated events found for that topic.")


def with_notes(lines: Sequence[str], notes: Sequence[str]) -> str:
    """A timeline page's lines within Discord's limit, its notes (``timeline_notes``) kept whole under
    them: what was left out is said whatever the page holds."""
    tail = "\n".join(notes)
    room = DESCRIPTION_LIMIT - (len(tail) + 1 if tail else 0)
    body = clip("\n".join(lines), room)
    return f"{body}\n{tail}" if tail else body


def timeline_embed(timeline: Timeline, page: int, page_size: int) -> discord.Embed:
    """One page of a timeline: each dated event on its own line with its [n] markers; the page's sources."""
    pages = timeline_page_count(timeline, page_size)
    page = min(max(page, 0), pages - 1)
    events = timeline.events[page * page_size : (page + 1) * page_size]
    title = timeline_title(timeline, shown=lambda head: fit(head, TITLE_LIMIT - 40))
    embed = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOR_ANSWER)
    notes = [f"*{note}*" for note in timeline_notes(timeline)]
    if not events:
        embed.description = "\n".join([NO_TIMELINE_EVENTS[bool(timeline.topic)], *notes])
    else:
        marks, sources = event_sources(events)
        share = 3000 // len(events)
        lines = []
        for ev, nums in zip(events, marks, strict=True):
            m = markers(nums)
            text = fit(ev.text, max(40, share - len(m) - 30))
            lines.append(f"**{event_days(ev)}**{event_mark(ev)} — {text} {m}")
        embed.description = with_notes(lines, notes)
        _source_fields(embed, [citation_line(c) for c in sources])
    extra = f"page {page + 1}/{pages} · {len(timeline.events)} events" if timeline.events else ""
    embed.set_footer(text=footer(timeline.cached, extra, quoted=bool(timeline.events)))
    return enforce([embed])[0]


def sources_embed(sources: Sources) -> discord.Embed:
    """The corpus's documents, newest first, as many as fit, then how many more there are."""
    docs = distinct_documents(sources)
    embed = discord.Embed(title=sources_title(sources, len(docs)), colour=COLOR_ANSWER)
    lines = [
        source_line(i, d.title, d.source, d.published, d.url) + copies(n) for i, (d, n) in enumerate(docs, 1)
    ]
    embed.description = limited_list(lines, 3800) if lines else "The corpus is empty."
    embed.set_footer(text=FOOTER)
    return enforce([embed])[0]


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
                f"{counted(report.documents, 'document')}, {counted(report.sentences, 'sentence')}\n"
                f"version `{report.version_before[:12] or '—'}` → `{report.version_after[:12]}`"
            ),
            colour=COLOR_OK,
        )
        for label, ids in (("Added", report.added), ("Removed", report.removed), ("Changed", report.changed)):
            if ids:
                items = [fit(i, 200) for i in ids]
                embed.add_field(name=f"{label} ({len(ids)})", value=limited_list(items, 1000), inline=False)
    if report.problems:
        items = [fit(p, 300) for p in report.problems]
        embed.add_field(
            name=f"Problems ({len(report.problems)})", value=limited_list(items, 1000), inline=False
        )
    if report.history == "failed":
        reason = fit(report.history_error or "unknown error", 500)
        embed.add_field(name=NOT_RECORDED, value=reason, inline=False)
    embed.set_footer(text=f"requested by {defuse(clip(report.by, 100))}")
    return enforce([embed])[0]


def help_embed(examples: Sequence[str] = (), commands: Sequence[CommandSpec] | None = None) -> discord.Embed:
    """The commands (from the registry) with their help lines, and example questions drawn from the
    loaded corpus (``Service.examples``)."""
    specs = COMMANDS if commands is None else commands
    embed = discord.Embed(
        title="How to ask me",
        description=(
            "I answer only with sentences quoted word for word from the news coverage I hold, "
            "each with numbered sources. When the coverage does not answer, I say so."
        ),
        colour=COLOR_ANSWER,
    )
    lines = [f"`{c.discord_usage}` — {c.help}" for c in specs]
    embed.add_field(name="Commands", value="\n".join(lines), inline=False)
    tries = "\n".join(f"• {fit(q, 200)}" for q in examples) or NO_EXAMPLES
    embed.add_field(name="Try", value=tries, inline=False)
    return enforce([embed])[0]
