"""Answers, timelines, sources, reload reports and help as plain text: the one text rendering, used by
the console and by the command line's text output (``--json`` aside). The same content as the embeds,
with URLs written out, and corpus text stripped of control characters only."""

from __future__ import annotations

from collections.abc import Sequence

from bot.commands import COMMANDS, CONSOLE_ONLY, CommandSpec
from bot.render.safe import clip, plain
from bot.render.shared import (
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
    timeline_title,
    when,
)
from bot.reports import ReloadReport
from bot.timeline_pages import Period
from retrieval import Answer, Citation, SourceInfo, Sources, Timeline

#: a question echoed back is cut to this (Discord's embed title shows as much): a refused 2,000-character
#: question is not printed whole above its refusal
QUESTION_SHOWN = 256


def answer_text(answer: Answer, searched: bool = True) -> str:
    """Quotes with markers, then numbered sources with their URLs. No blank line inside, so answers
    one after another read as blocks separated by one. A question refused before any search (empty,
    too long: ``searched`` false) gets no footer saying the coverage was searched."""
    out = [f"Q: {plain(clip(answer.question, QUESTION_SHOWN))}"]
    if answer.abstained or not answer.statements:
        out.append(plain(answer.answer))
    else:
        out.extend(
            f"> {plain(st.speaker) + ': ' if st.speaker else ''}{plain(st.text)} {markers(st.citations)}"
            for st in answer.statements
        )
        out.append("Sources:")
        out.extend(_citation_text(c, nums) for nums, c in source_groups(answer.citations))
    if searched:
        out.append(f"({footer(answer.cached, quoted=not answer.abstained and bool(answer.statements))})")
    return "\n".join(out)


def _citation_text(c: Citation, nums: Sequence[int] = ()) -> str:
    meta = ", ".join(p for p in (labelled(c.source, c.opinion), when(c.published)) if p)
    url = f" <{plain(c.url)}>" if c.url else ""
    return f"  {markers(nums or [c.n])} {plain(c.title or 'Untitled')} — {plain(meta)}{url}"


def timeline_text(timeline: Timeline, periods: Sequence[Period] = (), grouping: str | None = None) -> str:
    """A timeline's events with their dates and sources. Grouped (``periods``, by ``grouping``), each
    period's heading counts its events and every one of them is listed under it: a heading never counts
    events the reader is not shown (the console and the CLI do not page)."""
    head = timeline_title(timeline, grouping, plain)
    notes = timeline_notes(timeline)
    if not timeline.events:
        last = f"({footer(timeline.cached, quoted=False)})"
        return "\n".join([head, "No dated events found.", *notes, last])
    groups = [(f"{p.label} · {counted(len(p.events), 'event')}", p.events) for p in periods] or [
        ("", tuple(timeline.events))
    ]
    marks, sources = event_sources([ev for _, events in groups for ev in events])
    numbered = iter(marks)
    out = [head]
    for heading, events in groups:
        if heading:
            out.append(heading)
        for ev in events:
            line = f"{event_days(ev)}{event_mark(ev)} — {plain(ev.text)} {markers(next(numbered))}"
            out.append(f"  {line}" if heading else line)
    out.extend(notes)
    out.append("Sources:")
    out.extend(_citation_text(c) for c in sources)
    out.append(f"({footer(timeline.cached)})")
    return "\n".join(out)


def sources_text(sources: Sources) -> str:
    entries = distinct_documents(sources)
    out = [sources_title(sources, len(entries))]
    out.extend(_source_info_text(i, d, n) for i, (d, n) in enumerate(entries, 1))
    return "\n".join(out)


def _source_info_text(i: int, d: SourceInfo, n: int) -> str:
    # "by": a byline with no outlet before it read as the outlet ("— Ellen Marsh, 2026-03-25")
    by = (d.author if d.author.lower().startswith("by ") else f"by {d.author}") if d.author else None
    meta = ", ".join(p for p in (labelled(d.source, d.opinion), by, when(d.published)) if p)
    url = f" <{plain(d.url)}>" if d.url else ""
    size = counted(d.sentences, "sentence")
    return f"  [{i}] {plain(d.title or 'Untitled')} — {plain(meta)} ({size}){url}{copies(n)}"


def reload_text(report: ReloadReport, serving: bool = True) -> str:
    """A reload's report as text, for the console (``serving``: its session goes on serving the previous
    corpus, which a failed reload keeps) and the one-shot CLI, which serves nothing: there the failure's
    reason alone is said (a first reload into a new store has no previous corpus to keep)."""
    if not report.ok:
        what = "cancelled" if report.cancelled else "failed"
        kept = " (the previous corpus is kept, unchanged)" if serving else ""
        out = [f"Reload {what}{kept}: {plain(report.error or '')}"]
    else:
        same = report.version_before == report.version_after  # (as the Discord embed says it)
        out = [
            f"Corpus reloaded{' (no changes)' if same else ''}: {counted(report.documents, 'document')}, "
            f"{counted(report.sentences, 'sentence')}, "
            f"version {report.version_before[:12] or '—'} -> {report.version_after[:12]}"
        ]
        for label, ids in (("Added", report.added), ("Removed", report.removed), ("Changed", report.changed)):
            if ids:
                out.append(f"{label} ({len(ids)}): " + ", ".join(plain(i) for i in ids))
    if report.problems:
        out.append(f"Problems ({len(report.problems)}):")
        out.extend(f"  {plain(p)}" for p in report.problems)
    if report.history == "failed":
        out.append(f"{NOT_RECORDED}: {plain(report.history_error or 'unknown error')}")
    return "\n".join(out)


def help_text(examples: Sequence[str] = (), commands: Sequence[CommandSpec] | None = None) -> str:
    """The console's help: every command as it is typed there, from the registry, then examples drawn
    from the loaded corpus (``Service.examples``)."""
    specs = COMMANDS if commands is None else commands
    rows = [(c.console_usage, c.help) for c in specs] + list(CONSOLE_ONLY)
    width = min(32, max(len(usage) for usage, _ in rows))
    out = ["Commands (a line without a / is a question):"]
    for usage, line in rows:  # a long usage gets its help line below it
        out.append(
            f"  {usage:<{width}}  {line}" if len(usage) <= width else f"  {usage}\n  {'':<{width}}  {line}"
        )
    out.append("Try:")
    out.extend(f"  {plain(q)}" for q in examples or [NO_EXAMPLES])
    return "\n".join(out)
