"""What people browse with: timeline pages (grouped by day, week or month, or event by event), pages of
sources, the moderators' feedback list and a server's settings, as Discord embeds and as plain text.

Pure, like the rest of ``bot.render``: every embed fits Discord's limits and nothing quoted can ping
or link; the grouped lines stay extractive (each quotes its period's most reported event, cited).
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.render.embeds import (
    COLOR_ABSTAIN,
    COLOR_ANSWER,
    NO_TIMELINE_EVENTS,
    citation_line,
    enforce,
    source_line,
    timeline_embed,
    with_notes,
)
from bot.render.safe import clip, fit, limited_list, pack_lines, plain
from bot.render.shared import (
    NO_SOURCE_MATCH,
    event_sources,
    footer,
    labelled,
    markers,
    timeline_notes,
    timeline_title,
)
from bot.sources_index import SourceRow
from bot.store import FeedbackRow, GapRow, ServerSettings
from bot.timeline_pages import Period, TimelinePages

#: what a 👎 reason is called where people read it
REASON_LABELS = {
    "wrong_quote": "wrong quote",
    "not_answered": "not answered",
    "outdated": "outdated",
    "other": "other",
}


# --------------------------------------------------------------------------- timelines


def _period_line(p: Period, nums: list[int], share: int) -> str:
    lead = p.lead
    # the line quotes one event: a period of several says how many it holds besides ("1 of 6 events")
    count = f"1 of {len(p.events)} events" if len(p.events) > 1 else "1 event"
    m = markers(nums)
    return f"**{p.label}** · {count} — {fit(lead.text, max(40, share - len(m) - 60))} {m}"


def timeline_page_embed(pages: TimelinePages, page: int) -> discord.Embed:
    """One page: events with their dates, or (grouped) one line per period quoting its most reported
    event; the page's sources; the page count in the footer."""
    page = pages.clamp(page)
    if not pages.grouping:
        return timeline_embed(pages.timeline, page, pages.page_size)
    timeline = pages.timeline
    periods = pages.periods_on(page)
    title = timeline_title(timeline, pages.grouping, lambda head: fit(head, 200))
    embed = discord.Embed(title=clip(title, 256), colour=COLOR_ANSWER)
    notes = [f"*{note}*" for note in timeline_notes(timeline)]
    if not periods:
        embed.description = "\n".join([NO_TIMELINE_EVENTS[bool(timeline.topic)], *notes])
    else:
        marks, sources = event_sources([p.lead for p in periods])
        share = 3000 // len(periods)
        lines = [_period_line(p, nums, share) for p, nums in zip(periods, marks, strict=True)]
        embed.description = with_notes(lines, notes)
        for i, chunk in enumerate(pack_lines([citation_line(c) for c in sources], 1024)[:5]):
            embed.add_field(name="Sources" if i == 0 else "Sources (continued)", value=chunk, inline=False)
    shown = (
        f"page {page + 1}/{pages.count} · {len(timeline.events)} events in {pages.lines} {pages.grouping}s"
    )
    embed.set_footer(
        text=footer(timeline.cached, shown if timeline.events else "", quoted=bool(timeline.events))
    )
    return enforce([embed])[0]


# --------------------------------------------------------------------------- sources


def source_row_line(n: int, row: SourceRow) -> str:
    """``[n] title — outlet, date (or "date unknown") · N passages``."""
    line = source_line(n, row.title, labelled(row.outlet, row.opinion), row.published, row.url)
    return f"{line} · {row.passages:,} passage{'s' if row.passages != 1 else ''}"


def sources_page_embed(
    rows: Sequence[SourceRow], *, total: int, corpus_total: int, offset: int, page: int, pages: int,
    search: str, version: str,
) -> discord.Embed:  # fmt: skip
    """One page of ``/sources``: each document's title (a link when it has an http(s) URL), outlet,
    date or "date unknown", and passages; the search and the page count in the title and footer."""
    found = f"{total:,} of {corpus_total:,} documents" if search else f"{corpus_total:,} documents"
    title = f"Sources matching “{fit(search, 120)}” ({found})" if search else f"Sources ({found})"
    embed = discord.Embed(title=clip(title, 256), colour=COLOR_ANSWER if rows else COLOR_ABSTAIN)
    lines = [source_row_line(offset + i + 1, r) for i, r in enumerate(rows)]
    if lines:
        embed.description = limited_list(lines, 3800)
    elif search:
        embed.description = NO_SOURCE_MATCH
    else:
        embed.description = "The corpus is empty."
    embed.set_footer(text=f"page {page + 1}/{pages} · newest first · corpus {version[:12]}")
    return enforce([embed])[0]


