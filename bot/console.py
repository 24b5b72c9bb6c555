"""``newsbot console``: the bot's commands in a terminal, offline, through the same Service and the
same content as on Discord (plain-text renderers). For trying the bot, and for moderators checking a
corpus before a reload. A line is a question, or a slash command as typed in Discord."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TextIO

from bot import render
from bot.render import BadDate, parse_day
from bot.service import QuestionError

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)

PROMPT = "newsbot> "


@dataclass(frozen=True)
class TimelineRequest:
    topic: str | None
    since: date | None
    until: date | None


@dataclass(frozen=True)
class ConsoleCommand:
    name: str  # "ask" | "timeline" | "sources" | "help" | "reload" | "quit"
    text: str = ""
    timeline: TimelineRequest | None = field(default=None)


class CommandError(ValueError):
    """A line that is not a valid command; the message says how to write it."""


COMMANDS = ("ask", "timeline", "sources", "help", "reload", "quit", "exit")


def parse_line(line: str) -> ConsoleCommand | None:
    """A typed line as a command (None for a blank line). Raises CommandError for a bad command."""
    text = line.strip()
    if not text:
        return None
    if not text.startswith("/"):
        return ConsoleCommand("ask", text)
    name, _, rest = text[1:].partition(" ")
    name, rest = name.lower(), rest.strip()
    if name not in COMMANDS:
        raise CommandError(f"Unknown command /{name}. Try /help.")
    if name == "exit":
        name = "quit"
    if name == "ask":
        return ConsoleCommand("ask", rest)
    if name == "timeline":
        return ConsoleCommand("timeline", timeline=_parse_timeline(rest))
    if rest and name != "help":
        raise CommandError(f"/{name} takes no arguments.")
    return ConsoleCommand(name)


def _parse_timeline(rest: str) -> TimelineRequest:
    """``[topic words] [since:YYYY-MM-DD] [until:YYYY-MM-DD]`` (``topic:`` is accepted too, as Discord
    shows it); the options may come in any order."""
    topic: list[str] = []
    since = until = None
    for word in rest.split():
        key, sep, value = word.partition(":")
        key = key.lower()
        if sep and key in ("since", "until"):
            day = parse_day(value, key)
            if key == "since":
                since = day
            else:
                until = day
        elif sep and key == "topic":
            topic.append(value)
        else:
            topic.append(word)
    if since and until and since > until:
        raise BadDate("`since` is after `until`: there is nothing between them.")
    return TimelineRequest(" ".join(t for t in topic if t) or None, since, until)


async def _lines_of(source: AsyncIterator[str] | TextIO, out: TextIO) -> AsyncIterator[str]:
    """Lines from an async iterator, or from a file read in a worker thread (a blocking ``readline``
    must not stall the event loop); a prompt only when a person is typing."""
    if isinstance(source, AsyncIterator):
        async for line in source:
            yield line
        return
    interactive = source.isatty()
    while True:
        if interactive:
            out.write(PROMPT)
            out.flush()
        line = await asyncio.to_thread(source.readline)
        if not line:  # EOF
            return
        yield line


async def run_console(
    service: Service,
    lines: AsyncIterator[str] | TextIO,
    out: TextIO,
    *,
    is_moderator: bool = True,
) -> None:
    """Answer every line until /quit or the end of input. Nothing a line contains stops the loop: bad
    input gets a message, and an unexpected failure is logged and reported, then the next line runs."""
    async for line in _lines_of(lines, out):
        try:
            command = parse_line(line)
            if command is None:
                continue
            if command.name == "quit":
                return
            reply = await _run(service, command, out, is_moderator=is_moderator)
        except (QuestionError, CommandError, BadDate) as exc:
            reply = str(exc)
        except Exception as exc:
            log.exception("console command failed: %r", line.strip()[:200])
            reply = f"Something went wrong ({type(exc).__name__}); see the log."
        out.write(reply.rstrip("\n") + "\n\n")
        out.flush()


async def _run(service: Service, command: ConsoleCommand, out: TextIO, *, is_moderator: bool) -> str:
    if command.name == "ask":
        return render.answer_text(await service.ask(command.text))
    if command.name == "timeline":
        req = command.timeline or TimelineRequest(None, None, None)
        return render.timeline_text(await service.timeline(req.topic, req.since, req.until))
    if command.name == "sources":
        return render.sources_text(await service.sources()) + f"\ncorpus version {service.version[:12]}"
    if command.name == "help":
        return render.help_text()
    if command.name == "reload":
        if not is_moderator:
            return "Only moderators can use /reload."

        async def progress(text: str) -> None:
            out.write(f"  {text}\n")
            out.flush()

        return render.reload_text(await service.reload(by="console", progress=progress))
    raise CommandError(f"Unknown command /{command.name}. Try /help.")