# --------------------------------------------------------------------------- feedback, server settings


def _feedback_line(row: FeedbackRow) -> str:
    reason = REASON_LABELS.get(row.reason or "", "no reason given")
    question = fit(row.question, 150) if row.question else "*(question not in the history)*"
    answer = fit(row.answer, 160) if row.answer else "—"
    return f"**{row.at:%Y-%m-%d}** · {reason}\nQ: {question}\nA: {answer}"


def _gap_line(gap: GapRow) -> str:
    """Declined questions are counted by what was looked for, so the count may cover other wordings than
    the one shown: the line says so ("e.g.")."""
    return f"**{gap.count}×** looked for {fit(gap.gap_key, 80) or 'nothing'} — e.g. {fit(gap.example, 150)}"


def feedback_embed(
    rows: Sequence[FeedbackRow], gaps: Sequence[GapRow], problem: str | None = None
) -> discord.Embed:
    """For moderators: the latest 👎 with the question, the answer given and the reason; then the
    questions declined most often (what the coverage lacks)."""
    embed = discord.Embed(title="Feedback: recent 👎 and coverage gaps", colour=COLOR_ANSWER)
    if problem:
        embed.description = fit(problem, 500)
    down = [_feedback_line(r) for r in rows]
    for i, chunk in enumerate(pack_lines(down, 1024)[:3] if down else ["No 👎 yet."]):
        embed.add_field(name="Recent 👎" if i == 0 else "Recent 👎 (continued)", value=chunk, inline=False)
    declined = [_gap_line(g) for g in gaps]
    for i, chunk in enumerate(pack_lines(declined, 1024)[:2] if declined else ["No declined questions yet."]):
        name = "Declined most often" if i == 0 else "Declined most often (continued)"
        embed.add_field(name=name, value=chunk, inline=False)
    embed.set_footer(text="The status pages (newsbot web) list all of them, with search and paging.")
    return enforce([embed])[0]


def feedback_text(rows: Sequence[FeedbackRow], gaps: Sequence[GapRow], problem: str | None = None) -> str:
    """/feedback in the console: ``problem`` alone when nothing could be read (no empty headings that
    would read as "no votes yet"), else before the lists."""
    if problem and not rows and not gaps:
        return problem
    out = [problem] if problem else []
    out.append("Recent 👎:")
    for r in rows:
        reason = REASON_LABELS.get(r.reason or "", "no reason given")
        out.append(f"  {r.at:%Y-%m-%d} · {reason} · Q: {plain(r.question or '(not in the history)')}")
        out.append(f"    A: {plain(clip(r.answer or '—', 200))}")
    if not rows:
        out.append("  none yet")
    out.append("Declined most often:")
    out.extend(
        f"  {g.count}× looked for {plain(g.gap_key) or 'nothing'} — e.g. {plain(g.example)}" for g in gaps
    )
    if not gaps:
        out.append("  none yet")
    return "\n".join(out)


def server_embed(
    s: ServerSettings, *, default_threads: bool, default_dms: bool, note: str = ""
) -> discord.Embed:
    """A server's settings as its moderators see them after ``/server`` (a default says so)."""

    def shown(value: bool | None, default: bool) -> str:
        word = "on" if (default if value is None else value) else "off"
        return f"{word} (the bot's default)" if value is None else word

    channels = ", ".join(f"<#{c}>" for c in s.channel_ids) or "every channel"
    embed = discord.Embed(title="Settings for this server", colour=COLOR_ANSWER)
    if note:
        embed.description = fit(note, 1000)
    embed.add_field(name="Threads under answers", value=shown(s.threads, default_threads), inline=True)
    embed.add_field(name="Answers in DMs", value=shown(s.dms, default_dms), inline=True)
    embed.add_field(name="Answers in", value=clip(channels, 1024), inline=False)
    return enforce([embed])[0]
